"""Serving by webhook on uvicorn: the secret token, the update queue, health, shutdown, and model changes
made by another process reaching a running worker. Real networking: emulator -> uvicorn -> Starlette ->
python-telegram-bot -> emulator."""

from __future__ import annotations

import asyncio
import shutil

import httpx
import pytest

from advisor import Registry
from bot import BotConfigError, webhook_app
from tests.emulator import BotApiEmulator
from tests.emulator.harness import (
    Shopper,
    bot_settings,
    cli_env,
    cli_process,
    free_port,
    own_advisor,
    serving,
    settings_for,
    sigterm,
    stored_queries,
)

SECRET = "s3cret_token-42"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _app(emulator, tmp_path, advisor, port, **options):
    url = f"http://127.0.0.1:{port}/telegram"
    return webhook_app(settings_for(emulator, tmp_path, advisor), advisor, url, SECRET, bot_settings(**options))


def _update(user, text: str = "/help") -> dict:
    return {"update_id": 9999, "message": {"message_id": 50, "date": 0, "chat": {"id": user.id, "type": "private"},
                                           "from": user.json, "text": text}}


async def test_a_worker_registers_the_webhook_with_its_secret_and_answers_what_telegram_posts(
        emulator, shared_advisor, tmp_path):
    port = free_port()
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port):
        webhook = emulator._bots[emulator.token].webhook
        assert (webhook["url"], webhook["secret_token"]) == (f"http://127.0.0.1:{port}/telegram", SECRET)
        ann = Shopper(emulator, emulator.user(1))
        reply = (await ann.say("/start"))[0]
        answer = (await ann.say("phone under $400"))[0]
    assert reply.text.startswith("Hi Ann")
    assert "$400" in answer.text
    assert emulator.deliveries == [200, 200]


async def test_requests_without_the_secret_token_are_refused_and_nothing_is_answered(
        emulator, shared_advisor, tmp_path):
    port = free_port()
    ann = Shopper(emulator, emulator.user(1))
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port) as base:
        async with httpx.AsyncClient() as client:
            missing = await client.post(f"{base}/telegram", json=_update(ann.user))
            wrong = await client.post(f"{base}/telegram", json=_update(ann.user), headers={HEADER: "guess"})
        assert (missing.status_code, wrong.status_code) == (403, 403)
        assert await ann.quiet(0.5) == []


async def test_a_body_that_is_not_an_update_is_a_bad_request(emulator, shared_advisor, tmp_path):
    port = free_port()
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port) as base, httpx.AsyncClient() as client:
        statuses = [(await client.post(f"{base}/telegram", content=body, headers={HEADER: SECRET})).status_code
                    for body in (b"not json", b"[1, 2]", b'{"message": {"text": "no update id"}}')]
    assert statuses == [400, 400, 400]


async def test_the_health_check_names_the_model_the_worker_serves(emulator, shared_advisor, tmp_path):
    port = free_port()
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port) as base, httpx.AsyncClient() as client:
        health = (await client.get(f"{base}/healthz")).json()
    assert health["status"] == "ok" and health["model"] == shared_advisor.model_version == "base"


async def test_updates_accepted_before_a_shutdown_are_answered_before_the_worker_exits(
        emulator, shared_advisor, tmp_path):
    port = free_port()
    users = [Shopper(emulator, emulator.user(100 + i)) for i in range(6)]
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port):
        for user in users:
            user.user.say("a light phone with a big battery")
        await emulator.wait_for(lambda: len(emulator.deliveries) == len(users), 10, "every update delivered")
    # The server stopped right after accepting them: each was still answered.
    assert emulator.deliveries == [200] * len(users)
    assert all(len(user.replies) == 1 for user in users)


async def test_an_update_posted_while_the_worker_restarts_is_answered_when_it_is_back(
        emulator, shared_advisor, tmp_path):
    port = free_port()
    ann = Shopper(emulator, emulator.user(1))
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port):
        await ann.say("/start")
    ann.user.say("phone under $300")  # nothing listens now: Telegram keeps the update and tries again
    await emulator.wait_for(lambda: 599 in emulator.deliveries, 10, "a failed delivery")
    async with serving(_app(emulator, tmp_path, shared_advisor, port), port):
        reply = (await emulator.wait_sent(1, 2, timeout=30))[1]
    assert "$300" in reply.text
    assert emulator.deliveries[0] == 200 and emulator.deliveries[-1] == 200 and 599 in emulator.deliveries


def test_a_webhook_url_that_is_not_http_is_refused(emulator, shared_advisor, tmp_path):
    with pytest.raises(BotConfigError, match="must be an http"):
        webhook_app(settings_for(emulator, tmp_path), shared_advisor, "telegram.example/tg", SECRET, bot_settings())


def test_a_secret_telegram_would_reject_is_refused_at_start(emulator, shared_advisor, tmp_path):
    with pytest.raises(BotConfigError, match="PHONE_ADVISOR_WEBHOOK_SECRET must be"):
        webhook_app(settings_for(emulator, tmp_path), shared_advisor, "https://shop.example/tg", "not secret!",
                    bot_settings())


def _register_factory_adapter(advisor) -> str:
    """Register and promote a version, as `models promote` in another process would: through the registry's files."""
    from advisor.config import FACTORY_MODEL
    from advisor.retrieval.encoder import Encoder

    registry = Registry(advisor.settings.models_dir)
    encoder = Encoder(advisor.settings.base_model, adapter_dir=FACTORY_MODEL / "adapter")
    version = registry.create_version(adapter_dir=FACTORY_MODEL / "adapter", catalog=advisor.catalog,
                                      encoder=encoder, config={}, metrics={})
    registry.promote(version.id)
    return version.id


async def test_a_promotion_made_elsewhere_reaches_a_running_worker_without_a_restart(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    port = free_port()
    async with serving(_app(emulator, tmp_path, advisor, port, model_check_interval_s=0.1), port) as base:
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("a phone for photos")
        version = await asyncio.to_thread(_register_factory_adapter, advisor)
        await emulator.wait_for(lambda: advisor.model_version == version, 30, "the promoted version served")
        async with httpx.AsyncClient() as client:
            health = (await client.get(f"{base}/healthz")).json()
        answer = (await ann.say("something for selfies"))[0]
    assert health["model"] == version
    assert advisor.resources.encoder.adapter_dir is not None  # the adapted encoder answers now
    assert answer.text and not answer.text.startswith("Sorry")


async def test_a_catalog_replaced_by_another_worker_is_reloaded(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    catalog_path = advisor.settings.catalog_path
    port = free_port()
    async with serving(_app(emulator, tmp_path, advisor, port, model_check_interval_s=0.1), port):
        lines = catalog_path.read_text(encoding="utf-8").splitlines(keepends=True)
        staged = catalog_path.with_suffix(".new")
        staged.write_text("".join(lines[:-1]), encoding="utf-8")  # one phone fewer
        shutil.move(staged, catalog_path)  # as the upload swap does: a rename over the live file
        await emulator.wait_for(lambda: len(advisor.catalog) == len(lines) - 2, 30, "the new catalog served")


@pytest.mark.slow
def test_the_cli_serves_the_webhook_from_two_worker_processes_and_stops_cleanly(tmp_path):
    """`phone-advisor bot --webhook URL --workers 2`: both workers register, every shopper is answered,
    SIGTERM ends it with status 0 and the store holds every user's request."""
    port = free_port()
    command = ["bot", "--webhook", f"http://127.0.0.1:{port}/tg", "--port", str(port), "--workers", "2"]
    with BotApiEmulator() as emu, cli_process(command, cli_env(emu, tmp_path, PHONE_ADVISOR_WEBHOOK_SECRET=SECRET)) \
            as process:
        def registered() -> int:
            return sum(c.status == 200 for c in emu.calls_to("setWebhook"))

        asyncio.run(emu.wait_for(lambda: registered() == 2 or process.poll() is not None, 180,
                                 "both workers registered"))
        assert process.poll() is None and emu._bots[emu.token].webhook["secret_token"] == SECRET
        users = [emu.user(10 + i) for i in range(8)]
        for user in users:
            user.say("phone under $300")
        asyncio.run(emu.wait_for(lambda: all(emu.sent(u.id) for u in users), 120, "every shopper answered"))
        err = sigterm(process)
    assert process.returncode == 0, err.decode()[-2000:]
    assert emu.token.split(":")[1].encode() not in err
    assert all("$300" in emu.sent(u.id)[0].text for u in users)
    assert all(stored_queries(tmp_path, u.id) == ["phone under $300"] for u in users)
