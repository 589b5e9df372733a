"""Durable file writes: a reader sees the old content or the new, never half of one, whenever a writer is killed."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(dest: Path, data: bytes | str) -> None:
    """Replace `dest` with `data` (str as UTF-8): written to a temporary file in the same folder, synced,
    then moved over `dest` with one rename; the temporary file is removed when anything fails."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        # mkstemp creates the file private (0600); give it the mode of the file it replaces.
        os.fchmod(fd, dest.stat().st_mode & 0o777 if dest.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_path(dest.parent)  # the rename itself is durable only once the folder is synced


def write_synced(path: Path, text: str) -> None:
    """Write `text` to `path` (a file nobody reads yet, e.g. in a staging folder) and sync it to disk."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def sync_path(path: Path) -> None:
    """fsync a file or folder (a folder's entries are durable only after this)."""
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
