"""SIGKILL at random moments of a store write and of a catalog swap: after a restart, the old or the
new state, never a mix (no torn row, no half-written catalog)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cryptography.fernet import Fernet

from advisor import load_catalog
from bot import Store
from tests.emulator.harness import SMALL_CATALOG, SMALL_CHIPSETS

KILLS = 4
ROOT = Path(__file__).resolve().parent.parent


def _run_and_kill(args: list[str], rng: random.Random) -> int:
    """Start a writer, let it complete at least one cycle, SIGKILL it at a random moment; its last cycle."""
    child = subprocess.Popen([sys.executable, "-m", "tests.emulator.kill_targets", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    first = child.stdout.readline()
    assert first.strip().isdigit(), f"the writer did not start: {first!r}"
    time.sleep(rng.uniform(0.0, 0.5))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return int(([first] + out.split())[-1])


def test_a_store_killed_mid_write_reopens_whole(tmp_path):
    rng = random.Random(12)
    path, key = tmp_path / "store.sqlite3", Fernet.generate_key().decode()
    for _ in range(KILLS):
        last = _run_and_kill(["store", str(path), key], rng)
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
