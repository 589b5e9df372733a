"""Shared fixtures: every test runs with an isolated home directory, no token and offline models."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, REPO

SHARED_DATASETS = REPO.parent / "shared" / "datasets"

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """A fresh PHONE_ADVISOR_HOME per test, and none of the developer's real settings."""
    for var in list(os.environ):
        if var.startswith(("PHONE_ADVISOR_", "TELEGRAM_")):
            monkeypatch.delenv(var, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("PHONE_ADVISOR_HOME", str(home))
    # Tests serve the base model unless they ask for the shipped factory adapter (test_registry does).
    monkeypatch.setenv("PHONE_ADVISOR_FACTORY_MODEL", "none")
    # Torch, as settings built in code: with "onnx" every fresh home would export the encoder (~20 s of CPU)
    # behind the test; tests/test_onnx_encoder.py exports once and serves from it.
    monkeypatch.setenv("PHONE_ADVISOR_ENCODER_RUNTIME", "torch")
    return home


@pytest.fixture(scope="session")
def shared_datasets() -> Path:
    """../shared/datasets when present; tests that need it are skipped elsewhere."""
    if not SHARED_DATASETS.is_dir():
        pytest.skip("../shared/datasets is not beside this checkout")
    return SHARED_DATASETS


@pytest.fixture(scope="session")
def small_settings(tmp_path_factory):
    """Settings over the 38-phone fixture catalog with a session-wide home (index cached once)."""
    from advisor.config import Settings

    return Settings(home=tmp_path_factory.mktemp("advisor-home"), catalog_path=FIXTURES / "phones_small.csv",
                    chipsets_path=FIXTURES / "chipsets_small.csv")


@pytest.fixture(scope="session")
def small_advisor(small_settings):
    """A real Advisor (bundled encoder, FAISS index) over the fixture catalog, shared by the session."""
    from advisor import Advisor

    return Advisor.load(small_settings)


@pytest.fixture(scope="session")
def vocab():
    """The parser's vocabulary of the fixture catalog and the real aliases table."""
    from advisor.understanding.understand import Vocabulary
    from tests.helpers import ALIASES, small_catalog

    return Vocabulary.from_catalog(small_catalog(), ALIASES)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server the session starts in a temporary directory (skipped, with the reason, where it cannot)."""
    from tests.helpers.postgres import PostgresServer, why_not

    reason = why_not()
    if reason:
        pytest.skip(f"PostgreSQL store tests skipped: {reason}")
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


_schemas = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request, tmp_path) -> Path | str:
    """Where a test's store lives: a fresh SQLite file, or a fresh schema on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_path / "data" / "store.sqlite3"
    import psycopg

    server = request.getfixturevalue("postgres_server")
    schema = f"test_{next(_schemas)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return server.url(schema)


@pytest.fixture
def emulator():
    """A running Bot API emulator."""
    from tests.emulator import BotApiEmulator

    with BotApiEmulator() as emu:
        yield emu


@pytest.fixture(scope="session")
def shared_advisor(tmp_path_factory):
    """One real Advisor over the 38-phone fixture, shared by the bot tests that do not change it."""
    from advisor import Advisor
    from advisor.config import Settings

    home = tmp_path_factory.mktemp("advisor-home")
    return Advisor.load(Settings(home=home, catalog_path=FIXTURES / "phones_small.csv",
                                 chipsets_path=FIXTURES / "chipsets_small.csv"))
