"""`import_catalog`: turn a raw Kaggle file or a shop's normalized CSV into the catalog file.

The schema is recognised from the header. The new catalog is written to a temporary file beside
the destination and moved over it with os.replace, so a failed import leaves the existing
catalog byte-identical. Output is sorted and formatted by `phone_to_row`, so importing the same
source twice gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from advisor._files import write_atomically
from advisor.catalog.chipsets import ChipsetAliases
from advisor.catalog.ingest.raw import RAW_COLUMNS, convert_raw, decode_raw, sort_key
from advisor.catalog.ingest.report import CatalogFigures, ImportEvent, ImportReport, catalog_figures
from advisor.catalog.model import COLUMNS, Phone, parse_normalized, phone_to_row
from advisor.errors import CatalogImportError

__all__ = ["CatalogFigures", "ImportEvent", "ImportReport", "catalog_figures", "import_catalog", "render_catalog"]


def import_catalog(source: Path, dest: Path, chipsets: Path) -> ImportReport:
    """Import `source` (raw Kaggle or normalized CSV) into `dest`, resolving processors via `chipsets`.

    Raises CatalogImportError, naming the row and column at fault, for malformed input; `dest` is
    then left as it was.
    """
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise CatalogImportError(f"{source} does not exist.") from None
    except IsADirectoryError:
        raise CatalogImportError(f"{source} is a directory, not a CSV file.") from None
    if not data.strip():
        raise CatalogImportError(f"{source} is empty.")
    aliases = ChipsetAliases.load(chipsets)
    schema = _detect_schema(data, source)
    if schema == "raw-kaggle":
        text, encoding = decode_raw(data)
        rows_read, phones, events = convert_raw(text, aliases)
    else:
        encoding = "utf-8"
        _check_utf8(data)
        phones = parse_normalized(data, source=str(source))
        rows_read, events = len(phones), _check_normalized(phones, aliases)
        phones = sorted(phones, key=sort_key)
    write_atomically(dest, render_catalog(phones))
    return ImportReport(
        source=source, dest=dest, schema=schema, encoding=encoding, rows_read=rows_read,
        rows_kept=len(phones), events=tuple(events), figures=catalog_figures(phones),
    )


def render_catalog(phones: list[Phone]) -> bytes:
    """The catalog file's bytes: UTF-8, header COLUMNS, one phone_to_row per line, "\\n" line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for phone in phones:
        writer.writerow(phone_to_row(phone))
    return buffer.getvalue().encode("utf-8")


def _detect_schema(data: bytes, source: Path) -> str:
    # The header is ASCII in both schemas; latin-1 decodes any bytes, so this never fails.
    first_line = data.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf").splitlines()[0]
    header = {" ".join(h.split()) for h in next(csv.reader([first_line]), [])}
    if {"Company Name", "Model Name"} <= header:
        return "raw-kaggle"
    if "id" in header or "model" in header:
        return "normalized"
    raise CatalogImportError(
        f"{source} is neither a raw Kaggle file (columns {', '.join(RAW_COLUMNS[:2])}, ...) nor a "
        f"normalized catalog (columns {', '.join(COLUMNS[:4])}, ...).", row=1)


def _check_utf8(data: bytes) -> None:
    """A normalized catalog must be UTF-8; name the row and column of the first byte that is not."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        header = next(csv.reader([data.split(b"\n", 1)[0].decode("utf-8-sig", "replace")]), [])
        prefix = data[line_start:exc.start].decode("utf-8", "replace")
        field_index = len(next(csv.reader([prefix]), [""])) - 1
        column = header[field_index] if 0 <= field_index < len(header) else None
        raise CatalogImportError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8 "
            "(the raw Kaggle file, which is latin-1, is recognised by its header).",
            row=row, column=column) from None


def _check_normalized(phones: list[Phone], aliases: ChipsetAliases) -> list[ImportEvent]:
    """Warnings for a shop's catalog: chipsets that data/chipsets.csv does not know."""
    known = aliases.canonical_names()
    return [
        ImportEvent(line, "warning", f"chipset {p.chipset!r} of {p.id} is not in chipsets.csv; it gets no performance tier.")
        for line, p in enumerate(phones, start=2)
        if p.chipset and p.chipset not in known
    ]


