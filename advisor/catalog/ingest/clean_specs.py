"""Cleaning rules for the spec columns of the raw Kaggle file, one pure function per rule.

Each function takes the raw cell text and returns typed values; a value that cannot be read
raises ValueError with the offending text, which the importer turns into a CatalogImportError
naming the row and column. Empty cells read as None (unknown), never as 0.
data/README.md lists these rules for readers of the catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Brands whose spelling varies in the raw file, keyed by their case-folded form. Brands not
# listed keep the spelling they are given (whitespace tidied).
_BRAND_SPELLINGS: dict[str, str] = {
    "apple": "Apple", "google": "Google", "honor": "Honor", "huawei": "Huawei", "infinix": "Infinix",
    "iqoo": "iQOO", "lenovo": "Lenovo", "motorola": "Motorola", "nokia": "Nokia", "oneplus": "OnePlus",
    "oppo": "Oppo", "poco": "POCO", "realme": "Realme", "samsung": "Samsung", "sony": "Sony",
    "tecno": "Tecno", "vivo": "Vivo", "xiaomi": "Xiaomi",
}

_NUMBER = r"(\d+(?:\.\d+)?)"
_STORAGE_SUFFIX = re.compile(r"^(?P<family>.*?)\s+(?P<size>\d+)\s*(?P<unit>GB|TB)$", re.IGNORECASE)
_RAM_ITEM = re.compile(rf"^{_NUMBER}\s*GB$", re.IGNORECASE)
_MP = re.compile(rf"{_NUMBER}\s*MP", re.IGNORECASE)
_SCREEN_PART = re.compile(rf"^{_NUMBER}\s*(?:inch(?:es)?|in|\")\s*(?:\((?P<label>[^)]*)\))?$", re.IGNORECASE)
_COVER_LABELS = {"external", "cover", "outer"}


def tidy(text: str) -> str:
    """Collapse runs of whitespace (including the non-breaking spaces of the latin-1 file) and strip."""
    return " ".join(text.replace("\xa0", " ").split())


def canonical_brand(raw: str) -> str:
    """One spelling per brand: "Poco" and "POCO" both become "POCO"."""
    name = tidy(raw)
    if not name:
        raise ValueError("brand is empty")
    return _BRAND_SPELLINGS.get(name.casefold(), name)


@dataclass(frozen=True)
class ModelName:
    """A raw model name split into the model family and the storage size it names, if any."""

    model: str
    family: str
    storage_gb: int | None


def split_storage(raw: str) -> ModelName:
    """Storage hidden at the end of a model name: "iPhone 16 128GB" -> family "iPhone 16", 128 GB.

    "1TB" counts as 1024 GB. Names without a size ("Huawei P60") have no storage and are their
    own family.
    """
    model = tidy(raw)
    if not model:
        raise ValueError("model name is empty")
    match = _STORAGE_SUFFIX.match(model)
    if not match or not match["family"]:
        return ModelName(model, model, None)
    size = int(match["size"])
    if match["unit"].upper() == "TB":
        size *= 1024
    return ModelName(model, match["family"], size)


def strip_brand_prefix(brand: str, model: str) -> str:
    """The model name without a leading brand ("OnePlus 12" -> "12"), for ids; unchanged otherwise."""
    if model.casefold().startswith(brand.casefold() + " "):
        return model[len(brand) + 1:]
    return model


def slug(*parts: str) -> str:
    """A lowercase id from text: "+" becomes "plus" (so "S24+" and "S24" differ), other symbols "-"."""
    text = " ".join(parts).casefold().replace("+", " plus ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def phone_id(brand: str, model: str) -> str:
    """Stable id brand-model(-storage): ("OnePlus", "OnePlus 12 256GB") -> "oneplus-12-256gb"."""
    return slug(brand, strip_brand_prefix(brand, model))


def parse_weight(raw: str) -> float | None:
    """Grams from "174g" or "178.8g"."""
    text = tidy(raw)
    if not text:
        return None
    match = re.fullmatch(rf"{_NUMBER}\s*(?:g|grams?)", text, re.IGNORECASE)
    if not match:
        raise ValueError(f"{raw!r} is not a weight in grams")
    return float(match[1])


def parse_battery(raw: str) -> int | None:
    """mAh from "3,600mAh" or "10090mAh" (thousands separators are optional in the raw file)."""
    text = tidy(raw).replace(",", "")
    if not text:
        return None
    match = re.fullmatch(r"(\d+)\s*mAh", text, re.IGNORECASE)
    if not match:
        raise ValueError(f"{raw!r} is not a battery capacity in mAh")
    return int(match[1])


@dataclass(frozen=True)
class Ram:
    """RAM of a variant and, when the raw cell lists several configurations, all of them."""

    ram_gb: float | None
    options: tuple[float, ...] = ()


def parse_ram(raw: str) -> Ram:
    """"8GB" -> 8; "8GB / 12GB" -> 12 with options (8, 12).

    A list means the raw row does not say which configuration it describes; we take the largest
    (the configuration such rows are priced and marketed by) and keep the list in ram_options.
    """
    text = tidy(raw)
    if not text:
        return Ram(None)
    values = []
    for item in re.split(r"\s*[/|]\s*", text):
        match = _RAM_ITEM.match(item)
        if not match:
            raise ValueError(f"{raw!r} is not RAM in GB")
        values.append(float(match[1]))
    if len(values) == 1:
        return Ram(values[0])
    options = tuple(sorted(set(values)))
    return Ram(max(options), options)


@dataclass(frozen=True)
class Cameras:
    """The main camera's resolution and how many cameras there are on that side."""

    main_mp: float | None
    count: int | None


def parse_back_cameras(raw: str) -> Cameras:
    """"48MP + 8MP + 2MP + 2MP" -> main 48 MP, 4 cameras.

    The main camera is the one labelled "(Main)" or "(wide)" when a label is given, else the
    first listed (the raw file lists the main camera first). Parenthesised notes such as
    "(f/1.8, AF)" are ignored.
    """
    text = tidy(raw)
    if not text:
        return Cameras(None, None)
    parts = [p for p in re.split(r"\s*\+\s*", text) if p]
    values = []
    main = None
    for part in parts:
        match = _MP.search(part)
        if not match:
            raise ValueError(f"{raw!r} is not a list of camera resolutions in MP")
        values.append(float(match[1]))
        label = re.search(r"\(([^)]*)\)", part)
        if main is None and label and label[1].strip().casefold() in {"main", "wide"}:
            main = values[-1]
    return Cameras(values[0] if main is None else main, len(values))


def parse_front_cameras(raw: str) -> Cameras:
    """Selfie cameras: "12MP / 4K" -> 12 MP, 1 (4K is the video mode); "Dual 32MP" -> 32 MP, 2;
    "10MP, 4MP (UDC)" -> 10 MP, 2 (the under-display camera counts); "60MP (ultrawide) + 8MP
    (telephoto)" -> 60 MP, 2. The first listed camera is the main one.
    """
    text = tidy(raw)
    if not text:
        return Cameras(None, None)
    text = re.sub(r"\s*/\s*\d+K\b", "", text, flags=re.IGNORECASE)  # "/ 4K" is a video mode
    multiplier = 1
    dual = re.match(r"^(dual|triple)\s+", text, re.IGNORECASE)
    if dual:
        multiplier = 2 if dual[1].lower() == "dual" else 3
        text = text[dual.end():]
    parts = [p for p in re.split(r"\s*[+,]\s*", text) if p]
    values = []
    for part in parts:
        match = _MP.search(part)
        if not match:
            raise ValueError(f"{raw!r} is not a list of camera resolutions in MP")
        values.append(float(match[1]))
    return Cameras(values[0], len(values) * multiplier)


@dataclass(frozen=True)
class Screen:
    """Main (or unfolded) screen diagonal and, for flip/fold phones, the cover screen's."""

    main_in: float | None
    cover_in: float | None = None
    foldable_hint: bool = False  # the raw text itself says unfolded/external


def parse_screen(raw: str) -> Screen:
    """"6.1 inches" -> 6.1; "6.7 inches (main), 2.7 inches (external)" -> 6.7 with a 2.7 cover;
    "8.0 inches (unfolded)" -> 8.0 (the unfolded size is the main screen)."""
    text = tidy(raw)
    if not text:
        return Screen(None)
    main = cover = None
    hint = False
    for part in re.split(r"\s*,\s*", text):
        match = _SCREEN_PART.match(part)
        if not match:
            raise ValueError(f"{raw!r} is not a screen size in inches")
        size = float(match[1])
        label = (match["label"] or "").strip().casefold()
        if label in _COVER_LABELS:
            cover, hint = size, True
        elif main is None:
            main = size
            hint = hint or label in {"unfolded", "internal", "inner"}
        else:
            raise ValueError(f"{raw!r} names two main screens")
    if main is None:
        raise ValueError(f"{raw!r} has no main screen size")
    return Screen(main, cover, hint)


def parse_year(raw: str) -> int | None:
    """Launch year as a four-digit number between 1990 and 2100."""
    text = tidy(raw)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not 1990 <= int(text) <= 2100:
        raise ValueError(f"{raw!r} is not a launch year")
    return int(text)
