"""The transfer ablation: variants of the training config, each over several seeds, with honest statistics.

A variant is a named set of config switches (the source on or off, how its sentences are paired and
weighted, feature alignment, the schedule). Every variant is trained with every seed on the same
held-out split; nothing is registered. The base model's embeddings, the catalog and the evaluator
are computed once and shared by all runs. Per metric, a variant reports the mean and the range
(min-max) over seeds; a difference to the reference counts only when the two ranges do not overlap.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from statistics import mean
from typing import Any

from advisor.config import Settings
from advisor.errors import ConfigValueError, TrainingError
from advisor.models.registry import Registry
from advisor.models.training.config import TrainingConfig
from advisor.models.training.loop import Progress, ProgressCallback
from advisor.models.training.pipeline import (
    BaseVectors,
    base_index_dir,
    load_base,
    peak_rss_mb,
    prepare,
    train_candidate,
)
from advisor.retrieval.catalog_index import load_or_build_index
from advisor.retrieval.encoder import Encoder

# Every variant starts from the seed design's switches (generic aspect pairs, similarity weights,
# no alignment, joint loss) whatever the config's defaults, and changes a few; the guard is off so
# that each variant is measured as configured.
NEUTRAL: Mapping[str, Any] = {"source_pairing": "aspects", "use_weighting": True, "weighting": "similarity",
                              "weight_temperature": 0.0, "source_top_fraction": 1.0, "align_loss": "none",
                              "schedule": "joint", "source_guard": False}
VARIANTS: Mapping[str, Mapping[str, Any]] = {
    "target-only": {"use_source": False},
    "aspects": {"use_source": True, "source_pairing": "aspects"},  # the seed design: generic aspect pairs
    "aspects-uniform": {"use_source": True, "source_pairing": "aspects", "use_weighting": False},
    "aspects-top30": {"use_source": True, "source_pairing": "aspects", "weight_temperature": 0.02,
                      "source_top_fraction": 0.3},
    "aspects-classifier": {"use_source": True, "source_pairing": "aspects", "weighting": "classifier"},
    "intents": {"use_source": True, "source_pairing": "intents"},
    "intents-classifier": {"use_source": True, "source_pairing": "intents", "weighting": "classifier"},
    "intents-coral": {"use_source": True, "source_pairing": "intents", "align_loss": "coral"},
    "intents-mean": {"use_source": True, "source_pairing": "intents", "align_loss": "mean"},
    "intents-sequential": {"use_source": True, "source_pairing": "intents", "schedule": "sequential"},
}
DEFAULT_VARIANTS = ("target-only", "aspects", "aspects-top30", "aspects-classifier", "intents", "intents-mean",
                    "intents-sequential")
REFERENCE = "target-only"
# The bar for the source to earn its place: this much over target-only, beyond the spread.
REQUIRED_GAIN = {"ndcg@10": 0.02, "vague.ndcg@10": 0.02}
METRICS = ("ndcg@10", "vague.ndcg@10", "zh.ndcg@10", "dev_vague.ndcg@10", "domain_distance_before",
           "domain_distance_after")


@dataclass(frozen=True)
class Spread:
    """Mean and range of one metric over seeds."""

    mean: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """The spread of `values` (at least one)."""
        return cls(mean(values), min(values), max(values))


@dataclass(frozen=True)
class VariantResult:
    """One variant over all seeds: its switches, each seed's metrics and their spread."""

    name: str
    switches: dict[str, Any]
    seeds: tuple[int, ...]
    runs: tuple[dict[str, float], ...]  # per seed, in `seeds` order
    train_seconds: float  # summed over seeds

    def spread(self, metric: str) -> Spread | None:
        """Mean and range of `metric`, or None if no run reported it."""
        values = [run[metric] for run in self.runs if metric in run]
        return Spread.of(values) if values else None


@dataclass(frozen=True)
class Verdict:
    """How a variant compares with the reference on one metric."""

    metric: str
    gain: float  # difference of the means
    word: str  # "better", "worse" or "within spread"
    meets_goal: bool  # better by at least REQUIRED_GAIN[metric], ranges apart


@dataclass(frozen=True)
class Ablation:
    """Everything one ablation measured."""

    preset: str
    config: TrainingConfig
    seeds: tuple[int, ...]
    base_metrics: dict[str, float]
    variants: tuple[VariantResult, ...]
    wall_seconds: float
    peak_rss_mb: float

    def variant(self, name: str) -> VariantResult:
        """The result of the variant called `name`."""
        return next(v for v in self.variants if v.name == name)

    def verdicts(self, name: str, reference: str = REFERENCE) -> list[Verdict]:
        """`name` against `reference` on the metrics of REQUIRED_GAIN."""
        return [compare(self.variant(name), self.variant(reference), metric) for metric in REQUIRED_GAIN]


def compare(variant: VariantResult, reference: VariantResult, metric: str) -> Verdict:
    """`variant` vs `reference` on `metric`: better or worse only when the seed ranges do not overlap."""
    a, b = variant.spread(metric), reference.spread(metric)
    if a is None or b is None:
        raise TrainingError(f"No run of {variant.name} or {reference.name} reported {metric}; nothing to compare.")
    gain = a.mean - b.mean
    if len(variant.runs) < 2 or len(reference.runs) < 2:
        word = "one seed, no spread"
    elif a.low > b.high:
        word = "better"
    elif a.high < b.low:
        word = "worse"
    else:
        word = "within spread"
    return Verdict(metric, gain, word, word == "better" and gain >= REQUIRED_GAIN.get(metric, 0.0))


def run_ablation(settings: Settings, config: TrainingConfig, *, seeds: Sequence[int], preset: str,
                 variants: Sequence[str] = DEFAULT_VARIANTS, progress: ProgressCallback | None = None,
                 base_encoder: Encoder | None = None, stop: threading.Event | None = None) -> Ablation:
    """Train every variant of `config` with every seed (nothing registered) and collect the figures."""
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise ConfigValueError(f"Unknown ablation variants: {', '.join(unknown)}; choose from {', '.join(VARIANTS)}.")
    if len(seeds) < 1 or len(set(seeds)) != len(seeds):
        raise ConfigValueError(f"Give distinct seeds (at least one), got {list(seeds)}.")
    started = time.monotonic()
    emit = progress or (lambda _: None)
    base = base_encoder or load_base(settings, emit)
    vectors = BaseVectors(base)
    registry = Registry(settings.models_dir, settings.factory_model)
    shared: dict[str, Any] = {}
    base_metrics: dict[str, float] = {}
    results = []
    for name in variants:
        switches = {**NEUTRAL, **VARIANTS[name]}
        runs, seconds = [], 0.0
        for seed in seeds:
            variant = config.with_changes(**switches, seed=seed)
            prep = prepare(settings, variant, vectors, emit, **shared)
            if not shared:
                shared = {"catalog": prep.catalog, "evaluator": prep.evaluator}
                emit(Progress("evaluating the base model"))
                index = load_or_build_index(prep.catalog, base, base_index_dir(settings, base))
                base_metrics = prep.evaluator(base, index)
            emit(Progress(f"ablation: {name}, seed {seed}"))
            with registry.scratch_dir() as scratch:
                candidate = train_candidate(settings, prep, variant, base, scratch / "adapter", emit, stop)
            metrics = dict(candidate.metrics)
            for key, value in (("domain_distance_before", prep.distance_before),
                               ("domain_distance_after", candidate.distance_after)):
                if value is not None:
                    metrics[key] = value
            metrics["source_pairs"] = float(len(prep.source_pairs))
            runs.append(metrics)
            seconds += candidate.loop.seconds
        results.append(VariantResult(name, switches, tuple(seeds), tuple(runs), seconds))
    return Ablation(preset, config, tuple(seeds), base_metrics, tuple(results), time.monotonic() - started,
                    peak_rss_mb())


def render_ablation(ablation: Ablation, cell: Callable[[Spread | None], str] | None = None) -> str:
    """The table: one row per variant, mean [min-max] over seeds per metric, then the verdicts."""
    cell = cell or _cell
    seeds = ", ".join(str(s) for s in ablation.seeds)
    c = ablation.config
    lines = [
        f"Ablation, {len(ablation.seeds)} seeds ({seeds}), preset {ablation.preset}: {c.max_steps} steps of "
        f"{c.batch_size}, max_length {c.max_length}, lr {c.learning_rate:g}; mean [min-max] over seeds",
        f"{'variant':<20}{'ndcg@10':>22}{'vague':>22}{'zh':>22}{'dev_vague':>22}{'d(S,T) before':>22}"
        f"{'d(S,T) after':>22}{'train s':>9}",
    ]
    base = {k: Spread(v, v, v) for k, v in ablation.base_metrics.items()}
    lines.append(f"{'base model':<20}" + "".join(f"{cell(base.get(m)):>22}" for m in METRICS[:4]) + f"{'':>53}")
    for variant in ablation.variants:
        lines.append(f"{variant.name:<20}" + "".join(f"{cell(variant.spread(m)):>22}" for m in METRICS)
                     + f"{variant.train_seconds:>9.0f}")
    if any(v.name == REFERENCE for v in ablation.variants):
        lines.append("")
        lines.append(f"against {REFERENCE} (a difference counts only when the seed ranges do not overlap; "
                     f"goal: +{REQUIRED_GAIN['ndcg@10']:.2f} held-out and vague nDCG@10):")
        for variant in ablation.variants:
            if variant.name == REFERENCE:
                continue
            verdicts = ablation.verdicts(variant.name)
            parts = [f"{v.metric} {v.gain:+.4f} {v.word}" for v in verdicts]
            goal = "meets the goal" if all(v.meets_goal for v in verdicts) else "does not meet the goal"
            lines.append(f"  {variant.name:<20}{'; '.join(parts)}; {goal}")
    lines.append(f"total time {ablation.wall_seconds:.0f} s, peak memory {ablation.peak_rss_mb:.0f} MiB")
    return "\n".join(lines)


def _cell(spread: Spread | None) -> str:
    if spread is None:
        return "-"
    return f"{spread.mean:.3f} [{spread.low:.3f}-{spread.high:.3f}]"
