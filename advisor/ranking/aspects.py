"""Vague intents ("for gaming", "for my grandma") mapped to aspect weights over catalog facts.

The mapping below is the documented contract: an intent's score for a phone is the weighted
sum of that phone's percentile ranks (0..1, over the whole catalog) on each aspect, with
negative weights meaning "less is better". Intents only rank; they never filter.

| intent      | aspects (weight)                                                        |
|-------------|-------------------------------------------------------------------------|
| gaming      | performance .45, ram .25, battery .15, screen .15                       |
| photography | main camera .45, rear camera count .2, performance .2, year .15         |
| selfie      | front camera .7, front camera count .1, year .2                         |
| battery     | battery .85, weight -.15                                                |
| compact     | screen -.6, weight -.4                                                  |
| big_screen  | screen .6, battery .2, price -.2                                        |
| budget      | price -.6, battery .2, performance .2                                   |
| flagship    | performance .4, year .2, main camera .2, price .2                       |
| business    | battery .3, performance .3, storage .2, year .2                         |
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from advisor.catalog.model import Catalog, Phone

INTENT_ASPECTS: Mapping[str, Mapping[str, float]] = {
    "gaming": {"performance": 0.45, "ram_gb": 0.25, "battery_mah": 0.15, "screen_in": 0.15},
    "photography": {"main_camera_mp": 0.45, "rear_cameras": 0.2, "performance": 0.2, "year": 0.15},
    "selfie": {"front_camera_mp": 0.7, "front_cameras": 0.1, "year": 0.2},
    "battery": {"battery_mah": 0.85, "weight_g": -0.15},
    "compact": {"screen_in": -0.6, "weight_g": -0.4},
    "big_screen": {"screen_in": 0.6, "battery_mah": 0.2, "price": -0.2},
    "budget": {"price": -0.6, "battery_mah": 0.2, "performance": 0.2},
    "flagship": {"performance": 0.4, "year": 0.2, "main_camera_mp": 0.2, "price": 0.2},
    "business": {"battery_mah": 0.3, "performance": 0.3, "storage_gb": 0.2, "year": 0.2},
}


def opposed(a: str, b: str) -> bool:
    """Whether two intents pull a shared aspect in opposite directions, each by a main weight (compact
    and big_screen on the screen): reading both from one message would cancel what was said."""
    first, second = INTENT_ASPECTS[a], INTENT_ASPECTS[b]
    return any(first[k] * second[k] < 0 and min(abs(first[k]), abs(second[k])) >= 0.3
               for k in first.keys() & second.keys())


# With no intent, no ordering and no taste text, phones are ranked on this balanced profile.
DEFAULT_ASPECTS: Mapping[str, float] = {
    "performance": 0.3, "year": 0.25, "main_camera_mp": 0.15, "battery_mah": 0.15, "ram_gb": 0.15,
}

ASPECT_KEYS = ("performance", "ram_gb", "storage_gb", "battery_mah", "screen_in", "weight_g", "main_camera_mp",
               "rear_cameras", "front_camera_mp", "front_cameras", "year")


def aspect_value(phone: Phone, aspect: str, market: str) -> float | None:
    """The raw value of an aspect for a phone; "price" is read in `market`."""
    if aspect == "price":
        return phone.price(market)
    if aspect in ("rear_cameras", "front_cameras"):
        value = getattr(phone, aspect)
        return None if value is None else float(value)
    return phone.spec(aspect)


class Percentiles:
    """Percentile rank (0..1) of each phone on each aspect, over the whole catalog.

    Ranks of catalog phones are computed once, as arrays indexed by catalog position, so a turn
    scores hundreds of matches with a few vector operations.
    """

    def __init__(self, catalog: Catalog, markets: Iterable[str]):
        self._phones = tuple(catalog)
        self._positions = {p.id: i for i, p in enumerate(self._phones)}
        self.newest_year: int | None = max((p.year for p in self._phones if p.year is not None), default=None)
        """The catalog's latest launch year: what "today" means for the recommendation floors (advisor.ranking.rank)."""
        self._sorted: dict[str, list[float]] = {}
        self._ranks: dict[str, np.ndarray] = {}
        keys = [(a, a, "USD") for a in ASPECT_KEYS] + [(f"price:{m}", "price", m) for m in markets]
        for key, aspect, market in keys:
            values = [aspect_value(p, aspect, market) for p in catalog]
            self._sorted[key] = sorted(v for v in values if v is not None)
            self._ranks[key] = np.array([self._rank_value(key, v) for v in values], dtype=np.float64)

    def _rank_value(self, key: str, value: float | None) -> float:
        values = self._sorted.get(key) or []
        if value is None or not values:
            return 0.5
        below = bisect_left(values, value)
        equal = bisect_right(values, value) - below
        return (below + 0.5 * equal) / len(values)

    def rank(self, phone: Phone, aspect: str, market: str) -> float:
        """Mid-rank percentile of the phone's value; 0.5 (neutral) when the value is unknown."""
        key = f"price:{market}" if aspect == "price" else aspect
        position = self._positions.get(phone.id)
        if position is not None and key in self._ranks and self._phones[position] is phone:
            return float(self._ranks[key][position])
        return self._rank_value(key, aspect_value(phone, aspect, market))

    def score(self, phone: Phone, weights: Mapping[str, float], market: str) -> float:
        """Weighted aspect score in 0..1 (negative weights score the reversed percentile)."""
        total = sum(abs(w) for w in weights.values()) or 1.0
        acc = 0.0
        for aspect, weight in weights.items():
            pct = self.rank(phone, aspect, market)
            acc += abs(weight) * (pct if weight > 0 else 1.0 - pct)
        return acc / total

    def scores(self, positions: Sequence[int], weights: Mapping[str, float], market: str) -> np.ndarray:
        """`score` for many catalog positions at once."""
        idx = np.asarray(positions, dtype=np.int64)
        total = sum(abs(w) for w in weights.values()) or 1.0
        acc = np.zeros(len(idx))
        for aspect, weight in weights.items():
            pct = self._ranks[f"price:{market}" if aspect == "price" else aspect][idx]
            acc += abs(weight) * (pct if weight > 0 else 1.0 - pct)
        return acc / total


def combined_weights(intents: Iterable[str]) -> dict[str, float]:
    """Average the aspect weights of several intents (an empty list gives DEFAULT_ASPECTS)."""
    chosen = [INTENT_ASPECTS[i] for i in intents if i in INTENT_ASPECTS]
    if not chosen:
        return dict(DEFAULT_ASPECTS)
    merged: dict[str, float] = {}
    for weights in chosen:
        for aspect, weight in weights.items():
            merged[aspect] = merged.get(aspect, 0.0) + weight / len(chosen)
    return merged
