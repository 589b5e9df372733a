"""Extra evaluation sets plugged into the held-out evaluator.

`dev_vague_queries` turns the vague-intent cases of the advisor's development evaluation
(advisor.evaluation, data/eval_dev.jsonl) into queries for the encoder alone: the conversation's
turns joined, relevant = every catalog phone that satisfies the case's gold predicate. They are
written by hand independently of the training phrasings, so they are a second, outside check.
"""

from __future__ import annotations

import logging
from pathlib import Path

from advisor.catalog.model import Catalog
from advisor.models.training.pairs import EvalQuery
from advisor.understanding.scan import has_cjk

log = logging.getLogger(__name__)


def dev_vague_queries(catalog: Catalog, cases_path: Path | None = None) -> list[EvalQuery]:
    """The development set's vague cases as EvalQuery (empty when that set or its package is absent)."""
    try:
        from advisor.evaluation.cases import DEFAULT_CASES, load_cases
    except ImportError:
        log.info("advisor.evaluation is not available; no dev_vague metrics")
        return []
    path = cases_path or DEFAULT_CASES
    if not Path(path).is_file():
        return []
    queries = []
    for case in load_cases(path):
        if case.kind != "vague" or case.impossible:
            continue
        text = " ".join(case.turns)
        relevant = frozenset(p.id for p in catalog if case.satisfied_by(p))
        if relevant:
            queries.append(EvalQuery(text, relevant, case.id, "zh" if has_cjk(text) else "en", "dev_vague"))
    return queries
