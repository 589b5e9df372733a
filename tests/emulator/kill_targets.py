"""Processes that write forever, to be killed with SIGKILL at random moments by tests/test_bot_faults.py.

    python -m tests.emulator.kill_targets store STORE_PATH FERNET_KEY
    python -m tests.emulator.kill_targets catalog HOME LIVE_CSV CHIPSETS_CSV A_CSV B_CSV

Each prints one line per completed cycle, so the test knows the writer is running.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sys
from pathlib import Path


def write_store(path: str, key: str) -> None:
    """Fill and forget one user's rows in a loop (the bot's writes, in the bot's order)."""
    from cryptography.fernet import Fernet

    from bot import Store

    store = Store(Path(path), Fernet(key.encode()), retention_days=30)
    for turn in itertools.count(1):
        store.save_state(1, json.dumps({"turn": turn, "pad": "x" * 2000}))
        store.add_history(1, f"request {turn}", "results", ("a",))
        store.add_feedback(1, "a", True, f"request {turn}")
        if turn % 7 == 0:
            store.forget(1)
        print(turn, flush=True)


class _CatalogReader:
    """The part of the Advisor that a swap uses: reload() parses the live catalog (as the engine does)."""

    def __init__(self, live: Path, chipsets: Path):
        self.live, self.chipsets = live, chipsets
        self.catalog = ()

    def reload(self) -> str:
        from advisor import load_catalog

        self.catalog = load_catalog(self.live, self.chipsets)
        return "base"


def swap_catalogs(home: str, live: str, chipsets: str, first: str, second: str) -> None:
    """Stage and swap two catalogs in turn, through the bot's own staging code."""
    from advisor import Settings
    from bot import _catalog_upload as upload

    settings = Settings(home=Path(home), catalog_path=Path(live), chipsets_path=Path(chipsets))
    reader = _CatalogReader(Path(live), Path(chipsets))
    for turn, source in enumerate(itertools.cycle((first, second)), 1):
        token = f"{turn % 2**32:08x}"
        staged = upload.staged_path(settings, token)
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, staged)
        upload.swap(settings, reader, staged)
        print(turn, flush=True)


if __name__ == "__main__":
    target, *arguments = sys.argv[1:]
    {"store": write_store, "catalog": swap_catalogs}[target](*arguments)
