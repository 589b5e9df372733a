"""The key that encrypts personal text at rest, kept apart from the database.

Where the key comes from, first match wins:
1. ``Settings.store_key`` (``PHONE_ADVISOR_KEY``): a Fernet key (``python -c "from cryptography.fernet import Fernet;
   print(Fernet.generate_key().decode())"``);
2. ``Settings.key_file`` (``PHONE_ADVISOR_KEY_FILE``, by default ``$XDG_CONFIG_HOME/phone-advisor/store.key``,
   that is ``~/.config/...``), created with mode 0600 on first use.

A key is created only when there is no store yet: beside an existing store a missing key is an
error (a new key could not read it; see the key check in bot/_store.py).

The key file must live outside the data directory (``PHONE_ADVISOR_HOME``), so that a copy of the
data directory alone does not reveal anyone's messages. Losing the key makes stored text unreadable.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet

from bot._errors import StoreError

log = logging.getLogger(__name__)

KEY_ENV = "PHONE_ADVISOR_KEY"


def load_fernet(home: Path, key_file: Path, key: str | None = None, store: str | None = None) -> Fernet:
    """The Fernet used by the store: `key` (Settings.store_key) when given, else the key in `key_file`,
    created (0600) when none exists and `store` is None.

    `store`: where the existing store is (a file, or a database that holds a key check value), or
    None when there is no store yet."""
    if key:
        return _fernet(key.encode(), f"${KEY_ENV}")
    path = key_file.expanduser().resolve()
    if path.is_relative_to(home.expanduser().resolve()):
        raise StoreError(
            f"The key file {path} is inside the data directory {home}; keep it elsewhere "
            f"(set PHONE_ADVISOR_KEY_FILE or {KEY_ENV})."
        )
    if not path.exists():
        if store is not None:
            raise StoreError(
                f"The key file {path} is missing, but the store {store} exists and was encrypted with it: "
                f"restore the key file (or set {KEY_ENV}); a new key could not read the stored data.")
        _create_key_file(path)
    try:
        mode = path.stat().st_mode & 0o777
        data = path.read_bytes().strip()
    except OSError as exc:
        raise StoreError(f"Cannot read the key file {path}: {exc.strerror}.") from exc
    if mode & 0o077:
        log.warning("The key file %s can be read by other users (mode %o): run chmod 600 %s", path, mode, path)
    return _fernet(data, str(path))


def _create_key_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # O_EXCL: never overwrite a key another process created meanwhile.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot create the key file {path}: {exc.strerror}.") from exc
    with os.fdopen(fd, "wb") as fh:
        fh.write(Fernet.generate_key() + b"\n")


def _fernet(key: bytes, source: str) -> Fernet:
    try:
        return Fernet(key)
    except ValueError:
        raise StoreError(f"The key in {source} is not a Fernet key (32 url-safe base64-encoded bytes).") from None
