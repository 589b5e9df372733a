"""Monospace tables: the one renderer behind the CLI's, the evaluation's and the bot's aligned text."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Sequence


def display_width(text: str) -> int:
    """Columns the text takes in a monospace font: wide and full-width characters (Chinese) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned_table(rows: Sequence[Sequence[object]], *, right: Collection[int] = (), widths: Sequence[int] | None = None,
                  gap: str = "  ", measure: Callable[[str], int] = len) -> str:
    """Rows of cells (str() of each) as lines of monospace text, without trailing spaces.

    Each column is as wide as its widest cell, or `widths[i]` when given (a wider cell overflows, as
    f-string padding does); columns in `right` are aligned right, the others left; `gap` goes between
    columns; `measure` counts a cell's columns (display_width where Chinese may appear)."""
    cells = [[str(c) for c in row] for row in rows]
    if widths is None:
        count = max((len(row) for row in cells), default=0)
        widths = [max((measure(row[i]) for row in cells if i < len(row)), default=0) for i in range(count)]

    def pad(cell: str, i: int) -> str:
        fill = " " * max(0, widths[i] - measure(cell))
        return fill + cell if i in right else cell + fill

    return "\n".join(gap.join(pad(cell, i) for i, cell in enumerate(row)).rstrip() for row in cells)
