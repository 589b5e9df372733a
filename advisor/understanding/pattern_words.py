"""The words the parser's patterns read, so that the speller can guess at any of them, not only a listed few.

A shopper's typo can land on any word a pattern depends on ("laaunched 2024", "nothimg older than 2022", "Vivo not
wanetd"). The speller used to guess only at brands and a hand-kept list of key words, so a typo anywhere else
silently dropped the clause. This module collects the Latin words and stems written in the understanding package's
module-level patterns ("launch" of "launch(?:ed)?", "lagbhag"); the speller (normalize.Speller) leaves them alone
and guesses at the dictionary words they stand for.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from functools import cache

import advisor.understanding as _package
from advisor.understanding.normalize import MIN_LENGTH

_NOT_WORDS = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[A-Za-z]")
"""Group names and escapes ("\\sgen" is a space and "gen", not a word "sgen")."""
_LATIN_WORD = re.compile(rf"[A-Za-z]{{{MIN_LENGTH},}}")


def _patterns(value: object, depth: int = 0) -> Iterator[str]:
    """Pattern sources in a module-level value: a compiled pattern, or tables (tuples, lists, dicts) holding them."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value.pattern
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns(key, depth + 1)
            yield from _patterns(item, depth + 1)


def _words_in(sources: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for source in sources for w in _LATIN_WORD.findall(_NOT_WORDS.sub(" ", source)))


@cache
def pattern_words() -> frozenset[str]:
    """Every Latin word of four letters or more written in a module-level pattern of the understanding package."""
    sources: list[str] = []
    for module in pkgutil.iter_modules(_package.__path__):
        loaded = importlib.import_module(f"{_package.__name__}.{module.name}")
        for value in vars(loaded).values():
            sources.extend(_patterns(value))
    return _words_in(sources)
