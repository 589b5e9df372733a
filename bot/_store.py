"""The bot's store: dialogue state, history, feedback, consent, processed updates, audit log, stats.

One class over either database backend (bot/_database.py: SQLite embedded, or PostgreSQL shared by
several workers); every rule below lives here, so both behave the same. Personal text (dialogue
state, requests, the request a feedback was given for) is encrypted with Fernet; the key lives
outside the data directory (see bot/_crypto.py). Rows older than `retention_days` are purged.

A key check value (a known text encrypted with the key) is kept in the `meta` table: a store
opened with another key is refused at once with a message naming the cause, instead of failing
every returning user's turn later. A single row that still cannot be decrypted (damaged) is
treated as empty and deleted; the user it belonged to is told once (see `take_unreadable`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from advisor import Settings
from bot._crypto import load_fernet
from bot._database import Database, open_database
from bot._errors import StoreError
from bot._store_records import (
    AuditEntry,
    DayFigures,
    HistoryEntry,
    InFlight,
    ModelLoad,
    SharedList,
    SharedPhone,
    Stats,
    UserRecord,
    percentiles,
)

# Telegram re-sends an unconfirmed update for at most 24 hours; two days of ids is plenty.
_UPDATE_ID_TTL_S = 2 * 24 * 3600

# A request that began before a model was ready (its end minus its latency is earlier) waited for loading.
_BEGAN_WHILE_LOADING = ("EXISTS (SELECT 1 FROM model_loads m WHERE r.at - r.latency_ms / 1000.0 < m.at "
                        "AND r.at >= m.at - m.seconds)")

_USER_TABLES = ("dialogue", "history", "feedback", "opened", "requests", "in_flight", "users")
_COUNTED_TABLES = frozenset(_USER_TABLES) | {"processed_updates", "audit", "meta", "model_loads",
                                             "schema_migrations", "shares"}
_KEY_CHECK = "key_check"
_KEY_CHECK_TEXT = b"phone-advisor store key check v1"

# How often a worker looks again at a user lock another worker holds (doubling up to the last).
_LOCK_POLL_S = (0.002, 0.005, 0.01, 0.02, 0.05)


class Store:
    """Everything the bot remembers, in one database (a SQLite file or a PostgreSQL database).

    Safe to share between the event loop and worker threads of one process; each worker process
    opens its own Store (after it starts), and all of them may share one database."""

    def __init__(self, database: Database | Path | str, fernet: Fernet, retention_days: int,
                 clock: Callable[[], float] = time.time):
        """`database`: an open backend, or a location for `open_database` (a file path or a URL)."""
        self._database = database if not isinstance(database, (Path, str)) else open_database(database)
        self._fernet = fernet
        self._retention_s = retention_days * 24 * 3600.0
        self._clock = clock
        self._unreadable: set[int] = set()
        self._unreadable_lock = threading.Lock()
        try:
            self._check_key()
        except BaseException:
            self._database.close()
            raise

    @property
    def place(self) -> str:
        """Where the data is: the SQLite file, or the PostgreSQL URL without its password."""
        return self._database.place

    @property
    def name(self) -> str:
        """The store's short name for users: the SQLite file's name, or the PostgreSQL database's."""
        return self._database.name

    @property
    def dialect(self) -> str:
        """"sqlite" or "postgresql"."""
        return self._database.dialect

    def _check_key(self) -> None:
        """Refuse a key that does not open this store; stamp a new (or pre-check) store with the key."""
        with self._database.session(atomic=True) as db:
            row = db.rows("SELECT value FROM meta WHERE name = ?", (_KEY_CHECK,))
            if not row:
                # A store written before key checks existed: its own rows tell whether the key fits.
                sample = db.rows("SELECT state FROM dialogue UNION ALL SELECT query FROM history LIMIT 1")
                if sample and not self._opens(sample[0][0]):
                    raise StoreError(self._wrong_key_message())
                db.run("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                       (_KEY_CHECK, self._fernet.encrypt(_KEY_CHECK_TEXT)))
                row = db.rows("SELECT value FROM meta WHERE name = ?", (_KEY_CHECK,))
            # Read back: a worker that started at the same moment with another key may have stamped first.
            if not self._opens(row[0][0], _KEY_CHECK_TEXT):
                raise StoreError(self._wrong_key_message())

    def _opens(self, blob: bytes, expected: bytes | None = None) -> bool:
        try:
            plain = self._fernet.decrypt(bytes(blob))
        except InvalidToken:
            return False
        return expected is None or plain == expected

    def _wrong_key_message(self) -> str:
        return (f"The store {self.place} was written with another encryption key than the one configured "
                "(PHONE_ADVISOR_KEY or the key file): restore that key, or move the store away to start "
                "empty. The bot does not start with a key that cannot read its users' data.")

    def close(self) -> None:
        """Close the database (SQLite: after checkpointing its write-ahead log)."""
        self._database.close()

    # -- updates and per-user turns --------------------------------------------------------------

    def update_answered(self, update_id: int) -> bool:
        """Whether an update was answered already, by any worker (Telegram re-delivers some after a restart)."""
        with self._database.session() as db:
            return bool(db.rows("SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,)))

    def begin_update(self, update: InFlight) -> None:
        """Record that an update is being answered (no text: its chat, sender, language, the process answering);
        a re-delivered update left by a dead process becomes this process's."""
        with self._database.session() as db:
            db.run("INSERT INTO in_flight (update_id, chat_id, user_id, language, owner, at) VALUES (?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (update_id) DO UPDATE SET owner = excluded.owner, at = excluded.at",
                   (update.update_id, update.chat_id, update.user_id, update.language, update.owner, self._clock()))

    def finish_update(self, update_id: int) -> bool:
        """Record that an update was answered, at once with its in-flight row going; False if it already was."""
        with self._database.session(atomic=True) as db:
            db.run("DELETE FROM in_flight WHERE update_id = ?", (update_id,))
            return db.run("INSERT INTO processed_updates (update_id, at) VALUES (?, ?) "
                          "ON CONFLICT (update_id) DO NOTHING", (update_id, self._clock())) == 1

    def in_flight(self) -> list[InFlight]:
        """Updates some process began answering and did not finish, oldest first."""
        with self._database.session() as db:
            rows = db.rows("SELECT update_id, chat_id, user_id, language, owner FROM in_flight ORDER BY at, update_id")
        return [InFlight(*row) for row in rows]

    def drop_in_flight(self, update_id: int) -> None:
        """Forget an unfinished update (its sender was told it was not answered)."""
        with self._database.session() as db:
            db.run("DELETE FROM in_flight WHERE update_id = ?", (update_id,))

    @contextlib.asynccontextmanager
    async def user_turn(self, user_id: int) -> AsyncIterator[None]:
        """Hold the user's lock across worker processes for one turn (waiting without blocking the loop).

        The lock belongs to this process (a PostgreSQL session, a file-range lock): callers in one
        process serialise a user's turns themselves first, as Services does with an asyncio lock."""
        attempt = 0
        while not self._database.try_lock_user(user_id):
            await asyncio.sleep(_LOCK_POLL_S[min(attempt, len(_LOCK_POLL_S) - 1)])
            attempt += 1
        try:
            yield
        finally:
            self._database.unlock_user(user_id)

    # -- users -----------------------------------------------------------------------------------

    def touch_user(self, user_id: int, language: str | None = None) -> UserRecord:
        """Record that a user was seen (creating them, consent off); returns their record."""
        now = self._clock()
        with self._database.session() as db:
            db.run("INSERT INTO users (user_id, language, first_seen, last_seen) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (user_id) DO UPDATE SET last_seen = excluded.last_seen",
                   (user_id, language, now, now))
            rows = db.rows("SELECT language, consent FROM users WHERE user_id = ?", (user_id,))
        return UserRecord(user_id, rows[0][0], bool(rows[0][1]))

    def user(self, user_id: int) -> UserRecord | None:
        """The user's record, or None if nothing is stored about them."""
        with self._database.session() as db:
            rows = db.rows("SELECT language, consent FROM users WHERE user_id = ?", (user_id,))
        return UserRecord(user_id, rows[0][0], bool(rows[0][1])) if rows else None

    def set_language(self, user_id: int, language: str) -> None:
        """Remember the language a user chose."""
        self.touch_user(user_id)
        with self._database.session() as db:
            db.run("UPDATE users SET language = ? WHERE user_id = ?", (language, user_id))

    def set_consent(self, user_id: int, consent: bool) -> None:
        """Opt a user in to (or out of) having their messages and feedback used for retraining."""
        self.touch_user(user_id)
        with self._database.session() as db:
            db.run("UPDATE users SET consent = ?, consent_at = ? WHERE user_id = ?",
                   (int(consent), self._clock(), user_id))

    # -- dialogue state --------------------------------------------------------------------------

    def load_state(self, user_id: int) -> str | None:
        """The user's saved dialogue state (JSON), or None."""
        with self._database.session() as db:
            rows = db.rows("SELECT state FROM dialogue WHERE user_id = ?", (user_id,))
        if not rows:
            return None
        state = self._decrypt(rows[0][0])
        if state is None:
            self._drop_unreadable(user_id, "DELETE FROM dialogue WHERE user_id = ?", (user_id,))
        return state

    def save_state(self, user_id: int, state_json: str) -> None:
        """Replace the user's dialogue state."""
        blob = self._encrypt(state_json)
        with self._database.session() as db:
            db.run("INSERT INTO dialogue (user_id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (user_id) "
                   "DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
                   (user_id, blob, self._clock()))

    # -- history and feedback --------------------------------------------------------------------

    def add_history(self, user_id: int, query: str, kind: str, pick_ids: tuple[str, ...]) -> None:
        """Record one request and the phones shown for it."""
        blob = self._encrypt(query)
        with self._database.session() as db:
            db.run("INSERT INTO history (user_id, at, query, kind, pick_ids) VALUES (?, ?, ?, ?, ?)",
                   (user_id, self._clock(), blob, kind, ",".join(pick_ids)))

    def history(self, user_id: int, limit: int) -> list[HistoryEntry]:
        """The user's most recent requests, newest first."""
        with self._database.session() as db:
            rows = db.rows("SELECT id, at, query, kind, pick_ids FROM history WHERE user_id = ? "
                           "ORDER BY at DESC, id DESC LIMIT ?", (user_id, limit))
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
        with self._database.session() as db:
            rows = db.rows("SELECT id, query FROM history WHERE user_id = ? AND pick_ids != '' "
                           "ORDER BY at DESC, id DESC LIMIT 1", (user_id,))
        if not rows:
            return None
        query = self._decrypt(rows[0][1])
        if query is None:
            self._drop_unreadable(user_id, "DELETE FROM history WHERE id = ?", (rows[0][0],))
        return query

    def add_feedback(self, user_id: int, phone_id: str, liked: bool, query: str | None) -> None:
        """Record a like or dislike (a later press on the same phone replaces the earlier one)."""
        blob = None if query is None else self._encrypt(query)
        self.touch_user(user_id)
        with self._database.session() as db:
            db.run("INSERT INTO feedback (user_id, phone_id, value, query, at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (user_id, phone_id) DO UPDATE SET value = excluded.value, query = excluded.query, "
                   "at = excluded.at", (user_id, phone_id, 1 if liked else -1, blob, self._clock()))

    def liked(self, user_id: int) -> list[str]:
        """Phone ids the user liked, newest first."""
        with self._database.session() as db:
            rows = db.rows("SELECT phone_id FROM feedback WHERE user_id = ? AND value > 0 ORDER BY at DESC",
                           (user_id,))
        return [r[0] for r in rows]

    def add_opened(self, user_id: int, phone_id: str) -> None:
        """Record that the user looked at a phone's details (a weak signal of interest)."""
        with self._database.session() as db:
            db.run("INSERT INTO opened (user_id, phone_id, at) VALUES (?, ?, ?) "
                   "ON CONFLICT (user_id, phone_id) DO UPDATE SET at = excluded.at", (user_id, phone_id, self._clock()))

    def profile_ids(self, user_id: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(liked, disliked, opened) phone ids of a user, oldest first, for personal ranking."""
        with self._database.session() as db:
            feedback = db.rows("SELECT phone_id, value FROM feedback WHERE user_id = ? ORDER BY at", (user_id,))
            opened = db.rows("SELECT phone_id FROM opened WHERE user_id = ? ORDER BY at", (user_id,))
        return (tuple(p for p, v in feedback if v > 0), tuple(p for p, v in feedback if v < 0),
                tuple(r[0] for r in opened))

    def export_training_pairs(self) -> list[tuple[str, str]]:
        """(query, phone_id) for every like given by a user who has opted in, oldest first."""
        with self._database.session() as db:
            rows = db.rows("SELECT f.query, f.phone_id FROM feedback f JOIN users u ON u.user_id = f.user_id "
                           "WHERE u.consent = 1 AND f.value > 0 AND f.query IS NOT NULL ORDER BY f.at")
        pairs = [(self._decrypt(q), pid) for q, pid in rows]
        return [(q, pid) for q, pid in pairs if q is not None]  # a damaged row is no training pair

    # -- stats and audit -------------------------------------------------------------------------

    def record_request(self, user_id: int, latency_s: float, kind: str) -> None:
        """Count one answered request and how long the answer took."""
        with self._database.session() as db:
            db.run("INSERT INTO requests (user_id, at, latency_ms, kind) VALUES (?, ?, ?, ?)",
                   (user_id, self._clock(), latency_s * 1000.0, kind))

    def stats(self) -> Stats:
        """Users, requests, feedback and latency percentiles over the retained period."""
        with self._database.session() as db:
            users = db.rows("SELECT COUNT(*) FROM users")[0][0]
            latencies = [r[0] for r in db.rows("SELECT latency_ms FROM requests")]
            likes, dislikes = db.rows("SELECT COALESCE(SUM(CASE WHEN value > 0 THEN 1 ELSE 0 END), 0), "
                                      "COALESCE(SUM(CASE WHEN value < 0 THEN 1 ELSE 0 END), 0) FROM feedback")[0]
        p50, p95 = percentiles(latencies)
        return Stats(users, len(latencies), likes, dislikes, p50, p95)

    def record_model_load(self, seconds: float, version: str) -> None:
        """Record that the served model became ready `seconds` after the bot started (now)."""
        with self._database.session() as db:
            db.run("INSERT INTO model_loads (at, seconds, version) VALUES (?, ?, ?)", (self._clock(), seconds, version))

    def last_model_load(self) -> ModelLoad | None:
        """The latest model load, with the number of requests that began before it was ready."""
        with self._database.session() as db:
            rows = db.rows("SELECT at, seconds, version FROM model_loads ORDER BY id DESC LIMIT 1")
            if not rows:
                return None
            waiting = db.rows(f"SELECT COUNT(*) FROM requests r WHERE {_BEGAN_WHILE_LOADING}")[0][0]  # noqa: S608 - a constant
        return ModelLoad(rows[0][0], rows[0][1], rows[0][2], waiting)

    def request_days(self, days: int) -> list[DayFigures]:
        """Requests and turn latency per UTC day, the last `days` days, oldest first (empty days included)."""
        today = int(self._clock() // 86400)
        first = today - days + 1
        with self._database.session() as db:
            rows = db.rows(f"SELECT r.at, r.latency_ms FROM requests r WHERE r.at >= ? "  # noqa: S608 - a constant
                           f"AND NOT ({_BEGAN_WHILE_LOADING})", (first * 86400.0,))
        by_day: dict[int, list[float]] = {}
        for at, latency in rows:
            by_day.setdefault(int(at // 86400), []).append(latency)
        out = []
        for day in range(first, today + 1):
            latencies = by_day.get(day, [])
            p50, p95 = percentiles(latencies)
            out.append(DayFigures(time.strftime("%Y-%m-%d", time.gmtime(day * 86400)), len(latencies), p50, p95))
        return out

    def audit(self, user_id: int, action: str, allowed: bool, detail: str = "") -> None:
        """Append an admin action (or a refused attempt) to the audit log."""
        with self._database.session() as db:
            db.run("INSERT INTO audit (at, user_id, action, allowed, detail) VALUES (?, ?, ?, ?, ?)",
                   (self._clock(), user_id, action, int(allowed), detail))

    def audit_log(self, limit: int = 50) -> list[AuditEntry]:
        """The most recent audit entries, newest first."""
        with self._database.session() as db:
            rows = db.rows("SELECT at, user_id, action, allowed, detail FROM audit ORDER BY id DESC LIMIT ?", (limit,))
        return [AuditEntry(at, uid, action, bool(ok), detail) for at, uid, action, ok, detail in rows]

    # -- shared links ----------------------------------------------------------------------------

    def keep_share(self, shared: SharedList) -> None:
        """Store a shared list (sharing the same list again only renews its date, which retention counts from)."""
        phones = json.dumps([[p.id, p.name] for p in shared.phones], ensure_ascii=False)
        with self._database.session() as db:
            db.run("INSERT INTO shares (id, kind, currency, phones, shared_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (id) DO UPDATE SET shared_at = excluded.shared_at",
                   (shared.id, shared.kind, shared.currency, phones, self._clock()))

    def shared(self, share_id: str) -> SharedList | None:
        """The shared list with this id, or None (never stored, or past retention)."""
        with self._database.session() as db:
            rows = db.rows("SELECT kind, currency, phones FROM shares WHERE id = ?", (share_id,))
        if not rows:
            return None
        kind, currency, phones = rows[0]
        return SharedList(share_id, kind, currency, tuple(SharedPhone(i, n) for i, n in json.loads(phones)))

    # -- privacy ---------------------------------------------------------------------------------

    def forget(self, user_id: int) -> None:
        """Delete everything stored about a user, at once (training exports read the same tables).

        Audit entries of actions the user was allowed (only admins are) stay: they are the record
        of changes made to the shop's bot. Refused attempts go with the rest."""
        with self._database.session(atomic=True) as db:
            for table in _USER_TABLES:
                db.run(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))  # noqa: S608 - table from _USER_TABLES
            db.run("DELETE FROM audit WHERE user_id = ? AND allowed = 0", (user_id,))

    def purge(self) -> int:
        """Delete rows older than the retention period; returns how many went."""
        now = self._clock()
        cutoff = now - self._retention_s
        deleted = 0
        with self._database.session(atomic=True) as db:
            stale_users = [r[0] for r in db.rows("SELECT user_id FROM users WHERE last_seen < ?", (cutoff,))]
            for uid in stale_users:
                for table in _USER_TABLES:
                    deleted += db.run(f"DELETE FROM {table} WHERE user_id = ?", (uid,))  # noqa: S608 - table from _USER_TABLES
            for table, column in (("dialogue", "updated_at"), ("history", "at"), ("feedback", "at"),
                                  ("opened", "at"), ("requests", "at"), ("audit", "at"), ("shares", "shared_at")):
                deleted += db.run(f"DELETE FROM {table} WHERE {column} < ?", (cutoff,))  # noqa: S608 - names from the tuple above
            for table in ("processed_updates", "in_flight"):
                deleted += db.run(f"DELETE FROM {table} WHERE at < ?",  # noqa: S608 - table from the tuple above
                                  (now - min(self._retention_s, _UPDATE_ID_TTL_S),))
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
        """The names of the store's tables, as they are in the database."""
        return self._database.table_names()

    def rows(self, table: str) -> int:
        """Row count of one table (for tests and /stats)."""
        if table not in _COUNTED_TABLES:
            raise StoreError(f"Unknown table {table!r}.")
        with self._database.session() as db:
            return db.rows(f"SELECT COUNT(*) FROM {table}")[0][0]  # noqa: S608 - table checked against _COUNTED_TABLES

    # -- encryption ------------------------------------------------------------------------------

    def _encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def _decrypt(self, blob: bytes) -> str | None:
        """The text of one row, or None when that row is damaged (the key itself was checked on opening)."""
        try:
            return self._fernet.decrypt(bytes(blob)).decode("utf-8")
        except (InvalidToken, UnicodeDecodeError):
            return None

    def _drop_unreadable(self, user_id: int, delete: str, params: tuple) -> None:
        """Delete a row that can never be read again, and remember to tell its user once."""
        with self._database.session() as db:
            db.run(delete, params)
        with self._unreadable_lock:
            self._unreadable.add(user_id)

    def take_unreadable(self, user_id: int) -> bool:
        """True once after some of the user's stored data was found damaged and dropped."""
        with self._unreadable_lock:
            if user_id in self._unreadable:
                self._unreadable.discard(user_id)
                return True
            return False


def open_store(settings: Settings) -> Store:
    """The bot's store where the settings put it (a PostgreSQL URL, or the SQLite file in the home),
    migrated to the current schema and opened with its key (never a new key beside encrypted data)."""
    database = open_database(settings.store_location)
    try:
        with database.session() as db:
            # Encrypted rows or a key check value: a new key could not read them (see bot/_crypto.py).
            holds_data = bool(db.rows("SELECT 1 FROM meta UNION ALL SELECT 1 FROM history "
                                      "UNION ALL SELECT 1 FROM dialogue LIMIT 1"))
        fernet = load_fernet(settings.home, settings.key_file, settings.store_key, store=database.place if holds_data else None)
    except BaseException:
        database.close()
        raise
    return Store(database, fernet, settings.retention_days)
