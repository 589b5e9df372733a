"""Held-out evaluation: nDCG@10 and Recall@10 of shopper queries against the phones that answer them.

Retrieval goes through the serving path (`advisor.retrieval.catalog_index.build_index` over the whole catalog),
so a score measures what shoppers would get. Metric keys:

- ``ndcg@10``, ``recall@10``: all held-out queries, ranking every phone (the primary metric is nDCG@10);
- ``vague.*``, ``numeric.*``, ``en.*``, ``zh.*``: the same over one subset of the queries;
- ``unseen_phones.*``: ranking only the held-out phones, relevance restricted to them;
- ``<set>.*``: extra named query sets scored the same way (e.g. ``dev_vague``, the vague-intent cases of
  the advisor's development evaluation, see `advisor.models.training.hooks`);
- ``<hook>.*``: whatever a plugged-in evaluator (Encoder -> metrics) returns.

Named sets reuse the catalog index of the run and cost only their queries; hooks are free-form.
An evaluator without hooks has a `fingerprint` (its queries, relevance, held-out phones, k and the
metric definitions), so that figures already measured for a model can be reused (`Registry.cached_evaluation`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence

from advisor._measures import ndcg
from advisor.catalog.model import Catalog
from advisor.errors import TrainingError
from advisor.models.training.pairs import EvalQuery
from advisor.retrieval.catalog_index import build_index
from advisor.retrieval.encoder import Encoder
from index import VectorIndex

# Bump when a metric's definition changes: cached figures computed under the old one stop matching.
_METRICS_VERSION = 1

MetricHook = Callable[[Encoder], Mapping[str, float]]
"""An extra evaluator: takes an Encoder, returns metrics (name -> value, higher is better)."""


def ndcg_at_k(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    """Binary-relevance nDCG@k: DCG of the top k over the DCG of an ideal ranking."""
    score = ndcg([1.0 if item in relevant else 0.0 for item in ranked[:k]], [1.0] * min(k, len(relevant)))
    return 0.0 if score is None else score


def recall_at_k(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    """Share of the relevant phones found in the top k, capped: divided by min(|relevant|, k).

    The cap matters here: a wish like "long battery life" can have dozens of relevant phones, and
    plain recall@10 could then never exceed 10/|relevant|.
    """
    if not relevant:
        return 0.0
    found = sum(1 for item in ranked[:k] if item in relevant)
    return found / min(len(relevant), k)


class Evaluator:
    """Scores an Encoder on held-out queries; `primary_metric` is what the negative-transfer guard compares."""

    primary_metric = "ndcg@10"

    def __init__(self, catalog: Catalog, queries: Sequence[EvalQuery], heldout_phone_ids: frozenset[str], *,
                 k: int = 10, query_sets: Mapping[str, Sequence[EvalQuery]] | None = None,
                 hooks: Mapping[str, MetricHook] | None = None):
        if not queries:
            raise TrainingError("The evaluator needs at least one held-out query; is the catalog too small?")
        self.catalog = catalog
        self.queries = tuple(queries)
        self.query_sets = {name: tuple(qs) for name, qs in (query_sets or {}).items() if qs}
        self.heldout_phone_ids = frozenset(heldout_phone_ids)
        self.k = k
        self.hooks: dict[str, MetricHook] = dict(hooks or {})

    @property
    def fingerprint(self) -> str | None:
        """What the figures depend on besides the model and catalog; None with hooks (opaque code) plugged in."""
        if self.hooks:
            return None
        data = {"version": _METRICS_VERSION, "k": self.k, "queries": _described(self.queries),
                "heldout_phones": sorted(self.heldout_phone_ids),
                "query_sets": {name: _described(qs) for name, qs in sorted(self.query_sets.items())}}
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]

    def __call__(self, encoder: Encoder, index: VectorIndex | None = None) -> dict[str, float]:
        """Metrics of `encoder`; pass the catalog index built with it to avoid embedding the catalog twice."""
        index = index if index is not None else build_index(self.catalog, encoder)
        vectors = encoder.encode([q.text for q in self.queries])
        ranked_all = self._ranked(index, vectors)
        heldout_positions = [self.catalog.position(pid) for pid in sorted(self.heldout_phone_ids)]
        ranked_unseen = [[self.catalog[h.id].id for h in hits]
                         for hits in index.search(vectors, self.k, allowed_ids=heldout_positions)]

        metrics: dict[str, float] = {}
        everything = range(len(self.queries))
        groups: dict[str, Sequence[int]] = {"": everything}
        for attribute, values in (("kind", ("vague", "numeric")), ("language", ("en", "zh"))):
            for value in values:
                groups[f"{value}."] = [i for i in everything if getattr(self.queries[i], attribute) == value]
        for prefix, members in groups.items():
            metrics.update(self._score(prefix, members, ranked_all, lambda q: q.relevant))
        metrics.update(self._score("unseen_phones.", everything, ranked_unseen,
                                   lambda q: q.relevant & self.heldout_phone_ids))
        metrics["queries"] = float(len(self.queries))
        for name, queries in self.query_sets.items():
            ranked = self._ranked(index, encoder.encode([q.text for q in queries]))
            scored = [(r, q.relevant) for r, q in zip(ranked, queries)]
            metrics.update(_means(f"{name}.", scored, self.k))
        for name, hook in self.hooks.items():
            metrics.update({f"{name}.{key}": float(value) for key, value in hook(encoder).items()})
        return metrics

    def _ranked(self, index: VectorIndex, vectors) -> list[list[str]]:
        return [[self.catalog[h.id].id for h in hits] for hits in index.search(vectors, self.k)]

    def _score(self, prefix: str, members: Sequence[int], ranked: list[list[str]],
               relevant_of: Callable[[EvalQuery], frozenset[str]]) -> dict[str, float]:
        scored = [(ranked[i], relevant_of(self.queries[i])) for i in members]
        return _means(prefix, scored, self.k)


def _described(queries: Sequence[EvalQuery]) -> list[list]:
    return [[q.text, sorted(q.relevant), q.aspect, q.language, q.kind] for q in queries]


def _means(prefix: str, scored: Sequence[tuple[list[str], frozenset[str]]], k: int) -> dict[str, float]:
    scored = [(r, rel) for r, rel in scored if rel]
    if not scored:
        return {}
    return {
        f"{prefix}ndcg@{k}": sum(ndcg_at_k(r, rel, k) for r, rel in scored) / len(scored),
        f"{prefix}recall@{k}": sum(recall_at_k(r, rel, k) for r, rel in scored) / len(scored),
    }
