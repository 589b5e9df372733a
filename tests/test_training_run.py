"""Real (tiny) LoRA training runs on CPU: what gets registered, the guard, interruption and kills."""

from __future__ import annotations

import copy
import math
import os
import signal
import subprocess
import sys
import threading
import time
import warnings

import pytest
import torch
from safetensors.torch import load_file

from advisor.errors import TrainingError
from advisor.models.registry import Registry
from advisor.models.training import TrainingConfig, train_and_register
from advisor.models.training.device import choose_device
from advisor.retrieval.catalog_index import build_index
from advisor.retrieval.encoder import Encoder, mean_pool
from tests.helpers import REPO, small_catalog
from tests.helpers.training import base_encoder, fixture_settings, write_reviews

TINY = TrainingConfig.quick_run(max_steps=6, batch_size=8, learning_rate=1e-3, max_source=50, use_source=True,
                                source_guard=False)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One tiny run with source reviews on the fixture catalog: (settings, report, progress events)."""
    home = tmp_path_factory.mktemp("trained")
    settings = fixture_settings(home, reviews=write_reviews(home / "reviews.csv"), margin=0.0)
    events = []
    report = train_and_register(settings, TINY, events.append, base_encoder=base_encoder())
    return settings, report, events


def test_a_run_is_recorded_in_the_registry_with_its_config_and_figures(trained):
    settings, report, _ = trained
    version = Registry(settings.models_dir).get(report.version_id)
    assert version.config["max_steps"] == 6 and version.config["seed"] == TINY.seed
    assert version.metrics["ndcg@10"] == pytest.approx(report.candidate_metrics["ndcg@10"])
    assert "base.ndcg@10" in version.metrics and "domain_distance_after" in version.metrics
    assert (version.adapter_dir / "adapter_model.safetensors").is_file()
    assert version.verdict == ("accepted" if report.promoted else "rejected")


def test_training_changes_the_adapter_weights(trained):
    settings, report, _ = trained
    version = Registry(settings.models_dir).get(report.version_id)
    tensors = load_file(str(version.adapter_dir / "adapter_model.safetensors"))
    lora_b = [t for name, t in tensors.items() if ".lora_B." in name]
    assert lora_b and any(float(t.abs().max()) > 0 for t in lora_b)  # peft starts every B at zero
    adapted = Encoder(version.base_model, adapter_dir=version.adapter_dir).encode(["for PUBG"])
    assert not torch.allclose(torch.from_numpy(adapted), torch.from_numpy(base_encoder().encode(["for PUBG"])))


def test_the_encoder_merges_the_adapter_into_exactly_what_peft_computes(trained):
    from peft import PeftModel

    settings, report, _ = trained
    version = Registry(settings.models_dir).get(report.version_id)
    texts = ["a phone that lasts two days", "拍夜景", "Apple iPhone 16 128GB, a phone from 2024. 3561 mAh battery."]
    base = base_encoder()
    with warnings.catch_warnings():
        # transformers deprecates a property that peft still reads; not ours to fix.
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        peft_model = PeftModel.from_pretrained(copy.deepcopy(base.model), str(version.adapter_dir)).eval()
    tokens = base.tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
    with torch.inference_mode():
        expected = mean_pool(peft_model(**tokens).last_hidden_state, tokens["attention_mask"]).numpy()
    served = Encoder(version.base_model, adapter_dir=version.adapter_dir).encode(texts)
    assert abs(served - expected).max() < 1e-5


def test_progress_reports_each_step_with_loss_and_eta(trained):
    _, report, events = trained
    steps = [e for e in events if e.phase == "train"]
    assert [e.step for e in steps] == list(range(1, report.steps + 1))
    assert all(math.isfinite(e.loss) and e.eta_s >= 0 for e in steps)
    assert steps[-1].eta_s == 0


def test_the_steps_run_on_the_device_the_settings_choose(trained):
    settings, report, _ = trained
    assert report.device == choose_device(settings.device)


def test_the_report_gives_base_and_candidate_figures_and_the_domain_distance(trained):
    _, report, _ = trained
    for metrics in (report.base_metrics, report.candidate_metrics):
        assert 0 <= metrics["ndcg@10"] <= 1 and 0 <= metrics["recall@10"] <= 1
    assert report.source_pairs > 0
    low, high = report.source_weight_range
    assert 0 <= low <= 1 <= high  # instance weights scaled to mean 1
    assert report.domain_distance_before > 0 and report.domain_distance_after > 0
    assert report.peak_rss_mb > 0 and report.heldout_queries > 0


def test_without_the_review_file_training_uses_target_data_and_says_so(tmp_path):
    settings = fixture_settings(tmp_path, margin=0.0)
    report = train_and_register(settings, TINY.with_changes(max_steps=2), base_encoder=base_encoder())
    assert report.source_pairs == 0 and "target data alone" in report.source_note
    assert report.domain_distance_before is None and report.domain_distance_after is None


def test_a_target_only_run_still_measures_the_domain_distance_on_the_reviews(tmp_path):
    settings = fixture_settings(tmp_path, reviews=write_reviews(tmp_path / "reviews.csv"), margin=0.0)
    report = train_and_register(settings, TINY.with_changes(max_steps=1, use_source=False), base_encoder=base_encoder())
    assert report.source_pairs == 0 and "switched off" in report.source_note
    assert report.domain_distance_before > 0 and report.domain_distance_after > 0


@pytest.mark.slow
def test_the_guard_refuses_a_candidate_trained_on_shuffled_labels(tmp_path):
    settings = fixture_settings(tmp_path, margin=0.005)
    # 30 steps at 2e-3 are too few to poison on the 38-phone fixture: since doc-v3 such a run scored 0.369 against
    # the base model's 0.343 (query-like text still meets document-like text); 40 at 3e-3 scores 0.323.
    config = TrainingConfig.quick_run(max_steps=40, batch_size=8, learning_rate=3e-3, shuffle_labels=True)
    report = train_and_register(settings, config, base_encoder=base_encoder())
    assert not report.promoted and report.verdict == "negative_transfer"
    assert report.candidate_metrics["ndcg@10"] < report.base_metrics["ndcg@10"] - settings.promote_margin
    assert report.reason.startswith("worse than the served version")
    registry = Registry(settings.models_dir)
    assert registry.current() is None  # still serving the base model
    assert registry.get(report.version_id).status == "rejected"


def test_the_guard_keeps_the_current_version_unless_the_margin_is_beaten(tmp_path):
    settings = fixture_settings(tmp_path, margin=0.99)  # no candidate can gain 0.99 nDCG
    registry = Registry(settings.models_dir)
    catalog, encoder = small_catalog(), base_encoder()
    served = registry.create_version(adapter_dir=None, catalog=catalog, encoder=encoder, config={}, metrics={},
                                     index=build_index(catalog, encoder))
    registry.promote(served.id)
    report = train_and_register(settings, TINY.with_changes(max_steps=2), base_encoder=encoder)
    assert report.current_id == served.id and not report.promoted
    assert registry.current().id == served.id


def test_a_candidate_that_ties_the_served_version_is_called_no_better_not_worse(tmp_path):
    settings = fixture_settings(tmp_path, margin=0.005)
    config = TINY.with_changes(max_steps=2, use_source=False)
    first = train_and_register(settings, config, base_encoder=base_encoder())
    registry = Registry(settings.models_dir)
    registry.promote(first.version_id, force=True)
    again = train_and_register(settings, config, base_encoder=base_encoder())  # same seed: the same adapter
    assert again.candidate_metrics["ndcg@10"] == pytest.approx(first.candidate_metrics["ndcg@10"])
    assert not again.promoted
    assert again.reason.startswith("no better than the served version")


def test_the_source_guard_trains_without_reviews_that_do_not_help_on_validation(tmp_path):
    settings = fixture_settings(tmp_path, reviews=write_reviews(tmp_path / "reviews.csv"), margin=0.0)
    config = TINY.with_changes(max_steps=2, source_guard=True, guard_margin=0.99)  # no source can gain 0.99
    report = train_and_register(settings, config, base_encoder=base_encoder())
    assert report.source_pairs == 0 and report.config.use_source is False
    assert "do not help on the validation split" in report.guard_note
    version = Registry(settings.models_dir).get(report.version_id)
    assert {"guard.with_source", "guard.without_source"} <= set(version.metrics)
    assert version.config["use_source"] is False  # the registered config is the one that trained


def test_a_stop_request_ends_training_and_registers_nothing(tmp_path):
    settings = fixture_settings(tmp_path)
    stop = threading.Event()

    def progress(info):
        if info.phase == "train" and info.step == 2:
            stop.set()

    with pytest.raises(TrainingError, match="stopped at step 2"):
        train_and_register(settings, TINY, progress, base_encoder=base_encoder(), stop=stop)
    registry = Registry(settings.models_dir)
    assert registry.versions() == [] and registry.current() is None
    assert not list(settings.models_dir.glob(".staging-*"))


_CHILD = """
import sys
from pathlib import Path
from advisor.models.training import TrainingConfig, train_and_register
from advisor.models.training.device import choose_device
from tests.helpers.training import fixture_settings

def progress(info):
    if info.phase == "train":
        print(f"step {info.step}", flush=True)

config = TrainingConfig.quick_run(max_steps=100000, epochs=100000, batch_size=4)
train_and_register(fixture_settings(Path(sys.argv[1])), config, progress)
"""


def test_a_process_killed_mid_training_leaves_the_registry_as_it_was(tmp_path):
    settings = fixture_settings(tmp_path)
    registry = Registry(settings.models_dir)
    catalog, encoder = small_catalog(), base_encoder()
    served = registry.create_version(adapter_dir=None, catalog=catalog, encoder=encoder, config={}, metrics={},
                                     index=build_index(catalog, encoder))
    registry.promote(served.id)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen([sys.executable, "-c", _CHILD, str(tmp_path)], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as child:
        try:
            deadline = time.monotonic() + 240
            line = ""
            for line in child.stdout:
                if line.startswith("step 2") or time.monotonic() > deadline:
                    break
            assert line.startswith("step 2"), "the child never reached step 2"
            assert list(settings.models_dir.glob(".staging-*"))  # it was working inside the registry
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
    assert registry.current().id == served.id
    assert [v.id for v in registry.versions()] == [served.id]
    assert registry.clean_staging() == 1
    assert not list(settings.models_dir.glob(".staging-*"))
