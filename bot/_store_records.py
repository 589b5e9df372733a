"""Typed records the store hands out (shared by both database backends)."""

from __future__ import annotations

from dataclasses import dataclass

from advisor import percentile


@dataclass(frozen=True)
class UserRecord:
    """What the store knows about a user besides their messages."""

    user_id: int
    language: str | None
    consent: bool


@dataclass(frozen=True)
class HistoryEntry:
    """One past request of a user."""

    at: float
    query: str
    kind: str
    pick_ids: tuple[str, ...]


@dataclass(frozen=True)
class AuditEntry:
    """One admin action, allowed or refused."""

    at: float
    user_id: int
    action: str
    allowed: bool
    detail: str


@dataclass(frozen=True)
class Stats:
    """Usage figures for /stats."""

    users: int
    requests: int
    likes: int
    dislikes: int
    latency_p50_ms: float | None
    latency_p95_ms: float | None

    @property
    def like_rate(self) -> float | None:
        """Share of feedback that is a like, or None without feedback."""
        total = self.likes + self.dislikes
        return self.likes / total if total else None


@dataclass(frozen=True)
class DayFigures:
    """Requests of one UTC day: how many, and turn latency percentiles (requests that began while
    the model was loading left out)."""

    day: str  # YYYY-MM-DD
    requests: int
    p50_ms: float | None
    p95_ms: float | None


@dataclass(frozen=True)
class ModelLoad:
    """How long the served model's weights took to be ready after the bot started."""

    at: float  # when it was ready (epoch seconds)
    seconds: float
    version: str
    waiting: int  # requests that began before it was ready (left out of turn latency)


@dataclass(frozen=True)
class InFlight:
    """An update some process began answering: where the answer was to go, and which process it was."""

    update_id: int
    chat_id: int
    user_id: int | None  # the sender, when a person (for /forget)
    language: str  # to tell the sender in, should the answer never go out
    owner: str  # "host:pid:token" of the process answering (bot/_delivery.py)


@dataclass(frozen=True)
class SharedPhone:
    """A phone of a shared list as it was when shared: its catalog id and the name shown then."""

    id: str
    name: str


@dataclass(frozen=True)
class SharedList:
    """A shared pick list or comparison (bot/_share.py). Nothing in it is about the person who shared."""

    id: str
    kind: str  # "picks" or "compare"
    currency: str
    phones: tuple[SharedPhone, ...]


def percentiles(values: list[float]) -> tuple[float | None, float | None]:
    """(p50, p95), or (None, None) without values."""
    if not values:
        return None, None
    return percentile(values, 50), percentile(values, 95)
