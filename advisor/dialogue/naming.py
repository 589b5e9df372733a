"""Which phones a loose name ("the Pixel", "那台荣耀", "the moto") names among some phones (issue 10)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from advisor.catalog.model import Phone
from advisor.understanding.followups import latin_name
from advisor.understanding.scan import has_cjk

# words asking for one phone's details: "tell me more about the Pixel", "details on the galaxy", "荣耀详细说说".
# "what about the Pixel?" and "show me the pixel" are not among them: they ask for that maker's phones
_ASKS_DETAILS = re.compile(r"""
    (?<![a-z])(?:tell\s+me\s+(?:a\s+(?:bit|little)\s+)?more|more\s+(?:info|information|details)|details?|specs?
                |specifications|describe|full\s+specs?)(?![a-z])
    | 详细|详情|参数|介绍|说说|讲讲
    """, re.VERBOSE)


def asks_details(text: str) -> bool:
    """True when a message asks for the details of a phone ("tell me more about the Pixel")."""
    return _ASKS_DETAILS.search(text.lower()) is not None


def brand_aliases_said(text: str, aliases: Mapping[str, frozenset[str]]) -> list[str]:
    """The brand names and nicknames a message says ("荣耀", "pixel", "moto"), as the vocabulary spells them."""
    low = text.lower()
    return [alias for alias in aliases
            if (alias in low if has_cjk(alias) else re.search(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])", low))]


def named_among(name: str, phones: tuple[Phone, ...], aliases: Mapping[str, frozenset[str]]) -> tuple[Phone, ...]:
    """The phones a loose name names: all the phones of a brand it shortens ("moto" names a Motorola Edge as well as
    a Moto G), else those whose name holds its words (as written, or with a Chinese brand in Latin letters), else
    those of the brand it is an alias of ("传音")."""
    spellings = tuple(dict.fromkeys((name, latin_name(name))))
    if hits := _of_aliased_brands(spellings, phones, aliases, shortened=True):
        return hits
    for fragment in spellings:
        if hits := holding(fragment, phones):
            # "the nord ce 3" with a Nord CE 3 and a Nord CE 3 Lite: the one so named, not the longer name
            exact = [p for p in hits if norm_name(p.family) in (norm_name(fragment), norm_name(f"{p.brand} {fragment}"))]
            return tuple(exact) if len({p.family for p in exact}) == 1 else hits
    return _of_aliased_brands(spellings, phones, aliases, shortened=False)


def _of_aliased_brands(spellings: tuple[str, ...], phones: tuple[Phone, ...], aliases: Mapping[str, frozenset[str]],
                       shortened: bool) -> tuple[Phone, ...]:
    """The phones of the brands the first spelling that names some of them is an alias of; with `shortened`, only an
    alias a brand's name starts with ("moto" of Motorola, not "pixel" of Google) counts."""
    for fragment in spellings:
        brands = aliases.get(fragment, frozenset())
        if shortened and not any(norm_name(brand).startswith(norm_name(fragment)) for brand in brands):
            continue
        if hits := tuple(p for p in phones if p.brand in brands):
            return hits
    return ()


def holding(name: str, phones) -> tuple[Phone, ...]:
    """The phones whose name holds `name`'s words, whole ("pixel" is in "Google Pixel 8a", "12" not in "12R")."""
    wanted = norm_name(name)
    return tuple(p for p in phones if wanted and f" {wanted} " in f" {norm_name(p.display_name)} ")


def norm_name(text: str) -> str:
    """A name as words: lower case, punctuation out ("+" names a model: "Galaxy S23+" is not the S23)."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", text.lower().replace("+", " plus ")).strip()
