"""Chipset, 5G, platform and device type: the non-numeric hardware a shopper can ask for."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from advisor.ranking.match import chip_named
from advisor.understanding.bounds import FLIP, SAME_LEVEL_AS, BoundKind, bound_of, side_after
from advisor.understanding.brands import ALSO_AFTER, ALSO_LATER, brands_said, said_as_wish
from advisor.understanding.negation import (
    CLAUSE_END,
    continues_list,
    postposed,
    refused,
    refused_in_clause,
    refuses_the_rest,
)
from advisor.understanding.request import DEFAULT_DEVICES, Platform
from advisor.understanding.scan import Scan, latin_alt

CHIP_FAMILIES: dict[str, str] = {
    "snapdragon": "Snapdragon", "骁龙": "Snapdragon", "驍龍": "Snapdragon", "dimensity": "Dimensity",
    "天玑": "Dimensity", "天璣": "Dimensity", "helio": "Helio", "exynos": "Exynos", "猎户座": "Exynos",
    "tensor": "Tensor", "kirin": "Kirin", "麒麟": "Kirin", "unisoc": "Unisoc", "紫光展锐": "Unisoc", "展锐": "Unisoc",
    "紫光": "Unisoc",  # the maker's group named alone: "不考虑紫光"
    "spreadtrum": "Unisoc",  # Unisoc's name before 2018, said beside it: "without Spreadtrum/Unisoc"
    # shoppers' names: 曦力 for Helio ("最好是曦力的U"), the maker 海思 (HiSilicon) for its Kirin ("用海思的U", "海思9000S"),
    # 张量 for Tensor, its name put into Chinese ("张量Tensor达咩")
    "曦力": "Helio", "海思": "Kirin", "张量": "Tensor",
}
"""Chipset family words -> the family name as it appears inside catalog chipset names."""
_VENDORS = {"qualcomm": "Snapdragon", "qcom": "Snapdragon", "高通": "Snapdragon", "mediatek": "MediaTek", "联发科": "MediaTek",
            "mtk": "MediaTek", "发哥": "MediaTek"}  # QCOM: Qualcomm's ticker, as MTK is MediaTek's
# the chip's maker said before its family names the chip, not a phone maker: "Huawei Kirin", "Google's Tensor", "QCOM
# Snapdragon", "Pixel Tensor": Google's chip named by its phones (a possessive is the maker's own chip, as 谷歌自研 is; its apostrophe may be left out: "Googles Tensor")
_VENDOR_WORDS = (r"(?:qualcomm|qcom|高通|mediatek|联发科|发哥|mtk|google|pixel|谷歌|samsung|三星|hisilicon|hisi|海思|huawei|华为|apple|苹果)"
                 r"(?:'s|’s|s)?")
# "5G"/"4G" after a family is the network, never a model ("Dimensity 5G phone")
# (written for re.VERBOSE, as _CHIP is)
_MODEL = r"""
    (?![45]\s*g(?![a-z0-9]))(?:[a-z](?:-|\s(?=\d{2,4}(?![\d.])))?)?\d{1,4}  # a model number, not the network: "8", "g99", "g-99", "g 99", "9300"
    (?!\s*(?:gb|tb|mah|mp|inch|寸|英寸|克))[a-z]{0,2}      # not a spec's figure; a suffix: "s", "+" (not a "+" that joins
    (?:\+(?![\u4e00-\u9fff])|\+(?=的|芯|处理器|手机|版|机型|平台  # the next Chinese ask: "骁龙695+老一点的"), and the
        |[及或]?以[上下内]|[及或]更|往上|起|左右))?  # plus's own bound stays: "天玑9200+以上"
    (?:\s*(?:gen|代)\s*\d)?                            # "gen 3", "8代2"
    (?:\s*(?:elite|ultra|leading\s+version))?         # "elite", "leading version"
    |elite|gen\s*\d                                   # or "elite", "gen 3" alone
    """
# a family named twice, in Chinese then English or back ("骁龙Snapdragon 8 Gen 2", "Dimensity天玑"): one chip, the
# second name read as part of the first (only the same family's: "骁龙天玑都行" names two)
_FAMILY_ECHO = "|".join(rf"(?<={re.escape(first)})\s*{re.escape(second)}(?![a-z])"
                        for first, family in CHIP_FAMILIES.items() for second, same in CHIP_FAMILIES.items()
                        if same == family and first != second)
_CHIP = re.compile(rf"""
    (?:(?<![a-z])(?:{_VENDOR_WORDS})\s*(?:自研\s*)?)?       # the vendor: "qualcomm", "联发科", "谷歌自研" (its own)
    (?P<fam>{latin_alt(CHIP_FAMILIES)})(?:{_FAMILY_ECHO})?\s*   # the family: "snapdragon", "天玑"
    (?P<model>{_MODEL})?                                  # the model: "8 gen 3", "9300+"
    (?:(?![a-z0-9])|(?=[45]g(?![a-z0-9]))                 # "天玑5G手机": the family, then the network
       |(?<=[\u4e00-\u9fff])(?=[a-z]{{2,}}))                 # "骁龙pass": a Chinese name needs no gap before a Latin word
    """, re.VERBOSE)
# "mediatek g99", "MTK G85": a Helio model after the vendor alone
_HELIO_BY_VENDOR = re.compile(r"(?<![a-z])(?:mediatek|mtk|联发科|发哥)\s*(?P<model>g-?\d{2,3})(?![a-z0-9])")
# "第二代骁龙8", "三代骁龙8", "第一代骁龙8+": the official Chinese names, the generation first
_CN_GEN = re.compile(r"(?<![一二三四五六七八九十\d])第?(?P<gen>[一二三四五\d])代(?:高通)?骁龙\s*(?P<model>\d[a-z]?\+?)")
# the kind word whole: "chips" of "MediaTek chipset no" would leave "et" between the vendor and its refusal
_VENDOR = re.compile(rf"(?P<v>{latin_alt(_VENDORS)})(?:\s*(?:(?:chipsets?|chips?|processors?|cpu|soc)(?![a-z])|芯片|处理器))?")
_APPLE = re.compile(r"""
    (?:(?P<apple>apple|苹果)\s*)?                                      # "apple"
    (?<![a-z0-9])(?P<chip>a(?P<n>\d{1,2})(?P<z>[zx])?|m(?P<m>[1-9]))   # "a17", "a12z", "m2"
    (?:\s*(?P<suf>bionic|pro|仿生))?                                  # "bionic", "pro", "仿生" (Bionic in Chinese)
    (?:\s*(?P<word>chips?|processors?|soc|芯片|处理器))?(?![a-z0-9])    # "chip"
    """, re.VERBOSE)
# Apple's chips as a family: "an A-series chip", "Bionic", "Apple silicon" (a bare "A series" is Samsung's Galaxy A line)
_APPLE_FAMILY = re.compile(r"""
    (?<![a-z0-9])
    (?:(?:apple\s+)?a[\s-]?series\s+(?:chips?|chipsets?|processors?|soc|silicon)         # "an A-series chip"
       |(?:apple\s+)?bionic(?:\s+(?:chips?|chipsets?|processors?|soc))?                  # "Bionic"
       |apple\s+(?:a[\s-]?series|chips?|chipsets?|processors?|soc|silicon))              # "Apple silicon"
    (?![a-z0-9])
    """, re.VERBOSE)
_CN_DIGIT = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}

_5G = r"(?:(?<![\d.])5|(?<![a-z])five)[\s-]?g(?![a-z0-9])"
"""The network in digits or in words: "5G", "5-G", "five G", "five-g"."""
_FIVE_G = re.compile(rf"{_5G}|(?<![一二三四五六七八九十百千万两〇零\d.])五\s?g(?![a-z0-9])")  # "五G手机", "5-G"
_NO_FIVE_G = re.compile(rf"""
    # "no need for 5G", "don't care about 5G", "without 5G", "不需要5G"
    # (not "nothing without 5G", "none without 5G": no phone lacking it, so 5G wanted)
    (?:(?:no\s+need\s+(?:for\s+)?|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|care\s+about)\s+|(?<!nothing\s)(?<!none\s)without\s+|
        不需要|不用|不要|无需|不必|不要求)(?:a\s+)?{_5G}
    # "5G is not needed", "5G optional", "5G无所谓"; Hokkien and Cantonese 免 is "no need": "5G免啦", "5G就免了"
    | {_5G}\s*(?:is\s+)?(?:(?:not|isn.?t)\s+(?:needed|necessary|required|important)|optional|doesn'?t\s+matter|
        无所谓|不重要|不需要|可有可无|(?:的)?(?:就|也)?免(?![费税单]))
    # "4G is fine", "4G would be ok", "4G only"
    | (?<![\d.])4[\s-]?g\s+(?:(?:is|would\s+be|will\s+be|works?)\s+)?(?:\w+\s+)?
        (?:fine|ok|okay|enough|only|alright|acceptable)
    # "4G也行", "4G就够了", "其实4G也无所谓", "4G也没关系", Cantonese "4G都得"
    | (?<![\d.])4[\s-]?g\s*(?:的)?(?:(?:也|就|都|亦)?(?:行|可以|够|够了|ok|没问题|还行|无所谓|没关系|不要紧|能接受)|(?:都|亦)得))
    """, re.VERBOSE)

# the 4G network, not 4 GB of memory ("4G内存", "4g ram", "4+64G") nor a model's name ("Note 14 Pro 4G" keeps its digits)
_FOUR_G = re.compile(r"(?<![\d.+/])(?:4|四)\s?g(?![a-z0-9])(?!\s*(?:\+|/|ram|rom|memory|storage|的?(?:内存|运存|存储|储存)))")
"""A refused 4G network is 5G wanted: "4G的就别要了", "no 4g phones", "不要四G的"."""
_ONLY_BEFORE = re.compile(r"(?:只有|只支持|仅支持|仅有|只能用?|只带|只)\s*$")
"""What says a phone has 4G and nothing better, before the 4G a refusal is said of ("不要只有4G的")."""

_ANDROID = latin_alt([r"android", r"droid", "安卓", "安卓系统", "鸿蒙"])  # "droid only": the platform cut short
_IOS = latin_alt([r"ios", "苹果系统", r"apple\s+ecosystem"])
_PLATFORM = re.compile(rf"(?:(?P<android>{_ANDROID})|(?P<ios>{_IOS}))")

_DEVICE_WORDS = {
    # tabs a browser holds, or kept on someone, are no tablets: "i keep like 20 tabs open", "chrome tabs", "keep tabs on her"
    "tablet": [r"tablets?", r"(?<!browser\s)(?<!chrome\s)(?<!safari\s)(?<!keep\s)(?<!keeping\s)(?<!keeps\s)tabs?(?!\s*s?\d)"
                           r"(?!\s+(?:open|opened|running|at\s+once|on\s+(?:my|his|her|them|the)))", r"ipads?", r"galaxy\s+tabs?", r"tab\s+s\d+", r"(?:xiaomi|redmi|mate|honor|oneplus|lenovo|vivo|iqoo|poco|oppo|realme|huawei|samsung)\s*pad",
               r"pads?(?=\s*(?:\d|air|pro|mini|plus|se))", r"galaxy\s+tab\s*\w*",
               # "a pad ok thx", "a slate please": a pad with its article, and a slate, are tablets (a bare "pad" may be a
               # keypad, after "key")
               r"(?<=(?<![a-z])a\s)pad", r"slates?",
               r"(?<=[\u4e00-\u9fff])\s*pads?",  # Chinese shoppers' word for any tablet: "要个pad", "小米的pad"
               r"pads?(?=\s*[\u4e00-\u9fff])",  # ... or said first: "pad就行，不要手机"
               "平板电脑", "平板"],
    # a screen that bends is a folding one: "no bendy screens", "a bendy phone", "a flexible display", "a clamshell"; "a
    # foldie" is a shopper's word for one
    "foldable": [r"foldables?", r"folding(?:\s+phones?)?", r"(?:bendy|bendable)(?:\s+(?:screens?|displays?|phones?|ones?))?",
                 # "flexible" alone says how firm a figure is ("450 dollars, flexible"): only with a screen's noun a fold
                 r"flexible\s+(?:screens?|displays?|phones?)", r"foldies?",
                 r"clamshells?", r"fold(?:able)?s?(?:\s+phones?)?", r"flip(?:\s+phones?)?", r"flips",
                 r"razrs?", r"z\s*fold\s*\d?", r"z\s*flip\s*\d?", "折叠屏", "折叠手机", "折叠机(?![型子])", "折叠", "翻盖", "竖折", "横折",
                 # "折屏" (short for 折叠屏), "可以折起来的", "能对折的": a phone that folds, said as what it does
                 "折屏", "折(?:起来|得起来)", r"(?:可以|能够?|可)\s*(?:对)?折(?![扣价])",
                 # a screen that bends or folds in two, said as such: "屏幕可以弯折的", "不要对折那种" (not 对折价, half price,
                 # nor 对 before 折叠屏: "对折叠屏没兴趣" is not interested in foldables, the word 折叠屏 read whole)
                 r"弯折屏?", r"对折屏?(?![扣价叠])",
                 # Hong Kong's 摺機 (折机 once simplified) is a folding phone; not 打折机型 (discounted models)
                 "(?<!打)折机(?![型子])",
                 # the book fold and the flip by their shop names: "大折小折都行", "小折就好" (not 小折扣, a small discount)
                 "(?:大折|小折)(?![扣价])"],
}
_BRAND_BEARING = re.compile(r"ipad|galaxy|razr|z\s*fold|z\s*flip|xiaomi|redmi|mate|honor|oneplus|lenovo|vivo|iqoo|poco|oppo|"
                            r"realme|huawei|samsung|tab\s+s")
_LINE_SPELLING = {"ipad": "iPad", "matepad": "MatePad"}


def device_named(word: str) -> str | None:
    """The device kind a word alone names ("foldables", "tablet", "平板", "ipads": a maker's line names its maker too),
    none for any other word."""
    found = _DEVICE.fullmatch(word.lower().strip())
    return found.lastgroup if found is not None else None


def _line_name(said: str) -> str:
    """A tablet or foldable line as the catalog's model names start: "ipads" -> "iPad", "galaxy tab" -> "Galaxy Tab",
    "z fold" -> "Galaxy Z Fold"."""
    said = re.sub(r"^z\s*(fold|flip)", r"galaxy z \1", said.lower())  # Samsung's foldables go by their line alone
    words = [re.sub(r"(?<=[a-z]{2})s$", "", w) for w in said.split()]  # the plural names the same line
    return " ".join(_LINE_SPELLING.get(w, w.capitalize()) for w in words)


_DEVICE = re.compile("|".join(f"(?P<{k}>{latin_alt(v)})" for k, v in _DEVICE_WORDS.items()))
_LIST_JOINER_ZH = r"(?:或者|或是|或|和|跟|与|及|还是|、|/)"
# a phone named beside the device word: "phones or" / "手机或" before it, "手机平板都可以" with no joiner ...
_PHONE_BEFORE = re.compile(rf"(?<![a-z])phones?\s+(?:or|and|/)\s*(?:an?\s+)?$|手机\s*{_LIST_JOINER_ZH}?\s*$")
# ... or "or a phone" / "或手机" after it (a joiner needed: "翻盖手机" is one kind)
_PHONE_AFTER = re.compile(rf"^\s*(?:or|and|/)\s+(?:a\s+)?phones?(?![a-z])|^\s*{_LIST_JOINER_ZH}\s*手机")
# "phones only" limits the device kind unless a name stands before it: "Honor phones only" limits the brand
_ONLY_PHONES = re.compile(latin_alt([r"only\s+phones", r"(?<![a-z])(?<![a-z]\s)(?<![a-z]\x00)phones?\s+only", r"just\s+(?:a\s+)?phones?",
                                     # the plain slab that does not fold: "a normal slab phone", "a standard candybar phone",
                                     # "candy-bar only"
                                     # ... its shape said as a style ("a regular bar-type phone", "normal slab-style phone")
                                     r"(?:regular|normal|standard|ordinary|classic|plain)(?:\s+(?:slab|candy[\s-]*bar|bar)(?:[\s-]*(?:style|type|shaped))?)?\s+(?:smart)?phones?",
                                     r"(?:slab|bar)(?:[\s-]*(?:style|type|shaped))?\s+(?:smart)?phones?", r"candy[\s-]*bars?(?:\s+phones?)?", "直板",
                                     # ... said by its shape alone or as the usual form factor: "classic slab", "regular form
                                     # factor"; or as what does not fold, in one word: "nonfoldable only"
                                     r"(?:regular|normal|standard|ordinary|classic|plain|traditional)\s+(?:slab|candy[\s-]*bar|form[\s-]*factor)",
                                     r"non[\s-]?fold(?:able|ing)s?(?:\s+(?:smart)?phones?)?",
                                     "(?:普通|正常|常规)的?手机"]))


@dataclass
class ChipChanges:
    """What one message says about chipsets.

    `wanted` in the order said ("Exynos or Snapdragon" keeps both, as alternatives); `excluded`
    ("no Snapdragon", "不要骁龙"); `compared` holds (chip, side, strict) for "Snapdragon 8 Gen 2 or
    better" (side "lo"), "faster than a Dimensity 9000" (strict), "at most a Helio G99" (side "hi")."""

    wanted: list[str] = field(default_factory=list)
    either: bool = False  # the wanted chips were joined by "or": any of them will do
    joined: list[str] = field(default_factory=list)  # families said to be fine too: "(dimensity is fine too)"
    excluded: set[str] = field(default_factory=set)
    compared: list[tuple[str, BoundKind, bool]] = field(default_factory=list)


_CHIP_WORD = r"(?:chip(?:set)?|processor|cpu|soc|one|芯片|处理器)"
# "Snapdragon 7 series", "a Snapdragon 8-series chip", "骁龙8系列": the chips whose model number starts with the figure
_SERIES_AFTER = re.compile(r"[\s-]*(?:series|line(?:up)?|family|系列|系)(?![a-z])")
_MORE_POWERFUL = r"(?:faster|quicker|speedier|snappier|beefier|punchier|more\s+powerful)"
"""The words that say a chip is faster: "faster than an A15", "870 or something beefier"."""
_CHIP_OR_BETTER = re.compile(rf"""
    [\s-]*(?:(?:level|class|tier|grade)\s*)?(?:performance\s*)?(?:{_CHIP_WORD}\s*)?   # "-level performance chip"
    (?:(?:or|and)\s+(?:an?\s+|something\s+|anything\s+)?                          # "or better", "and anything stronger"
        (?:better|{_MORE_POWERFUL}|stronger|newer|superior|higher|above|more\s+capable)
        (?:\s+{_CHIP_WORD})?                                                     # "or something faster", "or something quicker"
       |or\s+(?:an?\s+|something\s+|anything\s+)?(?:as\s+(?:fast|good|powerful|strong)|equivalent|similar|comparable|equal)
        (?:\s+{_CHIP_WORD})?                                                                     # "or something as fast"
       |at\s+(?:minimum|least)|minimum|min|(?:and|or)\s+(?:up|above|better)|as\s+a\s+minimum          # "at least", "and up"
       |(?:level|class|grade|tier)(?:\s*(?:performance|speed|power))?(?:\s*{_CHIP_WORD})?                # "8 Gen 2-class chip"
       |(?:的)?(?:级别|水平|水准)?(?:或者?|及)(?:以上|更好|更强|更快|更高)                             # "级别或以上"
       # "870这个水平或以上", "骁龙778G水准或更好"
       |(?:的)?(?:(?:这|那)(?:个|种)?)?\s*(?:级别|水平|水准|档次|等级)(?:的)?(?:或者?|及)?(?:以上|往上|起步|更好|更强|更快|更高)
       # "870或者比它更强的", "870或者比870更好的": the chip, or one faster than it (by "它" or by its name again)
       |(?:或者?|或是|及)\s*比\s*(?:(?:它|这个|这颗|那个|之)\s*(?:还|更)?|[^,，。;；!！?？]{{1,16}}?(?:还|更))(?:强|好|快|厉害|猛)
       |(?:或者?|及)?(?:同级别|同等级别|同级|同等水平|同档次|同水平|同等)(?:的)?(?:或者?|及)?(?:以上|更好|更强)?      # "870或同级别",
       # "Exynos 1380同等或更好"
       # "和骁龙695一个水平", "猎户座1380级别": a chip's level is the least, as "870-class" is
       |(?:的)?\s*(?:一个|一样的?|同一个?|相同的?|同等)?\s*(?:级别|水平|水准|档次|等级))
    (?![a-z])
    """, re.VERBOSE)
_CHIP_AT_LEAST = re.compile(rf"""
    (?:minimum|min|at\s+least|no\s+less\s+than)\s+{_CHIP_WORD}\s*(?:is|of|:|=|should\s+be|must\s+be)?\s*(?:an?\s+)?$  # "minimum chip is a"
    | (?:minimum|min)\s+(?:spec|requirement)s?\s*(?:is|:|=)?\s*(?:an?\s+)?$                                        # "minimum spec"
    | (?:faster|better|stronger)\s+than\s+or\s+(?:equal|as\s+good|as\s+fast)\s+(?:to|as)\s+(?:an?\s+|the\s+)?$      # "better than or equal to"
    | (?:(?:comparable|similar|equal|equivalent)\s+(?:to|with)|on\s+(?:a\s+)?par\s+with|as\s+(?:good|fast|powerful)\s+as)  # "comparable to
      \s+or\s+(?:better|faster|stronger|more\s+powerful)\s+than\s+(?:an?\s+|the\s+)?$                           # or better than"
    # ... the chip said "U" as shoppers say it ("U最少骁龙8g2"); where its floor starts ("处理器起步Kirin9000S")
    | (?:{_CHIP_WORD}|(?<![a-z])u)\s*(?:不低于|至少|起码|最低|最少|起步)\s*(?:要求|也要|也得|都要|得|要)?\s*(?:是|用)?\s*$  # "处理器最低要求"
    # ... or "起步" (from there up) right before the chip, the chip word left out: "起步骁龙778G", "还要起步kirin 9000S" (not
    # the floor of a figure before it: "6.8寸起步骁龙870")
    | (?<![\d寸吋克安万a-z])起步\s*(?:要|得|是|用)?\s*$
    """, re.VERBOSE)
# "processor at least an A16", "处理器至少A15", "芯片不低于A16": a chip word, then at most a comparison, before the name
_CHIP_NAMED_BEFORE = re.compile(
    r"(?:chip(?:set)?s?|processors?|cpu|soc|performance|芯片|处理器)\s*(?:(?:is|of|:|=|should\s+be|must\s+be|at\s+least|no\s+less\s+than|"
    r"n(?:o|ot)\s+(?:below|under|lower\s+than)|"  # "processor not below 778G": a floor refused below is a floor
    r"as\s+(?:good|fast)\s+as|(?:better|faster|stronger|quicker|more\s+powerful|slower|weaker|worse)\s+than|"
    rf"(?:that\s+|which\s+)?(?:(?:can|could|will|would|should|must)\s+)?(?:beats?|outperforms?)|{SAME_LEVEL_AS}|(?:my|your)(?:\s+[a-z0-9+]+){{1,3}}'s|"
    r"不低于|至少|起码|最低|最少|要|比)\s*)*(?:an?\s+|the\s+)?$")
# "处理器起码要870", "芯片不低于888": a Chinese chip word, then at most a comparison, before a bare model number
_ZH_CHIP_NAMED_BEFORE = re.compile(r"(?:芯片|处理器|cpu|soc)\s*(?:不低于|至少|起码|最低|最少|也?要|得|是|用)*\s*$")
# "faster than an A15": a speed compared with an Apple number is its chip's (a phone is "better than", not "faster")
# with a chip word between, "better" and "stronger" compare chips too: "a more powerful chip than the A15"
_SPEED_THAN = re.compile(rf"(?:(?:{_MORE_POWERFUL}|slower|weaker|worse|more\s+power)(?:\s+{_CHIP_WORD})?"
                         rf"|(?:better|stronger)\s+{_CHIP_WORD})\s+than\s+(?:an?\s+|the\s+)?$")
# "should outperform the 778G", "needs to beat an 870", "870 or better": a bare model number compared for speed is the chip
# it names in exactly one family (a figure there had read a 778 g weight); never one a money word or unit follows
_BARE_MODEL = re.compile(r"(?<![a-z0-9.$])(?P<model>(?:g-?)?\d{3,4}[a-z]?\+?|\d\+?\s*gen\s*\d)(?![a-z0-9])"
                         r"(?!\s*(?:\$|dollars?|bucks|usd|eur|euros?|aed|dirhams?|inr|rs|rupees?|pkr|cny|yuan|rmb|grams?|mah|gb|mp)(?![a-z]))")
_COMPARED_BEFORE = re.compile(rf"(?:(?:{_MORE_POWERFUL}|better|stronger|slower|weaker|worse)"
                              rf"(?:\s+{_CHIP_WORD})?\s+than|outperform(?:s|ing)?|beat(?:s|ing)?|as\s+(?:fast|good|powerful|quick)\s+as"
                              rf"|{SAME_LEVEL_AS})\s+(?:an?\s+|the\s+)?$")
# "870 or better", "an 8100 or faster": a speed word after the figure says a chip too; not "or above", "and up", "at least",
# which follow amounts as often ("700 or above")
_SPEED_OR_BETTER = re.compile(rf"[\s-]*(?:(?:level|class)\s*)?(?:{_CHIP_WORD}\s*)?or\s+(?:an?\s+|something\s+|anything\s+)?"
                              r"(?:better|faster|quicker|stronger|more\s+powerful|superior|as\s+(?:fast|good|powerful|quick))(?![a-z])")
# "8 Gen 2 snapdragon", "any 8-series snapdragon": the model said before its family
_MODEL_THEN_FAMILY = re.compile(rf"(?<![a-z0-9.])(?P<model>\d{{1,4}}[a-z]?\+?(?P<gen>\s*gen\s*\d)?)(?P<series>[\s-]*series)?"
                                rf"\s+(?P<fam>{latin_alt(CHIP_FAMILIES)})(?![a-z])")
# "at least an A15": a floor before an Apple number the catalog knows as a chip makes it the chip
_AT_LEAST_BEFORE = re.compile(r"(?:at\s+least|no\s+less\s+than|minimum(?:\s+of)?)\s+(?:an?\s+|the\s+)?$")
# "比A15快", "强于A14", "不比A15慢", "A15以上的芯片": a speed compared with, or a chip word after the name, says a chip
_ZH_SPEED_WORDS = "强于|快于|优于|胜过|强过|快过|超越|不输于?|不输给|不弱于|不慢于|不差于"
# ... 超过 and 不低于 bound any amount too: before an Apple name they compare chips, before a bare figure ("不超过800",
# "不低于8000") they bound the price, as "至少870" does
_ZH_SPEED_BEFORE = re.compile(rf"(?:{_ZH_SPEED_WORDS}|超过|不低于)\s*$")
_ZH_SPEED_ONLY_BEFORE = re.compile(rf"(?:{_ZH_SPEED_WORDS})\s*$")
_ZH_SPEED_AFTER = re.compile(r"\s*(?:还|更|要)?(?:强|快|慢|弱|厉害|猛)")
_ZH_CHIP_AFTER = re.compile(r"(?:的)?(?:级别|水平)?(?:或者?|及)?(?:以上|往上|起步|起跳|起)?(?:的)?\s*(?:芯片|处理器|cpu|soc)")
_OUTSIDE_BEFORE_REFUSAL = re.compile(r"\s*(?:以外|之外)(?:的)?(?:\s*(?:芯片|处理器|cpu|soc))?")
_OUTSIDE_REFUSED = re.compile(_OUTSIDE_BEFORE_REFUSAL.pattern + r"(?:的)?(?=\s*(?:$|[,，。.;；!！?？]|都|一律|全))")
# a phone held or named, its chip said right after it: "my poco x6 (", "the pixel 7a with a", "my s23, which has the",
# or named by a phone word: "my old phone (snapdragon 695)"
_HELD_PHONE_BEFORE = re.compile(r"(?<![a-z])(?:my|his|her|our|their|the|an?)\s+(?:[a-z+-]+\s+){0,3}"
                                r"(?:[a-z+-]*\d[a-z0-9+-]*|phone|mobile|handset)\s*"
                                r"(?:\(\s*|,?\s+(?:with|which\s+has|that\s+has|running(?:\s+on)?|on)\s+(?:an?\s+|the\s+|its\s+)?)$")
_CLOSE_PAREN = re.compile(r"\s*\)")
# "powered by the A15", "running an A16": a verb that only a chip is the object of
_CHIP_VERB_BEFORE = re.compile(r"(?<![a-z])(?:powered\s+by|driven\s+by|running(?:\s+on)?|runs?\s+on|built\s+(?:on|around))"
                               r"\s+(?:an?\s+|the\s+)?$")
_GALAXY_BEFORE = re.compile(r"(?:galaxy|samsung|三星)\s*$")
_IPHONE_WITH = re.compile(r"(?:iphone|ipad|apple|苹果)[^,;.!?，；。！？\x00]*?(?:with|having|has|带|搭载)\s+(?:an?\s+|the\s+)?$")
_JOINED = re.compile(r"(?<![a-z])(?:or|and|nor)(?![a-z])|或|和|与|跟|/|、")
_ZH_THAN = re.compile(r"(?P<neg>不能|不可以|不要|别|不)?\s*比\s*$")
# "比X强" is above X; "不能比X差" is X or above; "比X差" below it; "不比X强" X or below
# ... "或一样" after it keeps X itself: "比天玑8100强或一样" is X or above
_ZH_OR_EQUAL = r"(?:或|或者|或是)\s*(?:一样|相同|相当|持平|同级|差不多|等于)"  # "好过或等于骁龙695": 695 too
# ... said in slang too: "比天玑9200猛", "比骁龙870牛", "比它给力"; "比X菜", "比X拉胯" below it
_ZH_COMPARED = re.compile(r"\s*(?:还|更)?(?:(?P<up>强|快|好|厉害|高|猛|牛|给力)|(?P<down>差|弱|慢|低|菜|拉胯))")
_ZH_OR_EQUAL_AFTER = re.compile(rf"\s*{_ZH_OR_EQUAL}")


_ZH_LEVEL_AFTER = re.compile(r"\s*(?:的)?\s*(?:性能|水平|水准|级别|档次|跑分)")
"""The chip's level said after its name, before a refusal of the side compared: "低于骁龙870性能的不要"."""
_LEVEL_AFTER = re.compile(r"\s*(?:performance|perf|level|tier|class|grade|speed|power)(?![a-z])")
"""A word of level after a chip: "Snapdragon 870+ performance" is that chip or better."""
_NAME_5G = re.compile(r"[\s-]*5g\+?(?=[\s-]*(?:performance|perf|level|tier|class|grade|speed|power|chip(?:set)?|processor|soc|cpu"
                      r"|or\s+(?:better|higher|above|up|faster|stronger|more)|and\s+(?:up|above|better))(?![a-z]))")
"""The "5G" of a chip's own name before a word of its level: "Snapdragon 695 5G-class or above", "870 5G level or
higher", "695 5G+ level chip" rank the chip, and ask no network ("a Snapdragon 695 5G phone" may still ask it)."""


def find_chipset(scan: Scan, chip_keys: Mapping[str, str], notes: list[str], zh: bool = False) -> ChipChanges:
    """The chipsets or families asked for, refused or compared with: a catalog chipset name when the
    model resolves ("骁龙8 Gen 3" -> "Snapdragon 8 Gen 3"), else the family ("天玑" -> "Dimensity") or
    the name as written."""
    mentions: list[tuple[int, int, str, bool]] = []  # start, end, name, names a model
    for m in scan.matches(_CN_GEN):
        model = f"{m['model']} gen {_CN_DIGIT.get(m['gen'], m['gen'])}"
        mentions.append((m.start(), m.end(), _resolve("Snapdragon", model, chip_keys, notes, zh), True))
        scan.take(m.start(), m.end())
    for m in scan.matches(_HELIO_BY_VENDOR):
        mentions.append((m.start(), m.end(), _resolve("Helio", m["model"], chip_keys, notes, zh), True))
        scan.take(m.start(), m.end())
    for m in scan.matches(_MODEL_THEN_FAMILY):
        family = CHIP_FAMILIES[m["fam"]]
        if scan.free(m.start(), m.end()) and (m["gen"] or m["series"] or chip_key(f"{family} {m['model']}") in chip_keys):
            mentions.append((m.start(), m.end(), _resolve(family, m["model"], chip_keys, notes, zh), True))
            scan.take(m.start(), m.end())
    for m in scan.matches(_CHIP):
        if scan.free(m.start(), m.end()):
            family, model, end = CHIP_FAMILIES[m["fam"]], m["model"], m.end()
            if model and model.endswith("+") and chip_key(f"{family} {model}") not in chip_keys \
                    and chip_key(f"{family} {model[:-1]}") in chip_keys \
                    and (model[-2:-1].isalpha() or _LEVEL_AFTER.match(scan.low, m.end())):
                # "870+ performance", "Kirin9000S+": no phone has an 870+ or a 9000S+, so the "+" before a word of level
                # or after a model's letter says "or better" (a bare "9200+" may be a chip the catalog lacks)
                model, end = model[:-1], m.end("model") - 1
            if model and (named_5g := _NAME_5G.match(scan.low, end)) is not None:
                end = named_5g.end()
            name = _resolve(family, model, chip_keys, notes, zh)
            mentions.append((m.start(), end, name, bool(model)))
            scan.take(m.start(), end)
    for m in scan.matches(_BARE_MODEL):
        chips = {chip_keys[key] for family in set(CHIP_FAMILIES.values())
                 if (key := chip_key(f"{family} {m['model']}")) in chip_keys}
        if len(chips) == 1 and scan.free(m.start(), m.end()) and (_COMPARED_BEFORE.search(scan.before(m.start(), 40))
                                                                  or _SPEED_OR_BETTER.match(scan.low, m.end())
                                                                  or _chip_said_before(scan, m.start())
                                                                  or _zh_chip_named(scan, m.start(), m.end())):
            mentions.append((m.start(), m.end(), chips.pop(), True))
            scan.take(m.start(), m.end())
    for m in scan.matches(_APPLE):
        # "A16" alone may be a Galaxy A16: a chip when "Apple", "Bionic" or a chip word says so, or when it is
        # "A17 Pro", a chip the catalog names that way
        # by its context only a chip the catalog knows ("A55 or better", "Galaxy A16 or better" are phones)
        known = any(f"{m['chip']}{suffix}" in chip_keys for suffix in ("", "bionic", "pro"))
        phone_name = not known or _GALAXY_BEFORE.search(scan.before(m.start(), 16)) is not None
        said_chip = m["apple"] or m["suf"] in ("bionic", "仿生") or m["word"] or _CHIP_NAMED_BEFORE.search(scan.before(m.start(), 30)) \
            or (m["suf"] == "pro" and f"{m['chip']}pro" in chip_keys) \
            or (not phone_name and _CHIP_OR_BETTER.match(scan.low, m.end()) is not None) \
            or (not phone_name and _SPEED_THAN.search(scan.before(m.start(), 30)) is not None) \
            or (not phone_name and _AT_LEAST_BEFORE.search(scan.before(m.start(), 24)) is not None) \
            or (not phone_name and _CHIP_AT_LEAST.search(scan.before(m.start(), 40)) is not None) \
            or (not phone_name and _IPHONE_WITH.search(scan.before(m.start(), 40)) is not None) \
            or (not phone_name and _CHIP_VERB_BEFORE.search(scan.before(m.start(), 24)) is not None) \
            or (not phone_name and _zh_chip_said(scan, m.start(), m.end()))  # "an iPhone with an A16"; "比A15快"
        if not scan.free(m.start(), m.end()) or not said_chip:
            continue
        if m["m"] and not m["apple"]:
            continue  # "m2" alone is too short to be sure
        mentions.append((m.start(), m.end(), _resolve_apple(m, chip_keys, notes, zh), True))
        scan.take(m.start(), m.end())
    for m in scan.matches(_APPLE_FAMILY):
        if scan.free(m.start(), m.end()):
            mentions.append((m.start(), m.end(), "Apple", False))
            scan.take(m.start(), m.end())
    named = [start for start, *_ in mentions]
    for m in scan.matches(_VENDOR):
        # a vendor before the family it makes ("Qualcomm Snapdragon", "MediaTek Dimensity") is part of that name; alone
        # or listed with another chip it is a chip of its own: "avoid exynos and mediatek"
        ahead = len(scan.low) - len(scan.low[m.end():].lstrip())  # where the next word starts
        if scan.free(m.start(), m.end()) and ahead not in named:
            mentions.append((m.start(), m.end(), _VENDORS[m["v"]], False))
            scan.take(m.start(), m.end())
    return _roles(scan, sorted(mentions))


def _chip_said_before(scan: Scan, start: int) -> bool:
    """True when English words before a bare model number make it the chip: a chip word and its floor ("processor
    not below 778G", "performance at least 778G") or a verb only a chip is the object of ("built on the 778G"); "at
    least 778g" alone stays a weight."""
    return _CHIP_NAMED_BEFORE.search(scan.before(start, 30)) is not None or \
        _CHIP_VERB_BEFORE.search(scan.before(start, 24)) is not None


def _zh_chip_said(scan: Scan, start: int, end: int, compared: re.Pattern[str] = _ZH_SPEED_BEFORE) -> bool:
    """True when the Chinese words around an Apple number make it the chip: a speed compared ("比A15快", "强于A14",
    "不比A15慢", by the `compared` words before it) or a chip word after it ("A15以上的芯片")."""
    before = scan.before(start, 8)
    return compared.search(before) is not None or _ZH_CHIP_AFTER.match(scan.low, end) is not None or \
        (_ZH_THAN.search(before) is not None and _ZH_SPEED_AFTER.match(scan.low, end) is not None)


def _zh_chip_named(scan: Scan, start: int, end: int) -> bool:
    """True when Chinese chip words around a bare model number make it the chip: "至少870的处理器", "处理器起码要870"
    (a figure alone, "至少870", "不超过800", stays an amount)."""
    return _zh_chip_said(scan, start, end, _ZH_SPEED_ONLY_BEFORE) or _ZH_CHIP_NAMED_BEFORE.search(scan.before(start, 12)) is not None


_FIT_WITH = re.compile(r"\s*上\s*")
"""The bare side word 上 the shared table reads as "upwards of" before a figure: before a chip it fits the phone with it."""


def _broken(scan: Scan, previous_end: int, start: int) -> bool:
    """True when a clause break stands between the mention before (ending at `previous_end`) and this one."""
    return CLAUSE_END.search(scan.low, previous_end, start) is not None


# a chip named as the chip of a phone someone already has ("my friends mediatek phone lags", "my brother's exynos phone",
# "my old helio one"): that phone is a reason, its chip no wish; not the phone to come ("my next snapdragon phone")
_OWNER_BEFORE = re.compile(r"(?<![a-z'])(?:my|his|her|their|our|[a-z]+'s)(?:\s+(?!new|next|future)[a-z']+){0,2}\s+$")
_OWNED_PHONE_AFTER = re.compile(r"\s+(?:phones?|mobiles?|handsets?|devices?|ones?)(?![a-z])")
# a chip named as an experience the shopper had ("had a bad dimensity experience", "my exynos experience was awful"):
# a story told as a reason, whatever it says of the chip, no wish for it
_EXPERIENCE_AFTER = re.compile(r"\s+(?:experiences?)(?![a-z])")


# a chip recalled as what the shopper said before, then revised ("I said snapdragon but any chip is fine", "i asked for a
# dimensity but honestly whatever"): the old wish quoted, no new one; what follows "but" says what holds now
_RECALLED_BEFORE = re.compile(r"(?<![a-z])(?:i|we)\s+(?:said|asked\s+for|wanted|mentioned|picked)\s+(?:an?\s+|the\s+)?$")
_REVISED_AFTER = re.compile(r"(?:\s+(?:chips?|chipsets?|processors?|cpus?|soc|one|phones?))?\s*[,;]?\s*but(?![a-z])")


def _recalled(scan: Scan, start: int, end: int) -> bool:
    """True when the chip at start..end is quoted as the shopper's earlier wish and revised after "but"."""
    return _RECALLED_BEFORE.search(scan.before(start, 24)) is not None and _REVISED_AFTER.match(scan.low, end) is not None


def _owned(scan: Scan, start: int, end: int) -> bool:
    """True when the chip at start..end is said as the chip of a phone someone has, or of an experience someone
    had, not one asked for."""
    if _EXPERIENCE_AFTER.match(scan.low, end) is not None:
        return True
    return _OWNER_BEFORE.search(scan.before(start, 40)) is not None and _OWNED_PHONE_AFTER.match(scan.low, end) is not None


# the exception a refusal of the rest after the chip turns into the only wish: "非天玑不要", "除了骁龙都不要"
_EXCEPT_BEFORE = re.compile(r"非|除了|除咗|除开|除去|除(?!非)|不是")


def _roles(scan: Scan, mentions: list[tuple[int, int, str, bool]]) -> ChipChanges:
    """Sort chip mentions into wanted, refused and compared, masking the words that said so."""
    changes = ChipChanges()
    previous: tuple[int, str] | None = None  # end and role of the mention before
    listed_wants: list[str] = []  # the wanted chips of the list the mention continues
    said_up_to = 0  # where the words of the mention before end: a mention inside them is that chip said again
    for start, end, name, is_model in mentions:
        if start < said_up_to:
            continue  # "870或者比870更好的": the floor's own words name it a second time
        if _owned(scan, start, end) or _recalled(scan, start, end):
            continue  # its words stay masked: the owner's chip is read as nothing else either
        listed = previous is not None and continues_list(scan, previous[0], start)
        # a list joined by "or"/"and"/"或" ("unisoc or helio"); after a bare comma a new clause may start
        listed_wants = listed_wants if listed and previous is not None and \
            _JOINED.search(scan.low, previous[0], start) else []
        refusal = refused(scan, start, end)
        but = _EXCEPT_BEFORE.match(scan.low, refusal[0]) if refusal is not None and refusal[1] <= start else None
        if refusal is not None and refusal[1] <= start and (outside := _OUTSIDE_REFUSED.match(scan.low, end)) is not None \
                and (but is None or refuses_the_rest(scan, end, but.group(0)) is None):
            scan.take(end, outside.end())
            if but is None:
                scan.take(refusal[0], start)  # "不要联发科以外的芯片": the chips outside this one are refused, this one wanted
                refusal = None
            # else "除Helio以外的处理器", "除了天玑之外的芯片": the chips but this one are asked for, so this one is out
        elif refusal is not None and but is not None and (rest := refuses_the_rest(scan, end, but.group(0))) is not None:
            scan.take(refusal[0], start)  # "非天玑不要", "除了骁龙都不要": every other chip is refused, this one wanted
            scan.take(end, rest.end())
            refusal = None
        elif refusal is not None and refusal[0] >= end and (outside := _OUTSIDE_BEFORE_REFUSAL.match(scan.low, end)) \
                and (rest := refuses_the_rest(scan, outside.end(), "以外")) is not None:
            scan.take(end, rest.end())  # "骁龙以外的不要": every other chip is refused, this one wanted
            refusal = None
        if refusal is not None and refusal[0] >= end and listed_wants:
            # "unisoc or helio? no thanks": a refusal after a list refuses the whole list
            changes.wanted = [chip for chip in changes.wanted if chip not in listed_wants]
            changes.excluded.update(listed_wants)
            changes.either = False
            listed_wants = []
        if is_model and (series := _SERIES_AFTER.match(scan.low, end)) is not None:
            end = series.end()  # "Snapdragon 7 series or better": the side words follow the series word
        # "faster than my poco x6 (dimensity 8100)": the chip said of a phone right after its name stands for that phone,
        # so the comparison before the phone is the chip's
        held = _HELD_PHONE_BEFORE.search(scan.low, max(0, start - 60), start) if is_model else None
        kind, wide_start, wide_end = bound_of(scan, held.start() if held else start, end) if is_model else (None, start, end)
        if held is not None and kind is not None and (close := _CLOSE_PAREN.match(scan.low, wide_end)):
            wide_end = close.end()
        if kind == "lo" and _FIT_WITH.fullmatch(scan.low[wide_start:start]):
            # "上骁龙8 Gen 3", "要上天玑9300": 上 before a chip's name is to fit the phone with it, not "upwards of" as
            # before a figure ("上万"); a side said after it still holds ("上骁龙870以上")
            scan.take(wide_start, start)  # the verb is understood: no need words read in it ("上班")
            kind, wide_end = side_after(scan, end)
            wide_start = start
        if is_model and kind in (None, "around") and (more := _CHIP_OR_BETTER.match(scan.low, end)):
            # "Snapdragon 888-level performance or better", "… at minimum"; "~ 8 Gen 2 and up": a chip is no amount to
            # be about, so the side after it holds
            kind, wide_end = "lo", more.end()
        at_least = _CHIP_AT_LEAST.search(scan.before(start, 40)) if is_model and kind in (None, "lo") else None
        if at_least is not None and (kind is None or wide_start > start - len(scan.before(start, 40)) + at_least.start()):
            # "at least a", and over a "than" bound_of read: "comparable to or better than" keeps the chip itself
            kind, wide_start = "lo", start - len(scan.before(start, 40)) + at_least.start()
        if is_model and kind is None and (than := _ZH_THAN.search(scan.before(start, 8))) and \
                (compared := _ZH_COMPARED.match(scan.low, end)):
            kind = "lo" if (compared["up"] is not None) != (than["neg"] is not None) else "hi"
            wide_start, wide_end = start - len(scan.before(start, 8)) + than.start(), compared.end()
        # "anything slower than an 8 Gen 1 is a no", "比骁龙870弱的不要": the side compared is refused, the other wanted; so
        # is the chip's performance said after it ("低于骁龙870性能的不要", "弱于天玑8100水平的pass")
        level = _ZH_LEVEL_AFTER.match(scan.low, wide_end) if kind in ("lo", "hi") else None
        rejection = postposed(scan, level.end() if level else wide_end) \
            if kind in ("lo", "hi") and (refusal is None or refusal[0] >= end) else None
        if rejection is not None and kind is not None:
            kind, refusal = FLIP[kind], None
        # a refused list goes on to this chip unless it is said to be wanted ("不要骁龙，天玑可以", "no exynos, snapdragon instead")
        if refusal is not None or (listed and previous is not None and previous[1] == "exclude"
                                   and not said_as_wish(scan, end, _broken(scan, previous[0], start))):
            changes.excluded.add(name)
            role = "exclude"
            if refusal is not None:
                scan.take(*refusal)
        elif kind in ("lo", "hi"):
            if (same := _ZH_OR_EQUAL_AFTER.match(scan.low, wide_end)) is not None:
                wide_end = same.end()  # "比天玑8100强或一样": the comparison keeps the chip itself
            said = scan.plain[wide_start:wide_end]
            # "faster than", "比…强", "强于" leave the chip itself out; "no slower than", "不弱于" keep it
            strict = at_least is None and re.search(r"than|比|强于|快于|优于|好于|好过|强过|胜过|快过|超过|超越|高于|弱于|差于|慢于|逊色?于|输[给于]|弱过|差过|慢过|beats?|outperforms?", said) is not None and \
                re.search(r"(?<![a-z])(?:no|not|nothing|never|none|[a-z]+n'?t)(?![a-z])|不|(?<!级)别|or\s+(?:equal|as\s)|(?:equal|same)(?:\s+(?:to|as))?\s+or\s"
                          rf"|match(?:es|ing)?\s+or\s|{_ZH_OR_EQUAL}|(?:或者?|或是|及)\s*比",  # "870或者比它强": 870 too
                          said) is None
            # a refused side keeps the chip itself, whether the side left it out or not: refusing "slower than X" or
            # "below X" ("低于天玑8100的不要", "骁龙870以下的不考虑") wants X or faster, as a refused figure's side keeps the figure
            changes.compared.append((name, kind, strict and rejection is None))
            role = "compare"
            scan.take(wide_start, rejection.end() if rejection is not None else wide_end)
            said_up_to = wide_end
        else:
            # where the chip wanted just before this one ends, in a list of chips
            wanted_end = previous[0] if listed and previous is not None and previous[1] == "want" else None
            also = ALSO_AFTER.match(scan.low[end:end + 16].lstrip()) or ALSO_LATER.match(scan.low, end)
            if wanted_end is not None and (also or re.search(r"(?<![a-z])or(?![a-z])|或|/", scan.low[wanted_end:start])):
                # "8 gen 3 or 8 gen 2", "8 gen 3, 8 gen 2 is fine too": either chip will do
                changes.either = True
            if also and wanted_end is None:
                # "dimensity is fine too", "天玑 also OK", "8 gen 2 is fine too": a chip that joins what will do, no
                # wish for it alone
                changes.joined.append(name)
            else:
                changes.wanted.append(name)
            listed_wants.append(name)
            role = "want"
        previous = (end, role)
    return changes


def chip_key(name: str) -> str:
    """Spelling-independent key of a chipset name ("MediaTek Dimensity 8300" -> "dimensity8300")."""
    key = name.lower()
    for cn, en in CHIP_FAMILIES.items():
        key = key.replace(cn, en.lower())
    key = re.sub(rf"(?:{_VENDOR_WORDS})\s*", "", key)
    return re.sub(r"[\s\-_]+", "", key.replace("代", "gen"))


def _no_chip(name: str, zh: bool) -> str:
    return f"目录里没有搭载{name}芯片的手机。" if zh else f"No phone in the catalog has the {name} chip."


def _resolve(family: str, model: str | None, chip_keys: Mapping[str, str], notes: list[str], zh: bool) -> str:
    if not model:
        return family
    known = chip_keys.get(chip_key(f"{family} {model}"))
    if known:
        return known
    pretty = " ".join(_pretty_token(t) for t in re.sub(r"(gen|代)\s*", r" Gen ", model).split())
    name = f"{family} {pretty}"
    if not any(chip_named(name, chip) for chip in chip_keys.values()) and not series_members(name, chip_keys.values()):
        notes.append(_no_chip(name, zh))  # "骁龙8系" names the 8 Gen chips, "Dimensity 7000 series" the 7050 and 7300
    return name


_SERIES_NAME = re.compile(r"(?P<family>.*[a-z])\s*(?P<figure>\d+)", re.IGNORECASE)


def series_members(series: str, chips: Iterable[str]) -> list[str]:
    """The chips of a series named by its family and a figure: "Snapdragon 7" holds every Snapdragon whose model number
    starts with 7 (the 710, the 778G, the 7+ Gen 2); "Dimensity 7000" the four-figure ones that start so (the 7050,
    not the 700). [] for a name that is no family and figure."""
    m = _SERIES_NAME.fullmatch(series.strip())
    if m is None:
        return []
    figure = m["figure"]
    lead = figure.rstrip("0") or figure  # "7000" leads with 7
    own = re.compile(rf"(?<!\w){re.escape(m['family'])}\s+(?P<n>\d+)", re.IGNORECASE)
    return [chip for chip in chips if (found := own.search(chip)) is not None and found["n"].startswith(lead)
            and (len(figure) == 1 or len(found["n"]) == len(figure))]


def _pretty_token(token: str) -> str:
    if token.lower() in ("gen", "elite", "ultra"):
        return token.capitalize()
    return token.upper()


def _resolve_apple(m: re.Match[str], chip_keys: Mapping[str, str], notes: list[str], zh: bool) -> str:
    chip = m["chip"]
    suffix = {"仿生": "bionic"}.get(m["suf"], m["suf"] or "")
    for key in (f"{chip}{suffix}", chip, f"{chip}bionic", f"{chip}pro"):
        if key in chip_keys:
            return chip_keys[key]
    name = f"Apple {chip.upper()}" + (f" {suffix.capitalize()}" if suffix else "")
    notes.append(_no_chip(name, zh))
    return name


def find_5g(scan: Scan) -> bool | None:
    """True when 5G is asked for, False when the shopper says it is not needed, None when unsaid."""
    wanted: bool | None = None
    for m in scan.matches(_NO_FIVE_G):
        scan.take(m.start(), m.end())
        wanted = False
    for m in scan.matches(_FOUR_G):
        # "不要只有4G的", "只支持4G的别推": phones with only 4G refused are as 4G refused
        start = m.start() - len(only.group(0)) if (only := _ONLY_BEFORE.search(scan.before(m.start(), 8))) else m.start()
        if scan.free(m.start(), m.end()) and (refusal := refused(scan, start, m.end())) is not None:
            scan.take(start, m.end())  # "4G的就别要了": the other network is the one wanted
            scan.take(*refusal)
            wanted = True if wanted is None else wanted
    for m in scan.matches(_FIVE_G):
        if scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
            wanted = True if wanted is None else wanted
    return wanted


# an operating system the shopper comes from is the phone in hand, as "coming from an iPhone" is for a brand: no wish
# for it, and no refusal either ("coming from iOS, something under $500" may stay on iOS); "switching from" refuses
_LEFT_BEFORE = re.compile(r"(?<![a-z])(?:com(?:e|es|ing)|upgrad(?:e|es|ing)|migrat(?:e|es|ing))\s+from\s+(?:an?\s+|the\s+|my\s+)?$")


_PREFERRED_OVER = re.compile(r"(?<![a-z])(?:prefer(?:s|red)?|rather\s+have|choose|pick)\s+\S+(?:\s+\S+)?(?P<over>\s+(?:over|to|than|rather\s+than)\s+)$")
"""What stands before the one passed over in a preference: "prefer android over iOS", "I'd pick iOS over android"."""


def find_platform(scan: Scan) -> Platform | None:
    """"android" or "ios" when the shopper names an operating system (or rules one out); None when
    both are welcome ("Android or iOS")."""
    said: set[Platform] = set()
    for m in scan.matches(_PLATFORM):
        if not scan.free(m.start(), m.end()):
            continue
        if _LEFT_BEFORE.search(scan.before(m.start(), 30)):
            scan.take(m.start(), m.end())
            continue
        named: Platform = "android" if m["android"] else "ios"
        other: Platform = "ios" if named == "android" else "android"
        refusal = refused(scan, m.start(), m.end())  # "not android", "switching from iOS", "安卓的不要"
        if refusal is None and (over := _PREFERRED_OVER.search(scan.before(m.start(), 40))) is not None:
            refusal = (m.start() - len(over.group("over")), m.start())  # "I prefer android over iOS": iOS is the one left
        if refusal is not None and refusal[1] <= m.start() and (but := _EXCEPT_BEFORE.match(scan.low, refusal[0])) \
                and (rest := refuses_the_rest(scan, m.end(), but.group(0))) is not None:
            scan.take(refusal[0], m.start())  # "非iOS不要", "除了安卓都不要": every other system is refused, this one wanted
            scan.take(m.end(), rest.end())
            refusal = None
        said.add(other if refusal else named)
        scan.take(m.start(), m.end())
        if refusal is not None:
            scan.take(*refusal)
    return said.pop() if len(said) == 1 else None


# a kind put off to another time: "we'll look at the tablet later", "the tablet can wait", "tablet another day", "the
# tablet for later"
_PUT_OFF_AFTER = re.compile(r"(?:\s+(?:thing|stuff|search|one|bit))?\s+(?:(?:can|will|could)\s+wait|(?:for\s+)?later(?:\s+on)?"
                            r"|another\s+(?:time|day)|some\s+other\s+time|after(?:wards)?|next)(?=\s*(?:$|[,.;!?]))")
# "never mind the foldable", "forget the foldable", "scrap the foldable idea", "scratch the tablet": a device kind let go
# by name, by the verbs that let an aspect go (talk.py's) that can take a kind
_DROPPED = re.compile(r"(?<![a-z])(?:never\s*mind|nvm|forget(?:\s+about)?|scrap|scratch|ditch|drop|skip|remove|get\s+rid\s+of"
                      r"|toss)\s+(?:the\s+|a\s+|that\s+|those\s+|this\s+|my\s+|whole\s+)*$"
                      # the kind said as a verb and negated: "还是不折叠了", "不用折叠的"; not "要不折叠屏吧" (how about one); in
                      # English "a phone that doesn't fold", "one that won't fold"
                      r"|(?<![要倒])不(?:用|再)?\s*$|(?<![a-z])(?:(?:does|do|can)(?:n'?t|\s+not)|won'?t|will\s+not|cannot)\s+$")


def _refused_or_dropped(scan: Scan, start: int, end: int) -> tuple[int, int] | None:
    """The span of the words that refuse or let go of the device word at [start, end), else None."""
    if (dropped := _DROPPED.search(scan.before(start, 24))) is not None:
        return start - len(scan.before(start, 24)) + dropped.start(), start
    if (dear := _TOO_DEAR_AFTER.match(scan.low, end)) is not None:
        return end, dear.end()
    # a Chinese kind refused by whatever verb its clause says it with, as a brand is: "不玩折叠屏", "别来折叠屏",
    # "折叠的不考虑的说"
    return refused(scan, start, end, width=20) or refused_in_clause(scan, start, end)


# a kind found too dear, said right after it, is the kind left behind: "折叠的还是太贵了，改看普通直板机吧", "foldables are too
# expensive, a normal phone then"
_TOO_DEAR_AFTER = re.compile(r"(?:的|\s+(?:ones|phones|models))?\s*(?:(?:are|is)\s+)?(?:还是|也|都|实在|有点|still\s+|just\s+|way\s+)?"
                             r"(?:太贵|贵了|too\s+(?:expensive|pricey|costly|dear))")


# an "also" after a device word that joins it to the phones closes its clause or says the kind will do ("a tablet also
# works"); one before another ask links that ask ("want a tablet also min 700 dollars")
_ALSO_ACCEPTS = re.compile(r"\s*(?:$|[,.;!?/)]|(?:works?|fine|ok(?:ay)?|good|acceptable|considered|welcome|an?\s+option)(?![a-z]))")


# someone else wanting the device: "my son wants a tablet too", "my wife needs an ipad as well", "her dad would like a
# cheap tablet too"; their "too" adds a purchase to the shopper's own, not the kind to the phones searched for. So does
# the shopper needing one more device: "i need one tablet also", "i also need a tablet too" (not "i'd take a tablet too")
WANTS = r"(?:wants?|needs?|would\s+like|could\s+use)"  # what someone wants: "my son wants", "my dad would like"
_WANTED_BY_ANOTHER = re.compile(rf"(?<![a-z])(?:(?:my|our|his|her|their)\s+[a-z]+\s+(?:also\s+)?{WANTS}"
                                r"\s+(?:an?\s+|one\s+|some\s+)?|(?:i|we)\s+(?:also\s+)?need\s+(?:an?|one)\s+)"
                                r"(?:[a-z]+\s+){0,2}$")


def _joins_the_phones(after: str, before: str = "") -> bool:
    """True when the words after a wanted device word add it to the phones: "a tablet is fine too", "平板也可以"; not
    when the words before say someone else wants it ("my son wants a tablet too": one more device to find)."""
    if _WANTED_BY_ANOTHER.search(before):
        return False
    joined = ALSO_AFTER.match(after.removeprefix("的").lstrip())  # "折叠的也放回来", "平板的也可以": the kind's ones
    return joined is not None and (joined.group(0) != "also" or _ALSO_ACCEPTS.match(after, joined.end()) is not None)


def _owned_by_brand(scan: Scan, start: int, brand_pattern: re.Pattern[str] | None) -> bool:
    """True when a maker's name and 的 stand just before the device word at `start` ("三星的平板", "苹果的 平板"): a
    refusal of that phrase refuses the maker within the kind, not the kind itself."""
    if brand_pattern is None:
        return False
    before = scan.before(start, 24)
    owner = _OWNER_DE.search(before)
    if owner is None:
        return False
    name = before[:owner.start()]
    return any(m.end() == len(name) for m in brand_pattern.finditer(name))


def _in_refused_brand_list(scan: Scan, device: re.Match[str], refusal: tuple[int, int] | None,
                           brand_pattern: re.Pattern[str] | None, aliases: Mapping[str, frozenset[str]] | None) -> bool:
    """True when a device word that names its maker ("iPads") is listed with another of the maker's names ("iPhones")
    and the list is refused, by the refusal of the device word or of the name before it: the brand is refused. Listed
    with another maker ("no samsung or ipads") only the line is."""
    if brand_pattern is None or aliases is None:
        return False
    makers = brands_said(device.group(0).lower(), aliases)
    for name in brand_pattern.finditer(scan.plain, max(0, device.start() - 40), min(len(scan.plain), device.end() + 40)):
        if not makers or brands_said(name.group(0).lower(), aliases) != makers:
            continue
        if name.end() <= device.start() and continues_list(scan, name.end(), device.start()):
            return refusal is not None or refused(scan, name.start(), name.end()) is not None
        if name.start() >= device.end() and continues_list(scan, device.end(), name.start()):
            return refusal is not None
    return False


# the 的 that makes the name before it the owner of the device word after it ("三星的平板")
_OWNER_DE = re.compile(r"\s*的\s*$")


def find_devices(scan: Scan, refused_lines: list[str] | None = None, brand_pattern: re.Pattern[str] | None = None,
                 aliases: Mapping[str, frozenset[str]] | None = None) -> tuple[Literal["set", "remove"], frozenset[str]] | None:
    """(op, devices) for the device types asked for: ("set", {"tablet"}), or for exclusions
    ("remove", {"tablet"}) / ("set", {"phone"}) ("no foldables": plain phones only). A refused tablet or foldable
    line ("no iPad", "no Galaxy Tab", "no Z Fold") is appended to `refused_lines` as a series, when that list is given;
    one refused in a list with its maker's other names ("no iPhones or iPads", by `brand_pattern` and `aliases`) is left
    to the brand finder."""
    wanted: set[str] = set()
    unwanted: set[str] = set()
    refused_end: int | None = None  # end of the last refused kind: "no tablets or foldables" refuses both
    for m in scan.matches(_DEVICE):
        if scan.free(m.start(), m.end()) and _PUT_OFF_AFTER.match(scan.low, m.end()):
            scan.take(m.start(), m.end())  # "we'll look at the tablet later": put off, no kind asked for now
    found = [(m, m.lastgroup or "", _BRAND_BEARING.match(m.group(0)) is not None, _refused_or_dropped(scan, m.start(), m.end()))
             for m in scan.matches(_DEVICE) if scan.free(m.start(), m.end())]
    plainly_wanted = {kind for _, kind, _, refusal in found if refusal is None}
    for m, kind, brand_bearing, refusal in found:
        if brand_bearing and kind in ("tablet", "foldable") and _in_refused_brand_list(scan, m, refusal, brand_pattern, aliases):
            continue  # "no iPhones or iPads", "no ipads or iphones": the maker is refused, no kind asked for; the words and
            # the refusal are left to the brand finder
        if brand_bearing and refusal is not None and kind in ("tablet", "foldable") and refused_lines is not None:
            # "no iPad", "no Z Fold": the refusal is of that line, not of the brand that makes it (its phones stay)
            # nor of the device kind (a tablet or foldable shopper keeps the others)
            refused_lines.append(_line_name(m.group(0)))
            scan.take(*refusal)
            scan.take(m.start(), m.end())
            continue
        if refusal is not None and _owned_by_brand(scan, m.start(), brand_pattern):
            # "三星的平板不要" while shopping for a tablet: the maker is refused, the kind stays; the refusal is left
            # to the brand finder, the device word is read (nothing more to say about the kind)
            scan.take(m.start(), m.end(), mask=False)
            continue
        if brand_bearing and refusal is not None and kind in plainly_wanted:
            # "any android tablet, no ipad": tablets are wanted, so the refusal is of the brand the word carries;
            # the word and its "no" are left to the brand finder
            continue
        if refusal is not None or (refused_end is not None and continues_list(scan, refused_end, m.start())):
            unwanted.add(kind)
            refused_end = m.end()
            if refusal is not None:
                scan.take(*refusal)
        else:
            wanted.add(kind)
            refused_end = None
            if _PHONE_BEFORE.search(scan.before(m.start(), 12)) or _PHONE_AFTER.search(scan.after(m.end(), 12)) \
                    or _joins_the_phones(scan.low[m.end():m.end() + 40].lstrip(), scan.low[max(0, m.start() - 40):m.start()]):
                # "手机或平板", and a kind that joins the phones: "平板也可以", "a tablet is fine too"; a phone said so is any
                # phone, foldables too, as a phone search is by default
                wanted |= DEFAULT_DEVICES
        scan.take(m.start(), m.end(), mask=not brand_bearing)
    for m in scan.matches(_ONLY_PHONES):
        if (refusal := _refused_or_dropped(scan, m.start(), m.end())) is not None:
            # "折叠屏，直板的不要", "no slab phones": the plain phone that does not fold is refused, not asked for
            scan.take(*refusal)
            unwanted.add("phone")
        else:
            wanted.add("phone")
        scan.take(m.start(), m.end())
    if wanted:
        return "set", frozenset(wanted - unwanted)
    if "foldable" in unwanted or "phone" in unwanted:
        # "no foldables": plain phones only; "直板的不要": foldables only (the rest of a phone search by default)
        return "set", DEFAULT_DEVICES - unwanted
    if unwanted:
        return "remove", frozenset(unwanted)
    return None
