"""Run the evaluation cases through our advisor and two baselines in one process.

Baselines (no constraint handling at all, as a plain search box would behave):
- bm25: bm25s over the phone documents, the conversation's turns joined as the query;
- base-encoder: the pretrained encoder alone with a FAISS index over the same documents.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from advisor._measures import percentile
from advisor._tables import aligned_table
from advisor.catalog.model import Catalog, Phone
from advisor.engine import Advisor
from advisor.errors import AdvisorError
from advisor.evaluation.cases import KINDS, EvalCase
from advisor.evaluation.metrics import ndcg_at, precision_at
from advisor.explain.answer import Answer
from advisor.retrieval.catalog_index import build_index
from advisor.retrieval.documents import phone_document

TOP_K = 10


@dataclass
class KindScores:
    """Accumulated figures of one system on one kind of case."""

    cases: int = 0
    precision: list[float] = field(default_factory=list)
    ndcg: list[float] = field(default_factory=list)
    flagged: list[bool] = field(default_factory=list)
    unsupported_named: list[bool] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float | int | None]:
        """Means and latency percentiles (ms)."""
        def mean(xs):
            return round(sum(xs) / len(xs), 3) if xs else None

        return {"cases": self.cases, "precision@5": mean(self.precision), "ndcg@10": mean(self.ndcg),
                "impossible_flagged": mean([float(x) for x in self.flagged]),
                "unsupported_named": mean([float(x) for x in self.unsupported_named]),
                "p50_ms": round(percentile(self.latencies, 50) * 1000, 1),
                "p95_ms": round(percentile(self.latencies, 95) * 1000, 1)}


@dataclass
class EvalReport:
    """Scores per system and per kind."""

    systems: dict[str, dict[str, KindScores]]

    def table(self) -> str:
        """A printable table, one line per (system, kind)."""
        cols = ("cases", "precision@5", "ndcg@10", "impossible_flagged", "unsupported_named", "p50_ms", "p95_ms")
        rows: list[list[object]] = [["system", "kind", *cols]]
        for system, kinds in self.systems.items():
            for kind, scores in kinds.items():
                row = scores.row()
                rows.append([system, kind, *("-" if row[c] is None else row[c] for c in cols)])
        return aligned_table(rows, widths=(13, 18, *(19,) * len(cols)), right=range(2, 2 + len(cols)), gap="")


System = Callable[[EvalCase], tuple[list[Phone], bool, tuple[str, ...], list[float]]]
"""case -> (ranked family-level phones, flagged as impossible, unsupported named, per-turn latencies)."""


def run_evaluation(advisor: Advisor, cases: Sequence[EvalCase], baselines: bool = True) -> EvalReport:
    """Score the advisor (and, unless disabled, both baselines) on every case."""
    catalog = advisor.catalog
    systems: dict[str, System] = {"advisor": _advisor_system(advisor)}
    if baselines:
        systems["bm25"] = _bm25_system(catalog)
        systems["base-encoder"] = _encoder_system(advisor)
    report: dict[str, dict[str, KindScores]] = {}
    for name, system in systems.items():
        per_kind = {k: KindScores() for k in KINDS if any(c.kind == k for c in cases)}
        for case in cases:
            scores = per_kind[case.kind]
            ranked, flagged, named, latencies = system(case)
            scores.cases += 1
            scores.latencies.extend(latencies)
            if case.impossible:
                scores.flagged.append(flagged)
                if not flagged:
                    scores.failures.append(case.id)
            else:
                p = precision_at(case, ranked, 5)
                n = ndcg_at(case, ranked, catalog, TOP_K)
                scores.precision.append(0.0 if p is None else p)
                if n is not None:
                    scores.ndcg.append(n)
                if p is None or p < 1.0:
                    scores.failures.append(case.id)
            if case.unsupported:
                said = " ".join(named).lower()
                scores.unsupported_named.append(all(u.lower() in said for u in case.unsupported))
        report[name] = per_kind
    return EvalReport(report)


def _advisor_system(advisor: Advisor) -> System:
    def run(case: EvalCase):
        session = advisor.session()
        latencies: list[float] = []
        answer: Answer | None = None
        for turn in case.turns:
            started = time.perf_counter()
            try:
                answer = session.ask(turn)
            except AdvisorError:  # a polite refusal ("no phones on screen yet") shows no phones
                return [], False, (), latencies + [time.perf_counter() - started]
            latencies.append(time.perf_counter() - started)
        if answer is None:
            raise ValueError(f"Evaluation case {case.id} has no turns.")
        ranking = session.ranking()
        ranked = [r.phone for r in ranking.matches][:TOP_K]
        return ranked, not answer.exact, answer.unsupported, latencies

    return run


def _dedupe(phones: Sequence[Phone]) -> list[Phone]:
    seen: dict[str, Phone] = {}
    for p in phones:
        seen.setdefault(p.family, p)
    return list(seen.values())[:TOP_K]


def _bm25_system(catalog: Catalog) -> System:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG

    corpus = [phone_document(p) for p in catalog]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, show_progress=False), show_progress=False)

    def run(case: EvalCase):
        started = time.perf_counter()
        tokens = bm25s.tokenize([" ".join(case.turns)], show_progress=False)
        k = min(len(corpus), 60)
        docs, _ = retriever.retrieve(tokens, k=k, show_progress=False)
        ranked = _dedupe([catalog[int(i)] for i in docs[0]])
        return ranked, False, (), [time.perf_counter() - started]

    return run


def _encoder_system(advisor: Advisor) -> System:
    from advisor.retrieval.encoder import Encoder

    res = advisor.resources
    encoder = res.encoder if res.model_version == "base" else Encoder(advisor.settings.base_model)
    index = res.index if res.model_version == "base" else build_index(res.catalog, encoder)

    def run(case: EvalCase):
        started = time.perf_counter()
        hits = index.search(encoder.encode([" ".join(case.turns)]), k=60)[0]
        ranked = _dedupe([res.catalog[h.id] for h in hits])
        return ranked, False, (), [time.perf_counter() - started]

    return run
