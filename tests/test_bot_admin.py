"""Admin commands: refused and audit-logged for everyone else; stats, models and catalog upload for admins."""

from __future__ import annotations

import time

import pytest

from bot._services import services_of
from tests.emulator.harness import ADMIN_ID, Shopper, running_bot, settings_for

NOT_ADMIN = "Sorry, this command is for the shop's administrators only."


def _store(app):
    return services_of(app).store


@pytest.mark.parametrize("command", ["/retrain", "/models", "/rollback", "/stats"])
async def test_admin_commands_are_refused_and_audited_for_shoppers(emulator, shared_advisor, tmp_path, command):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        reply = (await Shopper(emulator, emulator.user(5)).say(command))[0]
        entry = _store(app).audit_log()[0]
    assert reply.text == NOT_ADMIN
    assert (entry.user_id, entry.action, entry.allowed) == (5, command[1:], False)


async def test_with_no_admins_configured_everyone_is_refused(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path, admins=()), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(ADMIN_ID)).say("/stats"))[0]
    assert reply.text == NOT_ADMIN


async def test_a_shoppers_csv_upload_is_refused_and_the_catalog_untouched(emulator, shared_advisor, tmp_path):
    before = shared_advisor.settings.catalog_path.read_bytes()
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(5))
        ann.user.send_document("phones.csv", b"id,brand\nx,y\n")
        reply = (await emulator.wait_sent(5, 1))[0]
        entry = _store(app).audit_log()[0]
    assert reply.text == NOT_ADMIN and (entry.action, entry.allowed) == ("catalog_upload", False)
    assert shared_advisor.settings.catalog_path.read_bytes() == before


async def test_admin_buttons_are_checked_in_their_handler(emulator, shared_advisor, tmp_path):
    from bot import _callbacks as cb

    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(5))
        message = (await ann.say("/help"))[0]
        data = cb.CallbackCodec(emulator.token).encode(cb.ROLLBACK, "base")
        _, answered = await ann.press(message, data=data, expect=0)
        entry = _store(app).audit_log()[0]
    assert answered == {"text": NOT_ADMIN, "show_alert": True}
    assert (entry.action, entry.allowed) == ("rollback_confirm", False)


async def test_stats_show_users_requests_like_rate_and_latency(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("phone under $300"))[0]
        await ann.press(answer, label="👍 1", expect=0)
        stats, picture = await Shopper(emulator, emulator.user(ADMIN_ID)).say("/stats", expect=2)
    lines = stats.text.splitlines()
    assert lines[1] == "users 1 · requests 1 · 👍 1 / 👎 0 (100% liked)"
    assert lines[-2].split()[:2] == [time.strftime("%m-%d", time.gmtime()), "1"]  # today: one request
    assert lines[-1].startswith("Model loading: base ready ")
    assert picture.photo.startswith(b"\x89PNG")


async def test_models_and_rollback_with_only_the_base_model(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path, shared_advisor), shared_advisor):
        admin = Shopper(emulator, emulator.user(ADMIN_ID))
        models = (await admin.say("/models"))[0]
        rollback = (await admin.say("/rollback"))[0]
    assert models.text.startswith("No trained model versions yet")
    assert rollback.text == "There is no previous version to roll back to."


async def test_retrain_arguments_are_validated_before_anything_starts(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(ADMIN_ID)).say("/retrain epochs=0"))[0]
    assert reply.text.startswith("Cannot start retraining: epochs must be at least 1")
