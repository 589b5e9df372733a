"""Privacy: after /forget no row, audit entry or log line holds the user's words; /privacy says what is kept."""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import replace
from pathlib import Path

from cryptography.fernet import InvalidToken

from bot._services import services_of
from tests.emulator.harness import Shopper, running_bot, settings_for

WORD = "zebracorn"


def _hits(store, word: str) -> list[str]:
    """Every table cell (decrypted where it is encrypted) and every byte of the database files holding `word`."""
    found = []
    for table in store.tables():
        with store._database.session() as db:
            rows = db.rows(f"SELECT * FROM {table}")  # noqa: S608 - the store's own table names
        for row in rows:
            for value in row:
                text = value
                if isinstance(value, bytes):
                    try:
                        text = store._fernet.decrypt(value).decode()
                    except InvalidToken:
                        text = value.decode("utf-8", "replace")
                if word in str(text).lower():
                    found.append(f"{table}: {text}")
    for suffix in ("", "-wal"):
        path = Path(store.place + suffix)
        if path.exists() and word.encode() in path.read_bytes().lower():
            found.append(f"raw bytes of {path.name}")
    return found


def _settings(emulator, tmp_path, store_location):
    """The emulator's bot settings with the store on the given backend (tests/conftest.py store_location)."""
    url = store_location if isinstance(store_location, str) else f"sqlite:///{store_location}"
    return replace(settings_for(emulator, tmp_path), database_url=url)


async def test_after_forget_no_table_audit_entry_or_log_line_holds_the_users_words(emulator, shared_advisor,
                                                                                    tmp_path, caplog, store_location):
    caplog.set_level(logging.INFO)
    async with running_bot(_settings(emulator, tmp_path, store_location), shared_advisor) as app:
        store = services_of(app).store
        ann = Shopper(emulator, emulator.user(42))
        answer = (await ann.say(f"a {WORD} phone under $300"))[0]
        await ann.press(answer, label="👍 1", expect=0)
        await ann.say(f"/compare {WORD.title()} X vs Quokkaphone")  # an unknown phone: an advisor error
        await ann.say(f"/retrain {WORD} max_steps=1")  # refused: not an admin
        before = len(ann.replies)
        ann.user.send_document(f"{WORD}.csv", b"brand,model\n")  # refused as well
        await emulator.wait_sent(42, before + 1)
        assert _hits(store, WORD)  # the check can see the words before /forget
        await ann.say("/forget")
        assert _hits(store, WORD) == []
    assert WORD not in caplog.text.lower()


async def test_forget_waits_for_a_turn_in_flight_so_nothing_is_written_back(emulator, shared_advisor, tmp_path,
                                                                            store_location):
    async with running_bot(_settings(emulator, tmp_path, store_location), shared_advisor) as app:
        services = services_of(app)
        started, release = threading.Event(), threading.Event()

        def slow_turn(session):
            started.set()
            release.wait(10)
            return session.ask(f"{WORD} under $500")

        turn = asyncio.create_task(services.converse(7, slow_turn, query=f"{WORD} under $500"))
        await asyncio.to_thread(started.wait, 10)
        forget = asyncio.create_task(services.forget_user(7))
        await asyncio.sleep(0.1)
        release.set()
        await asyncio.gather(turn, forget)
        store = services.store
        assert (store.load_state(7), store.history(7, 10), store.rows("requests")) == (None, [], 0)


async def test_privacy_names_every_table_of_the_store_its_place_and_its_retention(emulator, shared_advisor, tmp_path,
                                                                                  store_location):
    settings = _settings(emulator, tmp_path, store_location)
    async with running_bot(settings, shared_advisor) as app:
        reply = (await Shopper(emulator, emulator.user(1)).say("/privacy"))[0]
        store = services_of(app).store
        tables = store.tables()
    named = [line.split(":", 1)[0].lstrip("• ") for line in reply.text.splitlines() if line.startswith("• ")]
    assert named == tables
    assert f"deleted {settings.retention_days} days after your last activity" in reply.text
    place = {"sqlite": "one database file on the shop's server (store.sqlite3)",
             "postgresql": f"one PostgreSQL database run by the shop ({store.name})"}[store.dialect]
    assert place in reply.text
