"""The text being parsed, with the parts already understood masked out.

Extractors run one after another over `Scan.low`; each masks what it understood so later ones
cannot read the same words twice ("cheaper than $300" is a budget, not also "cheaper"). Masked
characters are replaced by NUL, which no pattern matches. `drop` marks what semantic_text leaves
out: constraint words and the needs the rules read go, other taste words ("with a matte finish") stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MASK = "\x00"
SPACE_BREAK = "\n"
"""What a space read as a clause break becomes in `Scan.low` and `Scan.plain` (advisor.understanding.clauses): a line
break, which the clause readers take for a clause end (negation.CLAUSE_END) and every other pattern reads as white
space. Never in a scan otherwise: `normalize` turns line breaks into spaces."""

KIN_EN = frozenset({"dad", "mom", "mum", "mother", "father", "son", "daughter", "wife", "husband", "kid", "kids", "child",
                    "children", "grandma", "grandpa", "grandmother", "grandfather", "granny", "brother", "sister",
                    "friend", "parents", "girlfriend", "boyfriend", "nephew", "niece", "aunt", "uncle", "partner",
                    "family", "boss", "teen", "teenager", "grandson", "granddaughter", "papa", "mama"})
"""The English words for the people a phone may be for ("for my nephew", "not an option for my mum"), shared by the
readers of a search for someone else and of a refusal said of that person."""
KIN_ZH = "老爸|老妈|爸爸|妈妈|父亲|母亲|儿子|女儿|孩子|小孩|宝宝|妈|爸|老婆|老公|老人|家人|父母|爷爷|奶奶|外公|外婆|朋友|同事|弟弟|妹妹|哥哥|姐姐"
"""The Chinese words for those people (a regex alternation)."""

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    """True when the text holds a Chinese character."""
    return _CJK.search(text) is not None


def latin_alt(phrases: Iterable[str]) -> str:
    """An alternation of phrases (regex sources) with word boundaries on their Latin ends only, so
    "cheap" does not match inside "cheapest" while "便宜" still matches inside "便宜的".

    Phrases that start with a Latin letter or digit share one leading boundary check, so a position
    inside a word is rejected once rather than once per phrase."""
    latin: list[str] = []
    other: list[str] = []
    for p in sorted(set(phrases), key=len, reverse=True):
        first = re.sub(r"^(?:\(\?:|\()+", "", p)[:2]
        last = p.rstrip(")?*")[-1:]
        tail = r"(?![a-z])" if re.match(r"[a-z0-9]", last) else ""
        (latin if re.match(r"[a-z0-9]|\\d", first) else other).append(f"(?:{p}){tail}")
    parts = [r"(?<![a-z0-9])(?:" + "|".join(latin) + ")"] if latin else []
    return "|".join(parts + other)


KIN_EN_WORD = rf"(?:{latin_alt(sorted(KIN_EN))})(?![a-z])"
"""One of the KIN_EN words, as a regex."""


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), control and format characters to spaces."""
    text = unicodedata.normalize("NFKC", text)
    if text.isprintable():  # the common case, checked in C
        return text
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else c for c in text)


def _same_length_lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):  # lower() never shortens a character, so equal length means 1:1
        return low
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


class Scan:
    """A message under parsing: `text` (normalized), `low` (lower-cased, with masks), `drop` flags."""

    def __init__(self, raw: str):
        self.text = normalize(raw)
        self.plain = _same_length_lower(self.text)  # never masked: for context that others may have read
        self.low = self.plain
        self.drop = bytearray(len(self.text))

    def break_clauses(self, spaces: Iterable[tuple[int, int]]) -> None:
        """Read each span of spaces as a clause break (`SPACE_BREAK`); `text` keeps the spaces as written."""
        for start, end in spaces:
            self.plain = self.plain[:start] + SPACE_BREAK * (end - start) + self.plain[end:]
            self.low = self.low[:start] + SPACE_BREAK * (end - start) + self.low[end:]

    def free(self, start: int, end: int) -> bool:
        """True when nothing in [start, end) was understood yet."""
        return MASK not in self.low[start:end]

    def take(self, start: int, end: int, *, keep: bool = False, mask: bool = True) -> None:
        """Mark [start, end) understood; `keep` leaves it in semantic_text, `mask=False` lets later
        extractors read it too (an "iPad" names a device and a brand)."""
        if start >= end:
            return
        if mask:
            self.low = self.low[:start] + MASK * (end - start) + self.low[end:]
        if not keep:
            self.drop[start:end] = b"\x01" * (end - start)

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches of pattern in the unmasked text, left to right; call `free` before using one
        when an earlier match of the same loop may have taken its span."""
        return list(pattern.finditer(self.low))

    def before(self, start: int, width: int = 40) -> str:
        """The (masked) text just before `start`."""
        return self.low[max(0, start - width):start]

    def after(self, end: int, width: int = 40) -> str:
        """The (masked) text just after `end`."""
        return self.low[end:end + width]

    def remainder(self) -> str:
        """The text with dropped spans removed and spacing tidied."""
        kept = "".join(" " if flag else c for c, flag in zip(self.text, self.drop, strict=True))
        return " ".join(kept.split())
