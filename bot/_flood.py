"""Per-user flood control: a sliding window of recent messages per user.

A user over the limit has further messages dropped (they get one notice per window), so a user
sending a hundred messages in ten seconds occupies the advisor for only a handful of them and
cannot starve everyone else.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    """What to do with one incoming message."""

    ALLOW = "allow"
    NOTIFY = "notify"  # over the limit: drop it and tell the user once
    DROP = "drop"  # over the limit, already told


class FloodGate:
    """Allows at most `limit` messages per user in any `window_s` seconds."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic):
        self._limit = limit
        self._window = window_s
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._notified: dict[int, float] = {}
        self._checks = 0

    def check(self, user_id: int) -> Verdict:
        """Count a message from `user_id` and say whether it may be handled."""
        now = self._clock()
        self._checks += 1
        if self._checks % 1024 == 0:
            self._prune(now)
        stamps = self._seen.setdefault(user_id, deque())
        while stamps and now - stamps[0] >= self._window:
            stamps.popleft()
        if len(stamps) < self._limit:
            stamps.append(now)
            return Verdict.ALLOW
        told = self._notified.get(user_id)
        if told is not None and now - told < self._window:
            return Verdict.DROP
        self._notified[user_id] = now
        return Verdict.NOTIFY

    def forget(self, user_id: int) -> None:
        """Drop what is kept about a user (after /forget)."""
        self._seen.pop(user_id, None)
        self._notified.pop(user_id, None)

    def _prune(self, now: float) -> None:
        # Keep memory bounded by the number of recently active users.
        for uid in [u for u, s in self._seen.items() if not s or now - s[-1] >= self._window]:
            del self._seen[uid]
        for uid in [u for u, t in self._notified.items() if now - t >= self._window]:
            del self._notified[uid]
