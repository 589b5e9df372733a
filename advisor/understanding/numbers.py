"""Numerals as shoppers write them: "1,299", "1,00,000", "25k", "2.5 lakh", "两千", "三千五", "1万2",
"two hundred", "fifteen hundred".

Patterns here are regex fragments (strings) meant to be embedded in larger patterns that run on
lower-cased text; `parse_number` turns what they matched into a float, or None when the text is
not a well-formed number (the caller then ignores the match).
"""

from __future__ import annotations

import math
import re

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9,
              # the capital numerals money is written with on receipts and cheques: 叁仟元
              "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "万"

# Arabic numerals with Western (1,299,000) or Indian (1,00,000) grouping, optional decimals, possibly
# followed by Chinese numerals ("1万2", "3千5").
_ARABIC = r"(?:\d{1,3}(?:,\d{2,3})*,\d{3}(?!\d)|\d+)(?:\.\d+)?"
NUM = rf"(?<![\d{_CN_CHARS}几数])(?<!\d\.)(?>{_ARABIC}(?:[{_CN_CHARS}][{_CN_CHARS}\d]*)?|[{_CN_CHARS}][{_CN_CHARS}\d]*)"
"""A numeral in Arabic digits, Chinese characters or a mix of both; "几千" (several thousand) is none. It never starts
inside another numeral (a point after a digit is a decimal point; after a letter it ends an abbreviation: "Rs.9000")
and never gives characters back (an atomic group), which keeps matching linear on long digit runs."""

_EN_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000}
_EN_WORD = "|".join(sorted([*_EN_SMALL, *_EN_SCALES], key=len, reverse=True))
EN_NUM = (rf"(?<![a-z])(?<!few\s)(?<!several\s)(?<!some\s)(?<!many\s)"  # "a few hundred" is no figure
          # a bare "grand" with no figure before it is the Irish and British "fine" ("Grand. Big battery though"), no 1000
          rf"(?>(?:a\s+(?:hundred|thousand|grand)|half\s+a\s+(?:hundred|thousand|grand)|a\s+couple(?:\s+of)?|(?!grand(?![a-z]))(?:{_EN_WORD}))"
          # "and" only after a scale ("two hundred and fifty"): "between three and five hundred" is two figures
          rf"(?:[\s-]+(?:(?:(?<=hundred\s)|(?<=thousand\s)|(?<=grand\s))and\s+|of\s+)?(?:{_EN_WORD}))*)(?![a-z])")
"""Number words ("two hundred", "a thousand", "fifteen hundred", "a couple hundred", "half a grand", "three fifty"); "grand"
with no number before it is no figure ("That'd be grand", "a grand phone" is still "a grand");
parse with `parse_english`."""

MULTIPLIERS: dict[str, float] = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
                                 "crore": 1e7, "w": 1e4, "hundred": 100, "l": 1e5, "hazar": 1e3, "hazaar": 1e3, "hajar": 1e3}
"""Suffixes that scale a number ("25k", "1.5 lakh", "5 hundred"); "w" is the Chinese shorthand for 万, "l" the Indian
one for lakh ("1.5L"); "hazar" is Hindi and Urdu for thousand ("20 hazar")."""

MULT = r"(?:k|thousand|grand|hundred|lakhs?|lacs?|crore|haza{1,2}r|hajar)(?![a-z])"

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10,
    # "the forth one": the speller leaves a real English word alone, so its one common misspelling is listed here
    # (the speller reads the others, "secnd", "thrid", as the ordinal they are closest to)
    "forth": 4,
    # romanized Hindi and Urdu, as Indian and Pakistani shoppers write them beside "wala" ("dusra wala", "chauthi wali"),
    # in their forms for each gender and case; "pehle" is left out, as it is mostly "before" ("jo pehle dikhaye the")
    **dict.fromkeys(("pehla", "pehli", "pahla", "pahli", "pehela"), 1),
    **dict.fromkeys(("dusra", "dusri", "dusre", "doosra", "doosri", "doosre"), 2),
    **dict.fromkeys(("teesra", "teesri", "teesre", "tisra", "tisri", "tisre"), 3),
    **dict.fromkeys(("chautha", "chauthi", "chauthe", "chotha", "chothi", "chothe", "chouthi", "choutha"), 4),
    **dict.fromkeys(("paanchva", "paanchvi", "paanchve", "panchva", "panchvi", "panchve", "paanchwa", "paanchwan",
                     "panchwa", "panchwan", "panchwi", "paanchwi"), 5),
}
"""Ordinal words and abbreviations, for "the second one", "the 3rd" (English) and "dusra wala" (Hindi and Urdu)."""

_MAX = 1e12  # beyond any price or spec; longer digit strings are noise, not numbers


def parse_number(text: str) -> float | None:
    """The value of a numeral matched by NUM ("1,299" -> 1299, "三千五" -> 3500, "1.5万" -> 15000)."""
    text = text.strip()
    if not text:
        return None
    value = _parse_chinese(text) if any(c in _CN_CHARS for c in text) else _parse_arabic(text)
    if value is None or not math.isfinite(value) or value > _MAX:
        return None
    return value


def _parse_arabic(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


_CN_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{_CN_CHARS}]")


def _parse_chinese(text: str) -> float | None:
    """Chinese numerals, possibly mixed with digits; a trailing digit after a unit is colloquial
    shorthand for the next unit down ("三千五" is 3500, "一万二" is 12000)."""
    tokens = _CN_TOKEN.findall(text)
    if "".join(tokens) != text.replace(",", ""):
        return None
    total = 0.0
    section = 0.0
    current: float | None = None
    last_unit = 0.0
    after_unit = False  # the previous token was a unit, so a lone digit is shorthand
    zero_seen = False
    for token in tokens:
        if token == "万":
            section += current if current is not None else (0.0 if section else 1.0)
            total += section * 10_000
            section, current, last_unit, after_unit, zero_seen = 0.0, None, 10_000.0, True, False
        elif token in _CN_UNITS:
            unit = _CN_UNITS[token]
            section += (current if current is not None else 1.0) * unit
            current, last_unit, after_unit, zero_seen = None, float(unit), True, False
        elif token in _CN_DIGITS:
            digit = float(_CN_DIGITS[token])
            if token in "零〇":
                if current is not None and not last_unit:
                    current *= 10  # a zero inside a digit-by-digit numeral ("二零二四")
                else:
                    zero_seen = True
                    after_unit = False
                continue
            if current is not None:
                current = current * 10 + digit  # "二零二四" read digit by digit
                after_unit = False
            else:
                current = digit
        else:
            if current is not None:
                return None
            current = float(token)
    if current is not None:
        if after_unit and last_unit >= 10 and current < 10 and not zero_seen:
            current *= last_unit / 10
        section += current
    return total + section


def parse_english(text: str) -> float | None:
    """The value of number words ("two hundred" -> 200, "fifteen hundred" -> 1500, "a grand" -> 1000)."""
    words = [w for w in re.split(r"[\s-]+", text.strip().lower()) if w and w not in ("and", "of")]
    if words[:1] == ["half"]:
        rest = parse_english(" ".join(words[1:]))
        return None if rest is None else rest / 2
    if words[:2] == ["a", "couple"]:
        words = words[1:]
    if not words or words == ["a"]:
        return None
    total = 0.0
    current = 0.0
    seen_number = False
    for n, word in enumerate(words):
        if word == "a" and n == 0:
            current = 1.0
        elif word in _EN_SMALL:
            if _EN_SMALL[word] >= 10 and current % 100 > 0 and (current % 10 or current % 100 < 20):
                current *= 100  # "three fifty", "twelve ninety nine": the hundreds said without "hundred"
            current += _EN_SMALL[word]
            seen_number = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen_number = True
        elif word in ("thousand", "grand"):
            total += (current or 1.0) * 1000
            current = 0.0
            seen_number = True
        else:
            return None
    return total + current if seen_number else None


def scale(value: float, multiplier: str | None) -> float:
    """Apply a MULT suffix ("k", "lakh") to a value."""
    if not multiplier:
        return value
    return value * MULTIPLIERS.get(multiplier.strip().lower(), 1.0)


def small_number(text: str) -> int | None:
    """A small count or position written as digits, Chinese numerals or English words ("2", "两", "two")."""
    text = text.strip().lower()
    if text in _EN_SMALL:
        return _EN_SMALL[text]
    value = parse_number(text)
    if value is None or not value.is_integer() or not 0 < value <= 50:
        return None
    return int(value)
