"""The shared backend: PostgreSQL through psycopg 3, with a connection pool per worker process.

Loaded only when the store's location is a ``postgresql://`` URL (psycopg needs libpq). Each
statement runs on a pooled connection in autocommit mode; `session(atomic=True)` wraps its
statements in one transaction, under a transaction-level advisory lock that makes such transactions
take turns over all workers (as SQLite's BEGIN IMMEDIATE does): workers starting together apply
each migration once, and a purge never deadlocks with another worker's purge or /forget.

Per-user locks are session-level advisory locks (``pg_try_advisory_lock(user_id)``) held on one
connection per process, apart from the pool: one connection holds any number of users' locks, the
server releases them all if the worker dies, and a waiting worker polls instead of parking a
pooled connection (see Store.user_turn). If that connection itself is lost mid-turn (a server
restart), the server has released its locks: the turn in flight finishes unprotected, and the
next lock is taken on a new connection.

Open the store in each worker process after it starts (never before a fork): a pool's connections
and threads cannot be shared across processes.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Iterator, Sequence

from bot import _migrate
from bot._errors import StoreError

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
    from psycopg_pool import ConnectionPool, PoolTimeout
except ImportError as _exc:  # libpq missing, or psycopg not installed
    raise StoreError(
        f"PHONE_ADVISOR_DATABASE_URL names a PostgreSQL database, but psycopg cannot be loaded ({_exc}): install "
        "libpq (Debian: apt install libpq5) and the project's dependencies, or pip install 'psycopg[binary]'.") from None

log = logging.getLogger(__name__)

# The advisory-lock key pair held by every atomic session (two-int keys never collide with user ids).
_WRITER_LOCK = (0x70686F6E, 1)  # "phon"
_CONNECT_TIMEOUT_S = 10.0


@functools.lru_cache(maxsize=256)
def _placeholders(sql: str) -> str:
    """The store's '?' placeholders as psycopg's '%s' (a literal '%' doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Connection:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._conn.execute(_placeholders(sql), params).fetchall()

    def run(self, sql: str, params: Sequence[object] = ()) -> int:
        return self._conn.execute(_placeholders(sql), params).rowcount


class PostgresDatabase:
    """A store in a PostgreSQL database (its current schema), shared by every worker."""

    dialect = "postgresql"

    def __init__(self, url: str, pool_size: int = 8):
        self._url = url
        try:
            parts = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise StoreError(f"PHONE_ADVISOR_DATABASE_URL is not a valid PostgreSQL URL: {exc}.") from None
        self.name = str(parts.get("dbname") or parts.get("user") or "postgres")
        host, user, port = str(parts.get("host") or "localhost"), parts.get("user") or "", parts.get("port") or 5432
        self.place = (f"postgresql://{user}@/{self.name}?host={host}" if host.startswith("/")  # a socket directory
                      else f"postgresql://{user}@{host}:{port}/{self.name}")
        self._lock_guard = threading.Lock()
        # One connection first, for libpq's own reason when it fails (the pool would retry until its
        # timeout and say only that); it becomes the connection that holds user locks.
        try:
            self._lock_conn: psycopg.Connection | None = self._connect()
        except psycopg.OperationalError as exc:
            raise StoreError(f"Cannot connect to the PostgreSQL database {self.place}: "
                             f"{' '.join(str(exc).split())}") from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=False, name="phone-advisor-store",
                                    kwargs={"autocommit": True, "connect_timeout": int(_CONNECT_TIMEOUT_S)})
        try:
            self._pool.open(wait=True, timeout=_CONNECT_TIMEOUT_S)
            with self.session(atomic=True) as db:
                _migrate.apply(db, self.dialect, _migrate.migrations(self.dialect))
        except PoolTimeout:
            self._pool.close()
            self._drop_lock_connection()
            raise StoreError(f"Cannot reach the PostgreSQL database {self.place} within {_CONNECT_TIMEOUT_S:g} s: "
                             "check that the server runs, the URL (PHONE_ADVISOR_DATABASE_URL) and the "
                             "credentials.") from None
        except BaseException:
            self._pool.close()
            self._drop_lock_connection()
            raise

    @contextlib.contextmanager
    def session(self, *, atomic: bool = False) -> Iterator[_Connection]:
        """A pooled connection; `atomic`: its statements in one transaction, one such transaction at a time
        over all workers (as SQLite's BEGIN IMMEDIATE: migrations, purges and /forget never interleave or
        deadlock). Database errors become StoreError."""
        try:
            with self._pool.connection() as conn:
                if not atomic:
                    yield _Connection(conn)
                    return
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", _WRITER_LOCK)
                    yield _Connection(conn)
        except PoolTimeout:
            raise StoreError(f"No connection to the PostgreSQL database {self.place} came free in time: "
                             "the server is unreachable or the pool is exhausted.") from None
        except psycopg.Error as exc:
            # The class and SQLSTATE only: a server message can quote the values of a statement.
            raise StoreError(f"The PostgreSQL database {self.place} refused a statement "
                             f"({type(exc).__name__}, SQLSTATE {exc.sqlstate}).") from exc

    def table_names(self) -> list[str]:
        """The tables of the current schema, sorted by name (the same order as SQLite's)."""
        with self.session() as db:
            rows = db.rows("SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
        return sorted(r[0] for r in rows)

    def try_lock_user(self, user_id: int) -> bool:
        """Take the user's advisory lock on this process's lock connection; False while another holds it."""
        with self._lock_guard:
            try:
                conn = self._lock_connection()
                row = conn.execute("SELECT pg_try_advisory_lock(%s)", (user_id,)).fetchone()  # always one row
                return row is not None and bool(row[0])
            except psycopg.Error as exc:
                self._drop_lock_connection()
                raise StoreError(f"Cannot take a user lock in the PostgreSQL database {self.place} "
                                 f"({type(exc).__name__}).") from exc

    def unlock_user(self, user_id: int) -> None:
        """Release the user's advisory lock (a lost lock connection has released it already)."""
        with self._lock_guard:
            if self._lock_conn is None:
                return
            try:
                self._lock_conn.execute("SELECT pg_advisory_unlock(%s)", (user_id,))
            except psycopg.Error:
                log.warning("the lock connection to %s was lost; the server released its locks", self.place)
                self._drop_lock_connection()

    def _lock_connection(self) -> psycopg.Connection:
        if self._lock_conn is None or self._lock_conn.closed:
            self._lock_conn = self._connect()
        return self._lock_conn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._url, autocommit=True, connect_timeout=int(_CONNECT_TIMEOUT_S))

    def _drop_lock_connection(self) -> None:
        if self._lock_conn is not None:
            self._lock_conn.close()
            self._lock_conn = None

    def close(self) -> None:
        """Close the pool and the lock connection (which releases this process's user locks)."""
        with self._lock_guard:
            self._drop_lock_connection()
        self._pool.close()
