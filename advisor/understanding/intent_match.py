"""Vague needs the keyword rules do not know, mapped to intents by the serving encoder.

The keyword rules (advisor/understanding/lexicon.py) stay first: where they name an intent, that reading
is exact. Words they miss ("I'm always hunting for a socket by lunchtime") are compared with short
descriptions of each intent in the same language, and with examples of messages that state no need at
all ("thanks", "where is your shop"), by cosine similarity of the encoder's sentence vectors. An intent
is read when it is close enough, closer than any no-need example and clearly closer than the runner-up;
it is sure when it also clears a higher bar, otherwise it is a guess the answer says as a guess.
A text mostly unknown to the encoder's vocabulary (Chinese, for all-MiniLM-L6-v2) is not read at all.
Calibrated on data/intent_dev.jsonl (`python -m bench.intents --cases data/intent_dev.jsonl`);
measured on the held-out wordings by `python -m bench.intents`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import numpy as np

from advisor.explain.phrases import INTENT_LABELS, TEXT
from advisor.ranking.aspects import opposed
from advisor.retrieval.encoder import Encoder
from advisor.understanding.request import Request
from advisor.understanding.scan import has_cjk
from advisor.understanding.talk import lets_go
from advisor.understanding.understand import CLAUSE_BREAK

INTENT_DESCRIPTIONS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "gaming": {
        "en": ("a phone for playing mobile games smoothly, fast chip and high frame rate without lag",
               "a powerful gaming phone that runs demanding games without stutter or overheating",
               "I play games a lot and want it fast and smooth"),
        "zh": ("玩手游流畅不卡顿、高帧率的游戏手机", "打游戏性能强、发热小、不掉帧", "经常玩大型游戏，要跑得快"),
    },
    "photography": {
        "en": ("a phone with an excellent rear camera for taking photos and pictures",
               "sharp, detailed photos of people, places and things, even at night",
               "I love taking pictures and want great image quality"),
        "zh": ("拍照好、后置摄像头出色的手机", "照片清晰、细节丰富，晚上拍也好看", "喜欢拍照，成像质量要好"),
    },
    "selfie": {
        "en": ("a phone with a great front camera for selfies, vlogs, live streams and video calls",
               "I film myself and video chat a lot, the front camera matters",
               "photos of myself and my face look good"),
        "zh": ("前置摄像头好，适合自拍、视频通话和直播", "经常对着镜头拍自己、视频聊天", "自拍好看，拍自己清楚"),
    },
    "battery": {
        "en": ("a phone with a big battery that lasts all day and longer without charging",
               "the battery never runs out, I hardly ever need to charge it",
               "goes for days between charges, long battery life"),
        "zh": ("电池大、续航长、不用经常充电的手机", "电量很耐用，一天下来还有电", "好几天才充一次电"),
    },
    "compact": {
        "en": ("a small, light phone that fits in a pocket and in one hand",
               "easy to hold and carry, not big or heavy",
               "a little phone I can use with one hand"),
        "zh": ("小巧轻便、单手握持、放口袋的小屏手机", "机身小、重量轻，拿着不累", "手小也好拿的小手机"),
    },
    "big_screen": {
        "en": ("a phone with a large screen, easy to read and to watch videos on",
               "a big display with large text for an older person",
               "lots of screen space for movies, reading and browsing"),
        "zh": ("大屏幕、看视频看字清楚的手机", "屏幕大、字大，适合老年人", "屏幕宽大，看剧看书舒服"),
    },
    "budget": {
        "en": ("a cheap, affordable phone, good value for money",
               "I don't want to spend much money, the lowest price that still works",
               "something inexpensive on a tight budget"),
        "zh": ("便宜实惠、性价比高的手机", "不想花很多钱，够用就行", "预算不多，要便宜的"),
    },
    "flagship": {
        "en": ("a premium high-end flagship phone, the best money can buy",
               "the top model with every feature, price is no concern",
               "a luxurious, impressive phone with the best specs"),
        "zh": ("高端旗舰手机，顶级配置", "最好的机型，价格无所谓", "配置最高、最高档的手机"),
    },
    "business": {
        "en": ("a phone for work: office apps, email, meetings and calls",
               "for my job, documents, schedules and talking to colleagues",
               "a reliable professional phone for the office"),
        "zh": ("办公商务用，处理邮件、开会、打电话", "工作用，处理文件和日程，联系同事", "上班用的商务手机"),
    },
}

NO_NEED: Mapping[str, tuple[str, ...]] = {
    "en": ("thanks", "hello", "okay, sounds good", "what do you recommend?", "it is a gift for someone",
           "do you deliver, and how do I pay?", "I'm just looking", "which colour is it"),
    "zh": ("谢谢", "你好", "好的，可以", "你推荐哪个？", "是送人的礼物", "怎么付款，能送货吗？", "随便看看", "是什么颜色"),
}
"""Messages that state no need; a text closer to one of these than to every intent is read as no need."""


@dataclass(frozen=True)
class Thresholds:
    """When the closest intent is read: `min_*` for a guess, `sure_*` for a sure reading."""

    min_similarity: float = 0.25
    min_margin: float = 0.05
    sure_similarity: float = 0.45
    sure_margin: float = 0.10

    def __post_init__(self) -> None:
        if not (self.min_similarity <= self.sure_similarity and 0 <= self.min_margin <= self.sure_margin):
            raise ValueError("The sure thresholds must be at least the guess thresholds, and margins not negative.")


MAX_UNKNOWN_SHARE = 0.2
"""A text whose tokens are mostly unknown to the encoder's vocabulary gets a vector that says nothing about
it: all-MiniLM-L6-v2 knows 244 Chinese characters, so "昨天看到一个广告" (mostly [UNK]) came out as close to a
battery need as a real one. Such a text is not read; the keyword rules stand alone there."""


@dataclass(frozen=True)
class IntentReading:
    """The intent a text was read as, how close it came, and whether that is sure or a guess."""

    intent: str
    words: str  # the text read
    similarity: float  # cosine to the closest description of the intent
    margin: float  # over the runner-up intent or no-need example
    sure: bool


class IntentMatcher:
    """Closest intent to a text by the encoder's similarity to the intent descriptions.

    `embed` maps one text to its unit vector; the advisor passes its cached query embedding, so a
    text that is also the conversation's taste is embedded once. Descriptions are embedded on first
    use (the encoder may still be loading) and kept.
    """

    def __init__(self, encoder: Encoder, embed: Callable[[str], np.ndarray] | None = None,
                 thresholds: Thresholds = Thresholds()):
        self.encoder = encoder
        self.thresholds = thresholds
        self._embed = embed or (lambda text: encoder.encode([text])[0])
        self._labels = {lang: [name for name, texts in INTENT_DESCRIPTIONS.items() for _ in texts[lang]]
                        + [None] * len(NO_NEED[lang]) for lang in ("en", "zh")}
        self._vectors: dict[str, np.ndarray] = {}

    def _described(self, lang: str) -> np.ndarray:
        if lang not in self._vectors:
            texts = [t for texts in INTENT_DESCRIPTIONS.values() for t in texts[lang]] + list(NO_NEED[lang])
            self._vectors[lang] = self.encoder.encode(texts)
        return self._vectors[lang]

    def similarities(self, text: str) -> dict[str | None, float]:
        """Highest cosine of the text to each intent's descriptions in its language (None: no need)."""
        lang = "zh" if has_cjk(text) else "en"
        cosines = self._described(lang) @ self._embed(text)
        best: dict[str | None, float] = {}
        for name, cosine in zip(self._labels[lang], cosines.tolist()):
            best[name] = max(best.get(name, -1.0), cosine)
        return best

    def readable(self, text: str) -> bool:
        """True when the encoder's vocabulary knows enough of the text for its vector to mean something."""
        return self.encoder.unknown_share(text) <= MAX_UNKNOWN_SHARE

    def read(self, text: str) -> IntentReading | None:
        """The intent the text means with its confidence, or None when it states no need we know."""
        if not text.strip():
            return None
        if not self.readable(text):
            return None
        limits = self.thresholds
        scores = self.similarities(text)
        ranked = sorted(((s, n) for n, s in scores.items() if n is not None), reverse=True)
        (top, intent), (second, _) = ranked[0], ranked[1]
        margin = top - max(second, scores[None])
        if top < limits.min_similarity or margin < limits.min_margin:
            return None
        sure = top >= limits.sure_similarity and margin >= limits.sure_margin
        return IntentReading(intent, text, top, margin, sure)

    def match(self, text: str) -> str | None:
        """The intent the text means, sure or guessed, or None."""
        reading = self.read(text)
        return reading.intent if reading is not None else None


def read_needs(request: Request, matcher: IntentMatcher | None) -> Request:
    """`request` with the intents the encoder reads in the clauses no rule read (`Request.unread`).

    Rules stay exact: a clause is only read when the rules left it, and an intent they already named is
    not read again. A guess is added all the same and said in a note, in the message's language, so the
    shopper can correct it; a clause read as no need stays what it was, taste for the semantic ranking.
    Without a matcher (or with nothing unread) the request is returned as it is and no encoder is touched.
    """
    if matcher is None or not request.unread:
        return request
    intents, notes = list(request.intents), list(request.notes)
    parts = [part.split() for part in CLAUSE_BREAK.split(request.text.lower())]
    for clause in request.unread:
        reading = matcher.read(clause)
        if reading is None or reading.intent in intents:
            continue
        if any(opposed(reading.intent, said) for said in request.intents):
            continue  # a guess never undoes a need the rules read; the clause stays taste
        if not reading.sure and any(lets_go(" ".join(part)) for part in parts if _holds(part, clause.split())):
            continue  # a clause that lets a requirement go asks for less: its left-over words ("lose the requirement",
            # "actually ... that much") are no new need; another clause of the message may still hold one
        intents.append(reading.intent)
        if not reading.sure:
            need = INTENT_LABELS[request.language][reading.intent]
            notes.append(TEXT[request.language]["need_guess"].format(words=clause, need=need))
    return replace(request, intents=tuple(intents), notes=tuple(notes))


def _holds(part: list[str], words: list[str]) -> bool:
    """True when the words of an unread clause all stand in `part` (a clause of the message as written), in order."""
    rest = iter(part)
    return bool(words) and all(any(w == p for p in rest) for w in words)
