"""The encoder served through ONNX Runtime: equal embeddings, the fallback to torch, no torch import, the export
written at promotion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from advisor import Advisor
from advisor.config import FACTORY_MODEL, Settings
from advisor.models.registry import Registry
from advisor.retrieval.encoder import Encoder
from advisor.retrieval.onnx_export import export_onnx
from advisor.retrieval.onnx_runtime import read_info
from tests.helpers import REPO, SMALL_CATALOG, SMALL_CHIPSETS, small_catalog

pytest.importorskip("onnxruntime", reason="onnxruntime is not installed: the encoder serves with torch")
pytest.importorskip("onnx", reason="onnx is not installed: the encoder cannot be exported")

TEXTS_EN = ["a phone for photos", "best camera under $500", "lightest phone with 5000mAh+ and 8GB RAM",
            "compare the first two", "battery " * 200]  # the last one is cut at max_length
TEXTS_ZH = ["预算3000元，续航好", "拍夜景", "不要三星，要华为或者小米的旗舰", "第二个详细说说", "两千左右的游戏手机"]


@pytest.fixture(scope="session")
def adapter_dir(tmp_path_factory) -> Path:
    """The shipped factory adapter: the export is of the merged encoder (base + LoRA)."""
    factory = Registry(tmp_path_factory.mktemp("registry"), FACTORY_MODEL).factory()
    assert factory is not None and factory.adapter_dir is not None, "the factory adapter ships with the code"
    return factory.adapter_dir


@pytest.fixture(scope="session")
def first_start(tmp_path_factory, adapter_dir):
    """An "onnx" encoder started without an export: serves torch and exports in the background."""
    cache = tmp_path_factory.mktemp("cache")
    encoder = Encoder(adapter_dir=adapter_dir, runtime="onnx", export_cache=cache)
    exported = encoder.wait_export()
    return cache, encoder, exported


@pytest.fixture(scope="session")
def export_cache(first_start) -> Path:
    return first_start[0]


@pytest.fixture(scope="session")
def torch_encoder(first_start) -> Encoder:
    return first_start[1]


@pytest.fixture(scope="session")
def onnx_encoder(export_cache, adapter_dir) -> Encoder:
    return Encoder(adapter_dir=adapter_dir, runtime="onnx", export_cache=export_cache)


def test_first_start_without_an_export_serves_torch_and_exports_for_the_next(first_start):
    _, encoder, exported = first_start
    assert encoder.wait_loaded() == "torch"
    assert exported
    assert read_info(encoder.export_dir, encoder.fingerprint)["max_abs_diff"] <= 1e-5


def test_next_start_serves_the_export_through_onnx_runtime(onnx_encoder):
    assert onnx_encoder.wait_loaded() == "onnx"
    assert onnx_encoder.dim == 384


@pytest.mark.parametrize("texts", [TEXTS_EN, TEXTS_ZH], ids=["en", "zh"])
def test_onnx_embeddings_equal_the_torch_ones_within_1e_5(onnx_encoder, torch_encoder, texts):
    batched = np.abs(onnx_encoder.encode(texts) - torch_encoder.encode(texts)).max()
    one_by_one = max(np.abs(onnx_encoder.encode([t]) - torch_encoder.encode([t])).max() for t in texts)
    assert batched <= 1e-5
    assert one_by_one <= 1e-5


def test_blank_and_empty_input_embed_alike_on_both_runtimes(onnx_encoder, torch_encoder):
    assert onnx_encoder.encode([]).shape == (0, 384)
    assert np.abs(onnx_encoder.encode(["", "  "]) - torch_encoder.encode(["", "  "])).max() <= 1e-5


def test_without_onnxruntime_the_export_is_ignored_and_torch_serves(monkeypatch, export_cache, adapter_dir):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # what an install without it looks like to imports
    assert Encoder(adapter_dir=adapter_dir, runtime="onnx", export_cache=export_cache).wait_loaded() == "torch"


def test_a_damaged_export_falls_back_to_torch(monkeypatch, tmp_path, onnx_encoder, adapter_dir):
    shutil.copytree(onnx_encoder.export_dir, tmp_path / onnx_encoder.export_dir.name)
    (tmp_path / onnx_encoder.export_dir.name / "model.onnx").write_bytes(b"not a model")
    monkeypatch.setitem(sys.modules, "onnx", None)  # no export again behind the test
    assert Encoder(adapter_dir=adapter_dir, runtime="onnx", export_cache=tmp_path).wait_loaded() == "torch"


def test_torch_runtime_ignores_an_existing_export(export_cache, adapter_dir):
    assert Encoder(adapter_dir=adapter_dir, runtime="torch", export_cache=export_cache).wait_loaded() == "torch"


def test_an_export_of_another_encoder_is_not_served(tmp_path, export_cache, onnx_encoder):
    copy = shutil.copytree(onnx_encoder.export_dir, tmp_path / "onnx")
    assert read_info(copy, onnx_encoder.fingerprint) is not None
    assert read_info(copy, "another-fingerprint") is None
    (copy / "model.onnx").unlink()
    assert read_info(copy, onnx_encoder.fingerprint) is None


def test_a_second_process_does_not_export_while_one_is_exporting(tmp_path, torch_encoder):
    target = tmp_path / "onnx-x"
    (tmp_path / "onnx-x.exporting").touch()  # the lock of a live export elsewhere
    assert not export_onnx(torch_encoder.tokenizer, torch_encoder.model, target, fingerprint="x", max_length=128)
    assert not target.exists()


def test_the_served_advisor_answers_with_onnx_without_importing_torch(tmp_path, export_cache, torch_encoder):
    home = tmp_path / "home"
    shutil.copytree(torch_encoder.export_dir, home / "cache" / torch_encoder.export_dir.name)
    code = (
        "import sys; from pathlib import Path; from advisor.config import Settings, FACTORY_MODEL; "
        "from advisor import Advisor; from advisor.resources import semantic_scores; "
        f"s = Settings(home=Path({str(home)!r}), catalog_path=Path({str(SMALL_CATALOG)!r}), "
        f"chipsets_path=Path({str(SMALL_CHIPSETS)!r}), factory_model=FACTORY_MODEL, "
        "encoder_runtime='onnx'); a = Advisor.load(s); r = a.resources; "
        "scores = semantic_scores(r, 'a phone for photos', list(range(len(r.catalog)))); "
        "print(json.dumps({'runtime': r.encoder.wait_loaded(), 'scored': len(scores), "
        "'torch': 'torch' in sys.modules, 'transformers': 'transformers' in sys.modules}))"
    )
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"runtime": "onnx", "scored": 38, "torch": False, "transformers": False}


def test_a_process_exit_waits_for_the_background_encoder_load(export_cache, adapter_dir):
    # `phone-advisor ask` answered from constraints alone exited while the load thread was inside
    # onnxruntime's session construction, and the process aborted ("terminate called", status 134).
    # Exit must wait for the load: by the time atexit handlers run, no load thread is left.
    code = ("import atexit, threading; from pathlib import Path; from advisor.retrieval.encoder import Encoder; "
            "atexit.register(lambda: print(sorted(t.name for t in threading.enumerate()))); "
            f"Encoder(adapter_dir=Path({str(adapter_dir)!r}), runtime='onnx', "
            f"export_cache=Path({str(export_cache)!r}), background=True)")
    run = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert (run.returncode, run.stdout.strip()) == (0, "['MainThread']"), run.stderr[-500:]


@pytest.mark.parametrize("text", [*TEXTS_EN[:4], *TEXTS_ZH])
def test_both_runtimes_see_the_same_share_of_unknown_tokens(torch_encoder, onnx_encoder, text):
    # the intent matcher skips a text the vocabulary mostly lacks; which runtime serves must not change that
    assert onnx_encoder.unknown_share(text) == pytest.approx(torch_encoder.unknown_share(text))


@pytest.fixture
def promoting_settings(tmp_path) -> Settings:
    """A fresh home serving through ONNX Runtime: no export of any encoder in its cache yet."""
    return Settings(home=tmp_path / "home", catalog_path=SMALL_CATALOG, chipsets_path=SMALL_CHIPSETS,
                    encoder_runtime="onnx")


def _trained_version(registry: Registry, torch_encoder: Encoder, adapter_dir: Path):
    return registry.create_version(adapter_dir=adapter_dir, catalog=small_catalog(), encoder=torch_encoder,
                                   config={"seed": 1}, metrics={"ndcg@10": 0.5})


def test_a_promoted_version_is_exported_and_its_first_start_serves_the_export(promoting_settings, torch_encoder,
                                                                               adapter_dir):
    registry = Registry.from_settings(promoting_settings)
    version = registry.promote(_trained_version(registry, torch_encoder, adapter_dir).id)
    exports = list(promoting_settings.cache_dir.glob("onnx-*"))
    resources = Advisor.load(promoting_settings).resources
    assert resources.model_version == version.id
    assert exports == [resources.encoder.export_dir]
    assert resources.encoder.wait_loaded() == "onnx"  # an encoder that had to export would serve torch first


def test_a_promotion_whose_export_cannot_be_written_still_promotes(monkeypatch, promoting_settings, torch_encoder,
                                                                     adapter_dir):
    monkeypatch.setitem(sys.modules, "onnx", None)  # torch's exporter writes through onnx
    registry = Registry.from_settings(promoting_settings)
    version = registry.promote(_trained_version(registry, torch_encoder, adapter_dir).id)
    assert registry.served().id == version.id
    assert not list(promoting_settings.cache_dir.glob("onnx-*"))
