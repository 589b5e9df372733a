"""The store's two backends: versioned migrations, and what several workers sharing one store rely on.

Tests taking `store_location` run on SQLite and on the session's PostgreSQL server (tests/conftest.py).
"""

from __future__ import annotations

import multiprocessing
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot import Store, StoreError
from bot._database import open_database
from bot._db_sqlite import SqliteDatabase
from bot._migrate import migrations, split_statements
from tests.helpers import REPO


def _open(location, key: Fernet | None = None) -> Store:
    return Store(location, key or Fernet(Fernet.generate_key()), retention_days=30)


def _applied(store: Store) -> list[tuple[int, str]]:
    with store._database.session() as db:
        return [tuple(r) for r in db.rows("SELECT version, name FROM schema_migrations ORDER BY version")]


def test_both_dialects_have_the_same_numbered_migrations():
    assert [(m.version, m.name) for m in migrations("sqlite")] == [(m.version, m.name) for m in migrations("postgresql")]


def test_a_new_store_records_each_migration_once_across_reopenings(store_location):
    key = Fernet(Fernet.generate_key())
    first = _open(store_location, key)
    recorded = _applied(first)
    first.close()
    second = _open(store_location, key)
    assert recorded == _applied(second) == [(m.version, m.name) for m in migrations(second.dialect)]
    second.close()


def test_a_store_migrated_by_a_newer_bot_is_refused(store_location):
    key = Fernet(Fernet.generate_key())
    store = _open(store_location, key)
    with store._database.session() as db:
        db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", (99, "future", 0.0))
    store.close()
    with pytest.raises(StoreError, match="newer than this bot knows"):
        _open(store_location, key)


def test_a_sqlite_store_from_before_migrations_is_adopted_with_its_rows(tmp_path):
    path, key = tmp_path / "store.sqlite3", Fernet(Fernet.generate_key())
    old = sqlite3.connect(path)  # the schema as the bot created it before versioned migrations
    for statement in split_statements((REPO / "bot/_migrations/sqlite/0001_initial.sql").read_text()):
        old.execute(statement)
    old.execute("INSERT INTO dialogue VALUES (7, ?, 1.0)", (key.encrypt(b'{"a": 1}'),))
    old.commit()
    old.close()
    store = _open(path, key)
    assert store.load_state(7) == '{"a": 1}'
    assert [v for v, _ in _applied(store)] == [m.version for m in migrations("sqlite")]  # the baseline and later
    store.close()


def test_a_migration_file_splits_into_its_statements():
    sql = "-- a comment; not a statement\nCREATE TABLE a (x TEXT DEFAULT ';');\nCREATE INDEX b\n  ON a (x);\n"
    assert split_statements(sql) == ("CREATE TABLE a (x TEXT DEFAULT ';')", "CREATE INDEX b\n  ON a (x)")


def test_an_update_answered_by_one_worker_is_answered_for_all(store_location):
    key = Fernet(Fernet.generate_key())
    first, second = _open(store_location, key), _open(store_location, key)
    assert (first.finish_update(10), second.update_answered(10), second.finish_update(10)) == (True, True, False)
    first.close()
    second.close()


def test_what_one_worker_writes_another_reads(store_location):
    key = Fernet(Fernet.generate_key())
    first, second = _open(store_location, key), _open(store_location, key)
    first.add_history(7, "phone under $300", "results", ("a",))
    first.set_consent(7, True)
    assert [h.query for h in second.history(7, 5)] == ["phone under $300"] and second.user(7).consent
    second.forget(7)
    assert first.history(7, 5) == [] and first.user(7) is None
    first.close()
    second.close()


def test_atomic_sessions_of_two_workers_take_turns(store_location):
    first, second = open_database(store_location), open_database(store_location)
    events, inside = [], threading.Event()

    def hold() -> None:
        with first.session(atomic=True) as db:
            db.run("DELETE FROM processed_updates")
            events.append("first in")
            inside.set()
            time.sleep(0.3)
            events.append("first out")

    holder = threading.Thread(target=hold)
    holder.start()
    inside.wait(10)
    with second.session(atomic=True) as db:
        db.run("DELETE FROM processed_updates")
        events.append("second in")
    holder.join()
    first.close()
    second.close()
    assert events == ["first in", "first out", "second in"]


def _open_together(path, start, failures):
    start.wait()
    try:
        SqliteDatabase(Path(path)).close()
    except StoreError as exc:
        failures.put(str(exc))


def test_processes_opening_one_fresh_sqlite_file_together_all_open_it(tmp_path):
    # Forked openers released by one barrier reach the switch to WAL together; before the retry one
    # of four failed with "database is locked" in about one round in five.
    fork = multiprocessing.get_context("fork")
    failures = fork.Queue()
    for round_ in range(40):
        start = fork.Barrier(4)
        openers = [fork.Process(target=_open_together, args=(str(tmp_path / f"s{round_}.sqlite3"), start, failures))
                   for _ in range(4)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(60)
        assert [opener.exitcode for opener in openers] == [0, 0, 0, 0]
    assert failures.empty()


def test_two_worker_processes_never_run_one_users_turns_at_once(store_location):
    key, turns = Fernet.generate_key().decode(), 25
    # Both open a fresh store at the same moment: migrations must also be applied exactly once.
    workers = [subprocess.Popen([sys.executable, "-m", "tests.helpers.store_worker", str(store_location), key, "7",
                                 str(turns)], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        for worker in workers:
            assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
        for worker in workers:  # released together, so their turns contend
            worker.stdin.write("go\n")
            worker.stdin.flush()
        for worker in workers:
            _, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err[-2000:]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
            worker.communicate()  # closes the pipes, so a failure here leaves no open file to a later test
    store = _open(store_location, Fernet(key.encode()))
    assert store.load_state(7) == f'{{"count": {2 * turns}}}'  # no increment lost to an overlapping turn
    store.close()


def test_an_unreachable_postgresql_server_stops_the_start_with_libpqs_reason_and_no_password(tmp_path):
    pytest.importorskip("psycopg", reason="psycopg (libpq) is not installed")
    with pytest.raises(StoreError, match=r"Cannot connect to the PostgreSQL database postgresql://advisor@/shop\?host="
                                         rf"{re.escape(str(tmp_path))}: .*\.s\.PGSQL\.5432") as refused:
        open_database(f"postgresql://advisor:s3cret@/shop?host={tmp_path}")
    assert "s3cret" not in str(refused.value)


def test_sqlite_users_never_load_the_postgresql_driver():
    code = ("import sys, bot, bot._app, bot._store, bot._database; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'psycopg_pool')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.strip() == "[]"
