"""Ranking metrics over family-level result lists."""

from __future__ import annotations

from collections.abc import Sequence

from advisor._measures import ndcg
from advisor.catalog.model import Catalog, Phone
from advisor.evaluation.cases import EvalCase


def precision_at(case: EvalCase, results: Sequence[Phone], k: int = 5) -> float | None:
    """Share of the top k that satisfy the gold predicate (None when nothing was returned)."""
    top = list(results)[:k]
    if not top:
        return None
    return sum(case.satisfied_by(p) for p in top) / len(top)


def gains(case: EvalCase, phones: Sequence[Phone], relevant: Sequence[Phone]) -> list[float]:
    """Graded gain per phone: 0 if it fails the gold; 1, plus up to 2 more for its rank on the case's order."""
    if not case.order:
        return [1.0 if case.satisfied_by(p) else 0.0 for p in phones]
    desc = case.order.get("desc", False)
    values = sorted(v for p in relevant if (v := case.order_value(p)) is not None)
    out = []
    for p in phones:
        if not case.satisfied_by(p):
            out.append(0.0)
            continue
        v = case.order_value(p)
        if v is None or not values:
            out.append(1.0)
            continue
        below = sum(1 for x in values if x < v)
        above = sum(1 for x in values if x > v)
        better = above if desc else below
        quality = 1.0 - better / max(1, len(values) - 1)
        out.append(1.0 + 2.0 * max(0.0, quality))
    return out


def ndcg_at(case: EvalCase, results: Sequence[Phone], catalog: Catalog, k: int = 10) -> float | None:
    """nDCG@k of a family-level result list against the ideal list built from the whole catalog."""
    relevant = _one_per_family([p for p in catalog if case.satisfied_by(p)], case)
    if not relevant:
        return None
    got = gains(case, list(results)[:k], relevant)
    ideal = sorted(gains(case, relevant, relevant), reverse=True)[:k]
    return ndcg(got, ideal)


def _one_per_family(phones: list[Phone], case: EvalCase) -> list[Phone]:
    best: dict[str, Phone] = {}
    desc = bool(case.order and case.order.get("desc"))
    for p in phones:
        current = best.get(p.family)
        if current is None:
            best[p.family] = p
            continue
        a, b = case.order_value(p), case.order_value(current)
        if a is not None and (b is None or (a > b if desc else a < b)):
            best[p.family] = p
    return list(best.values())

