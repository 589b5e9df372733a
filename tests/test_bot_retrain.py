"""/retrain: a real (tiny) training in a separate process while shoppers keep being answered."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.emulator.harness import ADMIN_ID, Shopper, emulator, own_advisor, running_bot, settings_for  # noqa: F401


@pytest.mark.slow
async def test_retrain_swaps_the_model_while_shoppers_are_answered(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    assert advisor.model_version == "base"
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor) as app:
        admin, ann = Shopper(emulator, emulator.user(ADMIN_ID)), Shopper(emulator, emulator.user(1))
        await ann.say("/consent yes")
        liked = (await ann.say("phone under $300"))[0]
        await ann.press(liked, label="👍 1", expect=0)

        status = (await admin.say("/retrain quick max_steps=2 batch_size=4 max_length=32 use_source=false"))[0]
        assert status.text == "Retraining started…"
        busy = (await admin.say("/retrain quick"))[0]
        assert busy.text == "A retraining is already running."

        def finished() -> bool:
            text = emulator.sent(ADMIN_ID)[0].text
            return text.startswith(("✅", "⚠️", "❌"))

        answered_during_training = 0
        started = time.monotonic()
        while not finished():
            reply = (await ann.say(f"phone under ${300 + answered_during_training}", timeout=30))[0]
            assert "$" in reply.text
            answered_during_training += 1
            await asyncio.sleep(0.5)
            assert time.monotonic() - started < 400, "training did not finish"
        final = emulator.sent(ADMIN_ID)[0]
        after = (await ann.say("phone with a big battery"))[0]

    assert answered_during_training >= 1
    assert final.edits >= 2  # progress, then the outcome
    assert final.text.startswith(("✅", "⚠️")), final.text
    assert "ndcg" in final.text.lower()
    if final.text.startswith("✅"):
        assert advisor.model_version != "base" and advisor.model_version in final.text
    else:
        assert advisor.model_version == "base"  # negative transfer: the current model stays
    assert "battery" in after.text or "match" in after.text
    assert app.bot_data["phone_advisor_services"].retrain.running is False
