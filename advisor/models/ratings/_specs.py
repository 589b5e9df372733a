"""Specs that marketplace listing titles spell out: storage, RAM and screen size.

Titles are written by sellers, not by a schema ("3GB+16GB", "RAM 512MB ROM 4GB", '5.5" HD',
"6inch", "10.6'' Inch"), so every value is optional and implausible numbers are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNIT = r"(?P<unit>GB|MB|G)\b"
# Most specific first: in "512MB RAM 4GB ROM" the "RAM <n>" rule alone would read 4GB as RAM.
_RAM_PATTERNS = (
    re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>GB|MB|G)\s*RAM\b", re.IGNORECASE),
    re.compile(r"\bRAM\s*:?\s*(?P<n>\d+(?:\.\d+)?)\s*" + _UNIT, re.IGNORECASE),
    # "3GB+16GB", "2GB/16GB": RAM first, then storage.
    re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>GB|MB)\s*[+/]\s*\d+\s*GB\b", re.IGNORECASE),
)
_STORAGE_PATTERNS = (
    re.compile(r"\bROM\s*:?\s*(?P<n>\d+)\s*" + _UNIT, re.IGNORECASE),
    re.compile(r"\b(?P<n>\d+)\s*(?P<unit>GB|G)\s*ROM\b", re.IGNORECASE),
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:GB|MB)\s*[+/]\s*(?P<n>\d+)\s*(?P<unit>GB)\b", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d+)\s*(?P<unit>GB)\b(?!\s*(?:RAM|[+/]))", re.IGNORECASE),
)
# 5.5", 5.5'', 5.5-inch, 6inch, 6.0 inch, 4.7in; the number must not be part of a longer number.
_SCREEN = re.compile(r"(?<![\d.])(?P<n>\d{1,2}(?:\.\d{1,2})?)\s*(?:\"|''|”|-?\s*inch(?:es)?\b|in\b)", re.IGNORECASE)
_SCREEN_RANGE = (1.0, 13.0)


@dataclass(frozen=True)
class ListingSpecs:
    """What a listing title says about the phone; None where it says nothing usable."""

    storage_gb: float | None = None
    ram_gb: float | None = None
    screen_in: float | None = None


def parse_listing_specs(title: str) -> ListingSpecs:
    """Storage, RAM and screen size spelled out in a marketplace listing title."""
    ram, span = _first_gb(_RAM_PATTERNS, title, plausible=(0.125, 32.0))
    # Blank out the RAM figure so that the bare "<n>GB" storage rule cannot read it again.
    rest = title[:span[0]] + " " * (span[1] - span[0]) + title[span[1]:] if span else title
    storage, _ = _first_gb(_STORAGE_PATTERNS, rest, plausible=(0.5, 2048.0))
    screen = None
    for match in _SCREEN.finditer(title):
        value = float(match.group("n"))
        if _SCREEN_RANGE[0] <= value <= _SCREEN_RANGE[1]:
            screen = value
            break
    return ListingSpecs(storage_gb=storage, ram_gb=ram, screen_in=screen)


def _first_gb(patterns: tuple[re.Pattern[str], ...], text: str,
              plausible: tuple[float, float]) -> tuple[float | None, tuple[int, int] | None]:
    """The first plausible figure in GB by the first pattern that yields one, and where the number stands."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = float(match.group("n"))
            if match.group("unit").upper() == "MB":
                value /= 1024
            if plausible[0] <= value <= plausible[1]:
                return value, match.span("n")
    return None, None
