"""/retrain: a real (tiny) training in a separate process while shoppers keep being answered."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest

from bot._services import services_of
from tests.emulator.harness import ADMIN_ID, Shopper, own_advisor, running_bot, settings_for


@pytest.mark.slow
async def test_retrain_swaps_the_model_while_shoppers_are_answered(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    assert advisor.model_version == "base"
    # Margin 0: any gain promotes, so this tiny run usually exercises the swap (either outcome is checked).
    settings = replace(settings_for(emulator, tmp_path, advisor), promote_margin=0.0)
    async with running_bot(settings, advisor) as app:
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
    assert services_of(app).retrain.running is False


def test_the_outcome_reports_served_and_candidate_figures():
    from types import SimpleNamespace

    from bot._training import outcome_of

    report = SimpleNamespace(
        promoted=False, version_id="v1", reason="ndcg@10 0.30 vs 0.31 for the base model (-0.01; margin 0.005)",
        candidate_metrics={"ndcg@10": 0.30, "recall@10": 0.5}, current_metrics={"ndcg@10": 0.31, "recall@10": 0.55},
        domain_distance_before=0.42, domain_distance_after=0.21, steps=3, train_seconds=4.2, device="cuda", first_loss=2.7,
        final_loss=2.1, feedback_used=1)
    outcome = outcome_of(report)
    assert not outcome.promoted and outcome.version_id == "v1"
    assert dict(outcome.metrics)["ndcg@10"] == "0.3100 → 0.3000"
    assert dict(outcome.metrics)["domain distance"] == "0.4200 → 0.2100"
    assert dict(outcome.metrics)["steps"] == "3 (4 s on cuda), loss 2.700 → 2.100"


def test_retrain_arguments_parse_into_config_overrides():
    from bot._errors import RetrainArgumentError
    from bot._training import parse_overrides

    assert parse_overrides(["quick", "max_steps=5", "use_source=false", "learning_rate=1e-4"]) == {
        "quick": True, "max_steps": 5, "use_source": False, "learning_rate": 1e-4}
    with pytest.raises(RetrainArgumentError, match="name=value"):
        parse_overrides(["5"])


def test_progress_is_one_readable_line():
    from bot._training import describe_progress

    assert describe_progress({"phase": "train", "step": 3, "total": 40, "loss": 0.53217, "eta_s": 20.4}) == \
        "train · step 3/40 · loss 0.532 · ETA 20 s"
    assert describe_progress({"phase": "evaluating the base model", "step": 0, "total": 0}) == \
        "evaluating the base model"
