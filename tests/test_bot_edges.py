"""Smaller edges: secrets kept from the training child and from tracebacks, file modes, private-chat pacing."""

from __future__ import annotations

import itertools
import logging
import os
import stat
import sys
from dataclasses import replace

import pytest
from cryptography.fernet import Fernet

from bot import BotConfigError, Store, run_polling
from bot._crypto import load_fernet
from bot._logging import REDACTED, protect_token
from bot._training import RetrainJob
from tests.emulator.children import report_environment
from tests.emulator.harness import bot_settings, running_bot, settings_for

UNKNOWN_TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDzzz"


async def test_the_training_child_gets_neither_the_bot_token_nor_the_store_key(tmp_path, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:secret-token")
    monkeypatch.setenv("PHONE_ADVISOR_KEY", Fernet.generate_key().decode())
    from advisor import Settings

    async def ignore(_):
        return None

    seen = await RetrainJob(target=report_environment).run(Settings(home=tmp_path), {}, [], ignore)
    assert seen == {"TELEGRAM_BOT_TOKEN": None, "PHONE_ADVISOR_KEY": None}
    assert os.environ["TELEGRAM_BOT_TOKEN"] == "123:secret-token"  # the bot itself keeps them


def test_an_uncaught_exception_naming_the_token_is_printed_redacted(capsys):
    protect_token(UNKNOWN_TOKEN)
    try:
        raise RuntimeError(f"The token `{UNKNOWN_TOKEN}` was rejected by the server.")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert UNKNOWN_TOKEN.split(":")[1] not in err and REDACTED in err


def test_a_token_rejected_when_polling_starts_is_a_one_line_config_error(emulator, shared_advisor, tmp_path):
    settings = replace(settings_for(emulator, tmp_path), telegram_token=UNKNOWN_TOKEN)
    with pytest.raises(BotConfigError) as refused:
        run_polling(settings, shared_advisor, bot_settings())
    assert UNKNOWN_TOKEN.split(":")[1] not in str(refused.value)
    assert refused.value.__context__ is None or refused.value.__suppress_context__


def test_the_store_and_its_journal_are_owner_only(tmp_path):
    store = Store(tmp_path / "home" / "store.sqlite3", Fernet(Fernet.generate_key()), retention_days=30)
    store.save_state(1, "{}")
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "home").iterdir()}
    store.close()
    assert modes["store.sqlite3"] == 0o600 and modes.get("store.sqlite3-wal", 0o600) == 0o600


def test_a_key_file_readable_by_others_is_warned_about(tmp_path, caplog):
    key_file = tmp_path / "keys" / "store.key"
    key_file.parent.mkdir()
    key_file.write_bytes(Fernet.generate_key())
    key_file.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="bot"):
        load_fernet(tmp_path / "home", key_file)
    assert f"chmod 600 {key_file}" in caplog.text


async def test_a_split_answer_is_paced_at_about_one_message_a_second_in_a_private_chat(emulator, shared_advisor,
                                                                                       tmp_path):
    options = bot_settings(private_chat_interval_s=1.0)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor, options) as app:
        emulator.user(1).say("/start")  # makes the private chat exist
        await emulator.wait_sent(1, 1)
        for part in ("part 1", "part 2", "part 3"):
            await app.bot.send_message(1, part)
        sent = emulator.sent(1)[-3:]
    gaps = [b.sent_at - a.sent_at for a, b in itertools.pairwise(sent)]
    assert [m.text for m in sent] == ["part 1", "part 2", "part 3"]
    assert min(gaps) >= 0.9
