"""Source-domain data: aspect-labelled sentences from Amazon phone reviews.

A review sentence that talks about exactly one aspect ("the battery lasts all day") becomes a pair
sentence -> aspect description. The descriptions use the vocabulary of the phone documents
(mAh, MP, inch, processor, price), so the pairs teach the encoder to connect how owners talk with
what the catalog says. The review file is optional: without it, training uses target data alone
and `SourceData.note` says so.

`pair_with_intents` uses the same sentences for what owners know instead: "lasts all day" is a
shopper's wish for the advisor's battery intent (advisor.ranking.aspects), so the sentence is paired with a
phone that intent ranks in its top fifth, exactly like a target query. Sentences whose aspect has no
intent (reliability) or an unclear direction ("size" without small or big) are dropped.
"""

from __future__ import annotations

import csv
import math
import random
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from advisor.catalog.model import MARKETS, Catalog
from advisor.models.review_sentences import aspects_of, is_off_topic, split_sentences
from advisor.models.training.pairs import TrainingPair
from advisor.ranking.aspects import INTENT_ASPECTS, Percentiles
from advisor.retrieval.documents import phone_document

ASPECT_DESCRIPTIONS: dict[str, str] = {
    "battery": "Battery: a large mAh battery with long battery life on one charge.",
    "camera": "Camera: the MP main camera, rear cameras and selfie camera; photo and video quality.",
    "screen": "Screen: the inch display, its size, brightness and sharpness.",
    "performance": "Performance: a fast processor and enough GB RAM; apps and games run smoothly without lag.",
    "size": "Size and weight: a compact or large phone, its inch screen and weight in g, how it fits the hand.",
    "price": "Price and value: the launch price in dollars and whether the phone is worth its cost.",
    "reliability": "Reliability: build quality and durability; the phone keeps working without defects.",
}

# Which advisor intent a sentence about an aspect speaks to; a pattern refines an aspect when its
# words pick one side ("selfie" within camera, "small" or "big" within size).
_INTENT_RULES: dict[str, tuple[tuple[re.Pattern[str] | None, str], ...]] = {
    "battery": ((None, "battery"),),
    "camera": ((re.compile(r"\b(selfies?|front camera|front-facing)\b", re.IGNORECASE), "selfie"), (None, "photography")),
    "screen": ((None, "big_screen"),),
    "performance": ((None, "gaming"),),
    "size": ((re.compile(r"\b(small|compact|fits?|pocket|light ?weight|light|thin)\b", re.IGNORECASE), "compact"),
             (re.compile(r"\b(big|large|huge)\b", re.IGNORECASE), "big_screen")),
    "price": ((None, "budget"),),
}
_INTENT_TOP_FRACTION = 0.2  # the same share the target data calls relevant for a vague wish
_MIN_WORDS, _MAX_WORDS = 4, 30


@dataclass(frozen=True)
class SourceData:
    """Source pairs and a one-line account of where they came from (or why there are none)."""

    pairs: tuple[TrainingPair, ...]
    available: bool
    note: str
    per_aspect: dict[str, int]


def load_source_pairs(path: Path, *, max_pairs: int, seed: int) -> SourceData:
    """Aspect-labelled review sentences from the CSV at `path` (column "Reviews"), at most `max_pairs`.

    Sentences that mention exactly one aspect are kept (ambiguous ones would teach two answers);
    duplicates are dropped; when there are more than `max_pairs`, a seeded sample is taken.
    """
    path = Path(path)
    if not path.is_file():
        return SourceData((), False, f"no review file at {path}; training on target data alone.", {})
    try:
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            reviews = [row.get("Reviews") or "" for row in csv.DictReader(fh)]
    except (OSError, csv.Error) as exc:
        return SourceData((), False, f"review file {path} is unreadable ({exc}); training on target data alone.", {})
    seen: set[str] = set()
    labelled: list[tuple[str, str]] = []
    for review in reviews:
        for sentence in split_sentences(review):
            words = len(sentence.split())
            key = sentence.lower()
            if not _MIN_WORDS <= words <= _MAX_WORDS or key in seen or is_off_topic(sentence):
                continue
            found = aspects_of(sentence)
            if len(found) == 1:
                seen.add(key)
                labelled.append((sentence, next(iter(found))))
    if len(labelled) > max_pairs:
        labelled = random.Random(seed).sample(labelled, max_pairs)
    pairs = tuple(TrainingPair(sentence, ASPECT_DESCRIPTIONS[aspect], aspect, frozenset({aspect}), domain="source")
                  for sentence, aspect in labelled)
    per_aspect: dict[str, int] = {}
    for _, aspect in labelled:
        per_aspect[aspect] = per_aspect.get(aspect, 0) + 1
    note = (f"{len(pairs)} aspect-labelled sentences from {len(reviews)} reviews in {path.name}."
            if pairs else f"{path} holds no usable review sentences; training on target data alone.")
    return SourceData(pairs, bool(pairs), note, dict(sorted(per_aspect.items())))


def intent_of(sentence: str, aspect: str) -> str | None:
    """The advisor intent a review sentence about `aspect` expresses, or None when it has none."""
    for pattern, intent in _INTENT_RULES.get(aspect, ()):
        if pattern is None or pattern.search(sentence):
            return intent
    return None


def pair_with_intents(pairs: Sequence[TrainingPair], catalog: Catalog, phone_ids: Collection[str], *,
                      seed: int) -> tuple[TrainingPair, ...]:
    """Re-pair aspect-labelled sentences with phones (among `phone_ids`) their intent ranks on top.

    The positive key space is then the target's (phone ids), so in-batch negatives of both domains
    are phones, and a phone relevant to a sentence is never used as its negative.
    """
    rng = random.Random(seed)
    percentiles = Percentiles(catalog, MARKETS)
    eligible = [p for p in catalog if p.id in phone_ids and p.device in ("phone", "foldable")]
    documents = {p.id: phone_document(p) for p in eligible}
    relevant: dict[str, tuple[str, ...]] = {}
    for intent, weights in INTENT_ASPECTS.items():
        ranked = sorted(eligible, key=lambda p: (-percentiles.score(p, weights, "USD"), p.id))
        relevant[intent] = tuple(p.id for p in ranked[:max(2, math.ceil(_INTENT_TOP_FRACTION * len(ranked)))])
    out = []
    for pair in pairs:
        pair_intent = intent_of(pair.query, pair.positive_key)
        if pair_intent is None or not relevant[pair_intent]:
            continue
        phone_id = rng.choice(relevant[pair_intent])
        out.append(replace(pair, positive=documents[phone_id], positive_key=phone_id,
                           relevant=frozenset(relevant[pair_intent])))
    return tuple(out)
