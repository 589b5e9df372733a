"""The embedded backend: one SQLite file in WAL mode, one connection guarded by a lock.

The event loop and the advisor's worker threads share the connection; the lock serialises them.
Several processes may open the same file (WAL and a busy timeout let them take turns writing), and
per-user locks are byte-range locks (``fcntl.lockf``) on a ``.locks`` file beside the database:
the kernel releases them when a process dies, so a killed worker never leaves a user locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot import _migrate
from bot._errors import StoreError

# Byte offsets of user locks: user ids folded into a range every platform's off_t holds.
_LOCK_SPACE = 1 << 62
# How long an open keeps retrying the switch to WAL while other processes open the same file.
_WAL_SWITCH_SECONDS = 10.0


def _switch_to_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode, retrying while another connection holds it.

    SQLite answers the switch with SQLITE_BUSY at once, without calling the busy handler, when
    another process is opening (and switching) the same fresh file; the busy timeout does not cover it."""
    give_up = time.monotonic() + _WAL_SWITCH_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > give_up:
                raise
            time.sleep(0.02)


class _Connection:
    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    def run(self, sql: str, params: Sequence[object] = ()) -> int:
        return self._db.execute(sql, params).rowcount


class SqliteDatabase:
    """A store in one SQLite file (created 0600, with its -wal and -shm files)."""

    dialect = "sqlite"

    def __init__(self, path: Path):
        self.path = path
        self.place = str(path)
        self.name = path.name
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Owner-only before SQLite opens it: its -wal and -shm files take the same mode.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
            self._db = sqlite3.connect(path, timeout=10.0, check_same_thread=False, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
        try:
            self._db.execute("PRAGMA busy_timeout=10000")
            _switch_to_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            with self.session(atomic=True) as db:
                _migrate.apply(db, self.dialect, _migrate.migrations(self.dialect))
            self._locks_fd = os.open(path.with_name(path.name + ".locks"), os.O_RDWR | os.O_CREAT, 0o600)
        except BaseException as exc:
            self._db.close()
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
            raise

    @contextlib.contextmanager
    def session(self, *, atomic: bool = False) -> Iterator[_Connection]:
        """The shared connection, for this thread alone; `atomic`: one BEGIN IMMEDIATE transaction."""
        with self._lock:
            if not atomic:
                yield _Connection(self._db)
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield _Connection(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def table_names(self) -> list[str]:
        """The tables in the database file, sorted."""
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def try_lock_user(self, user_id: int) -> bool:
        """Lock one byte of the .locks file for this process; False while another process holds it.

        POSIX record locks belong to the process: within one process the caller serialises turns
        itself (Services keeps an asyncio lock per user in front of this one)."""
        try:
            fcntl.lockf(self._locks_fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, user_id % _LOCK_SPACE)
        except (BlockingIOError, PermissionError):
            return False
        return True

    def unlock_user(self, user_id: int) -> None:
        """Release the user's byte of the .locks file."""
        fcntl.lockf(self._locks_fd, fcntl.LOCK_UN, 1, user_id % _LOCK_SPACE)

    def close(self) -> None:
        """Checkpoint the WAL, close the database and drop this process's user locks."""
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._db.close()
                os.close(self._locks_fd)
