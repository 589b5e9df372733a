"""SIGKILL at random moments of a store write, a catalog swap, an index build and a model promote: after a
restart, the old or the new state, never a mix (no torn row, no half-written catalog, index or version, no
pointer to a version that is not whole, no promotion log that disagrees with what is served)."""

from __future__ import annotations

import filecmp
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from cryptography.fernet import Fernet

from advisor import load_catalog
from advisor.registry import Registry
from bot import Store
from index import VectorIndex
from tests.emulator.kill_targets import index_pair
from tests.emulator.harness import SMALL_CATALOG, SMALL_CHIPSETS

KILLS = 4
KILLS_SHORT_WINDOWS = 10  # an index save or a promote is milliseconds long: more kills land inside one
ROOT = Path(__file__).resolve().parent.parent


def _run_and_kill(args: list[str], rng: random.Random) -> list[str]:
    """Start a writer, let it complete at least one cycle, SIGKILL it at a random moment; the line of its
    last complete cycle (the cycle number first), split."""
    child = subprocess.Popen([sys.executable, "-m", "tests.emulator.kill_targets", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    first = child.stdout.readline()
    assert first[:1].isdigit(), f"the writer did not start: {first!r}"
    time.sleep(rng.uniform(0.0, 0.5))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return [first, *out.splitlines(keepends=True)][-1].split()


def test_a_store_killed_mid_write_reopens_whole(tmp_path):
    rng = random.Random(12)
    path, key = tmp_path / "store.sqlite3", Fernet.generate_key().decode()
    for _ in range(KILLS):
        last = int(_run_and_kill(["store", str(path), key], rng)[0])
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        store = Store(path, Fernet(key.encode()), retention_days=30)  # the key check passes
        state = store.load_state(1)
        history = store.history(1, 100)
        assert not store.take_unreadable(1)  # no torn, undecryptable row
        assert state is None or json.loads(state)["turn"] in (last, last + 1)
        assert all(h.query.startswith("request ") for h in history)
        store.close()


def test_a_catalog_swap_killed_at_any_moment_leaves_the_old_or_the_new_catalog(tmp_path):
    rng = random.Random(7)
    lines = SMALL_CATALOG.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("".join(lines), encoding="utf-8")
    second.write_text("".join(lines[:-3]), encoding="utf-8")
    live = tmp_path / "data" / "phones.csv"
    live.parent.mkdir()
    live.write_bytes(first.read_bytes())
    for _ in range(KILLS):
        _run_and_kill(["catalog", str(tmp_path / "home"), str(live), str(SMALL_CHIPSETS), str(first), str(second)],
                      rng)
        assert live.read_bytes() in (first.read_bytes(), second.read_bytes())
        assert len(load_catalog(live, SMALL_CHIPSETS)) in (38, 35)


def test_an_index_build_killed_at_any_moment_leaves_the_old_or_the_new_index(tmp_path):
    rng = random.Random(5)
    wanted = {index.info.fingerprint: index for index in index_pair()}
    directory = tmp_path / "index"
    for _ in range(KILLS_SHORT_WINDOWS):
        _run_and_kill(["index", str(directory)], rng)
        loaded = VectorIndex.load(directory)
        built = wanted[loaded.info.fingerprint]
        assert loaded.count() == built.count()
        assert np.array_equal(loaded.vectors(range(loaded.count())), built.vectors(range(built.count())))


def test_a_promote_killed_at_any_moment_serves_the_old_or_the_new_version_whole(tmp_path):
    rng = random.Random(9)
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text('{"r": 8}')
    (adapter / "adapter_model.safetensors").write_bytes(np.random.default_rng(1).bytes(300_000))
    models = tmp_path / "models"
    for _ in range(KILLS_SHORT_WINDOWS):
        turn, served_before = _run_and_kill(
            ["promote", str(models), str(SMALL_CATALOG), str(SMALL_CHIPSETS), str(adapter)], rng)
        registry = Registry(models)
        registry.clean_staging()
        assert not list(models.glob(".staging-*")), "a dead writer's staging directory stayed"
        for version in registry.versions():
            assert filecmp.cmpfiles(adapter, version.adapter_dir, ["adapter_config.json",
                                                                   "adapter_model.safetensors"], shallow=False)[0] \
                == ["adapter_config.json", "adapter_model.safetensors"]
            record = json.loads((version.path / "version.json").read_text())
            VectorIndex.load(version.index_dir, expect_fingerprint=record["index_fingerprint"])
        current = registry.current()
        assert current is not None
        # Turn N+1 promotes its new version and, every third turn, rolls back to what turn N served.
        assert current.id == served_before or current.config["turn"] == int(turn) + 1
        assert registry.history()[-1].version == current.id  # the log agrees with the pointer
