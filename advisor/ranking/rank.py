"""Ranking: hard filters first, then a score that blends taste similarity and aspect fit.

1. Every phone is checked against the constraints (advisor.ranking.match). Only phones that break
   nothing are matches; the filter runs over the whole catalog, so superlatives ("lightest")
   are answered over every match, never over a truncated candidate list.
2. Matches are scored: aspect fit (advisor.ranking.aspects) blended with semantic similarity of the
   shopper's own words to the phone documents (when they wrote any), or ordered by the
   requested sort key with the score as tie-break.
3. Variants of one family are grouped: the variant shown is the cheapest that fits (or the
   best on the sort key when sorting by storage or RAM).
4. Matches a shop would recommend come first (`Floors`): without a superlative, a phone from the
   last few years with enough RAM and a usable chip; with a need that has a chip floor ("for
   gaming", "flagship"), a chip known to meet it. The others follow in the same order, so the
   floors only reorder the matches: they never add or drop one.
5. With no match, alternatives are the phones with the smallest relaxation cost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from advisor.catalog.chip_classes import DEMANDING_GAMES_SCORE, EVERYDAY_SCORE, FLAGSHIP_SCORE
from advisor.catalog.model import Catalog, Phone
from advisor.dialogue.state import DialogueState
from advisor.ranking.aspects import Percentiles, combined_weights
from advisor.ranking.match import Columns, Violation, violations
from advisor.ranking.personalize import Adjustment

SEMANTIC_WEIGHT = 0.4
SEMANTIC_WEIGHT_WITH_INTENTS = 0.2
MIN_SIMILARITY_SPREAD = 0.25
"""Cosine similarities of one query to phone documents often differ by a few hundredths; scaling
such a narrow spread to the full 0..1 range would let noise outvote the facts, so the spread
used for scaling is at least this wide."""
MAX_ALTERNATIVES = 5

RECENT_YEARS = 4
"""A phone launched more than this many years before the catalog's newest is not what a shop recommends today."""
MIN_RAM_GB = 4.0
MIN_CHIP_SCORE = EVERYDAY_SCORE
"""Below these (a 2016 entry chip, 1-3 GB RAM) everyday apps stutter (chip classes: advisor.catalog.chip_classes)."""
INTENT_CHIP_FLOORS: Mapping[str, float] = {"gaming": DEMANDING_GAMES_SCORE, "flagship": FLAGSHIP_SCORE}
"""Chip score a need cannot do without: gaming runs demanding 3D games, flagship is a current flagship chip."""

SemanticScorer = Callable[[str, list[int]], Mapping[int, float]]
"""(taste text, catalog positions) -> cosine similarity per position."""

PersonalScorer = Callable[[list[int]], Mapping[int, Adjustment]]
"""catalog positions -> personal score change per position (advisor.ranking.personalize)."""


@dataclass(frozen=True)
class Ranked:
    """A family's representative variant with its score and (for alternatives) what it breaks."""

    phone: Phone
    score: float
    violations: tuple[Violation, ...] = ()
    variants: tuple[str, ...] = ()
    personal: Adjustment | None = None


@dataclass(frozen=True)
class Ranking:
    """The ordered matches (one per family), every matching variant, and alternatives when nothing matched."""

    matches: tuple[Ranked, ...]
    matching_phones: tuple[Phone, ...]
    alternatives: tuple[Ranked, ...] = ()
    matching_positions: tuple[int, ...] = ()  # the catalog position of each of matching_phones


def rank(state: DialogueState, catalog: Catalog, percentiles: Percentiles,
         semantic: SemanticScorer | None = None, personal: PersonalScorer | None = None,
         columns: Columns | None = None) -> Ranking:
    """Rank the whole catalog for the state's constraints, sort, intents and taste.

    `personal` reorders matches by the shopper's history; it never adds a phone that breaks a constraint.
    """
    market = state.constraints.budget.currency if state.constraints.budget else state.currency
    columns = columns or Columns(catalog)
    positions = [int(i) for i in np.flatnonzero(columns.mask(state.constraints))]
    weights = combined_weights(state.intents)
    if positions:
        scores = _scores(positions, state, percentiles, weights, market, semantic)
        changes = personal(positions) if personal is not None else {}
        for i, change in changes.items():
            scores[i] += change.delta
        floors = Floors.for_state(state, percentiles.newest_year)
        grouped = _group(positions, scores, catalog, columns, state, market, changes, floors)
        return Ranking(tuple(grouped), tuple(catalog[i] for i in positions), matching_positions=tuple(positions))
    costs = columns.costs(state.constraints).tolist()
    candidates = [i for i, cost in enumerate(costs) if math.isfinite(cost)]
    scores = _scores(candidates, state, percentiles, weights, market, semantic)
    by_family: dict[str, int] = {}
    for i in sorted(candidates, key=lambda i: (costs[i], -scores[i])):
        by_family.setdefault(catalog[i].family, i)
        if len(by_family) == MAX_ALTERNATIVES:
            break
    alternatives = tuple(Ranked(catalog[i], scores[i], tuple(violations(catalog[i], state.constraints)))
                         for i in by_family.values())
    return Ranking((), (), alternatives)


@dataclass(frozen=True)
class Floors:
    """What a recommendation should have unless the shopper asked otherwise; None = no floor.

    The "today" floors (year, RAM, chip) hold only without a superlative ("cheapest", "oldest" answer
    over every match) and without a launch-year bound (the shopper chose the age); a RAM maximum lifts
    the RAM floor. A need's chip floor always holds: "cheap, runs Genshin" means cheap among phones that can.
    """

    min_year: int | None = None
    min_ram_gb: float | None = None
    min_chip_score: float | None = None  # a phone with an unknown score passes
    need_chip_score: float | None = None  # a phone with an unknown score fails: nothing says it can

    @classmethod
    def for_state(cls, state: DialogueState, newest_year: int | None) -> Floors:
        """The floors in force for a dialogue state."""
        need = max((INTENT_CHIP_FLOORS[i] for i in state.intents if i in INTENT_CHIP_FLOORS), default=None)
        c = state.constraints
        if state.sort is not None or c.spec("year") is not None:
            return cls(need_chip_score=need)
        ram = c.spec("ram_gb")
        return cls(min_year=None if newest_year is None else newest_year - RECENT_YEARS,
                   min_ram_gb=MIN_RAM_GB if ram is None or ram.hi is None else None,
                   min_chip_score=MIN_CHIP_SCORE, need_chip_score=need)

    def met_by(self, phone: Phone) -> bool:
        """True when the phone meets every floor (unknown year or RAM passes: no reason to doubt it)."""
        score = phone.chip_score
        return not ((self.min_year is not None and phone.year is not None and phone.year < self.min_year)
                    or (self.min_ram_gb is not None and phone.ram_gb is not None and phone.ram_gb < self.min_ram_gb)
                    or (self.min_chip_score is not None and score is not None and score < self.min_chip_score)
                    or (self.need_chip_score is not None and (score is None or score < self.need_chip_score)))


def _scores(positions: list[int], state: DialogueState, percentiles: Percentiles,
            weights: Mapping[str, float], market: str, semantic: SemanticScorer | None) -> dict[int, float]:
    aspect = dict(zip(positions, percentiles.scores(positions, weights, market).tolist()))
    if not state.taste or semantic is None or not positions:
        return aspect
    sims = semantic(state.taste, positions)
    lo, hi = min(sims.values(), default=0.0), max(sims.values(), default=0.0)
    span = max(hi - lo, MIN_SIMILARITY_SPREAD)
    weight = SEMANTIC_WEIGHT_WITH_INTENTS if state.intents else SEMANTIC_WEIGHT
    return {i: (1 - weight) * aspect[i] + weight * (sims.get(i, lo) - lo) / span for i in positions}


def _sort_value(phone: Phone, key: str, market: str) -> float | None:
    return phone.price(market) if key == "price" else phone.spec(key)


def _group(positions: list[int], scores: dict[int, float], catalog: Catalog, columns: Columns,
           state: DialogueState, market: str, changes: Mapping[int, Adjustment], floors: Floors) -> list[Ranked]:
    sort = state.sort
    ranked = []
    for best, members in _representatives(positions, scores, columns, state, market):
        others = tuple(catalog[i].id for i in members if i != best)
        ranked.append(Ranked(catalog[best], scores[best], (), others, changes.get(best)))
    if sort is None:
        ranked.sort(key=lambda r: (not floors.met_by(r.phone), -r.score, r.phone.id))
        return ranked

    def key(r: Ranked) -> tuple:
        value = _sort_value(r.phone, sort.key, market)
        missing = value is None
        ordered = 0.0 if value is None else (-value if sort.descending else value)
        return (not floors.met_by(r.phone), missing, ordered, -r.score, r.phone.id)

    ranked.sort(key=key)
    return ranked


def _representatives(positions: list[int], scores: Mapping[int, float], columns: Columns, state: DialogueState,
                     market: str) -> list[tuple[int, list[int]]]:
    """(shown variant, every matching variant) per family: the cheapest in `market` (a missing or zero price
    last), then the best scored; sorting by storage or RAM descending, the largest (unknown as 0), then the
    best scored. A tie keeps the variant that comes first in the catalog."""
    at = np.asarray(positions, dtype=np.int64)
    score = np.array([scores[i] for i in positions])
    sort = state.sort
    if sort is not None and sort.key in ("storage_gb", "ram_gb") and sort.descending:
        spec = columns.values(sort.key, market)[at]
        primary = -np.where(np.isnan(spec), 0.0, spec)
    else:
        price = columns.values("price", market)[at]
        primary = np.where(np.isnan(price) | (price == 0), np.inf, price)
    family = columns.family_codes[at]
    order = np.lexsort((-score, primary, family))  # stable: ties stay in catalog order
    codes, firsts = np.unique(family[order], return_index=True)
    best = dict(zip(codes.tolist(), at[order[firsts]].tolist()))
    members: dict[int, list[int]] = {}
    for code, i in zip(family.tolist(), positions):
        members.setdefault(code, []).append(i)
    return [(best[code], group) for code, group in members.items()]
