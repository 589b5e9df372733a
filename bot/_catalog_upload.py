"""Staging an admin's catalog upload: check it beside the live catalog, swap only on success.

1. `stage(upload)`: the raw file's structure is read with the csv module (every failure named by row
   and column), the row count capped, then the advisor's importer writes the normalised catalog to
   a staged file beside the uploads and it is loaded once to prove it is servable. Nothing live is
   touched.
2. `swap(staged)`, after the admin confirmed: the live catalog file is copied aside, the staged one
   moved over it (os.replace: atomic), and the advisor reloaded. On ANY exception (OSError,
   MemoryError, an index build error) the copy is moved back. A kill at any moment leaves either the
   old file or a new file that was already validated: never an unchecked one.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from advisor import AdvisorError, CatalogImportError, Settings, write_atomically

MAX_CATALOG_BYTES = 10 * 1024 * 1024
MAX_CATALOG_ROWS = 20_000
STALE_AFTER_S = 3600.0


@dataclass(frozen=True)
class StagedCatalog:
    """An upload that passed every check, waiting for the admin's confirmation."""

    token: str
    path: Path
    phones: int


def uploads_dir(settings: Settings) -> Path:
    """Where uploads are staged (beside the store, never the live catalog's directory)."""
    return settings.home / "uploads"


def new_upload_path(settings: Settings) -> tuple[str, Path]:
    """A fresh (token, path) for a downloaded upload; stale staged files are removed on the way."""
    folder = uploads_dir(settings)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    now = time.time()
    for old in folder.iterdir():
        if now - old.stat().st_mtime > STALE_AFTER_S:
            old.unlink(missing_ok=True)
    token = secrets.token_hex(4)
    return token, folder / f"{token}.upload.csv"


def staged_path(settings: Settings, token: str) -> Path:
    """The normalised catalog staged for `token` (which came back in a signed button)."""
    if not (len(token) == 8 and all(c in "0123456789abcdef" for c in token)):
        raise CatalogImportError("this confirmation button does not name an upload.")
    return uploads_dir(settings) / f"{token}.catalog.csv"


def check_structure(data: bytes) -> int:
    """The number of data rows; CatalogImportError naming the row (and column) of the first problem."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise CatalogImportError(f"row {row}, column {column}: the file is not UTF-8 text.") from None
    if "\x00" in text:
        row = text[:text.index("\x00")].count("\n") + 1
        raise CatalogImportError(f"row {row}: the file contains a NUL byte (a binary file?).")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise CatalogImportError("row 1: the header row is empty.")
        rows = 0
        for fields in reader:
            if not fields:
                continue
            rows += 1
            if rows > MAX_CATALOG_ROWS:
                raise CatalogImportError(f"the file has more than {MAX_CATALOG_ROWS:,} rows.")
            if len(fields) != len(header):
                raise CatalogImportError(f"row {reader.line_num}: {len(fields)} columns, the header has "
                                         f"{len(header)}.")
    except csv.Error as exc:
        raise CatalogImportError(f"row {reader.line_num}: the CSV cannot be read ({exc}).") from None
    if rows == 0:
        raise CatalogImportError("the file has a header but no rows.")
    return rows


def stage(settings: Settings, token: str, upload: Path) -> StagedCatalog:
    """Check and import `upload` into a staged catalog file; CatalogImportError for anything wrong with it."""
    from advisor import import_catalog, load_catalog

    check_structure(upload.read_bytes())
    staged = staged_path(settings, token)
    try:
        import_catalog(upload, staged, settings.chipsets_path)
        phones = len(load_catalog(staged, settings.chipsets_path))
    except AdvisorError:
        staged.unlink(missing_ok=True)
        raise
    except (ValueError, IndexError, KeyError, csv.Error, UnicodeError) as exc:
        # The structure passed: what is left is a value the importer could not read.
        staged.unlink(missing_ok=True)
        raise CatalogImportError(f"a value could not be read ({type(exc).__name__}: {exc}).") from None
    finally:
        upload.unlink(missing_ok=True)
    return StagedCatalog(token, staged, phones)


def swap(settings: Settings, advisor, staged: Path) -> int:
    """Make the staged catalog live and reload the advisor; on any failure the previous file is back."""
    live = settings.catalog_path
    if not staged.is_file():
        raise CatalogImportError("this upload is no longer staged (confirmed already, or older than an hour).")
    backup = live.with_name(live.name + ".previous")
    had_live = live.is_file()
    if had_live:
        spare = backup.with_name(backup.name + ".tmp")
        shutil.copyfile(live, spare)
        os.replace(spare, backup)
    try:
        write_atomically(live, staged.read_bytes())
        advisor.reload()
    except BaseException:
        if had_live:
            os.replace(backup, live)  # the advisor still serves the old catalog: reload swaps only on success
        raise
    staged.unlink(missing_ok=True)
    return len(advisor.catalog)


def discard(settings: Settings, token: str) -> None:
    """Delete a staged upload the admin did not confirm."""
    staged_path(settings, token).unlink(missing_ok=True)
