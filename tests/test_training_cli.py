"""`phone-advisor train` and `phone-advisor models list|promote|rollback` through the real entry point."""

from __future__ import annotations

import os
import re
import signal
import threading
from dataclasses import replace

import pytest

from advisor.cli import main
from advisor.cli.models import _stop_on_interrupt
from advisor.config import Settings
from advisor.models.registry import Registry
from advisor.models.training import TrainingConfig, train_and_register
from advisor.retrieval.catalog_index import build_index
from tests.helpers import REPO, SMALL_CATALOG, SMALL_CHIPSETS, small_catalog
from tests.helpers.training import base_encoder, write_reviews


@pytest.fixture
def fixture_env(monkeypatch, tmp_path):
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(SMALL_CATALOG))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))
    monkeypatch.setenv("PHONE_ADVISOR_REVIEWS", str(tmp_path / "no-reviews.csv"))
    return Registry(Settings.from_env().models_dir)


@pytest.fixture
def registered(fixture_env):
    catalog, encoder = small_catalog(), base_encoder()
    version = fixture_env.create_version(adapter_dir=None, catalog=catalog, encoder=encoder,
                                         config={"use_source": True, "use_weighting": True},
                                         metrics={"ndcg@10": 0.4, "base.ndcg@10": 0.3},
                                         index=build_index(catalog, encoder))
    return fixture_env, version


def test_models_list_marks_the_base_model_as_served_when_nothing_was_promoted(registered, capsys):
    _, version = registered
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "* base model" in out and version.id in out and "0.4000" in out


def test_models_list_marks_the_shipped_factory_version_as_served_when_nothing_was_promoted(fixture_env, monkeypatch,
                                                                                          capsys):
    from advisor.config import FACTORY_MODEL

    monkeypatch.setenv("PHONE_ADVISOR_FACTORY_MODEL", str(FACTORY_MODEL))
    factory = Registry(fixture_env.root, FACTORY_MODEL).factory()
    assert main(["models", "list"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if factory.id in line)
    assert line.startswith("* ") and "current" in line and line.endswith("(factory, shipped)")


def test_models_promote_then_rollback(registered, capsys):
    registry, version = registered
    assert main(["models", "promote", version.id]) == 0
    assert registry.current().id == version.id
    assert main(["models", "rollback"]) == 0
    assert registry.current() is None
    assert "now serving the base model" in capsys.readouterr().out


def test_promoting_an_unknown_version_is_a_one_line_error(fixture_env, capsys):
    assert main(["models", "promote", "v-missing"]) == 2
    assert "No model version 'v-missing'" in capsys.readouterr().err


def test_train_quick_prints_progress_and_a_refusal_when_the_margin_is_not_beaten(fixture_env, monkeypatch, capsys):
    monkeypatch.setenv("PHONE_ADVISOR_PROMOTE_MARGIN", "0.99")  # no candidate can gain 0.99 nDCG
    assert main(["train", "--quick", "--steps", "2"]) == 0
    captured = capsys.readouterr()
    assert "[train] step 2/2 loss" in captured.err and "ETA" in captured.err
    assert "ndcg@10" in captured.out and "domain distance: n/a (no source data)" in captured.out
    assert "NEGATIVE TRANSFER" in captured.out and "still serving base model" in captured.out
    assert len(fixture_env.versions()) == 1 and fixture_env.current() is None


@pytest.mark.slow
def test_train_quick_prints_the_promotion_of_a_candidate_that_beats_the_served_version(fixture_env, monkeypatch,
                                                                                        capsys):
    # The served version is poisoned (shuffled labels at a high learning rate), so the seeded two-step candidate
    # beats it by far: two steps barely move the base model, whose nDCG it keeps.
    poisoned = TrainingConfig.quick_run(max_steps=4, batch_size=8, learning_rate=5e-2, shuffle_labels=True)
    settings = Settings.from_env()
    served = train_and_register(replace(settings, promote_margin=0.0), poisoned, base_encoder=base_encoder())
    fixture_env.promote(served.version_id, force=True)
    monkeypatch.setenv("PHONE_ADVISOR_PROMOTE_MARGIN", "0")
    assert main(["train", "--quick", "--steps", "2"]) == 0
    out = capsys.readouterr().out
    promoted = next(line for line in out.splitlines() if line.startswith("PROMOTED "))
    assert "better than the served version" in promoted and fixture_env.current().id != served.version_id


def test_train_ablation_prints_mean_and_range_over_seeds_and_a_verdict(fixture_env, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PHONE_ADVISOR_REVIEWS", str(write_reviews(tmp_path / "reviews.csv")))
    argv = ["train", "--ablation", "--seeds", "2", "--steps", "1", "--variants", "target-only,intents"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "2 seeds (13, 14), preset ablation: 1 steps of 16" in out
    intents = next(line for line in out.splitlines() if line.startswith("intents "))
    assert re.search(r"\d\.\d{3} \[\d\.\d{3}-\d\.\d{3}\]", intents)  # mean [min-max]
    assert re.search(r"intents +ndcg@10 [+-]\d\.\d{4} (better|worse|within spread);", out)
    assert fixture_env.versions() == []  # an ablation registers nothing


def test_train_ablation_refuses_an_unknown_variant(fixture_env, capsys):
    assert main(["train", "--ablation", "--variants", "everything"]) == 2
    assert "Unknown ablation variants: everything" in capsys.readouterr().err


def test_train_refuses_source_and_no_source_together(fixture_env, capsys):
    assert main(["train", "--source", "--no-source"]) == 2
    assert "not both" in capsys.readouterr().err


def test_train_refuses_an_invalid_setting_before_loading_anything(fixture_env, capsys):
    assert main(["train", "--steps", "0"]) == 2
    assert "max_steps must be at least 1" in capsys.readouterr().err


def test_first_ctrl_c_asks_training_to_stop_and_a_second_aborts(capsys):
    stop = threading.Event()
    with _stop_on_interrupt(stop):
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.is_set()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    assert "nothing will be registered" in capsys.readouterr().err


def test_serving_and_the_models_commands_never_import_training_code():
    import subprocess
    import sys

    code = ("import sys, advisor.models.registry, advisor.engine, advisor.cli.models, advisor.models.training; "
            "from advisor.models.training import TrainingConfig; "
            "loaded = sorted(m for m in sys.modules if m == 'peft' or m.startswith(('peft.', 'advisor.models.training.l', "
            "'advisor.models.training.p', 'advisor.models.training.o'))); print(loaded)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_training_package_exports_what_callers_use():
    import advisor.models.training

    assert advisor.models.training.__all__ == ["Ablation", "Evaluator", "MetricHook", "Progress", "TrainingConfig",
                                        "TrainingReport", "run_ablation", "train_and_register"]
