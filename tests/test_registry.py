"""The model registry: versions appear whole, the current pointer switches atomically, rollback goes back."""

from __future__ import annotations

import json
import os

import pytest

from advisor.errors import ModelError
from advisor.models.registry import Registry
from advisor.models.training.config import TrainingConfig
from advisor.retrieval.catalog_index import build_index, index_fingerprint
from advisor.retrieval.documents import TEMPLATE_VERSION
from index import VectorIndex
from tests.helpers import small_catalog
from tests.helpers.training import base_encoder


@pytest.fixture(scope="module")
def catalog():
    return small_catalog()


@pytest.fixture(scope="module")
def encoder():
    return base_encoder()


@pytest.fixture(scope="module")
def base_index(catalog, encoder):
    return build_index(catalog, encoder)


@pytest.fixture
def registry(tmp_path):
    return Registry(tmp_path / "models")


def _register(registry, catalog, encoder, index, *, verdict="accepted", ndcg=0.5):
    return registry.create_version(adapter_dir=None, catalog=catalog, encoder=encoder, config={"seed": 1},
                                   metrics={"ndcg@10": ndcg}, verdict=verdict, index=index)


def test_an_empty_registry_serves_the_base_model(registry):
    assert registry.current() is None and registry.served() is None
    assert registry.versions() == []


@pytest.fixture
def factory_dir(tmp_path, catalog, encoder, base_index):
    """A factory directory shaped like the shipped one: a version record (and adapter) outside any registry."""
    made = _register(Registry(tmp_path / "factory-maker"), catalog, encoder, base_index)
    return made.path


def test_an_empty_registry_serves_the_factory_version(tmp_path, factory_dir):
    registry = Registry(tmp_path / "models", factory_dir)
    served = registry.served()
    assert served.factory and served.status == "current" and served.path == factory_dir
    assert registry.current() is None  # nothing promoted: the factory version is the fallback
    assert served.index_dir.parent == tmp_path / "models" / "factory-index"  # never written inside the package


def test_a_promoted_version_replaces_the_factory_version(tmp_path, factory_dir, catalog, encoder, base_index):
    registry = Registry(tmp_path / "models", factory_dir)
    trained = _register(registry, catalog, encoder, base_index)
    registry.promote(trained.id)
    assert registry.served().id == trained.id
    assert registry.factory().status == "available"


def test_rollback_past_the_first_promotion_serves_the_factory_version(tmp_path, factory_dir, catalog, encoder,
                                                                      base_index):
    registry = Registry(tmp_path / "models", factory_dir)
    trained = _register(registry, catalog, encoder, base_index)
    registry.promote(trained.id)
    restored = registry.rollback()
    assert restored.factory and registry.served().id == restored.id


def test_a_registered_version_records_its_config_metrics_and_fingerprints(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index)
    assert version.config == {"seed": 1} and version.metrics == {"ndcg@10": 0.5}
    assert version.catalog_fingerprint == catalog.fingerprint
    assert version.template_version == TEMPLATE_VERSION
    assert version.base_model == encoder.base_model and version.adapter_dir is None
    assert VectorIndex.load(version.index_dir).info.fingerprint == index_fingerprint(catalog, encoder)
    assert version.status == "available" and registry.current() is None  # registering does not promote


def test_promote_switches_the_current_version(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index)
    registry.promote(version.id)
    assert registry.current().id == version.id
    assert registry.get(version.id).status == "current"


def test_rollback_returns_to_the_previous_version_then_to_the_base_model(registry, catalog, encoder, base_index):
    first = _register(registry, catalog, encoder, base_index)
    second = _register(registry, catalog, encoder, base_index)
    registry.promote(first.id)
    registry.promote(second.id)
    assert registry.rollback().id == first.id
    assert registry.current().id == first.id
    assert registry.rollback() is None
    assert registry.current() is None


def test_rollback_with_nothing_promoted_is_refused(registry):
    with pytest.raises(ModelError, match="Nothing to roll back"):
        registry.rollback()


def test_promotions_and_rollbacks_are_logged(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index)
    registry.promote(version.id)
    registry.rollback()
    assert [(e.action, e.version, e.previous) for e in registry.history()] == [
        ("promote", version.id, None), ("rollback", None, version.id)]


def test_a_rejected_version_needs_force_to_be_promoted(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index, verdict="rejected")
    assert version.status == "rejected"
    with pytest.raises(ModelError, match="negative transfer"):
        registry.promote(version.id)
    assert registry.promote(version.id, force=True).status == "current"


def test_promoting_an_unknown_version_names_the_list_command(registry):
    with pytest.raises(ModelError, match="models list"):
        registry.promote("v-nope")


def test_the_pointer_is_replaced_whole_and_leaves_no_temporary_file(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index)
    registry.promote(version.id)
    pointer = json.loads((registry.root / "current.json").read_text())
    assert pointer["current"] == version.id and pointer["history"] == [None]
    assert [p.name for p in registry.root.iterdir() if p.name.endswith(".tmp")] == []


def test_staging_directories_are_never_listed_and_are_cleaned_once_their_process_is_gone(registry, catalog, encoder,
                                                                                       base_index):
    _register(registry, catalog, encoder, base_index)
    dead = registry.root / ".staging-999999999-deadbeef"
    (dead / "adapter").mkdir(parents=True)
    (registry.versions_dir / ".staging-leftover").mkdir()
    mine = registry.root / f".staging-{os.getpid()}-cafe"
    mine.mkdir()
    assert len(registry.versions()) == 1
    assert registry.clean_staging() == 1
    assert not dead.exists() and mine.exists()  # a live process's staging is left alone


class _InterruptingEncoder:
    """The base encoder, interrupted (as by Ctrl-C) while the index is being built."""

    def __init__(self, encoder):
        self._encoder = encoder
        self.base_model, self.adapter_dir = encoder.base_model, None
        self.fingerprint, self.dim = encoder.fingerprint, encoder.dim

    def encode(self, texts):
        raise KeyboardInterrupt


def test_an_interrupt_while_building_the_index_leaves_no_version(registry, catalog, encoder):
    with pytest.raises(KeyboardInterrupt):
        registry.create_version(adapter_dir=None, catalog=catalog, encoder=_InterruptingEncoder(encoder),
                                config={}, metrics={})
    assert registry.versions() == []
    assert not list(registry.root.glob(".staging-*"))


def test_an_index_from_another_encoder_or_catalog_is_refused(registry, catalog, encoder, base_index):
    subset = type(catalog)(list(catalog)[:5], "other-fingerprint")
    with pytest.raises(ModelError, match="not built from this catalog"):
        registry.create_version(adapter_dir=None, catalog=subset, encoder=encoder, config={}, metrics={},
                                index=base_index)


def test_index_for_rebuilds_when_the_catalog_changed(registry, catalog, encoder, base_index):
    version = _register(registry, catalog, encoder, base_index)
    assert registry.index_for(version, catalog, encoder).count() == len(catalog)
    smaller = type(catalog)(list(catalog)[:10], "a-new-catalog")
    rebuilt = registry.index_for(version, smaller, encoder)
    assert rebuilt.count() == 10
    assert rebuilt.info.fingerprint == index_fingerprint(smaller, encoder)


def test_a_pointer_to_a_missing_version_says_how_to_recover(registry):
    registry.root.mkdir(parents=True)
    (registry.root / "current.json").write_text(json.dumps({"current": "v-gone", "history": []}))
    with pytest.raises(ModelError, match="models rollback"):
        registry.current()


def test_promote_can_require_that_the_served_model_is_still_the_one_judged_against(registry, catalog, encoder,
                                                                                  base_index):
    judged_against_base = _register(registry, catalog, encoder, base_index)
    promoted_meanwhile = _register(registry, catalog, encoder, base_index)
    registry.promote(promoted_meanwhile.id)
    with pytest.raises(ModelError, match="changed"):
        registry.promote(judged_against_base.id, expect_current=None)
    assert registry.current().id == promoted_meanwhile.id


def test_the_shipped_factory_version_is_a_small_lora_adapter_with_its_config_and_report():
    from advisor.config import FACTORY_MODEL

    registry = Registry(FACTORY_MODEL.parent / "no-registry-here", FACTORY_MODEL)
    factory = registry.factory()
    assert factory is not None and factory.factory and factory.adapter_dir is not None
    size = sum(p.stat().st_size for p in factory.adapter_dir.iterdir())
    assert size < 1_000_000
    config = TrainingConfig.from_dict(factory.config)  # a complete, valid training config
    assert config.lora_r == 8 and factory.metrics["ndcg@10"] > factory.metrics["base.ndcg@10"]
    assert "phone-advisor train" in (FACTORY_MODEL / "REPORT.md").read_text(encoding="utf-8")


def test_a_fresh_install_serves_the_factory_adapter(tmp_path):
    from advisor import Advisor
    from advisor.config import FACTORY_MODEL, Settings
    from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS

    settings = Settings(home=tmp_path, catalog_path=SMALL_CATALOG, chipsets_path=SMALL_CHIPSETS,
                        factory_model=FACTORY_MODEL)
    advisor = Advisor.load(settings)
    assert advisor.model_version == Registry(settings.models_dir, FACTORY_MODEL).factory().id


def test_a_promotion_whose_log_line_a_kill_cut_off_is_read_from_the_pointer(registry, catalog, encoder, base_index):
    first = _register(registry, catalog, encoder, base_index)
    registry.promote(first.id)
    log = registry.root / "promotions.jsonl"
    log.write_bytes(log.read_bytes()[:-9])  # killed in the middle of writing the line
    assert [(e.action, e.version) for e in registry.history()] == [("promote", first.id)]


def test_the_next_change_writes_the_log_line_a_kill_kept_out(registry, catalog, encoder, base_index):
    first = _register(registry, catalog, encoder, base_index)
    second = _register(registry, catalog, encoder, base_index)
    registry.promote(first.id)
    log = registry.root / "promotions.jsonl"
    log.write_bytes(log.read_bytes()[:-9])
    registry.promote(second.id)
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(e["action"], e["version"]) for e in lines] == [("promote", first.id), ("promote", second.id)]
