"""Conversation moves: starting over, clearing one filter ("ignore the budget", "品牌不限").

Clears become SlotUpdate(slot, "clear"); "any brand" clears wanted and excluded brands, "any size"
also drops the size intents (compact, big_screen).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from advisor.understanding.bounds import HI_BEFORE, LO_BEFORE
from advisor.understanding.features import WANTS
from advisor.understanding.negation import postposed
from advisor.understanding.numbers import MULT, NUM, parse_number, scale, small_number
from advisor.understanding.request import Relative, SlotUpdate
from advisor.understanding.scan import KIN_EN, KIN_EN_WORD, KIN_ZH, Scan, latin_alt
from advisor.understanding.smalltalk import (
    CLAUSE_BREAK,
    DEVICE_WORD,
    EXAMPLE_OPENER,
    MOVE_CLOSER,
    MOVE_OPENER,
    OWNED_PHONE,
    is_help_question,
    is_social,
    thanks_or_bye,
)
from advisor.understanding.superlatives import ZH_NOUNS

_SIZE_INTENTS = frozenset({"compact", "big_screen"})
_SLOTS: dict[str, tuple[list[str], tuple[SlotUpdate, ...]]] = {
    "budget": ([r"budget", r"prices?", r"price\s+range", r"cost", r"money", "预算", "价格", "价位", "价钱"],
               (SlotUpdate("budget", "clear"), SlotUpdate("intents", "remove", frozenset({"budget"})))),
    # "make" before what it makes is the verb: "no make that 1500", "no, make it samsung"
    "brands": ([r"brands?", r"makes?(?!\s+(?:it|that|this|them|me|sure|one)(?![a-z]))", r"manufacturers?", "品牌", "牌子"],
               (SlotUpdate("brands", "clear"), SlotUpdate("exclude_brands", "clear"))),
    "screen": ([r"sizes?", r"screen(?:\s+size)?", r"display(?:\s+size)?", "尺寸", "大小", "屏幕大小", "屏幕尺寸", "屏幕"],
               (SlotUpdate("spec:screen_in", "clear"), SlotUpdate("intents", "remove", _SIZE_INTENTS))),
    "weight": ([r"weight", "重量"], (SlotUpdate("spec:weight_g", "clear"),)),
    "ram": ([r"ram", r"memory", "运存", "内存"], (SlotUpdate("spec:ram_gb", "clear"),)),
    # the storage by every name the superlatives know it by (储存 is how OpenCC writes Taiwan's 儲存), and 容量 alone
    # (capacity): a phone's capacity is its storage, the battery's is said with its own word (电池容量)
    "storage": ([r"storage", *ZH_NOUNS["storage_gb"].split("|"), "储存空间", "容量"], (SlotUpdate("spec:storage_gb", "clear"),)),
    "battery": ([r"battery(?:\s+(?:size|capacity|life))?", "电池", "电池容量", "续航"],
                (SlotUpdate("spec:battery_mah", "clear"), SlotUpdate("intents", "remove", frozenset({"battery"})))),
    "selfie": ([r"selfie(?:\s+camera)?", r"front\s+camera", "前置", "自拍"],
               (SlotUpdate("spec:front_camera_mp", "clear"), SlotUpdate("intents", "remove", frozenset({"selfie"})))),
    # the camera as a whole: its bounds and the photography taste that asked for it ("forget the camera thing")
    "camera": ([r"cameras?(?:\s+thing)?", r"megapixels?", r"photo(?:graphy|s)?", "相机", "摄像头", "像素", "拍照"],
               (SlotUpdate("spec:main_camera_mp", "clear"), SlotUpdate("spec:front_camera_mp", "clear"),
                SlotUpdate("spec:rear_cameras", "clear"), SlotUpdate("intents", "remove", frozenset({"photography", "selfie"})))),
    # the count of the back's cameras, by the setup's name ("三摄不强求了", "双摄就行无所谓", "后置四摄算了"): only that bound goes
    # and in English by their count or the lenses ("forget the number of lenses", "the triple camera thing doesn't matter")
    "rear_cameras": (["(?:后置|后摄)?[单双三四五多]摄", "(?:后置)?(?:摄像头|镜头)(?:的)?(?:数量|个数)",
                      r"(?:number|count)\s+of\s+(?:rear\s+|back\s+)?(?:lenses|cameras)", r"(?:rear\s+|back\s+)?lens(?:es)?(?:\s+count)?",
                      r"(?:rear\s+|back\s+)?camera\s+count", r"(?:dual|triple|quad)[\s-]?(?:cameras?|cams?|lens(?:es)?)(?:\s+setup)?"],
                     (SlotUpdate("spec:rear_cameras", "clear"),)),
    "gaming": ([r"gaming(?:\s+thing)?", r"games?", "游戏", "打游戏"], (SlotUpdate("intents", "remove", frozenset({"gaming"})),)),
    "year": ([r"(?:release\s+|launch\s+)?year", r"age", "年份"], (SlotUpdate("spec:year", "clear"),)),
    # the chip by name and the chip by rank ("骁龙8 Gen 3等级" and up is a chip_score floor): both go with it
    "chipset": ([r"chip(?:set)?s?", r"processors?", r"cpu", r"soc", "芯片", "处理器"],
                (SlotUpdate("chipset", "clear"), SlotUpdate("spec:chip_score", "clear"))),
    # a brand's lines, wished for or refused ("系列不限了，三星的都给我看看", "the series doesn't matter")
    "series": ([r"series", "系列"], (SlotUpdate("series", "clear"), SlotUpdate("exclude_series", "clear"))),
    "platform": ([r"os", r"platform", r"operating\s+system", "系统"], (SlotUpdate("platform", "clear"),)),
    "devices": ([r"device(?:\s+type)?", r"form\s+factor", "设备类型", "机型类型"], (SlotUpdate("devices", "clear"),)),
    "sort": ([r"sort(?:ing)?", r"order(?:ing)?", "排序"], (SlotUpdate("sort", "clear"),)),
    "5g": ([r"5\s*g(?:\s+(?:support|network|connectivity|thing))?"], (SlotUpdate("needs_5g", "set", False),)),  # as "no need for 5G" reads
}
_OTHER_BRANDS = (r"(?:other|different)\s+(?:brands?|makes?|manufacturers?)|(?:其他|别的|其它)(?:的)?(?:牌子|品牌)"
                 # Hindi and Urdu: "dusre brands", "baaki companies", and the brands besides the one named: "Infinix ke
                 # ilawa" (said fine too by the form that reads it, "Infinix ke ilawa bhi chalega")
                 r"|(?:dusr[eai]|doosr[eai]|baa?ki)\s+(?:brands?|compan(?:y|ies|iyan))"
                 r"|[a-z][a-z0-9]*\s+k[ei]\s+(?:ilawa|ilaawa|alawa|alaawa|elawa|siwa|siwaye|siwa)")
_POLES = {r"heav(?:y|ier)": "weight", r"pric(?:ey|ier)": "budget", r"(?:more\s+)?expensive": "budget",
          r"(?:big|bigger|large|larger)(?:\s+screens?)?": "screen", r"(?:small|smaller)(?:\s+screens?)?": "screen",
          r"old(?:er)?(?:\s+models?)?": "year", _OTHER_BRANDS: "brands",
          r"(?:less|lower|smaller)\s+(?:ram|memory)": "ram", r"(?:less|smaller|lower)\s+storage": "storage",
          r"(?:smaller|weaker|less)\s+batter(?:y|ies)": "battery", r"(?:fewer|lower|less)\s+(?:megapixels|mp)": "camera",
          r"fewer\s+(?:rear\s+|back\s+)?(?:cameras|lenses)": "camera"}
"""Adjectives for the side of an aspect that a bound keeps out; allowing one lets that aspect go."""
_WORD = {key: re.compile(latin_alt(words)) for key, (words, _) in _SLOTS.items()}
_ANY_WORD = latin_alt([w for words, _ in _SLOTS.values() for w in words])
_ANY_WORD_RE = re.compile(_ANY_WORD)
_ASPECT_ALONE = re.compile(rf"(?:(?:the|my|our|that|this)\s+)?(?:{_ANY_WORD})")  # "the ram", "my memory", "price"
# several aspects let go at once: "forget the 5g and the budget", "drop brand, budget and ram", "5G和内存都无所谓"
_ANY_LIST = (rf"(?:{_ANY_WORD})(?:\s*(?:,|，|、|/|&|(?<![a-z])(?:and|or)(?![a-z])|和|跟|与|以及|及|或者?|还有)\s*"
             rf"(?:the\s+|my\s+|any\s+)?(?:{_ANY_WORD}))*")
# "pay it no mind", before or after the aspect: "不用理重量了", "预算唔使理" (Cantonese 唔使, normalized to 不用), "别理价格";
# not 理 of 理想 (ideal), 理由 (reason), 理解 (understand): "预算不理想" lets nothing go
_PAY_NO_MIND = r"(?:不用|不必|不要|别|不需要)(?:再)?(?:理|理会)(?!想|由|解|性)"
# "forget it", before or after the aspect: "忘掉存储的要求", "预算忘掉吧"; not when told not to forget ("别忘记预算")
_FORGET = r"(?<![别要能])忘(?:掉|记掉?)(?!说|讲|提)"
# the Chinese verbs that remove a limit said before them ("预算去掉", "重量那个限制撤了吧"); a figure or an amount after
# the verb moves the limit, not drops it ("预算放开到5000")
_REMOVED_ZH = (rf"(?:去掉|去了|删掉|删了|删除|拿掉|取消|清掉|清除|移除|撤掉|撤了|撤销|撤回|撤|放开|不要了|{_FORGET}|忘了(?!说|讲|提))"
               r"(?!\s*(?:到|至|一点|一些|点|些|[0-9一二两三四五六七八九十]))")
# "the money side (of things)": the aspect as a side of the search
_LIMIT_NOUN = (r"\s+(?:filters?|limits?|requirements?|specs?|specifications?|constraints?|conditions?|restrictions?|preferences?|caps?|thing|business|stuff|part|side(?:\s+of\s+(?:it|things))?|"
               r"criteri(?:on|a)|rules?)")
_LIMIT = rf"(?:{_LIMIT_NOUN})?"
# What lets an aspect go, before it ("skip the weight", "I'm flexible on price") or after it ("weight no longer
# matters", "price is negotiable"): the release, not the exact phrase, is what the forms share.
_VERB_WORDS = [r"no\s+(?:limits?|restrictions?|requirements?|preferences?|caps?)\s+(?:on|for)", r"ignore", r"forget(?:\s+about)?", r"remove", r"drop", r"clear", r"delete", r"reset", r"lose",
               r"never\s+mind(?:\s+about)?", r"nvm(?:\s+about)?", r"get\s+rid\s+of", r"scrap", r"scratch", r"lift", r"no\s+more", r"skip", r"ditch",
               r"screw", r"toss", r"waive", r"no\s+need\s+for", r"don.?t\s+(?:worry|bother)\s+about",
               r"(?:i\s+)?(?:don.?t|no\s+longer)\s+care\s+(?:about|for)", r"stop\s+(?:caring\s+about|filtering\s+(?:by|on))",
               r"(?:i.?m\s+)?not\s+(?:bothered|fussed|worried|picky)\s+(?:about|with|on)",
               r"(?:i.?m\s+)?(?:flexible|easy|open)\s+(?:on|about|with)", r"no\s+(?:particular\s+)?preference\s+(?:on|for|about)",
               r"unlimited", r"take\s+(?:off|out)"]
_VERBS = latin_alt(_VERB_WORDS)
_CHIP_FAMILY = re.compile(r"snapdragon|exynos|dimensity|helio|tensor|kirin|bionic|unisoc|mediatek|mtk|qualcomm")
# a chip family as the aspect let go: "the snapdragon", "the dimensity chip"
_CHIP_FAMILY_NAMED = rf"(?:{_CHIP_FAMILY.pattern})(?:\s+(?:chip(?:set)?s?|processors?|cpu|soc))?"
# the verbs that let a chip family go: those of _VERBS but the ones a refusal reads before a name ("skip snapdragon",
# "ditch exynos", "get rid of mediatek", "no more dimensity" keep the family out) and those that set no limit free on it
_CHIP_LET_GO = latin_alt([w for w in _VERB_WORDS if w not in (
    r"skip", r"ditch", r"lose", r"screw", r"toss", r"get\s+rid\s+of", r"no\s+more", r"lift", r"waive", r"reset", r"unlimited",
    r"take\s+(?:off|out)",
    r"no\s+(?:limits?|restrictions?|requirements?|preferences?|caps?)\s+(?:on|for)")])
# written for re.VERBOSE: pasted into the third of _CLEAR_FORMS only
_RELEASED = r"""
    (?:(?:does|do|will|would)\s*(?:n.?t|\s+not)|no\s+longer)\s+(?:really\s+)?(?:matters?|count)     # "doesn't matter"
    |(?:is|are|['’]s)?\s*(?:not|no\s+longer|n.?t)\s+(?:really\s+|so\s+|that\s+|all\s+that\s+|too\s+|very\s+)?(?:such\s+)?
     (?:(?:an?\s+|the\s+|my\s+)?(?:big\s+|huge\s+)?|(?:big|huge)\s+an?\s+)  # "not a big deal", "not that big a deal"
     (?:important|relevant|issue|concern|problem|priority|factor|requirement|deal|must|dealbreaker)  # "is not a big deal"
    |(?:is|are|['’]s)\s+(?:irrelevant|unimportant|optional|flexible|open|negotiable|up\s+to\s+you
                 |no\s+(?:object|issue|problem))                                                  # "is negotiable"
    |(?:can|could)\s+be\s+(?:anything|whatever|any)                                               # "can be anything"
    """
# Hindi and Urdu, romanized: the aspect's "condition" (a "wali" or a "ki" between) and the verb that removes it, last:
# "RAM wali condition hata do", "battery ka filter hatao", "budget ki shart chhod do", "5G wali baat rehne do"
_HI_CONDITION = (r"(?:\s*(?:wal[aie]|walay|k[aie]))?(?:\s+(?:koi\s+)?(?:condition|shart|filter|limit|restriction|requirement"
                 r"|pabandi|baat|tension|fikr|fikar))?")
_HI_REMOVE = (r"(?:hata|hatta|nikal|chhod|chod|hatwa)\s*(?:do|dijiye|dijie|dein|den|de)|hatao|hatado|nikalo|chhodo|chodo|rehne\s+do"
              r"|(?:remove|cancel|delete|clear)\s+(?:karo|kar\s+do|kardo|kijiye|karein|karen)")
_HI_NO_LIMIT = r"(?:pabandi|shart|condition|restriction|limit|tension|fikr|fikar|masla|problem|issue)\s+(?:nahi+n?|nahee|nai|nhi)"
_CLEAR_FORMS = [
    # "RAM wali condition hata do"; "brand ki koi pabandi nahi" (no restriction on it); "brand koi bhi chalega" (any will do);
    # "brand se farq nahi padta" (it makes no difference)
    re.compile(rf"(?<![a-z])(?P<slot>{_ANY_LIST}){_HI_CONDITION}\s+(?:{_HI_REMOVE})(?![a-z])"),
    re.compile(rf"(?<![a-z])(?P<slot>{_ANY_LIST})(?:\s*k[aie])?\s+(?:koi\s+|kuch\s+)?(?:{_HI_NO_LIMIT})(?![a-z])"),
    re.compile(rf"(?<![a-z])(?P<slot>{_ANY_LIST})\s+(?:koi\s+bhi|kuch\s+bhi|jo\s+bhi|kaisa\s+bhi|kaisi\s+bhi)"
               r"(?:\s+(?:ho|hon))?\s+(?:chalega|chalegi|chalenge|theek|thik|ok|sahi)(?![a-z])"),
    re.compile(rf"(?<![a-z])(?P<slot>{_ANY_LIST})\s+(?:se|say)\s+(?:koi\s+)?(?:farq|fark|farak)\s+(?:nahi+n?|nai|nhi)"
               r"(?:\s+(?:padta|parta|padega|parega))?(?![a-z])"),
    # other brands allowed: "dusre brands bhi chalenge", "baaki companies bhi theek hain"
    re.compile(rf"(?P<slot>{_OTHER_BRANDS})\s+(?:bhi|bi)\s+(?:chalega|chalegi|chalenge|theek|thik|ok|sahi)(?![a-z])"),
    # ("no more storage than 128GB" is a ceiling of the storage, not the storage let go)
    re.compile(rf"(?:{_VERBS})\s+(?:the\s+|my\s+|any\s+|all\s+|that\s+|whatever\s+|an?\s+)?(?P<slot>{_ANY_LIST}){_LIMIT}(?!\s+than(?![a-z]))"),
    # the verb split around what it takes: "take the 5g off", "take that ram requirement out"
    re.compile(rf"(?<![a-z])take\s+(?:the\s+|my\s+|that\s+|this\s+)?(?P<slot>{_ANY_LIST}){_LIMIT}\s+(?:off|out)(?![a-z])"),
    re.compile(rf"""
        (?<![a-z])(?:any|all|every|no|without\s+(?:a|any))\s+(?P<slot>{_ANY_WORD})  # "any budget", "no weight"
        (?:\s+(?:limits?|is\s+fine|works|is\s+ok(?:ay)?|requirements?|preferences?|restrictions?|caps?))?  # "limit", "is fine"
        (?!\s*(?:of|at|is\s+\$|\d|{LO_BEFORE}|{HI_BEFORE}))  # but no new bound: "any budget under $500", "no chips slower than"
        (?!\s+(?:phones?|models?|devices?|ones?|options?|handsets?|tablets?)(?![a-z]))  # nor a kind: "any 5G phone"
        (?!\s+(?:after|before|since|prior|earlier|later)(?![a-z]))  # nor a side of it: "2021 or any year after"
        (?!\s*[?？])  # nor a question for it: "any 5G?" asks for 5G phones
        """, re.VERBOSE),
    # "the weight doesn't matter", and with "is" glued to the aspect: "budget's no longer an issue", "price's not a concern"
    re.compile(rf"(?P<slot>{_ANY_LIST}){_LIMIT}(?:\s+|(?=['’]s\s))(?:{_RELEASED})", re.VERBOSE),
    # the aspect, then a word of indifference: "storage whatever", "ram: any", "budget - none", "5g who cares"
    re.compile(rf"""(?<![a-z])(?P<slot>{_ANY_LIST}){_LIMIT}\s*[:：\-–]?\s*
        # "any" is no indifference when it opens a question for advice: "5G connectivity - any ideas?"
        # ("5G na must o" is Nigerian "5G is a must": "na" there is no "n/a")
        # ... nor when an exception follows it, which refuses what it names: "display - anything but Tensor"
        (?:whatever|any(?:thing)?(?!\s+(?:ideas?|suggestions?|thoughts?|recommendations?|advice|tips|help|pointers|clue
                                        |but|bar|except|excluding|other\s+than|apart\s+from|besides)(?![a-z]))
           |none|no\s+(?:limit|preference|requirement)|who\s+cares|idc|n/?a(?!\s+must)|optional|(?:i\s+)?don.?t\s+care
           |not\s+(?:needed|required|necessary|important))(?![a-z])
        (?!\s*(?:under|over|below|above|less|more|up|at|is\s+\$|\d|[$¥₹€£]))""", re.VERBOSE),
    # the aspect named first, then dropped as "it" ("the ram, drop it", "budget - forget it", "ram: lose it"): the release
    # of the aspect said before; a figure after it moves the aspect instead ("the budget, drop it to 400")
    re.compile(rf"""(?<![a-z])(?P<slot>{_ANY_LIST}){_LIMIT}\s*[,，:：\-–—]\s*(?:just\s+)?(?:{_VERBS})\s+(?:it|that|them)(?![a-z'])
        (?!\s*(?:to|down|up|by|under|below|over|above|at|a\s+bit|\d|[$¥₹€£]))""", re.VERBOSE),
    # other brands allowed: "open to other brands", "other brands are ok too" (the pole form), "其他牌子也可以"
    re.compile(rf"(?:open\s+to|fine\s+with|ok(?:ay)?\s+with|happy\s+with|consider(?:ing)?)\s+(?:any\s+|some\s+)?(?P<slot>{_OTHER_BRANDS})"),
    re.compile(rf"(?P<slot>{_OTHER_BRANDS})\s*(?:也|都)\s*(?:可以|行|ok|没问题|能接受|可以考虑|考虑|看看)"),
    re.compile(rf"(?:whatever|regardless\s+of(?:\s+the)?|any\s+kind\s+of)\s+(?P<slot>{_ANY_WORD})"),
    # no longer required: "doesn't need to be 5G", "it's ok if it's not 5G", "without the 5G filter"
    re.compile(rf"(?:does|do|need)\s*(?:n.?t|\s+not)\s+(?:have|need)\s+to\s+(?:be|have)\s+(?:an?\s+)?(?P<slot>{_ANY_LIST})"),
    re.compile(rf"(?:ok(?:ay)?|fine|alright)\s+if\s+(?:it'?s\s+|it\s+is\s+|they'?re\s+|they\s+are\s+)?(?:not|no)\s+(?P<slot>{_ANY_LIST})"),
    re.compile(rf"without\s+(?:the\s+|any\s+)?(?P<slot>{_ANY_LIST})\s+(?:filters?|limits?|requirements?|restrictions?|constraints?)"),
    # the other side allowed after the aspect: "the screen can be smaller", "battery could be a bit smaller"
    re.compile(rf"(?P<slot>{_ANY_LIST})\s+(?:can|could|may|might)\s+(?:also\s+)?be\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+)?"
               r"(?:smaller|bigger|larger|less|heavier|older|weaker|lower)(?![^.;!?。；！？]*\d)"),
    # the pole a bound keeps out, accepted before it ("I'll live with smaller", "I don't mind heavier", "fine with an
    # older one"): that bound goes, as "smaller is fine" lets it go (not with a new limit: "ok with smaller, 6.1 max")
    re.compile(rf"(?<![a-z])(?:(?:i'?ll|i\s+will|i\s+can|i\s+could|can|could)\s+live\s+with|(?:i'?m\s+|i\s+am\s+)?(?:fine|ok(?:ay)?|happy)\s+with"
               rf"|(?:i\s+)?don.?t\s+mind|(?:i'?ll|i\s+will|i'?d|i\s+would)\s+(?:accept|settle\s+for))\s+(?:an?\s+)?"
               rf"(?:(?:a\s+)?(?:bit|little|slightly)\s+)?(?P<slot>{latin_alt(list(_POLES))})(?![^.;!?。；！？]*\d)"),
    # the pole a bound keeps out, allowed ("heavy is fine", "pricier is ok"): that bound goes
    # (unless the message gives the new limit: "less storage is fine, 256 will do" is a bound, not a release)
    # (nor the side of a figure just said: "210 grams or heavier is fine" is a floor)
    re.compile(rf"(?<!or\s)(?P<slot>{latin_alt(list(_POLES))})\s+(?:is|are|would\s+be|will\s+be)\s+(?:\w+\s+)?(?:fine|ok(?:ay)?|alright|"
               r"acceptable|no\s+problem)(?![^.;!?。；！？]*\d)"),
    re.compile(rf"""
        (?<![\d.])(?<!\dg)(?<!\dgb)(?<!\dt)                                        # not "8G或12G运存都行": sizes offered
        # "预算就", "重量也", "预算先", "预算暂时就": the adverbs before the release come in any number
        # "多大 我" ("however big, I ..."): the words before the release may be spaced apart in a mixed message
        (?P<slot>{_ANY_LIST})(?:\s*(?:就|也|都|我|先|暂时|暂且|现在|其实|反正|多(?:少|大|重|高|长)))*\s*
        # the release in either language: "ram 多大 我 don't care 了", "内存 whatever 了"
        (?:(?:i\s+)?don.?t\s+care(?![a-z])|idc(?![a-z])|whatever(?![a-z])|who\s+cares
           |不限|无所谓|随意|随便|都行|都可以|不重要|没要求|没有要求|不是问题|没关系        # "不限", "无所谓"
           # "算了" with a Cantonese particle ("重量算啦"), 不计 (唔計: "not counted")
           |不用管|不要管|不(?:用|必|需要)(?:再)?限(?:制|定)|不管|别管|{_PAY_NO_MIND}|不用考虑|不考虑|不在乎|不挑剔?|不care|算(?:了|啦|喇|咯|罢了?)(?!\s*一?下)|不计(?:较)?了?|不要求了|不(?:再)?强求了?|随便了|不用了|不需要了|不必了|可有可无
           |不用(?=\s*[了啦吧呢啊。！!，,]|\s*$)|都得(?=\s*[了啦吧呢啊㗎。！!，,]|\s*$)|不需要(?=\s*[了啦吧呢啊。！!，,]|\s*$)
           |(?:要不要|有没有|有没)都(?:行|可以|无所谓|ok)
           |不设(?:限|上限|限制)|不(?:做|作|加)限制                                  # "不设上限"
           # Taiwan's 没差 (makes no difference: "晶片其實沒差"), not a gap measured ("没差多少", "没差很多")
           |(?:都|也)?没差(?:别)?(?!\s*(?:多少|很多|太多|几|一点|点|[\d一二两三四五六七八九十百千]))
           )
        """, re.VERBOSE),
    # "不挑品牌了", "别管屏幕了": the verb that lets go, then the aspect
    re.compile(rf"(?:不限|(?:不|别|不用|不要)(?:管|在乎|考虑)|{_PAY_NO_MIND}|不挑剔?|(?:不|没有?)(?:再)?(?:要求|强求)|{_FORGET}|去掉|取消|清除|忽略|不设|删掉|删除|拿掉|移除)(?:制|置)?\s*"
               rf"(?P<slot>{_ANY_LIST})"),
    # the aspect, then the verb that removes it ("预算去掉", "把预算的条件删了", "重量限制取消", "预算放开")
    # (pointed at as "那个": "重量那个限制撤了吧", "预算这个条件取消")
    re.compile(rf"(?P<slot>{_ANY_LIST})\s*(?:的)?\s*(?:那个|这个|那条|这条)?\s*(?:条件|限制|要求|上限|下限)?\s*(?:就|也|都|先)?\s*"
               rf"{_REMOVED_ZH}"),
    # any amount of it is fine: "预算多少都行", "屏幕多大都可以", "多重都无所谓"
    re.compile(rf"(?P<slot>{_ANY_LIST})\s*(?:就|也)?\s*多(?:少|大|重|高|长)\s*都\s*(?:行|可以|无所谓|没关系|ok)"),
    # the other side of a spec allowed: "内存小一点也行", "屏幕大点也没关系", "重一点无所谓" (a budget moves, not goes)
    re.compile(r"(?P<slot>运存|内存|存储|电池|屏幕|重量|像素|摄像头)\s*(?:小|少|低|大|重|轻|短)\s*(?:一)?\s*(?:点|些)?(?:的)?\s*"
               r"(?:也行|也可以|也没关系|没关系|无所谓|都行|也ok|也能接受|也无妨)(?![^.;!?。；！？]*\d)"),
    re.compile(rf"(?:不要|不用|没有|别管|别)\s*(?P<slot>{_ANY_WORD})\s*(?:的)?(?:限制|要求|上限|下限)"),
    re.compile(rf"(?:不要|不用|不必|别)(?:再)?(?:限制|限定)(?P<slot>{_ANY_WORD})"),  # "不要限制预算了"
    re.compile(rf"(?P<slot>{_ANY_WORD})\s*(?:没有|不|不用|不要)(?:限制|要求)"),
    # the chip let go by its family's name: "forget the Snapdragon business", "never mind the exynos", "no need for a
    # dimensity chip" (not the verbs a refusal reads, "skip snapdragon", "ditch exynos": those keep the family out)
    re.compile(rf"(?:{_CHIP_LET_GO})\s+(?:the\s+|my\s+|that\s+|this\s+|an?\s+)?(?P<slot>{_CHIP_FAMILY_NAMED}){_LIMIT}"
               r"(?!\s+than(?![a-z]))"),
    # ... and by any verb that lets go when the family is named as a filter: "get rid of the snapdragon filter", "ditch the
    # exynos requirement" (the filter is what goes; "get rid of snapdragon" alone refuses the family)
    re.compile(rf"(?:{_VERBS})\s+(?:the\s+|my\s+|that\s+|this\s+)?(?P<slot>{_CHIP_FAMILY_NAMED}){_LIMIT_NOUN}(?![a-z])"),
    # "leave" as Indian and Pakistani English let a wish go: "leave the 5G condition, not needed", "leave the budget";
    # not a filter kept as it is ("leave the budget as it is", "leave the weight alone", "leave the ram at 8gb")
    re.compile(rf"(?<![a-z])leave\s+(?:out\s+)?(?:the\s+|my\s+|that\s+)?(?P<slot>{_ANY_LIST}){_LIMIT}"
               r"(?!\s*(?:as|alone|at|on|in|there|unchanged|same|be|to|with|like|untouched|\d|[$¥₹€£])(?![a-z]))"),
]
# The aspect let go by the figure it was given, with that figure's unit: "forget the 190g thing", "drop that 5000mah
# requirement", "ignore my 6.5 inch limit". The unit names the aspect; a pointed-at figure (an article before it)
# is the old bound, not a new one ("no more than 190g" is a cap), and the figures of phones ("the 6.1 inch ones") are
# phones, not a bound. GB says RAM up to 24 and storage above, as a figure with GB alone is read ("drop the 12gb
# thing", "forget the 256gb part"). (A plain alternation: the unit is glued to its figure, which latin_alt's word
# boundary would refuse.)
_FILTER_WORD_ZH = "(?:条件|限制|要求|上限|下限)"
_FIGURE_UNITS = {"weight": r"g|grams?|克", "battery": r"mah|毫安时?", "screen": r"inch(?:es)?|in|[\"”″]|英?寸",
                 "camera": r"mp|megapixels?", "memory": r"gb|g?b"}
_FIGURE_UNIT = rf"(?P<figure>\d+(?:\.\d+)?)\s*(?P<unit>{'|'.join(_FIGURE_UNITS.values())})"
_CLEARS_BY_FIGURE = (
    re.compile(rf"(?:{_VERBS})\s+(?:about\s+)?(?:the|my|that|this|those|these)\s+{_FIGURE_UNIT}"
               rf"(?![a-z]){_LIMIT}(?!\s*(?:phones?|ones?|models?|devices?|handsets?|options?)(?![a-z]))"),
    # the same in Chinese, the figure first and the limit pointed at or named before the verb: "200克那个限制去掉吧",
    # "5000毫安的要求不要了", "6.5寸那个删了" (a bare "200克的去掉" may drop phones of that weight: not read)
    re.compile(rf"(?<![\d.]){_FIGURE_UNIT}\s*(?:的)?\s*(?:(?:那个|这个|那条|这条)\s*{_FILTER_WORD_ZH}?|{_FILTER_WORD_ZH})"
               rf"\s*(?:就|也|都|先)?\s*{_REMOVED_ZH}"),
)
_FIGURE_UNIT_RES = {key: re.compile(unit) for key, unit in _FIGURE_UNITS.items()}
# an old year said to be acceptable ("older than 2020 is fine", "a 2019 phone is ok too", "even a 2018 model is fine"):
# the age is let go, as "older is fine" lets it go; a newer side said fine ("2022 or newer is fine") stays a floor, and
# a bare year said fine ("a 2023 phone is fine") is no release unless "too", "even" or "older" says it widens
_OLD_YEAR_ALLOWED = re.compile(r"""
    (?<![a-z])(?<!no\s)(?<!not\s)(?<!nothing\s)(?<!never\s)                                              # not "nothing older than …"
    (?: (?P<older>(?:an?\s+)?older\s+(?:phones?|models?|ones?|devices?)\s+(?:from|of)\s+                # "an older phone from"
          |(?:phones?\s+|models?\s+|ones?\s+)?(?:from\s+)?(?:older\s+than|before|earlier\s+than|prior\s+to|pre[\s-]?)\s*)
      | (?P<even>even\s+)?(?:(?:from\s+|an?\s+|the\s+)?)
    )
    (?:20[0-4]\d|['’‘][0-4]\d)(?![\d.])                                                                     # the year
    (?P<side>\s+(?:or|and)\s+(?:older|earlier|before|below))?                                               # "or earlier"
    (?:\s+(?:phones?|models?|ones?|devices?|releases?|stuff))?
    \s+(?:is|are|'s|would\s+be|will\s+be|would|will)?\s*(?:also\s+|still\s+|totally\s+|perfectly\s+|even\s+)?
    (?:fine|ok(?:ay)?|alright|acceptable|no\s+problem|do|work)
    (?P<too>\s+(?:too|also|as\s+well|with\s+me|by\s+me|for\s+me))?
    (?![a-z])
    """, re.VERBOSE)
_MONEY_NO_OBJECT = re.compile(latin_alt([r"money(?:\s+is|\s*'s)?\s+(?:no|not\s+an?|isn.?t\s+an?)\s+(?:object|issue|problem)", r"whatever\s+it\s+costs",
                                         r"(?:i.?ll|i\s+will|i\s+can|happy\s+to)\s+pay\s+(?:whatever|anything|any\s+price)", r"(?:price|cost|money|budget)\s+(?:is\s+)?no\s+object",
                                         "不差钱", "钱不是问题", "不限价(?:格|钱)?", "钱(?:无所谓|随便|不重要|不在乎|不是事)", "多少钱都行", "多少钱都可以"]))
_RESET = re.compile(latin_alt([
    r"start\s+(?:over|again|afresh|from\s+scratch|a\s+new\s+search)", r"from\s+scratch", r"new\s+search", r"begin\s+again",
    r"reset(?:\s+(?:all|everything|the\s+filters|filters|the\s+search|search))?", r"restart",
    r"clear\s+(?:all\s+)?(?:the\s+|my\s+)?(?:filters|everything|all|search|constraints)", r"clear\s*(?:全部|所有|一切)",
    r"remove\s+all\s+(?:the\s+)?filters", r"forget\s+everything",
    # "wipe all my filters", "scrap my filters", "nuke all the criteria": every filter gone, said with another verb
    r"(?:wipe|erase|scrap|ditch|nuke|delete|drop|remove)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|my\s+)?(?:filters|constraints|criteria)", r"/reset", r"/start",
    r"start\s+fresh", r"forget\s+all\s+(?:of\s+)?(?:that|this|it)",
    # "start from zero", "begin from the top", "wipe all that", "erase everything", "clean slate": all of it gone
    r"(?:start|begin)\s+(?:over\s+|again\s+)?from\s+(?:zero|nothing|the\s+(?:top|beginning))", r"clean\s+slate",
    r"(?:wipe|erase)\s+(?:out\s+)?(?:all\s+(?:of\s+)?(?:that|this|it)|it\s+all|everything|the\s+slate(?:\s+clean)?)", r"(?:scrap|drop|clear|ditch)\s+(?:everything|it\s+all|all\s+of\s+(?:it|that))",
    # "前面说的条件全都不作数", "之前的要求都作废", "刚才说的全部不算": everything said before void
    # (what is voided is named, as said before or as the conditions: "这些都不算贵", "全都不要了" void nothing)
    "(?:(?:前面|之前|刚才|刚刚|上面|以前)(?:说|提)?(?:的|过的)?(?:所有|全部)?(?:条件|要求)?|(?:所有|全部)?(?:条件|要求))"
    "(?:全部|全都|都|统统|一律|全)(?:不作数|不算数?|作废|无效|不要了|取消|清掉|清空|清除|删掉|删了|去掉|拿掉)(?!\\s*[贵便好差大小重轻])", "重新(?:搜|找|选|查)(?:一下|吧)?(?![到了])",
    "重新开始", "重新来", "(?<!最)重来", "从头(?:再)?(?:来(?:过)?|说起?|讲起?)",
    # from nothing again: "都清掉 从零开始", "从零再来", "归零重来"
    "从零(?:再)?(?:开始|来(?:过)?|起步)", "归零", "砍掉重练",  # "全部砍掉重練": cut it all down and train again
    "清空条件", "清空筛选", "清空", "清除所有条件", "清除条件", "清除筛选", "重置", "从头开始", "全部清除",
    # the verb of clearing first, then every filter: "清掉所有条件", "清掉全部筛选", "删掉所有的要求", "去掉一切限制" (a verb
    # that may drop one filter needs "all": "去掉这个条件", "取消限制" name no whole search); "把条件都清掉" as well
    "(?:清掉|清空|清除|清光)(?:所有|全部|一切)?的?(?:条件|要求|筛选(?:条件)?|限制)",
    "(?:删掉|删除|去掉|拿掉|取消|撤掉)(?:所有|全部|一切)的?(?:条件|要求|筛选(?:条件)?|限制)",
    "把(?:所有|全部)?的?(?:条件|要求|筛选(?:条件)?)(?:都|全都|全部|全)?(?:清掉|清空|清除|清光|删掉|去掉)",
]))


# both networks named is neither asked for: "5g or no 5g, doesnt matter", "5G or not", "4g or 5g",
# "5G不5G无所谓" (read before "no 5G" alone, which would leave the first "5g" to ask for it)
# ("is the first one 5g or not" asks about a phone: "or not" only before a word of not caring)
_EITHER_NETWORK = re.compile(r"(?<![\d.])(?:5\s?g\s+or\s+(?:no(?:t|n)?[\s-]?5\s?g|4\s?g)|4\s?g\s+or\s+5\s?g)(?![a-z0-9])"
                             r"|(?<![\d.])5\s?g\s+or\s+not(?=\s*(?:,|whatever|(?:it\s+)?(?:doesn'?t|does\s+not)\s+matter|i\s+don'?t\s+care"
                             r"|either\s+way|is\s+fine|both\s+fine|no\s+matter))"
                             r"|(?<![\d.])5\s?g\s*不\s*5\s?g")

# a chip family said with "or not" beside a word of not caring, either way round: "i dont care if its snapdragon or not as
# long as its that fast", "exynos or not, doesn't matter": the family is no longer asked for, while a speed floor said
# beside it stays ("that fast" is the chip rank still wanted)
_NOT_CARING = (r"(?:(?:i\s+)?(?:don.?t|do\s+not)\s+(?:really\s+)?(?:care|mind)|(?:it\s+)?(?:doesn.?t|does\s+not)\s+matter"
               r"|(?:i.?m\s+)?not\s+(?:bothered|fussed)|no\s+matter|whatever|idc|who\s+cares|either\s+way|is\s+fine|both\s+fine)")
_EITHER_CHIP = re.compile(rf"""
    {_NOT_CARING}\s+(?:if|whether)\s+(?:it.?s|its|it\s+is|it\s+has|they.?re|it\s+runs)\s+(?:an?\s+|on\s+(?:an?\s+)?)?
      (?:{_CHIP_FAMILY_NAMED})\s+or\s+not(?![a-z])
    | (?<![a-z])(?:{_CHIP_FAMILY_NAMED})\s+or\s+not\s*[,:-]?\s*{_NOT_CARING}(?![a-z])
    """, re.VERBOSE)

# a figure found too tight, said beside the budget let go: "三千有点紧巴，预算先不管了", "2000 is too tight, forget the
# budget": the figure is the budget given up, no new ceiling (alone, "预算三千，有点紧" keeps its 3000)
_TIGHT_FIGURE = re.compile(rf"""
    (?:{NUM})\s*(?:k(?![a-z]))?\s*(?:块钱?|元)?\s*(?:的预算|预算)?\s*(?:is\s+|'s\s+)?(?:还是|是|就|真的|实在|确实)?
    (?:有点|有些|太|a\s+bit\s+|a\s+little\s+|too\s+|kinda\s+)(?:紧巴巴?|紧张?|紧了|不太?够|tight|low)(?![a-z])
    """, re.VERBOSE)


def find_clears(scan: Scan) -> list[SlotUpdate]:
    """SlotUpdates for every filter the shopper lets go of."""
    updates = _found_clears(scan)
    if SlotUpdate("budget", "clear") in updates:
        for m in scan.matches(_TIGHT_FIGURE):
            scan.take(m.start(), m.end())
    return updates


# a bounded figure said before the aspect's noun ("少于6个G的运行内存不考虑", "低于32M像素的前置不要"): the refusal is of
# that side of the figure, read by the spec's reader, never the aspect let go; the unit may be spaced from its figure or
# written in parts ("少于6 个G的运行内存不考虑", "少于32M 像素的前置不考虑")
_BOUNDED_FIGURE_BEFORE = re.compile(
    rf"(?:{LO_BEFORE}|{HI_BEFORE})\s*(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)(?:\s?[^\d\s,，。;；!！?？、]){{0,8}}?的?\s*$")


def _found_clears(scan: Scan) -> list[SlotUpdate]:
    updates: list[SlotUpdate] = []
    for m in scan.matches(_EITHER_NETWORK):
        scan.take(m.start(), m.end())
        updates.append(SlotUpdate("needs_5g", "set", False))
    for m in scan.matches(_EITHER_CHIP):
        scan.take(m.start(), m.end())
        updates.append(SlotUpdate("chipset", "clear"))
    for m in scan.matches(_MONEY_NO_OBJECT):
        scan.take(m.start(), m.end())
        updates.append(SlotUpdate("budget", "clear"))
    for m in scan.matches(_OLD_YEAR_ALLOWED):
        if scan.free(m.start(), m.end()) and (m["older"] or m["side"] or m["even"] or m["too"]):
            scan.take(m.start(), m.end())
            updates.append(SlotUpdate("spec:year", "clear"))
    by_figure = [m for form in _CLEARS_BY_FIGURE for m in scan.matches(form)]
    # ("nvm the 12gb thing, 8 is prob enough" puts 8 in place of 12: no release; read only where a figure is let go)
    for m in by_figure if by_figure and replaced_number(scan.plain) is None else ():
        key = next((k for k, unit in _FIGURE_UNIT_RES.items() if unit.fullmatch(m["unit"])), None)
        if key == "weight" and float(m["figure"]) in (3, 4, 5):
            continue  # "drop the 5G requirement": a network generation, no weight (the 5G form reads it)
        if key == "weight" and float(m["figure"]) < 50:
            key = "memory"  # "forget the 8g thing": no phone weighs 8 g, so it is the memory said the Chinese way
        if key == "memory":
            key = "ram" if float(m["figure"]) <= 24 else "storage"
        if key and scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
            updates.extend(u for u in _SLOTS[key][1] if u not in updates)
    for form in _CLEAR_FORMS:
        for m in scan.matches(form):
            if not scan.free(m.start(), m.end()) or _BOUNDED_FIGURE_BEFORE.search(scan.plain, 0, m.start()):
                continue
            keys = [_slot_key(m["slot"])] if _slot_key(m["slot"]) else [
                _slot_key(w.group(0)) for w in _ANY_WORD_RE.finditer(m["slot"])]
            if not keys or None in keys:
                continue
            scan.take(m.start(), m.end())
            updates.extend(u for key in keys if key for u in _SLOTS[key][1] if u not in updates)
    return updates


_LETTING_GO = re.compile(rf"(?:{_VERBS})\s+(?:the|my|that|this|those|these|all|any|an?)(?![a-z])|(?<![a-z])(?:{_RELEASED})",
                         re.VERBOSE)


def lets_go(text: str) -> bool:
    """True when the words let a requirement go: a releasing verb before a thing ("lose the wireless charging
    requirement", "scrap that") or a release after one ("weight doesn't matter that much"), even of a thing no rule
    reads."""
    return _LETTING_GO.search(text.lower()) is not None


def _slot_key(said: str) -> str | None:
    """The _SLOTS key of one aspect word or pole as written ("ram" -> "ram", "heavier" -> "weight")."""
    if re.fullmatch(_CHIP_FAMILY_NAMED, said):
        return "chipset"  # "forget the snapdragon": the chip wish, whichever family it named
    return next((k for k, w in _WORD.items() if w.fullmatch(said)), None) or next(
        (k for pole, k in _POLES.items() if re.fullmatch(pole, said)), None)


def find_reset(scan: Scan) -> bool:
    """True when the shopper asks to start over."""
    found = False
    for m in scan.matches(_RESET):
        if scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
            found = True
    return found



# -- conversation moves: whole-message turns that are about the conversation, not about phones --------

# Taking the last change back: a verb, an optional object, an optional softener ("撤回刚才的操作", "undo 一下").
_TAKE_VERBS_ZH = r"撤销|撤回|取消|恢复(?:到)?|回退|退回(?:到)?"
_TAKE_VERB_ZH = rf"(?:{_TAKE_VERBS_ZH})(?:\s*返)?"
_TAKE_VERB = (rf"(?:undo|revert|reverse|roll\s*back|ctrl\s*[+-]?\s*z|cancel|take\s+back|{_TAKE_VERBS_ZH})"
              r"(?:\s*返)?")  # Cantonese 返 after the verb says "back": "undo 返啱啱嗰下"
# the step just taken, named in Chinese: "刚才那条", "刚刚加的那个条件", "上一步"
# "刚" alone says "just now" before the step it names: "刚那步撤了", "刚加的内存要求去掉吧"
_LAST_STEP_ZH = ("(?:刚才|刚刚|刚(?=[那这加改说设调选放])|上一步|上一条|这一步|那一步|最后(?:那|一)条)(?:(?:说|加|改|修改|设|调)了?的|的)?(?:那|这)?(?:个|条|步|一步|一条|句|样|下)?"
                 "(?:条件|要求|修改|改动|操作|设置)?")
# "the last change", "my last message", "that last filter": the step taken back, named, and by who took it ("the last
# thing i said", "the last change i made")
_LAST_THING = (r"(?:the|my|that|this)\s+(?:last|latest|previous|most\s+recent)\s+"
               r"(?:change|step|one|thing|edit|filter|message|request|turn|bit|part|addition|update)"
               r"(?:\s+(?:i|we)\s+(?:just\s+)?(?:said|asked(?:\s+for)?|typed|wrote|added|made|did))?")
_TAKE_OBJECT = (rf"(?:\s*(?:(?:that|this)\s+one|that|it|this|last|previous\s+(?:step|change)|{_LAST_THING}|what\s+i\s+(?:just\s+)?said|"
                rf"{_LAST_STEP_ZH}|"
                r"(?:上一步|上一个操作|上一条|这一步|那一步|一步|刚才|刚刚|之前)(?:的|那个|那次|那)?(?:操作|修改|改动|设置|那一?步|条件|那样|那个样子|的样子)?))?(?:\s*一下)?")
# the start-over named as the step taken back: "回到清空之前的条件", "恢复到重置前的样子", "退回全删掉以前"
_BEFORE_CLEARING_ZH = (r"(?:全部|全都|都)?(?:清空|清掉|清除|清零|重置|重来|重新来|删光|全删掉?)(?:了)?(?:条件|筛选)?(?:之前|以前|前)"
                       r"(?:的|那样|那个样子)?(?:条件|要求|设置|筛选|样子|状态|结果|列表|那些)?")
# ... and in English: "before I reset", "before the start-over", "from before we cleared everything"
_BEFORE_CLEARING_EN = (r"before\s+(?:(?:i|we|you)\s+(?:just\s+)?(?:reset|restarted|started\s+(?:over|again|fresh)|cleared|wiped|"
                       r"erased)(?:\s+(?:it|it\s+all|everything|all|the\s+filters|the\s+search))?|(?:the|my|that)\s+"
                       r"(?:reset|restart|start[\s-]?over|clearing|wipe))")
# Asking for the earlier list again: "no, show me the previous list again", "还是看刚才那个列表吧".
_EARLIER = r"(?:previous|last|earlier|old|former|original)"
_AGAIN_LIST = (rf"(?:(?:show|give)\s+(?:me\s+)?|(?:can|could)\s+i\s+(?:see|have)\s+|let\s+me\s+see\s+)(?:the\s+)?{_EARLIER}\s+"
               r"(?:list|results?|search|picks|options|phones)(?:\s+again)?|"
               r"(?:还是|再)?(?:看|回到|返回|显示|给我看)?(?:一下)?(?:刚才|刚刚|之前|上一个|上次|原来)(?:的|那个|那些|那几个)*"
               r"(?:列表|结果|那些|那几个|那几款|推荐)")
# the step named first, then a verb that drops it, Chinese or English ("刚才那条不要了", "刚才说的不算", "刚才那个 undo 一下"):
# Chinese puts the object first
# ... or not to be added after all: "这个条件不要加了", "刚才那条别加了"
_NOT_ADDED = r"(?:不要|别|不用)(?:再)?加(?:上)?了?"
_DROP_VERB = (rf"(?:{_NOT_ADDED}|不要了?|不算数?|作废|算了|去掉|删掉|删了|拿掉|撤销|撤回(?:去)?|撤|取消|undo|revert|cancel)"
              r"(?:\s*(?:掉|了))*")
# ... the step named as "this condition" when it is not to be added after all: "算了这个条件不要加了 回到上一步" (dropped
# with another verb, "ram 不要求了，这个条件去掉", it is the aspect just named that goes, not the last step)
_NAMED_STEP_DROPPED = (rf"把?(?:{_LAST_STEP_ZH}\s*{_DROP_VERB}|[这那](?:个|条)(?:条件|要求|筛选)\s*{_NOT_ADDED}(?:\s*(?:掉|了))*)"
                       r"(?:\s*一下)?")
# the step named by what it said, between "刚才" and "那个/那步", then dropped: "刚才不要华为荣耀那个撤了吧", "剛才排除華為那步取消",
# "刚才加5G那条不算": the last change taken back, whatever it said
_SAID_STEP_DROPPED = (rf"把?(?:刚才|刚刚|刚(?=[那这加改说设调选放]))[^\s,，。;；!！?？]{{1,12}}?(?:的)?(?:那个|那步|那一步|那条|那次)(?:操作|条件|设置|修改|改动)?\s*"
                      rf"{_DROP_VERB}(?:\s*一下)?")
_STEP_DROPPED = re.compile(rf"{_NAMED_STEP_DROPPED}|{_SAID_STEP_DROPPED}")
_UNDO = re.compile(latin_alt([
    # the Chinese verbs again on their own: as one phrase with the English ones they took the English word boundary, so
    # a Latin interjection glued before them ("emmm撤回上一条") hid the step they name
    _TAKE_VERB + _TAKE_OBJECT, _TAKE_VERB_ZH + _TAKE_OBJECT, _AGAIN_LIST,
    r"undo(?:\s+(?:that|it|the\s+last\s+(?:change|step|one)))?", r"(?:go\s+)?back(?:\s+(?:one\s+step|a\s+step))?",
    # the list a details answer came from: "back to the list", "返回列表", "回到结果"
    r"(?:(?:go|get|take\s+me)\s+)?back\s+to\s+(?:the\s+)?(?:list|results|options|picks)", "(?:返回|回到|回)(?:到)?(?:列表|结果|推荐)(?:页)?",
    r"(?:go\s+|take\s+me\s+)?back\s+to\s+(?:the\s+)?(?:previous|last|earlier|old|former)\s+(?:list|results?|search|one|filters?|options|picks)",
    r"(?:show\s+(?:me\s+)?)?the\s+(?:previous|last|earlier)\s+(?:list|results|search)(?:\s+again)?",
    r"revert(?:\s+that)?", r"(?:i\s+)?take\s+(?:that|it|this)\s+back", r"previous(?:\s+(?:list|results|one))?",
    r"(?:no[,\s]+)?(?:never\s*mind|scratch|scrap|forget|ignore|disregard|cancel)\s+(?:that|this|the\s+last\s+(?:change|one|step))(?:\s+change)?",
    r"(?:go\s+)?back\s+to\s+(?:what\s+(?:i|we)\s+had|how\s+it\s+was|the\s+(?:list|results)\s+before)(?:\s+before)?",
    # the search before a start-over asked for again: "back to before I reset", "go back to what I had before the reset",
    # "restore my filters from before the restart", "undo the reset"
    rf"(?:(?:go|get|come|take\s+me|bring\s+me)\s+)?back\s+to\s+(?:(?:what|where)\s+(?:i|we)\s+(?:had|was|were)\s+|how\s+it\s+was\s+|"
    rf"(?:the|my)\s+(?:list|results|filters|search|settings|state)\s+(?:from\s+)?)?{_BEFORE_CLEARING_EN}",
    rf"(?:restore|bring\s+back|give\s+me\s+back)\s+(?:what\s+(?:i|we)\s+had|(?:the|my)\s+(?:list|results|filters|search|settings|"
    rf"state))\s+(?:from\s+)?{_BEFORE_CLEARING_EN}",
    r"(?:undo|revert|reverse|cancel|take\s+back)\s+(?:the|my|that)\s+(?:reset|restart|start[\s-]?over|clearing|wipe)",
    # the list before the one on screen, named by who had it or by "this one": "go back to what you had before", "take me
    # back to the list before this one"
    r"(?:(?:go|get|take\s+me|bring\s+me)\s+)?back\s+to\s+(?:what\s+(?:you|u)\s+(?:had|showed(?:\s+me)?)(?:\s+before)?"
    r"|the\s+(?:list|results|one|options|picks)\s+before\s+(?:this|that)(?:\s+one)?)",
    # "before" said for "previous", as a learner's English says it: "give before one", "show me the before list"
    r"(?:show|give)\s+(?:me\s+)?(?:the\s+)?before\s+(?:one|list|results?|phones)",
    # "put it back the way it was", "make it like before": the state before the last change, by its look
    r"(?:put|change|set|make)\s+(?:it|that|them|things|everything)(?:\s+all)?\s+(?:back|like\s+before)(?:\s+(?:the\s+way|how|as)\s+"
    r"(?:it|they|things)\s+(?:was|were))?(?:\s+before)?",
    r"(?:show\s+(?:me\s+)?)?the\s+(?:one|list|results)\s+(?:from\s+)?before", r"undo\s+(?:the\s+)?last\s+(?:change|step|one)",
    # the last step dropped by its name: "never mind that last change", "ignore my last message", "scrap the last one"
    rf"(?:never\s*mind|scratch|scrap|forget|ignore|disregard|drop|remove|delete|skip)\s+(?:{_LAST_THING}|what\s+i\s+(?:just\s+)?said)",
    # back by one step or to the state before: "back one", "go back to before", "return to the previous one"
    r"(?:(?:go|get|come|step)\s+)?back\s+(?:one|1)(?:\s+step)?", r"(?:go|get|come)\s+back\s+to\s+before",
    rf"(?:return|revert|roll\s*back|go\s+back|get\s+back)\s+to\s+(?:the\s+)?{_EARLIER}"
    r"(?:\s+(?:one|list|results?|search|filters?|state|step|version|options|picks|settings))?",
    # the earlier filters or list asked for again: "bring back the previous list", "previous filters please"
    rf"(?:bring\s+back|restore|reinstate)\s+(?:the\s+|my\s+)?{_EARLIER}\s+(?:list|results?|search|filters?|one|options|picks|state|settings)",
    rf"(?:the\s+)?{_EARLIER}\s+(?:filters|state|version|settings|search)", r"the\s+(?:list|results)\s+before\s+(?:that|this)",
    r"i\s+want\s+the\s+(?:previous|earlier|old)\s+(?:one|list|results?|filters?)\s+back",
    # "不要刚才那个了", "改回去", "还原", "恢复原样", "还是之前的吧"
    "不要刚才(?:那个|的|那样)了?", "改回(?:去|来)", "还原(?:一下)?", "复原",
    "恢复原样", "(?:还是|回到)(?:之前|刚才|原来)的",
    rf"(?:回到|返回|退回|恢复|还原|改回|变回|换回|回)(?:到|成)?(?:我)?{_BEFORE_CLEARING_ZH}",
    # "返回上一步骤", "回到上一个条件", "我反悔了", "之前那样就行"
    "(?:返回|回到|退回)?上一(?:步骤|个条件|个设置|次的条件)", "(?:我)?反悔了?",
    # thought over, the last change let go: "想了想还是算了", "还是算了吧" (not "三星还是算了": a mention before it is refused)
    r"(?:(?:想了想|想想|仔细想想|再想想|考虑了一下)[，,\s]*)?还是算了",
    # "把刚才那步撤销掉", "刚才那条不要了", "刚才说的不算", "刚才那个 undo 一下": the step named, then a verb that drops it
    _NAMED_STEP_DROPPED, _SAID_STEP_DROPPED,
    "(?:还是|回到|就)?(?:之前|刚才|刚刚|原来)那(?:样|种)(?:就行|就好|就可以)?",  # 那种: Hokkien 彼款 ("頭拄仔彼款就好")
    # "撤回去": taken back to where it was
    "撤销", "撤回(?:去|来)?", "上一个", "上一步", "(?:返回|回到|回去|回|返)上一步", "退回",  # "回上一步": Taiwan's short form; 返 is Cantonese 回
    # the last sentence taken back: "刚那句收回", "收回刚才那句话"
    "(?:刚才?|刚刚|上)?(?:那|一)?句(?:话)?(?:我)?收回(?:来)?", "收回(?:刚才|刚刚)?(?:那|上一)句(?:话)?",
    # the last sentence as never said: "刚那句当我没说", "当我没说过", "上一句就当我没讲"
    "(?:(?:刚才?|刚刚|上)?(?:那|一)?句(?:话)?(?:就)?)?当(?:我|作我|做我)没(?:说|讲)(?:过)?",
    "返回", "回到上一个", "回到之前的?(?:结果|列表|条件)?",
    "之前的(?:结果|列表)", "刚才的(?:结果|列表)", "还是刚才的(?:结果|列表|那些|吧)?", "回到刚才(?:的|那个|那些)?(?:结果|列表)?",
    "恢复(?:上一步|刚才的?|之前的?)(?:结果|列表|条件)?",
    # "还是刚才那个吧", "改回原来那样": the earlier state as a whole ("那个" here is the search, not a phone)
    "(?:还是|改回|变回|换回|回到)(?:到)?(?:刚才|刚刚|之前|原来)(?:的)?(?:那个|那样|那些|的样子|设置|条件)", "取消(?:上一步|刚才的?(?:修改|改动)?)", r"算了[，,\s]*还是(?:刚才|之前)的?(?:吧)?",
    "退回(?:上一步|去)?", "后退", "返回上一个?(?:列表|结果)?",
    # Hindi and Urdu, romanized, the verb last: the list shown before asked for again ("jo pehle dikhaye the wohi wapas
    # dikhao", "pehle wale phone dobara dikhao", "pichli list wapas dikhao"), the state before ("wapas pehle jaisa kar do"),
    # the step taken back ("undo karo", "ek step peeche jao")
    r"(?:jo\s+)?pehle\s+(?:dikhaye|dikhaya|dikhayi|dikhae|dikhai|wale|wala|wali|walay)(?:\s+(?:the|thay|thi|tha))?"
    r"(?:\s+(?:phones?|list|results?))?(?:\s+(?:wohi|wahi|vohi|vahi|wo|woh|vo|ve))?(?:\s+(?:wapas|wapis|dobara|phir\s+se))?"
    r"\s+(?:dikhao|dikha\s+do|dikhaiye|dikhayen|lao|le\s+aao)",
    r"(?:pichh?l[aie]|puran[aie])\s+(?:wal[aie]\s+)?(?:list|results?|phones?)\s+(?:wapas\s+|wapis\s+|dobara\s+|phir\s+se\s+)?"
    r"(?:dikhao|dikha\s+do|dikhaiye|lao|le\s+aao)",
    r"(?:wapas|wapis)\s+(?:pehle\s+(?:jaisa|jaise|wala|wali)|pichh?l[aie]\s+(?:wala|wali|list|step))"
    r"(?:\s+(?:kar\s+do|karo|kardo|dikhao|chalo|jao))?",
    r"pehle\s+(?:jaisa|jaise)\s+(?:kar\s+do|karo|kardo)", r"undo\s+(?:karo|kar\s+do|kardo|kijiye|karein)",
    r"(?:ek\s+)?step\s+(?:wapas|wapis|peeche|pichhe)(?:\s+(?:jao|chalo|jaao|karo))?", r"(?:wapas|wapis|peeche)\s+(?:jao|chalo|jaao)",
    # what is left of a counted move once its count is taken out ("go back two steps", "再退一步")
    r"step\s+back", r"(?:go\s+|take\s+me\s+)?back(?:wards)?", "退", "撤",
]))


# the verbs that take a change back; a move without one ("go back a step", "返回上一步") goes back to what the shopper saw
# before: after an answer about a shown phone, the list it came from
_TAKE_BACK = re.compile(r"undo|revert|reverse|roll\s*back|ctrl|take\s+(?:that\s+|it\s+)?back|scratch|scrap|never\s*mind|forget|"
                        r"ignore|disregard|drop|remove|delete|skip|cancel|撤销|撤回|恢复|取消|回退|改回|还原|复原|不要|不算|作废|还是算了|"
                        + _BEFORE_CLEARING_ZH + "|" + _BEFORE_CLEARING_EN)  # "回到清空之前的条件": the clearing is the change taken back
# what was said, unsaid: "预算那句当我没说过" (Cantonese "當我冇講過"), "那句话不算"; said before a step back it makes the step
# an undo of that change, not a return to the list
_UNSAID = re.compile(r"当我没有?(?:说|讲)过?|[那这]句话?不算")


_COUNT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
# How far a move goes back: "the last 3 changes", "two steps", "twice", "撤销两步", "两次"; "again" and "再" only say
# that the move is repeated (the last undo already went one step, so "undo again" goes one more)
_HOW_FAR = re.compile(rf"""
    (?<![a-z])(?:(?:the\s+|my\s+)?(?:last|previous)\s+)?(?P<n>{_COUNT})\s+(?:more\s+)?(?:changes|change|steps|step|times|edits|moves)(?![a-z])
    | (?<![a-z])(?:the\s+|my\s+)?(?:last|previous)\s+(?P<last>{_COUNT})(?![a-z])              # "undo the last two"
    | (?<![a-z])[x×]\s*(?P<x>\d)(?!\d)                                                       # "undo x2"
    | (?<![a-z])(?P<twice>twice|thrice)(?![a-z])
    | (?<![a-z])(?:again|once\s+more|one\s+more\s+time)(?![a-z])
    | (?<![上这那前])(?P<zn>[一两二三四五六七八九十]|\d{{1,2}})\s*(?:步|次)
    | 再(?=\s*(?:撤|退|回|返|后退))
    """, re.VERBOSE)
_TWICE = {"twice": 2, "thrice": 3}
# a slip owned as the reason for the undo: "撤销撤销 手滑了", "撤回吧 点错了", "手滑了，撤销", "撤销一下 刚才那个条件加错了",
# "undo, misclicked": the last
# step was the mistake, so one step goes, however often the move word is said
_SLIP = (r"(?:(?:我)?(?:刚才|刚刚)?(?:[那这](?:个|条)条件|[那这]句话?)?(?:不小心)?(?:手滑|手抖|误触|误点|误操作|(?:点|按|选|输|打|说|讲|写|加|搞|弄)错)了?"
         r"|(?<![a-z])(?:mis-?click(?:ed)?|mis-?tapped|fat[\s-]?finger(?:ed)?|(?:clicked|tapped|pressed)\s+(?:that\s+)?by\s+(?:mistake|accident))(?![a-z]))")
# the same move word said again and again: "undo, undo", "back back", "撤销撤销" go back once per word
_REPEATED = re.compile(r"(?P<word>undo|back|撤销|撤回|回退|后退)(?:[\s,，、!！.。]*(?P=word))+")
# ... but said again beside the same move in other words, the repeat only presses the one move: "撤回撤回, go back",
# "undo undo, take it back" go back once, as does a slip owned beside it ("撤销撤销 手滑了")
_RESTATED = re.compile(rf"(?<![a-z])back(?![a-z])|{_TAKE_VERB}|{_TAKE_VERBS_ZH}|还原|复原|改回|退回|回到|上一步|{_SLIP}")


# "undo the reset" names it too
_BEFORE_CLEARING = re.compile(rf"{_BEFORE_CLEARING_ZH}|{_BEFORE_CLEARING_EN}|"
                              r"(?:undo|revert|reverse|cancel|take\s+back)\s+(?:the|my|that)\s+(?:reset|restart|start[\s-]?over)")


def names_the_reset(text: str) -> bool:
    """Whether an undo names the start-over as the step it takes back ("回到清空之前的条件", "恢复到重置前的样子"):
    it goes back past the changes made since, to the search before the clearing."""
    return _BEFORE_CLEARING.search(text.lower()) is not None


def steps_back(text: str) -> int:
    """How many changes an undo message takes back ("undo twice", "go back two steps", "undo the last 3 changes",
    "撤销两步", "退回两步" -> 2 or 3); 1 when it names no count."""
    low = text.lower()
    for m in _HOW_FAR.finditer(low):
        if m["twice"]:
            return _TWICE[m["twice"]]
        if count := m["n"] or m["zn"] or m["last"] or m["x"]:
            return small_number(count) or 1
    if (repeated := _REPEATED.search(low)) and not _RESTATED.search(low[:repeated.start()] + " " + low[repeated.end():]):
        return repeated.group(0).count(repeated["word"])
    return 1


# an undo or back move as the whole message, between an opener and a closer; the move may be said twice over in other
# words, one step all the same ("刚才改的不算 改回来", "刚才那个不要了，还原吧", "undo that, go back"), each time with
# its own opener ("undo 一下，还是回到刚才那样", "undo that, ok go back")
# (a slip owned before or after it is the reason, no wish: "手滑了，撤销", "撤销撤销 手滑了")
_UNDO_MOVE = re.compile(rf"(?:(?:{MOVE_OPENER}|{_SLIP})[\s,，.。!！]*)*(?:{_UNDO.pattern})"
                        rf"(?:(?:吧|了|啊|呀)?[\s,，、.。;；!！]*(?:{MOVE_OPENER}[\s,，.。!！]*)*(?:{_UNDO.pattern}))*"
                        rf"(?:(?:吧|了|啊|呀)?[\s,，、.。;；!！]*{_SLIP})?{MOVE_CLOSER}")


# a reason said first, then the decision to go back: "不对不对 小的揣兜里方便 还是回到上一个", "大屏太笨重了，还是改回刚才的吧":
# the reason says why the shopper goes back (a figure in it would be a wish of its own, so none may stand there)
_REASON_THEN_BACK = re.compile(r"(?P<reason>[^\d]{1,24}?)[\s,，。;；]+(?P<move>(?:那|那就|所以)?还是[^\s,，。;；]+)")


def conversation_move(text: str) -> str | None:
    """"undo" (take the last change back), "back" (back to the list, else like undo), "social" or "help" when
    the whole message is that move; None for a message about phones. An undo may say how far (`steps_back`)."""
    low = " ".join(text.lower().split())
    counted = " ".join(_HOW_FAR.sub(" ", _REPEATED.sub(lambda m: m["word"], low)).split())
    if any(_UNDO_MOVE.fullmatch(said) for said in dict.fromkeys((low, counted))):
        # a step named and dropped ("刚才那条删掉") is taken back, whatever the verb, as is a step owned as a slip ("按错了
        # 退回去": the last change was the mistake)
        return "undo" if _TAKE_BACK.search(low) or _STEP_DROPPED.search(low) or re.search(_SLIP, low) else "back"
    if (reasoned := _REASON_THEN_BACK.fullmatch(low)) is not None and \
            (decided := conversation_move(reasoned["move"])) in ("undo", "back"):
        return decided
    if is_help_question(low):
        return "help"
    if is_social(low) and not _RESET.search(low):  # "clear it all" starts over; "clear" alone is an acknowledgement
        return "social"
    return _said_in_both(low)


# the shopper owning up to knowing little of phones beside a help question ("手機的東西不太懂", "对手机不怎么了解"): no
# phone asked for
_KNOWS_LITTLE = re.compile(r"(?:对)?(?:手机|平板)(?:的)?(?:东西|方面|这块|这些)?(?:我)?(?:也|都)?(?:不太|不怎么|不大|不是很|不)"
                           r"(?:懂|了解|熟悉?|清楚)")
_ZH_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# the list on screen named by the figure it was cut at, in a verdict before a step back: "the 45k ones all look bad, show
# me the previous list again", "nahi yaar 45 wale sab bekaar lag rahe hain, jo pehle dikhaye the wohi wapas dikhao" (the
# figure is the last change's, no new wish)
_LIST_BY_FIGURE = re.compile(r"(?<![\w.])(?:the\s+|these\s+|those\s+|ye\s+|yeh\s+)?\d+(?:\.\d+)?\s*(?:k|hazar|hazaar)?\s+"
                             r"(?:ones|phones|options|wale|waale|wali|walay)(?![a-z])")


def move_with_context(text: str, asks_nothing: Callable[[str, bool], bool]) -> str | None:
    """"help" or "social" when the message is that move said with more words: one clause is a help question (or a
    thanks, a goodbye) and every other clause is a move of the kind or asks nothing about phones ("what can you do?
    never used a bot like this", "thanks a bunch, you've saved me an hour", "谢谢，我去问问我爸的意见"). `asks_nothing`
    is the parser's word on a clause: True when it holds no wish, no phone named or pointed at, no comparison (asked
    with True, of an example of the advisor's tasks: "比如能对比吗" compares no phone in particular). A help
    clause wins over a social one ("hi, what can you do?"); an undo or back in any clause makes it no such move."""
    if (spaced := _ZH_SPACE.sub("，", text)) != text and move_with_context(spaced, asks_nothing) == "help":
        return "help"  # "您好 我是退休的國文老師 請問您可以幫我做些什麼呢": the spaces between Chinese clauses break them
    clauses = [c.strip() for c in CLAUSE_BREAK.split(" ".join(text.lower().split())) if c.strip()]
    if len(clauses) < 2:
        return None
    moves = [conversation_move(clause) for clause in clauses]
    if moves[-1] in ("undo", "back") and all(said in (None, "social", "undo", "back") for said in moves[:-1]):
        # a verdict on the list, then the move: "no sir, this list i not like. give before one", "these look too basic,
        # go back to what you had before"; a clause that asks for something ("add 5G, go back") makes it no such move
        earlier = [_LIST_BY_FIGURE.sub(" these ", OWNED_PHONE.sub(" ", clause))
                   for clause, said in zip(clauses[:-1], moves) if said is None]
        # an aspect named alone before the drop is what is dropped ("the ram, scrap that"): no verdict on the list
        if all(not DEVICE_WORD.search(told) and not _ASPECT_ALONE.fullmatch(told.strip(" :-–—"))
               and asks_nothing(told, False) for told in earlier):
            # a clause before it that takes what was said back ("预算那句当我没说过，退回上一步") makes a step back an undo
            return "undo" if any(_UNSAID.search(told) for told in earlier) else moves[-1]
        return None
    if "undo" in moves or "back" in moves:
        return _undo_with_reason(clauses, moves, asks_nothing)
    # a social turn said with more words thanks or says goodbye: a bare "alright" may open a wish ("alright, back to
    # the phone", "hmm, the one above it?")
    thanked = any(said == "social" and thanks_or_bye(clause) for clause, said in zip(clauses, moves))
    move = "help" if "help" in moves else "social" if thanked else None
    if move is None:
        return None
    for clause, said in zip(clauses, moves):
        if said is not None:
            continue
        # an example of what the advisor might do, after a help question ("like compare phones?", "比如能比较吗")
        example = EXAMPLE_OPENER.sub("", clause) if move == "help" and EXAMPLE_OPENER.match(clause) else None
        if example is not None and (conversation_move("can you " + example) == "help" or _FILTER_ASKED.fullmatch(example)
                                    or asks_nothing(example, True)):
            continue
        told = _KNOWS_LITTLE.sub(" ", OWNED_PHONE.sub(" ", clause))
        # a device named ("back to the phone") or, beside a thanks, a question ("thanks, the one above it?") is about phones
        if DEVICE_WORD.search(told) or (move == "social" and ("?" in told or "？" in told)) or not asks_nothing(told, False):
            return None
    return move


# an example of a filter asked about after a help question: "like is screen size a thing?", "e.g. can I filter by weight",
# "say, is the battery an option too?" (it asks whether the aspect can be filtered on, it sets nothing)
_FILTER_ASKED = re.compile(rf"""
    (?:(?:is|are)\s+(?:the\s+)?(?:{_ANY_WORD})\s+(?:a\s+thing|an?\s+(?:option|filter)|filterable|supported)
      |(?:can|could)\s+(?:i|we|you|u)\s+(?:filter|search|sort)\s+(?:on|by|for)\s+(?:the\s+)?(?:{_ANY_WORD}))
    (?:\s+(?:too|as\s+well|also))?[\s?？!！.。]*
    """, re.VERBOSE)


def _undo_with_reason(clauses: list[str], moves: list[str | None], asks_nothing: Callable[[str, bool], bool]) -> str | None:
    """"undo" for a take-back said beside clauses that ask nothing, the reason for it ("nah that cut out too much, revert
    it", "too few left, undo that"); None when another clause is a move of another kind or asks for something ("undo
    that, 5g is a must" is an undo and then a wish, `undo_then`)."""
    if "undo" not in moves or any(said not in (None, "undo", "back") for said in moves):
        return None
    # an interjection alone ("算啦, undo 返啱啱嗰下 la, 唔好咁多限制") opens the move, it gives no reason
    reasons = [clause for clause, said in zip(clauses, moves) if said is None and not _OPENER_ONLY.fullmatch(clause)]
    return "undo" if all(_STEP_JUDGED.search(clause) and asks_nothing(OWNED_PHONE.sub(" ", clause), False)
                         for clause in reasons) else None


# a clause that judges the last step as going too far: "that cut out too much", "way too strict", "too few left", "太严了";
# an aspect said beside an undo without such words ("the ram, scrap that") names what is dropped instead
_STEP_JUDGED = re.compile(r"(?<![a-z])(?:too|cut\s+(?:out|off)|strict|restrictive|narrow|limiting|nothing\s+left)(?![a-z])"
                          r"|太(?:少|严|窄|多)|(?:这么|那么)多(?:限制|条件|要求)")  # "唔好咁多限制": not so many limits


# a run of Chinese (with its punctuation) or of anything else: the halves of a message said in two languages
_SCRIPT_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+|[^\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
_RUN_EDGES = " ,，.。!！?？~、;；:："


def _said_in_both(low: str) -> str | None:
    """The move of a message that says one move twice, once in Chinese and once in English ("撤销 go back", "go back
    撤销吧", "帮助 what can you do"): each half alone is that move (an undo and a back are one move, an undo when either
    half takes a change back); None when a half is no move or the two differ."""
    halves = [run.strip(_RUN_EDGES) for run in _SCRIPT_RUN.findall(low)]
    # a half that only closes the move ("here", "这里", "pls") is no second move: "我还能问什么? need some help 这里"
    halves = [half for half in halves if half and not re.fullmatch(MOVE_CLOSER, " " + half)]
    if len(halves) != 2:
        return None
    moves = [conversation_move(half) for half in halves]
    if None in moves:
        return None
    if set(moves) <= {"undo", "back"}:
        return "undo" if "undo" in moves else "back"
    return moves[0] if moves[0] == moves[1] else None


# what joins an undo to a wish said after it: "undo that and add 5G", "go back, but make it 5G", "撤销，再加个5G"
# (a space alone joins two Chinese clauses: "算了还是刚才那样 真我就行", and a Chinese clause opened by a Latin word or a
# figure: "还是撤销吧 5G得要", "撤销吧 OPPO也要")
# (a wish in the first person needs no comma after the undo: "nooo undo i still want a flip", "go back we need 5g")
_THEN = (r"(?:\s*[,，;；]\s*(?:and\s+|but\s+|then\s+)?(?:then\s+)?|\s+(?:and|but|then)\s+(?:then\s+)?|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|[a-z0-9][a-z0-9.]*[\u4e00-\u9fff])"
         r"|\s+(?=(?:i|we)\s+(?:still\s+|really\s+|do\s+)?(?:want|need|like|prefer)(?![a-z])))"
         r"(?:再|然后|并且|另外)?|(?:再|然后)")


def undo_then(text: str) -> str | None:
    """The wish said after an undo that opens the message ("undo that and add 5G" -> "add 5g", "撤销，再加个5G" ->
    "加个5g"): the last change is taken back, then the wish applies; None when the message opens with no undo, or
    is nothing but one."""
    low = " ".join(text.lower().split())
    # a softener may close the undo before the wish: "撤销吧，5G无所谓", "undo that please, and add 5G"
    m = re.match(rf"(?:{MOVE_OPENER}[\s,，]*)*(?:{_UNDO.pattern})(?:\s*(?:吧|一下|啊|啦|呀|喇|la|lah|please|pls))?(?:{_THEN})(?P<rest>\S.*)$", low)
    if m is None or conversation_move(low) is not None or conversation_move(m["rest"]) is not None:
        return None
    return None if _undoes_again(m["rest"]) else m["rest"]


# what others say, reported: "评论区说荣耀美颜也挺香", "听说小米拍照不错", "reviews say the pixel is great", "my friend says
# samsungs last": after an undo, why the step goes (the brand or feature it names is what the undo brings back)
_HEARSAY = re.compile(r"""
    ^(?:(?:because|cuz|cos|since|coz)\s+)?
    (?:(?:people|everyone|reviews?|comments?|reddit|youtube|the\s+internet|(?:my\s+)?(?:friends?|KIN_EN))
       \s+(?:just\s+)?(?:says?|said|reckons?|thinks?|think)|(?:i\s+)?heard(?:\s+that)?|apparently)(?![a-z])
    # ... one of the family, who may have just said it beside the shopper: "我妈刚在旁边说上一个手机就是太沉了"
    | ^(?:因为)?(?:我|我的|我家)?(?:评论区|评论|弹幕|网上|网友|大家|别人|老婆|老公|粉丝|家人们|有人|博主|KIN_ZH)
       (?:刚才?|刚刚|才)?(?:在(?:旁边|边上|身边))?(?:都|也)?(?:跟我)?(?:说|讲|讲过|说过)
    | ^(?:因为)?(?:听说|据说|听人说|看评论说)
    """.replace("KIN_EN", "|".join(sorted(KIN_EN, key=len, reverse=True))).replace("KIN_ZH", KIN_ZH), re.VERBOSE)


def hearsay_reason(text: str) -> bool:
    """True when the words report what others say and give no figure ("评论区说荣耀直播美颜也挺香", "听说小米拍照不错",
    "reviews say the pixel is great"): said after an undo, the reason for it, no wish of the shopper's (a figure would
    be one: "reviews say 5000mah is the minimum")."""
    low = " ".join(text.lower().split())
    return bool(_HEARSAY.search(low)) and not re.search(r"\d", low)


def _undoes_again(rest: str) -> bool:
    """True when what follows an undo closes with another ("cancel that, the bonus goes to rent. put it back how it
    was", "撤销吧，钱要交房租，改回去"): one step said twice around its reason, not a second step."""
    clauses = [c.strip() for c in CLAUSE_BREAK.split(rest) if c.strip()]
    return bool(clauses) and conversation_move(clauses[-1]) in ("undo", "back")


def undo_naming_it(text: str) -> str | None:
    """The last clause of a message that takes a step back and then names what it takes back ("No, I take that back.
    Reinstate the chip requirement", "undo that - put the ram filter back", "撤销吧，把预算改回去"): the named take-back,
    which says which step the bare undo meant; None for any other message."""
    clauses = [c.strip() for c in CLAUSE_BREAK.split(" ".join(text.lower().split())) if c.strip()]
    if len(clauses) < 2 or not _UNDO_ONE.match(clauses[-1]):
        return None
    moves = [conversation_move(clause) for clause in clauses[:-1]]
    return clauses[-1] if "undo" in moves and all(move in ("undo", "social", None) and (move or _OPENER_ONLY.fullmatch(clause))
                                                  for clause, move in zip(clauses[:-1], moves)) else None


_OPENER_ONLY = re.compile(rf"(?:{MOVE_OPENER}\s*)+")

# an undo or back move that closes the message after what it says first: "5G免啦免啦，退回去頭拄仔彼款就好", "5G不要了，回到刚才那样"
_BEFORE_UNDO = re.compile(rf"(?P<reason>\S.*?)[\s,，;；]+(?:{_UNDO_MOVE.pattern})")


def named_undo_closing(text: str) -> tuple[str, str] | None:
    """A message whose last clause takes back one change by its name after other words ("Hmm that cut too much.
    Reverse the Exynos bit", "太少了，撤销内存的修改"): the words before it and that clause, for the session to check that
    the words only say why; None for any other message."""
    low = " ".join(text.lower().split())
    # the take-back may run over the last clauses ("哎8G的就剩这么几台，刚加的内存要求去掉吧，还按原来的看"): the longest
    # run of whole clauses closing the message that names one
    for cut in CLAUSE_BREAK.finditer(low):
        named = low[cut.end():].strip()
        if named and _UNDO_ONE.match(named) and low[:cut.start()].strip():
            return low[:cut.start()].rstrip(" ,，.。;；!！"), named
    return None


def reason_before_undo(text: str) -> str | None:
    """The words said before an undo or back move that closes the message ("5G免啦，退回去刚才那样就好" -> "5g免啦"); None
    when the message closes on no such move, or is nothing but one. Whether those words only say why the step goes is
    for the session to find out."""
    low = " ".join(text.lower().split())
    m = _BEFORE_UNDO.fullmatch(low)
    return m["reason"] if m is not None and conversation_move(low) is None else None


_RETRACT = re.compile(rf"(?:{MOVE_OPENER}[\s,，]*)*(?:scratch|scrap|never\s*mind|forget|ignore|disregard)(?![a-z])")


def retracts(text: str) -> bool:
    """True when the message opens by dropping what was just said ("scratch that, make it 550", "never mind that, show me
    pixels"): the wish after it is said in its place, a correction, where an undo verb ("undo that and add 5G") takes the
    last step back first."""
    return bool(_RETRACT.match(" ".join(text.lower().split())))


# a figure a filter in force holds, as an undo names that filter by it: "500", "$500", "50k", "8gb", "500块"
_HELD_FIGURE = (r"[$¥€£₹]?\s*\d+(?:\.\d+)?\s*k?(?:\s*(?:dollars?|bucks|usd|rs|pkr|inr|rupees?|gb|mah|mp|inch(?:es)?|hz|w"
                r"|块钱?|元|刀|美元|美金))?(?![a-z0-9])")
_CHANGE_ZH = r"(?:修改|改动|更改|变动|设置|条件|要求)"  # the change named as such: "撤销内存的修改", "价格那个改动撤回"
# the change named as such in either language, as a mixed message names it after the aspect ("budget change undo 一下",
# "内存 filter 撤回", "tecno 那步 撤回")
_CHANGE_ANY = rf"(?:{_CHANGE_ZH}|(?:那|这)(?:一)?(?:步|条|个)|(?:change|edit|filter|bit|part|thing|step|one|setting)(?![a-z]))"
# a verb that can only take a change back, either language (not "不要", which after a brand refuses it: "tecno 不要了")
_TAKE_BACK_VERB = r"(?:撤销|撤回|undo|revert|还原)(?:\s*(?:掉|了))*"
# One filter's change taken back by its name: "undo the ram change", "revert the 5g", "take back the budget bit",
# "撤销内存的修改", "把预算改回去"; the other changes made since stay
_AS_BEFORE_ZH = "(?:还是|还|就)?(?:按|照|回到|回去|恢复)(?:着)?(?:刚才|刚刚|刚(?=[那这加改说设调选放])|之前|原来|以前)(?:的|那样|那个)?(?:来|办|吧|那样|看)?"
"""The search as it was before the last change: "还是按刚才的来", "照之前的办", "回到原来那样", "回去之前那个", "还按原来的看"."""
# the filter's noun after an aspect put back: "put the ram requirement back"
_BACK_NOUN = r"(?:filter|requirement|restriction|condition|limit|cap|floor|minimum|min|bound|rule|thing|bit|part)"
_UNDO_ONE = re.compile(rf"""
    ^(?:{MOVE_OPENER}[\s,，]*)*
    (?:(?:(?:undo|revert|reverse|roll\s*back|take\s+back|cancel)\s+|(?:撤销|撤回)\s*)
       (?:the\s+|my\s+|that\s+|{_LAST_STEP_ZH}\s*)?(?:last\s+|latest\s+)?
       # an aspect ("undo the ram change") or a name the filter holds ("undo the realme thing", "undo the no-oppo bit")
       # or a figure the filter holds ("undo that 500 cap", "undo the $500 limit", "revert the 8gb ram")
       (?:(?P<figure>{_HELD_FIGURE})(?:\s+(?P<fslot>{_ANY_WORD}))?
          |(?P<slot>{_ANY_WORD})|(?:no|not|only)?[\s-]*(?P<name>[a-z][a-z0-9+\-]*))
       (?:\s+(?:change|edit|filter|bit|part|thing|update|one|requirement|exclusion|ban|rule|restriction|cap|limit|ceiling
              |floor|max(?:imum)?|min(?:imum)?|bound))?
       # the step said as the shopper's own: "take back that brand change i made", "undo the ram filter we just added"
       (?:\s+(?:i|we|you)\s+(?:just\s+)?(?:made|did|set|added|asked\s+for|put\s+in))?
     # the search before a change named by what it did: "go back to how it was before i allowed tecno", "back to before
     # we added the 5g", "take me back to what i had before i let samsung back in"
     | (?:(?:go|get|take\s+(?:me|it|us))\s+)?back\s+to\s+(?:(?:how|the\s+way)\s+it\s+was\s+|what\s+(?:i|we)\s+had\s+)?before\s+
       (?:i|we)\s+(?:allowed|added|removed|excluded|dropped|banned|changed|let|took\s+out|put\s+in|asked\s+for)\s+
       (?:the\s+|back\s+)?(?:(?P<eslot>{_ANY_WORD})|(?P<ename>[a-z][a-z0-9+\-]*))(?:\s+back)?(?:\s+in)?
     | (?:撤销|撤回|取消)(?:对)?(?:刚才|刚刚|刚(?=[那这加改说设调选放]))?(?:的|那个)?(?P<zfigure>{_HELD_FIGURE})(?:的)?
       (?:上限|下限|预算|限制|条件|要求|修改|改动|更改|变动)
     | (?:撤销|撤回|取消)(?:对)?(?:刚才|刚刚|刚(?=[那这加改说设调选放]))?(?:的)?(?:(?P<zslot>{_ANY_WORD})|(?:不要)?(?P<zname>[\u4e00-\u9fffa-z0-9]{{1,6}}?))
       (?:的)?{_CHANGE_ZH}
     # the aspect put back as it was: "把预算改回去", "价格恢复原来的", "内存还原吧"
     # ... or added back once let go: "把RAM那个条件加回去", "内存的要求加回来", "预算放回去"
     | 把?(?P<zslot2>{_ANY_WORD})\s*(?:的)?\s*(?:那个|这个|那条|这条)?\s*(?:条件|要求|限制)?\s*
       (?:改回(?:去|来|原来的?)|(?:恢复|改回|变回)(?:到)?(?:原来|之前|刚才|原样)(?:的)?(?:样子)?|还原|(?:加|放|添|弄)回(?:去|来))
     # in English, the aspect let go and put back: "put the ram requirement back", "add the weight limit back", "bring
     # back the ram filter"
     | (?:(?:put|add|bring)\s+(?:the\s+|my\s+|that\s+)?(?P<slot2>{_ANY_WORD})(?:\s+{_BACK_NOUN})?\s+back
        |(?:bring\s+back|reinstate|restore)\s+(?:the\s+|my\s+|that\s+)?(?P<slot3>{_ANY_WORD})(?:\s+{_BACK_NOUN})?)(?:\s+(?:in|on|again))?
     # the aspect as the thing taken back: "撤回刚才那个价格", "撤销一下内存", "取消刚才改的预算" (取消 with the aspect alone
     # lets the filter go, "取消预算": only the step just taken makes it a take-back)
     | (?:(?:撤销|撤回)(?:一下)?(?:{_LAST_STEP_ZH})?|(?:取消|恢复)(?:一下)?{_LAST_STEP_ZH})(?P<zslot3>{_ANY_WORD})(?:的)?(?:{_CHANGE_ANY})?
     # the aspect just changed, then dropped: "刚才改的价格不算", "刚才那个预算撤销掉", "价格那个改动撤回吧"
     # words of either language in each place: "刚才那个 budget change undo 一下", "tecno 那步 撤回", "ram filter revert 吧";
     # 把 before the step as before the aspect ("把刚才加的年份条件撤回", "把刚刚改的内存撤销")
     | (?:{_LAST_STEP_ZH}\s*(?P<zslot4>{_ANY_WORD})\s*(?:的)?\s*(?:{_CHANGE_ANY})?\s*{_DROP_VERB}
        |(?:把?\s*{_LAST_STEP_ZH}\s*)?把?\s*(?:(?P<zslot5>{_ANY_WORD})|(?<![a-z])(?P<zname2>[a-z][a-z0-9+\-]*))\s*(?:的|那个|这个)?\s*
         (?:{_CHANGE_ANY})?\s*{_TAKE_BACK_VERB})
     # the step named by what it did, then dropped: "刚刚加 Pixel 那个取消", "刚才改内存那步不要了", "刚才加三星那个不要了"
     | 把?(?:刚才|刚刚|刚(?=[那这加改说设调选放]))\s*(?:说|加|改|设|调|选|放)了?(?:的)?\s*(?:(?P<zslot6>{_ANY_WORD})|(?<![a-z])(?P<zname3>[a-z][a-z0-9+\-]*)
         |(?P<zname4>[\u4e00-\u9fff]{{1,4}}?))\s*(?:的)?\s*(?:那个|那条|那步|那一步|这个|这条)\s*(?:{_CHANGE_ZH})?\s*(?:就|也|先)?\s*
       {_DROP_VERB}
     # in Hindi, the aspect's condition ("wali baat", "wali shart") taken back: "5G wali baat undo karo", "wo ram wala
     # filter revert kar do"
     | (?:(?:wo|woh|vo|ye|yeh)\s+)?(?P<hslot>{_ANY_WORD})\s*(?:wal[aie]|waal[aie])\s+(?:baat|shart|cheez|chiz|filter|condition)
       \s+(?:undo|revert|cancel|wapas\s+lo)(?:\s+(?:karo|kar\s*do|kardo|kar\s*dijiye|kijiye|do|na))*
     # the aspect let go, then the search as it was before: "重量那个限制撤了吧，还是按刚才的来", "预算去掉 按之前的来"
     | (?P<zslot7>{_ANY_WORD})\s*(?:的|那个|这个)?\s*(?:{_CHANGE_ANY}|限制|上限|下限)?\s*(?:撤了|撤掉|去掉|删掉|不要了|取消)
       (?:\s*(?:吧|了))*[\s,，]*{_AS_BEFORE_ZH}
    )(?:[\s,，]*(?:please|pls|吧|一下|好了|就好|就行))*
    (?:[\s,，]+(?:undo|撤销|撤回)(?:\s*(?:it|that|吧|一下))?)?  # the move named again after it: "把RAM那个条件加回去吧, undo"
    # ... or the search as it was before it: "刚才改的价格不算，回去之前那个啦" (Cantonese "头先改嘅价钱唔算，返去之前嗰个")
    (?:[\s,，]+{_AS_BEFORE_ZH}(?:啦|吧|呀|啊)?)?
    [\s?？!！.。]*$
    """, re.VERBOSE)


# a filter let go without its name ("remove that filter", "去掉这个条件", "这个条件不要了"): the one the last turn added,
# which the session knows (no name, so no slot here)
_FILTER_NOUN = r"(?:filter|condition|requirement|restriction|constraint|limit|criterion)"
_FILTER_NOUN_ZH = "(?:条件|限制|筛选(?:条件)?|要求)"
_POINTED_ZH = "(?:这个|那个|这条|那条|刚才(?:的|那个|那条)?|刚加的)"
_UNNAMED_RELEASE = re.compile(rf"""
    ^(?:(?:ok(?:ay)?|actually|hm+|no|nah|please|pls)[\s,，]+)*
    (?: (?:remove|drop|delete|clear|lose|ditch|scrap|undo|get\s+rid\s+of|take\s+(?:off|out))\s+
        (?:that|this|the\s+(?:last|new)|the\s+one)\s+(?:(?:new|last)\s+)?{_FILTER_NOUN}
      | (?:that|this|the\s+last)\s+(?:new\s+)?{_FILTER_NOUN}[\s,，:\-–]*(?:remove|drop|delete|lose|ditch|scrap)\s+it
      | 把?(?:去掉|删掉|删除|取消|拿掉|移除|撤掉|不要)\s*{_POINTED_ZH}\s*{_FILTER_NOUN_ZH}
      | 把?{_POINTED_ZH}\s*{_FILTER_NOUN_ZH}\s*(?:就|也|先)?\s*(?:不要了|去掉|去了|删掉|删了|取消|取消掉|拿掉|不用了|算了)
    )(?:[\s,，]*(?:please|pls|吧|一下|了))*[\s.!。！?？]*$
    """, re.VERBOSE)


def releases_unnamed(text: str) -> bool:
    """True for a message that lets a filter go without naming it ("remove that filter", "去掉这个条件",
    "这个条件不要了"); which filter is the session's to say (the one the last turn added)."""
    return _UNNAMED_RELEASE.match(" ".join(text.lower().split())) is not None


def undone_filters(text: str) -> tuple[str, ...]:
    """The filter slots ("spec:ram_gb", "needs_5g", "budget", ...) a message takes one earlier change of back by
    naming it ("undo the ram change", "undo the 5g", "撤销内存的修改"); () for any other message."""
    m = _UNDO_ONE.match(" ".join(text.lower().split()))
    # a figure and the aspect it bounds ("undo the 8gb ram") name the aspect, held at that figure or not
    said = next((g for g in (m["slot"], m["zslot"], m["zslot2"], m["zslot3"], m["zslot4"], m["zslot5"], m["zslot6"],
                             m["zslot7"], m["hslot"], m["fslot"], m["slot2"], m["slot3"], m["eslot"])
                 if g is not None), None) if m else None
    key = _slot_key(said) if said is not None else None
    if key is None:
        # a chip family named as the change ("undo the exynos bit", "reverse the no-snapdragon part"): the chip filters
        # it was said in, a refusal among them, go back; never read as a wish for that chip
        named = next((g for g in (m["name"], m["ename"]) if g is not None), None) if m else None
        return _CHIP_SLOTS if named is not None and _CHIP_FAMILY.fullmatch(named) else ()
    return tuple(dict.fromkeys(u.slot for u in _SLOTS[key][1] if u.slot != "intents"))


_CLOSES_AS_BEFORE = re.compile(rf"[\s,，]*{_AS_BEFORE_ZH}(?:啦|吧|呀|啊)?[\s?？!！.。]*$")


def undoes_as_before(text: str) -> bool:
    """True when a message that takes a filter back closes by asking for the search as it was ("刚加的内存要求去掉吧，还按
    原来的看"): the step that set that filter goes whole, the needs said with it too."""
    return _CLOSES_AS_BEFORE.search(" ".join(text.lower().split())) is not None


_CHIP_SLOTS = ("chipset", "exclude_chipsets", "spec:chip_score")


def undone_figure(text: str) -> float | None:
    """The figure by which a message names the change it takes back ("undo that 500 cap", "revert the $500 limit",
    "撤销那个500的上限" -> 500; "50k" -> 50000): the filter in force holding it is the session's to find; None for any
    other message."""
    m = _UNDO_ONE.match(" ".join(text.lower().split()))
    said = (m["figure"] or m["zfigure"]) if m else None
    # "undo the last 2", "undo 3" count steps back (`steps_back`): a small figure with no unit or currency names none
    if m is None or said is None or re.search(r"(?<![a-z])(?:last|latest)\s", m.group(0)) \
            or re.fullmatch(r"\s*\d\s*", said) or (digits := re.search(r"\d+(?:\.\d+)?(?:\s*k(?![a-z]))?", said)) is None:
        return None
    figure = digits.group(0)
    return float(figure.rstrip("k ")) * (1000 if figure.endswith("k") else 1)


def undo_between(text: str) -> tuple[str, str] | None:
    """The words before and after an undo said amid a message ("1200的都不咋地 撤回去 还是按两千来" -> ("1200的都不咋地",
    "还是按两千来")), for the session to check that they only say why and what the search was; None when no clause
    between the first and the last is an undo, or when the whole message is a move."""
    low = " ".join(text.lower().split())
    clauses = [c.strip() for c in _FIRST_CLAUSE_END.split(low) if c.strip()]
    undos = [i for i, clause in enumerate(clauses) if conversation_move(clause) == "undo"]
    if len(undos) != 1 or not 0 < undos[0] < len(clauses) - 1 or conversation_move(low) is not None:
        return None
    return " ".join(clauses[:undos[0]]), " ".join(clauses[undos[0] + 1:])


# where a first clause ends: a clause break, or a space between Chinese words ("撤回刚才屏幕那一步 问了我妈")
_FIRST_CLAUSE_END = re.compile(rf"{CLAUSE_BREAK.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def named_undo_then(text: str) -> tuple[str, str] | None:
    """A message whose first clause takes back one change by its name and whose other clauses say more ("刚刚加 Pixel 那个
    取消好了，我还是习惯苹果", "undo the ram change, 8 is plenty"): that clause and the rest, for the session to take the
    change back and then read the rest; None for any other message."""
    low = " ".join(text.lower().split())
    if _UNDO_ONE.match(low):
        return None  # one take-back said over clauses ("刚加的内存要求去掉吧，还按原来的看"): nothing more after it
    # interjections alone before it open the take-back, they are no clause of their own: "hmm no, undo the 5g, it
    # pushes the price up"
    cut = next((c for c in _FIRST_CLAUSE_END.finditer(low) if not _OPENER_ONLY.fullmatch(low[:c.start()].strip())), None)
    if cut is None or not (rest := low[cut.end():].strip()):
        return None
    first = low[:cut.start()]
    return (first, rest) if _UNDO_ONE.match(first) and not _undoes_again(rest) else None


def undone_brands(text: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The brands of a message that takes back the change it names by a brand ("undo the realme thing", "revert the
    no-oppo filter", "撤销三星的修改"): their wish or refusal goes back to what it was; empty for any other message."""
    m = _UNDO_ONE.match(" ".join(text.lower().split()))
    said = (m["name"] or m["zname"] or m["zname2"] or m["zname3"] or m["zname4"] or m["ename"]) if m else None
    return aliases.get(said, frozenset()) if said else frozenset()


# a foldable is a phone of the phone search (the default devices), so going back to it goes back to the phones
_TOPIC_WORDS = {"phone": (r"(?:smart\s*)?phones?|mobiles?|foldables?", "(?:手机|折叠屏|折叠手机)"),
                "tablet": (r"tablets?|ipads?", "平板")}


def _return_pattern(latin: str, chinese: str) -> re.Pattern[str]:
    return re.compile(rf"""
        # "back to my phone", "now the tablet", "switching back to looking at phones"
        (?<![a-z])(?:back\s+to|return\s+to|switch(?:ing)?\s+(?:back\s+)?to|now|again)
        # the words before the noun, "我的" among them in a mixed message ("back to 我的 foldable")
        (?:\s*(?:my|the|a|an|looking\s+at|for|about|me|我的|我自己的|[a-z]+(?=\s+(?:{latin})(?![a-z]))))*
        [\s,]+(?:{latin})(?![a-z])
        | (?<![a-z])(?:{latin})\s+(?:for\s+me|again)(?![a-z])              # "phones again"
        | (?<![a-z])my\s+(?:own\s+)?(?:{latin})(?![a-z])                   # "my own phone"
        | (?:回到|说回|换回|再看|回来看|继续看?)[^，。,.!?！？]{{0,4}}{chinese}  # "回到手机"
        | 我(?:自己)?的{chinese}|{chinese}(?:这边|的话)                      # "我的手机", "手机这边"
        """, re.VERBOSE)


# the Chinese noun also fits the English frames: a mixed-language shopper writes "now 手机 for me"
_RETURNS = {topic: _return_pattern(f"{latin}|{chinese}", chinese) for topic, (latin, chinese) in _TOPIC_WORDS.items()}


_BACK = re.compile(r"(?<![a-z])(?:back\s+to|return\s+to|switch(?:ing)?\s+back|again)(?![a-z])|回到|说回|换回|回去|继续看|再回")


def says_back(text: str) -> bool:
    """True when a topic move says it goes back ("back to the tablet", "还是回到平板"), not only "now"."""
    return bool(_BACK.search(text.lower()))


def topic_named(text: str) -> str | None:
    """The topic a message goes back or over to ("ok now back to my phone" -> "phone"), or None."""
    low = text.lower()
    found = [topic for topic, pattern in _RETURNS.items() if pattern.search(low)]
    return found[0] if len(found) == 1 else None


_TABLET = r"(?:the\s+|a\s+|an\s+|my\s+)?(?:tablets?|ipads?)"
_WITH = r"(?:with|w/|w(?![a-z/]))"  # "done with", as texted: "done w the tablet", "finished w/ that"
# Leaving the tablet: "enough about tablets", "forget the tablet", "tablet's done", "not a tablet", "平板先不看了"
_LEAVE_TABLET = re.compile(rf"""
    # "enough about tablets", "forget the tablet", "not a tablet"
    (?<![a-z])(?:enough\s+(?:about\s+|of\s+|{_WITH}\s*)?|forget\s+(?:about\s+)?|(?:done|finished|through|thru)\s+{_WITH}\s*
                |no\s+more\s+
                |not\s+|never\s+mind\s+)
    (?:{_TABLET})(?![a-z])(?:\s+(?:stuff|thing|search))?
    # "tablet's done", "the tablet is sorted"
    | (?<![a-z])(?:{_TABLET})(?:'s|\s+is)?\s+(?:done|sorted|settled|finished|over|enough)(?![a-z])
    # the detour closed by a pronoun for it (these words are read only while a tablet is the topic): "ok that's sorted",
    # "that one's settled", "done with that", "all set there"
    | (?<![a-z])(?:that|this|it)(?:\s+one)?(?:'?s|\s+is)\s+(?:all\s+|now\s+)?(?:done|sorted|settled|finished|handled|covered
                                                            |taken\s+care\s+of)(?![a-z])
    | (?<![a-z])(?:done|finished|through|thru)\s+{_WITH}\s*(?:that|this)(?:\s+one)?(?![a-z]) | (?<![a-z])all\s+set\s+there(?![a-z])
    # put off till later, as "平板回头再看" below: "the tablet i will decide next week", "the tablet can wait", "tablet, i'll
    # think about it later", "ok tablet i will see later with her"
    | (?<![a-z])(?:{_TABLET})[\s,]+(?:(?:i|we)(?:'ll|\s+will|\s+can)?\s+)?(?:decide(?:\s+on)?|think\s+about|look\s+at|see(?:\s+about)?|check|figure\s+out
                                                               |sort\s+out|deal\s+with)(?:\s+(?:it|that))?
      \s+(?:later|next\s+(?:week|month|time)|tomorrow|another\s+(?:day|time))(?![a-z])
    | (?<![a-z])(?:{_TABLET})\s+can\s+wait(?![a-z])
    # ... or "later" alone after it, in either language: "ok 平板 later", "tablet later, back to the phone"
    | (?:平板(?:电脑)?|(?<![a-z])(?:{_TABLET}))[\s,]*(?:(?:is\s+|for\s+)?later|next\s+time)(?![a-z])
    # "不看平板了", "算了平板"
    | (?:不看|不要|不是|算了|别看|不用看)(?:了)?平板(?:电脑)?
    # "平板先不看了", "平板的事搞定了"
    # "平板就先这样", "平板的事暂时就这么定了", "平板选好了": the adverbs before the closing word come in any number
    # (Cantonese 咁 for 这样: "tablet先咁")
    # "平板就先看到这", "平板先到这儿吧": looked at up to here
    # "平板的事先放放", "平板先搁一搁", "平板放一边", "平板緩緩": set aside for now
    # (a mixed message names the tablet in English before the Chinese: "OK tablet 遲啲先算", "tablet先不看了")
    | (?:平板(?:电脑)?|(?<![a-z])(?:tablets?|ipads?)\s*)(?:的事|这边)?(?:先|就|也|暂时|暂且|已经)*(?:不看了?|算了|(?:就)?(?:这(?:样|么定)|咁(?:定)?)(?:了|吧|啦)?|到此为止|搞定了?|看完了?
                                                     |(?:看|聊|说)?到这(?:里|儿)?(?:了|吧)?
                                                     |(?:放|搁|擱)一?(?:放|搁|擱)|放(?:一边|一邊|一下)|(?:缓|緩)一?(?:缓|緩)|不要了|可以了|好了|定了|选好了|挑好了|看好了|决定了|ok了|没问题了)
    # "平板我再研究", "平板回头再看", "平板之后再说": put off till later (Cantonese 迟点/遲啲 "later" too: "平板迟点先算")
    | (?:平板(?:电脑)?|(?<![a-z])(?:tablets?|ipads?)\s*)(?:的事|这边)?(?:我|我们)?(?:先|就|也)*(?:再|之后|回头|以后|晚点|迟点|改天|下次)
      (?:先|再)?(?:研究|看|算|说|聊|考虑|想想|决定)
    # "平板我心里有数了", "平板心里有底了", "平板有谱了": the shopper knows what to get
    | (?:平板(?:电脑)?|(?<![a-z])(?:tablets?|ipads?)\s*)(?:的事|这边|的话)?(?:我|我们)?(?:心里)?(?:已经|也|都)?有(?:数|底|谱)了?
    """, re.VERBOSE)
_PHONE = re.compile(r"(?<![a-z])(?:smart\s*)?(?:phones?|mobiles?)(?![a-z])|手机")
_ANY_TABLET = re.compile(r"(?<![a-z])(?:tablets?|ipads?)(?![a-z])|平板")
# the words that carry the move back ("ok now back to", "again", "接着看", "那边继续") are no wish about phones
_MOVE_WORDS = re.compile(r"""
    (?<![a-z])
    (?:(?:let'?s\s+)?(?:go\s+|get\s+|come\s+|switch(?:ing)?\s+)?back\s+to|return(?:ing)?\s+to  # "let's go back to"
       |now|again|time|what\s+about|how\s+about|please|for\s+me|my\s+own|my|the|a)            # "now", "what about"
    (?![a-z])
    | (?:回到|说回|换回|再看|回来看|接着看?|继续看?|看看|那边|这边|的话|继续|呢|的事|我的|我自己的)  # "接着看", "那边继续"
    # "说回我自己换手机的事": the shopper's own change of phone (the phone word is cut before these are read)
    | (?:我)?自己(?:的)?|(?:换|买)(?:个|部|台)?(?=\s|$)
    # Cantonese's counter as "my" and its closing 先 ("first"): "讲返我部手机先" is "back to my phone"
    | 我(?:部|台|个)(?=\s|$)|(?<=\s)先(?=\s*[.。!！]*$)
    """, re.VERBOSE)


# the shopper's own search, gone back to from a tablet for someone else: "right, back to mine", "now my own", "我自己的呢"
_BACK_TO_MINE = re.compile(r"(?<![a-z])(?:(?:back\s+to|and|now|what\s+about|how\s+about)\s+(?:mine|my\s+own)"
                           r"|my\s+own(?:\s+one)?\s+again)(?![a-z])|我自己的")


def back_to_phones(text: str) -> str | None:
    """The message without the words of its move when it goes (back) to the phone search from a tablet:
    it names the phone, or goes back to the shopper's own, and the tablet only to leave it ("enough about tablets, my
    phone again", "right, back to mine", "平板先不看了，接着看我的手机", "手机呢"); None otherwise."""
    low = text.lower()
    leaving = [m.span() for m in _LEAVE_TABLET.finditer(low)]
    rest = _cut(low, leaving)
    phones = [m.span() for m in _PHONE.finditer(rest)] or [m.span() for m in _BACK_TO_MINE.finditer(rest)]
    if not phones or _ANY_TABLET.search(rest):
        return None
    return _MOVE_WORDS.sub(" ", _cut(rest, phones)).strip(" ,，.。!！;；")


_GO_BACK = re.compile(r"(?<![a-z])(?:back\s+to|return(?:ing)?\s+to|switch(?:ing)?\s+back\s+to)(?![a-z])|回到|说回|换回")


def back_to_words(text: str) -> str | None:
    """What a message goes back to when it says so, or leaves the tablet, and names no kind of device ("back to the
    motorolas" -> "motorolas", "回到小米那边" -> "小米", "平板就这样，继续看vivo" -> "vivo"): the message without the words
    of the move; None otherwise."""
    low = text.lower()
    leaving = [m.span() for m in _LEAVE_TABLET.finditer(low)]
    rest = _cut(low, leaving)  # "enough tablets, back to the pixels"
    if not (leaving or _GO_BACK.search(rest)) or _PHONE.search(rest) or _ANY_TABLET.search(rest):
        return None
    return _MOVE_WORDS.sub(" ", rest).strip(" ,，.。!！;；")


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans replaced by a space each (spans in order, not overlapping)."""
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


# a number with no unit, or with only a multiplier ("make it 90k", "1.2 lakh then"): (digits, multiplier)
# a full stop after the figure ends the sentence ("cheaper. 250."), one glued to more of a word ("1.x") does not
_BARE_NUMBER = re.compile(rf"(?<![0-9a-z_.$¥₹#])(\d+(?:\.\d+)?)(?:\s*({MULT}))?(?![0-9a-z_%$¥₹元块个款号]|\.[0-9a-z_])")


# where a clause ends: a comma or a sentence mark (not a decimal point)
_CLAUSE_END = re.compile(r"[,，;；!！?？。]|\.(?!\d)")


def _up_to_figure_clause(low: str) -> str:
    """A lower-cased message up to the end of the clause holding its one bare figure; all of it when it holds none
    or several."""
    figures = list(_BARE_NUMBER.finditer(low))
    if len(figures) != 1:
        return low
    end = _CLAUSE_END.search(low, figures[0].end())
    return low[:end.start()] if end else low


def _bare_values(low: str) -> list[float]:
    """The values of the bare numbers in a lower-cased message, their multipliers applied."""
    return [scale(float(digits), mult) for digits, mult in _BARE_NUMBER.findall(low)]
_AT_MOST = re.compile(latin_alt([r"max(?:imum)?", r"at\s+most", r"tops", r"or\s+less", r"no\s+more\s+than", r"(?:less|fewer)\s+than",
                                 r"under", r"below", r"up\s+to", r"stretch(?:\s+(?:it|that|the\s+budget|my\s+budget))?\s+to",
                                 "以内", "以下", "最多", "可以到", "能到",
                                 "之内", "不超过"]))
_AT_LEAST = re.compile(latin_alt([r"min(?:imum)?", r"at\s+least", r"or\s+more", r"more\s+than", r"over", r"above", "以上", "至少",
                                  "起"]))
_QUANTITY = re.compile(latin_alt([
    r"less", r"more", r"fewer", r"lower", r"higher", r"smaller", r"bigger", r"larger", r"enough", r"(?:will|would)\s+do",
    r"is\s+(?:fine|plenty|ok(?:ay)?)", r"suffices?", r"instead", "少", "多", "低", "高", "小", "大", "够", "就行", "就好", "可以", "也行",
    # the figure held before, said to have been right: "12 was fine after all", "8 was enough", "还是12吧", "回到12"
    r"(?:was|were)\s+(?:\w+\s+)?(?:fine|ok(?:ay)?|alright|good|enough|plenty|better|right)", r"after\s+all", "还是", "回到",
    # a figure said in place of the one in force: "sorry I meant 700", "make that 600", "改成4000"
    r"(?:i\s+)?meant", r"make\s+(?:it|that)", r"rather", r"(?:up|raise|bump|increase|lower|drop|reduce)\s+(?:it|that)\s+to", r"change\s+(?:it|that)\s+to", r"correction", "改成", "改为", "换成",
    # a figure put back: "put it back to 400", "改回4000吧"
    r"(?:put|set|change|take|bring)\s+(?:it|that|the\s+budget)\s+back\s+to", r"back\s+to", "改回", "调回",
    "改到", "调到", "提到", "加到", "降到", "我的意思是",
    # a comparative with the figure it goes to: "a bit cheaper, like 550", "lighter, 180 or so", "便宜点，2000"
    r"cheaper", r"pricier", r"(?:more|less)\s+expensive", r"lighter", r"heavier", r"longer", r"like", r"say", "便宜", "贵", "轻"]))


def aspect_named(text: str) -> str | None:
    """The one numeric filter slot a message names ("less storage, 256 will do" -> "spec:storage_gb", "预算少点" ->
    "budget"); None when it names none or several. Clauses after the one with the message's figure are left out: they
    say why ("go back to the 250 cap, she'll crack the screen anyway" names no screen filter)."""
    low = _up_to_figure_clause(text.lower())
    slots = {_SLOTS[key][1][0].slot for key, word in _WORD.items()
             if (key == "budget" or _SLOTS[key][1][0].slot.startswith("spec:")) and word.search(low)}
    return slots.pop() if len(slots) == 1 else None


# a figure complained of as too little, the reason a figure said beside it is wanted back: "还是500吧，400 选择太少",
# "go back to 500, 400 is too few": it bounds nothing
# a figure complained of, as too little ("400 选择太少") or as too dear or too much ("512还是太贵了，256的也行", "512 is too
# pricey, 256 works"): the figure moved away from, not the one meant
_COMPLAINED_FIGURE = re.compile(r"""
    (?<![0-9a-z_.$¥₹#])\d+(?:\.\d+)?\s*(?:的话|的)?\s*(?:选择|选项|结果|机型|款式|能选的)?\s*(?:也|就|实在|真的|有点|都|还是)?\s*
      (?:太少|太低|太窄|太局限|太紧|太贵|太多|用不[着了完]|不够(?:多|用)?(?=[\s,，。.!！?？了啦吧啊]|$))
    | (?<![0-9a-z_.$¥₹#])\d+(?:\.\d+)?\s+(?:is|was|gives?|gave|leaves?|left|has|had)\s+(?:me\s+)?(?:still\s+)?(?:way\s+)?
      (?:too\s+(?:few|low|little|tight|limiting|limited|pricey|expensive|much|dear)|not\s+enough)(?![a-z])
    """, re.VERBOSE)


def bare_number(text: str) -> tuple[float, str | None] | None:
    """The one number without a unit in a message that says how much ("less, 12 is enough", "少点也行，256就够"),
    with the side it bounds when the message says it ("lo" / "hi"); None otherwise. A figure complained of as too
    little ("400 选择太少") is no such number."""
    low = _COMPLAINED_FIGURE.sub(" ", text.lower())
    numbers = _bare_values(low)
    if len(numbers) != 1:
        return None
    side = "hi" if _AT_MOST.search(low) else "lo" if _AT_LEAST.search(low) else None
    if side is None and not _QUANTITY.search(low):
        return None
    return numbers[0], side


# a slip owned in Chinese, whatever was slipped: said (说错了), typed (打错了, 写错了, 输错了, 按错了), mistaken (搞错了),
# or named (口误, 笔误)
_MISSAID_ZH = r"(?:(?:说|讲|打|写|输|按|敲|填|弄|搞|记|看)错了?|(?<![不没])错了|口误|笔误|手误|手滑)"
# a message that is only a figure said again after correction words: "no wait, 6.3", "不对，6.3", "actually 6.2",
# "oops meant 50k", "打错了 是2500"
_CORRECTED_NUMBER = re.compile(rf"""
    ^\s*(?:(?:no+|nope|nah|wait|sorry|actually|oops|whoops|hm+|oh|my\s+bad|(?:i\s+)?mean(?:t)?|不对|不是|{_MISSAID_ZH}|我是说
             |应该是|其实)
            [\s,，.。!！;；:—–-]*)+
    (?:是|应该是|要|改成)?\s*(?P<n>\d+(?:\.\d+)?)(?P<k>\s*k)?[\s.。!！]*$""", re.VERBOSE)


def corrected_number(text: str) -> float | None:
    """The figure of a message that only corrects a figure said before, without its unit ("no wait, 6.3" after "a screen
    under 6.5 inches", "oops meant 50k" after "under 60k pkr": "k" is a thousand): the filter in force it belongs to is the
    session's to find; None for any other message."""
    m = _CORRECTED_NUMBER.match(text.lower())
    return float(m["n"]) * (1000 if m["k"] else 1) if m else None


# a figure said not to be needed: "no need for 8gb", "8gb isn't necessary", "don't need 8gb", "8G内存不是必须的"
_UNNEEDED_FIGURE = re.compile(r"""
    (?:no\s+need\s+(?:for|of)|(?:i\s+)?(?:don.?t|do\s+not|doesn.?t|does\s+not)\s+(?:really\s+)?need)\s+(?:a\s+|an\s+)?
      (?P<n>\d+(?:\.\d+)?)\s*(?:gb|g|tb|mah|mp|inch(?:es)?|"|in)?(?![a-z0-9])
    | (?<![\d.])(?P<n2>\d+(?:\.\d+)?)\s*(?:gb|g|tb|mah|mp|inch(?:es)?|"|in)?(?:\s+(?:of\s+)?[a-z]+)?\s+
      (?:is|are)?\s*(?:not|n.?t|no\s+longer)\s+(?:really\s+)?(?:needed|necessary|required|essential|a\s+must)(?![a-z])
    | (?<![\d.])(?P<n3>\d+(?:\.\d+)?)\s*(?:gb|g|tb|寸|英寸|毫安|mah|万像素|mp)?\s*(?:的)?\s*(?:内存|运存|存储|电池|屏幕)?\s*
      (?:也|就)?(?:不是必须的?|不必要|没必要|不需要了?|用不着|不用了?)
    # a limit let go by its figure alone, which the filter in force holding it names: "forget the 1200 limit", "drop the
    # 1200 dirham cap", "never mind that 5000 minimum"
    | (?:forget(?:\s+about)?|drop|ignore|scrap|scratch|ditch|remove|lift|skip|never\s*mind|nvm|get\s+rid\s+of)\s+(?:the|my|that|this)\s+
      (?:[$₹€£]\s*)?(?P<n4>\d+(?:\.\d+)?)(?P<k4>\s?k)?\s*(?:(?:dollars?|bucks|usd|dirhams?|aed|rs|rupees?|inr|pkr|rmb|yuan)\s+)?
      (?:limit|cap|max(?:imum)?|min(?:imum)?|ceiling|floor)(?![a-z])
    """, re.VERBOSE)


def unneeded_figure(text: str) -> float | None:
    """The figure a message says is not needed ("no need for 8gb", "8G内存不是必须的") or lets go as a limit ("forget the
    1200 limit"): the filter in force that holds it goes (it is no wish for that figure); None when the message says no
    such thing."""
    m = _UNNEEDED_FIGURE.search(text.lower())
    if m is None:
        return None
    if m["n4"]:
        return float(m["n4"]) * (1000 if m["k4"] else 1)
    return float(m["n"] or m["n2"] or m["n3"]) * (1024 if re.search(r"\dtb", m.group(0)) else 1)


# a figure said after "not" or 不是 ("wait not 80, I can do 90k", "是九万不是8万"): the one the shopper takes back
_REFUSED_FIGURE = re.compile(r"(?<![a-z])(?:not|isn'?t)\s+(?:the\s+)?[$₹€£]?\s*(?P<n>\d+(?:\.\d+)?)(?![\d.])|不是\s*(?P<zh>\d+(?:\.\d+)?)(?![\d.])")


def refused_figures(text: str) -> list[float]:
    """The figures a message says "not" to, as said ("wait not 80, I can do 90k" -> [80.0]); no unit is read."""
    return [float(m["n"] or m["zh"]) for m in _REFUSED_FIGURE.finditer(text.lower())]


def lone_number(text: str) -> float | None:
    """The one number without a unit in a message, whatever the words around it ("预算其实是4000"); None when there is
    none or more than one. Only a message that corrects or names the filter makes it that filter's figure."""
    numbers = _bare_values(text.lower())
    return numbers[0] if len(numbers) == 1 else None


# a figure in digits or Chinese numerals ("三千"), with its unit or bound word ("8gb", "2000以内", "6.7寸")
# a figure with the unit of a spec: "8G", "6.5寸", "5000mah"; the unit says the spec, except G/GB (RAM or storage)
_UNIT_FIGURE = re.compile(r"(?<![0-9a-z.])(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>gb|g|tb|寸|英寸|inch(?:es)?|in|mah|毫安|克|grams?|mp|万像素)"
                          r"(?![a-z0-9])")
_UNIT_SLOTS = {"寸": "spec:screen_in", "英寸": "spec:screen_in", "inch": "spec:screen_in", "inches": "spec:screen_in",
               "in": "spec:screen_in", "mah": "spec:battery_mah", "毫安": "spec:battery_mah", "克": "spec:weight_g",
               "gram": "spec:weight_g", "grams": "spec:weight_g", "mp": "spec:main_camera_mp", "tb": "spec:storage_gb"}


def unit_figure(text: str) -> tuple[float, str | None] | None:
    """The one figure with a spec's unit in a message ("不对，是8G" -> (8, None), "no, 6.5 inches" -> (6.5,
    "spec:screen_in")) and the filter its unit names (None for G/GB: RAM or storage); None unless there is one."""
    found = list(_UNIT_FIGURE.finditer(text.lower()))
    if len(found) != 1:
        return None
    m = found[0]
    value = float(m["n"]) * (1024 if m["unit"] == "tb" else 1)
    return value, _UNIT_SLOTS.get(m["unit"])


# a currency sign may open a figure: "$350 not $500", "¥2500 instead of ¥3000"
_FIGURE = r"(?:[$¥€£₹]\s*)?(?:\d+(?:\.\d+)?\s*(?:(?!k(?![a-z]))" + MULT + r"|k(?![a-z]))?[a-z]{0,4}|[一二两三四五六七八九十百千万]+)(?:以内|以下|以上|之内|左右|元|块钱?|寸|英寸)?"
# One figure said in place of another: "5000 not 3000", "12 instead of 8", "I said 8GB but I meant 12", "是5000不是4000",
# "不是4000是5000", "把4000改成5000"; (new, old) groups in either order, told apart by their names
_REPLACED = [re.compile(p) for p in (
    # (the aspect or a particle may stand between: "RAM 12G 啦 不是 8G", "12GB RAM, not 8GB")
    rf"(?P<new>{_FIGURE})(?:\s*(?:ram|memory|storage|rom|battery|screen|内存|运存|存储|电池|屏幕))?[\s,，]*"
    rf"(?:(?:啦|啊|呀|喔|哦|嘛|吧|了|lah?)(?![a-z])[\s,，]*)?(?:not|instead\s+of|rather\s+than|而不是|不是)\s*(?P<old>{_FIGURE})",
    # "not 60 thousand, I meant 70 thousand", "not 300 - I mean 350"
    rf"(?<![a-z])(?:not|不是)\s*(?P<old>{_FIGURE})(?:[\s,，]*(?:but|it'?s|而?是|我?要的是)\s*|\s*[,，;；\-–—]\s*)"
    rf"(?:(?:i\s+)?mean[t]?\s+)?(?P<new>{_FIGURE})",
    # "change 8gb to 12gb", "bump it from 500 to 600", "8gb -> 12gb"
    rf"(?<![a-z])(?:change|switch|swap|replace|make|turn|bump|move|raise|lower|increase|reduce|up)\s+(?:it\s+|that\s+)?"
    rf"(?:from\s+)?(?P<old>{_FIGURE})\s*(?:to|into|with|for|->|→|=>)\s*(?P<new>{_FIGURE})",
    rf"(?P<old>{_FIGURE})\s*(?:->|→|=>)\s*(?P<new>{_FIGURE})",
    # a slip caught mid-message, the figure meant right after: "预算5000以内，哦不，6000", "8G，不对，12G", "under 500, no
    # wait, 600"
    rf"(?P<old>{_FIGURE})[\s,，.。]*(?:(?:哦|噢|喔|呃|额|啊|唉)\s*不(?:对)?|不对|不不|no+\s+wait|wait\s+no|no,\s*i\s+mean)"
    rf"[\s,，.。!！]*(?:是|应该是|i\s+mean\s+)?(?P<new>{_FIGURE})",
    # "I said 8GB but I meant 12", "I said 600? make it 800", "i said 600, let's say 800"
    rf"(?<![a-z])said\s+(?P<old>{_FIGURE})[\s,，?？.!]*(?:but\s+|and\s+|so\s+)?(?:(?:i\s+)?meant|make\s+(?:it|that)"
    rf"|change\s+(?:it|that)\s+to|let'?s\s+(?:say|do|make\s+it)|it\s+should\s+be)\s+(?P<new>{_FIGURE})",
    rf"(?:把)?(?P<old>{_FIGURE})\s*(?:改成|换成|改为|变成)\s*(?P<new>{_FIGURE})",
    # the figure in force said to be too much, then the one meant: "16 is too much, 12 was fine", "16太多了，12就够"; a
    # figure too dear is too much too ("12g 太贵 8g is fine", "12gb is too pricey, 8 is ok"): no bound of its own
    rf"(?P<old>{_FIGURE})\s*(?:(?:is|'s|was|seems)\s+)?(?:(?:too|way\s+too)\s+(?:much|many|high|big|far|little|low|small"
    rf"|expensive|pricey|pricy|costly|dear)|overkill|overpriced|(?:太|有点)(?:多|高|大|少|低|小|贵|奢侈)了?)[\s,，;；.。!！]+(?:and\s+|but\s+)?(?P<new>{_FIGURE})",
    # the figure in force let go, then the one said to be enough: "nvm the 12gb thing, 8 is prob enough", "forget the
    # 6000mah, 5000 will do", "scrap that 256gb requirement - 128 is fine"
    rf"(?<![a-z])(?:nvm|never\s*mind|forget(?:\s+about)?|scrap|drop|ditch|skip|scratch)\s+(?:the\s+|that\s+|my\s+)?(?P<old>{_FIGURE})"
    rf"(?:\s+(?:thing|requirement|part|bit|one|filter|limit))?[\s,，;；.。!！\-–—]+(?:and\s+|but\s+|i\s+think\s+|maybe\s+)?(?P<new>{_FIGURE})"
    rf"(?=[^,.;!?]{{0,30}}?(?<![a-z])(?:enough|fine|ok(?:ay)?|plenty|(?:will|would|should)\s+do|works?)(?![a-z]))",
)]


def replaced_number(text: str) -> tuple[float, float] | None:
    """(old, new) when the message puts one figure in place of another ("make that 5000 not 3000",
    "I said 8GB but I meant 12", "说错了，是5000不是4000"); None otherwise. "k" multiplies by a thousand."""
    low = text.lower()
    for pattern in _REPLACED:
        if (m := pattern.search(low)) and _same_unit(m):
            return _figure(m, "old"), _figure(m, "new")
    return None


def _same_unit(m: re.Match[str]) -> bool:
    """False when both figures carry a unit and the units differ: "drop the 12gb thing, 5000 mah battery is enough"
    lets the RAM go and says a battery, no new RAM figure ("gb" and "g" are one unit)."""
    units = [(u := _UNIT.match(re.sub(rf"^[$¥€£₹\s]*\d+(?:\.\d+)?\s*(?:{MULT}|k(?![a-z]))?\s*", "", m[name]))) and
             u.group(0).rstrip("b") for name in ("old", "new")]
    return not all(units) or units[0] == units[1]


_UNIT = re.compile(r"(?:gb?|tb|mah|mp|inch(?:es)?|grams?)(?![a-z])")
"""The units a replaced figure may carry (any other word after it, "8 is enough", is no unit)."""


def _figure(m: re.Match[str], name: str) -> float:
    said = m[name].lstrip("$¥€£₹ ")
    digits = re.match(r"\d+(?:\.\d+)?", said)
    if digits is None:  # "三千": the group opens with Chinese numerals
        return parse_number(re.match(r"[一二两三四五六七八九十百千万]+", said).group(0)) or 0.0  # type: ignore[union-attr]
    value = float(digits.group(0))
    multiplier = re.match(rf"\d+(?:\.\d+)?\s*({MULT})", said)  # "70k", "70 thousand", "1.5 lakh"
    return scale(value, multiplier.group(1)) if multiplier else value


_LOOSEN = re.compile(latin_alt([
    r"(?:is|are|'s|'re)\s+(?:\w+\s+)?(?:fine|ok(?:ay)?|acceptable|allowed|alright|good(?:\s+too)?)",
    r"(?:would|will|could|should|might)\s+(?:also\s+|still\s+)?be\s+(?:\w+\s+)?(?:fine|ok(?:ay)?|alright|acceptable|good)",
    # "I'd take a 2021 one too", "I'd also consider oppo": taken as well as what is wanted
    r"(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:also\s+)?(?:take|accept|consider)(?:\s+\S+){0,4}?\s+(?:too|as\s+well)(?![a-z])",
    r"(?:i'?d|i\s+would|i'?ll|i\s+will)\s+also\s+(?:take|accept|consider)(?![a-z])",
    r"'s\s+(?:\w+\s+)?(?:fine|ok(?:ay)?|alright|acceptable|good)(?:\s+too)?", r"works?\s+(?:for\s+me\s+)?(?:too|as\s+well)",
    r"(?:works|work)\s+(?:for\s+me\s+)?too", r"i\s+don'?t\s+mind", r"i'?m\s+(?:fine|ok(?:ay)?|open\s+to)(?:\s+with)?",
    r"would\s+be\s+ok(?:ay)?", r"(?:can|could)\s+(?:also\s+)?(?:be\s+considered|consider|include)", r"open\s+to",
    r"(?:allow|include)\s+(?:it|them)?\s*again",
    # "isn't a dealbreaker", "let Samsung back in", "I can live with it", "don't exclude", "Samsung can stay"
    r"(?:not|isn'?t|aren'?t|no)\s+(?:a\s+|an\s+)?(?:deal\s*-?\s*breaker|problem|issue)", r"(?:bring|put|let|add)(?:\s+\S+){0,2}\s+back",
    r"back\s+(?:in|on\s+the\s+list)", r"can\s+stay", r"(?:can|could)\s+live\s+with", r"happy\s+with", r"fine\s+with",
    r"(?:don'?t|do\s+not|stop|no\s+need\s+to|no\s+longer)\s+(?:exclud|block|filter)\w*",
    "不介意", "算进来", "算上", "加回来", "加进来", "放进来", "不用排除", "不排除", "别排除", "无妨", "能接受", "不是问题",
    "其实也", "也可以", "也行", "也可", "也没问题", "也无所谓", "都可以", "都行", "也不错", "也能接受", "可以接受", "没问题", "也能考虑",
    "可以考虑", "也考虑", "也看看", "还是可以", "放开", "还行", "也ok", "也好", "也成", "也凑合", "没关系", "不是不行", "也不是不行",
]))
# "only" that scopes a refusal ("only infinix out", "only xiaomi is excluded now") narrows what is refused, not what is
# wanted: the message may still let another brand back in ("tecno is alright actually, only infinix out", "tecno is fine,
# it's only infinix i don't want", Pidgin "na only infinix i no want")
_ONLY = re.compile(r"(?<![a-z])only(?![a-z])(?!(?:\s+[a-z0-9]+){1,3}?\s+(?:(?:is|are|stays?|should\s+(?:be|stay))\s+)?"
                   r"(?:out|excluded|banned|blocked|removed|refused)(?![a-z])"
                   r"|(?:\s+[a-z0-9]+){1,3}?,?\s+(?:i|we|he|she|they)\s+(?:really\s+|just\s+|still\s+)?"
                   r"(?:don'?t|do\s+not|doesn'?t|does\s+not|no|never)\s+(?:want|like|need|trust)(?![a-z]))"
                   # 只要…就行 is "as long as", no "only": "联发科也无所谓了，只要散热顶得住就行"
                   r"|只要(?![^,，。;；!！]*就(?:行|好|可以|ok))|只看|只考虑|仅")


def is_loosening(text: str) -> bool:
    """True when the message allows what it names ("Samsung is fine actually", "小米其实也可以")."""
    low = text.lower()
    return bool(_LOOSEN.search(low)) and not _ONLY.search(low)


_CORRECTION = re.compile(latin_alt([
    r"(?:actually|no|sorry|wait)[,\s]+i\s+(?:meant|mean|said)", r"i\s+meant", r"correction", r"i\s+misspoke",
    r"what\s+i\s+(?:meant|said)\s+(?:was|is)", r"no\s+wait", r"wait[,\s]+no", r"oops", r"my\s+bad", "不对",
    r"^\s*(?:no+|nope|nah)\s*[,.!;:—–-]+\s*(?=[\d$₹¥€£])",  # "no — 6.5 inches", "no, 8gb": a figure said instead
    "我说的是", "我是说", "我的意思是", "更正", _MISSAID_ZH,
]))


# "(sorry) 是 Tecno 不是 Infinix", "应该是6.5寸，不是6.7": a message that is only "it is A, not B" puts A in B's place;
# said as a question ("为什么是A不是B", "是A不是B吗") it asks, and corrects nothing
_CONTRAST_ZH = re.compile(r"""
    ^\s*(?:(?:sorry|oops|抱歉|不好意思|对不起|哦|噢|呃|啊)[\s,，!！.。]*)?   # an apology or opener
    (?:应该|其实|本来)?是\s*[^\s,，。?？]+\s*[,，]?\s*(?:而)?不是\s*[^\s,，。?？]+\s*[。.!！]?\s*$
    """, re.VERBOSE)
_ASKS_WHY = re.compile(r"为什么|为啥|怎么|干嘛|why|[?？吗]")


def is_correction(text: str) -> bool:
    """True when the message corrects an earlier statement ("actually I meant at most 6.7 inches", "不对，...",
    "sorry 是 Tecno 不是 Infinix")."""
    low = text.lower()
    return bool(_CORRECTION.search(low)) or (_CONTRAST_ZH.search(low) is not None and not _ASKS_WHY.search(low))


# a space may stand between the Chinese "not" and a latin name in a mixed message ("不是 Infinix")
_NOT_THAT = re.compile(r"(?:(?<![a-z])(?:not|instead\s+of|rather\s+than)\s+(?:the\s+|an?\s+)?|(?:而不是|不是|而非)\s*)$")


DEVICE_NAMES: dict[str, frozenset[str]] = {
    **{word: frozenset({"tablet"}) for word in ("tablet", "tablets", "ipad", "ipads", "pad", "平板", "平板电脑")},
    **{word: frozenset({"foldable"}) for word in ("foldable", "foldables", "fold", "折叠屏", "折叠手机", "折叠")},
}
"""Device-kind words a correction can name as not meant ("a phone, not a tablet"), as `corrected_away` aliases."""


def corrected_away(text: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Brands a correction says were NOT meant ("我说的是华为不是荣耀", "I meant Xiaomi, not Redmi"):
    the brands of the aliases right after "not" / "不是"."""
    return _named_after(text, aliases, _NOT_THAT)


_UNEXCLUDE = re.compile(r"""
    (?:(?<![a-z])(?:don'?t|do\s+not|stop|no\s+need\s+to|no\s+longer|quit)\s+(?:exclud|block|filter)\w*(?:\s+out)?  # "don't exclude"
       |不(?:用|再|必|要)?排除|别(?:再)?排除|无需排除)                                                      # "不用排除"
    \s*$                                                                              # right before the brand
    """, re.VERBOSE)


_EXCLUSION_DROPPED = (re.compile(r"(?<![a-z])(?:remove|drop|lift|undo|cancel|clear|forget|delete|get\s+rid\s+of)\s+(?:the\s+|my\s+)?$"),
                      re.compile(r"^\s*(?:exclusion|ban|block|filter|restriction|refusal)(?![a-z])"))


def lifted(text: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Brands named right after a refused exclusion ("don't exclude Samsung", "不排除三星了") or before a dropped one
    ("remove the Apple exclusion"): the shopper lets them back in, though an exclusion word stands beside them."""
    return _named_after(text, aliases, _UNEXCLUDE) | _named_after(text, aliases, *_EXCLUSION_DROPPED)


_UNREQUIRE = re.compile(r"""
    (?:(?<![a-z])(?:(?:does|do)\s*(?:n.?t|\s+not)\s+(?:have|need)\s+to\s+be                # "doesn't have to be"
       |not\s+necessarily|no\s+need\s+for|(?:not|no\s+longer)\s+(?:just|only)                # "not necessarily"
       |don.?t\s+(?:limit|restrict)\s+(?:it\s+|me\s+|myself\s+|yourself\s+)?to(?:\s+just|\s+only)?)  # "don't limit to"
       \s+(?:an?\s+|the\s+)?
     |不一定(?:要|是|非得?)?|不(?:用|必|是)?非(?:得|要)?(?:是|要)?|不必(?:是|要)|没必要(?:是|要)?|不一定得)  # "不一定要"
    \s*$                                                                                  # right before the brand
    """, re.VERBOSE)
_UNREQUIRED_AFTER = re.compile(r"^\s*(?:is\s+|are\s+)?(?:not|no\s+longer)\s+(?:required|necessary|needed|a\s+must)(?![a-z])"
                               # "nokia doesnt matter", "oppo isn't important", "samsung is optional"
                               r"|^\s*(?:(?:does|do)\s*(?:n.?t|\s+not)\s+(?:really\s+)?matter|(?:is|are)\s*(?:n.?t|\s+not)\s+"
                               r"(?:that\s+|really\s+)?(?:important|essential)|(?:is|are)\s+optional)(?![a-z])"
                               r"|^\s*(?:不是必须的?|不是必需的?|不必须)")


def unrequired(text: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Brands the shopper no longer requires ("doesn't have to be Samsung", "not necessarily Vivo", "Samsung is not
    required", "不一定要三星"): they leave the wanted brands, and no refusal is read from the negation."""
    return _named_after(text, aliases, _UNREQUIRE) | _named_after(text, aliases, None, _UNREQUIRED_AFTER)


# the words after "doesn't have to be" / "不一定要", to the clause's end
_UNREQUIRED_THEN = re.compile(_UNREQUIRE.pattern.replace(r"\s*$", r"\s*(?P<w>[^,，。;；!！?？]{1,30})", 1), re.VERBOSE)
_CHIP_SAID = re.compile(r"\d|骁龙|天玑|麒麟|猎户座|高通|(?<![a-z])(?:snapdragon|sd|dimensity|helio|exynos|tensor|kirin|bionic|gen)(?![a-z])")


def unrequired_chip(text: str) -> bool:
    """True when what the shopper says no longer has to be is a chip ("芯片其实不用非得8gen3", "不一定要骁龙",
    "doesn't have to be a snapdragon 8 gen 3"): a figure or a chip family's word in the clause after the words."""
    return any(_CHIP_SAID.search(m["w"]) for m in _UNREQUIRED_THEN.finditer(" ".join(text.lower().split())))


_IN_PLACE = re.compile(r"""
    (?<![a-z])(?:instead|rather|make\s+it|switch(?:ing)?\s+to|change\s+(?:it\s+|that\s+)?to|swap\s+(?:it\s+)?(?:to|for))(?![a-z])
    | (?<![a-z])not\s+(?:a\s+|the\s+)?(?:phones?|tablets?|mobiles?|ipads?)(?![a-z])                 # "tablet, not phone"
    | (?<![a-z])same\s+(?:budget|price|specs?|filters?|criteria|everything|requirements?)(?![a-z])   # "same budget but a tablet"
    | 换成|改成|改为|换为|不是手机|不是平板|而不是|同样的?(?:预算|条件|配置|要求)|(?:预算|其他|其它|别的)(?:条件)?不变
    """, re.VERBOSE)
# a relative named with no "my" before it: "a tablet for grandma", "one for mom"
_FOR_SOMEONE = re.compile(rf"(?<![a-z])for\s+(?:(?:my|our|a|the|his|her)\s+(?!own|self)|(?={KIN_EN_WORD}))(?P<who>[a-z]+)"
                          rf"|给(?:我)?(?:的)?(?P<zwho>{KIN_ZH})")
# Another phone for someone else: "now one for my dad", "and one for my mom?", "also a phone for my wife", "another
# for my son", "再给我爸看一个", "也帮我妈找个手机"; "one" and the opening words say it is a search besides the one so far
_ANOTHER_FOR = re.compile(rf"""
    (?<![a-z])(?:(?:(?:now|also|and|next|then)\s+)?(?:one|another(?:\s+one)?)|(?:now|also|and|next|then)\s+(?:a\s+|some\s+)?
               (?:(?:smart\s*)?phones?|mobiles?|something))
    \s+(?:too\s+|as\s+well\s+)?for\s+(?:(?:my|our|his|her)\s+(?!own(?![a-z])|self(?![a-z]))|(?={KIN_EN_WORD}))(?P<who>[a-z]+)
    # "my son also needs a tablet", "my son (9) also needs one": an aside in brackets may follow the person
    | (?<![a-z])my\s+(?P<who2>[a-z]+)(?:\s*\([^()]{{1,20}}\))?\s+(?:also\s+)?{WANTS}\s+(?:one|an?\s+(?:new\s+)?(?:phone|mobile|one|tablet|ipad))(?![a-z])
    | (?:再|也|还要|还得|另外|顺便|然后|现在|先)(?:帮|替|给)?(?:给)?我?(?P<zwho>{KIN_ZH})(?:也)?(?:看|找|挑|选|买|推荐)
    | (?P<zwho2>{KIN_ZH})(?:也|还)(?:要|需要|想要|想换|要换|得换)                          # "我老婆也要一个"
    # someone else's search put before the shopper's own: "lets do my wife's first", "can we sort out my dad's phone
    # first", "start with my son's tablet", "先看我老婆的"
    | (?<![a-z])(?:(?:do|look\s+at|find|sort\s+out|handle|pick)\s+(?:my|our)\s+(?P<who3>{KIN_EN_WORD})['’]s
                 (?:\s+(?:one|phone|mobile|tablet|ipad))?\s+first
               |(?:start|begin)\s+with\s+(?:my|our)\s+(?P<who4>{KIN_EN_WORD})['’]s)(?![a-z])
    | 先(?:看|弄|挑|选|找)(?:一下)?我?(?P<zwho3>{KIN_ZH})的
    """, re.VERBOSE)
# verbs and prepositions that make "my phone" the handset the shopper holds, not the search of their own
_NOT_HANDLED = "".join(rf"(?<!{word}\s)" for word in ("held", "hold", "holds", "holding", "tried", "borrowed", "used", "using",
                                                      "on", "with", "from", "in", "took", "grabbed", "picked", "checked"))
# Back to the shopper's own search after one for someone else: "and for myself?", "now for me", "what about me?",
# "back to mine", "my own phone again", "那我自己的呢", "那我呢", "回到我的手机"
_MYSELF = re.compile(r"""
    (?<![a-z])(?:for\s+(?:myself|me)(?:\s+again)?|back\s+to\s+(?:mine|me|my\s+own)
                |(?:and|now|what\s+about|how\s+about)\s+(?:mine|me|myself|my\s+own(?:\s+(?:one|phone))?)
                # (not the handset in hand: "she held my phone", "typing on my phone", "she tried my mobile")
                |{_NOT_HANDLED}my\s+(?:own\s+)?(?:phone|mobile|search)(?:\s+again)?)(?![a-z])
    | 我自己|我的(?:手机)?(?:呢|吧)|(?:回到|说回|再看|看看|接着看|继续看)我的|^(?:那|那么)?我呢
    """.replace("{_NOT_HANDLED}", _NOT_HANDLED), re.VERBOSE)


def someone_else(text: str) -> str | None:
    """The person a message starts another search for ("now one for my dad" -> "dad", "my son also needs one" -> "son",
    "再给我爸看一个" -> "爸", "我老婆也要一个" -> "老婆"), or None when it says no such thing."""
    m = _ANOTHER_FOR.search(text.lower())
    return next((who for who in m.groups() if who), None) if m else None


def person_for(text: str) -> str | None:
    """The person a message says its device is for ("a tablet for my daughter" -> "daughter"), or None."""
    m = _FOR_SOMEONE.search(text.lower())
    return (m["who"] or m["zwho"]) if m else None





def kin_for(text: str) -> str | None:
    """The relative or friend a message says its phone is for ("a phone for my dad" -> "dad", "给我妈买" -> "妈");
    None for any other "for the ..." ("good for the price")."""
    m = _FOR_SOMEONE.search(text.lower())
    if m is None:
        return None
    return m["zwho"] or (m["who"] if m["who"] in KIN_EN else None)


# Back to the search for someone else, by whose it is: "back to my mom's phone", "what about dad's again", "再回到我妈的"
_BACK_TO_KIN = re.compile(rf"""
    (?<![a-z])(?:back\s+to|return\s+to|what\s+about|how\s+about|and)\s+(?:my\s+|the\s+)?(?P<who>[a-z]+)['’]s(?![a-z])
    | (?:回到|说回|换回|再看看?|继续看|接着看)(?:我|给我)?(?P<zwho>{KIN_ZH})(?:的|那个|那边)
    """, re.VERBOSE)


def back_to_kin(text: str) -> str | None:
    """The relative or friend whose search a message goes back to ("back to my mom's phone" -> "mom", "再回到我妈的" ->
    "妈"), or None."""
    m = _BACK_TO_KIN.search(text.lower())
    if m is None:
        return None
    return m["zwho"] or (m["who"] if m["who"] in KIN_EN else None)


def back_to_myself(text: str) -> bool:
    """True when a message goes back to the shopper's own search ("and for myself?", "我自己的呢")."""
    return bool(_MYSELF.search(text.lower()))


def keeps_the_rest(text: str) -> bool:
    """True when a message puts one device kind in place of the other for the shopper ("make it a tablet", "tablets
    instead", "same budget but a tablet", "换成平板"): it changes that filter and keeps the others, while a device for
    someone else ("a tablet for my son") starts a search of its own."""
    low = text.lower()
    return bool(_IN_PLACE.search(low)) and not _FOR_SOMEONE.search(low)


def says_only(text: str) -> bool:
    """True when the message says "only" / "只要": what it names is all the shopper wants."""
    return bool(_ONLY.search(text.lower()))


def _named_after(text: str, aliases: Mapping[str, frozenset[str]], before: re.Pattern[str] | None,
                 after: re.Pattern[str] | None = None) -> frozenset[str]:
    """The brands of the aliases that `before` matches the words right before (and `after` those right after)."""
    low = text.lower()
    named: set[str] = set()
    for alias, brands in aliases.items():
        for m in re.finditer(re.escape(alias), low):
            if (before is None or before.search(low[max(0, m.start() - 40):m.start()])) and (
                    after is None or after.search(low[m.end():m.end() + 24])) and (
                    not alias.isascii() or re.fullmatch(r"\W?", low[m.end():m.end() + 1] or "")):
                named |= brands
    return frozenset(named)


# One brand put in place of another ("swap Samsung for Xiaomi", "Xiaomi instead of Samsung", "not Samsung, Google",
# "把三星换成小米", "不要华为了，要荣耀"): frames around the two names, told apart by which name comes first.
_A = r"(?:an?\s+|the\s+)?"
# the words that say the name after a pause is the one meant: "but I meant honor", "，要荣耀"
_NEW_SAID = (rf"(?:(?:but|and)\s+)?(?:it'?s\s+|(?:i\s+)?(?:want|meant|mean)\s+|go\s+(?:with|for)\s+)?{_A}$"
             r"|\s*了?\s*[,，;；]?\s*(?:而是|是|要|换成?|改成|看)\s*$")
_OLD_THEN_NEW = (
    # a swapping verb before the old name, a preposition between: "replace realme with motorola", "change X to Y"
    (re.compile(r"(?<![a-z])(?:swap|switch|replace|change|trade|exchange|substitute|turn|make)\s+(?:out\s+)?"
                r"(?:the\s+|my\s+|that\s+|it\s+from\s+|from\s+)?$"),
     re.compile(rf"\s*(?:for|with|to|into|by|->|→|=>)\s*{_A}$")),
    # an arrow or a Chinese verb of changing between, nothing needed before: "samsung -> xiaomi", "三星换成小米"
    (re.compile(r""), re.compile(r"\s*(?:->|→|=>|换成|改成|改为|换为|变成|替换成|替换为)\s*$")),
    # the old name refused or said by mistake, the new one after a pause: "not samsung, google", "instead of X, Y",
    # "I said oppo but I meant honor", "不要华为了，要荣耀", "不是三星，是小米"
    (re.compile(rf"(?<![a-z])(?:instead\s+of|rather\s+than|not|no\s+more|said)\s+{_A}$|不是\s*$"),
     re.compile(rf"(?:\s*[,，;；?？.!]+\s*|\s+){_NEW_SAID}")),
    # after a Chinese refusal verb a bare space only lists the refused names ("不要oppo vivo" refuses both); a pause
    # needs a mark or a verb: "不要华为，荣耀", "不要华为了 要荣耀"
    (re.compile(r"(?:不要|别要|不看)\s*$"), re.compile(rf"\s*[,，;；?？.!]+\s*{_NEW_SAID}")),
)
# between the names, new first: "vivo rather than oppo", "xiaomi not samsung", "是小米不是三星"
_NEW_THEN_OLD = re.compile(rf"\s*[,，]?\s*(?:instead\s+of|rather\s+than|in\s+place\s+of|over|not|而不是|不是|而非|代替)\s*{_A}$")
# ... unless the first name is refused too: "not an iphone, not a pixel" refuses both
_REFUSED_FIRST = re.compile(rf"(?<![a-z])(?:not|no)\s+{_A}$|(?:不要|不是)\s*$")


def swapped_brands(text: str, pattern: re.Pattern[str],
                   aliases: Mapping[str, frozenset[str]]) -> tuple[frozenset[str], frozenset[str]] | None:
    """(old, new) when a message that names exactly two brands puts one in place of the other ("replace Realme
    with Motorola", "vivo rather than oppo", "把三星换成小米"); None otherwise. The old brand leaves the wanted
    ones and the new one joins them, whatever other brands are wanted."""
    low = text.lower()
    named = [(m.start(), m.end(), brands) for m in pattern.finditer(low)
             if (brands := aliases.get(" ".join(m.group(0).split())))]
    if len(named) != 2 or named[0][2] & named[1][2]:
        return None
    (_, first_end, first), (second_start, second_end, second) = named
    before, between = low[:named[0][0]], low[first_end:second_start]
    if _NEW_THEN_OLD.fullmatch(between) and not _REFUSED_FIRST.search(before):
        return second, first
    if postposed(Scan(low), second_end) is not None:
        return None  # "不要三星，苹果也不要": the second name is refused too, not put in the first one's place
    if any(said.search(before) and gap.fullmatch(between) for said, gap in _OLD_THEN_NEW):
        return first, second
    return None


# One of the phones just compared, picked by a comparative: "the cheaper one", "the lighter of the two", "the one with the
# bigger screen", "便宜的那个", "屏幕大的那款"; the comparative says which spec decides, the pointer that it is a pick
_PICK_EN = re.compile(r"""
    (?<![a-z])(?:the|that)\s+(?:(?:much|a\s+bit|slightly|way)\s+)?[a-z]+er\s+(?:one|model|phone|of\s+(?:the\s+)?(?:two|them|these|those|both|pair))(?![a-z])
    | (?<![a-z])the\s+one\s+(?:with|that\s+has)\s+(?:the\s+|a\s+)?(?:[a-z]+er|more|less)\s+[a-z]+
    """, re.VERBOSE)
_PICK_ZH = re.compile(r"(?P<what>[\u4e00-\u9fff]{1,4}?)(?:一点|一些|点|些)?的(?:那|这)(?:个|款|台|部)")
_ZH_COMPARATIVES = (("便宜", "price", -1), ("贵", "price", 1), ("轻", "weight_g", -1), ("重", "weight_g", 1),
                    ("屏幕大", "screen_in", 1), ("屏大", "screen_in", 1), ("大屏", "screen_in", 1), ("屏幕小", "screen_in", -1),
                    ("小屏", "screen_in", -1), ("电池大", "battery_mah", 1), ("续航", "battery_mah", 1),
                    ("像素高", "main_camera_mp", 1), ("内存大", "ram_gb", 1), ("存储大", "storage_gb", 1), ("新", "year", 1))


# the pair just compared, named as such: "the cheaper of the two", "which of them both", "the lighter of the pair"
_OF_THE_PAIR = re.compile(r"(?<![a-z])of\s+(?:the\s+|those\s+|these\s+)?(?:two|both|pair)(?![a-z])|(?<![a-z])of\s+them\s+both(?![a-z])"
                          r"|这两(?:个|款|台|部)|两(?:个|款|台|部)(?:里|中|之间)|俩")


def names_the_pair(text: str) -> bool:
    """True when a message names the pair just compared ("the cheaper of the two", "这两个里便宜的"): after one of them was
    opened, the comparative still picks between both."""
    return bool(_OF_THE_PAIR.search(text.lower()))


def compared_pick(text: str, relative: tuple[Relative, ...]) -> Relative | None:
    """The comparative that picks one of the phones just compared ("the cheaper one" -> price down, "电池大的那个" ->
    battery up), given the relative words the parser read in the message; None when the message picks no such phone
    (a bare "cheaper" moves the search instead)."""
    low = text.lower()
    if _PICK_EN.search(low) and len(relative) == 1:
        return relative[0]
    m = _PICK_ZH.search(low)
    if m is None:
        return None
    found = [Relative(key, direction) for word, key, direction in _ZH_COMPARATIVES  # type: ignore[arg-type]
             if m["what"].endswith(word) or m["what"].endswith(word + "更") or ("更" + word) in m["what"]]
    return found[0] if len(found) == 1 else None


# A shown phone pointed at by its price: "the $449 one", "ok what about the 470 dollar one", "2699的那款详细说说"
_PRICED_POINTER = re.compile(r"""
    ^(?:(?:ok(?:ay)?|so|and|hm+|what\s+about|how\s+about|tell\s+me\s+(?:more\s+)?about|show\s+me|details\s+(?:on|of))[,\s]+)*
     (?:the|that)\s+(?:[$¥₹]\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?:dollars?|bucks|usd|yuan|rmb|元|块|rupees?|aed)?\s*
     (?:-\s*)?(?:one|phone|model)(?:\s+(?:please|pls))?\s*[?.!]*$
    | ^(?:那|这)?(?:个|款)?\s*[$¥₹]?\s*(?P<zn>\d+(?:\.\d+)?)\s*(?:元|块)?(?:的)?(?:那|这)(?:个|款|台|部)
      (?:怎么样|咋样|如何|呢|详细说说|详细介绍一下|介绍一下|参数|的参数|看看)?[?？。!！]*$
    """, re.VERBOSE)


def priced_pointer(text: str) -> float | None:
    """The price a message points at a shown phone with ("the $449 one" -> 449, "2699的那款详细说说" -> 2699), or None
    for any other message."""
    m = _PRICED_POINTER.match(" ".join(text.strip().lower().split()))
    return float(m["n"] or m["zn"]) if m else None


# Brands besides the one wanted, allowed too: "brands other than samsung are ok too", "三星以外的也可以看看", "除了三星也看看别的";
# the word of addition ("too", "也") tells them from a refusal ("any brand except apple")
_BESIDES_BEFORE = re.compile(r"(?:(?<![a-z])(?:other\s+than|besides|apart\s+from|aside\s+from|except(?:\s+for)?)\s+(?:the\s+)?|除了|除)\s*$")
_BESIDES_AFTER = re.compile(r"^\s*(?:以外|之外)")
_ALSO = re.compile(r"(?<![a-z])(?:too|also|as\s+well)(?![a-z])|也|还")


def besides_too(text: str, aliases: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The brands a message allows others besides ("brands other than samsung are ok too", "三星以外的也可以" -> Samsung);
    empty when it says no such thing."""
    if not _ALSO.search(text.lower()):
        return frozenset()
    return _named_after(text, aliases, _BESIDES_BEFORE) | _named_after(text, aliases, None, _BESIDES_AFTER)

