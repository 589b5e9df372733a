"""Per-sender flood control that never loses a message: over the limit, updates wait their turn.

Each sender has two lanes with their own sliding windows: messages (text and commands) and button
presses, so ordinary use (details, like, more, compare, then /history) is never held up by the
other lane. Privacy commands (/privacy, /forget, /consent) have no limit at all.

Over the limit, an update waits until the window lets it through. Only one update per sender and
lane waits at a time: a newer one supersedes it (`admit` returns SUPERSEDED for the older one), so a
flood costs one waiting task per sender, the latest request is the one answered, and the sender is
told so once per window (see `bot/_app.py`). "Newer" is by the update's `order` (Telegram's update
id) when given: updates reach the gate after a store call in a thread pool, not always in the order
they were sent, and an older one arriving late must not replace the newer one waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import Enum


class Lane(Enum):
    """Which budget an update counts against."""

    MESSAGE = "message"
    BUTTON = "button"
    PRIVACY = "privacy"  # never limited


class Admission(Enum):
    """What happened to one update at the gate."""

    NOW = "now"  # within the limit
    WAITED = "waited"  # over the limit, let through once the window allowed it
    SUPERSEDED = "superseded"  # over the limit, replaced by a newer update of the same sender and lane


@dataclass
class _Budget:
    stamps: deque[float] = field(default_factory=deque)
    waiter: asyncio.Event | None = None  # set when the waiting update is superseded
    waiter_order: int | None = None  # the waiting update's order, when the caller gave one
    told_at: float | None = None


class FloodGate:
    """At most `limit` messages and `button_limit` button presses per sender in any `window_s` seconds."""

    def __init__(self, limit: int, window_s: float, button_limit: int | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self._limits = {Lane.MESSAGE: limit, Lane.BUTTON: button_limit or 2 * limit}
        self._window = window_s
        self._clock = clock
        self._budgets: dict[tuple[Hashable, Lane], _Budget] = {}
        self._checks = 0

    async def admit(self, sender: Hashable, lane: Lane, on_wait: Callable[[], object] | None = None,
                    order: int | None = None) -> Admission:
        """Wait until `sender` may be served in `lane`. `on_wait()` is called (at most once per window)
        when this update has to wait, so that the sender can be told. `order` (the update id) says
        which of two waiting updates is the newer; without it, the later caller is."""
        if lane is Lane.PRIVACY:
            return Admission.NOW
        now = self._clock()
        self._checks += 1
        if self._checks % 1024 == 0:
            self._prune(now)
        budget = self._budgets.setdefault((sender, lane), _Budget())
        if budget.waiter is None and self._take(budget, lane, now):
            return Admission.NOW
        if budget.waiter is not None:
            if order is not None and budget.waiter_order is not None and order < budget.waiter_order:
                return Admission.SUPERSEDED  # a newer update of this sender waits already
            budget.waiter.set()  # the older waiting update gives way to this one
        mine = budget.waiter = asyncio.Event()
        budget.waiter_order = order
        if on_wait is not None and (budget.told_at is None or now - budget.told_at >= self._window):
            budget.told_at = now
            result = on_wait()
            if asyncio.iscoroutine(result):
                await result
        while True:
            if mine.is_set():
                return Admission.SUPERSEDED
            delay = budget.stamps[0] + self._window - self._clock() if budget.stamps else 0.0
            if delay <= 0 and self._take(budget, lane, self._clock()):
                budget.waiter, budget.waiter_order = None, None
                return Admission.WAITED
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(mine.wait(), max(delay, 0.01))

    def _take(self, budget: _Budget, lane: Lane, now: float) -> bool:
        while budget.stamps and now - budget.stamps[0] >= self._window:
            budget.stamps.popleft()
        if len(budget.stamps) < self._limits[lane]:
            budget.stamps.append(now)
            return True
        return False

    def forget(self, sender: Hashable) -> None:
        """Drop what is kept about a sender (after /forget); an update still waiting goes on waiting."""
        for key in [k for k, b in self._budgets.items() if k[0] == sender and b.waiter is None]:
            del self._budgets[key]

    def _prune(self, now: float) -> None:
        # Keep memory bounded by the number of recently active senders.
        stale = [k for k, b in self._budgets.items()
                 if b.waiter is None and (not b.stamps or now - b.stamps[-1] >= self._window)
                 and (b.told_at is None or now - b.told_at >= self._window)]
        for key in stale:
            del self._budgets[key]
