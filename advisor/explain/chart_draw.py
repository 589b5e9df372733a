"""Drawing a `ComparisonChart` as a PNG with matplotlib's Agg canvas.

A `Figure` is made per picture and never registered with pyplot, so no global state is shared
between threads of a server (pyplot's figure manager is not thread-safe).
"""

from __future__ import annotations

import io
import math
import unicodedata

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from advisor.explain import fonts as _fonts
from advisor.explain.chart import ComparisonChart

# Paul Tol's colour-blind-safe "bright" scheme.
_COLOURS = ("#4477AA", "#EE6677", "#228833", "#CCBB44")
_TRACK = "#EEEEEE"
_INK = "#222222"
_MUTED = "#777777"
_BAR_H = 0.8
_DPI = 110
_WIDTH_IN = 8.0
_LINE_WIDTH = 100  # display columns (a Chinese character is two) of a verdict line at the chart's width


def draw(chart: ComparisonChart) -> bytes:
    """The chart as PNG bytes."""
    n = len(chart.phones)
    group = n + 0.9  # bar slots per aspect, with a gap
    verdict = [piece for line in chart.verdict_lines for piece in _wrap(line, _LINE_WIDTH)]
    legend_rows = math.ceil(n / 2)
    header = 0.45 + 0.3 * legend_rows
    height = header + 0.22 * group * len(chart.rows) + 0.28 * len(verdict) + 0.8
    figure = Figure(figsize=(_WIDTH_IN, height), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(figure)
    cjk = _fonts.cjk_family() if chart.language == "zh" else None
    families = [f for f in (cjk, "DejaVu Sans") if f]
    bold = "normal" if cjk else "bold"  # CJK fonts on Linux rarely ship a bold face; the ★ marks the best
    bottom = (0.28 * len(verdict) + 0.75) / height
    top = 1 - header / height
    axes = figure.add_axes((0.2, bottom, 0.62, top - bottom))
    ys, scores, colours = [], [], []
    for r, row in enumerate(chart.rows):
        base = r * group
        axes.text(-0.02, base + (n - 1) / 2, row.label, ha="right", va="center", fontsize=10, color=_INK,
                  family=families, transform=axes.get_yaxis_transform())
        for i, bar in enumerate(row.bars):
            y = base + i
            ys.append(y)
            if bar.score is not None:
                scores.append((y, max(bar.score, 0.01)))
                colours.append(_COLOURS[i])
            mark = "★ " if bar.best else ""
            axes.text(1.02, y, mark + bar.text, ha="left", va="center", fontsize=8.5,
                      color=_INK if bar.score is not None else _MUTED, family=families,
                      fontweight=bold if bar.best else "normal", transform=axes.get_yaxis_transform())
    # One collection of rectangles for all bars: a patch per bar would cost most of the drawing time.
    tracks = [_rectangle(y, 1.0) for y in ys]
    filled = [_rectangle(y, width) for y, width in scores]
    axes.add_collection(PolyCollection(tracks + filled, facecolors=[_TRACK] * len(tracks) + colours, linewidths=0),
                        autolim=False)
    axes.set_xlim(0, 1)
    axes.set_ylim(group * len(chart.rows) - 0.9 + 0.1, -0.6)  # first aspect at the top
    axes.set_yticks([])
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"], fontsize=8, color=_MUTED)
    axes.set_xlabel(chart.axis_label, fontsize=8.5, color=_MUTED, family=families)
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(_TRACK)
    axes.tick_params(axis="x", length=0)
    _legend(figure, chart, height)
    for k, line in enumerate(verdict):
        figure.text(0.03, (0.14 + 0.28 * (len(verdict) - 1 - k)) / height, line, fontsize=10,
                    color=_INK, family=families, ha="left", va="bottom")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, facecolor="white", pil_kwargs={"compress_level": 3})
    return buffer.getvalue()


def _rectangle(y: float, width: float) -> list[tuple[float, float]]:
    half = _BAR_H / 2
    return [(0.0, y - half), (width, y - half), (width, y + half), (0.0, y + half)]


def _legend(figure: Figure, chart: ComparisonChart, height: float) -> None:
    """Phone names in their bar colours, two to a line."""
    for i, phone in enumerate(chart.phones):
        x = 0.03 + (i % 2) * 0.48
        y = 1 - (0.35 + 0.3 * (i // 2)) / height
        figure.text(x, y, "■", color=_COLOURS[i], fontsize=12, ha="left", va="center", family=["DejaVu Sans"])
        figure.text(x + 0.025, y, phone.display_name, color=_INK, fontsize=9.5, fontweight="bold", ha="left",
                    va="center", family=["DejaVu Sans"])


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` display columns, broken at spaces or between Chinese characters."""
    lines, line, size = [], "", 0
    for token in _tokens(text):
        cost = _columns(token)
        if line and size + cost > width:
            lines.append(line.rstrip())
            line, size = token.lstrip(), _columns(token.lstrip())
        else:
            line, size = line + token, size + cost
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    """Words with their leading space, and each wide character alone."""
    tokens: list[str] = []
    for char in text:
        if _columns(char) == 2 or not tokens or char == " " or _columns(tokens[-1][-1]) == 2:
            tokens.append(char)
        else:
            tokens[-1] += char
    return tokens


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
