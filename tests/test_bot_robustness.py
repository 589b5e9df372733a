"""The bot under odd input, floods, Telegram's rate limits, failures, and with its token kept out of logs."""

from __future__ import annotations

import asyncio
import logging
import time

from tests.emulator import channel_post
from tests.emulator.harness import Shopper, bot_settings, running_bot, settings_for


async def test_odd_updates_are_handled_without_errors(emulator, shared_advisor, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        before = len(ann.replies)
        ann.user.send_sticker()
        ann.user.send_photo()
        ann.user.send_document("notes.pdf", b"%PDF-1.4", "application/pdf")
        await emulator.wait_sent(1, before + 3)
        assert all(m.text.startswith("I can only read text") for m in ann.replies[before:])

        first = (await ann.say("phone under $300"))[0]
        ann.user.edit(ann.user.last_message_id(), "phone under $200")
        channel_post(emulator, -100999, "Big sale!")
        assert await ann.quiet(0.5) == []  # edits and channel posts are not answered

        assert (await ann.say("   "))[0].text.startswith("Send me a message in words")
        long_replies = await ann.say("phone with a big battery " + "x" * 10_000, expect=2)
        assert any("first 1000 characters" in m.text for m in long_replies)
        assert first.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_flood_is_answered_at_its_latest_message_without_starving_others(emulator, shared_advisor, tmp_path):
    options = bot_settings(flood_messages=3, flood_window_s=2.0)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor, options):
        flooder, other = Shopper(emulator, emulator.user(1)), Shopper(emulator, emulator.user(2))
        for i in range(20):
            flooder.user.say(f"phone under ${200 + i}")
        started = time.monotonic()
        reply = (await other.say("phone with a big battery", timeout=10))[0]
        waited = time.monotonic() - started
        await emulator.wait_sent(1, 5, timeout=15)
        await flooder.quiet(0.5)
    assert "battery" in reply.text  # the other shopper got the answer to their own request
    assert waited < 5.0
    texts = [m.text for m in flooder.replies]
    assert len(texts) == 5  # three answers, one notice, and the answer to the latest message
    assert sum(t.startswith("You are writing faster than I can answer") for t in texts) == 1
    assert "$219" in texts[-1]


async def test_privacy_commands_are_never_held_back_by_flood_control(emulator, shared_advisor, tmp_path):
    options = bot_settings(flood_messages=2, flood_window_s=30.0)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor, options):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("phone under $300")
        await ann.say("phone under $400")
        started = time.monotonic()
        privacy = (await ann.say("/privacy", timeout=5))[0]
        forgotten = (await ann.say("/forget", timeout=5))[0]
    assert privacy.text.startswith("What I store") and forgotten.text.startswith("Everything I stored")
    assert time.monotonic() - started < 5.0


async def test_ordinary_use_with_buttons_is_never_cut_off(emulator, shared_advisor, tmp_path):
    options = bot_settings(flood_messages=5, flood_window_s=10.0, flood_button_presses=12)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor, options):
        ann = Shopper(emulator, emulator.user(1))
        started = time.monotonic()
        answer = (await ann.say("phone under $500"))[0]
        await ann.press(answer, label="ℹ️ 1")
        _, liked = await ann.press(answer, label="👍 1", expect=0)
        await ann.press(answer, label="More")
        await ann.press(answer, label="Compare")
        history = (await ann.say("/history"))[-1]
        elapsed = time.monotonic() - started
    assert liked["text"].startswith("Thanks!")
    assert history.text.startswith("Your recent requests")
    assert not [m for m in ann.replies if m.text.startswith("You are writing faster")]
    assert elapsed < 8.0


async def test_429_retry_after_is_honoured(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("/help")
        emulator.inject("sendMessage", retry_after=1)
        started = time.monotonic()
        reply = (await ann.say("phone under $300"))[0]
        waited = time.monotonic() - started
    statuses = [c.status for c in emulator.calls_to("sendMessage")]
    assert statuses[-2:] == [429, 200]
    assert waited >= 1.0 and "$300" in reply.text


async def test_network_errors_are_retried_with_backoff(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("/help")
        emulator.inject("sendMessage", code=502, count=2)
        reply = (await ann.say("/privacy"))[0]
    assert [c.status for c in emulator.calls_to("sendMessage")][-3:] == [502, 502, 200]
    assert "What I store" in reply.text


async def test_a_failing_handler_is_logged_by_type_and_place_and_answered_politely(emulator, shared_advisor, tmp_path,
                                                                                 caplog):
    caplog.set_level(logging.ERROR)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        emulator.inject("sendMessage", code=400, count=1, description="Bad Request: injected failure")
        reply = (await ann.say("/help"))[0]
    assert reply.text == "Sorry, something went wrong on my side. Please try again in a moment."
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "BadRequest at " in errors[0]
    assert "injected failure" not in caplog.text  # an error message may quote the user: never logged


async def test_the_token_never_appears_in_logs(emulator, shared_advisor, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("phone under $300"))[0]
        await ann.press(answer, label="👍 1", expect=0)
        emulator.inject("sendMessage", code=502, count=1)
        emulator.inject("answerCallbackQuery", code=400, count=1, description="Bad Request: injected")
        await ann.say("/help")
        await ann.press(answer, label="👎 1", expect=1)  # the failed answer is reported, politely
    secret = emulator.token.split(":", 1)[1]
    assert caplog.records, "expected debug logging from python-telegram-bot"
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert secret not in (record.exc_text or "")
    assert secret not in caplog.text
    assert "<redacted-token>" in caplog.text  # the token was there to leak, and was redacted


async def test_concurrent_users_are_answered_in_parallel(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        shoppers = [Shopper(emulator, emulator.user(100 + i)) for i in range(20)]
        replies = await asyncio.gather(*(s.say(f"phone under ${300 + 10 * i}") for i, s in enumerate(shoppers)))
    assert all(r and "$" in r[0].text for r in replies)


async def test_replies_in_a_group_are_paced_by_the_group_rate_limit(emulator, shared_advisor, tmp_path):
    group = emulator.group(-100777)
    options = bot_settings(group_max_rate=2, group_time_period=1.0)  # Telegram's is 20 per minute
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor, options):
        for i in range(4):
            emulator.user(200 + i).say("@phone_advisor_bot phone under $300", chat_id=group)
        replies = await emulator.wait_sent(group, 4, timeout=20)
    assert replies[-1].sent_at - replies[0].sent_at >= 0.9
