"""The bot's SQLite store: dialogue state, history, feedback, consent, processed updates, audit log, stats.

One connection in WAL mode with a busy timeout, guarded by a lock so that the event loop and the
advisor's worker threads can both use it. Personal text (dialogue state, requests, the request a
feedback was given for) is encrypted with Fernet; the key lives outside the data directory
(see bot/_crypto.py). Rows older than `retention_days` are purged.

A key check value (a known text encrypted with the key) is kept in the `meta` table: a store
opened with another key is refused at once with a message naming the cause, instead of failing
every returning user's turn later. A single row that still cannot be decrypted (damaged) is
treated as empty and deleted; the user it belonged to is told once (see `take_unreadable`).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from bot._errors import StoreError

# Telegram re-sends an unconfirmed update for at most 24 hours; two days of ids is plenty.
_UPDATE_ID_TTL_S = 2 * 24 * 3600

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    user_id INTEGER PRIMARY KEY, language TEXT, consent INTEGER NOT NULL DEFAULT 0,
    consent_at REAL, first_seen REAL NOT NULL, last_seen REAL NOT NULL);
CREATE TABLE IF NOT EXISTS dialogue (
    user_id INTEGER PRIMARY KEY, state BLOB NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, at REAL NOT NULL,
    query BLOB NOT NULL, kind TEXT NOT NULL, pick_ids TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_user ON history (user_id, at);
CREATE TABLE IF NOT EXISTS feedback (
    user_id INTEGER NOT NULL, phone_id TEXT NOT NULL, value INTEGER NOT NULL, query BLOB,
    at REAL NOT NULL, PRIMARY KEY (user_id, phone_id));
CREATE TABLE IF NOT EXISTS opened (
    user_id INTEGER NOT NULL, phone_id TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (user_id, phone_id));
CREATE TABLE IF NOT EXISTS processed_updates (update_id INTEGER PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, at REAL NOT NULL,
    latency_ms REAL NOT NULL, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS model_loads (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, seconds REAL NOT NULL, version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, user_id INTEGER NOT NULL,
    action TEXT NOT NULL, allowed INTEGER NOT NULL, detail TEXT NOT NULL);
"""

# A request that began before a model was ready (its end minus its latency is earlier) waited for loading.
_BEGAN_WHILE_LOADING = ("EXISTS (SELECT 1 FROM model_loads m WHERE r.at - r.latency_ms / 1000.0 < m.at "
                        "AND r.at >= m.at - m.seconds)")

_USER_TABLES = ("dialogue", "history", "feedback", "opened", "requests", "users")
_KEY_CHECK = "key_check"
_KEY_CHECK_TEXT = b"phone-advisor store key check v1"


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


class Store:
    """Everything the bot remembers, in one SQLite file."""

    def __init__(self, path: Path, fernet: Fernet, retention_days: int,
                 clock: Callable[[], float] = time.time):
        self._fernet = fernet
        self._retention_s = retention_days * 24 * 3600.0
        self._clock = clock
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Owner-only before SQLite opens it: its -wal and -shm files take the same mode.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
            self._db = sqlite3.connect(path, timeout=10.0, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=10000")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
        self.path = path
        self._unreadable: set[int] = set()
        self._check_key()

    def _check_key(self) -> None:
        """Refuse a key that does not open this store; stamp a new (or pre-check) store with the key."""
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (_KEY_CHECK,)).fetchone()
        if row is None:
            # A store written before key checks existed: its own rows tell whether the key fits.
            sample = self._db.execute(
                "SELECT state FROM dialogue UNION ALL SELECT query FROM history LIMIT 1").fetchone()
            if sample is not None and not self._opens(sample[0]):
                self._db.close()
                raise StoreError(self._wrong_key_message())
            self._db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)",
                             (_KEY_CHECK, self._fernet.encrypt(_KEY_CHECK_TEXT)))
        elif not self._opens(row[0], _KEY_CHECK_TEXT):
            self._db.close()
            raise StoreError(self._wrong_key_message())

    def _opens(self, blob: bytes, expected: bytes | None = None) -> bool:
        try:
            plain = self._fernet.decrypt(blob)
        except InvalidToken:
            return False
        return expected is None or plain == expected

    def _wrong_key_message(self) -> str:
        return (f"The store {self.path} was written with another encryption key than the one configured "
                "(PHONE_ADVISOR_KEY or the key file): restore that key, or move the store away to start "
                "empty. The bot does not start with a key that cannot read its users' data.")

    def close(self) -> None:
        """Checkpoint the WAL and close the database."""
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._db.close()

    # -- updates ---------------------------------------------------------------------------------

    def claim_update(self, update_id: int) -> bool:
        """True the first time an update id is seen; False for a re-delivered update."""
        with self._lock:
            cur = self._db.execute("INSERT OR IGNORE INTO processed_updates VALUES (?, ?)",
                                   (update_id, self._clock()))
            return cur.rowcount == 1

    # -- users -----------------------------------------------------------------------------------

    def touch_user(self, user_id: int, language: str | None = None) -> UserRecord:
        """Record that a user was seen (creating them, consent off); returns their record."""
        now = self._clock()
        with self._lock:
            self._db.execute(
                "INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET last_seen = excluded.last_seen",
                (user_id, language, now, now))
            return self._user(user_id)

    def user(self, user_id: int) -> UserRecord | None:
        """The user's record, or None if nothing is stored about them."""
        with self._lock:
            return self._user(user_id)

    def _user(self, user_id: int) -> UserRecord | None:
        row = self._db.execute("SELECT language, consent FROM users WHERE user_id = ?", (user_id,)).fetchone()
        return None if row is None else UserRecord(user_id, row[0], bool(row[1]))

    def set_language(self, user_id: int, language: str) -> None:
        """Remember the language a user chose."""
        self.touch_user(user_id)
        with self._lock:
            self._db.execute("UPDATE users SET language = ? WHERE user_id = ?", (language, user_id))

    def set_consent(self, user_id: int, consent: bool) -> None:
        """Opt a user in to (or out of) having their messages and feedback used for retraining."""
        self.touch_user(user_id)
        with self._lock:
            self._db.execute("UPDATE users SET consent = ?, consent_at = ? WHERE user_id = ?",
                             (int(consent), self._clock(), user_id))

    # -- dialogue state --------------------------------------------------------------------------

    def load_state(self, user_id: int) -> str | None:
        """The user's saved dialogue state (JSON), or None."""
        with self._lock:
            row = self._db.execute("SELECT state FROM dialogue WHERE user_id = ?", (user_id,)).fetchone()
        if row is None:
            return None
        state = self._decrypt(row[0])
        if state is None:
            self._drop_unreadable(user_id, "DELETE FROM dialogue WHERE user_id = ?", (user_id,))
        return state

    def save_state(self, user_id: int, state_json: str) -> None:
        """Replace the user's dialogue state."""
        blob = self._encrypt(state_json)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO dialogue VALUES (?, ?, ?)", (user_id, blob, self._clock()))

    def clear_state(self, user_id: int) -> None:
        """Drop the user's dialogue state (after /reset)."""
        with self._lock:
            self._db.execute("DELETE FROM dialogue WHERE user_id = ?", (user_id,))

    # -- history and feedback --------------------------------------------------------------------

    def add_history(self, user_id: int, query: str, kind: str, pick_ids: tuple[str, ...]) -> None:
        """Record one request and the phones shown for it."""
        blob = self._encrypt(query)
        with self._lock:
            self._db.execute("INSERT INTO history (user_id, at, query, kind, pick_ids) VALUES (?, ?, ?, ?, ?)",
                             (user_id, self._clock(), blob, kind, ",".join(pick_ids)))

    def history(self, user_id: int, limit: int) -> list[HistoryEntry]:
        """The user's most recent requests, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, at, query, kind, pick_ids FROM history WHERE user_id = ? "
                "ORDER BY at DESC, id DESC LIMIT ?", (user_id, limit)).fetchall()
        entries = []
        for row_id, at, blob, kind, ids in rows:
            query = self._decrypt(blob)
            if query is None:
                self._drop_unreadable(user_id, "DELETE FROM history WHERE id = ?", (row_id,))
            else:
                entries.append(HistoryEntry(at, query, kind, tuple(p for p in ids.split(",") if p)))
        return entries

    def last_query(self, user_id: int) -> str | None:
        """The text of the user's latest request that produced picks, for attaching to feedback."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, query FROM history WHERE user_id = ? AND pick_ids != '' ORDER BY at DESC, id DESC LIMIT 1",
                (user_id,)).fetchone()
        if row is None:
            return None
        query = self._decrypt(row[1])
        if query is None:
            self._drop_unreadable(user_id, "DELETE FROM history WHERE id = ?", (row[0],))
        return query

    def add_feedback(self, user_id: int, phone_id: str, liked: bool, query: str | None) -> None:
        """Record a like or dislike (a later press on the same phone replaces the earlier one)."""
        blob = None if query is None else self._encrypt(query)
        self.touch_user(user_id)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?, ?)",
                             (user_id, phone_id, 1 if liked else -1, blob, self._clock()))

    def liked(self, user_id: int) -> list[str]:
        """Phone ids the user liked, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT phone_id FROM feedback WHERE user_id = ? AND value > 0 ORDER BY at DESC", (user_id,)
            ).fetchall()
        return [r[0] for r in rows]

    def add_opened(self, user_id: int, phone_id: str) -> None:
        """Record that the user looked at a phone's details (a weak signal of interest)."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO opened VALUES (?, ?, ?)", (user_id, phone_id, self._clock()))

    def profile_ids(self, user_id: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(liked, disliked, opened) phone ids of a user, oldest first, for personal ranking."""
        with self._lock:
            feedback = self._db.execute(
                "SELECT phone_id, value FROM feedback WHERE user_id = ? ORDER BY at", (user_id,)).fetchall()
            opened = self._db.execute(
                "SELECT phone_id FROM opened WHERE user_id = ? ORDER BY at", (user_id,)).fetchall()
        return (tuple(p for p, v in feedback if v > 0), tuple(p for p, v in feedback if v < 0),
                tuple(r[0] for r in opened))

    def export_training_pairs(self) -> list[tuple[str, str]]:
        """(query, phone_id) for every like given by a user who has opted in, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT f.query, f.phone_id FROM feedback f JOIN users u ON u.user_id = f.user_id "
                "WHERE u.consent = 1 AND f.value > 0 AND f.query IS NOT NULL ORDER BY f.at").fetchall()
        pairs = [(self._decrypt(q), pid) for q, pid in rows]
        return [(q, pid) for q, pid in pairs if q is not None]  # a damaged row is no training pair

    # -- stats and audit -------------------------------------------------------------------------

    def record_request(self, user_id: int, latency_s: float, kind: str) -> None:
        """Count one answered request and how long the answer took."""
        with self._lock:
            self._db.execute("INSERT INTO requests (user_id, at, latency_ms, kind) VALUES (?, ?, ?, ?)",
                             (user_id, self._clock(), latency_s * 1000.0, kind))

    def stats(self) -> Stats:
        """Users, requests, feedback and latency percentiles over the retained period."""
        with self._lock:
            users = self._db.execute("SELECT COUNT(*) FROM users").fetchone()[0]
            latencies = [r[0] for r in self._db.execute("SELECT latency_ms FROM requests")]
            likes, dislikes = self._db.execute(
                "SELECT COALESCE(SUM(value > 0), 0), COALESCE(SUM(value < 0), 0) FROM feedback").fetchone()
        p50, p95 = _percentiles(latencies)
        return Stats(users, len(latencies), likes, dislikes, p50, p95)

    def record_model_load(self, seconds: float, version: str) -> None:
        """Record that the served model became ready `seconds` after the bot started (now)."""
        with self._lock:
            self._db.execute("INSERT INTO model_loads (at, seconds, version) VALUES (?, ?, ?)",
                             (self._clock(), seconds, version))

    def last_model_load(self) -> ModelLoad | None:
        """The latest model load, with the number of requests that began before it was ready."""
        with self._lock:
            row = self._db.execute("SELECT at, seconds, version FROM model_loads ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                return None
            waiting = self._db.execute(f"SELECT COUNT(*) FROM requests r WHERE {_BEGAN_WHILE_LOADING}").fetchone()[0]
        return ModelLoad(row[0], row[1], row[2], waiting)

    def request_days(self, days: int) -> list[DayFigures]:
        """Requests and turn latency per UTC day, the last `days` days, oldest first (empty days included)."""
        today = int(self._clock() // 86400)
        first = today - days + 1
        with self._lock:
            rows = self._db.execute(
                f"SELECT CAST(r.at / 86400 AS INTEGER), r.latency_ms FROM requests r WHERE r.at >= ? "
                f"AND NOT ({_BEGAN_WHILE_LOADING})", (first * 86400.0,)).fetchall()
        by_day: dict[int, list[float]] = {}
        for day, latency in rows:
            by_day.setdefault(day, []).append(latency)
        out = []
        for day in range(first, today + 1):
            latencies = by_day.get(day, [])
            p50, p95 = _percentiles(latencies)
            out.append(DayFigures(time.strftime("%Y-%m-%d", time.gmtime(day * 86400)), len(latencies), p50, p95))
        return out

    def audit(self, user_id: int, action: str, allowed: bool, detail: str = "") -> None:
        """Append an admin action (or a refused attempt) to the audit log."""
        with self._lock:
            self._db.execute("INSERT INTO audit (at, user_id, action, allowed, detail) VALUES (?, ?, ?, ?, ?)",
                             (self._clock(), user_id, action, int(allowed), detail))

    def audit_log(self, limit: int = 50) -> list[AuditEntry]:
        """The most recent audit entries, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT at, user_id, action, allowed, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [AuditEntry(at, uid, action, bool(ok), detail) for at, uid, action, ok, detail in rows]

    # -- privacy ---------------------------------------------------------------------------------

    def forget(self, user_id: int) -> None:
        """Delete everything stored about a user, at once (training exports read the same tables).

        Audit entries of actions the user was allowed (only admins are) stay: they are the record
        of changes made to the shop's bot. Refused attempts go with the rest."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for table in _USER_TABLES:
                    self._db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))  # noqa: S608
                self._db.execute("DELETE FROM audit WHERE user_id = ? AND allowed = 0", (user_id,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def purge(self) -> int:
        """Delete rows older than the retention period; returns how many went."""
        now = self._clock()
        cutoff = now - self._retention_s
        deleted = 0
        with self._lock:
            stale_users = [r[0] for r in self._db.execute("SELECT user_id FROM users WHERE last_seen < ?", (cutoff,))]
            for uid in stale_users:
                for table in _USER_TABLES:
                    deleted += self._db.execute(f"DELETE FROM {table} WHERE user_id = ?", (uid,)).rowcount  # noqa: S608
            for table, column in (("dialogue", "updated_at"), ("history", "at"), ("feedback", "at"),
                                  ("opened", "at"), ("requests", "at"), ("audit", "at")):
                deleted += self._db.execute(f"DELETE FROM {table} WHERE {column} < ?", (cutoff,)).rowcount  # noqa: S608
            deleted += self._db.execute("DELETE FROM processed_updates WHERE at < ?",
                                        (now - min(self._retention_s, _UPDATE_ID_TTL_S),)).rowcount
        return deleted

    @property
    def retention_days(self) -> float:
        """Days a user's rows are kept after their last activity (and audit entries after they were written)."""
        return self._retention_s / 86400

    @property
    def update_id_days(self) -> float:
        """Days a processed update id is kept (Telegram re-sends an update for at most one day)."""
        return min(self._retention_s, _UPDATE_ID_TTL_S) / 86400

    def tables(self) -> list[str]:
        """The names of the store's tables, as they are in the database file."""
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def rows(self, table: str) -> int:
        """Row count of one table (for tests and /stats)."""
        if table not in {"users", "dialogue", "history", "feedback", "opened", "processed_updates", "requests", "audit",
                         "meta"}:
            raise StoreError(f"Unknown table {table!r}.")
        with self._lock:
            return self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608

    # -- encryption ------------------------------------------------------------------------------

    def _encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def _decrypt(self, blob: bytes) -> str | None:
        """The text of one row, or None when that row is damaged (the key itself was checked on opening)."""
        try:
            return self._fernet.decrypt(blob).decode("utf-8")
        except (InvalidToken, UnicodeDecodeError):
            return None

    def _drop_unreadable(self, user_id: int, delete: str, params: tuple) -> None:
        """Delete a row that can never be read again, and remember to tell its user once."""
        with self._lock:
            self._db.execute(delete, params)
            self._unreadable.add(user_id)

    def take_unreadable(self, user_id: int) -> bool:
        """True once after some of the user's stored data was found damaged and dropped."""
        with self._lock:
            if user_id in self._unreadable:
                self._unreadable.discard(user_id)
                return True
            return False


def _percentiles(values: list[float]) -> tuple[float | None, float | None]:
    """(p50, p95), or (None, None) without values."""
    if len(values) <= 1:
        return (values[0], values[0]) if values else (None, None)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94]
