"""Starting, stopping and restarting; start-up errors as one line (serving by webhook: test_bot_webhook.py)."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys

import pytest

import bot
from advisor.cli import main
from bot import BotConfigError, BotConnectionError, build_application, check_api
from bot._services import services_of
from tests.emulator import BotApiEmulator
from tests.emulator.harness import (
    Shopper,
    bot_settings,
    cli_env,
    cli_process,
    free_port,
    running_bot,
    settings_for,
    sigterm,
    stored_queries,
)


def test_the_package_exports_a_small_api():
    assert bot.__all__ == ["BotConfigError", "BotConnectionError", "BotError", "BotSettings", "Store", "StoreError",
                           "build_application", "check_api", "run_polling", "run_webhook", "webhook_app"]


async def test_a_restart_keeps_the_conversation_and_answers_no_update_twice(emulator, shared_advisor, tmp_path,
                                                                           caplog):
    caplog.set_level(logging.INFO, logger="bot")
    settings = settings_for(emulator, tmp_path)
    ann = Shopper(emulator, emulator.user(1))
    async with running_bot(settings, shared_advisor):
        await ann.say("phone under $500")
        update_id = ann.user.say("only Samsung")
        await emulator.wait_sent(1, 2)
    emulator.redeliver(update_id)  # as if the old process had died before confirming it
    async with running_bot(settings, shared_advisor):
        reply = (await ann.say("cheaper"))[0]
        assert await ann.quiet(0.5) == []
    assert f"skipping update {update_id}: already handled" in caplog.text
    assert len(ann.replies) == 3  # the re-delivered "only Samsung" was not answered again
    assert "Samsung" in reply.text and "budget" in reply.text  # the filters survived the restart


async def test_check_api_rejects_an_unknown_token_in_one_line(emulator, tmp_path):
    from dataclasses import replace

    settings = replace(settings_for(emulator, tmp_path), telegram_token="42:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    with pytest.raises(BotConfigError, match="rejected TELEGRAM_BOT_TOKEN"):
        await check_api(settings, bot_settings())


async def test_check_api_reports_an_unreachable_api_without_the_token(emulator, tmp_path):
    from dataclasses import replace

    settings = replace(settings_for(emulator, tmp_path), telegram_api_url=f"http://127.0.0.1:{free_port()}/bot")
    with pytest.raises(BotConnectionError, match="Cannot reach the Telegram Bot API") as caught:
        await check_api(settings, bot_settings())
    assert emulator.token.split(":")[1] not in str(caught.value)


@pytest.mark.parametrize("token, message", [
    (None, "TELEGRAM_BOT_TOKEN is not set"),
    ("not-a-token", "not a valid bot token"),
])
def test_the_cli_reports_a_bad_token_in_one_line(monkeypatch, capsys, token, message):
    if token:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    assert main(["bot"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_the_cli_reports_a_rejected_token_in_one_line(monkeypatch, capsys):
    with BotApiEmulator() as emu:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        monkeypatch.setenv("TELEGRAM_API_URL", emu.api_url)
        assert main(["bot"]) == 2
    err = capsys.readouterr().err
    assert "rejected TELEGRAM_BOT_TOKEN" in err and err.count("\n") == 1


@pytest.mark.slow
def test_sigterm_stops_the_bot_cleanly_and_keeps_its_state(tmp_path):
    """The real `phone-advisor bot` process: answers, then exits 0 on SIGTERM with the store flushed."""
    with BotApiEmulator() as emu, cli_process(["bot"], cli_env(emu, tmp_path)) as process:
        emu.user(1).say("phone under $300")
        reply = asyncio.run(emu.wait_sent(1, 1, timeout=120))[0]
        assert "$300" in reply.text
        err = sigterm(process)
    assert process.returncode == 0, err.decode()[-2000:]
    assert emu.token.split(":")[1].encode() not in err
    assert stored_queries(tmp_path, 1) == ["phone under $300"]


def test_the_bot_does_not_import_training_code_until_an_admin_asks():
    code = ("import sys, bot, bot._handlers_admin; "
            "print(any(m.startswith(('advisor.models.training', 'peft', 'torch')) for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


async def test_a_lost_key_stops_the_start_instead_of_failing_every_returning_user(emulator, shared_advisor, tmp_path):
    settings = settings_for(emulator, tmp_path)
    async with running_bot(settings, shared_advisor):
        await Shopper(emulator, emulator.user(1)).say("phone under $500")
    settings.key_file.unlink()  # e.g. the service started with another $HOME
    with pytest.raises(bot.StoreError, match="is missing"):
        build_application(settings, shared_advisor, bot_settings())
    assert not settings.key_file.exists()


async def test_a_damaged_row_is_reset_and_its_user_told_once(emulator, shared_advisor, tmp_path):
    settings = settings_for(emulator, tmp_path)
    ann = Shopper(emulator, emulator.user(1))
    async with running_bot(settings, shared_advisor) as app:
        await ann.say("phone under $500")
        with services_of(app).store._database.session() as db:
            db.run("UPDATE dialogue SET state = ?", (b"damaged",))
        first = await ann.say("only Samsung", expect=2)
        second = await ann.say("cheaper")
    assert "Samsung" in first[0].text and "budget" not in first[0].text  # answered from an empty state
    assert first[1].text.startswith("Part of what I had stored about you")
    assert "Part of what I had stored" not in second[0].text and await ann.quiet(0.3) == []
