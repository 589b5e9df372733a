"""Retraining pipeline: data -> LoRA training -> held-out evaluation -> negative-transfer guard -> registry.

`train_and_register` is what `phone-advisor train` and the bot's admin command call. The candidate
is always registered (with the guard's verdict, for the record); it is promoted only when it beats
the model served now by `Settings.promote_margin` on the evaluator's primary metric (nDCG@10).
Before training with the source domain, the data-level guard (`TrainingConfig.source_guard`) checks
on a validation split that the source helps, and trains on the target alone when it does not.
`advisor.models.training.ablation` reuses `prepare` and `train_candidate` to compare variants over seeds.
"""

from __future__ import annotations

import hashlib
import resource
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from advisor.catalog.model import Catalog, load_catalog
from advisor.config import Settings
from advisor.errors import ModelError, TrainingError
from advisor.models.registry import Registry
from advisor.models.training.config import TrainingConfig
from advisor.models.training.device import choose_device
from advisor.models.training.heldout import Evaluator, MetricHook
from advisor.models.training.hooks import dev_vague_queries
from advisor.models.training.loop import LoopResult, Progress, ProgressCallback, train_lora
from advisor.models.training.pairs import TargetSplit, TrainingPair, build_target_split, build_validation_split
from advisor.models.training.source import SourceData, load_source_pairs, pair_with_intents
from advisor.models.training.weighting import classifier_weights, domain_distance, instance_weights, keep_top
from advisor.retrieval.catalog_index import build_index, load_or_build_index
from advisor.retrieval.documents import TEMPLATE_VERSION
from advisor.retrieval.encoder import Encoder, model_fingerprint
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
    guard_note: str  # the data-level source guard's finding ("" when it did not run)
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
    device: str  # torch device the steps ran on
    wall_seconds: float
    peak_rss_mb: float
    catalog_phones: int
    config: TrainingConfig


class BaseVectors:
    """Base-model embeddings by text, computed once: an ablation's variants and seeds share them."""

    def __init__(self, encoder: Encoder):
        self.encoder = encoder
        self._cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of `texts` (rows in order), embedding only the texts never seen before."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, self.encoder.encode(missing)))
        return np.stack([self._cache[t] for t in texts])


@dataclass(frozen=True)
class Prepared:
    """The data of one run: target split, source pairs (weighted, mean weight 1) and the evaluator."""

    catalog: Catalog
    split: TargetSplit
    source: SourceData
    source_pairs: tuple[TrainingPair, ...]
    source_texts: tuple[str, ...]  # every usable review sentence, for the domain distance
    distance_before: float | None
    evaluator: Evaluator


@dataclass(frozen=True)
class Candidate:
    """A trained adapter, loaded the way serving loads it, with its held-out figures."""

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
    base = base_encoder or load_base(settings, emit)
    vectors = BaseVectors(base)
    prep = prepare(settings, config, vectors, emit, feedback_pairs=feedback_pairs, hooks=hooks)
    registry = Registry.from_settings(settings)
    registry.clean_staging()
    current = registry.served()
    guard_note = ""
    guard_metrics: dict[str, float] = {}
    if config.use_source and not config.source_guard and prep.source_pairs:
        guard_note = "off in this config: the reviews were used without checking them on a validation split."
    if config.use_source and config.source_guard and prep.source_pairs:
        keep, guard_note, guard_metrics = source_guard(settings, prep, config, vectors, emit, stop)
        if not keep:
            config = config.with_changes(use_source=False)
            prep = replace(prep, source_pairs=(), source=replace(prep.source, note=f"{prep.source.note} Not used: "
                                                                               "the source guard turned it off."))

    base_metrics = evaluate_cached(
        registry, prep.evaluator, base.fingerprint, "the base model",
        lambda: (base, load_or_build_index(prep.catalog, base, base_index_dir(settings, base))), emit)
    if current is None:
        current_metrics = base_metrics
    else:
        def current_model() -> tuple[Encoder, VectorIndex]:
            encoder = registry.encoder_for(current, settings.base_model)
            return encoder, registry.index_for(current, prep.catalog, encoder)

        current_metrics = evaluate_cached(
            registry, prep.evaluator, model_fingerprint(current.base_model, current.adapter_dir),
            f"the current model {current.id}", current_model, emit)

    with registry.scratch_dir() as scratch:
        candidate = train_candidate(settings, prep, config, base, scratch / "adapter", emit, stop)
        primary = prep.evaluator.primary_metric
        gain = candidate.metrics[primary] - current_metrics[primary]
        accepted = gain > 0 and gain >= settings.promote_margin
        served = "the base model" if current is None else f"version {current.id}"
        reason = (f"{_comparison(gain, settings.promote_margin)}: {primary} {candidate.metrics[primary]:.4f} vs "
                  f"{current_metrics[primary]:.4f} for {served} ({gain:+.4f}; margin {settings.promote_margin:.4f})")
        if stop is not None and stop.is_set():
            raise TrainingError("Training was stopped before the candidate was registered; nothing changed.")
        emit(Progress("registering"))
        metrics = {**candidate.metrics, **{f"base.{k}": v for k, v in base_metrics.items()},
                   **({} if current is None else {f"current.{k}": v for k, v in current_metrics.items()})}
        metrics.update(guard_metrics)
        for name, value in (("domain_distance_before", prep.distance_before),
                            ("domain_distance_after", candidate.distance_after)):
            if value is not None:
                metrics[name] = value
        version = registry.create_version(
            adapter_dir=scratch / "adapter", catalog=prep.catalog, encoder=candidate.encoder,
            config=config.to_dict(), metrics=metrics, verdict="accepted" if accepted else "rejected",
            index=candidate.index)
        key = evaluation_key(prep.evaluator, candidate.encoder.fingerprint)
        if key is not None:  # the next run judges against this version once it is served
            registry.store_evaluation(key, candidate.metrics)
    verdict = "promoted" if accepted else "negative_transfer"
    if accepted:
        try:
            registry.promote(version.id, expect_current=None if current is None or current.factory else current.id)
        except ModelError as exc:  # an admin promoted or rolled back while we trained
            verdict, reason = "superseded", f"{reason}; {exc}"

    return TrainingReport(
        version_id=version.id, promoted=verdict == "promoted", verdict=verdict,
        reason=reason, primary_metric=primary, margin=settings.promote_margin, base_metrics=base_metrics,
        current_id=None if current is None else current.id, current_metrics=current_metrics,
        candidate_metrics=candidate.metrics, domain_distance_before=prep.distance_before,
        domain_distance_after=candidate.distance_after, source_note=prep.source.note, guard_note=guard_note,
        source_pairs=len(prep.source_pairs), source_weight_range=_weight_range(prep.source_pairs, config),
        target_pairs=len(prep.split.train_pairs),
        heldout_queries=len(prep.split.heldout_queries), heldout_phones=len(prep.split.heldout_phone_ids),
        feedback_used=prep.split.feedback_used, feedback_skipped=prep.split.feedback_skipped,
        steps=candidate.loop.steps, first_loss=candidate.loop.first_loss, final_loss=candidate.loop.final_loss,
        train_seconds=candidate.loop.seconds, device=candidate.loop.device, wall_seconds=time.monotonic() - started,
        peak_rss_mb=peak_rss_mb(), catalog_phones=len(prep.catalog), config=config,
    )


def _comparison(gain: float, margin: float) -> str:
    # A difference inside the promotion margin is a tie, not a loss: only a candidate that falls
    # short by the margin or more is called worse.
    if gain > 0 and gain >= margin:
        return "better than the served version"
    if gain < 0 and -gain >= margin:
        return "worse than the served version"
    return "no better than the served version"


def evaluate_cached(registry: Registry, evaluator: Evaluator, model: str, name: str,
                    load: Callable[[], tuple[Encoder, VectorIndex]], emit: ProgressCallback) -> dict[str, float]:
    """`evaluator`'s figures for the model whose fingerprint is `model`, measured once per catalog and evaluator.

    The base model and the served version are judged again by every run on the same held-out split;
    their figures depend only on the catalog (and document template), the evaluator and the model's
    weights, so the registry keeps them under a digest of those. `load` gives the encoder and its
    catalog index, and is called only when the figures are not stored yet.
    """
    key = evaluation_key(evaluator, model)
    if key is not None:
        cached = registry.cached_evaluation(key)
        if cached is not None:
            emit(Progress(f"{name}: figures measured before on this catalog and split, reused"))
            return cached
    emit(Progress(f"evaluating {name}"))
    metrics = evaluator(*load())
    if key is not None:
        registry.store_evaluation(key, metrics)
    return metrics


def evaluation_key(evaluator: Evaluator, model: str) -> str | None:
    """The registry's key for `evaluator`'s figures of the model with fingerprint `model` (None: not cacheable)."""
    fingerprint = evaluator.fingerprint
    if fingerprint is None:
        return None
    text = f"{evaluator.catalog.fingerprint}:{TEMPLATE_VERSION}:{model}:{fingerprint}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _weight_range(pairs: Sequence[TrainingPair], config: TrainingConfig) -> tuple[float, float] | None:
    if not pairs or not config.use_weighting:
        return None
    weights = [p.weight for p in pairs]
    return min(weights), max(weights)


def base_index_dir(settings: Settings, base: Encoder) -> Path:
    """Where the base model's catalog index is cached."""
    # The same directory the advisor's engine uses for the base model's index, so both share one.
    return settings.cache_dir / f"index-{base.fingerprint}"


def load_base(settings: Settings, emit: ProgressCallback) -> Encoder:
    """The base encoder of `settings`, announced as a progress phase."""
    emit(Progress("loading the base model"))
    return Encoder(settings.base_model)


def prepare(settings: Settings, config: TrainingConfig, vectors: BaseVectors, emit: ProgressCallback, *,
            feedback_pairs: Iterable[tuple[str, str]] = (), hooks: Mapping[str, MetricHook] | None = None,
            catalog: Catalog | None = None, evaluator: Evaluator | None = None) -> Prepared:
    """Build the data of a run; `catalog` and `evaluator` can be passed in to reuse them across runs."""
    emit(Progress("preparing data"))
    catalog = catalog or load_catalog(settings.catalog_path, settings.chipsets_path)
    split = build_target_split(catalog, config, feedback_pairs)
    if not split.heldout_queries or not split.train_pairs:
        raise TrainingError(f"The catalog at {settings.catalog_path} ({len(catalog)} phones) is too small to "
                            "make both training pairs and held-out queries.")
    # The reviews are read whenever they exist: the domain distance is measured on them even in a
    # target-only run, so every variant reports how adaptation moved the two domains.
    reviews = load_source_pairs(settings.reviews_path, max_pairs=config.max_source, seed=config.seed)
    source_texts = tuple(p.query for p in reviews.pairs)
    if config.use_source:
        source = reviews
    else:
        measured = f" (domain distance measured on {len(reviews.pairs)} review sentences)" if reviews.pairs else ""
        source = SourceData((), False, f"source domain switched off; training on target data alone{measured}.", {})
    distance = None
    if source_texts:
        emit(Progress("embedding source and target for weighting"))
        distance = domain_distance(vectors(source_texts), vectors(split.train_queries))
    pairs = _source_pairs(source, catalog, split, config, vectors)
    if evaluator is None:
        evaluator = Evaluator(catalog, split.heldout_queries, split.heldout_phone_ids,
                              query_sets={"dev_vague": dev_vague_queries(catalog)}, hooks=hooks)
    return Prepared(catalog, split, source, pairs, source_texts, distance, evaluator)


def _source_pairs(source: SourceData, catalog: Catalog, split: TargetSplit, config: TrainingConfig,
                  vectors: BaseVectors) -> tuple[TrainingPair, ...]:
    pairs = source.pairs
    if pairs and config.source_pairing == "intents":
        pairs = pair_with_intents(pairs, catalog, split.train_phone_ids, seed=config.seed)
    if not pairs or not config.use_weighting:
        return pairs
    source_vectors = vectors([p.query for p in pairs])
    target_vectors = vectors(split.train_queries)
    if config.weighting == "classifier":
        weights = classifier_weights(source_vectors, target_vectors)
    else:
        weights = instance_weights(source_vectors, target_vectors, temperature=config.weight_temperature)
    weights = keep_top(weights, config.source_top_fraction)
    kept = [(p, w) for p, w in zip(pairs, weights) if w > 0]
    # Scaled to mean 1 over the kept sentences, so weighting changes the mix, not the loss scale.
    return tuple(replace(p, weight=float(w * len(kept))) for p, w in kept)


def source_guard(settings: Settings, prep: Prepared, config: TrainingConfig, vectors: BaseVectors,
                 emit: ProgressCallback, stop: threading.Event | None) -> tuple[bool, str, dict[str, float]]:
    """Does the source help? Two probes, with and without it, trained and compared on a validation split.

    The validation split comes from the training templates only (`build_validation_split`), so the
    decision never sees the held-out data the run reports. Returns (keep the source, a sentence for
    the report, the two validation nDCG@10 figures).
    """
    split = build_validation_split(prep.catalog, config)
    evaluator = Evaluator(prep.catalog, split.heldout_queries, split.heldout_phone_ids)
    probe_config = config.with_changes(max_steps=max(1, config.max_steps // 4))
    scores = {}
    for label, use_source in (("with", True), ("without", False)):
        emit(Progress(f"source guard: probe {label} the reviews"))
        probe = replace(prep, split=split, evaluator=evaluator,
                        source_pairs=_source_pairs(prep.source, prep.catalog, split, config, vectors) if use_source else ())
        registry = Registry(settings.models_dir, settings.factory_model)
        with registry.scratch_dir() as scratch:
            candidate = train_candidate(settings, probe, probe_config, vectors.encoder, scratch / "adapter", emit, stop,
                                        measure_distance=False)
        scores[label] = candidate.metrics[evaluator.primary_metric]
    gain = scores["with"] - scores["without"]
    keep = gain >= config.guard_margin
    figures = (f"validation nDCG@10 {scores['with']:.4f} with the reviews vs {scores['without']:.4f} without "
               f"({gain:+.4f}; needed {config.guard_margin:+.4f})")
    note = (f"the reviews help on the validation split, kept: {figures}." if keep else
            f"the reviews do not help on the validation split, so this run trained without them: {figures}.")
    return keep, note, {"guard.with_source": scores["with"], "guard.without_source": scores["without"]}


def train_candidate(settings: Settings, prep: Prepared, config: TrainingConfig, base: Encoder,
                    adapter_dir: Path, emit: ProgressCallback, stop: threading.Event | None, *,
                    measure_distance: bool = True) -> Candidate:
    """Train an adapter into `adapter_dir` and score it on `prep`'s evaluator as serving would load it."""
    loop = train_lora(base, prep.split.train_pairs, prep.source_pairs, config, adapter_dir, progress=emit, stop=stop,
                      device=choose_device(settings.device))
    emit(Progress("evaluating the candidate"))
    # Load the adapter the way serving will (merged, without peft), so the figures are the served ones.
    encoder = Encoder(settings.base_model, adapter_dir=adapter_dir)
    index = build_index(prep.catalog, encoder)
    metrics = prep.evaluator(encoder, index)
    distance_after = None
    if prep.source_texts and measure_distance:
        distance_after = domain_distance(encoder.encode(list(prep.source_texts)),
                                         encoder.encode(list(prep.split.train_queries)))
    return Candidate(encoder, metrics, index, distance_after, loop)
