"""A comparison chart of 2 to 4 phones: what it shows (this module) and its PNG picture (`chart_picture`).

Each aspect is a row of bars, one per phone. A bar's length is the phone's percentile over the
whole catalog, turned so that a longer bar is always better (cheaper, lighter, bigger battery,
newer), so the bars read the same way on every row. The best value of each row is marked, and
the verdict under the chart names, per phone, the aspects where it alone has the best value; each
of those statements is a typed `Claim` ("best" within the compared phones) that a checker can
recompute from the catalog.

The picture is drawn by `advisor.explain.chart_draw` (matplotlib, imported only when a picture is asked
for) and cached by (catalog, phones, language, currency).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor.catalog.model import DEVICES, Catalog, Phone
from advisor.errors import RequestError
from advisor.explain.answer import Answer, Claim
from advisor.explain.phrases import LABELS
from advisor.explain.reasons import format_value
from advisor.ranking.aspects import Percentiles
from advisor.understanding.request import Constraints

if TYPE_CHECKING:
    from advisor.engine import Advisor

log = logging.getLogger(__name__)

MIN_PHONES, MAX_PHONES = 2, 4
CHART_ASPECTS = ("price", "battery_mah", "main_camera_mp", "front_camera_mp", "weight_g", "screen_in",
                 "performance", "year")
_LOWER_IS_BETTER = frozenset({"price", "weight_g"})
_CACHE_SIZE = 128

_TEXT = {
    "en": {"performance": "chip score", "axis": "better than this share of the catalog  →",
           "leads": "{phone}: {aspects}", "joiner": "; ", "list": ", ", "end": ".",
           "even": "No phone is ahead on any aspect shown.", "unknown": "?"},
    "zh": {"performance": "芯片跑分", "axis": "优于目录中该比例的机型  →",
           "leads": "{phone}：{aspects}", "joiner": "；", "list": "、", "end": "。",
           "even": "各项均没有唯一领先的机型。", "unknown": "?"},
}
# What being alone at the top of a row means, said the way it reads best ("lighter", not "leads on weight").
_AHEAD = {
    "en": {"price": "lower price", "battery_mah": "bigger battery", "main_camera_mp": "more main-camera MP",
           "front_camera_mp": "more selfie-camera MP", "weight_g": "lighter", "screen_in": "bigger screen",
           "performance": "higher chip score", "year": "newer"},
    "zh": {"price": "价格更低", "battery_mah": "电池更大", "main_camera_mp": "主摄像素更高", "front_camera_mp": "前置像素更高",
           "weight_g": "更轻", "screen_in": "屏幕更大", "performance": "芯片跑分更高", "year": "更新"},
}


@dataclass(frozen=True)
class ChartBar:
    """One phone on one aspect."""

    value: float | None  # the raw value (price in the chart's currency); None = unknown
    text: str  # the value as shown ("$499", "5,000 mAh", "?")
    score: float | None  # catalog percentile in 0..1, higher = better; None = unknown (no bar)
    best: bool  # the best value of its row (ties all marked; none when all are equal or one is unknown)


@dataclass(frozen=True)
class ChartRow:
    """One aspect across the compared phones."""

    aspect: str
    label: str
    bars: tuple[ChartBar, ...]


@dataclass(frozen=True)
class ComparisonChart:
    """Everything the picture shows, in the language of its labels."""

    phones: tuple[Phone, ...]
    language: str
    currency: str
    rows: tuple[ChartRow, ...]
    verdict_lines: tuple[str, ...]  # per phone, what it alone is best at (the picture shows one per line)
    claims: tuple[Claim, ...]  # one "best" claim per aspect the verdict names
    axis_label: str

    @property
    def verdict(self) -> str:
        """The verdict as one line of text."""
        return _TEXT[self.language]["joiner"].join(self.verdict_lines)


def claim_aspect(aspect: str, currency: str) -> str:
    """The aspect name a Claim uses ("price:USD" for a price)."""
    return f"price:{currency}" if aspect == "price" else aspect


def build_chart(phones: Sequence[Phone], percentiles: Percentiles, language: str, currency: str) -> ComparisonChart:
    """The chart of 2 to 4 distinct phones; RequestError otherwise."""
    phones = tuple(phones)
    if not MIN_PHONES <= len(phones) <= MAX_PHONES or len({p.id for p in phones}) != len(phones):
        raise RequestError(f"A comparison chart needs {MIN_PHONES} to {MAX_PHONES} different phones, "
                           f"got {len(phones)}.")
    text = _TEXT[language]
    aspects = [a for a in CHART_ASPECTS if a != "performance" or any(p.chip_score is not None for p in phones)]
    rows = tuple(_row(aspect, phones, percentiles, language, currency) for aspect in aspects)
    claims = _checked(_claims(rows, phones, currency), phones)
    return ComparisonChart(phones, language, currency, rows, _verdict(claims, phones, language), claims,
                           text["axis"])


def _value(phone: Phone, aspect: str, currency: str) -> float | None:
    return phone.price(currency) if aspect == "price" else phone.spec(aspect)


def _row(aspect: str, phones: tuple[Phone, ...], percentiles: Percentiles, language: str,
         currency: str) -> ChartRow:
    values = [_value(p, aspect, currency) for p in phones]
    known = [v for v in values if v is not None]
    lower = aspect in _LOWER_IS_BETTER
    # Nothing is marked when a value is unknown (a phone not sold in the market may well be cheaper)
    # or all values are equal.
    best = (min(known) if lower else max(known)) if len(set(known)) > 1 and len(known) == len(values) else None
    bars = []
    for phone, value in zip(phones, values):
        if value is None:
            bars.append(ChartBar(None, _TEXT[language]["unknown"], None, False))
            continue
        pct = percentiles.rank(phone, aspect, currency)
        shown = f"{value:,.0f}" if aspect == "performance" else format_value(aspect, value, language, currency)
        bars.append(ChartBar(value, shown, 1.0 - pct if lower else pct, value == best))
    label = _TEXT[language]["performance"] if aspect == "performance" else LABELS[language][aspect]
    return ChartRow(aspect, label, tuple(bars))


def _winners(rows: tuple[ChartRow, ...]) -> list[tuple[ChartRow, int]]:
    """(row, phone index) for each row with exactly one best phone."""
    found = []
    for row in rows:
        best = [i for i, bar in enumerate(row.bars) if bar.best]
        if len(best) == 1:
            found.append((row, best[0]))
    return found


def _claims(rows: tuple[ChartRow, ...], phones: tuple[Phone, ...], currency: str) -> tuple[Claim, ...]:
    """A "best within the compared phones" claim for each row with exactly one best phone."""
    scope = frozenset(p.id for p in phones)
    # a best bar has a value: a row with an unknown value marks no best
    return tuple(Claim("best", phones[i].id, claim_aspect(row.aspect, currency), value, scope)
                 for row, i in _winners(rows) if (value := row.bars[i].value) is not None)


def _checked(claims: tuple[Claim, ...], phones: tuple[Phone, ...]) -> tuple[Claim, ...]:
    """The claims the independent checker (advisor.explain.claims) confirms; a refused one is logged and not said.

    "Best among the compared phones" is "best among the matches" in a catalog of just those phones,
    where every device kind is allowed.
    """
    from advisor.explain.claims import ClaimChecker

    checker = ClaimChecker(Catalog(phones, "comparison"))
    everything = Constraints(devices=frozenset(DEVICES))
    kept = []
    for claim in claims:
        why = checker.why_false(claim, everything)
        if why is None:
            kept.append(claim)
        else:
            log.error("comparison chart: dropped a false verdict claim %s (%s)", claim, why)
    return tuple(kept)


def _verdict(claims: tuple[Claim, ...], phones: tuple[Phone, ...], language: str) -> tuple[str, ...]:
    """Per phone, the aspects where it alone has the best value: the claims, in words."""
    text = _TEXT[language]
    lines = []
    for phone in phones:
        ahead = [_AHEAD[language][c.aspect.split(":", 1)[0]] for c in claims if c.phone == phone.id]
        if ahead:
            lines.append(text["leads"].format(phone=phone.display_name, aspects=text["list"].join(ahead)))
    if not lines:
        return (text["even"],)
    return tuple(lines[:-1]) + (lines[-1] + text["end"],)


@dataclass(frozen=True)
class ChartPicture:
    """A drawn comparison chart."""

    png: bytes
    caption: str  # the verdict, in the language the picture is drawn in
    language: str  # "zh" asked for without a CJK font gives "en"


class _PictureCache:
    """Pictures by key, least recently used dropped first; safe to share between worker threads."""

    def __init__(self, size: int):
        self._size = size
        self._items: OrderedDict[tuple, ChartPicture] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> ChartPicture | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: tuple, value: ChartPicture) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_CACHE = _PictureCache(_CACHE_SIZE)


def chart_picture(phones: Sequence[Phone], percentiles: Percentiles, language: str, currency: str,
                  catalog_fingerprint: str = "") -> ChartPicture:
    """The comparison chart as a PNG, drawn once per (catalog, phones, language, currency).

    Chinese labels need a CJK font; without one the chart is drawn in English (see advisor.explain.fonts).
    Blocking (about 0.1 s of CPU on a first draw): call it from a worker thread in a server.
    """
    from advisor.explain import chart_draw as _chart_draw
    from advisor.explain import fonts as _fonts

    shown_language = language if language != "zh" or _fonts.cjk_family() is not None else "en"
    key = (catalog_fingerprint, tuple(p.id for p in phones), shown_language, currency)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    chart = build_chart(phones, percentiles, shown_language, currency)
    picture = ChartPicture(_chart_draw.draw(chart), chart.verdict, shown_language)
    _CACHE.put(key, picture)
    return picture


def answer_chart(advisor: Advisor, answer: Answer) -> ChartPicture | None:
    """The chart of a comparison answer of 2 to 4 phones; None for any other answer."""
    table = answer.comparison
    if answer.kind != "compare" or table is None or not MIN_PHONES <= len(table.phones) <= MAX_PHONES:
        return None
    resources = advisor.resources
    return chart_picture(table.phones, resources.percentiles, answer.language, answer.currency,
                         resources.catalog.fingerprint)
