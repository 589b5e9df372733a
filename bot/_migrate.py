"""Versioned schema changes: numbered SQL files applied in order when a store is opened.

``bot/_migrations/<dialect>/NNNN_what.sql``, one directory per backend. Opening a store applies
every file whose number is not yet in ``schema_migrations``, all in one transaction under an
exclusive lock (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL transaction-level advisory lock), so two
workers starting together apply each change once and never see half a schema.

Why not Alembic: it brings SQLAlchemy, whose engine the store would not otherwise use (it runs
plain DB-API statements), for a dozen tables in two dialects. Numbered SQL files keep each
change readable as the exact SQL that runs, reviewable per dialect, and the runner is this module.

Rules for a migration file: statements end with ``;`` at the end of a line; ``--`` comments are
allowed on their own lines; never edit a file that has shipped, add the next number instead.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from importlib import resources

from bot._database import Connection
from bot._errors import StoreError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_TABLE = ("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          "applied_at {real} NOT NULL)")


@dataclass(frozen=True)
class Migration:
    """One numbered schema change."""

    version: int
    name: str
    statements: tuple[str, ...]


def migrations(dialect: str) -> list[Migration]:
    """The dialect's migrations in order; numbering must run 1, 2, 3... without gaps."""
    folder = resources.files("bot") / "_migrations" / dialect
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], split_statements(entry.read_text(encoding="utf-8"))))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise StoreError(f"The {dialect} migrations are not numbered 1..{len(found)} without gaps: "
                         f"{[m.version for m in found]}.")
    return found


def split_statements(sql: str) -> tuple[str, ...]:
    """The statements of a migration file (each ends with ';' at the end of a line)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    parts = re.split(r";\s*$", "\n".join(lines), flags=re.MULTILINE)
    return tuple(part.strip() for part in parts if part.strip())


def apply(db: Connection, dialect: str, known: list[Migration]) -> list[int]:
    """Apply the migrations not yet recorded (call inside an exclusive transaction); the versions applied."""
    db.run(_TABLE.format(real="DOUBLE PRECISION" if dialect == "postgresql" else "REAL"))
    done = {row[0] for row in db.rows("SELECT version FROM schema_migrations")}
    newest = max(done, default=0)
    if newest > len(known):
        raise StoreError(f"The store's schema is at version {newest}, newer than this bot knows ({len(known)}): "
                         "run the newer bot version, or restore a backup made before the upgrade.")
    applied = []
    for migration in known:
        if migration.version in done:
            continue
        for statement in migration.statements:
            db.run(statement)
        db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
               (migration.version, migration.name, time.time()))
        applied.append(migration.version)
    return applied
