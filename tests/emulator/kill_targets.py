"""Processes that write forever, to be killed with SIGKILL at random moments by tests/test_bot_faults.py.

    python -m tests.emulator.kill_targets store STORE_PATH FERNET_KEY
    python -m tests.emulator.kill_targets catalog HOME LIVE_CSV CHIPSETS_CSV A_CSV B_CSV
    python -m tests.emulator.kill_targets index DIRECTORY
    python -m tests.emulator.kill_targets promote MODELS_DIR CATALOG_CSV CHIPSETS_CSV ADAPTER_DIR
    python -m tests.emulator.kill_targets bot API_URL TOKEN HOME CATALOG_CSV CHIPSETS_CSV KEY_FILE

Each writer prints one line per completed cycle, so the test knows it is running. The bot serves the
emulator by long polling and never finishes a turn whose text says "stall": it prints "stalled" when
one begins, so the test can kill it while answers are in flight.
"""

from __future__ import annotations

import itertools
import json
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from advisor import Advisor, Catalog
    from advisor.retrieval.encoder import Encoder


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
        self.catalog: Catalog | tuple[()] = ()  # nothing parsed until the first reload

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


def index_pair(seed: int = 3) -> tuple:
    """Two different flat indexes (another fingerprint, size and vectors) that the writer alternates."""
    import numpy as np

    from index import VectorIndex

    rng = np.random.default_rng(seed)
    made = []
    for name, count in (("fp-a", 3000), ("fp-b", 2000)):
        vectors = rng.standard_normal((count, 64)).astype(np.float32)
        made.append(VectorIndex.build(vectors, range(count), model="kill-test", fingerprint=name))
    return tuple(made)


def save_indexes(directory: str) -> None:
    """Save two indexes into one directory in turn (a catalog's index rebuilt in place, as the advisor does)."""
    first, second = index_pair()
    for turn, index in enumerate(itertools.cycle((first, second)), 1):
        index.save(Path(directory))
        print(turn, flush=True)


@dataclass(frozen=True)
class FingerprintOnly:
    """What the registry reads of an encoder when it is handed a built index: no weights are loaded."""

    base_model: str
    adapter_dir: Path | None
    fingerprint: str


def promote_versions(models: str, catalog_csv: str, chipsets_csv: str, adapter: str) -> None:
    """Register a version (adapter copied, index saved) and promote it, rolling back every third turn;
    prints the turn and the version served after it."""
    import numpy as np

    from advisor import load_catalog
    from advisor.models.registry import Registry
    from advisor.retrieval.catalog_index import index_fingerprint
    from index import VectorIndex

    registry = Registry(Path(models))
    catalog = load_catalog(Path(catalog_csv), Path(chipsets_csv))
    # a stand-in with just what create_version and index_fingerprint read of an encoder
    encoder = cast("Encoder", FingerprintOnly("kill-test-model", Path(adapter), "kill-test-encoder"))
    vectors = np.random.default_rng(5).standard_normal((len(catalog), 64)).astype(np.float32)
    index = VectorIndex.build(vectors, range(len(catalog)), model=encoder.base_model,
                              fingerprint=index_fingerprint(catalog, encoder))
    for turn in itertools.count(1):
        version = registry.create_version(adapter_dir=Path(adapter), catalog=catalog, encoder=encoder,
                                          config={"turn": turn}, metrics={"ndcg@10": 0.5}, index=index)
        served = registry.current()
        registry.promote(version.id, expect_current=None if served is None else served.id)
        if turn % 3 == 0:
            registry.rollback()
        served = registry.current()
        print(turn, served.id if served else "base", flush=True)


_PRINTING = threading.Lock()


class _StallingSession:
    """A real session whose turns on a message saying "stall" never end (a kill will find them in flight)."""

    def __init__(self, session):
        self._session = session

    def __getattr__(self, name):
        return getattr(self._session, name)

    def ask(self, text: str, language: str | None = None):
        if "stall" in text:
            with _PRINTING:  # two turns stall at once: print's text and newline are separate writes
                print("stalled", flush=True)
            threading.Event().wait()
        return self._session.ask(text, language=language)


class _StallingAdvisor:
    """The real advisor, its sessions stalling on "stall"."""

    def __init__(self, advisor):
        self._advisor = advisor

    def __getattr__(self, name):
        return getattr(self._advisor, name)

    def session(self, *args, **kwargs):
        return _StallingSession(self._advisor.session(*args, **kwargs))


def serve_bot(api_url: str, token: str, home: str, catalog: str, chipsets: str, key_file: str) -> None:
    """The bot, long polling the emulator, with the test's relaxed limits."""
    from advisor import Advisor, Settings
    from bot import run_polling
    from tests.emulator.harness import bot_settings

    settings = Settings(home=Path(home), catalog_path=Path(catalog), chipsets_path=Path(chipsets),
                        telegram_api_url=api_url, telegram_token=token, key_file=Path(key_file))
    # the real advisor behind a wrapper that passes every member through (__getattr__)
    run_polling(settings, cast("Advisor", _StallingAdvisor(Advisor.load(settings))), bot_settings())


if __name__ == "__main__":
    target, *arguments = sys.argv[1:]
    writers: dict[str, Callable[..., None]] = {"store": write_store, "catalog": swap_catalogs,
                                               "index": save_indexes, "promote": promote_versions, "bot": serve_bot}
    writers[target](*arguments)
