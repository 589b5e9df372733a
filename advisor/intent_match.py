"""Vague needs the keyword rules do not know, mapped to intents by the serving encoder.

The keyword rules (advisor/_understand/lexicon.py) stay first: where they name an intent, that reading
is exact. A need they miss ("fits my jeans front pocket easily") is compared with short descriptions
of each intent, in English and Chinese, by cosine similarity of the encoder's sentence vectors; the
closest intent is taken when it is close enough and clearly closer than the runner-up. Chinese text is
not guessed with the English-only base model (see _CJK).
Measured on held-out wordings by `python -m bench.intents`.
"""

from __future__ import annotations

from collections.abc import Mapping

import re

import numpy as np

from advisor.encoder import Encoder

INTENT_DESCRIPTIONS: Mapping[str, tuple[str, ...]] = {
    "gaming": ("a phone for playing mobile games smoothly, fast chip and high frame rate without lag",
               "玩手游流畅不卡顿、高帧率的游戏手机"),
    "photography": ("a phone with an excellent rear camera for taking photos and pictures",
                    "拍照好、后置摄像头出色的手机"),
    "selfie": ("a phone with a great front camera for selfies, vlogs, live streams and video calls",
               "前置摄像头好，适合自拍、视频通话和直播"),
    "battery": ("a phone with a big battery that lasts all day and longer without charging",
                "电池大、续航长、不用经常充电的手机"),
    "compact": ("a small, light phone that fits in a pocket and in one hand",
                "小巧轻便、单手握持、放口袋的小屏手机"),
    "big_screen": ("a phone with a large screen, easy to read and to watch videos on",
                   "大屏幕、看视频看字清楚的手机"),
    "budget": ("a cheap, affordable phone, good value for money",
               "便宜实惠、性价比高的手机"),
    "flagship": ("a premium high-end flagship phone, the best money can buy",
                 "高端旗舰手机，顶级配置"),
    "business": ("a phone for work: office apps, email, meetings and calls",
                 "办公商务用，处理邮件、开会、打电话"),
}

MIN_SIMILARITY = 0.30
"""Below this cosine the text is about something else ("a red one"): no intent is guessed."""
MIN_MARGIN = 0.03
"""The best intent must beat the runner-up by this much; a tie between two needs is no reading."""
_CJK = re.compile(r"[\u3400-\u9fff]")
"""all-MiniLM-L6-v2 was trained on English: Chinese texts all land about equally close to every Chinese
description ("谢谢" and "要红色的" as near to photography as a real photo need), so Chinese needs are
left to the keyword rules rather than guessed."""


class IntentMatcher:
    """Closest intent to a text by the encoder's similarity to the intent descriptions."""

    def __init__(self, encoder: Encoder, min_similarity: float = MIN_SIMILARITY, min_margin: float = MIN_MARGIN):
        self.encoder = encoder
        self.min_similarity = min_similarity
        self.min_margin = min_margin
        self._names = [name for name, texts in INTENT_DESCRIPTIONS.items() for _ in texts]
        self._vectors: np.ndarray | None = None  # embedded on first use: the encoder may still be loading

    def similarities(self, text: str) -> dict[str, float]:
        """Highest cosine of the text to each intent's descriptions."""
        if self._vectors is None:
            self._vectors = self.encoder.encode([t for texts in INTENT_DESCRIPTIONS.values() for t in texts])
        cosines = self._vectors @ self.encoder.encode([text])[0]
        best: dict[str, float] = {}
        for name, cosine in zip(self._names, cosines.tolist()):
            best[name] = max(best.get(name, -1.0), cosine)
        return best

    def match(self, text: str) -> str | None:
        """The intent the text means, or None when none is close enough or two are about as close."""
        if not text.strip() or _CJK.search(text):
            return None
        ranked = sorted(self.similarities(text).items(), key=lambda kv: -kv[1])
        (first, top), (_, second) = ranked[0], ranked[1]
        return first if top >= self.min_similarity and top - second >= self.min_margin else None
