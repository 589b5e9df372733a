"""Summary measures shared by the evaluations, the training evaluator and the bot's statistics.

One definition each, so that a figure means the same wherever it is printed: nDCG (graded gains, log2
discount) and percentiles (linear interpolation between closest ranks, `statistics`' "inclusive" method).
Standard library only: the bot imports this without numpy or the model code.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain of gains listed in rank order (rank 1 first)."""
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg(gains: Sequence[float], ideal: Sequence[float]) -> float | None:
    """DCG of `gains` over the DCG of the `ideal` ranking's gains; None when the ideal has no gain at all."""
    best = dcg(ideal)
    return dcg(gains) / best if best else None


def percentile(values: Sequence[float], q: int) -> float:
    """The q-th percentile (q in 1..99) by linear interpolation; the value itself for one, 0 for none."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]
