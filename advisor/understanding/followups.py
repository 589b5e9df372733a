"""Questions about phones already shown: compare, why, why not, details, show more.

References are 1-based positions ("the second", "#2", "第二个", "the first two" -> 1, 2), positions from the end
as negative numbers ("the last one" -> -1, "倒数第二个" -> -2), FOCUS (0: "it",
"that one", "它": the phone the previous answer was about), or names ("Pixel 8a", "一加12", resolved to the
catalog's family name when known, else the fragment as written). An empty refs tuple on "compare" means
the phones just shown. A reference never changes the filters or the order of the list it points into.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from advisor.understanding.bounds import AROUND_BEFORE, HI_BEFORE, LO_BEFORE
from advisor.understanding.negation import postposed
from advisor.understanding.numbers import ORDINALS, small_number
from advisor.understanding.request import Followup, FollowupKind
from advisor.understanding.scan import Scan, has_cjk, latin_alt
from advisor.understanding.superlatives import ZH_ADJECTIVES, ZH_NOUNS

Resolver = Callable[[str], "str | None"]
FOCUS = 0
"""The reference "it" / "that" / "它": the phone in focus of the previous answer (else the first shown)."""
_MAX_POSITION = 20  # answers show a page of five; "#50" is more likely a number than a position
_PAGE = 5  # a bare number beyond the page shown ("ok 12 then") is a figure unless a verb chooses it

_ORDINAL = latin_alt(ORDINALS)
# a whole numeral: "first 六千块" is an amount, not the first six phones
_COUNT_WORDS = r"(?:\d{1,2}|two|three|four|five|six|[两二三四五六七八九十])(?![\d十百千万亿])"
_NUMBER_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten"
_ITEM = (r"(?:one|phone|option|pick|result|choice|model|item|entry|device|handset|recommendation|suggestion|spot|slot"
         r"|listed|on\s+(?:the|your)\s+list"
         # Hindi and Urdu "wala" after an ordinal is "one": "dusra wala", "chauthi wali", "teesre wale ka"
         r"|wala|wali|wale|walay|vala|vali|vale)")
# the label and the sign that make a number a position: "option 3", "item 2", "#2", "no. 2", "nr 2", "option #4"
_LABEL = r"(?:option|pick|phone|result|choice|item|entry|model|spot|slot)"
_SIGN = r"(?:\#|no\.?|nr\.?|num(?:ber)?\.?)"
# counted from the end of the list: "the last one" is -1, "second to last" / "倒数第二个" -2; "the bottom one" -1
# ("aakhri wala": the Hindi and Urdu "last")
_FROM_END = r"(?:(?P<e>second|2nd|third|3rd)\s+(?:to\s+|from\s+(?:the\s+)?)?)?(?P<l>last|final|bottom|aa?khi?ri)"
_ZH_ONE = r"(?:的)?(?:一|那|这)?(?:个|款|部|台|名|项|只)?"  # "最后那个", "最后一款", "最上面的"
_FROM_END_ZH = r"倒数第(?P<ze>[一二两三四五六七八九十\d]{1,2})|(?P<zl>最后|最末|末尾|最底下|最下面|最后面|最底部)"
# the name of the shown phones before a position said with a place word: "the oneplus in 2nd place", "the pixel one at
# the top" (the place picks the phone; the name only says which list it is on). A superlative is no name: "cheapest one
# at the top" asks for an ordering, the cheapest first
_SUPERLATIVE_BEFORE = r"(?<!est\s)"
_NAMED = r"(?!(?:one|phone|option|in|at)\s)(?![a-z]+est\s)[a-z][a-z0-9+\-]*\s+"
_POSITION = re.compile(rf"""
    (?:the\s+|your\s+)?(?:very\s+)?{_FROM_END}(?:\s+{_ITEM})?$                        # "the very last one"
    | (?:the\s+|your\s+)?(?:very\s+)?(?P<t>top|winner)(?:\s+{_ITEM})?$                   # "the top pick", "the winner"
    | (?:the\s+)?(?:(?:penultimate|next[\s-]+to[\s-]+last)(?:\s+{_ITEM})?                 # "the penultimate one"
                   |{_ITEM}\s+before\s+(?:the\s+)?(?:last|final)(?:\s+{_ITEM})?)$(?P<pen>)     # "the one before the last"
    | (?:the\s+)?(?P<ft>{_ORDINAL})(?:\s+{_ITEM})?\s+from\s+(?:the\s+)?top$               # "the third from the top"
    | (?:{_NAMED})?(?:(?:one|phone|option)\s+)?(?:in|at)\s+(?:the\s+)?(?:(?P<p>{_ORDINAL})|(?P<pl>last|final|bottom))
      \s+(?:place|position|spot|slot)$                                                  # "in second place", "in last place"
    | (?:the\s+)?(?:{_NAMED})?(?:one|phone|option)\s+(?:at|on)\s+(?:the\s+)?(?:(?P<t2>top)|bottom)    # "the one at the top"
      (?:\s+of\s+the\s+list)?$
    | (?:{_FROM_END_ZH}){_ZH_ONE}$                                                       # "倒数第二个", "最后那个"
    | (?P<zt>最上面|最前面|最顶上|头){_ZH_ONE}$                                             # "最上面那个", "头一个"
    | (?:{_LABEL}\s*)?(?:{_SIGN}\s*)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+{_ITEM})?$      # "#2", "option #3", "2nd"
    | (?:{_LABEL}|{_SIGN})\s*(?P<w>{_NUMBER_WORD})$                                      # "number two", "option three"
    | (?:the\s+|your\s+)?(?:very\s+)?(?P<o>{_ORDINAL})(?:\s+{_ITEM}){{0,2}}$               # "the second one", "the very
                                                                                        # first phone on the list"
    | (?:排(?:名|在)?)?第(?P<z>[一二两三四五六七八九十\d]{{1,3}})(?:个|款|部|台|名|项|只|位)?    # "第二个", "排第一的那个"
      (?:的)?(?:那|这)?(?:个|款|部|台)?$
    | (?P<h>[一二三四五六七八九十\d]{{1,3}})号(?:机)?$                                     # "2号", "二号机"
    """, re.VERBOSE)
_FIRST_N = re.compile(rf"""
    (?:the\s+)?(?:(?:first|top)|(?P<last>last|bottom|final))\s+(?P<n>{_COUNT_WORDS})(?![a-z])   # "the first two", "last 2"
    (?!\s*(?:years?|yrs?|months?|weeks?|days?|gen(?:eration)?s?)(?![a-z]))                   # not "the last two years"
    | 前(?P<z>{_COUNT_WORDS})(?:个|款|部|台|名)?                                               # "前两个"
    | (?P<zlast>最后|(?<![以之然])后|倒数)(?P<z2>{_COUNT_WORDS})(?:个|款|部|台|名)                  # "最后两款", "后两个"
    """, re.VERBOSE)
_ALL = re.compile(r"(?:all\s+(?:of\s+)?)?(?:them|these|those|all|both|the\s+results?|它们|这些|这几个|这几款|全部|所有"
                  r"|(?:(?:in|un|ye|yeh|wo)\s+)?dono)$")  # Hindi and Urdu "(these) two", "both": "in dono mein kya farq hai"
# ("put #1 next to #3", "#2 beside #4": one phone put by another to be compared)
_SPLIT = re.compile(r"\s*(?:,|、|&|/|\band\b|\bvs\.?|\bversus\b|\bwith\b|\bagainst\b|\bnext\s+to\b|\bbeside\b|\balongside\b|\bto\b"
                    r"|\bor\b|和|与|跟|及|还有|同|对|或"
                    # Hindi and Urdu "and", "with" and the "of" / "to" after the first phone: "pehla aur teesra",
                    # "dusre wale ka teesre", "isko Pixel 8a ke saath" (not "se", also the iPhone SE's name: the verb's
                    # pattern takes the "se" before it; nor "ya", also chat's "you")
                    r"|\baur\b|\bke\s+sa(?:a)?th\b|\bk[aeio]\b"
                    # ... and the Hindi "its" before the other phone: "iska | OnePlus 12R se"
                    r"|(?<=(?<![a-z])[iu]s(?:ka|ki|ke|ko))\s+(?=[a-z0-9]))\s*")
# the Chinese verbs of having a look: "看看", "看下", "瞧一下", "瞅瞅"
_SEE = r"(?:看|瞧|瞅)(?:看|瞧|瞅|一下|下|一眼)|看"
# asking to be told about it: "说说", "讲讲", and Taiwan's and Cantonese's shorter 讲一下, 讲下 ("講下第二部")
# (and the northern and Sichuanese 说道说道: "第二个给我说道说道")
# ("细说下", "细讲一下": told in detail)
_TELL = r"(?:说说|讲讲|讲一下|讲下|说道说道|细(?:说|讲)(?:说|讲|一下|下)?)"
# who spoke of the phone named next: "同事推荐荣耀Magic5 给我讲讲", "朋友说的Pixel 8a怎么样", "网上推荐的那台"
_SPOKEN_OF = r"(?:同事|朋友|同学|老婆|老公|家人|网友|网上|博主|别人|店员|我[爸妈哥姐弟妹])(?:都|也)?(?:推荐|安利|说|提)(?:了|过)?的?"
_EDGE_FILLER = re.compile(rf"""
    # at the start: articles, prepositions and pointing words before the name ("about the", "上面的")
    ^(?:(?:the|a|an|about|abt|of|on|for|me|please|pls|between|that|this|your|and|so|ok|okay|then|also|just|how\s+about
          |put|place|line\s+up|lay\s+out|set                                   # "put 1, 2 and 3 side by side"
          |show(?:\s+me)?                                                       # "show #1 alongside #2"
          |(?:can|could|would|will)\s+(?:you|u|ya)                             # "can u put the 1st and the 3rd ..."
          |go\s+with|i'?ll\s+(?:take|go\s+with)|let'?s\s+(?:see|go\s+with)|let\s+me\s+see|lemme\s+see|gimme|i\s+(?:like|want)
          |how\s+(?:does|do|did|would)|does|do|is|上面的?|这个|那个|一下)\s+
       |(?:上面的?|这个|那个|一下|那就|就选|我要|我选|就要|那|就是|就|是|要|选|来个|看看|看下|看一下|瞧瞧|把|将
          |(?:列表|结果|榜单|推荐)(?:里面?|中|上)的?                                # "列表里排第一那台": where it stands
          |{_SPOKEN_OF}
          |麻烦|请|(?:给|让|帮)?我(?:{_SEE})?|(?:打开|点开|点进)(?:{_SEE})?))+  # "麻烦给我看下第一个", "点开第二个"
    # at the end, any run of:
    | (?:'s\s+(?:details?|specs?|specifications|info(?:rmation)?)                # "'s specs"
       | (?<!number)(?<!no\.)\s+                                               # a word after the name (not "number one")
         (?:one|phone|model|please|again|there|here|(?:on|in|from)\s+(?:the|this|that|your)\s+(?:list|results)|included|listed|shown|
            of\s+(?:those|these|them)|
            recommended|suggested|picked|chosen|instead|then|in\s+detail|phones|ones|options|better|best|so\s+good|good|great|
            pls|plz|thx|thanks|now|too|
            # how much the advisor favours it, said after the name: "why you like samsung so much", "why push oppo so hard"
            (?:so|that)\s+(?:much|hard|often)|(?:a\s+)?lot|all\s+the\s+time|every\s+time|always|
            bhai|bhaiya|yaar|bro|dude|sir|boss|habibi|chetta|anna|                        # the one addressed: "galaxy a14 bhai"
            ka|ki|ke|ko|                          # the Hindi and Urdu "of" / "to" after it: "dusre wale ka teesre se ..."
            you(?:\s+just)?\s+(?:listed|showed|show(?:ed)?\s+me|mentioned|recommended|suggested|picked|gave\s+me))
       | [\s?!.。？！,，]                                                        # spaces and punctuation
       | 的|呢|吗|啊|呀|吧|呗|哈|了|怎么样|如何|好不好|更好|比较|挺|很|好|不错|值得|详细|一下|这款|这部|这台|那款|那部|那台   # particles, praise
       | 这个|那个                                                               # "介绍一下 Galaxy A54 这支"
       | (?:给我|让我|帮我|我)?(?:{_SEE}|介绍一下|{_TELL})                           # asking to see it: "第三个给我看下"
       | (?:打开|点开|点进去)(?:{_SEE})?                                               # opening it: "第一个打开看看"
       | (?:单独)?(?:拉|拿|挑|拎|抽)出来|放(?:在)?一起                                   # set apart: "把第一台和第三台拉出来对比下"
      )+$
    """, re.VERBOSE)

_MORE = re.compile(r"""
    # the whole message asks for more: "show me more", "next page", "other options please"
    ^\s*(?:please\s+)?(?:show\s+(?:me\s+)?|give\s+me\s+|any\s+|see\s+|got\s+any\s+)?
    (?:more|others|other\s+(?:options|ones|phones)|next(?:\s+page)?|another\s+(?:batch|page|set|few)
       |more\s+(?:options|results|phones|suggestions|choices))
    (?:\s+please)?[\s.!?]*$
    # "show more (results)" anywhere, but not "show more about ..." or "show more battery"
    | show\s+(?:me\s+)?more(?:\s+(?:options|results|phones|suggestions|choices))?(?![a-z])
      (?!\s+(?:about|details?|info|on|of|battery|ram|memory|storage|screen|camera|expensive|powerful)(?![a-z]))
    # "what else", "anything else", "any other options"
    | (?<![a-z])(?:what|anything|something)\s+else(?![a-z])
    | (?<![a-z])(?:any\s+)?other\s+(?:options|suggestions|choices)
    # Chinese: "换一批", "还有吗", "下一页" ("6.6英寸或更多", "及更多" are a floor on the figure before, not more results;
    # "4000毫安就够，不要更多", "就够，别更多了" refuse more of the figure before: a ceiling)
    | 换一批|再来几[个款部]|再来一些|还有吗|还有别的|还有其他|(?<![或及者其别甭])(?<!不要|不用|不必)(?<!不需要)更多(?:选择|推荐)?|下一页|再推荐几[个款部]|其他的呢|再看看别的|换几[个款部]|再来点
    """, re.VERBOSE)
# 比较 before an adjective is the adverb "rather": "屏幕大一点比较好", "比较便宜的" say a wish, not a comparison (小米 is a
# name: "比较小米和三星" compares); so before a verb of caring it grades: "我比较在意拍照", "比较喜欢小屏"
_GRADED_VERBS = ("在意", "看重", "注重", "在乎", "关心", "喜欢", "习惯", "倾向", "担心")
# and before a negation it grades what is lacking: "阿嬷手比较没力", "比较不方便" (not 不同: "比较不同型号" compares)
_NOT_ADVERB = (r"(?!\s*(?!小米)(?:"
               + "|".join(sorted({w for words in ZH_ADJECTIVES.values() for w in words.split("|")} | set(_GRADED_VERBS),
                                 key=len, reverse=True)) + r"|没|不(?!同)))")
_COMPARE = re.compile(r"""
    (?<![a-z])
    (?:compare|comparison\s+(?:of|between)|differences?\s+between         # "compare", "differences between"
       # ... "diff" as chat shortens it ("whats the diff between the pixel 8a and pixel 7a"; "a diff brand" is "different",
       # so only before "between")
       |diffs?\s+between
       # the difference asked by its adjective or verb: "what is different between X and Y", "what differs between",
       # "how different are X and Y"
       |(?:different|differs?)\s+between|how\s+different\s+(?:are|is)
       |which\s+(?:one\s+)?is\s+better[,:]?                               # "which is better"
       |which\s+(?:one\s+)?should\s+i\s+(?:get|buy|pick|choose)[,:]?      # "which should I buy"
       |side\s+by\s+side
       # "line up the top two next to each other", "put 1 and 3 against each other": the phones named before it
       |(?:next\s+to|beside|against|alongside)\s+(?:each\s+other|one\s+another)|head\s+to\s+head
       # "how does it stack up against the first one": the phone in focus weighed against the one named (a comparison
       # with one reference is one against the phone the last answer was about), not that phone opened
       |(?:stacks?|measures?)\s+up\s+(?:against|to|with|vs\.?|versus)|holds?\s+up\s+(?:against|vs\.?|versus)
       |fares?\s+(?:against|vs\.?|versus)
       # "how does it stand against the Galaxy A54", "how does it stand up to the Pixel", "how would it match up with #2"
       # (asked of the phone in focus: "it has to stand up to drops" sets nothing against it)
       |how\s+(?:does|do|would|will|did)\s+(?:it|that|this|they)(?:\s+one)?\s+
        (?:stand\s+(?:up\s+)?(?:against|to)|match\s+up\s+(?:against|to|with))
       # the phone in focus set beside another: "stack it up against #1", "put it next to the 2nd one", "line that one
       # up with the first"
       |(?:stack|line|put|set|place|hold)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\s+(?:up\s+)?
        (?:against|next\s+to|beside|alongside|with)
       # "which has a bigger battery, the first or the second": a comparative, then the references
       |which\s+(?:one\s+)?(?:has|is|gets|takes|offers|got)\s+(?:a\s+|the\s+)?
        (?:better|bigger|longer|more|less|lighter|faster|cheaper|nicer|larger|smaller)(?:\s+[a-z]+){0,2}?[,:]?
        (?=\s*(?:\#|the\s|\d|first|second|third|[a-z]+\s+(?:or|vs|and)\s)))
    (?![a-z])\s*(?P<refs>[^.;!?。；！？]{0,80})                             # the references, to the sentence's end
    # Chinese: "对比一下第一个和第二个", "pk"
    | (?:对比|比较(?:一下|下|NOT_ADVERB)|比一比|比一下|(?<![a-z])pk(?![a-z]))(?:一下|下)?\s*(?P<zrefs>[^。；！？!?]{0,80})
    """.replace("NOT_ADVERB", _NOT_ADVERB), re.VERBOSE)
# the Chinese aspects a question about a phone may name: "电池呢", "续航怎么样"
_ZH_ASPECT = "电池|续航|相机|拍照|摄像头|屏幕|重量|价格|价钱|内存|运存|存储|处理器|芯片|尺寸|配置|参数"
_COMPARE_AFTER = re.compile(r"""
    # the shopper asking the advisor to do it, between the phones and the verb: "第一部同第二部帮我比下", "1和3给我对比一下"
    \s*(?:(?:你|您)?(?:帮我|给我|替我|帮忙)\s*)?
    \s*(?:(?:相)?比(?:起来|一下|较)?[\s,，]*(?=哪|谁))?                                # "A跟B比，哪个好": "比" asks too
    # what they are weighed at, before the which: "它和第一个打游戏哪个更好", Cantonese "佢同第一部鬥打機邊部掂啲"
    (?:(?:斗|比|拼|论)?(?:{_ZH_ASPECT}|打机|打游戏|玩游戏|游戏|影相)(?:方面|的话|上)?[\s,，]*(?=哪|谁))?
    (?:(?:选|买|挑|要|入)(?:哪个|哪款|哪一个|哪台|哪部)                                # "...选哪个"
         # "谁" asks which of the phones too: "它跟第一个比谁强", "1号2号谁更耐用"
         |(?:哪个|哪款|哪一个|哪台|哪部|谁)[^，。！？,!?最]{0,6}?(?:更)?(?:好|强|大|长|轻|便宜|快|值|稳|流畅|耐用|省电|划算|实惠|适合|合适|掂|香)  # "...哪个更好",
                                                                                            # "哪个打游戏更稳", "哪个比较适合商务",
                                                                                            # Cantonese 掂 (up to it): "边部掂啲",
                                                                                            # the slang 香 (more tempting): "谁更香"
         |(?:的|有什么|有啥)?(?:区别|差别)|(?:的|有什么|有啥)分别|对比一下    # 分别 (Cantonese/Taiwan "difference") only asked: 分别 is also "each"
         # where they differ: "...到底差在哪", "...区别在哪里", "...不同在哪儿"
         |(?:到底|究竟)?(?:差|区别|差别|不同)在哪(?:里|儿|些)?
         |比较一下|对比|比较NOT_ADVERB|比一下|比一比|比比|pk一下  # "...有什么区别", "...比一下"
         |比下(?![去来面])                                            # "...比下" (比一下 said short; not 比下去, outdone)
         |(?:相)?比(?:起来|的话)?(?:呢|怎么样|如何|咋样|差(?:多少|很多吗|得多吗|在哪里?|距(?:大吗|大不大|多大|有多大)))?
          \s*[?？]?\s*$)                                                               # "...相比怎么样", "...比起来差多少", "...比的话呢"
    # Hindi and Urdu put the verb last too: "iska OnePlus 12R se compare karo", "pehla aur teesra compare kar do",
    # "dono ka muqabla karo", "in dono mein kya farq hai"
    | (?<=\s)(?:(?:se|ka|ki|ke|ko|ka\s+aapas\s+mein|mein)\s+)?(?:compare|comparison|muqabla|muqabala|mukabla|tulna)
      (?:\s+(?:karo|kro|kar\s+do|kardo|kijiye|kijie|karein|karen|karna|kar\s+ke\s+batao|karke\s+batao|dikhao))?
      (?:\s+(?:please|pls|plz|na|bhai|yaar|yar))*\s*[?？.!]*\s*$
    | (?<=\s)(?:mein|me|main)\s+(?:kya\s+)?(?:farq|fark|farak|antar|difference)(?:\s+(?:hai|he|h))?\s*[?？.!]*\s*$
    """.replace("NOT_ADVERB", _NOT_ADVERB).replace("{_ZH_ASPECT}", _ZH_ASPECT), re.VERBOSE)
# "is the Pixel 8a better than the Galaxy A55?": two named phones weighed against each other
_BETTER_THAN = re.compile(r"""
    (?<![a-z])(?:is|are)\s+(?:the\s+)?(?P<a>[^.;!?。；！？]{1,40}?)           # "is the Pixel 8a", "is 2"
    \s+(?:any\s+|much\s+|really\s+)?
    (?:better|worse|faster|slower|nicer|cheaper|a\s+better\s+(?:buy|pick|choice))\s+than\s+  # "much better than"
    (?:the\s+)?(?P<b>[^.;!?。；！？]{1,40}?)\s*(?:[?.!]|$)                      # "the Galaxy A55?", "3?"
    """, re.VERBOSE)
_VERSUS = re.compile(r"""
    (?<![^\s.;!?。；！？,，])
    # "Realme vs Tecno, show me both": two makers both shown is a list of the two, no weighing of one against the other
    # (two models, "Pixel 8a vs Galaxy A55, show me both", stay a comparison: a maker is a word or two, a model has a number)
    # ("Sony vs Google, one of those", "… either is fine": either maker is taken, a list of the two as well)
    (?![^.;!?。；！？]*?(?<![^\s,])[a-z+]+(?:\s+[a-z+]+)?\s+(?:vs\.?|versus)\s+[a-z+]+(?:\s+[a-z+]+)?\s*[,;:-]?\s*
       (?:(?:show|list|give|bring)\s+(?:me\s+|us\s+)?(?:them\s+)?both|(?:any\s+|just\s+)?one\s+of\s+(?:those|them|these|the\s+two)
          |either(?:\s+(?:one|of\s+(?:them|those|the\s+two)))?\s+(?:is\s+|would\s+be\s+)?(?:fine|ok(?:ay)?|good|works|will\s+do)
          # a bare "either" closing the clause: "Honor vs Realme, either thanks", "Huawei vs OnePlus, either plus a tablet"
          |either(?=\s*(?:$|[,.;!?&+|]|(?:and|plus|also|thanks?|thx|ty|pls|please|cheers|lmk)(?![a-z]))))(?![a-z]))
    (?P<a>[^.;!?。；！？]{1,40}?)       # a name from a word's start: "pixel 8a"
    \s+(?P<sep>vs\.?|versus|or|对比|和|pk)\s+                    # "vs", "or", "对比"
    (?P<b>[^.;!?。；！？]{1,40})                                 # the other name, to the sentence's end
    """, re.VERBOSE)
_VERSUS_OPENER = re.compile(r"^(?:(?:ok(?:ay)?|alright|so|and|then|now|hm+|well|right|please|pls)[,\s]+)*"
                            # the verb that asks for the weighing: "can you stack up #1 vs #2", "pls pit 2 against 3"
                            r"(?:(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|just\s+)?"
                            r"(?:stack\s+up|line\s+up|size\s+up|match\s+up|weigh(?:\s+up)?|pit|compare|contrast)\s+)?")
"""Words that open a "vs" question before its first name ("ok, number 1 vs number 3", "so, 2 vs 4", "can you stack up
#1 vs #2")."""
# the nouns a pointing word stands with for the phone in focus: "that one", "this phone", "that handset"
_POINTED_NOUN = r"(?:one|phone|model|handset|device|mobile|unit)"
# the Hindi and Urdu "its" / "it" (as object), whose ending follows the noun or the case: "iski battery", "uska weight",
# "iska OnePlus 12R se compare karo", "isko compare karo"
_HINDI_IT = r"[iu]s(?:ka|ki|ke|ko)"
_PRONOUN = re.compile(rf"(?:is\s+|was\s+)?(?:(?:this|that)\s+{_POINTED_NOUN}|it|this|that|they|these|those|{_HINDI_IT})(?![a-z])"
                      r"|它|这一?[个款台部]")  # "这一款" is "这款"
# the dot of "no. 2" / "nr. 2" is no sentence end
_BARE_REF = re.compile(r"\s*(?:(?:ok(?:ay)?|and|so|then|hm+)[,\s]+)?(?P<refs>(?:[^.;!?。；！？]|(?<=no)\.|(?<=nr)\.){1,30}?)"
                       r"[\s.!?。！？]*$")
# one position and the words that choose it, and nothing else: "go with 3", "ok lets see 4", "id like the second",
# "going with number 2", "3 pls", "就4吧", "3号那个", "show 2", "open 4". A bare number needs a verb of choosing or a
# polite word around it ("要7" may be seven of anything); "show"/"open" with nothing but a number point into the list
# on screen ("show 2" is its second phone: a count would name what to count)
_PICK_VERB = (r"(?:(?P<choose>go(?:ing)?\s+(?:with|for)|i'?ll\s+(?:take|go\s+(?:with|for)|have|pick)|i\s+(?:pick|choose|take)"
              r"|let'?s\s+(?:see|go\s+(?:with|for)|try|check)|let\s+me\s+see|lemme\s+see|take|pick|看看|看下|看一下"
              # "我就要第一个了", "那我就选第二个", "买第三个吧": a choice said in Chinese, with whoever and "就" before it;
              # "要" alone chooses only after "就" or "还是": "我要7" may be seven of anything, as "要7" is
              r"|(?:那|那么|好|行)?我?(?:(?:就|还是)(?:选|要|买|挑|入手?)|选|买|挑|入手?)|就"
              r"|show(?:\s+me)?|open(?:\s+up)?|(?:pull|bring)\s+up)"
              r"|i'?d\s+like|id\s+like|i\s+want|要)")
_PICKED = re.compile(rf"""
    (?P<open>(?:(?:ok(?:ay)?|so|then|hm+|alright|fine|yeah|yes)[,\s]+)*)
    (?:{_PICK_VERB}\s*)?
    (?P<ref>[^\s].*?)
    (?P<tail>(?:\s*(?:please|pls|plz|then|吧|呢|了|那个|那款|这个|这款))*)[\s.!?。！？]*
    """, re.VERBOSE)
_OPENING = r"(?:^|[.;!?,]\s*)\s*(?:(?:and|but|so|ok|okay|hm+|then|ah|oh|well|wait|also)[,\s]+)*"
# what a phone left out was not given, or where it is missing from: "推荐", "列出来", "在里面", "在列表里", "出现在推荐里"
_ZH_LEFT_OUT = (r"推荐|选|显示|包括|考虑|给我?|列出来?|出现(?:在)?(?:这|那)?(?:里面?|里头|列表|名单|推荐|结果)?(?:里|中)?"
                r"|在(?:这|那)?(?:里面?|里头|列表(?:里|中)?|名单(?:里|中)?|推荐(?:里|中)|结果(?:里|中)|上面)")
# no why asked but a wish put as a question, after the why: "why don't you show me some samsungs", "why don't we just
# look at xiaomi" (the wish is read as said; "why not show me oppo" stays a why-not: its "not" would refuse Oppo)
_WISH_ASKED = (r"(?!\s+(?:don.?t|do\s+not)\s+(?:you|u|we)\s+(?:just\s+)?"
               r"(?:show|give|find|get|list|try|look|search|check|pull\s+up)(?![a-z]))")
# the words that ask why something is not so: "为什么不", "怎么没", and the northern 咋 ("咋不推荐小米呢")
_WHY_NOT_ZH = r"(?:为什么|为啥|为何|怎么|咋|凭什么|凭啥)"
# the advisor's taste asked of, as the English "why you dont like samsung": "为什么不喜欢三星", "咋不看好小米"
_ZH_TASTE = r"喜欢|看好|待见|看得上"
_WHY_NOT = re.compile(rf"""
    # "why not the Pixel?", "why didn't you pick ...", "why did you leave out ...", then the references
    {_OPENING}(?:why|how\s+come){_WISH_ASKED}\s+
    # a maker or family missing from the list as a whole: "why isnt there any samsung", "why are there no xiaomis",
    # "how come there's no pixel" (before "isn't" and "no", which would keep "there any" as the name)
    (?:(?:is|are)\s+there\s+(?:no|not\s+any)|(?:isn.?t|aren.?t)\s+there(?:\s+any|\s+an?)?|there.?s\s+no|there\s+(?:is|are)\s+no
       |not|no|didn.?t\s+you\s+(?:pick|show|recommend|include|suggest|choose|list)
       # the advisor's dislike asked, the helper verb left out or not: "why you dont like samsung?", "why do u not rate
       # xiaomi", "why don't you like oppo", "how come you never pick motorola", "why do you hate infinix" ("why don't you
       # show me samsungs" is a wish put as a question: only verbs of taste follow "don't you")
       |(?:(?:do|did|would)\s+)?(?:you|u)\s+(?:(?:don.?t|do\s+not|didn.?t|did\s+not|never|no|not)\s+
        (?:like|prefer|rate|trust|rec+ommend|suggest|pick|show|include|choose|list|consider|go\s+for)
        |(?:hate|dislike|avoid|skip)(?:d|s)?)
       |(?:don.?t|didn.?t)\s+(?:you|u)\s+(?:like|prefer|rate|trust)
       |isn.?t|wasn.?t|is\s+not|was\s+not|aren.?t|weren.?t
       |did\s+you\s+(?:skip|leave\s+out|exclude|drop|not\s+(?:pick|show|include))
       # the phone said as the subject that failed to get in: "why didn't it make your list", "how come the S24
       # didn't make the cut", "why did it not get on the list"
       # ("why did it make the list" asks why it is there: "did" only with "not" before the verb)
       |(?:didn.?t|doesn.?t|(?:did|does)(?=\s[^.;!?]{{0,60}}?\snot\s))
        (?=\s[^.;!?]{{0,60}}?\s(?:make|get\s+(?:on|into)|land\s+on)\s+(?:it\s+(?:on|into)\s+)?
           (?:the|your|ur|this)\s+(?:list|cut|picks|results|shortlist)))
    (?![a-z])\s*(?:(?:any|a|an)\s+)?(?P<refs>[^.;!?]{{0,80}}?)
    # where it is missing from, after the phone: "why isn't the galaxy s24 on here", "... in the list", "... listed"
    (?:\s+(?:(?:on|in|among)\s+(?:here|there|(?:the|this|that|your|ur)\s+(?:list|results|options|picks|ones)|them|these|those)
             |(?:listed|shown|included|showing|there|here)(?:\s+(?:on|in)\s+(?:here|there|the\s+list))?
             |(?:not\s+)?(?:make|get\s+(?:on|into)|land\s+on)\s+(?:it\s+(?:on|into)\s+)?(?:the|your|ur|this)\s+
              (?:list|cut|picks|results|shortlist)))?
    \s*(?=[.;!?]|$)
    | {_WHY_NOT_ZH}(?:不|没有?|没)(?:推荐|选|显示|包括|考虑|是|给|{_ZH_TASTE})?\s*(?P<zrefs>[^。；！？!?]{{0,80}})  # "为啥不推荐..."
    | 怎么没有\s*(?P<z2>[^。；！？!?]{{0,80}})                                              # "怎么没有..."
    # the phone named first, then why it is missing: "iphone13为啥没推荐", "小米14怎么不推荐", "小米14为什么不在里面"
    | (?P<z3>[^。；！？!?，,]{{1,40}}?)\s*{_WHY_NOT_ZH}(?:不|没有?)(?:{_ZH_LEFT_OUT}|{_ZH_TASTE})?
      (?:它|呢|啊|呀|了)*\s*[?？]*$
    # the phone between the why and the missing: "为什么小米14不在里面", "为啥一加12没推荐"
    | {_WHY_NOT_ZH}\s*(?P<z4>[^。；！？!?，,]{{1,40}}?)\s*(?:不|没有?)(?:{_ZH_LEFT_OUT}|{_ZH_TASTE})
      (?:它|呢|啊|呀|了)*\s*[?？]*$
    # the phone as the subject, then what it failed to do: "how come the galaxy s24 didn't make the cut", "why has the
    # pixel 8 not made your list"
    | {_OPENING}(?:why|how\s+come)\s+(?:(?:has|did|does)\s+)?(?P<s1>[^.;!?]{{1,60}}?)\s+
      (?:didn.?t|did\s+not|doesn.?t|does\s+not|hasn.?t|has\s+not|not)\s+
      (?:make|made|get\s+(?:on|into)|got\s+(?:on|into)|land(?:ed)?\s+on)\s+(?:it\s+(?:on|into)\s+)?(?:the|your|ur|this)\s+
      (?:list|cut|picks|results|shortlist)\s*(?=[.;!?]|$)
    """, re.VERBOSE)
# the words that ask why, in either language: "how come" as "why", "为啥" and "为何" as "为什么"
_WHY_WORD = r"(?:why|how\s+come)"
_WHY_ZH = (r"(?:(?<![华花])为(?:什么|啥|何)|凭什么|凭啥"
           # "干嘛" / "做什么" (Cantonese 做咩, 做乜) ask why only before the choice they ask about: "干嘛选它", "做咩揀佢"
           # ("你还会做什么" asks what else the advisor does)
           r"|(?:干嘛|干吗|干啥|做什么)(?=\s*(?:会|要|就)?(?:推荐|推(?!特)|选|拣|挑)))")
"""Why, not the 为 of Huawei's name before a question word: "除了华为啥牌子都行" asks nothing."""
# a courtesy that opens a question: "请问", "冒昧问一下", "想问下", "打扰一下"
_ZH_COURTESY = r"(?:(?:冒昧|想|我想|麻烦)?(?:地)?(?:请问|问)(?:一下|一句|下)?|打扰(?:一下)?|不好意思)(?:[\s,，]*(?:请问|想问(?:一下|下)?))?"
_WHY = re.compile(rf"""
    # "why", "why did you pick", "why is", then the references
    {_OPENING}{_WHY_WORD}{_WISH_ASKED}
    # ... the helper verb left out, as West African and Filipino English ask it: "why you choose that one sef?"
    (?:\s+(?:(?:(?:did|do|would|should)\s+(?:you|i|we)|you|u)\s+
            (?:pick(?:ed)?|cho(?:o)?se|recommend(?:ed)?|suggest(?:ed)?|show(?:ed)?|like|prefer|rank(?:ed)?|buy|get|take|go\s+for
             # the advisor's taste asked of: "why you love xiaomi", "why do you rate oppo", "why do you keep pushing samsung"
             |love|adore|rate|favou?r|push|(?:keep|always)\s+(?:pick|recommend|suggest|show|push)ing)
          # ... or any verb after the helper and "you": "why did you bring that one", "why'd you go with #2", "why would
          # you put that one first"
          |(?:did|do|would|should)\s+(?:you|u)\s+[a-z]+(?:\s+(?:with|for|up|in|on))?(?=\s)
          |is|was|are|has|have|the|recommend|pick
          # the number of one maker's phones asked of: "why so many samsungs", "why all these xiaomis"
          |so\s+many|all\s+(?:these|those|the))
       |['’]s                                # "why's that one on your list" ("why is", "why has")
       |['’]d\s+(?:you|u)\s+[a-z]+(?:\s+(?:with|for|up|in|on))?(?=\s))?  # "why'd you pick that one"
    # a mixed-language shopper's Chinese verb in the English frame: "why 推荐 this one", "why 选 the first"
    # ... glued to the Latin word after it: "why推荐it" (the Latin word's boundary is the English why's, not the verb's)
    (?:\s*(?:推荐|选择?|挑)(?:了|的)?\s*|(?![a-z])\s*)(?P<refs>[^.;!?]{{0,80}})
    # the references, then the question: "第二个 why?", "#2 - why", "the 3rd one, how come?"
    | ^\s*(?P<e2>[^.;!?。；！？]{{1,40}}?)[\s,，:：\-–—]*{_WHY_WORD}(?:\s+(?:that|so|is\s+(?:it|that)))?\s*[?？!！.。]*$
    # ... or the question pointing back at them: "第3个 why推荐这个？", "the 3rd one, why recommend it?", "#2 why did you pick
    # that one"
    | ^\s*(?P<e3>[^.;!?。；！？]{{1,40}}?)[\s,，:：\-–—]*{_WHY_WORD}\s*(?:(?:(?:did|do|would)\s+)?(?:you|u)\s+)?
      (?:推荐|选择?|挑|recommend(?:ed)?|pick(?:ed)?|choose|chose|suggest(?:ed)?)(?:了|的)?
      # ... the one asked of left unsaid after the verb: "the second one why推荐?"
      \s*(?:这个|这款|这台|这部|它|(?:this|that)(?:\s+one)?|it)?\s*[?？!！.。]*$
    # ... after a courtesy that opens the message ("冒昧问一下，为什么会推荐这一款呢", "请问为什么推荐这款"), a modal before
    # the verb ("为什么会推荐", "为啥要选"), "you" before the why ("你為什麼會推 Pixel 8a": 推, short for 推荐)
    # ... and in a mixed message with the English verb: "为什么 recommend 它", "为啥 you picked this one"
    | (?:^\s*{_ZH_COURTESY}[\s,，]*)?(?:你|您)?{_WHY_ZH}(?:会|要|就)?(?:推荐|推(?!特)|选|拣|挑|是|要|给我
      |\s*(?:(?:you|u)\s+)?(?:recommend(?:ed)?|suggest(?:ed)?|pick(?:ed)?|choose|chose)(?![a-z]))?\s*(?P<zrefs>[^。；！？!?]{{0,60}})  # "为什么推荐第一个"
    # the references, then the question, whatever it asks of them: "第一个为什么排第一", "第一个为啥排最前面"
    | (?P<z2>[^。；！？!?]{{1,40}}?){_WHY_ZH}
    """, re.VERBOSE)
# what is left after a why that names no phone: "so" of the answer before ("why do you think so", "why so?"), or how the
# phone in focus is ("why so expensive", "why so pricey tho"); "why so many samsungs" counts a maker's phones
_WHY_SO = re.compile(r"\s*(?:so|that\s+so)(?:\s+(?!many|much|few)(?P<how>[a-z]+))?(?:\s+(?:tho|though|then|lol|really))*\s*[?!.]*$")
# where a phone stands in the list, asked after its name: "why is the moto g play on top", "why is pixel 8a ranked
# first", "why is the a55 so high up": the place is what is asked about, no part of the name
_RANK_ASKED = re.compile(r"""
    \s+(?:(?:ranked|placed|listed|put|sitting|shown)\s+)?
    (?:on\s+top|at\s+the\s+top|(?:at\s+)?the\s+top\s+(?:one|pick)|first|(?:at\s+)?(?:number|no\.?|\#)\s*(?:1|one)
       |(?:so\s+)?high(?:er)?(?:\s+up)?)
    (?:\s+(?:of|on|in)\s+(?:the|this|that|your)\s+(?:list|results))?\s*[?!.]*$
    """, re.VERBOSE)
# a wish to have the answer explained, with no phone named: "can you explain?", "explain please", "解释一下"; asks why
# the list is what it is, as "why?" does (before any list, the session reads it as a question about the advisor)
_EXPLAIN = re.compile(rf"""
    {_OPENING}(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?explain
    (?:\s+(?:why|that|this|it|these|those|them|your\s+(?:picks?|choices?|reasoning|ranking)
            |the\s+(?:picks?|choices?|ranking|list|results?)))?
    (?:\s+(?:please|pls|plz|to\s+me|a\s+bit|more))*\s*[?.!]*$
    | ^(?:你|您)?(?:能|可以|能不能)?(?:给我|帮我|跟我)?解释(?:一下|下)?(?:吧|吗|呢|呀)?\s*[?？]*$
    """, re.VERBOSE)
# a wish to have one shown phone explained: "explain the first one", "can you explain #2?", "解释一下第一个"; asks why
# that phone was picked, as "why the first one?" does (read after the comparison patterns: "explain the difference
# between 1 and 2" compares them)
_EXPLAIN_REF = re.compile(rf"""
    {_OPENING}(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+)?explain(?:\s+(?:to\s+me|about))?
    (?![a-z])\s*(?P<refs>[^.;!?]{{1,80}})
    | 解释(?:一下|下)?\s*(?P<zrefs>[^。；！？!?]{{1,60}})
    """, re.VERBOSE)
# "what's the 2nd one like?", "what is #3 like", "how's the first one like": a question about what one phone is like
# (a name or a position before "like", nothing after it but a trailing word of talk: "what's the 2nd one like then",
# "how's #3 like tho"); "something like the 2nd one" asks for similar phones
_LIKE_TAIL = r"(?:\s+(?:then|tho|though|now|again|pls|please|lol|really|actually)(?![a-z])){0,2}"
_WHAT_LIKE = re.compile(rf"{_OPENING}(?:what(?:'?s|\s+is|\s+are|\s+was)|how(?:'?s|\s+is))\s+(?P<refs>[^.;!?]{{1,40}}?)\s+like"
                        rf"{_LIKE_TAIL}\s*[?.!]*$")
_DETAILS = re.compile(rf"""
    # "details on", "tell me more about", "specs of", then the references
    (?<![a-z])
    # ("tell me 关于 the A34": a mixed-language shopper's Chinese "about" in the English frame)
    (?:details?|more\s+(?:info|information|details)|full\s+specs?|specs?|specifications|tell\s+me\s+(?:more\s+)?(?:about|关于)
       |more\s+about|tell\s+me\s+(?:more\s+)?(?:abt|bout)|show\s+me|what\s+about|how\s+about|info|information|describe|open
       # "what's the deal with the Pixel 8 Pro?", "what's the story on #2", "what's the lowdown on that one"
       |what(?:.?s|\s+is)\s+the\s+(?:deal|story|lowdown|scoop)\s+(?:with|on)
       # "give me the rundown on that one", "the lowdown on the pixel 8a"
       |(?:give\s+me\s+)?the\s+(?:rundown|lowdown|scoop)\s+(?:on|of|about))
    (?![a-z])\s*(?:on|of|about|for)?\s*(?P<refs>[^.;!?]{{0,80}})
    # "详细说说第二个", "参数", "讲一下第二个"
    | (?:详细|详情|参数|配置|介绍|{_TELL}|看看|展开)(?:一下|说说|介绍)?\s*(?P<zrefs>[^。；！？!?]{{0,80}})
    """, re.VERBOSE)
_DETAILS_AFTER = re.compile(rf"""
    \s*(?:(?:'s\s+)?(?:details?|specs?|full\s+specs)(?:[,\s]+(?:please|pls))?     # "the second one's specs, please"
       | 的?(?:详细(?:参数|信息|介绍|配置|说说|讲讲|看看)?|详情|参数|配置|介绍(?:一下)?    # "第二个的详细参数"
           |(?:{_TELL}|介绍)(?:看|一下)?|怎么样|如何|咋样)
         (?:给我|帮我)?(?:看看|看一下|说说|讲讲)?)                                # "... 给我看看"
    \s*[.!?。！？]*$                                                            # and nothing after it
    """, re.VERBOSE)
_CLAUSE_TAIL = re.compile(r"\s*(?:,|，|\s-\s|–|—)\s*")
# a requirement after the last phone named: "… vs galaxy s24 with 8gb ram", "… vs pixel 9 under $800"
_REQUIREMENT_TAIL = re.compile(r"\s+(?=(?:with|under|below|over|above|within|around|for|at\s+most|at\s+least|max|budget|having)"
                               r"(?![a-z]))")
# ... or the question asked after it with no comma: "pixel 8a vs pixel 7a whats the diff", "… vs galaxy a55 which is better"
_ASKED_AFTER = re.compile(r"\s+(?=(?:what'?s|whats|wats|what\s+is|which|how|who'?s|tell\s+me|diff|difference)(?![a-z]))")
_CLAUSE_START = re.compile(r"[.;!?。；！？]")
_SIMILAR = re.compile(rf"""
    # English: "more like", "something similar to", "alternatives to", then the reference
    # ("one like" must have its reference after it: "what's the 2nd one like (then)" asks what that phone is like, as
    # does "what's the 2nd one like, any good?", the clause closing on a comma)
    (?<![a-z])(?:more\s+(?:phones\s+|ones\s+)?like|(?:something|anything|phones?|ones?|others?|models?)\s+(?:similar\s+to|like(?!{_LIKE_TAIL}\s*(?:[,?.!]|$)))
              |similar\s+(?:phones?\s+|ones?\s+)?to|alternatives?\s+(?:to|for)|(?:phones?\s+)?similar\s+to)(?![a-z])
    \s*(?P<refs>[^.;!?]{{0,60}})
    # Chinese, the reference inside: "和第一个差不多的" (not 像素, pixels; a figure after 差不多 is "about" it: "预算差不多四千")
    | (?:类似|像(?!素)|和|跟)\s*(?P<zrefs>[^。；！？!?，,]{{1,30}}?)\s*(?:类似|相似|差不多(?!\s*[\d一二两三四五六七八九十])|一样)的?
    # Chinese, the reference after: "类似于 Pixel 8"
    | (?:类似于?|相似于)\s*(?P<z2>[^。；！？!?，,的]{{1,30}})
    """, re.VERBOSE)
_UPGRADE_WORD = re.compile(r"upgrad|replace|switch\s+from|new\s+phone|what\s+(?:should|to|can)\s+(?:i\s+)?(?:get|buy)|换|升级")
_UPGRADE = re.compile(r"""
    # "I have a Pixel 6", "my current phone is ...", "upgrade from my ...": the phone owned now
    (?<![a-z])
    (?:i\s+(?:have|own|use|got|am\s+using)|i'?m\s+using|my\s+(?:current\s+|old\s+)?phone\s+is|upgrade\s+(?:from|my)
       |replace\s+my|switch\s+from|coming\s+from)
    \s+(?:an?\s+|my\s+|the\s+|old\s+)*
    # ("time to upgrade my phone: 2023 or newer", "upgrade my phone — budget 6000": the phone named by its kind alone, a
    # clause break after it, names no phone; what follows is the new one's asks)
    (?!(?:phone|mobile|handset|device|smartphone|cell(?:phone)?)s?\s*(?:$|[:—–\-|…]|\.\.|\s+(?:plus|and)\s))
    (?P<refs>[^.;!?,]{1,40})
    # "我现在用的是小米12, 想换", "从iPhone 11升级"
    | (?:我(?:现在)?(?:用的?是|在用|有)|从|替换|换掉)\s*(?P<zrefs>[^。；！？!?，,;:：]{1,30}?)(?=\s*(?:升级|换|，|,|。|$))
    """, re.VERBOSE)
_AMOUNT = re.compile(r"[$¥₹€£~]|/-|美金|美元|元|块|大洋|人民币|卢比|迪拉姆|到|至|(?<![a-z])(?:usd|inr|rmb|aed|pkr|rs|dhs?)(?![a-z])"
                     r"|(?<![a-z])(?:rupees?|dollars?|bucks|dirhams?|yuan)(?![a-z])|\d\s*(?:k|lakhs?|grand)(?![a-z])")
_REF_TAIL = re.compile(r"""
    \s+(?:what|and|but|which|so|can|should|now|for|to|with|under|below|that|it)(?![a-z]).*$  # a clause after the name
    | \s*[?？]+$                                                                            # a question mark
    """, re.VERBOSE)
_OPTION_WORDS = (("cheaper", re.compile(r"(?<![a-z])cheaper|less\s+expensive|便宜")),
                 ("newer", re.compile(r"(?<![a-z])newer|more\s+recent|更新的?|新一点")))


# where a list of references ends and a constraint begins: "compare the first two, under 500 euros", "compare 1 and 2
# budget $500" (comparison words of the shared table, a budget word, or an amount with its currency)
_REFS_END = re.compile(rf"""
    (?:\s*[,;]\s*|\s+)                                     # the gap before the constraint
    (?!max\b(?!\s*[$₹¥£€\d]))                                # "max" with no figure after it ends a name: "iphone 15 pro max"
    (?=(?:{LO_BEFORE}|{HI_BEFORE}|{AROUND_BEFORE}           # a comparison word: "under", "at least", "around"
         |(?<![a-z])(?:budget|for)(?![a-z])                # a budget word
         |(?<![a-z])which(?![a-z])                           # a question for advice: "show me Oppo which one?"
         # a question of its own after the names: "..., is the extra money worth it", "..., worth the difference?"
         |(?<![a-z])(?:(?:is|are|does|would|should)\s+(?:it|the|that|this|they)|worth)(?![a-z])
         # ... or how one part of it is: "tell me more about that one, how is the battery?", "#2 - what's its camera like"
         |(?<![a-z])(?:how|what)(?:'?s|\s+(?:is|are|about))(?![a-z])
         |[$₹¥£€]                                          # a currency sign
         |\d[\d,.]*\s*k?\s*(?:usd|dollars?|bucks|rupees?|inr|rs|rmb|yuan|euros?|eur|gbp|pounds?|quid|aed|pkr)(?![a-z])
         # the details word closing a mixed message after 的: "tell me 关于 Galaxy A34 的 details", "about the nord 的 specs?"
         |的\s*(?:full\s+)?(?:details?|specs?|specifications|info)(?:\s+(?:please|pls))?\s*[?？.!。！]*$
    ))                                                     # or an amount with its currency: "500 euros"
    # a Chinese question of its own after the phones: "比一下第一支和第二支，差在哪", "对比下1和3，有啥区别", "…，哪个好"
    |\s*[,，]\s*(?=(?:到底|究竟)?(?:差|区别|差别|不同)在哪|(?:有什么|有啥|的)?(?:区别|差别)|(?:哪个|哪款|哪部|哪台|谁)(?:更)?好)
    """, re.VERBOSE)


def find_followup(scan: Scan, resolve: Resolver) -> Followup | None:
    """The follow-up question the message asks, if any; masks it."""
    resolve = _with_latin_names(resolve)
    text = scan.low
    if found := _similar_or_upgrade(scan, resolve):
        return found
    if m := _MORE.search(text):
        scan.take(m.start(), m.end())
        return Followup("more")
    asks: tuple[tuple[FollowupKind, re.Pattern[str], bool], ...] = (
        ("why_not", _WHY_NOT, False), ("why", _WHY, False), ("why", _EXPLAIN, False), ("compare", _COMPARE_AFTER, True),
        ("compare", _COMPARE, False), ("why", _EXPLAIN_REF, True), ("details", _DETAILS_AFTER, True),
        ("details", _WHAT_LIKE, True), ("details", _ASPECT_OF, True), ("details", _DETAILS, True))
    for kind, pattern, need_known in asks:
        m = pattern.search(text)
        if m is None:
            continue
        start, end = m.start(), m.end()
        if pattern in (_COMPARE_AFTER, _DETAILS_AFTER):  # the references come before the keyword
            refs_text = _clause_before(text, m.start())
            start = m.start() - len(refs_text)
            if not refs_text.strip():
                continue
        else:
            group = next((g for g in ("refs", "zrefs", "z2", "z3", "z4", "s1", "e2", "e3") if m.groupdict().get(g) is not None),
                         None)
            refs_text = m[group] if group else ""
            # the constraints after the list are read as such, also right after the keyword ("which is better for
            # gaming": no phone is named there)
            if group and (cut := _REFS_END.search(" " + refs_text)):
                refs_text = refs_text[:max(cut.start() - 1, 0)]
                end = m.start(group) + len(refs_text)
        if kind == "why" and (ranked := _RANK_ASKED.search(refs_text)) and ranked.start() > 0 \
                and parse_refs(refs_text[:ranked.start()], resolve, need_known=True):
            # "why is the moto g play on top": the phone named before its place in the list
            refs_text = refs_text[:ranked.start()]
        refs = parse_refs(refs_text, resolve, need_known=need_known)
        if kind == "why" and (so := _WHY_SO.match(refs_text)):
            # "why so expensive?" asks of the phone in focus, as "why is it so expensive?" does; "why do you think so?",
            # "why so?" of the answer as a whole, as "why?" does: neither names a phone
            refs = (FOCUS,) if so["how"] else ()
        whole_clause = refs_text
        if refs is None and pattern is _COMPARE_AFTER and (last := _last_comma_clause(refs_text)):
            # "還是好難選喔，Pixel 8a 跟 iPhone 15 到底差在哪": a clause of its own before the phones names none of them
            refs_text, start = last, m.start() - len(last)
            refs = parse_refs(refs_text, resolve, need_known=need_known)
        if refs is None and pattern is _COMPARE_AFTER and len(told := _names_told_in(whole_clause, resolve)) > 1:
            # "店员给我推了小米14和荣耀Magic6，这俩到底哪个好", "M14跟F14看着一模一样 到底有啥区别": the phones named among
            # words of the telling before the question are the ones weighed
            refs, refs_text, start = told, whole_clause, m.start() - len(whole_clause)
        named = _pointed(refs_text.strip())
        if refs is None and kind in ("details", "why", "why_not") and named is not None \
                and (re.search(r"[a-z]", named) or _CHINESE_BRAND.search(named)):
            # "tell me more about that Pixel", "那台小米": a phone on screen, named loosely; the session finds it
            refs = parse_refs(named, resolve, need_known=False)
        inside = _positions_in(refs_text)
        if kind != "compare" and len(inside) == 1 and not (refs and all(isinstance(r, int) for r in refs)):
            # "why is the top pick ranked first?", "details on #2 you showed": one position among other words
            refs = (inside[0],)
        if refs is None or (kind == "details" and not refs):
            continue
        if pattern is _COMPARE_AFTER and not refs and _positions_in(text[m.end():]):
            # "那帮我比较第一个跟第三个": no phone before the verb, the positions follow it (read by the pattern after)
            continue
        if kind == "details" and refs == (FOCUS,) and _after_a_pick(text, start):
            continue
        if kind == "details" and len(refs) > 1:
            kind = "compare"  # "show me number 2 and 4": two phones at once are compared
        if pattern is _COMPARE and len(refs) < 2 and (earlier := _refs_before(_clause_before(text, m.start()), resolve)):
            # "how does the 2nd compare to the 4th", "show me the first 3 side by side": the phones before the keyword
            refs = tuple(dict.fromkeys((*earlier, *refs)))
            start = m.start() - len(_clause_before(text, m.start()))
        if kind == "compare" and not refs and (found := _versus(scan, resolve) or _two_named_which(scan, resolve)):
            return found  # "galaxy s24 vs pixel 8, which is better?": the phones are named before the question
        if kind in ("why", "why_not"):
            # "why is it better than ...": "it" is the phone the previous answer was about, unless the message told of
            # one phone before asking ("my coworker has the pixel 8a ..., why isn't it on here?")
            if _PRONOUN.match(refs_text.strip()):
                told = _names_ending_parts(text[:start], resolve)
                refs = told if len(told) == 1 else (FOCUS,)
            else:
                refs = refs[:1]
        if refs == (FOCUS,) and len(said := set(_positions_in(text))) == 1:
            # "3rd in that list - whats the story with it?", "#2, why did you pick it": the pronoun stands for the
            # position the same message names, not for the phone of the answer before
            refs = (said.pop(),)
        if refs == (FOCUS,) and kind == "details" and (named_before := _one_name_before(text, start, resolve)) is not None:
            # "my cousin has the Galaxy A14, tell me about it": the pronoun stands for the phone the same message named
            # before it, not for the phone of the answer before (and the name is no brand wished for)
            refs, start = (named_before[0],), named_before[1]
        scan.take(start, end)
        return Followup(kind, refs)
    if (m := _BETTER_THAN.search(text)) and (refs := parse_refs(f"{m['a']}, {m['b']}", resolve,
                                                                need_known=not _BOTH_POINTED.match(m.group(0)))) \
            and len(refs) == 2:
        scan.take(m.start(), m.end())
        return Followup("compare", refs)
    if found := _versus(scan, resolve) or _two_named_which(scan, resolve):
        return found
    if (pair := _POSITION_PAIR.search(text)) is not None and _PAIR_ASKED.search(text):
        # "is 2 or 3 lighter?", "between 2 and 4 which has the better camera", "1还是3": two shown phones weighed; the
        # words of the question are no filter and no order (a reference never re-ranks the list)
        scan.take(0, len(text))
        return Followup("compare", (int(pair["a"]), int(pair["b"])))
    if (picked := _picked(text)) is not None:
        # "go with 3", "id like the second", "3 pls": a position chosen is that phone, as the position alone is ("2")
        scan.take(0, len(text))
        return Followup("details", (picked,), options=("chosen",) if picked == FOCUS else ())
    if (numeral := _BARE_ZH_NUMERAL.fullmatch(text)) is not None and (n := small_number(numeral["n"])):
        # "二" alone, as "2" alone, is the position on the list shown (not 两: "two of" waits for its noun)
        scan.take(0, len(text))
        return Followup("details", (n,))
    m = _BARE_REF.fullmatch(text)
    if m is not None:  # a message that is only a position: "the second one", "#2", "第二个"
        refs = parse_refs(m["refs"], resolve, need_known=True)
        # a bare number is a position only alone ("2"): after other words ("我要7") it may be anything
        bare = re.fullmatch(r"\d{1,2}", _EDGE_FILLER.sub("", m["refs"].strip()))
        if refs and all(isinstance(r, int) for r in refs) and not (bare and bare.group(0) != m["refs"].strip()):
            scan.take(0, len(text))
            return Followup("details" if len(refs) == 1 else "compare", refs)
    positions = set(_positions_in(text))
    if len(positions) == 1 and (_ASKS.search(text) or _YES_NO_OPENING.match(text) or _WHICH_ZH.search(text)):
        # "number 4, what's the battery on it?", "那就第一个吧，详细参数": a question about one shown phone,
        # answered with its details; the question words must not re-rank the list the number points into
        scan.take(0, len(text))
        return Followup("details", (positions.pop(),))
    if not positions and _YES_NO_ABOUT_IT.search(text) and len(text) <= 60:
        # "is it 5G?", "它支持5G吗": a yes/no question whose subject is the phone in focus asks about that
        # phone, whatever it names; reading "5G" as a filter would replace the phone with a list
        scan.take(0, len(text))
        return Followup("details", (FOCUS,), ("question",))
    if not positions and asks_which_phone(text):
        # "what phone is this?", "这是什么手机": the name of the phone in focus (with nothing on screen, of none)
        scan.take(0, len(text))
        return Followup("details", (FOCUS,))
    if not positions and (it := _IT.search(_DISMISSED_IT.sub(" ", text))) \
            and (_ASKS.search(text) or (it.group() == "它" and _WHICH_ZH.search(text))) and not re.search(r"\d", text) \
            and len(text) <= 60 and not _after_a_pick(text, it.start()) and not _ORDERED.search(text):
        # "what about its camera?", "它的电池多大": a question about the phone in focus, answered with its details
        scan.take(0, len(text))
        return Followup("details", (FOCUS,))
    if not positions and (it := _IT.search(_DISMISSED_IT.sub(" ", text))) and _ASKS.search(text[it.start():]) \
            and len(text) <= 90 and (owned := _one_name_before(text, it.start(), resolve)) is not None \
            and _TOLD_OF.search(text, 0, owned[1]) and not re.search(r"\d", text[it.start():]):
        # "my colleague has the S23, is it still worth it? details pls": "it" asked about is the phone the message told
        # of first (the figure in its name is no filter), as "my cousin has the Galaxy A14, tell me about it" is
        scan.take(0, len(text))
        return Followup("details", (owned[0],))
    return None


# a phone told of as someone's, before a question about "it": "my colleague has the", "my wife uses a", "i've got the"
_TOLD_OF = re.compile(r"(?<![a-z])(?:has|have|had|got|uses?|using|owns?|bought|rocks?|carries)\s+(?:an?\s+|the\s+|his\s+|her\s+)?$")


# "order it by weight", "sort by how heavy it is": the list ordered by an aspect, whatever "it" stands for; no question
# about the phone in focus
# ... or a direction said after it: "and how heavy it is low to high", "how big the screen is, descending"
_ORDERED = re.compile(r"(?<![a-z])(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|arrange[d]?|list(?:ed)?|organi[sz]e[d]?)\s+"
                      r"(?:(?:it|them|'?em|results|the\s+results)\s+)?(?:by|on|how)(?![a-z])"
                      # "how much it costs-sorted, decreasing", "sorting: how much it costs": a sort word, not "sort of"
                      r"|(?<![a-z])sort(?:ed|ing)?(?![a-z])(?!\s+of(?![a-z]))"
                      r"|(?<![a-z])(?:(?:from\s+)?(?:low|high|small|big|light|heavy)(?:est)?\s+to\s+(?:low|high|small|big|light|heavy)"
                      r"|ascending|descending|asc|desc|increasing|decreasing|(?:low|high)est\s+on\s+top)(?![a-z])")


# "what phone is this?", "which model is that", "这是什么手机", "那台是哪款": which phone "this" is. A phone word or "哪款"
# is needed: "这是什么" alone asks what the advisor is
_WHICH_PHONE = re.compile(r"""
    (?:(?:so|and|ok|hm+)[,\s]+)?(?:what|which)\s+(?:phone|model|one|device)\s+is\s+(?:this|that|it)(?:\s+one)?
    | (?:那|这)(?:个|款|台|部)?(?:是|叫)(?:什么|啥)(?:手机|机型|机子|型号)
    | (?:那|这)(?:个|款|台|部)?(?:是|叫)(?:哪款|哪个|哪一款|哪一个|哪台|哪部)(?:手机|机型|机子|型号)?
    """, re.VERBOSE)


def asks_which_phone(text: str) -> bool:
    """True for a message that only asks which phone "this" or "that" is ("what phone is this?", "这是什么手机啊")."""
    return _WHICH_PHONE.fullmatch(re.sub(r"[\s?？!！.。~]*(?:啊|呀|呢|来着|吗)?[\s?？!！.。~]*$", "", text.lower().strip())) \
        is not None


# ("in" before a pointing word is the list the position is in: "number 4 in this list")
_UNIT_AFTER = r"\s*(?:gb|g|tb|mp|mah|k|hz|w|mm|in(?:ch(?:es)?)?(?!\s+(?:the|this|that|your|my)\s)|\"|元|块|寸|毫安|克)(?![a-z])"
# "my last one died in the rain": the shopper's own phone before this one, no place on the list
# ... nor "the last one died on me", "the last one broke": a phone that broke is the shopper's own, never one shown
_BROKE = r"(?:died|broke|crashed|cracked|conked\s+out|packed\s+up|gave\s+up|stopped\s+working|fell\s+apart|got\s+(?:stolen|lost|broken))(?![a-z])"
_NOT_OWNED = "".join(rf"(?<!{owner}\s)" for owner in ("my", "our", "his", "her", "their"))
_POSITION_IN = re.compile(rf"""
    (?:\#|(?<![a-z])(?:(?:option|pick|result|choice|item|entry|spot)\s*(?:\#|no\.?|number)?|no\.|nr\.?|number))
      \s*\d{{1,2}}(?![\d.]|{_UNIT_AFTER})                                               # "#2", "option 3", "item 2"
    # (not "续航放第一位": an aspect put first, nor "最重的排第一位": the heaviest put first)
    | (?<!放)(?<!摆)(?<!放在)(?<!摆在)(?<!的排)(?<!的排在)
      (?:(?<!的)排(?:名|在)?)?第[一二两三四五六七八九十\d]{{1,3}}的?(?:那|这)?(?:个|款|部|台|名|项|只|位)   # "第二个", "第三那部"
    | (?<![\d一二两三四五六七八九十月])[一二三四五六七八九十\d]{{1,2}}号(?:机)?                # "3号", "二号机"
    | (?<![a-z])(?:no\.|number|option)\s*(?:{_NUMBER_WORD})(?![a-z])                    # "number two"
    | (?<![a-z])(?:the\s+)?(?:{_ORDINAL})\s+{_ITEM}(?![a-z])                             # "the second one"
    | (?<![a-z\d])(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)(?![a-z])                           # "the 2nd"
      (?!\s*(?:std|standard|grade|class|form|floor|birthday|anniversary|gen(?:eration)?)(?![a-z]))  # not "she is 10th std"
    | (?<![a-z])the\s+(?:{_ORDINAL})(?=\s*(?:[,.?!;:—–-]|$)|\s+(?:and|or|vs|to|with|please|pls|plz)(?![a-z]))  # "on the second?"
    | (?<![a-z]){_NOT_OWNED}(?:the\s+|your\s+)?(?:very\s+)?{_FROM_END.replace('?P<e>', '?:').replace('?P<l>', '?:')}\s+{_ITEM}(?![a-z])
      (?!\s+{_BROKE})                                                                  # not "the last one died on me"
    # "the top pick"; opening the message the article may go: "top one 多重", "top pick, how heavy?", but not where
    # what the top should be follows ("top pick = largest mAh; screen min 11in" asks an ordering)
    | (?<![a-z])(?:the\s+|your\s+)(?:very\s+)?top\s+{_ITEM}(?![a-z])
    | ^\s*(?:very\s+)?top\s+{_ITEM}(?![a-z])(?!\s*(?:[=:]|(?:should|must|has\s+to|needs?\s+to|would|will|is)(?![a-z])))
    | (?<![a-z])(?:in|at)\s+(?:the\s+)?(?:{_ORDINAL})\s+(?:place|position|spot|slot)(?![a-z])  # "in second place"
    | (?<![a-z]){_SUPERLATIVE_BEFORE}(?:the\s+)?(?:one|phone|option)\s+(?:at|on)\s+(?:the\s+)?(?:top|bottom)(?![a-z])  # "the one at the top"
    | 倒数第[一二两三四五六七八九十\d]{{1,2}}(?:个|款|部|台|名|项|只)?                          # "倒数第二个"
    | (?:最后|最末|末尾|最底下|最下面|最后面|最上面|最前面)(?:的)?(?:一|那|这)?(?:个|款|部|台)       # "最后那个", "最上面那款"
    """, re.VERBOSE)
def _picked(text: str) -> int | None:
    """The one position a message chooses with its words around it ("going with number 2" -> 2); None otherwise."""
    m = _PICKED.fullmatch(text.strip())
    if m is None or not (m["open"] or m.group("choose") or m.group(0) != m["ref"]):
        return None
    if _PRONOUN.fullmatch(m["ref"]) and m.group("choose"):
        # "ok go with that one", "I'll take it": a choice of the phone in focus (the session asks which one when a
        # comparison left two there), not a message read as nothing
        return FOCUS
    position = _position(m["ref"])
    if position is None or position == FOCUS:
        return None
    if m["ref"].isdigit() and not m.group("choose") and (position > _PAGE or not (m["open"] or m["tail"].strip())):
        return None  # "show me 3", "要7": a count as likely as a position; "ok 12 then" a figure beyond the page
    return position


# a question, then a sentence said beside it: "does that one last a full day? he never remembers to charge lol"; a
# question opened by its question word may end on a comma ("how heavy is it tho, I carry like four bags")
_QUESTION_THEN_ASIDE = re.compile(r"\s*(?P<question>[^?？]*\S[^?？]*[?？]+)\s*(?P<aside>[^?？]*\S[^?？]*)$"
                                  r"|\s*(?P<q2>(?:how|what|which|is|does|do|can|will|would)\s[^?？,，]*?)\s*,\s*(?P<a2>[^?？]*\S[^?？]*)$",
                                  re.IGNORECASE)


def question_then_aside(text: str) -> tuple[str, str] | None:
    """(question, aside) when a message asks one question and then says something more ("does that one last a full
    day? he never remembers to charge lol"); None otherwise. Whether the aside wishes anything is the caller's to read."""
    m = _QUESTION_THEN_ASIDE.fullmatch(text)
    return None if m is None else (m["question"] or m["q2"], m["aside"] or m["a2"])


def asks_to_explain(text: str) -> bool:
    """True for a wish to have the answer explained that names no phone ("can you explain?", "解释一下")."""
    return _EXPLAIN.search(text.lower().strip()) is not None


def _positions_in(text: str) -> list[int]:
    """The positions named anywhere in a text ("is number 3 waterproof?" -> [3]), in order, each once."""
    found = (_position(m.group(0).strip()) for m in _POSITION_IN.finditer(text))
    return list(dict.fromkeys(p for p in found if p))


def _refs_before(clause: str, resolve: Resolver) -> tuple[int | str, ...]:
    """The positions or known names a clause names before a comparison keyword ("show me the first 3", "how does the
    2nd", "how does the galaxy s24")."""
    refs = parse_refs(clause, resolve, need_known=True)
    if refs:  # "how does the galaxy s24 compare to ...": a known name counts as a position does
        return refs
    if _HOW_DOES_IT.match(clause):  # "how does that one stack up vs ...": the phone in focus, no phone named "One"
        return (FOCUS,)
    if m := _HOW_DOES_THE.match(clause):  # "how does the pixel compare to ...": a loose name, for the session to find
        return (m["name"],)
    inside = _positions_in(clause)
    if len(inside) == 1:
        return tuple(inside)
    named = _names_ending_parts(clause, resolve)
    return named if len(named) > 1 else ()


def _names_ending_parts(clause: str, resolve: Resolver) -> tuple[str, ...]:
    """The known phones named at the end of the parts of a clause, told among other words: "my two besties have the
    redmi note 14 pro 5g and the vivo t3 5g and i'm literally torn" names the Redmi Note 14 Pro 5G and the Vivo T3 5G (the
    longest run of words before each "and" or comma that is a known name)."""
    names: list[str] = []
    for part in _SPLIT.split(clause):
        words = part.split()
        found = next((run for start in range(max(0, len(words) - _LONGEST_NAME), len(words))
                      if resolve(run := " ".join(words[start:])) is not None), None)
        if found is not None:
            names.append(found)
    return tuple(dict.fromkeys(names))


def _names_told_in(clause: str, resolve: Resolver) -> tuple[str, ...]:
    """The known phones a clause names among other words, one in each of its parts (split at "和", "跟", commas):
    the longest end of a part that is a known name ("店员给我推了小米14" names the Xiaomi 14), else its longest start
    ("F14看着一模一样" the Galaxy F14)."""
    names: list[str] = []
    for part in _SPLIT.split(clause):
        part = part.strip()
        cuts = [i for i in range(len(part)) if i == 0 or _NAME_CUT.match(part, i - 1)]
        found = next((name for i in cuts if (name := resolve(part[i:])) is not None), None) \
            or next((name for i in sorted(cuts, reverse=True)[:-1] if (name := resolve(part[:i])) is not None), None)
        if found is not None:
            names.append(found)
    return tuple(dict.fromkeys(names))


# where a name may start or end inside a part: after a Chinese character or a space, or between a Chinese character and a
# Latin one ("推了小米14", "荣耀magic6", "f14看着")
_NAME_CUT = re.compile(r"[\u4e00-\u9fff\s]|[a-z0-9+](?=[\u4e00-\u9fff])")

_LONGEST_NAME = 6
"""Words in the longest phone name a shopper types ("samsung galaxy z fold 6 5g" is seven, with the maker)."""
_NAME_WORD = re.compile(r"[a-z0-9][a-z0-9+]*")


def _one_name_before(text: str, end: int, resolve: Resolver) -> tuple[str, int] | None:
    """The one known phone named in `text` before `end`, told among other words ("coworker has the pixel 8a and won't
    shut up about it"), with where its name starts; None for none or several."""
    found = _known_names(text[:end], resolve)
    return (found[0][0], found[0][1]) if len(found) == 1 else None


def _known_names(text: str, resolve: Resolver) -> list[tuple[str, int, int]]:
    """The known phones named in `text` among other words, each once, as (name, start, end) in order. The longest run of
    words that is a known name wins at each word; a name needs a figure ("pixel 8a", "c32"), so a maker alone is no
    phone named."""
    words = list(_NAME_WORD.finditer(text))
    found: dict[str, tuple[int, int]] = {}
    at = 0
    while at < len(words):
        for last in range(min(len(words), at + _LONGEST_NAME) - 1, at - 1, -1):
            run = text[words[at].start():words[last].end()]
            if re.search(r"\d", run) and (name := resolve(run)) is not None:
                found.setdefault(name, (words[at].start(), words[last].end()))
                at = last
                break
        at += 1
    return [(name, start, end) for name, (start, end) in found.items()]


# a which-question closing the message: "... and a Pixel 7a in the other. which one??", "..., so which should I get?"
_WHICH_CLOSES = re.compile(r"(?:^|[.;:!?,-]\s*)(?:(?:so|and|but|ok(?:ay)?|hm+|well|then)[,\s]+)*which(?![a-z])"
                           r"(?:\s+(?:one|of\s+(?:them|the\s+two|these|those)))?"
                           r"(?:\s+(?:is|'s|would|should|do|to|will)(?![a-z])[^.;!?]*)?[\s?!.]*$")


def _two_named_which(scan: Scan, resolve: Resolver) -> Followup | None:
    """Two phones told of in one message that closes by asking which ("standing in the store with a Galaxy A54 in one
    hand and a Pixel 7a in the other. which one??", "my sister says the redmi note 13, my dad the galaxy a15, which
    should i get"): a comparison of the two; the names and the words between them are masked (they wish for no maker
    and no size: "in one hand" holds a phone)."""
    text = scan.low
    asked = _WHICH_CLOSES.search(text)
    if asked is None or _positions_in(text):
        return None
    names = _known_names(text[:asked.start()], resolve)
    if len(names) != 2:
        return None
    scan.take(names[0][1], names[1][2])
    scan.take(asked.start(), asked.end())
    return Followup("compare", (names[0][0], names[1][0]))


# two positions of the page weighed against each other: "2 or 3", "#1 vs #4", "2号和4号", "1还是3" (not "2 or 3 years",
# "8 or 12gb")
_PAIR_END = (r"(?:号|st|nd|rd|th)?(?![0-9a-z.%])(?!\s*(?:gb|g|tb|k|mp|mah|inch|in|寸|英寸|毫安|克|元|块|年|个月|万|千|百|years?|yrs?|months?|"
             r"hundred|thousand|grand|bucks|dollars|people|times|stars?|of\s+them|options?|choices|picks|phones|models|ones|more))")
_POSITION_PAIR = re.compile(rf"(?<![0-9a-z.$¥₹€£#/-])(?:#|no\.\s*|number\s+)?(?P<a>[1-5]){_PAIR_END}\s*"
                            rf"(?:or|and|vs\.?|versus|还是|和|跟|或者?|与)\s*(?:#|no\.\s*|number\s+)?(?P<b>[1-5]){_PAIR_END}")
# what makes a pair of positions a question: a question word or mark, a comparative, a choice
_PAIR_ASKED = re.compile(r"[?？]|(?<![a-z])(?:which|what|better|best|would|should|go\s+with|pick|choose|prefer|between)(?![a-z])"
                         r"|(?<![a-z])(?:light|heavi|cheap|fast|slow|bigg|small|long|short|new|great|nic|strong|larg)er(?![a-z])"
                         r"|还是|哪|选|好|更")
# a loose name pointed at with "the" before a comparison keyword: "how does the pixel (compare to the first one)"
_HOW_DOES_THE = re.compile(r"\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?how\s+(?:does|do|would|will)\s+(?:the|that|this)\s+"
                           r"(?P<name>[a-z][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){0,2}?)(?:\s+(?:one|phone|model))?\s*$")
_HOW_DOES_IT = re.compile(r"\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?how\s+(?:does|do|would|will)\s+(?:it|(?:that|this)(?:\s+(?:one|phone|model))?)\s*$")
# "is the pixel better than the nord 3?": both names pointed at with "the" are phones, known or loose
_BOTH_POINTED = re.compile(r"(?:is|are)\s+the\s+(?!(?:other|camera|battery|screen|display|design|performance|price)(?![a-z]))[a-z]"
                           r".*\s+than\s+the\s+(?!(?:other|camera|battery|screen|display|design|performance|price)(?![a-z]))[a-z]")


def _last_comma_clause(words: str) -> str | None:
    """The words after the last comma of some words, None when they have no comma (or nothing after it)."""
    *before, last = re.split(r"[,，]", words)
    return last if before and last.strip() else None


def _clause_before(text: str, end: int) -> str:
    """The words of the clause that ends at `end` (at most 60 characters back)."""
    before = text[max(0, end - 60):end]
    breaks = list(_CLAUSE_START.finditer(before))
    return before[breaks[-1].end():] if breaks else before


_ASKS = re.compile(r"""
    (?<![a-z])(?:what|how|(?:what|how)'?s|which|tell|more|details?|specs?|info  # question words ("whats it like")
                |battery|camera|screen|weight|price|size|ram|storage|chip|cost|worth|heavy|big)(?![a-z])  # a spec asked about
    | [?？]                                                                      # a question mark
    | (?<![a-z])(?:any\s+good|good\s+enough|worth\s+it|worth\s+(?:buying|getting)|decent|recommended)(?![a-z])  # a verdict asked
    | 怎么样|如何|咋样|怎样|多少|多大|多重|详细|参数|配置|说说|介绍|讲讲                # Chinese question words
    | 电池|续航|相机|拍照|屏幕|价格|好不好|值不值|吗|呢|什么|啥|几                        # a spec asked about, question particles
    # Sichuanese 好多 is 多少 ("how much") in a question about a phone: "第三个好多钱嘛", "第一台好多钱" (read only here,
    # beside a shown phone: elsewhere 好多钱 is "a lot of money"); the northern 多钱 says the same ("第一个多钱")
    | 好?多钱
    # romanized Hindi and Urdu question words: "dusra wala kaisa hai", "iski battery kitni hai", "uska price kya hai"
    | (?<![a-z])(?:kaisa|kaisi|kaise|kitna|kitni|kitne|kya|kaunsa|kaunsi|konsa|konsi)(?![a-z])
    | (?P<ask>[\u4e00-\u9fff])[不没](?P=ask)                                             # "有没有", "贵不贵", "支不支持"
    """, re.VERBOSE)
# "it has to be a Samsung with a big screen", "it should have 8GB": "it" is the phone wished for, not one on screen
# a yes/no question of what a phone does or has, opening the message, asked of the one place it names: "does the 2nd
# one have 5g", "can the first one take a memory card" ("is the first one 5g or not" still wishes for 5G, as it always
# has; of "it" such a question is read by _YES_NO_ABOUT_IT, which knows the weather's "it")
_YES_NO_OPENING = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|but|then|also)[,\s]+)*(?:does|did|has|can|will|would|could)\s")
# "which" asked in Chinese, of a place named or of 它: "第二支是哪個牌子的", "它是哪年出的" (not 哪怕, "even if"; beside 这个 or
# 那款 it may ask which phone a superlative picks, "主摄最多像素那款是哪个", or point at an ordering, "按这个排")
_WHICH_ZH = re.compile(r"哪(?!怕)")
_IT = re.compile(rf"(?<![a-z])(?:it|its|it's|(?:that|this)\s+{_POINTED_NOUN}|{_HINDI_IT})(?![a-z])"
                 r"(?!\s+(?:has\s+to|must|should|needs?\s+to|ought\s+to|(?:has\s+)?got\s+to|had\s+better|better)(?![a-z]))"
                 # "这一款" is "这款"; "要那款最重的" (that one, the heaviest) picks by a superlative, no phone in focus;
                 # "八千元这个价", "这个档次", "这个牌子", "这个价位" point at a price level or a brand said beside them
                 # "这个很关键", "这个不能妥协", "这个是必须": the wish just said, stressed or insisted on, no phone
                 "|它|[这那]一?[个款台部](?![^,，。.;；!！?？\\s]{0,6}?最)(?!\\s*(?:价|档|牌子|品牌|厂家|厂商|预算|系列|数|范围|区间|上限))"
                 "(?!\\s*(?:也|真的|确实)?\\s*(?:很|非常|特别|超|挺)?\\s*(?:关键|重要|要紧|(?:是)?必须|是硬性|没得商量"
                 "|(?:是)?(?:不能|不可以|没法|无法)(?:妥协|让步|商量)))")
# "it" in a dismissal is the thing let go, no phone: "ram不要求了 forget it", "the camera, never mind it", "drop it",
# "screen size 不限了, remove it", "屏幕不限了，去掉它" (no answer removes a phone)
_DISMISSED_IT = re.compile(r"(?<![a-z])(?:forget|drop|skip|scrap|scratch|ditch|lose|never\s*mind|nvm|remove|delete|clear|cancel"
                           r"|get\s+rid\s+of)\s+(?:about\s+)?it(?![a-z'])|(?:去掉|删掉|删了|拿掉|取消|清掉|移除)它"
                           # "keep Samsung out of it?": the choice a refused brand is kept out of, no phone
                           r"|(?<![a-z])(?:out|excluded)\s+of\s+it(?![a-z'])"
                           # "it" as the wish let go, judged: "forget the screen size, it was a silly idea", "it doesn't matter"
                           r"|(?<![a-z])it(?:'s|\s+(?:was|is))\s+(?:(?:a|an|just|only|really|kind\s+of|kinda|probably|such\s+a)\s+)*"
                           r"(?:(?:silly|stupid|bad|dumb|weird|random|wrong|crazy|pointless)\s+)?(?:idea|mistake|thought|whim|joke|typo)(?![a-z])"
                           r"|(?<![a-z])it\s+(?:doesn'?t|does\s+not)\s+(?:really\s+)?matter(?![a-z])|(?<![a-z])it'?s\s+not\s+(?:that\s+)?important"
                           # "it" handled by someone who knows how: "my daughter knows how to fix it", "he learned how to
                           # root it": a statement of know-how, no question about a shown phone
                           r"|(?:(?<![a-z])(?:knows?|knew|learn(?:ed|t|s)?|figured\s+out)|知道|懂得?)\s*how\s+to\s+[a-z]+(?:\s+[a-z]+)?\s+it(?![a-z'])"
                           # "it" as the search a wish narrows: "narrow it to Realme alone", "limit it down to Tecno"
                           r"|(?<![a-z])(?:narrow|limit|restrict|keep|cap|filter)\s+it\s+(?:down\s+)?to(?![a-z])"
                           # ... or that a wish makes: "let it be Infinix only", "make it a samsung with a bigger battery"
                           r"|(?<![a-z])(?:make|let)\s+it(?:\s+be)?(?![a-z'])"
                           # "this" before a filter word names a filter, no phone: "去掉这个 filter", "那个条件不要了", or
                           # the span of prices it sets: "三千到八千块钱这个区间，有吗", "这个价位有推荐吗"
                           r"|(?:这个|那个|这条|那条|这些|那些|(?<![a-z])(?:this|that|these|those))\s*"
                           r"(?:filters?|条件|限制|要求|筛选|区间|范围|价位|档次|预算|(?:requirement|restriction|constraint|limit)s?)(?![a-z])")
# "it" of the weather is no phone: "is it gonna rain in london tomorrow", "will it snow", "is it cold out there"
_WEATHER_IT = (r"\s+(?:(?:going\s+to|gonna|supposed\s+to|meant\s+to)\s+)?(?:be\s+)?"
               r"(?:rain|snow|storm|pour|drizzle|hail|thunder|raining|snowing|sunny|cloudy|windy|foggy|humid|freezing"
               r"|(?:hot|cold|warm|chilly)\s+(?:out|outside|today|tomorrow|tonight|there|in\s))(?![a-z])")
_YES_NO_ABOUT_IT = re.compile(r"""
    # "so does it have wireless charging?": a yes/no question about "it" or "that one"; the phone may be named first
    # and then asked about ("that one, does it do 5g?")
    ^\s*(?:(?:and|so|ok(?:ay)?|but|hm+|then|also|wait)[,\s]+|(?:that|this)\s+(?:one|phone|model)\s*[,:\-–—]\s*)*
    (?:(?:is|does|did|has|can|will|would|could)\s+(?:it|that|this)(?:\s+(?:one|phone|model))?(?![a-z'])(?!WEATHER_IT)
       |(?:would|do|can|will|should)\s+(?:you|u)\s+(?:recommend|suggest|buy|get|pick)\s+(?:it|that|this)(?:\s+one)?(?![a-z']))
    [^.;!?]*\??\s*$                                                    # "would you recommend it?"
    # the same asked in the word order of a statement, the question mark making it one: "that one got 5g?",
    # "it has wireless charging?", "this phone supports esim?"
    | ^\s*(?:(?:and|so|ok(?:ay)?|but|hm+|then|also|wait)[,\s]+)*
      # ... and with a Chinese pointing word for the subject in a mixed message: "这个 is 5G or not?", "这款 has nfc?"
      (?:(?:it|that|this)(?:\s+(?:one|phone|model))?|(?:这|那)[个款台部]|它)\s*
      (?:got|has|have|gets|supports?|comes?\s+with|does|do|is)(?![a-z'])
      [^.;!?]*(?:\?+|(?<![a-z])or\s+(?:not|no|nah|nope)\??)\s*$  # "that one got 5g or nah"
    # "那这款支持无线充电吗？", "这个重不重" (a question that says a word, "not", and the word again)
    | ^\s*(?:那|这|那么)?(?:它|这款|那款|这个|那个|这台|那台|这部|那部)(?:手机)?[^，。,.!?！？]{0,20}
      # what is asked after 有没有 may be a spec with its figure ("那部有没有 8GB RAM"), closed by a particle ("㗎", "呀")
      (?:吗|么|嘛|没有|不|(?P<ana>[\u4e00-\u9fff])[不没](?P=ana)[^，。,.!?！？]{0,12}(?:㗎|呀|啊|呢|嘅)?)ADDRESS\s*[?？]?\s*$
    """.replace("ADDRESS", r"(?:[\s,，]*(?:bro|bhai|yaar|dude|man|mate|哥们|兄弟|老哥|老板|亲)(?![a-z]))?")
    .replace("WEATHER_IT", _WEATHER_IT), re.VERBOSE)
"""The last branch may end on the person asked ("它 support 5g 吗 bro", "这款有NFC吗兄弟")."""
# the subject and verb of such a question: "does it do", "is that one", "this phone supports"
_QUESTION_SUBJECT = re.compile(r"""
    ^\s*(?:(?:and|so|ok(?:ay)?|but|hm+|then|also|wait)[,\s]+)*
    (?:(?:is|does|did|has|can|will|would|could)\s+)?(?:it|that|this)(?:\s+(?:one|phone|model))?(?![a-z'])
    (?:\s+(?:do|have|has|got|gets?|supports?|comes?\s+with|runs?|takes?)(?![a-z']))?\s*
    """, re.VERBOSE)


def question_as_wish(text: str) -> str | None:
    """A yes/no question about "it" read as the wish it names, for when no phone is on screen for "it" to be ("does it
    do 5g" -> "5g", "is it under $300?" -> "under $300"); None for any other message or one that names nothing else."""
    low = " ".join(text.lower().split())
    if not _YES_NO_ABOUT_IT.search(low) or (m := _QUESTION_SUBJECT.match(low)) is None or not m.group(0).strip():
        return None
    wish = low[m.end():].strip(" ?？")
    return wish or None


_DEMONSTRATIVE = re.compile(r"^(?:that|this)\s+(?=\S)|^(?:那|这)[个款台部](?=\S)")
# words that point a loose name at the screen: "the Galaxy one", "the iPhone you showed", "the pixel you listed"
_ON_SCREEN = re.compile(r"""
    ^(?:the\s+)?
    (?P<name>(?!(?:the|that|this|it|other|same|next|new|cheap\w*|best|[a-z]+(?:er|est))\s)  # not a pointing word or comparative
       [a-z0-9]+(?:\s+[a-z0-9]+)?)                                                      # a name of one or two words
    \s+(?:one                                                                           # "the Galaxy one"
          |you(?:\s+just)?\s+(?:listed|showed|show(?:ed)?\s+me|mentioned|recommended|suggested|picked|gave\s+me))
    (?:\s*[,，].*)?$                                                                    # and maybe a clause after a comma
    """, re.VERBOSE)


def _pointed(refs_text: str) -> str | None:
    """The loose name of a phone the shopper points at on screen ("that Pixel", "那台小米", "the Galaxy one",
    "the iPhone you showed"), without the pointing words; None when the words point at nothing."""
    named = _DEMONSTRATIVE.sub("", refs_text, count=1)
    if named != refs_text:
        return named
    m = _ON_SCREEN.match(refs_text)
    return m["name"] if m else None
_OVER_SHOWN = re.compile(r"""
    # "these ones, which is the lightest?"
    ^\s*(?:(?:and|so|ok(?:ay)?)[,\s]+)?(?:these|those)(?:\s+(?:ones|phones|options))?\s*[,，:：]
    # "of these", "among the phones you showed", "from the list"; not a place in the order ("top of the list should be
    # the biggest battery" asks for an order)
    | (?<![a-z])(?<!top\s)(?<!head\s)(?<!bottom\s)(?<!end\s)(?:of|among|from|out\s+of|between)\s+
      (?:(?:all\s+)?(?:these|those|them)
         # the list as a group: "out of this lot", "from that bunch", "among this batch"
         |(?:this|that|the)\s+(?:lot|bunch|batch|selection|set|list)
         |the\s+(?:ones|phones|options|results)(?:\s+(?:shown|above|listed|you\s+showed))?
         |the\s+(?:list|results))(?![a-z])
    # "the cheapest one in that list", "the lightest on this list": the list by its name, as "of the list" (not a place in
    # it: "first on the list", "top in the list")
    | (?<![a-z])(?<!top\s)(?<!bottom\s)(?<!first\s)(?<!last\s)(?:in|on)\s+(?:this|that|the|your)\s+list(?![a-z])
    # "in these", "in those ones" as "of these": "show me the lightest one in these" (not "in them", which may hold a part:
    # "phones with 5g in them")
    | (?<![a-z])in\s+(?:all\s+)?(?:these|those)(?:\s+(?:ones|phones|options))?(?![a-z])
    # "the cheapest one here", "the lightest phone you showed", "the cheapest tablet in there", "the newest of the bunch"
    | (?<![a-z])(?:one|ones|phones?|models?|options?|tablets?|devices?|handsets?)\s+(?:(?:in\s+)?(?:here|there)|on\s+(?:the|this|your)\s+list|so\s+far
                                                        |(?:you\s+)?(?:listed|showed|shown|gave\s+me|suggested))(?![a-z])
    | (?<![a-z])of\s+(?:the\s+(?:bunch|lot)|them\s+all|(?:the|these|those)\s+(?:two|three|four|five))(?![a-z])
    # "the one w/ the biggest battery out of what u showed me", "the cheapest of what you've listed"
    | (?<![a-z])(?:of|among|from|out\s+of)\s+what\s+(?:you|u)(?:'ve|\s+have)?\s+(?:showed|shown|listed|gave|given|suggested)
      (?![a-z])
    # Hindi and Urdu "in these" / "of these": "in mein sab se sasta kaunsa hai", "inme se sabse badi battery kiski hai",
    # "in sab mein", "in paanchon mein"
    # (not "main", which is also the camera's: "the best in main camera")
    | (?<![a-z])(?:in|un)(?:\s+(?:sab|sabhi|saare|sare|dono|teeno|teenon|charo|chaaron|paancho|paanchon))?\s*(?:mein|me|mai|mei)
      (?:\s+se)?(?![a-z])
    # "这几个里", "上面的", "列表里"; the list named in English in a mixed message: "list 里 cheapest 的那个"
    | 这几[个款部台]|这些|那几[个款部台]|其中|上面(?:的|这些|几个|几款)|列表里|里面|(?<![a-z])(?:list|results?)\s*(?:里|中|上)
    """, re.VERBOSE)
# "which one is the lightest?", "哪个续航最好", "最便宜的是哪款": a question that picks one of several phones
# the details of one phone asked after it is pointed at, in either language: "details", "specs pls", "tell me more",
# "详细点", "说说", "多重" (how heavy), "电池多大"; no wish (no figure, no feature)
# a Chinese numeral alone, the whole message but for a particle or a stop: "二", "三吧", "五。"
_BARE_ZH_NUMERAL = re.compile(r"\s*(?P<n>[一二三四五六七八九十])\s*(?:吧|呢|啊)?\s*[.!?。！？]*\s*")
_ASKED_TAIL = (r"(?:[\s,，:：-]*(?:(?:more\s+)?(?:details?|specs?|info)|tell\s+me\s+more|more|please|pls|plz"
               rf"|(?:给我)?(?:详细(?:点|一点|些|说说|讲讲|介绍一下)?|介绍一下|{_TELL}|{_SEE})"
               rf"|(?:的)?(?:{_ZH_ASPECT})?(?:多重|多大|多少钱?|怎么样|咋样|如何)))*")
_WHICH = re.compile(r"""
    (?<![a-z])which(?![a-z])|哪(?:个|款|部|台|一)
    | (?<![a-z])(?:kaun|kon)(?:sa|si|se)?(?![a-z])|(?<![a-z])kis(?:ki|ka|ke|me|mein)(?![a-z])  # Hindi and Urdu: "kaunsa", "kiski"
    # one phone by a superlative, and nothing else but its details asked: "the least expensive one", "show me the
    # lightest one", "tell me about the cheapest one", "the cheapest one 详细点", "the lightest one, specs pls", "最轻的那款"
    | ^\s*(?:(?:and|so|ok(?:ay)?|then|what'?s|what\s+is|show\s+me|give\s+me|i'?ll\s+take|tell\s+me\s+(?:more\s+)?about
                |(?:more\s+)?(?:details?|specs?|info)\s+(?:on|of|for|about))[,\s]+)*
      (?:the\s+)?(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\s+(?:one|phone|model)ASKED_TAIL\s*[?.!]*$
    # a bare superlative asked, "and the heaviest?", "the lightest?": one phone, as "the heaviest one?" asks
    | ^\s*(?:(?:and|so|ok(?:ay)?|then|what\s+about)[,\s]+)*(?:the\s+)?(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\s*\?+$
    # "the one with the biggest battery", "the phone that has the most storage": one phone, by a superlative
    | ^\s*(?:(?:and|so|ok(?:ay)?|then|show\s+me|give\s+me|i'?ll\s+take)[,\s]+)*(?:the\s+)?(?:one|phone|model)\s+
      (?:with|that\s+has|having|that\s+gets)\s+the\s+(?:[a-z]+est|most|least|best)(?:\s+[a-z]+){1,2}\s*[?.!]*$
    # ... the 的 may be left out before the pointer: "最便宜那台", "最轻那个", "电池最大那款"
    | 最[\u4e00-\u9fff]{1,4}?的?(?:那|这|一)(?:个|款|部|台)
    """.replace("ASKED_TAIL", _ASKED_TAIL), re.VERBOSE)
# "which is the best one?", "哪个最好", "你推荐哪个": the phone the list ranks first
_BEST = re.compile(r"""
    ^\s*(?:(?:and|so|ok(?:ay)?|then|hm+|well)[,\s]+)*
    (?:which(?:\s+one)?(?:\s+of\s+(?:them|these|those))?\s+(?:is|'s|would\s+be)\s+(?:the\s+)?best(?:\s+(?:one|pick|choice|option))?
      |which(?:\s+one)?\s+(?:would|do|should)\s+(?:you|u)\s+(?:recommend|suggest|pick|choose|go\s+for))\s*[?.!]*$
    # "哪个最好", "你推荐哪个"; a hesitation before, the list and "do you think" may be said: "嗯…那这几个你觉得哪一个最值得买？",
    # "这些里面你认为哪款最好"
    | ^(?:(?:嗯+|呃+|额+|唔+|哦+)\s*[…,，.。~\s]*)?(?:那么?)?(?:(?:这|那)(?:几|些)(?:个|款|部|台)?(?:里面?|之中|当中|中)?)?
      (?:你)?(?:觉得|认为|看)?(?:推荐|选|最推荐)?哪一?(?:个|款|部|台)(?:最好|最值得买?|最推荐|好)?(?:呢|啊|呀)?[?？]*$
    """, re.VERBOSE)
# An aspect alone, after an answer about one phone: "and the battery?", "weight?", "how heavy?", "价格呢", "battery呢"
_ASPECT = (r"battery(?:\s+life)?|cameras?|selfie\s+camera|front\s+camera|screen(?:\s+size)?|display|weight|price|cost|ram|memory"
           r"|storage|chip(?:set)?|processor|cpu|size|specs?|charging|5g")
_ASPECT_ALONE = re.compile(rf"""
    ^\s*(?:(?:and|so|ok(?:ay)?|then|also|but|what\s+about|how\s+about)[,\s]+)*(?:the\s+|its\s+|it'?s\s+)?
    (?:{_ASPECT})(?:\s+(?:of|on|for)\s+(?:that|it|this)(?:\s+one)?)?\s*(?:[?？]+|呢[?？]*)\s*$                  # "price of that?"
    | ^\s*(?:and|what\s+about|how\s+about)\s+(?:the\s+|its\s+)?(?:{_ASPECT})\s*$                  # "and the battery"
    | ^\s*(?:(?:and|so|ok(?:ay)?|then)[,\s]+)*how\s+(?:heavy|big|much|fast|thick|expensive)(?:\s+is\s+it)?\s*[?？]*$
    | ^\s*(?:那)?(?:{_ZH_ASPECT})
      (?:呢|怎么样|如何|咋样|多少|多大|多重)[?？]*$
    """, re.VERBOSE)

# a question about one aspect of a phone named or pointed at: "how big is the battery on the galaxy s24 ultra?", "how heavy
# is the pixel 8 pro", "how's the Pixel 8 Pro camera vs what I'm used to?" (no "vs" phone: what the shopper has now); the
# phone's details answer it. Only a known name or a pointer is read so ("how big is the battery on phones under 300" is
# a wish)
_ASPECT_OF = re.compile(rf"""
    {_OPENING}how\s+(?:big|large|good|heavy|fast|long|much)\s+(?:is|are)\s+(?:the\s+|its\s+)?(?:{_ASPECT})\s+(?:on|of|in|for)\s+
      (?P<refs>[^.;!?]{{1,60}}?)\s*(?:[.;!?]|$)
    | {_OPENING}how\s+(?:heavy|big|large|fast|expensive|pricey|thick)\s+(?:is|are)\s+(?P<e2>[^.;!?]{{1,60}}?)
      (?:\s+(?:{_ASPECT}))?\s*(?:[.;!?]|$)
    | {_OPENING}how(?:'?s|\s+is|\s+are)\s+(?P<e3>[^.;!?]{{1,40}}?)(?:'s)?\s+(?:{_ASPECT})(?![a-z])
    """, re.VERBOSE)

_LATIN_NAMES = {"一加": "oneplus ", "红米": "redmi ", "小米": "xiaomi ", "华为": "huawei ", "荣耀": "honor ", "三星": "samsung ",
                "苹果": "iphone ", "谷歌": "pixel ", "摩托罗拉": "motorola ", "真我": "realme ", "索尼": "sony ", "诺基亚": "nokia ",
                "努比亚": "nubia ", "红魔": "red magic ", "魅族": "meizu ", "联想": "lenovo ", "中兴": "zte ", "传音": "tecno ",
                "欧珀": "oppo ", "维沃": "vivo "}
_CHINESE_BRAND = re.compile("|".join(sorted(_LATIN_NAMES, key=len, reverse=True)))


def latin_name(fragment: str) -> str:
    """A name fragment with its Chinese brand names in Latin letters ("一加12" -> "oneplus 12", "真我" -> "realme")."""
    return _CHINESE_BRAND.sub(lambda m: _LATIN_NAMES[m.group(0)], fragment).strip()


def _with_latin_names(resolve: Resolver) -> Resolver:
    """A resolver that also reads model names written with a Chinese brand name ("一加12", "红米Note 14")."""
    def resolve_latin(fragment: str) -> str | None:
        latin = latin_name(fragment)
        return resolve(fragment) or (resolve(latin) if latin != fragment else None)
    return resolve_latin


_WHICH_MORE = re.compile(r"""
    # "and which one of them has a bigger battery?": a comparative and no names
    ^\s*(?:(?:and|so|ok(?:ay)?|then)[,\s]+)?which(?:\s+one)?(?:\s+of\s+(?:them|the\s+two))?
    \s+(?:is|has|gets|takes|lasts)\s+(?:a\s+|the\s+)?(?:[a-z]+er|more|less)(?:\s+[a-z]+){0,2}
    (?:\s+(?:in|at)\s+[a-z]+)?\s*\??\s*$                          # ... where: "which of the two is cheaper here in india?"
    # "the lighter one?", "and the cheaper one": one of them by a comparative
    | ^\s*(?:(?:and|so|ok(?:ay)?|then)[,\s]+)?(?:the\s+)?(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+one\s*\??\s*$
    # "那哪个更轻？", "更轻的那个"
    | ^\s*(?:那)?(?:哪个|哪款|哪一个|哪部)(?:的)?[^，。,.!?！？]{0,4}更[^，。,.!?！？]{1,4}[?？]?$
    | ^\s*(?:那)?更[^，。,.!?！？]{1,4}的(?:那|这)?(?:个|款|部|台)[?？]?$
    # "这两个哪个好", "这俩哪个更好", "两个里哪个好": the two just compared, which is better
    | ^\s*(?:那)?(?:这|那)?(?:两|俩)(?:个|款|部|台)?(?:里|中|之间|当中)?(?:哪个|哪款|哪一个|哪部)(?:更)?(?:好|强)(?:些|一点|一些)?(?:呢|啊)?[?？]?$
    """, re.VERBOSE)


# "which of these is the best value", "best bang for the buck", "哪个性价比最高", "最划算的是哪个": value for money, a pick
# no single spec makes (price against what the phone offers)
_VALUE = re.compile(r"""
    (?<![a-z])(?:best|most|greatest|better|good)\s+(?:value(?:\s+for\s+(?:the\s+)?money)?|bang\s+for\s+(?:the|your|my)\s+bucks?
                                                    |deal)(?![a-z])
    | (?<![a-z])(?:most\s+)?value\s+for\s+(?:the\s+)?money(?![a-z]) | (?<![a-z])most\s+(?:cost[\s-]+effective|worth\s+it)(?![a-z])
    | (?<![a-z])(?:most|best|more)\s+(?:phone\s+)?for\s+(?:the|your|my)\s+money(?![a-z])          # "gives the most for the money"
    | 性价比(?:是)?(?:最|更)?(?:高|好|强|优|棒|突出)|最(?:有|具|具有)?性价比|最(?:超值|划算)|最值(?:钱)?(?!得)
    """, re.VERBOSE)
# one phone asked for by a question about several: "which one is best for gaming?", "which of these ...", "哪个拍照好"
_WHICH_ONE = re.compile(r"(?<![a-z])which(?:\s+one|\s+of\s+(?:these|them|those|the\s+[a-z]+))?(?=\s+(?:is|has|would|should|gives|"
                        r"offers|will|do|does|'s)(?![a-z]))|(?<![a-z])which\s+one(?![a-z])|哪(?:个|款|部|台|一个|一款)")


def asks_which_one(text: str) -> bool:
    """True when the message asks which one phone ("which one is best for gaming?", "哪个拍照好"), not for phones."""
    return bool(_WHICH_ONE.search(text.lower()))


def asks_value(text: str) -> bool:
    """True when the message asks for value for money ("best value", "性价比最高", "最划算"): among phones on screen,
    which gives the most for its price."""
    return bool(_VALUE.search(text.lower()))


def asks_which_of_them(text: str) -> bool:
    """True for a comparative question without names ("which is lighter?", "哪个更轻"): it asks about the phones
    the previous answer compared, not for a narrower list."""
    return bool(_WHICH_MORE.search(text.lower()))


def over_shown(text: str) -> bool:
    """True when a superlative is taken over the phones on screen ("the cheapest of these", "这几个里最轻的")."""
    return bool(_OVER_SHOWN.search(text.lower()))


def _after_a_pick(text: str, at: int) -> bool:
    """True when the words before `at` ask which phone ("which of these is the lightest? show me that one", "哪个屏幕最大？
    介绍一下它"): a pronoun there is the phone that question picks, which the session finds among the shown ones, not
    the phone of the answer before."""
    return asks_which(text[:at])


def asks_which(text: str) -> bool:
    """True when the message asks which phone ("which is the cheapest?", "哪个续航最好") or names one by a superlative
    ("the least expensive one", "最轻的那款"): with phones on screen, the superlative picks among them."""
    return bool(_WHICH.search(text.lower()))


def asks_best(text: str) -> bool:
    """True when the whole message asks which phone is best ("which is the best one?", "哪个最好", "你推荐哪个"): with
    phones on screen, the one the list ranks first."""
    return bool(_BEST.search(text.strip().lower()))


def asks_about_aspect(text: str) -> bool:
    """True when the whole message names an aspect and asks about it, nothing else ("and the battery?", "weight?",
    "how heavy?", "价格呢"): after an answer about one phone, a question about that phone."""
    return bool(_ASPECT_ALONE.search(text.strip().lower()))


def _versus(scan: Scan, resolve: Resolver) -> Followup | None:
    """"A vs B", "A or B" (both known phones): a comparison of the two; masks it. The first name may start at any word
    before the separator: in "which of these is better for gaming, 1 or 3?" it is "1", not the whole question."""
    pos = 0
    while (m := _VERSUS.search(scan.low, pos)) is not None:
        pos = m.start() + 1
        # "vs" says compare outright; "or" / "和" only when both sides are phones we know
        strong = m["sep"] not in ("or", "和")
        second = _CLAUSE_TAIL.split(m["b"], maxsplit=1)[0]  # "pixel 8, which is better?": the question is not a phone
        second = _REQUIREMENT_TAIL.split(second, maxsplit=1)[0]  # "galaxy s24 with 8gb ram": the requirement is one
        second = _ASKED_AFTER.split(second, maxsplit=1)[0]
        # "ok, number 1 vs number 3": an opener before the first name is no phone
        first = _VERSUS_OPENER.sub("", m["a"])
        refs = parse_refs(f"{first}, {second}", resolve, need_known=not strong)
        if refs and len(refs) > 1:
            scan.take(m.start(), m.start("b") + len(second))
            return Followup("compare", refs)
    return None


def _similar_or_upgrade(scan: Scan, resolve: Resolver) -> Followup | None:
    """"more like #2", "similar to the Pixel 8a" (optionally cheaper/newer); "I have an iPhone 12, upgrade?"."""
    text = scan.low
    m = _UPGRADE.search(text) if _UPGRADE_WORD.search(text) else None
    kind: FollowupKind = "upgrade"
    if m is None:
        m, kind = _SIMILAR.search(text), "similar"
    if m is None:
        return None
    group = next((g for g in ("refs", "zrefs", "z2") if m.groupdict().get(g) is not None), None)
    raw = _REF_TAIL.sub("", m[group] if group else "").strip()
    end = m.start(group) + len(raw) if group else m.end()  # mask the reference, not what follows it
    options = tuple(name for name, pattern in _OPTION_WORDS if pattern.search(text)) if kind == "similar" else ()
    if kind == "similar" and (not raw or _PRONOUN.fullmatch(raw)):
        refs: tuple[int | str, ...] = (FOCUS,)  # "more like this": the phone in focus
    else:
        refs = parse_refs(raw, resolve, need_known=False) or ()
        # the reference stops at a dot ("something like rs. 15,000" reads "rs", "… 3.5k aed" reads "3"): its clause says
        # whether it was an amount
        said = _REF_TAIL.sub("", re.split(r"(?<!\d),|,(?!\d)|[;!?，；！？]", text[m.start(group):])[0]) if group else raw
        figure = re.search(r"\d", said) is not None
        if not refs or (resolve(raw) is None and ((figure and _AMOUNT.search(said)) or (kind == "upgrade" and not figure))):
            return None  # "想换掉苹果" leaves a brand, "从美金800到美金1500" and "something like 25k rupees" a budget
    for name, pattern in _OPTION_WORDS:
        if name in options and (o := pattern.search(text)):
            scan.take(o.start(), o.end())
    scan.take(m.start(), max(end, m.start()))
    return Followup(kind, refs[:1], options)


_CONJUNCTION = re.compile(r"^(?:(?:and|so|then|but|also|ok(?:ay)?)\s+|那么?|然后|还有|但是?)")
# "that one's camera", "这个的相机": the pronoun owns the aspect compared or asked about
_ZH_ASPECT_NOUNS = "|".join(sorted({w for nouns in ZH_NOUNS.values() for w in nouns.split("|") if w.isalpha()}, key=len,
                                   reverse=True))
_POSSESSIVE_TAIL = re.compile(rf"'s(?:\s+[a-z]+)?\s*$|的\s*(?:{_ZH_ASPECT_NOUNS})\s*$|[\s?!.。？！,，]+$")


def parse_refs(text: str, resolve: Resolver, *, need_known: bool) -> tuple[int | str, ...] | None:
    """Positions and names in a reference list; None when a name is unknown and `need_known` is set."""
    text = _MAKER_OF.sub(" ", text.strip())  # "tecno's camon 20s", "tecno 的 camon 20s": the maker's model
    if m := _FIRST_N.search(text):
        n = small_number(m["n"] or m["z"] or m["z2"])
        if n is not None and 1 < n <= 10:
            # "the last two" are the two at the end of the list: -2 and -1
            return tuple(range(-n, 0)) if m["last"] or m["zlast"] else tuple(range(1, n + 1))
    if (whole := _position(_EDGE_FILLER.sub("", text))) is not None:
        return (whole,)  # one position whose words hold a separator ("second to last")
    refs: list[int | str] = []
    bare_numbers: list[str] = []  # model numbers named without their maker, resolved only beside the phone in focus
    # "compare 1 2 and 3": positions written with spaces only between them are one position each
    parts = [p for part in _SPLIT.split(text)
             for p in (part.split() if re.fullmatch(r"\s*\d{1,2}(?:\s+\d{1,2})+\s*", part) else [part])]
    for part in parts:
        # "that one's details": the pronoun owns the details; "那它", "and that one": a pronoun after a conjunction
        bare = _CONJUNCTION.sub("", _POSSESSIVE_TAIL.sub("", part.strip()))
        if (_PRONOUN.fullmatch(bare) and not _ALL.match(bare)) or _pointer_with_noun(bare):
            refs.append(FOCUS)  # "it", "that one", "这个", "that model please": the phone in focus
            continue
        part = _EDGE_FILLER.sub("", part.strip())
        if not part or _ALL.match(part):
            continue
        if _PRONOUN.fullmatch(part):
            refs.append(FOCUS)  # "就它吧", "是它吗": the pronoun inside words of choosing or asking
            continue
        position = _position(part)
        if position is not None and refs and isinstance(refs[-1], str) \
                and (sibling := _same_line(refs[-1], part, resolve)) is not None:
            refs.append(sibling)  # "pixel 7 or 8", "iphone 15 or 16": a bare number after a model is that line's model
            continue
        if position is not None:
            refs.append(position)
            continue
        name = resolve(part)
        if name is None and need_known and BARE_MODEL_NUMBER.fullmatch(part):
            bare_numbers.append(part)
            name = part
        elif name is None:
            if need_known:
                return None
            name = latin_name(part)  # "那台小米" is looked up among the shown phones as "xiaomi"
        refs.append(name)
    if bare_numbers and FOCUS not in refs:
        return None  # a bare "12r" is a model of the focused phone's maker only when the phone in focus is named beside it
    return tuple(dict.fromkeys(refs))


def _same_line(named: str, part: str, resolve: Resolver) -> str | None:
    """The model of a named phone's line that a bare number right after it names ("Pixel 7", "8" -> "Pixel 8"): a
    generation next to the named one that the catalog knows; None otherwise, when the number is a position ("compare the
    Pixel 8 and 2")."""
    line = re.fullmatch(r"(?P<line>.*[^\d\s])\s*(?P<n>\d{1,3})", named)
    if line is None or re.fullmatch(r"\d{1,3}", part) is None or not 0 < abs(int(part) - int(line["n"])) <= 2:
        return None
    return resolve(f"{line['line']} {part}")


# a model number without its maker or series ("12R", "7a", "15 pro", "x100"): beside "it" ("它和12R差在哪") it is that
# maker's model (the session resolves it); never a size with its unit ("8gb", "5000mah", "120hz")
BARE_MODEL_NUMBER = re.compile(r"(?![\d.]+\s*(?:gb?|tb|mah|mp|w|hz|k|mm|in|寸|英寸)?$)[a-z]{0,2}\d{1,3}[a-z]{0,2}"
                                r"(?:\s*(?:pro|plus|ultra|max|mini|lite|fe|neo|prime|turbo|\+))*")


def _pointer_with_noun(part: str) -> bool:
    """True when a reference is a pointing word and a noun for a phone, with only courtesy words around them ("that
    model please", "this handset again"): the phone in focus, as "that one" is ("that pixel please" names one)."""
    return bool(_DEMONSTRATIVE.match(part)) and re.fullmatch(_POINTED_NOUN, _EDGE_FILLER.sub("", part)) is not None


def _position(part: str) -> int | None:
    """The position a reference names: 1-based from the top, negative from the end (-1 the last shown)."""
    m = _POSITION.match(part)
    if m is None:
        return None
    if m["t"] or m["t2"] or m["zt"]:
        return 1  # "the top pick", "最上面那个"
    if m["e"]:
        return -ORDINALS[m["e"]]
    if m["pen"] is not None:
        return -2  # "the penultimate one", "the one before the last"
    if m["ft"]:
        return ORDINALS[m["ft"]]  # "the third from the top"
    if m["l"] or m["pl"] or m["zl"] or "bottom" in m.group(0):
        return -1
    if m["ze"]:
        back = small_number(m["ze"])
        return -back if back is not None and back <= _MAX_POSITION else None
    if m["o"] or m["p"]:
        return ORDINALS[m["o"] or m["p"]]
    position = small_number(m["d"] or m["w"] or m["z"] or m["h"])
    return position if position is not None and position <= _MAX_POSITION else None


_ZH_TAIL = r"(?:呢|怎么样|如何|咋样|好不好|(?:的)?(?:详细)?(?:说说|介绍(?:一下)?|参数|配置|详情))?(?:吧)?[\s?？。!！]*"
# a character of a phone's name in a Chinese pointer; a space only between Latin letters or figures, inside a model name
# ("红米note14 5G那款呢", "小米 14 ultra那台")
_ZH_NAME = r"(?:[^，。,.!?！？\s]|(?<=[a-z0-9])\s(?=[a-z0-9]))"
# A whole message that points at a phone by a loose name and asks nothing else: "the Galaxy one?", "what about the
# Pixel?", "那个三星的呢", "小米那款详细说说". "instead", "only" or a filter word make it a request, not a pointer.
_NAME_POINTER = re.compile(rf"""
    ^(?:(?:and|so|ok(?:ay)?|hm+|then|also|but|oh|well)[,\s]+)*         # an opening word
     (?:(?:what|how)\s+about\s+)?(?:the|that|this)\s+                   # "what about the", "that"
     (?:(?:one|phone|model)\s+(?:from|by|made\s+by)\s+)?                  # "the one from google"
     (?P<name>[a-z0-9][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){{0,2}}?)            # one to three words of the name
     (?:\s+(?:one|phone|model))?(?:[,\s]+(?:please|pls|plz))?\s*[?.!]*$   # "the Galaxy one?", "the S24 please"
  | ^(?:那|这|那么)?(?:那|这)[个款台部](?P<zname>{_ZH_NAME}{{1,16}}?)(?:的)?(?:手机)?{_ZH_TAIL}$   # "那个三星的呢"
  | ^(?P<zname2>{_ZH_NAME}{{1,16}}?)\s*(?:的)?(?:那|这)[个款台部](?:手机)?{_ZH_TAIL}$          # "小米那款详细说说"
    """, re.VERBOSE)
# A model name alone, asked about: "pixel 8a?", "and the s24?", "小米14呢" (a word with a figure: "samsung?" stays a wish)
_BARE_NAME = re.compile(r"""
    ^(?:(?:and|so|ok(?:ay)?|then|also|what\s+about|how\s+about)[,\s]+)*(?:the\s+)?
    (?P<name>(?=[^?？]*\d)[a-z0-9][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){0,3}?)\s*(?:[?？]+|呢[?？]*)$
    """, re.VERBOSE)
# A model name leading a question about it: "pixel 8 pro - good for low light?", "galaxy s23: worth it?", "nord 3 any
# good?". The name must hold a figure (a model number; "samsung good for gaming?" stays a wish) and the words after it
# must open a judgement or a question and close with "?", so "pixel 8 pro under 1 lakh?" is no pointer.
_NAME_THEN_QUESTION = re.compile(r"""
    ^(?:(?:and|so|ok(?:ay)?|hm+|then|also|but|oh|well)[,\s]+)*(?:the\s+)?
    (?P<name>[a-z][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){0,3}?)\s*(?:[-–—:,]\s*)?
    (?:any\s+good|good|great|decent|worth|ok(?:ay)?|fine|bad|reliable|how(?![a-z])|is\s+it|does\s+it|can\s+it|will\s+it)
    (?![a-z])[^?？]*[?？]+\s*$
    """, re.VERBOSE)
# ... or asked about in romanized Hindi or Urdu, the question after the name with no "?" needed: "OnePlus Nord 3 kaisa
# hai?", "Redmi Note 14 Pro 5G ke baare mein batao", "galaxy a55 kitne ka hai" (a name with a figure, as above)
_NAME_THEN_HINDI = re.compile(r"""
    ^(?:(?:and|so|ok(?:ay)?|acha|achha|accha|aur|to|toh)[,\s]+)*(?:ye\s+|yeh\s+|wo\s+|woh\s+)?
    (?P<name>[a-z][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){0,4}?)\s*(?:[-–—:,]\s*)?(?:wala\s+|wali\s+|waala\s+)?
    (?:(?:ke|ki|k)\s+(?:baa?re|bare)\s+(?:mein|me|mai|mei)(?:\s+(?:kuch|thoda|zara|detail\s+mein))?
         \s+(?:batao|bataiye|bataao|bata\s+do|bolo|samjhao|btao)
       |kaisa|kaisi|kaise|(?:kitne|kitna)\s+ka|kitni\s+ki)
    (?:\s+(?:hai|h|he|hain|hoga|rahega|ji|yaar|yar|bhai|na|please|pls))*\s*[?？.!]*\s*$
    """, re.VERBOSE)
_NOT_A_NAME = re.compile(r"(?:one|ones|phone|phones|model|list|results?|same|other|next|it|first|last|\d+\s*[a-z]?)$")
# A question about a phone named loosely, the name after "the"/"that" and the question around it: "is the galaxy M54
# any good?", "what's the battery on the pixel?", "how's the oneplus", "the pixel's camera?". After a yes/no verb
# the rest of the message only asks about the phone; after other words it must ask something and wish for nothing.
_EN_NAMED = re.compile(rf"""
    ^(?:(?:and|so|ok(?:ay)?|hm+|then|also|but|oh|well)[,\s]+)*                               # an opening word
    (?:(?P<yes_no>is|are|does|do|has|have|can|could|will|would)\s+                           # "is the ..."
      |(?:(?:what|how)\s+about
         |how(?:'s|\s+is|\s+are)\s+(?:the\s+)?(?:{_ASPECT})\s+(?:on|of|in)     # "how's the battery on"
         |how(?:'s|\s+is|\s+are)|(?P<how_does>how\s+(?:does|do|did|would|will))|what\s+do\s+you\s+think\s+(?:of|about)
         |thoughts\s+on|tell\s+me\s+(?:more\s+)?(?:about|abt)|more\s+(?:on|about)|(?:details?|specs?|info)\s+(?:on|of|for|about)
         |what(?:'s|\s+is|\s+are)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:on|of|for|in|like\s+on)   # "what's the battery on"
         |(?:give|show|send)\s+me\s+(?:the\s+)?(?:full\s+)?(?:details?|specs?|info|specifications)\s+(?:on|of|for|about)
         |i\s+(?:like|love)
         |open(?:\s+up)?|(?:pull|bring)\s+up|show\s+me                                         # "open the honor"
         |how\s+much\s+(?:is|does)|what(?:'s|\s+is)(?=\s+the\s+[a-z0-9+\-]+(?:\s+[a-z0-9+\-]+){{0,2}}\s+like\b))\s+)?  # "what's the X like"
    (?:the|that|this)\s+(?P<rest>[a-z0-9].*)$                                                # "the pixel ..."
    """, re.VERBOSE)
_LATIN_WORDS = re.compile(r"[a-z0-9][a-z0-9+\-]*")
# the verb that closes "how does the X ...": "how does the pixel 8a look", "how do the galaxy buds feel", "how would the
# nord hold up": one word (a particle may follow) after the name, no part of it; a filter word there ("how does the
# pixel do under 400") is no verb alone, so the pointer keeps it as words to read
_HOW_VERB = re.compile(rf"(?:'s)?(?:\s+(?:{_ASPECT}))?\s+(?!up|out|overall)[a-z]+"
                       r"(?:\s+(?:up|out|overall|in\s+(?:person|real\s+life|hand)))?\s*[?.!]*")
# a loose name and a details word after it: "pixel details", "F54 specs?", "the nord's specs please"
_EN_NAME_DETAILS = re.compile(r"""
    ^(?:(?:and|so|ok(?:ay)?|then)[,\s]+)*(?:the\s+)?(?P<name>[a-z0-9][a-z0-9+\-]*(?:\s+[a-z0-9+\-]+){0,2}?)(?:'s)?
    \s+(?:full\s+)?(?:details?|specs?|specifications|info)(?:\s+(?:please|pls))?\s*[?.!]*$
    """, re.VERBOSE)
_ZH_NAMED = re.compile(rf"""
    # who spoke of a model first ("同事推荐荣耀Magic5"): of a brand alone ("同事推荐荣耀") it stays a wish for the brand
    # an opener that only leads on from the answer before: "那么", Cantonese 咁 ("咁三星嗰部幾重": so, the Samsung one)
    ^(?:(?:那么|咁|然后|所以|嗯+)[\s,，]*)?(?:{_SPOKEN_OF}(?=\S*\d))?
    (?P<pre>(?:那|这)[个款台部]?)?(?:就)?                                            # "那个", "这款", "那就"
    (?P<run>(?:{_CHINESE_BRAND.pattern})?[a-z0-9+\-]*(?:\s+[a-z0-9+\-]+)*)         # "三星", "一加11", "galaxy m54"
    (?P<rest>.*)$
    """, re.VERBOSE)
_ZH_YES_NO = re.compile(r"(?:吗|么|嘛)[?？]*$|(?P<a>[\u4e00-\u9fff])[不没](?P=a)")  # "有5G吗", "有没有", "重不重"
_ZH_POINTING = re.compile(r"^(?:的)?(?:(?:那|这)[个款台部]|的)(?:手机)?")  # "那款", "的"
_NOT_NAME_WORDS = frozenset({"one", "ones", "phone", "phones", "model", "models", "list", "result", "results", "same",
                             "other", "next", "it", "last", "top", "bottom", "version", "variant", *ORDINALS})
_NETWORK = re.compile(r"[45]g")
_A_FIGURE = re.compile(r"\d+(?:gb|g|tb|mp|mah|k|hz|w|mm|in(?:ch)?)")  # "the 256gb one" is a variant, not a name
# what makes the words after a name a wish for a list: "the samsung ones", "三星的有吗", "三星的不要", "小米也行"
# ... a "for now" or "still" before the wish or refusal too: "摩托罗拉的先不要", "三星的暂时不要", "小米的还是要"
_A_REQUEST = re.compile(r"^\s*(?:ones|phones|models|options)(?![a-z])|^(?:还)?有(?:吗|么|嘛|没有?)?[?？]*$"
                        r"|^(?:先|暂时|暂且|目前|还是|都|就)*(?:只|不)?要|^也"
                        r"|^(?:还)?有(?:没有)?.*的(?:吗|么|嘛)?[?？]*$")  # "三星有5G的吗": are there such phones
# "三星的吧", "荣耀的就行" with no "那个" before the name: that brand's phones chosen, no one phone of it pointed at (and
# "荣耀的先pass掉", "小米的不考虑了", a refusal said after it, that brand's phones refused)
_A_CHOICE = re.compile(r"^(?:吧|就行|就好|就可以)[。.!！]*$")


class Pointer(NamedTuple):
    """A loose name a message may point at a shown phone with, and what the message says besides it: "" when it can
    only be a question about that phone, else words that must wish for nothing new for the message to be a pointer."""

    name: str
    rest: str


def pointed_names(text: str) -> list[Pointer]:
    """The loose names a message may point at a shown phone with, longest reading first ("is the galaxy M54 any
    good?" -> "galaxy m54 any", "galaxy m54", "galaxy"; "那个三星的呢" -> "三星"), as written. Whether a name points at
    a shown phone, and whether the rest wishes for something new, is for the session to find out (with no shown
    phone of that name the message is read as a request)."""
    low = " ".join(text.strip().lower().split())
    joined = _MAKER_OF.sub(" ", low)
    return list(dict.fromkeys(_pointers(joined) + _pointers(low))) if joined != low else _pointers(low)


# a maker's model said with the maker's possessive between: "tecno 的 camon 20s", "三星的galaxy a55", "tecno's camon
# 20s" name "tecno camon 20s" (a model number within two words after it says a model follows, not an aspect)
_MAKER_OF = re.compile(r"(?<=[a-z0-9\u4e00-\u9fff])(?:'s\s+|\s*的\s*)(?=[a-z0-9+\-]*(?:\s+[a-z0-9+\-]*)?\d)")


def _pointers(low: str) -> list[Pointer]:
    """`pointed_names` of a message lower-cased, its spaces single."""
    found: list[Pointer] = []
    m = _NAME_POINTER.match(low)
    if m is not None:  # a whole message that only points
        name = next(g for g in (m["name"], m["zname"], m["zname2"]) if g is not None).strip()
        if not _NOT_A_NAME.match(name):
            found.append(Pointer(name, ""))
    if (m := _BARE_NAME.match(low)) is not None:
        found.append(Pointer(m["name"], ""))
    if (m := _EN_NAME_DETAILS.match(low)) is not None:
        found.append(Pointer(m["name"], ""))
    for asked in (_NAME_THEN_QUESTION, _NAME_THEN_HINDI):
        if (m := asked.match(low)) is not None and re.search(r"\d", m["name"]):
            found.append(Pointer(m["name"], ""))
    if (m := _EN_NAMED.match(low)) is not None:
        for name, rest in _shorter(m["rest"], list(_LATIN_WORDS.finditer(m["rest"]))[:5]):
            rest = re.sub(r"^(?:'s)?(?:\s+(?:one|phone|model)(?![a-z]))?", "", rest)
            closed = bool(m["how_does"]) and _HOW_VERB.fullmatch(rest) is not None
            if m["how_does"] and not closed:
                continue  # the verb is no part of the name: "pixel 8a look" names nothing
            if m["yes_no"] or closed or not rest.strip(" ?.!") or _ASKS.search(rest):
                found.append(Pointer(name, "" if m["yes_no"] or closed else rest))
    if (m := _ZH_NAMED.match(low)) is not None and has_cjk(low) and m["run"].strip():
        for name, rest in _shorter(m["run"] + m["rest"], list(re.finditer(r"\S+", m["run"]))):
            pointing = bool(m["pre"]) or bool(_ZH_POINTING.match(rest.strip()))
            rest = _ZH_POINTING.sub("", rest.strip())
            if (pointing or _ASKS.search(rest)) and not _A_REQUEST.search(rest) \
                    and not (m["pre"] is None and (_A_CHOICE.match(rest) or postposed(Scan(rest), 0))):
                # a yes/no question ("iPhone 15有5G吗", "那款重不重") only asks about the phone, whatever it names
                found.append(Pointer(name.strip(), "" if _ZH_YES_NO.search(rest) else rest))
    return [p for p in dict.fromkeys(found) if _could_name(p)]


_MODEL_NUMBER = re.compile(r"[a-z]{0,6}\d{1,3}[a-z+]{0,4}")
_QUESTION_TAIL = re.compile(r"(?:\s+(?:any|good|worth|really|still|at|all|like|actually|for|me))+$")


def model_named(pointer: Pointer) -> tuple[str, str] | None:
    """(the model, the words before its number) when a pointer names a model by a number after other words ("vivo
    x100 pro" -> ("vivo x100 pro", "vivo"), "oneplus 13", "华为Mate 70"), without the question words after it; None
    when no word after the first is a model number (a spec figure like "5g" or "256gb", a price like "500", is none).
    Whether those words name a brand, and the catalog the phone, is for the session to find out."""
    name = _QUESTION_TAIL.sub("", latin_name(pointer.name))
    words = name.split()
    for n, word in enumerate(words[1:], start=1):
        if _MODEL_NUMBER.fullmatch(word) and not _A_FIGURE.fullmatch(word) and not (word.isdigit() and int(word) > 99):
            return name, " ".join(words[:n])
    return None


def _shorter(text: str, words: list[re.Match[str]]) -> list[tuple[str, str]]:
    """(name, rest) for the first n words of `text` as the name, longest first; a model number is never cut off
    ("galaxy m54" does not become "galaxy"), a 5G or a storage figure may be."""
    readings = []
    for k in range(len(words), 0, -1):
        readings.append((text[:words[k - 1].end()], text[words[k - 1].end():]))
        dropped = words[k - 1].group(0)
        if k > 1 and re.search(r"\d", dropped) and not re.fullmatch(r"\d+g|\d+(?:gb|tb)", dropped):
            break
    return readings


def _could_name(pointer: Pointer) -> bool:
    """False when the words are a position, a figure or words no phone is named by, or the rest asks for a list."""
    words = pointer.name.split()
    # a network after a model's name is part of it ("redmi note14 5g", "红米note14 5g"), not a variant's figure
    return bool(words) and not any(w in _NOT_NAME_WORDS or (_A_FIGURE.fullmatch(w) and not (n and _NETWORK.fullmatch(w)))
                                   for n, w in enumerate(words)) \
        and not pointer.name.isdigit() \
        and not _A_REQUEST.search(pointer.rest)
