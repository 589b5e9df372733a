"""What an import did: typed events and the report `import_catalog` returns and the CLI prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from advisor.catalog.model import Phone

ACTIONS: tuple[str, ...] = ("dropped", "merged", "disambiguated", "fixed", "warning")
_PRICE_NOTE = re.compile(r"\bprice_[a-z]{3} (fixed|nulled):")


@dataclass(frozen=True)
class ImportEvent:
    """One decision the import made about a source row, with the reason a person can check."""

    row: int  # line number in the source file; the header is row 1
    action: str  # one of ACTIONS
    reason: str


@dataclass(frozen=True)
class CatalogFigures:
    """Counts that describe a catalog (printed by `data import` and `data validate`)."""

    variants: int  # catalog rows: one sellable model at one storage size
    families: int
    phones: int
    tablets: int
    foldables: int
    fixed_prices: int  # prices changed or dropped by the cross-market consistency check

    def lines(self) -> list[str]:
        """Human-readable lines, one figure each."""
        return [
            f"variants: {self.variants}",
            f"families: {self.families}",
            f"phones: {self.phones}",
            f"tablets: {self.tablets}",
            f"foldables: {self.foldables}",
            f"fixed prices: {self.fixed_prices}",
        ]


def catalog_figures(phones: Iterable[Phone]) -> CatalogFigures:
    """Figures of a list of phones; fixed prices are counted from the `notes` the import wrote."""
    items = list(phones)
    devices = [p.device for p in items]
    return CatalogFigures(
        variants=len(items),
        families=len({p.family for p in items}),
        phones=devices.count("phone"),
        tablets=devices.count("tablet"),
        foldables=devices.count("foldable"),
        fixed_prices=sum(len(_PRICE_NOTE.findall(p.notes)) for p in items),
    )


@dataclass(frozen=True)
class ImportReport:
    """The outcome of one import: what was read, what was kept, and every change with its reason."""

    source: Path
    dest: Path
    schema: str  # "raw-kaggle" or "normalized"
    encoding: str
    rows_read: int
    rows_kept: int
    events: tuple[ImportEvent, ...]
    figures: CatalogFigures

    def of(self, action: str) -> list[ImportEvent]:
        """Events of one action ("dropped", "merged", "disambiguated", "fixed", "warning")."""
        return [e for e in self.events if e.action == action]

    @property
    def dropped(self) -> list[ImportEvent]:
        """Rows left out (exact duplicates)."""
        return self.of("dropped")

    @property
    def merged(self) -> list[ImportEvent]:
        """Rows folded into an earlier row of the same name."""
        return self.of("merged")

    @property
    def fixed(self) -> list[ImportEvent]:
        """Values changed or emptied, with the reason."""
        return self.of("fixed")

    def lines(self) -> list[str]:
        """The validation report as printed by `phone-advisor data import`."""
        counts = ", ".join(f"{a} {len(self.of(a))}" for a in ACTIONS)
        out = [
            f"source: {self.source} ({self.schema}, {self.encoding})",
            f"written: {self.dest}",
            f"rows read: {self.rows_read}, kept: {self.rows_kept}; {counts}",
        ]
        out += self.figures.lines()
        for action in ACTIONS:
            for event in self.of(action):
                out.append(f"{action} row {event.row}: {event.reason}")
        return out
