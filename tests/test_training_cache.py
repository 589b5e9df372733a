"""Held-out figures kept in the registry: reused for the same catalog, evaluator and model, measured anew otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.catalog.model import load_catalog
from advisor.config import FACTORY_MODEL
from advisor.models.registry import Registry
from advisor.models.training import TrainingConfig, train_and_register
from advisor.models.training.heldout import Evaluator
from advisor.models.training.pairs import build_target_split
from advisor.models.training.pipeline import evaluate_cached
from advisor.retrieval.catalog_index import build_index
from advisor.retrieval.encoder import Encoder
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS, small_catalog
from tests.helpers.training import base_encoder, fixture_settings

FACTORY_ADAPTER = FACTORY_MODEL / "adapter"


def _evaluator(catalog, **options) -> Evaluator:
    split = build_target_split(catalog, TrainingConfig())
    return Evaluator(catalog, split.heldout_queries, split.heldout_phone_ids, **options)


class Measurement:
    """The `load` of `evaluate_cached` for one encoder: counts how often the figures were really measured."""

    def __init__(self, encoder: Encoder, catalog):
        self.encoder, self.catalog, self.loads = encoder, catalog, 0

    def __call__(self):
        self.loads += 1
        return self.encoder, build_index(self.catalog, self.encoder)


def _figures(registry, evaluator, encoder, measurement):
    return evaluate_cached(registry, evaluator, encoder.fingerprint, "a model", measurement, lambda _: None)


@pytest.fixture
def registry(tmp_path) -> Registry:
    return Registry(tmp_path / "models")


def test_figures_are_measured_once_for_the_same_catalog_evaluator_and_model(registry):
    catalog, encoder = small_catalog(), base_encoder()
    measurement = Measurement(encoder, catalog)
    first = _figures(registry, _evaluator(catalog), encoder, measurement)
    again = _figures(registry, _evaluator(catalog), encoder, measurement)
    assert measurement.loads == 1
    assert again == first == _evaluator(catalog)(encoder)


def test_figures_shipped_with_the_factory_version_spare_a_fresh_install_the_measurement(tmp_path: Path):
    catalog, encoder = small_catalog(), base_encoder()
    maker = Registry(tmp_path / "maker")
    measured = _figures(maker, _evaluator(catalog), encoder, Measurement(encoder, catalog))
    factory = tmp_path / "factory"
    shutil.copytree(maker.root / "evaluations", factory / "evaluations")
    measurement = Measurement(encoder, catalog)
    assert _figures(Registry(tmp_path / "models", factory), _evaluator(catalog), encoder, measurement) == measured
    assert measurement.loads == 0


def test_a_changed_catalog_is_measured_anew(registry, tmp_path: Path):
    catalog, encoder = small_catalog(), base_encoder()
    _figures(registry, _evaluator(catalog), encoder, Measurement(encoder, catalog))
    edited = tmp_path / "phones.csv"
    # A renamed phone changes its document (and so the index), not which phones answer a query.
    edited.write_text(SMALL_CATALOG.read_text(encoding="utf-8").replace("iPhone 16 128GB", "iPhone 16 (128 GB)", 1),
                      encoding="utf-8")
    changed = load_catalog(edited, SMALL_CHIPSETS)
    assert _evaluator(changed).fingerprint == _evaluator(catalog).fingerprint
    measurement = Measurement(encoder, changed)
    assert _figures(registry, _evaluator(changed), encoder, measurement) == _evaluator(changed)(encoder)
    assert measurement.loads == 1


def test_a_changed_model_is_measured_anew(registry):
    catalog, base = small_catalog(), base_encoder()
    adapted = Encoder(base.base_model, adapter_dir=FACTORY_ADAPTER)
    _figures(registry, _evaluator(catalog), base, Measurement(base, catalog))
    measurement = Measurement(adapted, catalog)
    figures = _figures(registry, _evaluator(catalog), adapted, measurement)
    assert measurement.loads == 1
    assert figures == _evaluator(catalog)(adapted) != _evaluator(catalog)(base)


def test_a_changed_held_out_split_is_measured_anew(registry):
    catalog, encoder = small_catalog(), base_encoder()
    _figures(registry, _evaluator(catalog), encoder, Measurement(encoder, catalog))
    other_split = build_target_split(catalog, TrainingConfig(split_seed=1))
    evaluator = Evaluator(catalog, other_split.heldout_queries, other_split.heldout_phone_ids)
    measurement = Measurement(encoder, catalog)
    _figures(registry, evaluator, encoder, measurement)
    assert measurement.loads == 1


def test_an_evaluator_with_a_hook_is_never_cached(registry):
    catalog, encoder = small_catalog(), base_encoder()
    evaluator = _evaluator(catalog, hooks={"probe": lambda e: {"dim": e.dim}})
    measurement = Measurement(encoder, catalog)
    _figures(registry, evaluator, encoder, measurement)
    _figures(registry, evaluator, encoder, measurement)
    assert evaluator.fingerprint is None and measurement.loads == 2


def test_a_second_run_judges_against_figures_the_first_measured(tmp_path):
    settings = fixture_settings(tmp_path, margin=0.0)
    config = TrainingConfig.quick_run(max_steps=2, batch_size=8)
    first = train_and_register(settings, config, base_encoder=base_encoder())
    Registry(settings.models_dir).promote(first.version_id, force=True)
    events = []
    second = train_and_register(settings, config, events.append, base_encoder=base_encoder())
    phases = [e.phase for e in events]
    assert "evaluating the base model" not in phases
    assert f"evaluating the current model {first.version_id}" not in phases
    assert second.base_metrics == first.base_metrics
    assert second.current_metrics == first.candidate_metrics
