"""Target-domain data: shopper queries paired with the phones that answer them, and a held-out split.

Queries come from the phrasings in `_aspects` (vague and numeric, English and Chinese) and from
opted-in feedback ((query, phone_id) pairs a shopper liked). The held-out split hides whole model
families (all storage variants of a phone) and whole phrasing templates from training, so the
evaluation measures generalization to phones and wordings training never saw. The split depends
only on the catalog and `split_seed`, so every version is judged on the same held-out data.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from advisor.catalog.model import Catalog, Phone
from advisor.models.training._aspects import NUMERIC, VAGUE, NumericAspect, VagueAspect
from advisor.models.training.config import TrainingConfig
from advisor.retrieval.documents import phone_document

_MAX_RELEVANT_FRACTION = 0.5  # a "wish" that half the catalog satisfies teaches nothing about ranking


@dataclass(frozen=True)
class TrainingPair:
    """One contrastive example: `query` should embed close to `positive`.

    `relevant` holds the keys of every positive that also answers the query, so that other
    examples in a batch which happen to answer it are not used as negatives.
    """

    query: str
    positive: str
    positive_key: str
    relevant: frozenset[str]
    domain: str = "target"  # "target" (shopper -> phone) or "source" (review sentence -> aspect)
    weight: float = 1.0


@dataclass(frozen=True)
class EvalQuery:
    """A held-out query and the ids of all catalog phones that answer it."""

    text: str
    relevant: frozenset[str]
    aspect: str
    language: str  # "en" or "zh"
    kind: str  # "vague" or "numeric"


@dataclass(frozen=True)
class _Query:
    text: str
    relevant: frozenset[str]
    aspect: str
    language: str
    kind: str
    template: str  # "<aspect>/<language>/<n>": the unit of the phrasing split


@dataclass(frozen=True)
class TargetSplit:
    """Training pairs and held-out queries built from one catalog."""

    train_pairs: tuple[TrainingPair, ...]
    heldout_queries: tuple[EvalQuery, ...]
    train_phone_ids: frozenset[str]
    heldout_phone_ids: frozenset[str]
    train_queries: tuple[str, ...]  # distinct training query texts (the target domain's shopper side)
    feedback_used: int = 0
    feedback_skipped: int = 0


def all_queries(catalog: Catalog) -> list[_Query]:
    """Every generated query with its relevant phones over the whole catalog."""
    queries: list[_Query] = []
    for aspect in VAGUE:
        relevant = _vague_relevant(aspect, catalog)
        if relevant:
            queries += _phrase(aspect.key, aspect.en, aspect.zh, "vague", relevant, None)
    for numeric in NUMERIC:
        for threshold in numeric.thresholds:
            relevant = _numeric_relevant(numeric, threshold, catalog)
            if relevant:
                queries += _phrase(numeric.key, numeric.en, numeric.zh, "numeric", relevant, threshold)
    return queries


def build_target_split(catalog: Catalog, config: TrainingConfig,
                       feedback_pairs: Iterable[tuple[str, str]] = ()) -> TargetSplit:
    """Split the catalog's phones and phrasings, and make training pairs from the training side."""
    queries = all_queries(catalog)
    return _build(catalog, config, queries, _heldout_templates(queries, config), feedback_pairs)


def build_validation_split(catalog: Catalog, config: TrainingConfig) -> TargetSplit:
    """A split inside the training side: some training templates become validation queries.

    The held-out templates of `build_target_split` appear in neither part, so a decision taken on
    this split (the data-level source guard) never looks at the data the run reports on. The
    validation queries are in `heldout_queries`; the held-out phones are the same as the run's.
    """
    queries = all_queries(catalog)
    heldout = _heldout_templates(queries, config)
    training_side = [q for q in queries if q.template not in heldout]
    validation = _heldout_templates(training_side, config.with_changes(split_seed=config.split_seed + 1))
    return _build(catalog, config, training_side, validation, ())


def _build(catalog: Catalog, config: TrainingConfig, queries: Sequence[_Query], heldout_templates: frozenset[str],
           feedback_pairs: Iterable[tuple[str, str]]) -> TargetSplit:
    heldout_phones = _heldout_phone_ids(catalog, config)
    train_ids = frozenset(p.id for p in catalog) - heldout_phones
    rng = random.Random(config.seed)
    documents = {p.id: phone_document(p) for p in catalog}
    train_ids_sorted = sorted(train_ids)

    pairs: list[TrainingPair] = []
    heldout: list[EvalQuery] = []
    train_texts: list[str] = []
    for query in queries:
        if query.template in heldout_templates:
            heldout.append(EvalQuery(query.text, query.relevant, query.aspect, query.language, query.kind))
            continue
        candidates = sorted(query.relevant & train_ids)
        if not candidates:
            continue
        train_texts.append(query.text)
        for phone_id in rng.sample(candidates, min(config.positives_per_query, len(candidates))):
            relevant = query.relevant & train_ids
            if config.shuffle_labels:
                phone_id = rng.choice(train_ids_sorted)
                relevant = frozenset({phone_id})
            pairs.append(TrainingPair(query.text, documents[phone_id], phone_id, frozenset(relevant)))

    heldout_texts = {q.text for q in heldout}
    used = skipped = 0
    for text, phone_id in feedback_pairs:
        # Feedback about a held-out phone or in a held-out wording would leak into the evaluation.
        if phone_id not in train_ids or text in heldout_texts or not text.strip():
            skipped += 1
            continue
        pairs.append(TrainingPair(text, documents[phone_id], phone_id, frozenset({phone_id})))
        train_texts.append(text)
        used += 1
    rng.shuffle(pairs)
    return TargetSplit(tuple(pairs), tuple(heldout), train_ids, heldout_phones,
                       tuple(dict.fromkeys(train_texts)), used, skipped)


def _phrase(key: str, en: Sequence[str], zh: Sequence[str], kind: str, relevant: frozenset[str],
            threshold: float | None) -> list[_Query]:
    out = []
    for language, templates in (("en", en), ("zh", zh)):
        for n, template in enumerate(templates):
            text = template if threshold is None else template.format(v=threshold)
            out.append(_Query(text, relevant, key, language, kind, f"{key}/{language}/{n}"))
    return out


def _eligible(phone: Phone, devices: frozenset[str]) -> bool:
    return phone.device in devices


def _vague_relevant(aspect: VagueAspect, catalog: Catalog) -> frozenset[str]:
    scored = [(s, p.id) for p in catalog if _eligible(p, aspect.devices) and (s := aspect.score(p)) is not None]
    if len(scored) < 2:
        return frozenset()
    scored.sort(reverse=True)
    cut = scored[max(1, math.ceil(aspect.fraction * len(scored))) - 1][0]
    if cut <= scored[-1][0]:  # no phone stands out (e.g. no tablets in the catalog)
        return frozenset()
    relevant = frozenset(pid for s, pid in scored if s >= cut)  # ties at the cut are all relevant
    if len(relevant) > _MAX_RELEVANT_FRACTION * len(scored):
        # A crowded tie at the cut (many 5000 mAh phones): keep only the phones strictly above it.
        relevant = frozenset(pid for s, pid in scored if s > cut)
    return relevant if len(relevant) >= 2 else frozenset()


def _numeric_relevant(aspect: NumericAspect, threshold: float, catalog: Catalog) -> frozenset[str]:
    values = [(v, p.id) for p in catalog if _eligible(p, aspect.devices) and (v := aspect.value(p)) is not None]
    relevant = frozenset(pid for v, pid in values if (v >= threshold if aspect.at_least else v <= threshold))
    if len(relevant) < 2 or len(relevant) > _MAX_RELEVANT_FRACTION * len(values):
        return frozenset()
    return relevant


def _heldout_phone_ids(catalog: Catalog, config: TrainingConfig) -> frozenset[str]:
    # Whole families are held out: a 256 GB variant must not teach the model its 128 GB sibling.
    families = sorted(catalog.families)
    random.Random(config.split_seed).shuffle(families)
    count = max(1, round(config.heldout_phone_fraction * len(families)))
    held = set(families[:count])
    return frozenset(p.id for p in catalog if p.family in held)


def _heldout_templates(queries: Sequence[_Query], config: TrainingConfig) -> frozenset[str]:
    # Per aspect and language, so both English and Chinese wordings are tested for every aspect.
    groups: dict[tuple[str, str], list[str]] = {}
    for query in queries:
        group = groups.setdefault((query.aspect, query.language), [])
        if query.template not in group:
            group.append(query.template)
    rng = random.Random(config.split_seed)
    held: set[str] = set()
    for key in sorted(groups):
        templates = groups[key]
        if len(templates) < 2:
            continue
        count = min(len(templates) - 1, max(1, round(config.heldout_template_fraction * len(templates))))
        held.update(rng.sample(templates, count))
    return frozenset(held)
