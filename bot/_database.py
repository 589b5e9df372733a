"""The database under the store: one small interface, two backends, chosen by one location.

    open_database(Path("~/.phone-advisor/store.sqlite3"))     # SQLite, embedded (the default)
    open_database("sqlite:////var/lib/phone-advisor/store.sqlite3")
    open_database("postgresql://advisor@db.internal/phone_advisor")   # PostgreSQL, shared by workers

The store (bot/_store.py) writes its SQL once, with ``?`` placeholders and the SQL both dialects
share (``INSERT ... ON CONFLICT``); a backend only connects, runs statements, applies its numbered
migrations at open (bot/_migrate.py) and holds per-user locks that reach across worker processes.
The PostgreSQL backend imports psycopg only when a PostgreSQL location is opened, so SQLite users
never need libpq.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from bot._errors import StoreError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"


class Connection(Protocol):
    """Statements on one connection; inside `Database.session(atomic=True)` they commit together."""

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Run a query and return all its rows."""

    def run(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run a statement and return how many rows it changed."""


class Database(Protocol):
    """What the store needs from a backend."""

    dialect: str  # "sqlite" or "postgresql": names the migrations directory
    place: str  # where the data is, for messages (never a password)
    name: str  # a short name for users: the file name, or the database name

    def session(self, *, atomic: bool = False) -> AbstractContextManager[Connection]:
        """A connection for a few statements; `atomic` runs them in one write transaction."""

    def table_names(self) -> list[str]:
        """The names of the tables in the database, sorted."""

    def try_lock_user(self, user_id: int) -> bool:
        """Take the user's lock for this process without waiting; False while another worker holds it."""

    def unlock_user(self, user_id: int) -> None:
        """Release a lock taken by `try_lock_user`."""

    def close(self) -> None:
        """Release connections (and, for SQLite, checkpoint the write-ahead log)."""


def open_database(location: Path | str) -> Database:
    """The backend for a location: a PostgreSQL URL, a ``sqlite:///`` URL, or a SQLite file path."""
    text = str(location)
    if text.startswith(POSTGRES_SCHEMES):
        from bot._db_postgres import PostgresDatabase  # psycopg (and libpq) only for PostgreSQL users

        return PostgresDatabase(text)
    from bot._db_sqlite import SqliteDatabase

    if text.startswith(SQLITE_SCHEME):
        return SqliteDatabase(Path(text[len(SQLITE_SCHEME):]).expanduser())
    if "://" in text:
        raise StoreError(f"Unknown database URL scheme in {text.split('://', 1)[0]}://...: use "
                         "postgresql://, sqlite:/// or a file path.")
    return SqliteDatabase(Path(text).expanduser())
