"""The phone catalog: the `Phone` record, the normalized CSV schema, loading and validation.

The normalized schema (documented column by column in data/README.md) is the one source of
truth for what a catalog row holds; `import_catalog` writes it and `load_catalog` reads it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from advisor.errors import CatalogError, CatalogImportError

MARKETS: tuple[str, ...] = ("USD", "INR", "CNY", "PKR", "AED")
"""Price markets, keyed by the currency used there (USA, India, China, Pakistan, Dubai)."""

DEVICES: tuple[str, ...] = ("phone", "foldable", "tablet")

NUMERIC_SPECS: dict[str, str] = {
    "ram_gb": "GB",
    "storage_gb": "GB",
    "battery_mah": "mAh",
    "weight_g": "g",
    "screen_in": "in",
    "main_camera_mp": "MP",
    "front_camera_mp": "MP",
    "year": "",
    "rear_cameras": "",  # a count: "at least 3 rear cameras"
}
"""Numeric specs a shopper can constrain, with their display unit."""

COLUMNS: tuple[str, ...] = (
    "id", "brand", "model", "family", "device", "year", "is_5g",
    "storage_gb", "ram_gb", "ram_options", "weight_g", "battery_mah", "screen_in", "cover_screen_in",
    "main_camera_mp", "rear_cameras", "front_camera_mp", "front_cameras",
    "processor", "chipset",
    *(f"price_{m.lower()}" for m in MARKETS),
    "notes",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "brand", "model", "family", "device", "processor")
_FLOAT_COLUMNS = {"ram_gb", "weight_g", "screen_in", "cover_screen_in", "main_camera_mp", "front_camera_mp",
                  *(f"price_{m.lower()}" for m in MARKETS)}


@dataclass(frozen=True)
class Chipset:
    """A row of data/chipsets.csv: what we know about one processor."""

    name: str
    vendor: str
    year: int | None
    tier: int  # 1 (entry) .. 5 (flagship of its year)
    five_g: bool | None = None  # phones built on it have 5G; None where the file does not say
    score: float | None = None  # absolute performance (data/README.md names the benchmark); None = unknown


@dataclass(frozen=True)
class Phone:
    """One sellable variant (a model at one storage size), with specs and launch prices per market."""

    id: str
    brand: str
    model: str
    family: str
    device: str
    year: int | None
    is_5g: bool
    storage_gb: int | None
    ram_gb: float | None
    ram_options: tuple[float, ...]
    weight_g: float | None
    battery_mah: int | None
    screen_in: float | None
    cover_screen_in: float | None
    main_camera_mp: float | None
    rear_cameras: int | None
    front_camera_mp: float | None
    front_cameras: int | None
    processor: str
    chipset: str | None
    prices: Mapping[str, float | None] = field(default_factory=dict)
    notes: str = ""
    chipset_vendor: str | None = None
    chipset_tier: int | None = None
    chip_score: float | None = None  # absolute chip performance from data/chipsets.csv; None = unknown

    def price(self, market: str) -> float | None:
        """Launch price in `market` (a currency code from MARKETS), or None when not sold there."""
        return self.prices.get(market)

    def spec(self, name: str) -> float | None:
        """A numeric spec by name (see NUMERIC_SPECS), 'price:<MARKET>' or 'performance' (= chip_score)."""
        if name.startswith("price:"):
            return self.price(name.split(":", 1)[1])
        if name == "performance":  # the chip's absolute benchmark score, comparable across years
            return self.chip_score
        value = getattr(self, name)
        return None if value is None else float(value)

    @property
    def display_name(self) -> str:
        """Brand and model as a shopper reads it ("Apple iPhone 16 128GB")."""
        return self.model if self.model.lower().startswith(self.brand.lower()) else f"{self.brand} {self.model}"


class Catalog:
    """An immutable collection of phones with lookup by id and by family."""

    def __init__(self, phones: Iterable[Phone], fingerprint: str):
        self._phones: tuple[Phone, ...] = tuple(phones)
        self._by_id = {p.id: i for i, p in enumerate(self._phones)}
        if len(self._by_id) != len(self._phones):
            raise CatalogError("Catalog ids are not unique.")
        self.fingerprint = fingerprint

    def __len__(self) -> int:
        return len(self._phones)

    def __iter__(self) -> Iterator[Phone]:
        return iter(self._phones)

    def __getitem__(self, position: int) -> Phone:
        return self._phones[position]

    def position(self, phone_id: str) -> int:
        """Row number of a phone id; the vector index uses these as its integer ids."""
        try:
            return self._by_id[phone_id]
        except KeyError:
            raise CatalogError(f"No phone with id {phone_id!r} in the catalog.") from None

    def get(self, phone_id: str) -> Phone:
        """The phone with this id; CatalogError if absent."""
        return self._phones[self.position(phone_id)]

    @property
    def brands(self) -> list[str]:
        """Distinct brands, sorted."""
        return sorted({p.brand for p in self._phones})

    @property
    def families(self) -> list[str]:
        """Distinct model families, sorted."""
        return sorted({p.family for p in self._phones})


def load_chipsets(path: Path) -> dict[str, Chipset]:
    """Read data/chipsets.csv into canonical name -> Chipset (spellings resolve through `aliases`)."""
    if not path.is_file():
        return {}
    table: dict[str, Chipset] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["canonical"].strip()
            if name in table:
                continue
            year = row.get("year", "").strip()
            five_g = (row.get("five_g") or "").strip().lower()
            table[name] = Chipset(name, row["vendor"].strip(), int(year) if year else None, int(row["tier"]),
                                  five_g == "true" if five_g else None, _score(row.get("score"), path, name))
    return table


def _score(cell: str | None, path: Path, chip: str) -> float | None:
    """A chip's benchmark score: blank is unknown (no claim is made), anything else must be a positive number."""
    text = (cell or "").strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise CatalogError(f"{path}: score {text!r} of {chip} is not a number; leave it blank when unknown.") from None
    if not math.isfinite(value) or value <= 0:
        raise CatalogError(f"{path}: score {text!r} of {chip} must be a positive number; leave it blank when unknown.")
    return value


def load_catalog(path: Path, chipsets_path: Path | None = None) -> Catalog:
    """Load a catalog in the normalized schema, joining chipset vendor and tier when known."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"Catalog file {path} does not exist; run `phone-advisor data import` first.") from None
    phones = parse_normalized(data, source=str(path))
    chips = load_chipsets(chipsets_path) if chipsets_path else {}
    if chips:
        phones = [_with_chipset(p, chips.get(p.chipset or "")) for p in phones]
    digest = hashlib.sha256(data)
    if chipsets_path and chipsets_path.is_file():
        digest.update(chipsets_path.read_bytes())
    return Catalog(phones, digest.hexdigest()[:16])


def _with_chipset(phone: Phone, chip: Chipset | None) -> Phone:
    if chip is None:
        return phone
    from dataclasses import replace

    return replace(phone, chipset_vendor=chip.vendor, chipset_tier=chip.tier, chip_score=chip.score)


def parse_normalized(data: bytes, source: str = "catalog") -> list[Phone]:
    """Parse bytes of a normalized-schema CSV; CatalogImportError names the row and column at fault."""
    if not data.strip():
        raise CatalogImportError(f"{source} is empty.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogImportError(
            f"{source} is not UTF-8 (byte {exc.start}); save it as UTF-8 or import the raw Kaggle file, which is read as latin-1."
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CatalogImportError(f"{source} lacks required columns: {', '.join(missing)}.", row=1)
    phones = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        phone = _phone_from_row(row, line)
        if phone.id in seen:
            raise CatalogImportError(f"duplicate id {phone.id!r}.", row=line, column="id")
        seen.add(phone.id)
        phones.append(phone)
    if not phones:
        raise CatalogImportError(f"{source} has a header but no phones.")
    return phones


def _phone_from_row(row: Mapping[str, str | None], line: int) -> Phone:
    def text(col: str, required: bool = False) -> str:
        value = (row.get(col) or "").strip()
        if required and not value:
            raise CatalogImportError("value is empty.", row=line, column=col)
        return value

    def number(col: str) -> float | None:
        value = text(col)
        if not value:
            return None
        try:
            parsed = float(value)
        except ValueError:
            raise CatalogImportError(f"{value!r} is not a number.", row=line, column=col) from None
        if math.isnan(parsed) or math.isinf(parsed) or parsed < 0:
            raise CatalogImportError(f"{value!r} is not a non-negative finite number.", row=line, column=col)
        return parsed

    def whole(col: str) -> int | None:
        parsed = number(col)
        if parsed is None:
            return None
        if not parsed.is_integer():
            raise CatalogImportError(f"{text(col)!r} must be a whole number.", row=line, column=col)
        return int(parsed)

    device = text("device", required=True).lower()
    if device not in DEVICES:
        raise CatalogImportError(f"{device!r} is not one of {', '.join(DEVICES)}.", row=line, column="device")
    ram_options = tuple(float(x) for x in text("ram_options").split("|") if x.strip()) if text("ram_options") else ()
    five_g = text("is_5g").lower()
    if five_g not in {"", "true", "false", "1", "0", "yes", "no"}:
        raise CatalogImportError(f"{five_g!r} is not true/false.", row=line, column="is_5g")
    return Phone(
        id=text("id", required=True),
        brand=text("brand", required=True),
        model=text("model", required=True),
        family=text("family", required=True),
        device=device,
        year=whole("year"),
        is_5g=five_g in {"true", "1", "yes"},
        storage_gb=whole("storage_gb"),
        ram_gb=number("ram_gb"),
        ram_options=ram_options,
        weight_g=number("weight_g"),
        battery_mah=whole("battery_mah"),
        screen_in=number("screen_in"),
        cover_screen_in=number("cover_screen_in"),
        main_camera_mp=number("main_camera_mp"),
        rear_cameras=whole("rear_cameras"),
        front_camera_mp=number("front_camera_mp"),
        front_cameras=whole("front_cameras"),
        processor=text("processor", required=True),
        chipset=text("chipset") or None,
        prices={m: number(f"price_{m.lower()}") for m in MARKETS},
        notes=text("notes"),
    )


def phone_to_row(phone: Phone) -> dict[str, str]:
    """The normalized-schema CSV row of a phone (inverse of parsing)."""

    def fmt(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else repr(round(value, 3))
        return str(value)

    row = {c: fmt(getattr(phone, c)) for c in COLUMNS if hasattr(phone, c) and c != "ram_options"}
    row["ram_options"] = "|".join(fmt(x) for x in phone.ram_options)
    for m in MARKETS:
        row[f"price_{m.lower()}"] = fmt(phone.prices.get(m))
    return {c: row.get(c, "") for c in COLUMNS}
