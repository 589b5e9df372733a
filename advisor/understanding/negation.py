"""One negation scope resolver for every extractor: brands, series, chipsets, device kinds and bounds.

A mention is negated when a negation word stands before it in the same clause ("no Snapdragon",
"别要华为", "I want to leave Apple", "nothing over 170g") or a postposed refusal closes its clause
("华为的不要", "Huawei is out"). A list continues the negation of its first item ("no Samsung,
Huawei or Apple"); "but", "但是" and sentence ends close the scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from advisor.understanding.scan import KIN_EN, MASK, SPACE_BREAK, Scan, latin_alt

# ("不要碰", "别碰", "别再用": a refusing 要 or 别 before the verb)
_ZH_NOT_WITH_MODALS = r"(?:(?:不|唔)(?:太|怎么|大|是很|很|再|会|想|要|打算|愿意?|准备|需要|必|敢|能|可以)*|别\s*(?:再)?(?:给(?:我|咱)们?)?)"
"""A Chinese negation with the modals that may follow it ("不", "不打算", "不会再", "别再"), before its verb."""
_ZH_REFUSING_VERB = (rf"{_ZH_NOT_WITH_MODALS}"
                     r"(?:要|买|考虑|用|选|看|推荐?|碰|喜欢|需要|入|整|搞|弄|搭(?:载|配)?|带|接受)")
"""A Chinese negation with its modals before a verb of wanting ("不要", "不打算买", "不会考虑", "不太喜欢", "唔要", "不能用"; the
colloquial verbs of getting too: "别整华为", "荣耀别搞", and whom it is not got for: "别给我整POCO的"; and of being fitted
with a chip: "不要搭Exynos的", "别搭载骁龙", "不带联发科的"; of taking it: "不接受TeCNO", "不能接受三星")."""

_ZH_NOT_SWITCHING_TO = rf"(?<!要){_ZH_NOT_WITH_MODALS}(?:考虑|打算)?换(?:成|到|用|回)?(?:个|台|部)?"
"""Not switching to what follows: "用惯安卓了，不换苹果", "不考虑换苹果", "不想换成三星", "别换华为" refuse it. Only before the
mention: after it ("苹果不换") the words may as well keep the phone in hand. "要不换成三星" is "how about Samsung": its
不 belongs to 要不, no negation."""

_UNNEGATED = r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<![不别甭没勿])(?<!不用|不要|不必|无需|别再|不再|不会)"
"""No negation just before a verb of shutting out, which would turn it round: "don't skip Samsung", "不跳过华为",
"别跳过小米", "不用跳过OPPO" refuse nothing (the brand is named as a wish)."""

_ZH_SHUTTING_OUT = rf"(?:{_UNNEGATED}(?:跳过|略过|屏蔽|拉黑|抵制))"
"""The verbs that shut a brand out, before it or after it: "跳过小米", "華為的先跳過", "三星略过", "拉黑vivo"."""

EXCLUDE_WORDS: tuple[str, ...] = (
    # "xiaomi or if not Honor", "if not Samsung then Oppo": a fallback offered, no refusal
    r"no", r"not(?<!if\snot)", r"non-?", r"never", r"except(?:\s+for)?", r"excluding", r"exclude", r"without", r"avoid",
    r"other(?:\s+(?:brands?|phones?|makes?|models?))?\s+than", r"apart\s+from", r"besides", r"nothing\s+from", rf"{_UNNEGATED}skip", r"nor", r"neither", r"w/o",
    r"nothing\s+(?:with|using|from|by|running|on|powered\s+by|that|which)", r"minus", r"sans", r"hate", r"dislike", r"(?:is|are)(?:n'?t|\s+not)",
    r"(?:i'?ll|i\s+will|i'?d|we'?ll|let'?s)?\s*pass\s+on", r"none\s+(?:of|from|by|with|using|running|on|powered\s+by)",
    r"(?<!no\s)(?:had\s+)?(?:bad\s+luck|(?:a\s+)?bad\s+experiences?|(?:a\s+)?bad\s+time)\s+with",  # "had bad luck with Helio, so no Helio"
    r"(?:don'?t|do\s+not|doesn'?t|won'?t|never)\s+(?:want|like|need|buy|trust|recommend|show|touch)(?:\s+me)?",  # "wont touch"
    # "never buying Oppo again", "never getting a Huawei": the shopper's standing refusal, said in the present
    r"never\s+(?:buying|getting|using|touching)(?:\s+(?:a|an|any))?",
    # "filter out Appel", "filtering out Unisoc": what the shopper filters out is refused
    r"filter(?:ing)?\s+out",
    # "i won't take a Samsung", "wouldn't accept an Oppo": what the shopper will not take is refused
    r"(?:won'?t|will\s+not|wouldn'?t|would\s+not|don'?t|do\s+not|never)\s+(?:take|accept)(?:\s+(?:a|an|any))?",
    r"not\s+interested\s+in", r"no\s+more", r"anti", r"not(?<!if\snot)\s+(?:a|an|any)",
    # "zero Lenovo", "not a single Oppo", "not one Xiaomi": none of the brand at all
    r"zero", r"not\s+(?:a\s+single|one|even\s+(?:a|one))",
    # "not gonna buy Xiaomi", "i'm not going to get a Samsung": the shopper's own refusal, said of what is to come
    r"not\s+(?:gonna|going\s+to)\s+(?:buy|get|take|use|touch|consider|pick|choose)(?:\s+(?:a|an|any))?",
    # "not made by Infinix", "anything not built by Samsung": the maker refused
    r"not\s+(?:made|built|manufactured)\s+by",
    r"(?:leave|leaving|ditch|ditching|quit|quitting|escape)", r"get(?:ting)?\s+rid\s+of",  # "get rid of snapdragon"
    r"(?:switch(?:ing)?|mov(?:e|ing)|get(?:ting)?)\s+away\s+from", r"switch(?:ing)?\s+from",
    r"not\s+(?:a\s+|really\s+a\s+)?(?:big\s+|huge\s+)?fan\s+of", r"(?:can'?t|cannot)\s+stand",
    r"(?:stay|steer|keep)\s+(?:away|clear)\s+(?:from|of)", r"allergic\s+to", r"(?:don'?t|do\s+not)\s+(?:care\s+for|love)",
    r"stay(?:ing)?\s+off",  # "stay off apple": kept off, as a food is
    r"(?:done|fed\s+up)\s+with", r"(?:i'?d|i\s+would|would)\s+rather\s+not(?:\s+(?:have|get|use|buy|see))?",
    r"outside(?:\s+of)?",  # "a Samsung outside the Galaxy A series"
    r"rule\s+out", r"(?:count(?:ing)?|cross(?:ing)?|strik(?:e|ing)|scratch(?:ing)?|knock(?:ing)?)\s+(?:out|off)",  # "count out Honor", "cross off Oppo"
    r"(?:don'?t|do\s+not)\s+bring(?:\s+(?:me|us))?",  # "don't bring Apple": not to be brought out
    r"(?:i\s+)?refuse(?:\s+to\s+(?:buy|use|get))?", r"keep\s+(?:it\s+)?away\s+from", r"(?:tired|sick)\s+of", r"move\s+on\s+from",
    # "never again Samsung", "no to Tecno", "boycotting Huawei", "I've sworn off Xiaomi", "leave out Realme", "not into Oppo"
    r"never\s+again", r"no\s+to", r"nah\s+(?:to|on)",  # "nah to Realme": as "nope to" is said
    # "spare me the Motorolas", "spare us Tecno": what the shopper asks to be spared is refused
    r"spare\s+(?:me|us)(?:\s+from)?", r"boycott(?:ing)?", r"ban", r"(?:i'?ve\s+|i\s+have\s+)?sw(?:ore|orn)\s+off", r"leave\s+out",
    r"(?:i'?m\s+|i\s+am\s+)?not\s+into",
    # "Oppo not in the Reno family", "Huawei, nothing from the Nova line": what the phone may not belong to is refused
    r"(?:not|nothing)\s+(?:in|from|within)",
    # "block Sony", "I'm not buying Pixel", "not considering Oppo": a verb that keeps it out, or a wish's verb denied
    r"block(?:ing)?", r"not\s+(?:buying|getting|considering|touching)",
    # "blacklist Sony", "strike Huawei and POCO", "drop anything Unisoc": a list the name is struck from or barred by
    r"blacklist(?:ing)?", r"strik(?:e|ing)", r"(?:drop|remove|cut)\s+(?:anything|everything|all)",
    # "not going Samsung again", "not going with Oppo": the shopper will not go that way (again)
    r"not\s+going(?:\s+(?:with|for|back\s+to))?",
    # a modal refusal: "shouldn't be", "must not be", "can't be", "cannot be", "I'd prefer it not be"
    # ... or have it: "shouldn't have Dimensity", "must not have a Snapdragon"
    r"(?:should|must|could|would|may|might|will|shall|can)(?:\s+not|n'?t)\s+(?:be|have)", r"(?:can'?t|cannot|won'?t)\s+be", r"not\s+be",
    # "I'm over Apple", "had enough of Xiaomi", "not keen on Nokia", "no thanks to Samsung", "hard no on Huawei", "nothing samsung"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+)?over", r"(?:i'?ve\s+|i\s+have\s+|i\s+)?had\s+(?:enough\s+of|it\s+with)",
    r"not\s+(?:too\s+|so\s+|very\s+|that\s+|really\s+)?keen\s+on", r"no\s+(?:thanks?|thx)\s+(?:to|on)",
    r"hard\s+(?:no|pass)\s+(?:on|to|for)", r"nothing", r"nope\s+(?:to|on)", r"no\s+way(?:\s+(?:to|on))?", r"(?:a\s+)?no-?go\s+on",
    # ... stressed by "even" or "ever": "don't even suggest Sony", "never ever recommend Infinix"
    r"(?:don'?t|do\s+not|doesn'?t|won'?t|never)(?:\s+(?:even|ever))?\s+(?:suggest|offer|include|consider|get|use|pick|choose|give|bring"
    r"|recommend|show)(?:\s+me)?",
    # "i won't take a Lenovo", "i'd never buy a Sony": the shopper's own refusal to take or buy one
    r"(?:i|we)\s*(?:won'?t|will\s+not|wouldn'?t|would\s+not|'?d\s+never|never|can'?t|cannot)\s+(?:take|buy|accept|touch|go\s+for)",
    # "anything bar Motorola", "any brand bar Oppo": British "bar" (except) after a word for all the rest
    r"(?:anything|any\s+(?:brand|make|phone|one)|everything|all|any)\s+bar",
    # "brand != Apple", "brand ≠ Samsung", "brand <> Huawei": the sign of inequality, as a filter is written
    r"!=", r"≠", r"<>",
    "不要", "不想要", "别要", "不喜欢", "除了", "除咗", "别推荐", "别给我", "别", "不考虑", rf"{_UNNEGATED}排除", "非", "不买", "不用", "讨厌", "拒绝",
    "不看", "不想用", "不爱", "不信任", "远离", "受够了", "不再用", "换掉", "不选", "别选", "不是", "别是", "不能是", "不要是",
    "别给", "不想买", "不碰", "(?:最)?不(?:想|要)(?:要|看|买|选)?的(?:就)?是",  # "我最不想要的就是三星"
    "不(?:应该|应|可以|可能|能够|会)是", "最好不要?是", "(?<!排)除(?!非)", "别给我推荐?", "别推荐?", "不要推荐?", "pass掉",
    # "谢绝苹果", "避开vivo", "除开/除去华为", "不想再用三星", "别再推荐小米"
    # "排掉一加", "禁掉Moto": put out, banned
    # "避雷诺基亚": steered clear of, as of a mine
    "避雷", "排掉", "禁掉", "禁用", "谢绝", "避开", "绕开", "绕过", "避免", "去掉", "除开", "除去", "除掉", "刨除", "筛掉", "过滤掉", "剔除", "不想再用", "不再考虑", "别再推荐?", "不要再推荐?",
    "不想(?:看|见)到", "别让我(?:看|见)到",  # "不想看到vivo和Infinix": not to be seen
    # a negation, a modal and a verb ("不打算买", "不会考虑", "不太喜欢", "无需考虑", "唔要"), a verb that cannot ("用不惯苹果",
    # "信不过华为"), or a verb of shutting out ("跳过小米", "屏蔽OPPO", "拉黑vivo")
    rf"{_ZH_REFUSING_VERB}", _ZH_NOT_SWITCHING_TO, "无需考虑", "无须考虑", "不必考虑", "不包括", "不包含", "不含",
    "用不惯", "用不来", "受不了", "看不上", "看不惯", "信不过", _ZH_SHUTTING_OUT,
    "用腻了", "用够了", "用烦了", "厌倦了", "腻了",  # "用腻了苹果": tired of it
    "(?<![看比用买赶跟配上])不上",  # "不上天玑": not fitted with it (not 看不上, 比不上, 上不上)
    r"(?:加入|拉进|列入)?黑名单(?:里)?(?:有|是)?\s*[:：]?",  # "黑名单：华为": a list of brands shut out
)
"""Words that put the mention after them out: the shopper's "no"."""

SIGN_OFF = (r"(?:ta|tia|thanks?(?:\s+(?:you|u|a\s+lot))?|thx|cheers|kindly\s+advise|much\s+appreciated|asap|pls|plz"  # "asap", "pls" too
            r"|any\s+(?:ideas|suggestions|thoughts)|what\s+do\s+you\s+(?:reckon|think|suggest)"
            r"|ty|lah|abeg|biko|po|lmk"
            # Canadian "eh?", Malaysian "can ah?", a kiss "x" or "xx", and the questions a chat closes with ("wat u got?")
            r"|eh|can\s+ah|x+|kindly|please\s+advise|(?:what|wat)\s+(?:have\s+you|(?:do\s+)?(?:you|u))\s+(?:got|recommend)"
            # an insistence said last, bare or in brackets: "Oppo and Vivo not allowed (important)", "pass no compromise"
            r"|no\s+compromise|\(\s*(?:important|strict|must|non-negotiable)\s*\))(?![a-z])")
"""The words a shopper closes a message with: "ta", "thank you", "kindly advise", "what do you reckon?", and the regional
softeners said last ("Tecno no way lah", "Oppo not in my list po", "Infinix - hard pass abeg")."""
ASIDE = r"(?:fwiw|fyi|strictly|100\s*%|tbh|ngl|lol|srsly|ya\s+know|(?:that'?s|that\s+is)\s+a\s+must|must|no\s+exceptions|for\s+sure)"
"""A chat aside or an insistence said after a wish, closing its clause: "Infinix out fwiw", "$250 plus thats a must"."""
_CLAUSE_CLOSES = rf"(?=\s*(?:$|[,，。.;；!！?？–—/]|please|though|still|[了吧啊哈呀啦哦嘛])|\s+-|\s+{SIGN_OFF}|\s+{ASIDE}(?![a-z]))"  # "/": "keep foldables out // 5g"
"""What may follow a refusal said last in its clause: the clause's end, a dash ("count Poco out — a big screen"), a
softener ("Huawei out please", a Chinese particle: "keep Sony out哈") or a sign-off ("cross Motorola and Nokia off what do
you reckon?")."""

_PARTICLES = "(?:的说|住|了|吧|啊|哈|呀|啦|喇|哦|喔|噢|嘛){0,2}"  # Cantonese 住 ("for now") and 喇: "蘋果唔要住"
"""The particles a refusal may end on before its clause closes: "三星就免了哈", "华为不要了啦", "三星不要喔" (Taiwan's 哦),
"低于800块的不看的说" (the chat's 的说, as _REFUSAL_TAIL has it)."""

_REFUSAL_CLOSES = (rf"(?=(?:的)?{_PARTICLES}(?:就(?:好|行|可以|成)了?|就是了|好了|得了)?{_PARTICLES}(?:谢谢|谢啦|谢了|多谢|感谢)?"
                   r"(?:\s|$|[,，。.;；!！?？/:)）、~+]))")
"""What may follow a Chinese refusal said last in its clause: a "的" ("荣耀免谈的"), a "that will do" ("三星不要就好",
"Exynos就算了就行"), a "let's" that settles it ("三星的也先排除好了", "华为不考虑得了"), the particles, a thanks
("Tecno不要了谢谢"), then the clause's end (a lone "~" too: "Exynos的别推哈~")."""

_WHOM = rf"(?:me|us|him|her|them|(?:my|our|his|her|their)\s+(?:{latin_alt(sorted(KIN_EN))}))(?![a-z])"
"""The person a refusal may be said of: "not an option for him", "not ok for my mum"."""

_KIND_AFTER = (r"(?:\s+(?:electronics|mobile|mobility|inc|corp(?:oration)?|technolog(?:y|ies)|communications|group))?"
               r"(?:[\s-]*based)?(?:\s+(?:chips?|chipsets?|processors?|socs?|phones?|models?|devices?|products?|series|range|line(?:up)?"
               r"|famil(?:y|ies)|brands?|makes?))?")
"""The kind word a refusal after a mention may follow: "Exynos chips are out", "Tensor chip no thanks", "Apple products
not wanted", "Helio-based chips are a no for me", "Oppo brand - pass"; the maker's company word before it ("Samsung
Electronics - no", "Tecno Mobile banned")."""

_EACH_OF_THEM = r"(?:[一两俩哪](?:个|家|款|台|样)|这俩|这两(?:个|家)|两者)"
"""The mentions counted one by one before a refusal of them all: "一个都不要" (not a single one), "哪家都不考虑"."""

_CLAUSE_REFUSAL = r"不要|不考虑|算了|免了|pass|不行|不用了?|不买|不喜欢|不碰了?|别推(?:荐)?了?|别(?:给我)?整了?|排除(?:掉|了)?"
"""A refusal in a clause of its own after a mention and a comma or a complaint: "三星？不要", "Helio怕发热，不要",
"天玑的，排除掉"."""

_AFTER = re.compile(rf"""
    # Chinese, the refusal after the mention: "华为的手机我都不要", "骁龙的芯片太热了不考虑", "华为（不要）"
    # "的", the maker or its family: "三星家的", "不要三星牌", "小米系的不要" (系 alone is the family, 系列 a kind word below)
    # ... or its company: "苹果公司的一律别推", "三星集团的不要"
    # ... pointed at: "联发科这家的不行", "三星那个牌子的不要"
    # ... after the name's other spelling in brackets: "苹果(Apple)踩过雷，不要", "realme（真我）就pass吧"
    (?:\s*[)）])?(?:\s*[（(])?(?:\s*的)?(?:\s*(?:[这那](?:个|一)?\s*)?(?:家|品牌|牌子?|系(?!列)|公司|集团))?(?:\s*的)?
    (?:\s*[这那](?:个|一)?\s*(?=系列))?(?:\s*(?:系列|芯片?|片子|处理器|cpu|soc|平台|手机|平板(?:电脑)?|机型|机子|机器|机|产品|东西|款|那些|这些|那点|(?:[这那]\s*)?条(?:产品)?线)(?:\s*的)?){{0,2}}   # a kind word ("4G机就别推了") ("的芯": a chip) ("系列", "手机", "折叠款", "片子": a chip, "的机器", "的东西", "那条线": a series), or "those" ("蘋果嗰啲", simplified 那点); said twice: "麒麟芯片的芯片"
    (?:\s*[这那](?:种|类|样的?))?                                     # the kind pointed at: "折叠屏这种就免了", "褶叠屏那种不要"
    # ... or the chip counted: "骁龙那颗不要", "麒麟Kirin那颗U不要" (颗 counts chips; U is the shoppers' word for one)
    (?:\s*[这那]\s*(?:一)?\s*颗(?:\s*(?:芯片?|处理器|u(?![a-z])))?)?
    (?:\s*的?话)?                                                     # "as for": "三星的话不考虑"
    # the mentions counted back ("ov两家不要", "tecno和infinix这俩不要", "小米荣耀这几家都不考虑"): a count names them again
    (?:\s*[这那]?\s*(?:俩|两|几|三)\s*(?:家|个|款)?\s*(?:牌子|品牌)?(?:\s*的)?)?   # "两个牌子排除": the counter and the noun
    \s*(?:太[^,，。;；!！?？\x00\s]{{1,4}}?了?)?                     # a complaint: "太贵了"
    # ... or a complaint in a clause of its own before a bare refusal: "三星有点贵，不考虑", "三星？不要", "三星，算了"
    # ... or a bad experience: "谷歌踩过雷，不要" (stepped on a mine with it), "索尼的踩过雷了，不要", "骁龙被坑过，别推" (cheated by it)
    # ... or a fear: "Helio怕发热，不要", "折叠屏怕坏，不要"
    # ... or one done with: "三星用过了，这次不要" (used it already, not this time), "踩过三星的雷，不碰了" (its mine stepped on)
    # ... the refusal said of each of a list: "真我还有三星，一个都不要", "小米华为，两个都算了"
    (?:\s*(?:(?:有点|太|挺|很|比较|实在)?(?:贵|卡|烫|热|重|丑|烂|差|坑|一般)了?|不咋(?:样|地|滴)|不怎么样|不好用|垃圾|拉胯
             |踩(?:过)?(?:雷|坑)了?|被坑(?:过|惨)了?|坑过(?:我)?了?|怕(?:发热|发烫|烫|热|卡|坏|摔|折坏)了?|用过了?|(?<=的)雷
             # ... or its fault: "Helio发热太大，不要" (runs hot), "展锐翻车过，不要" (let the shopper down), "折叠屏不靠谱，不要"
             # ("Tensor发热，不要": running hot, its degree left out)
             |(?:发热|发烫)(?:(?:太|有点|比较)?(?:大|高|严重))?了?|功耗(?:太|有点|比较)?(?:大|高)了?|翻(?:过)?车(?:过)?了?|不(?:太)?靠谱|不(?:太)?香)?
       \s*[,，:：?？]\s*(?=(?:这次|这回)?(?:{_EACH_OF_THEM}\s*(?:都|也|全都|一律|统统)\s*)?
                          (?:{_CLAUSE_REFUSAL}){_PARTICLES}\s*(?:$|[,，。.;；!！?？~～/])))?  # "Helio踩过雷了，不要 / 要…"
    # ... or by whom it was done: "vivo被我排除了", "三星给我拉黑了"
    \s*(?:(?:(?:被|给)\s*)?(?:我|咱|俺)(?:们)?\s*(?:是|真的?|可|实在|确实|肯定|绝对|反正)?)?   # who: "三星我是不要的", "三星我真不喜欢"
    (?:\s*{_EACH_OF_THEM}(?=\s*(?:都|也|全都)))?                     # "一个都不要", "哪家都不考虑", "两个都算了"
    (?:\s*(?:都|也|全都|一律|一概|统统|通通|全部|就|真的?|绝对|坚决|打死|死也|肯定|先|暂时?|暂且|目前|还是|直接|已经?|这次|这回)){{0,2}}  # "all of
                                                                      # them", "by no means", "for now", "straight away"
                                                                      # ("Find系列直接pass")
    (?:\s*(?:谢谢|麻烦(?:你)?|请|拜托|劳驾))?                           # "please" (Cantonese 唔该, read 谢谢): "OPPO唔該跳過"
    \s*(?:不要|不考虑|别推荐|别考虑|不推荐|没(?:有)?(?:什么)?(?:兴趣|好感)|就算了|算了|免了|除外|不(?:太|怎么)?行|不用了|不想要|
       # "Tecno不在我考虑范围", "小米不在我的考虑之列": whose consideration may be said
       pass掉?|不喜欢|不买|不选|用腻了|拒绝(?:了|掉)?|  # "真我和摩托罗拉我都拒绝"
       用够了|不想用了|不在(?:我|咱)?的?考虑(?:范围)?(?:内|之内|之列)?|排除(?:在外|掉)?|
       # not trusted: "联发科天玑的我不太放心", "华为我不放心" (as "信不过华为" before it)
       不(?:太|怎么|大|是很)?放心|信不过|
       # not taken to: "iOS我真用不惯", "华为的用不来", "苹果我看不惯" (as "用不惯苹果" before it)
       用不惯|用不来|不习惯|看不惯|受不了|
       # "OPPO和荣耀的都别给我", "华为的不要给我": not to be given one, the thing given left unsaid; "POCO的请绕道": to go
       # round it, kept out of the way
       免谈|(?:就)?别了|绕道(?:走)?|别(?:给我)?推(?:荐)?了?|(?:别|不要)(?:推(?:荐)?)?给(?:(?:我|咱)们?)?|别来(?:沾边)?|
       # no need to show or present it ("小米就不用推了", "Xperia就唔使介紹了": 唔使 is read 不用), it is off the list
       # ("小米不在名單裏"), it must not turn up ("真我家的別出現")
       # "联想就不用给我推了": not to be shown to the shopper, "OPPO唔使再睇" (不用再看): not again
       不用(?:再)?(?:给(?:我|咱)们?)?(?:推(?:荐)?|介绍|看)了?|
       不在(?:我的?)?名单(?:里|内|上|中)?|别(?:再)?出现|
       # not among those picked from: "OPPO不在候选里", "vivo不在备选名单上"
       不在(?:我的?)?(?:候选|备选|选择)(?:名单|范围|列表|之列)?(?:里|内|上|中)?|
       # "荣耀的也别要", "三星的别买了": "别" with a verb of wanting refuses the mention, as "不要" does
       别(?:再)?(?:要|买|选|挑|看|碰|用|整|搞|弄)|勿扰|
       # not to be seen at all: "Xperia家的别出现", "三星的不要再出现了"
       (?:别|不要|不许|不准)(?:再)?(?:给我)?出现|别(?=\s*(?:了|吧)?\s*(?:$|[,，。;；!！?？]))|除开|无感|不(?:太|怎么|大)?感冒|不感兴趣|没感觉|
       例外|  # "moto g例外": the exception, left out
       靠边站?|一边去|出局|绕开|绕过|避开|不用考虑|不予考虑|不必了?|敬谢不敏|{_ZH_SHUTTING_OUT}(?:掉)?|剔除|去掉|
       # not to be recommended ("三星勿推", "小米免推"), talked out of ("超过3000的一律劝退"), beneath notice ("不到3000的入不了眼"),
       # a fob-off ("别拿低于3000的来糊弄我": what it is said of is not wanted)
       勿推(?:荐)?|免推(?:荐)?|劝退|
       # forum slang: "Tecno达咩" (Japanese だめ, no good), "诺基亚退散" (be gone), "vivo就别提了" (don't even mention it)
       达咩|退散|(?:就)?(?:别|不用|不必)(?:再)?提了?|入不了(?:我的?|法)?眼|看不上(?:眼)?|(?:来)?糊弄(?:我|人|谁)|
       (?:筛|过滤|刷|踢|删|拿|砍)掉|筛除|滤掉|   # sifted out: "超过190克的都筛掉", "三星的过滤掉"
       (?:飞|踢|赶)走|   # kicked out, Cantonese 飛 (to dump): "用Exynos嘅一律飛走", "三星踢走"
       (?:加入|拉进|列入|放进)黑名单|
       # ... or a sign-off closing it after the "no": "iOS no lah", "Tecno no pls"
       no(?:pe)?(?=\s*(?:$|[,，。;；!！?？]|\.(?!\d))|\s+(?:{SIGN_OFF})\s*(?:$|[,，。;；!！?？]|\.(?!\d)))|  # "苹果NO", "samsung no."
       {_ZH_REFUSING_VERB}(?:的|了)?)                                 # "不打算买的", "不太想要"
    # ... at the end of its clause, a space or a 、 before the next ask ends it too ("OPPO不考虑 要5G", "vivo不考虑、大屏"); glued
    # to what follows, the word may govern it ("华为不要太贵", "200克以内排除三星")
    # ... "就好" / "就行" after it says that is all it takes ("苹果不要就好": no Apple and any phone will do)
    (?:{_REFUSAL_CLOSES}
       # "算了" closes its clause itself: "vivo就算了只看oppo", "三星算了还是要华为" (the next wish glued to it)
       |(?<=算了)(?=\s*(?:只|还是|换|就要|要|看看|来))
       # a second refusal said with "also" right after closes the first: "华为不要小米也不要" (no Huawei, no Xiaomi)
       |(?=[^,，。.;；!！?？\s]{{1,10}}?[也亦]\s*(?:不要|不考虑|别要|免谈|算了|不行|pass)))
    # a complaint with a word of degree that closes the brand's clause, no refusal said: "苹果太贵了，有没有别的", "三星太贵了",
    # "小米太卡了 换个别的": the shopper names the brand to turn from it, never to ask for it
    | (?:\s*的)?(?:\s*(?:手机|机子|产品))?\s*(?:都|也|实在|真的?|确实)?\s*(?:有点儿?|太|实在太|真是太)\s*
      (?:贵|卡|烫|热|重|丑|烂|差|坑|一般|难用|贵了点|耗电)了?(?:点|吧|啊|呀)?(?=\s|$|[,，。.;；!！?？])
    # a refusal that takes no object needs no clause end after it: "三星用腻了想换小米"
    | (?:\s*的)?\s*(?:我|咱)?\s*(?:都|也|早就|已经)?\s*(?:用腻了|用够了|受够了|不想用了|用烦了|用怕了)  # "Tensor用怕了": scared off
    | \s*(?:以外|之外)(?:的)?                                         # "华为以外的"
    | \s*外(?=\s*(?:$|[,，。;；!！?？]|的|都|其他|其余))                 # "华为外"
    | \s*\?\s*no(?:pe)?(?:,?\s*thanks?(?:\s+you)?)?(?![a-z])          # "Huawei? no thanks"
    # "Oppo or Vivo? neither", "Sony, Tecno - none of them": the list asked about, then refused whole
    # ... closing its clause: "64gb or more, neither huawei nor Google" is a neither-nor of its own, not a refusal of the 64gb
    | \s*[?,:\-–—]\s*(?:neither(?:\s+of\s+(?:them|those|the\s+two))?|none\s+of\s+(?:them|those|these|the\s+two))(?![a-z])
      (?=\s*(?:$|[,.;!?)/，。；！？]|{SIGN_OFF}|please|pls|plz))
    # "Huawei, no thanks", "Samsung - no", "Oppo: hard pass", "huawei? nah", "Realme no thanks", "Vivo & Huawei = no": a
    # bare "no" closing the mention's clause (or followed by a sign-off: "Tecno: hard pass thank u")
    # ... after a kind word ("Tensor chip no thanks"); a list's "both" or "all" before it ("Huawei, Sony - both no", "Xiaomi and
    # Lenovo both a no")
    | {_KIND_AFTER}
      # ... "no need" said the same way, as Singapore says it: "Apple no need lah", "Google, Apple - both no need"
      (?:\s*[,，:\-–—?？=]\s*(?:(?:both|all)\s+)?(?:hard\s+|big\s+|firm\s+)?(?:no\s+need|no|nope|nah|never|pass|not\s+interested
                                                    |(?:i'?m\s+|i\s+am\s+)?not\s+(?:a\s+)?(?:big\s+|huge\s+)?fan)(?:\s+(?:thanks?|thx|way))?
       # a bare "no" after a chip's kind word: "Kirin chipset no", "Exynos chips no"
       | (?:(?<=chip)|(?<=chips)|(?<=chipset)|(?<=chipsets)|(?<=processor)|(?<=processors))\s+(?:no|nope|nah)
       | \s+(?:no|nah)\s+(?:thanks?|thx)|\s+(?:hard\s+pass|not\s+interested|nope|nah|no\s+way|(?:(?:both|all)\s+)?no\s+need)
       # a bare "no" kept or repeated by "still" / "also": "infinix still no", "vivo also no" (one more refused)
       | \s+(?:still|also|too|both|all)\s+(?:a\s+)?(?:no|nope|nah|never))
      # ... or an "ok" before the sign-off ("realMe? pass ok thx")
      (?=\s*(?:$|[,.;!?/)(:，。；！？\u2600-\u27bf\U0001f300-\U0001faff]|(?:ok(?:ay)?\s+)?{SIGN_OFF}|please)|\s+(?:--?|[–—])\s)  # "Oppo brand - pass - 128GB+",
      # an emoji closing the clause too ("Samsung brand - pass 🙏")
    # English, the refusal after the mention, after an optional kind word: "Exynos chips are out"
    | {_KIND_AFTER}
      # ... "is", or "'s" said for it, which the mention may have taken as a possessive: "Samsung's a no-go"
      # ... "both" or "all" after a list's verb: "Apple and Sony are both no-gos", "Oppo and Vivo are all out"
      (?:(?:\s+(?:is|are)|['’](?:s|re)|(?<=['’]s))(?:\s+(?:both|all|each|also|too))?
         \s+(?:out\s+of\s+the\s+question|out|a\s+(?:hard\s+|big\s+|firm\s+)?no(?:-go)?|no[\s-]?gos?|(?:a\s+)?non[\s-]?starters?|not\s+options?|off\s+the\s+table|excluded|ruled\s+out
                          |off[\s-]+limits|banned|blacklisted|not\s+welcome|not\s+wanted|a\s+dealbreaker)(?![a-z])
       | \s*:?\s+(?:excluded|not\s+please|not\s+wanted|not\s+welcome|ruled\s+out|off[\s-]+limits|need\s+not\s+apply
             |banned|barred|blacklisted)(?![a-z])  # "Nokia and Tecno banned", "Lenovo, Samsung: excluded"
       # "Sony won't do", "Xiaomi can stay on the shelf", "Unisoc (no)": said of the mention, closing its clause
       | \s+(?:won'?t|will\s+not|wouldn'?t|would\s+not)\s+do(?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}))
       | (?:\s+(?:can|could|should|may|will|must))?\s+stays?\s+on\s+the\s+shel(?:f|ves)(?![a-z])
       | \s*\(\s*(?:no|nope|nah|not)\s*\)
       # "had Tensor before, never again": the shopper's past with it, not to be repeated
       | (?:\s+(?:before|already|once))?\s*[,;:\-–—]?\s+never\s+again(?![a-z])
       # "Galaxy M models don't count", "Edge phones do not count": left out of what is counted
       | \s+(?:do(?:es)?n'?t|do(?:es)?\s+not)\s+count(?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}))
       | -?\s*free(?![a-z])|-\s*less(?![a-z])                          # "Apple-free", "samsung-less"
       # "Samsung is not for me", "Oppo isn't my thing", "Xiaomi is off the cards"
       | \s+(?:(?:is|are)\s+not|isn'?t|aren'?t|not)\s+(?:for\s+(?:me|us)|my\s+(?:thing|cup\s+of\s+tea|style))(?![a-z])
       | \s+(?:is|are)\s+off\s+the\s+(?:cards|menu)(?![a-z])
       # Hindi and Urdu shoppers' "no" after the mention, as Indian and Pakistani English writes it: "tecno nahi",
       # "samsung nahi chahiye" (is not wanted), "oppo mat dikhao" (don't show)
       | \s+(?:nahi+n?|nahee|nai|nhi|mat)(?:\s+(?:chahiye|chahiye|chahie|chaiye|chahye|dikhao|dikhana|lena))?
         (?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}|please|pls|plz|yaar|bhai))
       # ... and "except" after it, closing the clause: "Samsung ke ilawa dikhao", "Oppo ke siwa koi bhi" (with "bhi chalega"
       # after it the brand is let go instead: "Infinix ke ilawa bhi chalega", read by the release forms)
       # ... or "chhod ke" (leaving it aside): "Nokia chhod ke", "Huawei chhod ke koi bhi"
       | \s+(?:k[ei]\s+(?:ilawa|ilaawa|alawa|alaawa|elawa|siwa|siwaye)|ch+o+[dr]\s*(?:ke|kar))(?:\s+(?:koi\s+bhi|kuch\s+bhi|sab|baaki|dikhao|batao))*
         (?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}|please|pls|plz|yaar|bhai))
       # "Samsung is fine, Apple is not", "Xiaomi isn't acceptable", "Realme not ok", "Vivo not an option": a "not" that
       # closes the clause
       # ... and the "not" may be softened by a "please" before the clause ends: "samsung not pls", "Oppo not please"
       # ... and the "not" may be said of the person the phone is for: "Apple isn't an option for him", "Oppo is not ok
       # for my son"
       | \s+(?:(?:is|are)\s+not|isn'?t|aren'?t|not)(?:\s+(?:ok(?:ay)?|fine|good|acceptable|allowed|(?:an\s+)?options?))?
         (?:\s+for\s+{_WHOM})?(?:\s+(?:please|pls|plz))?(?=\s*(?:$|[,.;!?)/]|{SIGN_OFF})|\s+-)  # "Xiaomi not allowed - 5G"
       # "She's had bad luck with Tecno, so skip those", "had issues with Xiaomi, avoid them": the mention refused by a
       # pronoun after it in a clause of its own
       # ... or "none of" them: "had a bad Oppo, so none of those"
       | \s*[,;?]?\s+(?:(?:so|and|then|just|pls|please)\s+){{0,2}}(?:(?:skip|avoid|exclude|drop|rule\s+out)\s+|none\s+of\s+)
         (?:those(?:\s+ones)?|them|theirs|it|that\s+(?:one|brand)|those\s+guys|that|these)(?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}))
       | \s*[:=]\s*(?:no|nope|never|pass)(?=\s*(?:$|[,.;!?/)(:，。；！？…]|thanks?|cheers|please|pls)|\s+--?\s)  # "Huawei = no"
       # the mention put first, then who refuses it, closing the clause: "Infinix I don't want", "Apple, we really don't
       # like", "Tecno he doesn't trust at all", "Infinix I no want again" (Pidgin and Caribbean English "no" for "don't")
       | \s*,?\s+(?:i|we|he|she|they)\s+(?:really\s+|just\s+|simply\s+|still\s+)?
         (?:don'?t|do\s+not|doesn'?t|does\s+not|no|never)\s+(?:want|like|need|trust)
         (?:\s+(?:it|them|again|anymore|any\s+more|at\s+all|at\s+the\s+moment|now)){{0,2}}
         (?=\s*(?:$|[,.;!?)/]|{SIGN_OFF}|please|pls|plz))
       # "Xiaomi off the list", "Vivo not in my list", "Oppo is not on the table"
       | \s+(?:(?:is|are)\s+)?(?:off|not\s+(?:in|on))\s+(?:the|my)\s+(?:list|table|radar)(?![a-z])  # "Tecno is off the list"
       # "Xiaomi isn't on my list", "Nokia should not be in the list": a denied "is" or a modal's "not be" before it
       | \s+(?:(?:is|are)(?:\s+not|n'?t)|(?:should|must|can|may)(?:\s+not|n'?t)\s+be)\s+(?:in|on)\s+(?:the|my)\s+(?:list|shortlist|radar)(?![a-z]))
    # a complaint about the mention, as Chinese "骁龙太热了" says it: "exynos overheats lol", "Mediatek chips run hot",
    # "Realme sucks", "Infinix is no good": the shopper names it to turn from it, never to ask for it
    | (?:\s+(?:chips?|chipsets?|processors?|phones?|models?))?
      \s+(?:always\s+|just\s+|really\s+)?(?:overheats?|overheating|heats?\s+up|runs?\s+(?:too\s+)?hot|gets?\s+(?:too\s+|so\s+|really\s+)?hot
         |throttles?|sucks?|(?:is|are)\s+(?:trash|garbage|terrible|awful|crap|no\s+good|rubbish|junk|useless))(?![a-z])
    # "just keep huawei out", "Huawei stays out": the mention is refused whatever verb carries it; said whole ("keep
    # Samsung out of it") it needs no clause end after it, as a sign-off may follow ("keep Samsung out of it ta")
    # ... after a kind word: "keep Vivo mobile out of it", "Oppo phones out please"
    | {_KIND_AFTER}\s+(?:(?:still|stays?|remains?|is\s+still)\s+)?(?:out|excluded)\s+of\s+(?:it|this|that|the\s+(?:list|picture|running|mix))(?![a-z])
    | {_KIND_AFTER}\s+(?:(?:still|stays?|remains?|is\s+still|both|all|(?:can|could|should|must|may|will)\s+(?:stay|be\s+left|remain))\s+)?
      (?:out|excluded){_CLAUSE_CLOSES}  # "Oppo and Samsung both out", "Kirin can stay out"
    # a verb's particle after its object closing the clause: "cross OnePlus and Vivo off", "strike Oppo off" ("count Poco
    # out" is the line above)
    # ... or "keep Infinix away", "keep Oppo and Vivo away": kept at a distance
    | \s+(?:off|away){_CLAUSE_CLOSES}
    """, re.VERBOSE)

BOUND_NEGATION = re.compile(r"""
    (?<![a-z])
    # "nothing phone under 30k" names the maker Nothing, not "no phone under 30k"
    (?:no|not(?:\s+to)?|nor|nothing(?!\s+phones?(?![a-z]))|never|none|cannot|without|(?:is|are|was|ca|wo|must|should|would|could|do|does|did)n'?t  # "won't", "nothing"
       |(?:don'?t|do\s+not|won'?t|will\s+not|wouldn'?t|would\s+not)\s+(?:want|need|show(?:\s+me)?|give\s+me|recommend|suggest)  # "don't show
          (?:\s+(?:anything|something|it|phones?|one))?                                             # anything"
       |(?:not|un)\s*willing\s+to|(?:refuse|hate)\s+to                                             # "not willing to"
       |refuse[sd]?(?=\s+(?:anything|any|phones?|ones?)(?![a-z]))                                    # "I refuse anything"
       |(?:skip|exclude|avoid|ignore)(?=\s+(?:anything|everything|any|phones?|ones?|models?)(?![a-z])))  # "skip anything below"
    (?:\s+(?:really|actually|even|honestly))?                      # "can't really go past $1k"
    # the kind of thing refused between: "no phones over 200g", "no models older than 2021", "no handsets that weigh",
    # or the spec's own noun: "no screens above 6.4\"", "no batteries under 4500mAh", "no chip below the 888"
    (?:(?:\s+(?:a|an|any))?\s+(?:phones?|smartphones?|mobiles?|models?|devices?|handsets?|tablets?|options?|ones?
            |screens?|displays?|batter(?:y|ies)|chips?|chipsets?|processors?|cpus?|socs?|releases?|launch(?:es)?)
       (?:\s+(?:that|which)\s+(?:are|is|weighs?|costs?|has|have))?)?
    # the verbs between: "not going over", "can't afford more than", "no need to go over", "don't wanna spend more than",
    # "I do not wish (intend, plan) to spend more than", "I'm not looking to spend more than",
    # "no phones with less than 8gb ram"; the one who pays after a verb of price: "shouldn't cost me more than", "mustn't
    # set us back more than"
    (?:\s+(?:be|go(?:ing)?|pay(?:ing)?|spend(?:ing)?|afford|(?:cost(?:s|ing)?|set(?:s|ting)?)(?:\s+(?:me|us))?(?:\s+back)?
            |priced|weighs?|exceed|get|from|have|with|having
            # what the shopper will not take: "i won't take less than 8gb", "can't accept anything under 5000mah", "won't
            # settle for less than 128gb" (what they will take, "i'll take less than 8gb", has no negation before it)
            |take|accept|settle\s+for|tolerate|consider|buy|go\s+for|put\s+up\s+with|live\s+with
            # ... and what is not taken, after its verb: "won't take a phone under 8gb", "won't buy a model older than 2021"
            |(?:a|an|any)\s+(?:phone|smartphone|mobile|model|device|handset|one)
            |(?:go(?:es|ing)?|sell(?:s|ing)?|retail(?:s|ing)?)\s+for  # "nothing going for less than", "nothing selling for under"
            |wann?a|(?:want|need|wish|intend|plan(?:ning)?|looking|hoping|trying|going|have)\s+to|anything|(?:that|which)(?:\s+(?:has|have))?  # "anything that has", "nothing that costs"
            # "not a penny over $600", "not one rupee more than 20k": the smallest coin stands for any amount
            |(?:a|one|a\s+single)\s+(?:penny|cent|dollar|buck|rupee|paisa|yuan|dirham))){0,3}
    (?:\s+(?:a|an|any))?                                           # before the spec's noun: "don't want a screen bigger than",
    (?:\s+(?:screens?|displays?|batter(?:y|ies)|weight)(?:\s+(?:size|capacity))?)?\s*$  # or after it: "nothing with a screen over"
    # (spaces only, never a space read as a clause break, "\n": "三星不要 电池最少要4500mAh" refuses no battery)
    # (a bare 不 spaced from what follows closes a question, "能再便宜点不 一千二以内", and turns nothing after it)
    # a question that offers both ("能不能3000以内", "可不可以") negates nothing (not 要不要: "还要不要超过4000" is "and also
    # not over 4000"); nor does a refusal that
    # closes the clause of what came before it ("电池大过4000mah的不要 最高3500": that 不要 is the battery's; "不要 两千以上的"
    # still turns the side)
    | (?!(?<=(?<![性功])能)不能|(?<=可)不可|(?<=的)不要[^\S\n]*\n)  # not 性能 (performance): "性能不能输给X"
      (?:不要|不能|不可以|不可|不得|别|不想|不愿意?|不希望|不打算|不准|不许|不用|不会|不应该?|不(?!\s))  # "不要", "不想", "不可" (may not)
      # "不想花", "别给我推"; the colloquial do-verbs: "别整超过四千毫安的", "不要搞超过200克的", "别弄"
      [^\S\n]*(?:花|付|出|掏|给我?|买|卖|用|要|整|搞|弄|接受|(?:给我)?(?:推荐?|考虑|看|选|找))?(?:钱)?
      [^\S\n]*(?:屏幕|显示屏|屏|电池|重量|机身|运行内存|运存|内存|机身存储|存储|储存)?[^\S\n]*$      # "别推荐屏幕超过6.4寸的"
    """, re.VERBOSE)
"""A negation right before a bound word turns its side: "nothing over 170g" and "won't pay more than $500"
are at most; "must not weigh more than" and "can't be heavier than" too."""

_REST_REFUSED = re.compile(rf"""
    (?:\s*(?:以外|之外|外))?(?:\s*的)?\s*[,，]?\s*                         # "三星以外的，", "除了三星，"
    (?P<rest>其他家?|其它家?|别的家?|别家|他家|其余|剩下|剩余)?(?:\s*的)?(?:\s*(?:品牌|牌子|手机|机子|机型|芯片?|处理器|平台|片子))?(?:\s*的)?  # "其他品牌", "非麒麟芯片不要"
    \s*(?:我|咱|俺)?\s*(?P<all>都|一律|一概|统统|通通|全都|全部)?              # "都", "一律"
    \s*(?:免谈|勿扰|不可|不行|pass|就算了|算了|别来|靠边站?|{_ZH_REFUSING_VERB}(?:的|了)?)
    (?P<rest_after>(?:其他家?|其它家?|别的家?|别家|他家|其余)(?:的)?(?:品牌|牌子|手机)?)?   # "不考虑其他", "不考虑别家"
    {_REFUSAL_CLOSES}
    """, re.VERBOSE)
_EXCEPT_EN = re.compile(r"except(?:\s+for)?|excluding|other(?:\s+(?:brands?|phones?|makes?|models?))?\s+than|apart\s+from|besides|but")
_REFUSED_BEFORE_EXCEPT = re.compile(r"""
    (?<![a-z'])(?:no|nothing|none|not|never|(?:don'?t|do\s+not|won'?t|will\s+not|doesn'?t)(?!\s+(?:care|mind|matter))  # "nothing"
       # one who cannot get on with the rest: "he's hopeless with anything but", "she can't handle anything other than"
       |(?:can'?t|cannot|couldn'?t)(?!\s+(?:care|mind|matter))|hopeless|useless|clueless|lost)
    (?:\s+(?!(?:care|mind|matter|preference|fuss\w*|picky|bothered)(?![a-z]))[a-z']+){0,4}\s*$   # "want anything", "brand"
    """, re.VERBOSE)


def refuses_the_rest(scan: Scan, end: int, exception: str) -> re.Match[str] | None:
    """The refusal of every other brand after an exception that ends at `end`, which makes the exception the only
    wish: "除了小米都不要", "非华为不买", "三星以外的不考虑", "不是苹果的不要", "除三星外不考虑其他". `exception` is the word that
    made it one ("除了", "以外"); after "除" words the refusal must say "all" or "the others" ("除了苹果，华为也不要" refuses
    both)."""
    m = _REST_REFUSED.match(scan.plain, end)
    if m is None or (exception.startswith(("除", "刨")) and not (m["rest"] or m["all"] or m["rest_after"])):
        return None
    return m


# "anything that isn't (a Samsung)", "any phone which is not": the rest of the brands, said as "anything but" says them
_NOT_BEING = re.compile(r"(?:is|are)(?:n'?t|\s+not)")
_ANYTHING_THAT = re.compile(r"(?<![a-z])(?:anything|everything|whatever|any(?:\s+(?:phone|brand|model|one))?"
                            # "nothing that isn't an Honor": no phone but one of that brand, the refusal said in the same words
                            r"|(?P<none>nothing|no\s+(?:phone|brand|model|one)s?))"
                            r"(?:\s+(?:that|which))?\s+$")


def excepts_from_a_refusal(scan: Scan, start: int, exception: str) -> bool:
    """True when the English exception word `exception` at `start` follows a refusal in its clause, which makes what
    it excepts the only wish: "nothing except Pixel", "no brand other than Samsung", "I don't want anything but a
    OnePlus", "he's hopeless with anything that isn't a Samsung" ("I don't mind anything except Samsung" and "show me
    anything that isn't a Samsung" refuse Samsung)."""
    if _NOT_BEING.fullmatch(exception.strip()) is not None:
        anything = _ANYTHING_THAT.search(scan.plain, max(0, start - 30), start)
        if anything is None:
            return False  # "it isn't a Samsung": a plain refusal
        if anything["none"]:
            return True  # "nothing that isn't a Honor": every other brand is refused
        start = anything.start()
    elif _EXCEPT_EN.fullmatch(exception.strip()) is None:
        return False
    before = scan.plain[max(0, start - 60):start]  # "no brand" may have been read as a clear
    clause = re.split(r"[.;!?。；！？\n,，]", before)[-1]
    return _REFUSED_BEFORE_EXCEPT.search(clause) is not None


# "!=" is a sign of inequality ("brand != Apple"), not an exclamation closing the clause
CLAUSE_END = re.compile(r"[.;?。；！？\n,，]|!(?!=)|(?<![a-z])(?:but|however|though)(?![a-z])|但是|但|不过|可是")




def clause_breaks(scan: Scan, start: int, end: int, opens: re.Pattern[str]) -> list[re.Match[str]]:
    """The clause ends in `scan.low[start:end]`, the words before a mention, as matches on that window.

    A space read as a break between Chinese clauses (advisor.understanding.clauses) ends none after a word that opens
    what follows it ("不要 华为", "加上 小米": `opens` matches it at the space), unless that word is said of a mention
    read just before it ("vivo还可以 荣耀不要": vivo is still fine)."""
    window = scan.low[start:end]
    kept: list[re.Match[str]] = []
    for m in CLAUSE_END.finditer(window):
        if m.group(0) == SPACE_BREAK:
            opener = opens.search(window, kept[-1].end() if kept else 0, m.start())
            if opener is not None and scan.low[max(0, start + opener.start() - 1):start + opener.start()] != MASK:
                continue
        kept.append(m)
    return kept


EXCLUDE = latin_alt(EXCLUDE_WORDS)
_BEFORE = re.compile(rf"""
    (?:{EXCLUDE})                                                        # "no", "except", "不要"
    (?:\s|the|their|its|a|an|any|anything|everything|some|both|either|me|another|other|more|from  # then only filler words
       # ("Motorola except their Edge series": the maker's own series)
       |one\s+of|those|these|them                                         # "not one of those folding ones"
       |phones?\s+with|with|using|chips?|chipsets?                        # "phones with", "chips"
       |on|running|runs|powered\s+by|based\s+on|built\s+on                # "not on MediaTek", "not running on Exynos"
       |(?<![a-z])(?:cheap(?:er)?|budget|low[\s-]end|expensive|pricey|old(?:er)?|big|small)(?![a-z])  # "cheap"
       |的|用|带|搭载|上|任何|所有|一切)*$                                                # "带", "搭载"; "别上麒麟": fit with
    """, re.VERBOSE)
_ANYTHING_BUT = re.compile(r"""
    (?<![a-z])(?:anything|everything|whatever                                              # "anything", "any brand",
       |any(?:\s+(?:chip(?:set)?|processor|cpu|soc|phone|brand|make|model|one))?            # "any chipset", "any make"
       |every\s+(?:chip(?:set)?|processor|cpu|soc|phone|brand|make|model|one))              # "every brand but"
    \s+(?:but|bar)\s+(?:(?:a|an|the)\s+)?$                                                 # "but (a)", British "bar"
    """, re.VERBOSE)
_LIST_GAP = re.compile(r"""
    [\s,，、/&?]*                                               # separators ("Samsung? Apple? no thanks")
    (?:(?:or|and|nor)(?![a-z])|或者|或|和|跟|与|及|以及|同埋|同)?  # a joining word ("同(埋)": Cantonese "and")
    [\s,，、]*(?:(?:the|a|an)\s+)?                              # an article before the next name
    """, re.VERBOSE)


def refused(scan: Scan, start: int, end: int, width: int = 40) -> tuple[int, int] | None:
    """The span of the words that refuse the mention at [start, end) ("no " before it, "的不要" after it),
    or None when the mention is not refused. The scope of a word before stops at a clause end."""
    window = scan.low[max(0, start - width):start]
    # unmasked: "any chipset" was read as letting the chipset go before "but Tensor" refuses one ("any brand except")
    if (but := _ANYTHING_BUT.search(scan.plain, max(0, start - width), start)) is not None:
        return but.start(), start
    breaks = clause_breaks(scan, max(0, start - width), start, _BEFORE)
    tail = window[breaks[-1].end():] if breaks else window
    m = _BEFORE.search(tail)
    if m is not None:
        return start - len(tail) + m.start(), start
    after = postposed(scan, end)
    if after is not None:
        return end, after.end()
    return None


def continues_list(scan: Scan, previous_end: int, start: int) -> bool:
    """True when only list words stand between two mentions ("Exynos or Snapdragon", "三星、华为")."""
    return _LIST_GAP.fullmatch(scan.low[previous_end:start]) is not None


_VERDICT_AGAINST = re.compile(rf"""
    # English: "(anything over 200g) is too heavy", "would be way too big", "is not enough", "won't cut it"
    \s*(?:(?:of\s+)?(?:ram|storage|memory|battery|screen|display|camera|weight|phones?|ones?|models?|devices?)\s+)?
    (?:(?:is|are|'s|would\s+be|will\s+be|gets?|feels?|seems?)\s+
       (?:(?:way|much|far|just|simply|a\s+bit|a\s+little|kind\s+of|kinda|really|definitely|clearly|honestly)\s+)?
       (?:too\s+[a-z]+|not\s+(?:enough|acceptable|ok(?:ay)?|an?\s+option|good\s+enough)|useless|unacceptable|overkill|pointless
          |no\s+good)
     | (?:won'?t|wouldn'?t|doesn'?t|does\s+not|will\s+not|would\s+not)\s+(?:do|cut\s+it|work\s+for\s+me|be\s+enough))(?![a-z])
    # Chinese: "(超过200克)就太重了", "(4000毫安以下)不够用", "(三千以上的)太贵了"
    | (?:\s*的)?\s*(?:就|都|也|肯定|实在|真的)?\s*(?:太(?:重|轻|贵|大|小|旧|老|少|慢|沉|笨重?)了?|不够(?:用|大)?|没法用|受不了
      # ... or the shopper's own reach or taste: "超过3000就买不起了" (cannot afford past it), "低于5000的不入眼" (beneath
      # notice), "低于4000的看不上", "超过6000负担不起"
      |(?:买|负担|承受|消费|付)不起了?|(?:不入|入不了)(?:眼|法眼)了?|(?:看|瞧)不上(?:眼)?了?)
      # "超过180克就太重了，不要", "低于220克的太轻，不要、128G起", "低于220克的太轻不要": the refusal after the verdict is
      # the same one, closing its clause or followed by a pause or a space before the next ask, as a refusal after a
      # mention is
      (?:\s*[,，]?\s*(?:{_CLAUSE_REFUSAL}){_PARTICLES}(?=\s|$|[,，。.;；!！?？~～、]))?
    # Hindi and Urdu put the "not" after the side: "(5000mAh se kam) na ho" (must not be less), "(45k se upar) bilkul nahi"
    # (not above at all), "(8GB se kam) nahi chahiye"; not "nahi to" (otherwise), which offers another figure
    | \s+(?:(?:bilkul|hargiz|kabhi\s+bhi|kabhi)\s+)?
      (?:(?:nahi+n?|nahee|nai|nhi|mat)(?!\s+to(?![a-z]))|na(?=\s+(?:ho|hona|honi|hone|chahiye|chahie|chaiye|jaye|jae|jaaye)(?![a-z])))
      (?:\s+(?:ho|hona|honi|hone|jaye|jae|jaaye|chahiye|chahie|chaiye|chalega|chalegi|dena|dikhana|dikhao|lena|please|pls|plz|yaar|bhai))*
      (?![a-z])
    """, re.VERBOSE)


def verdict_against(scan: Scan, end: int) -> re.Match[str] | None:
    """A verdict just after a stated range that rejects it ("anything over 200g) is too heavy", "below 4000mAh) is not
    enough", "超过200克)就太重了"): the shopper named the range to rule it out, so the other side is wanted."""
    return _VERDICT_AGAINST.match(scan.plain, end)


_TAKEN_BACK = re.compile(r"""
    \s*,?\s*(?:but|though|although|yet)\s+
    (?:(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be|we'?re|we\s+are)\s+)?(?:still\s+)?          # "but (i'm) (still)"
    (?:open\s+to|ok(?:ay)?\s+with|fine\s+with|willing\s+to\s+(?:consider|try|look\s+at)
       |(?:(?:i|we)\s*(?:'?d|'?ll|\s+would|\s+will|\s+could|\s+can|\s+might)\s+|would\s+|could\s+|might\s+)?(?:still\s+)?
        (?:consider|try|look\s+at|live\s+with))
    \s+(?:it|them|one|that|those|the\s+idea)(?![a-z])
    """, re.VERBOSE)


def taken_back(scan: Scan, end: int) -> re.Match[str] | None:
    """The words just after a refused mention that take the refusal back ("not a huge fan of Apple but open to it",
    "no Samsung, though I'd consider it"): the brand is not ruled out, only disliked."""
    return _TAKEN_BACK.match(scan.plain, end)


def postposed(scan: Scan, end: int) -> re.Match[str] | None:
    """The refusal just after a mention ("的不要", " is out"), matched on the unmasked text."""
    return _AFTER.match(scan.plain, end)




# A refusal said anywhere in the clause of a Chinese brand mention, by whatever verb the shopper reaches for: a negation
# ("不", "别", "勿", "莫", "甭", Cantonese "唔") with its modals before a verb of getting, showing or taking ("X的给我别列了",
# "推荐里不要出现X", "X这次不想再买了", "X看都不想看", "X就别来了"), or a verb that shuts out on its own ("X给我划掉",
# "X先排除掉", "X退散", "X家劝退", "拉黑X", "X直接pass"). New wordings keep coming, so one table of verbs serves every
# place in the clause instead of one pattern per wording.
_ZH_NEGATION = r"(?:不|别|勿|莫|甭|唔|没(?=(?:兴趣|考虑|打算|想法)))"
_ZH_CLAUSE_MODALS = (r"(?:再|想|要|会|打算|愿意?|准备|需要|必|敢|能|可以|用|太|怎么|大|给(?:我|咱|俺)们?|帮我|替我|让我|跟我|为我"
                     r"|向我|往|去|在|来|乱|随便|老|总|一直|还|就|也|都|然)")
_ZH_CLAUSE_VERBS = (r"(?:要|买|用|考虑|选|挑|看|瞧|见|推|荐|列|来|出现|碰|喜欢|爱|感冒|需要|入|整|搞|弄|接受|提|带|放|算|信|展示|显示"
                    r"|拿|收|包括|含|试|玩|理|睬|给|找|安排|提供|塞|上架|兴趣|想法|打算|留)")
_ZH_SHUTS_OUT = (r"(?:排除|划掉|划去|划走|划了|删掉|删去|删了|删除|拿掉|去掉|踢掉|踢出|剔除|筛掉|滤掉|过滤|屏蔽|拉黑|跳过|略过|避开"
                 r"|绕开|绕道|退散|劝退|淘汰|出局|靠边|免谈|免了|算了|pass|拜拜|避雷|不予考虑|不想再)")
_CLAUSE_REFUSAL_WORD = re.compile(rf"(?<![得要]){_ZH_NEGATION}{_ZH_CLAUSE_MODALS}{{0,3}}{_ZH_CLAUSE_VERBS}"
                                  rf"|(?<![不别没甭勿莫])(?<!不用|不要|不必|无需|别再|不再|不会|不能|不可){_ZH_SHUTS_OUT}")
"""One refusal word of a Chinese clause: a negation, its modals and a verb, or a verb of shutting out not itself denied
("不排除华为", "别划掉小米" refuse nothing); not a degree ("拍照好得不要不要的": extremely good) nor a question ("华为要不要")."""
_REFUSAL_TAIL = re.compile(rf"(?:{_ZH_CLAUSE_VERBS}|{_ZH_CLAUSE_MODALS}|出现|掉|出去|出来|走|开|我|的说|的|了|吧|啊|哈|呀|啦|喇|哦|喔|噢|嘛"
                           r"|谢谢|多谢|\s)*")
"""What may follow a refusal word said after its brand up to the clause's end: more of the verb ("别塞给我了", "踢出去吧",
"不要出现"), particles, a thanks. Anything else is what the refusal is said of ("三星不用给我打折", "三星不要苹果")."""
_CLAUSE_NOT_A_REFUSAL = re.compile(r"以外|之外|(?<![排剔删清])除|只|仅|(?<![a-z])only(?![a-z])|淨係|净係|净系|淨系|净是|淨是|光是|单单|單單|不光|不单|不是不|不一定|不见得|未必|不介意|无所谓|不在乎|不管|不论|其他|其它|别的"
                                   r"|别家|其余|剩下|都行|都可以|也行|也可以|就行|就好|就得|都得|可以|不错|吗|么[?？]|非(?!常)")
"""What turns a clause's refusal away from its brand or round into a wish: an exception that makes the brand the only
one ("X以外的牌子不考虑", "除了X都不要", "只要X，别的不要", "非X不要", "没有5G的不要 only folding ones") or not the only one ("唔好淨係睇索尼": not Sony
alone, "别光看华为"), a double negation ("X也不是不行"), a doubt ("不一定要X"), the
rest of the brands refused ("不考虑其他"), the brand said to do ("X也行，别太贵") or a question ("X的不要吗")."""
_ATTACHED_ELSEWHERE = re.compile(rf"\s*(?:太|过于|那么|这么|超|低于|高于|少于|多于|大于|小于|比|于|到|出|过|得|着|、|{_ZH_SHUTS_OUT})")
"""After a refusal word, what it is said of when not the brand: a complaint or a comparison ("华为的不要太贵", "别超过",
"不用比它贵"), an experience ("没用过", "不用过"), a verb's complement ("看不出", "用得着"), a shutting out denied
("不用跳过OPPO": the brand is kept), or a pause that closes it on what came before ("超了不要、平板哈")."""
_WISH_BETWEEN = re.compile(r"(?<![联不别没甭勿])(?:要|想|行|喜欢|挺好|换)")
"""A wish between the brand and a refusal word, which leaves the refusal to what follows the wish ("华为要小米别来")."""
# a slash spaced from its neighbours joins two asks ("踢掉三星 / 要骁龙"); unspaced it lists names ("三星/华为不要")
_ZH_CLAUSE_END = re.compile(r"[.;?。；！？\n,，:：~～]|!(?!=)|但是|但|不过|可是|\s+/|/\s+")
_BARE_REFUSAL_CLAUSE = re.compile(rf"""
    \s*(?:这次|这回|这一次|所以|因此|以后|今后|就|还是|坚决|真(?!我)的?|实在|千万|可|都|也|我|反正|肯定|绝对|直接|先|暂时?)*\s*
    (?:{_CLAUSE_REFUSAL_WORD.pattern})(?:{_REFUSAL_TAIL.pattern})
    """, re.VERBOSE)
"""A clause that is only a refusal, said of the brand in the clause before it: "(X的售后太烂，)别推", "(X之前用过一台，)这次
不想再买了". 真我 opening it is Realme, the brand refused there, not "really, I" ("平板就得，真我不要")."""


def refused_in_clause(scan: Scan, start: int, end: int, others: Iterable[int] = ()) -> tuple[int, int] | None:
    """The span of the refusal word said of the Chinese brand mention at [start, end) anywhere in its clause, or in a clause of
    its own right after it ("X的售后太烂，别推"); None when the clause holds none, when another read constraint stands
    between the two (the refusal is that constraint's: "华为超过200克的不要"), when the refusal is said of a
    complaint or comparison ("华为的不要太贵"), or when the clause makes the brand the only wish or keeps it
    ("X以外的不考虑", "X也不是不行", "不一定要X"), or when another brand mention (`others`: where each starts) follows the
    refusal word in the clause, whose object it is ("三星不要苹果"). For what the negation words before and after a mention miss:
    "推荐里不要出现X", "X的给我划掉", "X看都不想看", "X退散"."""
    text, low = scan.plain, scan.low
    begin = max((m.end() for m in _ZH_CLAUSE_END.finditer(text, 0, start)), default=0)
    close = _ZH_CLAUSE_END.search(text, end)
    stop = close.start() if close is not None else len(text)
    clause = text[begin:stop]
    if not any("\u4e00" <= c <= "\u9fff" for c in clause) or _CLAUSE_NOT_A_REFUSAL.search(clause):
        return None
    for m in _CLAUSE_REFUSAL_WORD.finditer(text, begin, stop):
        if m.start() >= end:
            gap = low[end:m.start()]
        elif m.end() <= start:
            gap = low[m.end():start]
        else:
            continue
        # a refusal word read already is another mention's ("小米就算了换个荣耀的"); a constraint read between the two, or
        # after the refusal, is what the refusal is said of
        if MASK in gap or MASK in low[m.start():stop] or _ATTACHED_ELSEWHERE.match(text, m.end()) is not None \
                or _WISH_BETWEEN.search(gap) or (m.start() >= end and (any(m.end() <= other < stop for other in others)
                                          or _REFUSAL_TAIL.fullmatch(text, m.end(), stop) is None)):
            continue
        return m.span()
    if close is None or close.group(0) not in ",，" or MASK in low[end:stop]:
        return None
    after = _ZH_CLAUSE_END.search(text, close.end())
    following = text[close.end():after.start() if after is not None else len(text)]
    bare = _BARE_REFUSAL_CLAUSE.fullmatch(following)
    if bare is None or _CLAUSE_NOT_A_REFUSAL.search(following) or MASK in low[close.end():close.end() + len(following)]:
        return None
    return close.end() + bare.start(), close.end() + bare.end()
