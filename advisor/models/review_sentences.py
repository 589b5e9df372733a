"""Owner reviews read sentence by sentence: one splitter and one aspect vocabulary.

Training's source pairs (advisor.models.training.source) and the owner-rating predictor (advisor.models.ratings)
both label review sentences with the aspects they mention; they read them with these rules so that
"price" means the same words in both. The vocabulary is the one the source pairs were built with
(the ratings' own copy had drifted: it called price "value" and knew other words).

A sentence mentions an aspect when it contains one of the aspect's English keywords as a whole word,
case-insensitively. Sentences about the seller or the delivery are off topic: their "fast" and "cheap"
are not about the phone.
"""

from __future__ import annotations

import re

_KEYWORDS: dict[str, str] = {
    "battery": r"batter(y|ies)|charg(e|es|ed|ing|er)|lasts? (all|the whole) day|power bank|mah",
    "camera": r"cameras?|photos?|pictures?|pics|selfies?|megapixels?|mp|lens|zoom|video quality",
    "screen": r"screens?|displays?|resolution|brightness|pixels|touchscreen|amoled|lcd",
    "performance": r"fast|slow|lags?|lagg(y|ing)|speed|speedy|processor|ram|smooth(ly)?|freez(e|es|ing)|games?|gaming",
    "size": r"size|small|big|bulky|fits?|hand|pocket|heavy|light ?weight|compact|thin",
    "price": r"price|priced|cheap|value|worth|money|expensive|affordable|bargain|deal|cost",
    "reliability": r"broke|broken|stopped working|died|defective|reliable|durable|sturdy|crack(ed|s)?|quit working|faulty",
}

ASPECTS: tuple[str, ...] = tuple(_KEYWORDS)
"""Every aspect a review sentence can mention, in a fixed order."""

_PATTERNS = {aspect: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for aspect, words in _KEYWORDS.items()}
_OFF_TOPIC = re.compile(r"\b(?:ship(ping|ped|ment)?|deliver(y|ed)|arriv(e|ed)|seller|vendor|refund)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?])(?=[A-Z])|\n+")


def split_sentences(text: str) -> list[str]:
    """Split a review into sentences, including the "works.The" run-ons common in reviews."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def is_off_topic(sentence: str) -> bool:
    """True for a sentence about the seller or the delivery rather than the phone."""
    return _OFF_TOPIC.search(sentence) is not None


def aspects_of(sentence: str) -> frozenset[str]:
    """The aspects a sentence mentions (keyword rules; off-topic sentences are the caller's to skip)."""
    return frozenset(aspect for aspect, pattern in _PATTERNS.items() if pattern.search(sentence))
