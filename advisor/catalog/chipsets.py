"""Spelling -> chipset lookup over data/chipsets.csv (one row per spelling of a processor)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from advisor.catalog.ingest.clean_specs import tidy
from advisor.errors import CatalogImportError

CHIPSET_COLUMNS: tuple[str, ...] = ("alias", "canonical", "vendor", "year", "tier")


@dataclass(frozen=True)
class ChipsetAlias:
    """What a processor spelling resolves to."""

    canonical: str
    five_g: bool | None


class ChipsetAliases:
    """Resolves processor spellings ("Qualcomm Snapdragon 8 Gen 3") to canonical chipsets,
    ignoring case and runs of whitespace."""

    def __init__(self, table: dict[str, ChipsetAlias]):
        self._table = {_key(k): v for k, v in table.items()}

    @classmethod
    def load(cls, path: Path) -> ChipsetAliases:
        """Read data/chipsets.csv; CatalogImportError if it is missing or malformed."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CatalogImportError(f"chipsets file {path} does not exist.") from None
        except UnicodeDecodeError:
            raise CatalogImportError(f"chipsets file {path} is not UTF-8.") from None
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in CHIPSET_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise CatalogImportError(f"chipsets file {path} lacks columns: {', '.join(missing)}.", row=1)
        table: dict[str, ChipsetAlias] = {}
        for line, row in enumerate(reader, start=2):
            alias, canonical = tidy(row["alias"] or ""), tidy(row["canonical"] or "")
            if not alias or not canonical:
                raise CatalogImportError(f"chipsets file {path}: alias and canonical must not be empty.", row=line)
            five_g = tidy(row.get("five_g") or "").lower()
            if five_g not in {"", "true", "false"}:
                raise CatalogImportError(f"chipsets file {path}: five_g must be true or false.", row=line,
                                         column="five_g")
            table[alias] = ChipsetAlias(canonical, five_g == "true" if five_g else None)
        return cls(table)

    def resolve(self, processor: str) -> ChipsetAlias | None:
        """The chipset a processor spelling names, or None when the file does not list it."""
        return self._table.get(_key(processor))

    def __contains__(self, processor: str) -> bool:
        return _key(processor) in self._table

    def canonical_names(self) -> set[str]:
        """All canonical chipset names."""
        return {a.canonical for a in self._table.values()}


def _key(text: str) -> str:
    return tidy(text).casefold()
