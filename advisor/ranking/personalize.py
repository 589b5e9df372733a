"""Personal ranking from a shopper's history: liked phones pull similar phones up, disliked phones
and their families sink. It only reorders phones that already match every hard constraint, and
a new shopper (empty profile) gets exactly the unpersonalized ranking.

Adjustment for a candidate (added to its 0..1 ranking score):
  + LIKE_WEIGHT * closeness to the most similar liked phone (document cosine mapped from
    [SIMILAR_FROM, 1] to [0, 1]); phones the shopper only opened count a third as much;
  - DISLIKE_PHONE for a disliked phone itself, DISLIKE_FAMILY for another variant of its family,
    and DISLIKE_WEIGHT * closeness to the most similar disliked phone otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from advisor.catalog.model import Catalog
from advisor.errors import CatalogError
from index import VectorIndex

LIKE_WEIGHT = 0.25
OPENED_FACTOR = 1 / 3
DISLIKE_PHONE = 0.6
DISLIKE_FAMILY = DISLIKE_PHONE  # another storage size of a disliked phone is the same phone to the shopper
DISLIKE_WEIGHT = 0.15
SIMILAR_FROM = 0.6
MENTION_FROM = 0.05
"""A boost at least this large is shown to the shopper ("ranked higher because you liked ...")."""


@dataclass(frozen=True)
class Profile:
    """What a shopper did before: phone ids liked, disliked and opened (oldest first)."""

    liked: tuple[str, ...] = ()
    disliked: tuple[str, ...] = ()
    opened: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True for a new shopper."""
        return not (self.liked or self.disliked or self.opened)


@dataclass(frozen=True)
class Adjustment:
    """A personal score change and the remembered phone that caused it."""

    delta: float
    because: str  # phone id
    liked: bool


def adjustments(profile: Profile, catalog: Catalog, index: VectorIndex,
                positions: Iterable[int]) -> Mapping[int, Adjustment]:
    """Score changes for the given catalog positions (only non-zero ones are returned)."""
    if profile.empty:
        return {}
    positions = list(positions)
    liked = _known(catalog, profile.liked)
    opened = [i for i in _known(catalog, profile.opened) if i not in liked]
    disliked = _known(catalog, profile.disliked)
    disliked_families = {catalog[i].family: i for i in disliked}
    candidates = index.vectors(positions)
    out: dict[int, Adjustment] = {}
    pull = _closest(candidates, index, liked, LIKE_WEIGHT) + _closest(candidates, index, opened,
                                                                       LIKE_WEIGHT * OPENED_FACTOR)
    push = _closest(candidates, index, disliked, DISLIKE_WEIGHT)
    for row, pos in enumerate(positions):
        phone = catalog[pos]
        if pos in disliked:
            out[pos] = Adjustment(-DISLIKE_PHONE, phone.id, False)
            continue
        if phone.family in disliked_families:
            out[pos] = Adjustment(-DISLIKE_FAMILY, catalog[disliked_families[phone.family]].id, False)
            continue
        best_pull = max(((w, src) for w, src in (p[row] for p in pull)), default=(0.0, -1))
        best_push = max(((w, src) for w, src in (p[row] for p in push)), default=(0.0, -1))
        delta = best_pull[0] - best_push[0]
        if delta > 0:
            out[pos] = Adjustment(delta, catalog[best_pull[1]].id, True)
        elif delta < 0:
            out[pos] = Adjustment(delta, catalog[best_push[1]].id, False)
    return out


def _known(catalog: Catalog, ids: Iterable[str]) -> list[int]:
    out = []
    for phone_id in dict.fromkeys(ids):
        try:
            out.append(catalog.position(phone_id))
        except CatalogError:
            continue  # a phone removed from the catalog since the shopper saw it
    return out


def _closest(candidates: np.ndarray, index: VectorIndex, sources: list[int],
             weight: float) -> list[list[tuple[float, int]]]:
    """Per source list: for each candidate row, (weighted closeness, source position) of the nearest source."""
    if not sources or not len(candidates):
        return []
    sims = candidates @ index.vectors(sources).T
    best = sims.argmax(axis=1)
    closeness = np.clip((sims.max(axis=1) - SIMILAR_FROM) / (1 - SIMILAR_FROM), 0.0, 1.0)
    return [[(float(weight * c), sources[int(b)]) for c, b in zip(closeness, best)]]
