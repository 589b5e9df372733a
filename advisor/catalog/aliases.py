"""Brand aliases from data/aliases.csv (columns alias,brand,lang[,series]): "iPhone" -> Apple, "红米" -> Xiaomi.

The optional series column names the model series an alias also means, as the catalog spells it
("红米" is the Redmi series of Xiaomi), so "小米，不要红米系列" can exclude that series.

An alias may name several brands over several rows ("传音" is the group behind Tecno and Infinix);
a shopper who names it means all of them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from advisor.errors import CatalogError

LANGS = ("en", "zh", "any")


def load_aliases(path: Path) -> dict[str, frozenset[str]]:
    """Lower-cased alias -> the brands it names, as spelled in the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CatalogError(f"Brand aliases file {path} does not exist; it ships as data/aliases.csv.") from None
    except UnicodeDecodeError:
        raise CatalogError(f"Brand aliases file {path} is not UTF-8; save it as UTF-8.") from None
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in ("alias", "brand", "lang") if c not in (reader.fieldnames or [])]
    if missing:
        raise CatalogError(f"{path}: row 1 lacks columns {', '.join(missing)} (expected alias,brand,lang).")
    table: dict[str, set[str]] = {}
    for line, row in enumerate(reader, start=2):
        alias = (row.get("alias") or "").strip().lower()
        brand = (row.get("brand") or "").strip()
        lang = (row.get("lang") or "").strip().lower()
        if not alias or not brand:
            raise CatalogError(f"{path}: row {line} needs both an alias and a brand.")
        if lang not in LANGS:
            raise CatalogError(f"{path}: row {line}: lang {lang!r} is not one of {', '.join(LANGS)}.")
        table.setdefault(" ".join(alias.split()), set()).add(brand)
    return {alias: frozenset(brands) for alias, brands in table.items()}


def load_series_words(path: Path) -> dict[str, str]:
    """Lower-cased alias -> the series it names (rows with a series column), e.g. "红米" -> "Redmi"."""
    reader = csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())
    return {" ".join(row["alias"].strip().lower().split()): row["series"].strip()
            for row in reader if (row.get("series") or "").strip() and (row.get("alias") or "").strip()}
