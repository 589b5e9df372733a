"""The development evaluation: cases with gold predicates, metrics, and the systems compared."""

from advisor.evaluation.cases import EvalCase, load_cases
from advisor.evaluation.runner import EvalReport, run_evaluation

__all__ = ["EvalCase", "EvalReport", "load_cases", "run_evaluation"]
