"""What a chip's absolute benchmark score says about it, in one table for every statement of that kind.

Scores are the Geekbench 6 multi-core figures of data/chipsets.csv (`Phone.chip_score`), which compare
across years, unlike the `tier` column (a class within the chip's own year: a 2017 flagship is tier 5
and slower than a 2022 mid-range chip). Phone documents (advisor.retrieval.documents) and the ranking floors
(advisor.ranking.rank) read the classes from here, so the index and the explanations agree about which chips are
fast. (The training aspects still rank by tier: moving them to the score let a model trained on shuffled
labels pass the negative-transfer guard on the fixture catalog, which needs its own look.) A chip without a
score gets no class: nothing is claimed about it.
"""

from __future__ import annotations

EVERYDAY_SCORE = 1000.0
"""Below this (a 2016 entry chip) everyday apps stutter."""
DEMANDING_GAMES_SCORE = 2500.0
"""Runs demanding 3D games (Genshin Impact) at medium settings: Snapdragon 778G, Dimensity 1100."""
FLAGSHIP_SCORE = 4000.0
"""A current flagship chip: Snapdragon 8 Gen 1, Apple A14 and faster."""

# Each class says what the classes below it say too: a flagship chip also runs demanding games, and a
# document that said so only of mid-range chips drew "gaming phone" queries to them by its words alone.
_CLASSES = ((FLAGSHIP_SCORE, "flagship-class performance, runs demanding games"),
            (DEMANDING_GAMES_SCORE, "fast performance, runs demanding games"),
            (EVERYDAY_SCORE, "everyday performance"),
            (0.0, "entry-level performance"))


def chip_class(score: float | None) -> str | None:
    """The class words for a chip score ("flagship-class performance"), or None when the score is unknown."""
    if score is None:
        return None
    return next(words for floor, words in _CLASSES if score >= floor)
