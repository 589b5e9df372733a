"""Surface forms for the request generator: numbers in several styles, and seeded noise.

Number styles are named so that the development and held-out grammars can each pick their own
(advisor/evaluation/generator_dev.py, generator_heldout.py). Noise is applied after a sentence is
rendered: character-level typos on English words, traditional characters (OpenCC s2t) and
full-width digits and letters on Chinese sentences.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

_ZH_DIGITS = "零一二三四五六七八九"
_ZH_LEADING = "零一两三四五六七八九"  # "两千", "两万": 2 before a unit reads 两


def format_number(n: float, style: str) -> str | None:
    """`n` in one style, or None when the style cannot write it (e.g. "k" for 1999)."""
    if n != int(n):
        return f"{n:g}" if style in ("plain", "zh_digits") else None
    n = int(n)
    if style in ("plain", "zh_digits"):
        return str(n)
    if style == "comma":
        return f"{n:,}" if n >= 1000 else None
    if style in ("k", "K"):
        if n < 1000 or n % 100:
            return None
        return f"{n / 1000:g}{style}"
    if style == "lakh":
        return f"{n / 100000:g} lakh" if n >= 100000 and n % 10000 == 0 else None
    if style == "zh_wan":
        return f"{n / 10000:g}万" if n >= 10000 and n % 1000 == 0 else None
    if style == "zh_qian":
        return f"{n // 1000}千" if 1000 <= n < 10000 and n % 1000 == 0 else None
    if style == "zh_numeral":
        return zh_numeral(n)
    raise ValueError(f"Unknown number style {style!r}.")


def zh_numeral(n: int) -> str | None:
    """Colloquial Chinese numerals for round amounts: 2500 -> 两千五, 12000 -> 一万二, 800 -> 八百."""
    if n <= 0 or n % 100 or n >= 100000:
        return None
    wan, rest = divmod(n, 10000)
    qian, rest = divmod(rest, 1000)
    bai = rest // 100
    parts = []
    if wan:
        parts.append(("十" if wan == 10 else _ZH_LEADING[wan]) + "万")
    if qian:
        parts.append(_ZH_LEADING[qian] + "千")
    if bai:
        parts.append((_ZH_LEADING if not (wan or qian) else _ZH_DIGITS)[bai] + "百")
    if wan and not qian and bai:
        parts.insert(1, "零")
    text = "".join(parts)
    # the last unit is dropped in speech when it follows a larger one: 两千五(百), 一万二(千)
    if len(parts) >= 2 and parts[-2] != "零" and text[-1] in "百千" and text[-3] in "千万":
        text = text[:-1]
        if text.endswith("两"):  # a bare trailing digit is 二: 一万二, not 一万两
            text = text[:-1] + "二"
    return text


def zh_full_numeral(n: float) -> str | None:
    """Written-out Chinese numerals, every unit said: 6.5 -> 六点五, 12 -> 十二, 256 -> 二百五十六, 4800 -> 四千八百;
    None from 10,000 on."""
    if n < 0 or n >= 10000:
        return None
    return _zh_below_ten_thousand(n)


def _zh_below_ten_thousand(n: float) -> str:
    whole, _, frac = f"{n:g}".partition(".")
    digits = [int(d) for d in whole]
    text = ""
    for i, d in enumerate(digits):
        unit = ("", "十", "百", "千")[len(digits) - 1 - i]
        if d:
            lead = _ZH_LEADING[d] if unit in ("百", "千") and not text else _ZH_DIGITS[d]
            text += ("" if unit == "十" and d == 1 and not text else lead) + unit
        elif text and not text.endswith("零") and any(digits[i:]):
            text += "零"
    text = text or "零"
    return text + ("点" + "".join(_ZH_DIGITS[int(d)] for d in frac) if frac else "")


def zh_megapixel_numeral(mp: float) -> str | None:
    """Megapixels in written-out Chinese: 50 -> 五千万, 64 -> 六千四百万, 200 -> 两亿, 108 -> 一亿零八百万."""
    yi, wan = divmod(round(mp * 100), 10000)
    head = (_ZH_LEADING[yi] + "亿") if 0 < yi < 10 else "" if yi == 0 else None
    if head is None:
        return None
    tail = _zh_below_ten_thousand(wan) + "万" if wan else ""  # divmod keeps wan under 10,000
    return head + ("零" if head and tail and wan < 1000 else "") + tail


def _edit(word: str, rng: random.Random) -> str:
    """One character-level slip: a dropped, doubled, swapped or neighbouring-key letter."""
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("drop", "double", "swap", "key"))
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    near = _KEYBOARD.get(word[i].lower())
    return word[:i] + rng.choice(near) + word[i + 1:] if near else word[:i] + word[i + 1:]


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYBOARD = {ch: "".join(row[max(0, j - 1):j] + row[j + 1:j + 2]) for row in _ROWS for j, ch in enumerate(row)}
_WORD = re.compile(r"[A-Za-z]{5,}")


def typo(text: str, rng: random.Random, words: int = 1) -> str:
    """Misspell up to `words` alphabetic words of five letters or more, chosen by `rng`."""
    found = list(_WORD.finditer(text))
    if not found:
        return text
    for match in sorted(rng.sample(found, min(words, len(found))), key=lambda m: -m.start()):
        text = text[:match.start()] + _edit(match.group(), rng) + text[match.end():]
    return text


@lru_cache(maxsize=1)
def _to_traditional():
    import opencc

    return opencc.OpenCC("s2t")


def traditional(text: str) -> str:
    """Simplified -> traditional Chinese characters (OpenCC s2t)."""
    return _to_traditional().convert(text)


def full_width(text: str) -> str:
    """ASCII digits and letters -> their full-width forms (as some Chinese keyboards type them)."""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)
