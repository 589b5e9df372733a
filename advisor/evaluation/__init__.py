"""The development evaluation: cases with gold predicates, metrics, the systems compared, and the
request generator. Names are imported on first use, so the generator does not load the advisor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor._lazy import lazy_exports

_EXPORTS = {
    "EvalCase": "advisor.evaluation.cases",
    "EvalReport": "advisor.evaluation.runner",
    "load_cases": "advisor.evaluation.cases",
    "run_evaluation": "advisor.evaluation.runner",
}

# a literal list, so that linters see the names above as exported
__all__ = ["EvalCase", "EvalReport", "load_cases", "run_evaluation"]

if TYPE_CHECKING:  # what mypy sees; at run time each name loads on first use through _EXPORTS
    from advisor.evaluation.cases import EvalCase, load_cases
    from advisor.evaluation.runner import EvalReport, run_evaluation

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
