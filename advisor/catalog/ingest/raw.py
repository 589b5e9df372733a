"""Raw Kaggle "Mobiles Dataset (2025)" rows -> normalized `Phone`s, applying the cleaning rules.

Order of work: read and parse every cell (a cell that cannot be read stops the import with its
row and column), drop exact duplicates, resolve rows that repeat a model name with other specs,
make family names unique across brands, then build phones with device type, 5G, chipset and
cross-market price checks. Every decision becomes an ImportEvent and, when it changes a phone's
data, a note in that phone's `notes` column.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TypeVar

from advisor.catalog.chipsets import ChipsetAliases
from advisor.catalog.ingest.clean_device import device_type, is_5g
from advisor.catalog.ingest.clean_prices import RAW_PRICE_COLUMNS, check_price_consistency, parse_price
from advisor.catalog.ingest.clean_specs import (
    Cameras,
    ModelName,
    Ram,
    Screen,
    canonical_brand,
    parse_back_cameras,
    parse_battery,
    parse_front_cameras,
    parse_ram,
    parse_screen,
    parse_weight,
    parse_year,
    phone_id,
    split_storage,
    tidy,
)
from advisor.catalog.ingest.report import ImportEvent
from advisor.catalog.model import MARKETS, Phone
from advisor.errors import CatalogImportError

RAW_COLUMNS: tuple[str, ...] = (
    "Company Name", "Model Name", "Mobile Weight", "RAM", "Front Camera", "Back Camera", "Processor",
    "Battery Capacity", "Screen Size", *RAW_PRICE_COLUMNS.values(), "Launched Year",
)
"""The header of the raw file; a file with these columns is read as raw Kaggle data."""

T = TypeVar("T")


@dataclass(frozen=True)
class RawRow:
    """One raw row with every cell parsed, before duplicates and names are resolved."""

    line: int
    brand: str
    name: ModelName
    weight_g: float | None
    ram: Ram
    front: Cameras
    back: Cameras
    processor: str
    battery_mah: int | None
    screen: Screen
    prices: dict[str, float | None]
    raw_prices: dict[str, str]
    year: int | None
    notes: tuple[str, ...] = field(default=())

    def specs(self) -> tuple:
        """Everything but the line number, to compare two rows of the same name."""
        return (self.brand, self.name, self.weight_g, self.ram, self.front, self.back, self.processor,
                self.battery_mah, self.screen, tuple(sorted(self.prices.items())), self.year)


def decode_raw(data: bytes) -> tuple[str, str]:
    """Text and encoding of a raw file: UTF-8 when it decodes as such, else latin-1 (as published)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def convert_raw(text: str, chipsets: ChipsetAliases) -> tuple[int, list[Phone], list[ImportEvent]]:
    """Rows read, the cleaned phones (sorted) and the import's events for a raw Kaggle CSV text."""
    reader = csv.DictReader(io.StringIO(text))
    header = [tidy(h) for h in reader.fieldnames or []]
    missing = [c for c in RAW_COLUMNS if c not in header]
    if missing:
        raise CatalogImportError(f"raw file lacks columns: {', '.join(missing)}.", row=1)
    reader.fieldnames = header
    events: list[ImportEvent] = []
    rows: list[RawRow] = []
    seen: dict[tuple[str, ...], int] = {}
    rows_read = 0
    for line, record in enumerate(reader, start=2):
        rows_read += 1
        cells = tuple(tidy(record.get(c) or "") for c in RAW_COLUMNS)
        if cells in seen:
            events.append(ImportEvent(line, "dropped", f"exact duplicate of row {seen[cells]} ({cells[1]})."))
            continue
        seen[cells] = line
        rows.append(_parse_row(line, dict(zip(RAW_COLUMNS, cells))))
    if not rows:
        raise CatalogImportError("raw file has a header but no rows.")
    rows = _resolve_same_names(rows, chipsets, events)
    rows = _unique_families(rows)
    phones = [_to_phone(r, chipsets, events) for r in rows]
    _check_unique_ids(phones, rows)
    order = sorted(range(len(phones)), key=lambda i: sort_key(phones[i]))
    return rows_read, [phones[i] for i in order], sorted(events, key=lambda e: (e.row, e.action))


def sort_key(phone: Phone) -> tuple:
    """Catalog order: brand, family, storage size, id."""
    return (phone.brand.casefold(), phone.family.casefold(), phone.storage_gb or 0, phone.id)


def _cell(line: int, column: str, parse: Callable[[str], T], value: str) -> T:
    try:
        return parse(value)
    except ValueError as exc:
        raise CatalogImportError(f"{exc}.", row=line, column=column) from None


def _parse_row(line: int, cells: dict[str, str]) -> RawRow:
    processor = cells["Processor"]
    if not processor:
        raise CatalogImportError("value is empty.", row=line, column="Processor")
    prices = {
        market: _cell(line, column, partial(parse_price, market=market), cells[column])
        for market, column in RAW_PRICE_COLUMNS.items()
    }
    ram = _cell(line, "RAM", parse_ram, cells["RAM"])
    notes: tuple[str, ...] = ()
    if ram.options:
        notes = (f"ram_gb: raw {cells['RAM']!r} lists several configurations; the largest is used",)
    return RawRow(
        line=line,
        brand=_cell(line, "Company Name", canonical_brand, cells["Company Name"]),
        name=_cell(line, "Model Name", split_storage, cells["Model Name"]),
        weight_g=_cell(line, "Mobile Weight", parse_weight, cells["Mobile Weight"]),
        ram=ram,
        front=_cell(line, "Front Camera", parse_front_cameras, cells["Front Camera"]),
        back=_cell(line, "Back Camera", parse_back_cameras, cells["Back Camera"]),
        processor=processor,
        battery_mah=_cell(line, "Battery Capacity", parse_battery, cells["Battery Capacity"]),
        screen=_cell(line, "Screen Size", parse_screen, cells["Screen Size"]),
        prices=prices,
        raw_prices={m: cells[c] for m, c in RAW_PRICE_COLUMNS.items()},
        year=_cell(line, "Launched Year", parse_year, cells["Launched Year"]),
        notes=notes,
    )


def _canonical_chip(row: RawRow, chipsets: ChipsetAliases) -> str:
    alias = chipsets.resolve(row.processor)
    return alias.canonical if alias else row.processor


def _resolve_same_names(rows: list[RawRow], chipsets: ChipsetAliases, events: list[ImportEvent]) -> list[RawRow]:
    """Rows that repeat a brand's model name with other specs.

    When the repeats name different chipsets they are different phones sold under one name: every
    variant of that family is kept and its family is qualified by its chipset. Otherwise the later
    row is merged into the first (the first row's values are kept; the note lists what differed).
    """
    by_name: dict[tuple[str, str], list[RawRow]] = defaultdict(list)
    for row in rows:
        by_name[(row.brand, row.name.model.casefold())].append(row)
    split_families: dict[tuple[str, str], str] = {}
    merged_away: set[int] = set()
    merged_first: dict[int, RawRow] = {}
    for (brand, _), group in by_name.items():
        if len(group) < 2:
            continue
        first = group[0]
        chips = {_canonical_chip(r, chipsets) for r in group}
        if len(chips) > 1:
            lines = ", ".join(str(r.line) for r in group)
            reason = (f"rows {lines} all name {brand} {first.name.model} but with different chipsets "
                      f"({', '.join(sorted(chips))}); kept as separate families qualified by chipset")
            split_families[(brand, first.name.family.casefold())] = reason
            events.extend(ImportEvent(r.line, "disambiguated", reason + ".") for r in group)
            continue
        for other in group[1:]:
            reason = (f"row {other.line} repeats {brand} {first.name.model} of row {first.line} with other "
                      f"{_differing_fields(first, other)}; kept row {first.line}'s values")
            events.append(ImportEvent(other.line, "merged", reason + "."))
            merged_away.add(other.line)
            first = replace(first, notes=first.notes + (reason,))
        merged_first[first.line] = first
    out = []
    for row in rows:
        if row.line in merged_away:
            continue
        row = merged_first.get(row.line, row)
        key = (row.brand, row.name.family.casefold())
        if key in split_families:
            row = _qualify_family(row, _canonical_chip(row, chipsets), split_families[key])
        out.append(row)
    return out


def _differing_fields(a: RawRow, b: RawRow) -> str:
    names = ["weight", "RAM", "front camera", "back camera", "processor", "battery", "screen", "prices", "year"]
    values_a, values_b = a.specs()[2:], b.specs()[2:]
    return ", ".join(n for n, x, y in zip(names, values_a, values_b) if x != y) or "formatting"


def _qualify_family(row: RawRow, chip: str, reason: str) -> RawRow:
    name = row.name
    family = f"{name.family} ({chip})"
    model = family + name.model[len(name.family):]
    return replace(row, name=ModelName(model, family, name.storage_gb), notes=row.notes + (f"family: {reason}",))


def _unique_families(rows: list[RawRow]) -> list[RawRow]:
    """Family names are unique catalog-wide: a family name two brands share gets the brand in front
    ("Pad" of Vivo, iQOO and Realme -> "Vivo Pad", "iQOO Pad", "Realme Pad")."""
    brands: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        brands[row.name.family.casefold()].add(row.brand)
    out = []
    for row in rows:
        if len(brands[row.name.family.casefold()]) > 1:
            row = replace(row, name=replace(row.name, family=f"{row.brand} {row.name.family}"))
        out.append(row)
    return out


def _to_phone(row: RawRow, chipsets: ChipsetAliases, events: list[ImportEvent]) -> Phone:
    notes = list(row.notes)
    chip = chipsets.resolve(row.processor)
    if chip is None:
        events.append(ImportEvent(row.line, "warning", f"processor {row.processor!r} is not in chipsets.csv; chipset left empty."))
    device = device_type(row.name.model, row.screen.main_in, row.screen.foldable_hint)
    prices = dict(row.prices)
    for fix in check_price_consistency(prices):
        prices[fix.market] = fix.new
        note = f"{fix.note} (raw {row.raw_prices[fix.market]!r})"
        notes.append(note)
        events.append(ImportEvent(row.line, "fixed", f"{row.brand} {row.name.model}: {note}."))
    return Phone(
        id=phone_id(row.brand, row.name.model),
        brand=row.brand,
        model=row.name.model,
        family=row.name.family,
        device=device,
        year=row.year,
        is_5g=is_5g(row.name.model, device, chip.five_g if chip else None),
        storage_gb=row.name.storage_gb,
        ram_gb=row.ram.ram_gb,
        ram_options=row.ram.options,
        weight_g=row.weight_g,
        battery_mah=row.battery_mah,
        screen_in=row.screen.main_in,
        cover_screen_in=row.screen.cover_in,
        main_camera_mp=row.back.main_mp,
        rear_cameras=row.back.count,
        front_camera_mp=row.front.main_mp,
        front_cameras=row.front.count,
        processor=row.processor,
        chipset=chip.canonical if chip else None,
        prices={m: prices.get(m) for m in MARKETS},
        notes="; ".join(notes),
    )


def _check_unique_ids(phones: Sequence[Phone], rows: Sequence[RawRow]) -> None:
    first: dict[str, int] = {}
    for phone, row in zip(phones, rows):
        if phone.id in first:
            raise CatalogImportError(
                f"model name gives the id {phone.id!r}, already used by row {first[phone.id]}; rename one of them.",
                row=row.line, column="Model Name")
        first[phone.id] = row.line
