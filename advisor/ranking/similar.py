""""More like this" and upgrade advice: phones close to (or meaningfully better than) a given one.

Both only consider phones that match the constraints in force, never the phone's own family.

Similarity = SIM_TEXT * document cosine + (1 - SIM_TEXT) * spec closeness, where spec closeness
is 1 minus the mean absolute percentile gap over SPEC_ASPECTS.

An upgrade must be at least as new as the owned phone and meaningfully better (MEANINGFUL) on
at least two of the aspects the shopper cares about (their intents' aspects, else
UPGRADE_ASPECTS), or on the first one when they named a single intent; it must not be
meaningfully worse on that first aspect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from advisor.catalog.model import Phone
from advisor.ranking.aspects import INTENT_ASPECTS, Percentiles

SIM_TEXT = 0.6
SPEC_ASPECTS = ("performance", "battery_mah", "screen_in", "weight_g", "main_camera_mp", "price")
UPGRADE_ASPECTS = ("performance", "battery_mah", "main_camera_mp", "front_camera_mp", "ram_gb", "storage_gb")
MEANINGFUL = {  # (kind, threshold): "abs" differences or "rel" ratios over the owned value
    "performance": ("rel", 0.15), "battery_mah": ("rel", 0.10), "main_camera_mp": ("rel", 0.25),
    "front_camera_mp": ("rel", 0.25), "ram_gb": ("abs", 2.0), "storage_gb": ("rel", 1.0),
    "screen_in": ("abs", 0.3), "year": ("abs", 2.0), "weight_g": ("abs", -15.0),
}


@dataclass(frozen=True)
class Scored:
    """A candidate with its score."""

    phone: Phone
    score: float


def similar(reference: Phone, candidates: Sequence[Phone], vectors: np.ndarray, percentiles: Percentiles,
            market: str, cheaper: bool = False, newer: bool = False, limit: int = 5) -> list[Scored]:
    """The phones most like `reference` among `candidates` (vectors: their documents' embeddings,
    reference first), optionally only cheaper or newer ones; one per family, best first."""
    ref_vec, cand_vecs = vectors[0], vectors[1:]
    ref_price, ref_year = reference.price(market), reference.year or 0
    scored = []
    for phone, vec in zip(candidates, cand_vecs):
        if phone.family == reference.family:
            continue
        price = phone.price(market)
        if cheaper and (price is None or ref_price is None or price >= ref_price):
            continue
        if newer and (phone.year or 0) <= ref_year:
            continue
        gaps = [abs(percentiles.rank(phone, a, market) - percentiles.rank(reference, a, market)) for a in SPEC_ASPECTS]
        closeness = 1.0 - sum(gaps) / len(gaps)
        scored.append(Scored(phone, SIM_TEXT * float(vec @ ref_vec) + (1 - SIM_TEXT) * closeness))
    return _one_per_family(scored, limit)


def focus_for_upgrade(intents: Sequence[str]) -> tuple[str, ...]:
    """The aspects an upgrade must improve, most important first."""
    chosen = [a for i in intents for a, w in sorted(INTENT_ASPECTS.get(i, {}).items(), key=lambda kv: -kv[1])
              if w > 0 and a in MEANINGFUL]
    return tuple(dict.fromkeys(chosen)) or UPGRADE_ASPECTS


def improvement(new: Phone, old: Phone, aspect: str) -> float:
    """How much better `new` is on an aspect, in multiples of the meaningful step (negative: worse)."""
    a, b = new.spec(aspect), old.spec(aspect)
    if a is None or b is None:
        return 0.0
    kind, step = MEANINGFUL[aspect]
    if kind == "rel":
        return 0.0 if b <= 0 else (a - b) / b / step
    return (a - b) / step


def upgrades(owned: Phone, candidates: Sequence[Phone], intents: Sequence[str], percentiles: Percentiles,
             market: str, limit: int = 5) -> list[Scored]:
    """Phones meaningfully better than `owned` on what the shopper cares about; one per family."""
    focus = focus_for_upgrade(intents)
    need = 1 if len(intents) == 1 else 2
    scored = []
    for phone in candidates:
        if phone.family == owned.family or (phone.year or 0) < (owned.year or 0):
            continue
        gains = {a: improvement(phone, owned, a) for a in focus}
        better = tuple(a for a in focus if gains[a] >= 1.0)
        if len(better) < need or (need == 1 and focus[0] not in better) or gains[focus[0]] <= -1.0:
            continue
        total = sum(min(g, 4.0) for g in gains.values() if g > 0)
        value = percentiles.rank(phone, "price", market)  # mild preference for cheaper upgrades
        scored.append(Scored(phone, total - 0.5 * value))
    return _one_per_family(scored, limit)


def _one_per_family(scored: list[Scored], limit: int) -> list[Scored]:
    best: dict[str, Scored] = {}
    for s in sorted(scored, key=lambda s: (-s.score, s.phone.id)):
        best.setdefault(s.phone.family, s)
    return list(best.values())[:limit]
