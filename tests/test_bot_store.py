"""The bot's store: encryption at rest, consent-gated training export, /forget, retention, update ids.

Every test taking `store` or `store_location` runs against both backends: SQLite, and PostgreSQL
on a server the suite starts itself (tests/helpers/postgres.py; skipped with the reason where no
server binary is installed)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from advisor.config import Settings
from bot import Store, StoreError
from bot._crypto import load_fernet
from bot._store import open_store
from bot._store_records import InFlight, SharedList, SharedPhone


class Clock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(store_location, clock):
    s = Store(store_location, Fernet(Fernet.generate_key()), retention_days=30, clock=clock)
    yield s
    s.close()


def _execute(store: Store, sql: str, params: tuple = ()) -> None:
    """Change rows behind the store's back (as damage or an older bot version would)."""
    with store._database.session() as db:
        db.run(sql, params)


def test_personal_text_is_not_stored_in_clear(store):
    store.save_state(7, '{"budget": "secret-budget"}')
    store.add_history(7, "phone for my secret hobby", "results", ("a",))
    store.add_feedback(7, "a", True, "phone for my secret hobby")
    assert not any(b"secret" in cell for cell in _stored_bytes(store))
    assert store.load_state(7) == '{"budget": "secret-budget"}'


def _stored_bytes(store: Store) -> list[bytes]:
    """Every cell of every table as bytes, and for SQLite the database file and its WAL as well."""
    cells = []
    for table in store.tables():
        with store._database.session() as db:
            rows = db.rows(f"SELECT * FROM {table}")  # noqa: S608 - the store's own table names
        cells += [bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode() for row in rows for v in row]
    if store.dialect == "sqlite":
        cells += [Path(store.place + suffix).read_bytes() for suffix in ("", "-wal")
                  if Path(store.place + suffix).exists()]
    return cells


@pytest.mark.parametrize("store_location", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_mode(store):
    db = sqlite3.connect(store.place)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_store_opened_with_another_key_is_refused_at_once(store_location, store, clock):
    store.touch_user(7)  # no personal text yet: the key check value alone must catch it
    with pytest.raises(StoreError, match="another encryption key"):
        Store(store_location, Fernet(Fernet.generate_key()), retention_days=30, clock=clock)


def test_a_store_written_before_key_checks_is_refused_with_another_key(store_location, store, clock):
    store.save_state(7, "{}")
    _execute(store, "DELETE FROM meta")  # as written by a bot version without the key check
    with pytest.raises(StoreError, match="another encryption key"):
        Store(store_location, Fernet(Fernet.generate_key()), retention_days=30, clock=clock)


def test_the_right_key_reopens_the_store(store_location, clock):
    key = Fernet(Fernet.generate_key())
    first = Store(store_location, key, retention_days=30, clock=clock)
    first.save_state(7, '{"a": 1}')
    first.close()
    second = Store(store_location, key, retention_days=30, clock=clock)
    assert second.load_state(7) == '{"a": 1}'
    second.close()


def test_no_new_key_is_created_beside_a_store_that_holds_data(store_location, store, tmp_path):
    store.save_state(7, "{}")
    settings = Settings(home=tmp_path / "home", key_file=tmp_path / "keys" / "store.key",
                        database_url=_url(store_location))
    with pytest.raises(StoreError, match=r"key file .* is missing"):
        open_store(settings)
    assert not settings.key_file.exists()


def test_a_key_is_created_for_a_store_without_encrypted_data(store_location, tmp_path):
    settings = Settings(home=tmp_path / "home", key_file=tmp_path / "keys" / "store.key",
                        database_url=_url(store_location))
    store = open_store(settings)
    store.save_state(7, "{}")
    store.close()
    assert settings.key_file.exists()
    reopened = open_store(settings)  # the key it created opens the store
    assert reopened.load_state(7) == "{}"
    reopened.close()


def _url(location: Path | str) -> str:
    return location if isinstance(location, str) else f"sqlite:///{location}"


def test_a_damaged_row_reads_as_empty_and_its_user_is_told_once(store):
    store.save_state(7, '{"a": 1}')
    store.add_history(7, "good request", "results", ("a",))
    store.add_history(7, "damaged request", "results", ("a",))
    _execute(store, "UPDATE dialogue SET state = ? WHERE user_id = 7", (b"not a fernet token",))
    _execute(store, "UPDATE history SET query = ? WHERE user_id = 7 AND id = (SELECT MAX(id) FROM history)",
             (b"garbled",))
    assert store.load_state(7) is None
    assert [h.query for h in store.history(7, 10)] == ["good request"]
    assert (store.take_unreadable(7), store.take_unreadable(7)) == (True, False)
    assert store.rows("dialogue") == 0  # dropped, so it is reported once, not at every turn


def test_consent_is_off_by_default(store):
    assert store.touch_user(7).consent is False


def test_training_export_holds_only_likes_of_users_who_opted_in(store):
    store.add_feedback(1, "pixel", True, "good camera")
    store.add_feedback(2, "iphone", True, "small phone")
    store.add_feedback(2, "galaxy", False, "small phone")
    store.set_consent(2, True)
    assert store.export_training_pairs() == [("small phone", "iphone")]


def test_withdrawn_consent_removes_pairs_from_the_export(store):
    store.set_consent(2, True)
    store.add_feedback(2, "iphone", True, "small phone")
    store.set_consent(2, False)
    assert store.export_training_pairs() == []


def test_forget_deletes_everything_about_a_user_and_nothing_else(store):
    for uid in (1, 2):
        store.set_consent(uid, True)
        store.save_state(uid, "{}")
        store.add_history(uid, "q", "results", ("x",))
        store.add_feedback(uid, "x", True, "q")
        store.record_request(uid, 0.1, "results")
    store.forget(1)
    assert store.user(1) is None and store.load_state(1) is None
    assert store.history(1, 10) == [] and store.liked(1) == []
    assert store.export_training_pairs() == [("q", "x")]  # user 2's only
    assert store.stats().requests == 1


def test_an_update_is_answered_once(store):
    assert store.update_answered(10) is False
    assert store.finish_update(10) is True
    assert store.update_answered(10) is True and store.finish_update(10) is False


def test_an_update_in_flight_is_listed_until_it_is_finished(store):
    store.begin_update(InFlight(10, 7, 7, "en", "host:1:a"))
    store.begin_update(InFlight(11, -5, None, "zh", "host:1:a"))
    assert store.in_flight() == [InFlight(10, 7, 7, "en", "host:1:a"), InFlight(11, -5, None, "zh", "host:1:a")]
    store.finish_update(10)
    store.drop_in_flight(11)
    assert store.in_flight() == []


def test_forget_drops_the_users_updates_in_flight(store):
    store.begin_update(InFlight(10, 7, 7, "en", "host:1:a"))
    store.forget(7)
    assert store.in_flight() == []


def test_retention_purges_old_rows(store, clock):
    store.add_history(1, "old", "results", ())
    store.touch_user(1)
    clock.now += 31 * 24 * 3600
    store.touch_user(2)
    store.add_history(2, "new", "results", ())
    store.purge()
    assert store.user(1) is None and store.history(1, 10) == []
    assert [h.query for h in store.history(2, 10)] == ["new"]


def test_history_is_newest_first_and_limited(store, clock):
    for i in range(5):
        clock.now += 1
        store.add_history(1, f"q{i}", "results", ("p",))
    assert [h.query for h in store.history(1, 3)] == ["q4", "q3", "q2"]
    assert store.last_query(1) == "q4"


def test_stats_count_likes_and_latency_percentiles(store):
    for ms in range(1, 101):
        store.record_request(1, ms / 1000, "results")
    store.add_feedback(1, "a", True, "q")
    store.add_feedback(1, "b", False, "q")
    figures = store.stats()
    assert figures.requests == 100 and figures.like_rate == 0.5
    assert figures.latency_p50_ms == pytest.approx(50.5) and figures.latency_p95_ms == pytest.approx(95.05)


def test_audit_log_records_refusals(store):
    store.audit(5, "retrain", False)
    entry = store.audit_log()[0]
    assert (entry.user_id, entry.action, entry.allowed) == (5, "retrain", False)


def test_key_file_is_created_with_owner_only_permissions(tmp_path):
    key_file = tmp_path / "keys" / "store.key"
    load_fernet(tmp_path / "home", key_file)
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert load_fernet(tmp_path / "home", key_file).decrypt(
        Fernet(key_file.read_bytes().strip()).encrypt(b"x")) == b"x"


def test_key_file_inside_the_data_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="inside the data directory"):
        load_fernet(tmp_path / "home", tmp_path / "home" / "store.key")


def test_the_configured_key_wins_over_the_key_file(tmp_path):
    key = Fernet.generate_key()
    fernet = load_fernet(tmp_path / "home", tmp_path / "never-created.key", key=key.decode())
    assert Fernet(key).decrypt(fernet.encrypt(b"x")) == b"x"
    assert not (tmp_path / "never-created.key").exists()


def test_a_malformed_key_is_refused(tmp_path):
    with pytest.raises(StoreError, match="not a Fernet key"):
        load_fernet(tmp_path / "home", tmp_path / "unused.key", key="short")


def test_profile_lists_likes_dislikes_and_opened_phones_oldest_first(store, clock):
    store.add_feedback(1, "a", True, "q")
    clock.now += 1
    store.add_feedback(1, "b", False, "q")
    clock.now += 1
    store.add_feedback(1, "c", True, "q")
    store.add_opened(1, "d")
    assert store.profile_ids(1) == (("a", "c"), ("b",), ("d",))
    store.forget(1)
    assert store.profile_ids(1) == ((), (), ())


def _shared(share_id: str = "00aa") -> SharedList:
    return SharedList(share_id, "picks", "CNY", (SharedPhone("p-1", "Phone One 128GB"), SharedPhone("p-2", "二号机")))


def test_a_shared_list_is_read_back_with_its_phones_names_and_currency(store):
    store.keep_share(_shared())
    assert store.shared("00aa") == _shared()
    assert store.shared("ffff") is None


def test_sharing_a_list_again_keeps_one_row_and_renews_its_retention(store, clock):
    store.keep_share(_shared())
    clock.now += 20 * 86400
    store.keep_share(_shared())
    clock.now += 20 * 86400  # 40 days after the first share, 20 after the second (retention: 30)
    store.purge()
    assert store.rows("shares") == 1 and store.shared("00aa") == _shared()
    clock.now += 11 * 86400
    store.purge()
    assert store.shared("00aa") is None


def test_a_shared_list_stays_after_forget_and_holds_nothing_about_the_sharer(store):
    store.touch_user(7)
    store.add_history(7, "my secret request", "results", ("p-1",))
    store.keep_share(_shared())
    store.forget(7)
    assert store.shared("00aa") == _shared()
    with store._database.session() as db:
        columns = [c for row in db.rows("SELECT * FROM shares") for c in row]
    assert 7 not in columns and not any("secret" in str(c) for c in columns)
