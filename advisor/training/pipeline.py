"""Retraining pipeline: data -> LoRA training -> held-out evaluation -> negative-transfer guard -> registry.

`train_and_register` is what `phone-advisor train` and the bot's admin command call. The candidate
is always registered (with the guard's verdict, for the record); it is promoted only when it beats
the model served now by `Settings.promote_margin` on the evaluator's primary metric (nDCG@10).
`run_ablation` trains variants without registering them, to show what source data and instance
weighting contribute.
"""

from __future__ import annotations

import resource
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from advisor.catalog import Catalog, load_catalog
from advisor.config import Settings
from advisor.encoder import Encoder
from advisor.errors import ModelError, TrainingError
from advisor.registry import Registry
from advisor.retrieval import build_index, load_or_build_index
from advisor.training.config import TrainingConfig
from advisor.training.evaluate import Evaluator, MetricHook
from advisor.training.hooks import dev_vague_queries
from advisor.training.loop import LoopResult, Progress, ProgressCallback, train_lora
from advisor.training.pairs import TargetSplit, TrainingPair, build_target_split
from advisor.training.source import SourceData, load_source_pairs
from advisor.training.weighting import domain_distance, instance_weights
from index import VectorIndex


@dataclass(frozen=True)
class TrainingReport:
    """Everything one run measured and decided."""

    version_id: str
    promoted: bool
    verdict: str  # "promoted", "negative_transfer", or "superseded" (better, but the served model changed meanwhile)
    reason: str
    primary_metric: str
    margin: float
    base_metrics: dict[str, float]
    current_id: str | None  # the version served before this run (None: the base model)
    current_metrics: dict[str, float]
    candidate_metrics: dict[str, float]
    domain_distance_before: float | None  # None without source data
    domain_distance_after: float | None
    source_note: str
    source_pairs: int  # source pairs trained on (0 in a target-only run)
    source_weight_range: tuple[float, float] | None  # (min, max) instance weight, scaled to mean 1
    target_pairs: int
    heldout_queries: int
    heldout_phones: int
    feedback_used: int
    feedback_skipped: int
    steps: int
    first_loss: float
    final_loss: float
    train_seconds: float
    wall_seconds: float
    peak_rss_mb: float
    catalog_phones: int
    config: TrainingConfig


@dataclass(frozen=True)
class AblationRow:
    """One variant of an ablation: its name, config switches and held-out figures."""

    name: str
    use_source: bool
    use_weighting: bool
    metrics: dict[str, float]
    domain_distance_after: float | None
    train_seconds: float


@dataclass(frozen=True)
class _Prepared:
    catalog: Catalog
    split: TargetSplit
    source: SourceData
    source_pairs: tuple[TrainingPair, ...]  # weighted (mean weight 1)
    source_texts: tuple[str, ...]
    distance_before: float | None
    evaluator: Evaluator


@dataclass(frozen=True)
class _Candidate:
    encoder: Encoder
    metrics: dict[str, float]
    index: VectorIndex
    distance_after: float | None
    loop: LoopResult


def train_and_register(settings: Settings, config: TrainingConfig, progress: ProgressCallback | None = None,
                       feedback_pairs: Iterable[tuple[str, str]] = (), *, base_encoder: Encoder | None = None,
                       stop: threading.Event | None = None,
                       hooks: Mapping[str, MetricHook] | None = None) -> TrainingReport:
    """Train a candidate, judge it against the served model on held-out data, register it, promote if better.

    `feedback_pairs` are (query, phone_id) pairs from shoppers who opted in. `hooks` add evaluators
    (reported, not used by the guard). Setting `stop` ends training between steps with TrainingError;
    nothing is registered then, and a killed process leaves only a staging directory that
    `Registry.clean_staging` removes.
    """
    started = time.monotonic()
    emit = progress or (lambda _: None)
    base = base_encoder or _load_base(settings, emit)
    prep = _prepare(settings, config, base, feedback_pairs, hooks, emit)
    registry = Registry(settings.models_dir)
    registry.clean_staging()
    current = registry.current()

    emit(Progress("evaluating the base model"))
    base_index = load_or_build_index(prep.catalog, base, _base_index_dir(settings, base))
    base_metrics = prep.evaluator(base, base_index)
    if current is None:
        current_metrics = base_metrics
    else:
        emit(Progress(f"evaluating the current model {current.id}"))
        current_encoder = registry.encoder_for(current, settings.base_model)
        current_metrics = prep.evaluator(current_encoder, registry.index_for(current, prep.catalog, current_encoder))

    with registry.scratch_dir() as scratch:
        candidate = _train_candidate(settings, prep, config, base, scratch / "adapter", emit, stop)
        primary = prep.evaluator.primary_metric
        gain = candidate.metrics[primary] - current_metrics[primary]
        accepted = gain > 0 and gain >= settings.promote_margin
        served = "the base model" if current is None else f"version {current.id}"
        reason = (f"{primary} {candidate.metrics[primary]:.4f} vs {current_metrics[primary]:.4f} for {served} "
                  f"({gain:+.4f}; margin {settings.promote_margin:.4f})")
        if stop is not None and stop.is_set():
            raise TrainingError("Training was stopped before the candidate was registered; nothing changed.")
        emit(Progress("registering"))
        metrics = {**candidate.metrics, **{f"base.{k}": v for k, v in base_metrics.items()},
                   **({} if current is None else {f"current.{k}": v for k, v in current_metrics.items()})}
        for name, value in (("domain_distance_before", prep.distance_before),
                            ("domain_distance_after", candidate.distance_after)):
            if value is not None:
                metrics[name] = value
        version = registry.create_version(
            adapter_dir=scratch / "adapter", catalog=prep.catalog, encoder=candidate.encoder,
            config=config.to_dict(), metrics=metrics, verdict="accepted" if accepted else "rejected",
            index=candidate.index)
    verdict = "promoted" if accepted else "negative_transfer"
    if accepted:
        try:
            registry.promote(version.id, expect_current=None if current is None else current.id)
        except ModelError as exc:  # an admin promoted or rolled back while we trained
            verdict, reason = "superseded", f"{reason}; {exc}"

    return TrainingReport(
        version_id=version.id, promoted=verdict == "promoted", verdict=verdict,
        reason=reason, primary_metric=primary, margin=settings.promote_margin, base_metrics=base_metrics,
        current_id=None if current is None else current.id, current_metrics=current_metrics,
        candidate_metrics=candidate.metrics, domain_distance_before=prep.distance_before,
        domain_distance_after=candidate.distance_after, source_note=prep.source.note,
        source_pairs=len(prep.source_pairs), source_weight_range=_weight_range(prep.source_pairs, config),
        target_pairs=len(prep.split.train_pairs),
        heldout_queries=len(prep.split.heldout_queries), heldout_phones=len(prep.split.heldout_phone_ids),
        feedback_used=prep.split.feedback_used, feedback_skipped=prep.split.feedback_skipped,
        steps=candidate.loop.steps, first_loss=candidate.loop.first_loss, final_loss=candidate.loop.final_loss,
        train_seconds=candidate.loop.seconds, wall_seconds=time.monotonic() - started,
        peak_rss_mb=peak_rss_mb(), catalog_phones=len(prep.catalog), config=config,
    )


def run_ablation(settings: Settings, config: TrainingConfig, progress: ProgressCallback | None = None, *,
                 base_encoder: Encoder | None = None, stop: threading.Event | None = None,
                 variants: Sequence[str] = ("full", "target-only", "no-weighting")) -> list[AblationRow]:
    """Train each variant of `config` (nothing is registered) and score it on the same held-out split.

    The first row is the base model. "full" is `config` as given, "target-only" drops the source
    domain, "no-weighting" keeps the source but with uniform instance weights.
    """
    emit = progress or (lambda _: None)
    base = base_encoder or _load_base(settings, emit)
    switches = {"full": {}, "target-only": {"use_source": False}, "no-weighting": {"use_weighting": False}}
    unknown = [v for v in variants if v not in switches]
    if unknown:
        raise ValueError(f"Unknown ablation variants: {', '.join(unknown)}; choose from {', '.join(switches)}.")
    rows: list[AblationRow] = []
    registry = Registry(settings.models_dir)
    seen: set[tuple[bool, bool]] = set()
    for name in variants:
        variant = config.with_changes(**switches[name])
        key = (variant.use_source, variant.use_weighting and variant.use_source)
        if key in seen:
            continue
        seen.add(key)
        prep = _prepare(settings, variant, base, (), None, emit)
        if not rows:
            emit(Progress("evaluating the base model"))
            base_index = load_or_build_index(prep.catalog, base, _base_index_dir(settings, base))
            rows.append(AblationRow("base model", False, False, prep.evaluator(base, base_index), None, 0.0))
        with registry.scratch_dir() as scratch:
            emit(Progress(f"ablation: {name}"))
            candidate = _train_candidate(settings, prep, variant, base, scratch / "adapter", emit, stop)
        rows.append(AblationRow(name, variant.use_source and bool(prep.source_pairs), variant.use_weighting,
                                candidate.metrics, candidate.distance_after, candidate.loop.seconds))
    return rows


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _weight_range(pairs: Sequence[TrainingPair], config: TrainingConfig) -> tuple[float, float] | None:
    if not pairs or not config.use_weighting:
        return None
    weights = [p.weight for p in pairs]
    return min(weights), max(weights)


def _base_index_dir(settings: Settings, base: Encoder) -> Path:
    # The same directory the advisor's engine uses for the base model's index, so both share one.
    return settings.cache_dir / f"index-{base.fingerprint}"


def _load_base(settings: Settings, emit: ProgressCallback) -> Encoder:
    emit(Progress("loading the base model"))
    return Encoder(settings.base_model)


def _prepare(settings: Settings, config: TrainingConfig, base: Encoder, feedback_pairs: Iterable[tuple[str, str]],
             hooks: Mapping[str, MetricHook] | None, emit: ProgressCallback) -> _Prepared:
    emit(Progress("preparing data"))
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    split = build_target_split(catalog, config, feedback_pairs)
    if not split.heldout_queries or not split.train_pairs:
        raise TrainingError(f"The catalog at {settings.catalog_path} ({len(catalog)} phones) is too small to "
                            "make both training pairs and held-out queries.")
    # The reviews are read whenever they exist: the domain distance is measured on them even in a
    # target-only run, so every variant reports how adaptation moved the two domains.
    reviews = load_source_pairs(settings.reviews_path, max_pairs=config.max_source, seed=config.seed)
    if config.use_source:
        source = reviews
    else:
        measured = f" (domain distance measured on {len(reviews.pairs)} review sentences)" if reviews.pairs else ""
        source = SourceData((), False, f"source domain switched off; training on target data alone{measured}.", {})
    source_texts = tuple(p.query for p in reviews.pairs)
    pairs, distance = source.pairs, None
    if source_texts:
        emit(Progress("embedding source and target for weighting"))
        source_vectors = base.encode(list(source_texts))
        target_vectors = base.encode(list(split.train_queries))
        distance = domain_distance(source_vectors, target_vectors)
        if source.pairs and config.use_weighting:
            # Scaled to mean 1, so weighting changes the mix of source samples, not the loss scale.
            weights = instance_weights(source_vectors, target_vectors) * len(source.pairs)
            pairs = tuple(replace(p, weight=float(w)) for p, w in zip(source.pairs, weights))
    evaluator = Evaluator(catalog, split.heldout_queries, split.heldout_phone_ids,
                          query_sets={"dev_vague": dev_vague_queries(catalog)}, hooks=hooks)
    return _Prepared(catalog, split, source, pairs, source_texts, distance, evaluator)


def _train_candidate(settings: Settings, prep: _Prepared, config: TrainingConfig, base: Encoder,
                     adapter_dir: Path, emit: ProgressCallback, stop: threading.Event | None) -> _Candidate:
    loop = train_lora(base, prep.split.train_pairs, prep.source_pairs, config, adapter_dir, progress=emit, stop=stop)
    emit(Progress("evaluating the candidate"))
    # Load the adapter the way serving will (merged, without peft), so the figures are the served ones.
    encoder = Encoder(settings.base_model, adapter_dir=adapter_dir)
    index = build_index(prep.catalog, encoder)
    metrics = prep.evaluator(encoder, index)
    distance_after = None
    if prep.source_texts:
        distance_after = domain_distance(encoder.encode(list(prep.source_texts)),
                                         encoder.encode(list(prep.split.train_queries)))
    return _Candidate(encoder, metrics, index, distance_after, loop)

