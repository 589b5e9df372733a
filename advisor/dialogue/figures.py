"""A figure said again about a filter in force (issue 10): allowed ("6.5 inches is fine too" under "6.7 or bigger",
"a 2021 model is fine too" under "2023 or newer", "2020年以前的也可以") or corrected ("no wait, 6.5 inches"). The parser
reads such a figure alone, as a fresh request would; the filter in force says on which side it lies."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from advisor.catalog.model import Catalog
from advisor.dialogue.state import DialogueState
from advisor.ranking.aspects import INTENT_ASPECTS
from advisor.understanding.request import Bound, Budget, Constraints, SlotUpdate
from advisor.understanding.understand import unread_numbers_note

_MAIN_WEIGHT = 0.3
"""The weight from which a need's aspect is one it speaks of ("compact": the screen and the weight, not the price)."""


def _one_sided_and_figure(update: SlotUpdate, constraints: Constraints) -> tuple[Bound, float] | None:
    """For a spec figure said bare ("6.5 inches", read as a window around it) against a filter in force bounded on one
    side: that filter and the figure; None for any other update."""
    if not (update.slot.startswith("spec:") and update.op == "set" and isinstance(update.value, Bound)):
        return None
    old, new = constraints.spec(update.slot[5:]), update.value
    if old is None or new.lo is None or new.hi is None or (old.lo is None) == (old.hi is None):
        return None
    return old, (new.lo + new.hi) / 2


def allowed_figure(update: SlotUpdate, constraints: Constraints) -> SlotUpdate:
    """A spec figure said as allowed ("6.5 inches is fine too"), read as the new limit on the one side the filter in
    force bounds when it lies beyond that limit; other updates as they are."""
    if (found := _one_sided_and_figure(update, constraints)) is None:
        return update
    old, figure = found
    if old.lo is not None and figure < old.lo:
        return replace(update, value=Bound(lo=figure))
    if old.hi is not None and old.hi < figure:
        return replace(update, value=Bound(hi=figure))
    return update


_YEAR = re.compile(r"(?<![\d.])20[0-4]\d(?![\d.])")
# a year with the older side of it: "before 2020", "older than 2021", "2019 or earlier", "2020年以前", "2020年之前的"
_OLDER_THAN_YEAR = re.compile(r"""
    (?<![a-z])(?:before|older\s+than|earlier\s+than|prior\s+to|pre[\s-]?)\s*(?:the\s+)?20[0-4]\d(?![\d.])
    | (?<![\d.])20[0-4]\d\s+(?:or|and)\s+(?:older|earlier|before)(?![a-z])
    | (?<![\d.])20[0-4]\d\s*年?\s*(?:及|或|和)?\s*(?:以前|之前|前|更早)
    """, re.VERBOSE)


def allowed_year(text: str, constraints: Constraints) -> SlotUpdate | None:
    """For a message that allows the one year it names under a launch-year floor in force: with the older side of that
    year said ("2020年以前的也可以", "older than 2021 is fine too") every year; else the floor at that year when it is
    older ("2023 is fine too" under "2024 or newer"), else the floor as it is (the year is already allowed, the age is
    not let go); None otherwise."""
    year = named_year(text)
    floor = constraints.spec("year")
    if year is None or floor is None or floor.lo is None:
        return None
    if _OLDER_THAN_YEAR.search(text.lower()):
        return SlotUpdate("spec:year", "clear")
    return SlotUpdate("spec:year", "set", replace(floor, lo=min(floor.lo, float(year))))


def named_year(text: str) -> str | None:
    """The one launch year a message names ("2021 would also be fine" -> "2021"); None for none or several."""
    years = _YEAR.findall(text)
    return years[0] if len(years) == 1 else None


def corrected_figure(update: SlotUpdate, constraints: Constraints) -> SlotUpdate:
    """A spec figure said bare in a correction, read on the one side the filter in force bounds ("6.7 or bigger",
    then "no wait, 6.5 inches" is at least 6.5); other updates, and figures for a filter bounded on both sides or on
    none, as they are."""
    if (found := _one_sided_and_figure(update, constraints)) is None:
        return update
    old, figure = found
    return replace(update, value=Bound(lo=figure) if old.hi is None else Bound(hi=figure))


def corrected_chip(update: SlotUpdate, constraints: Constraints, scores: Mapping[str, float]) -> SlotUpdate:
    """A chip named in a correction under a chip bound on one side ("骁龙8 Gen 2或者更好", then "我看错了，是骁龙8 Gen 1"):
    the chip meant takes the misread one's place on that side, at its benchmark score; the parser alone reads a chip
    named bare as that chip only. Other updates, and chips without a known score, as they are."""
    old = constraints.spec("chip_score")
    score = scores.get(update.value) if update.slot == "chipset" and update.op == "set" else None
    if score is None or old is None or constraints.chipset is not None or (old.lo is None) == (old.hi is None):
        return update
    return SlotUpdate("spec:chip_score", "set", Bound(lo=score) if old.hi is None else Bound(hi=score))


def _said_figure(item: str) -> float | None:
    """The value of a number as the parser's note quotes it ("600", "6.5", "5k"); None for anything else."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(k?)\s*", item.lower())
    return float(m[1]) * (1000 if m[2] else 1) if m else None


def withdrawn_unread(notes: tuple[str, ...], numbers: tuple[str, ...], figures: Iterable[float | None]) -> tuple[str, ...]:
    """`notes` less the figures the conversation gave a meaning to in the parser's note on the `numbers` it did not
    read: "no wait, make it 600" under a $500 budget moves the budget to 600, and "8GB not 12" replaces RAM >= 12 GB,
    so saying '600' or '12' was not used would be false. A note left with no figure goes; other notes stay."""
    # the figure as said may lack the multiplier word read with it ("I meant 70 thousand" gives 70000; the note says 70)
    used = [f / scale for f in figures if f is not None for scale in (1, 1_000, 100_000)]
    left = [n for n in numbers if (v := _said_figure(n)) is None or all(abs(v - f) > 1e-9 for f in used)]
    if len(left) == len(numbers):
        return notes
    # the note was written in the message's language; it is known by its words, never parsed back
    written = {unread_numbers_note(numbers, zh): zh for zh in (False, True)}
    return tuple(unread_numbers_note(left, written[note]) if note in written else note
                 for note in notes if note not in written or left)


def spoken_of_specs(state: DialogueState) -> list[str]:
    """The specs the conversation's last step spoke of: those whose filter it set, the one it ordered by, and the main
    aspects of the needs it added ("what about weight? light phones" adds "compact": the screen and the weight)."""
    if not state.history:
        return []
    step = state.history[-1]
    specs = [change.slot[5:] for change in step.changes if change.slot.startswith("spec:")]
    if state.sort is not None and state.sort != step.before.sort:
        specs.append(state.sort.key)
    for intent in set(state.intents) - set(step.before.intents):
        specs += [key for key, weight in INTENT_ASPECTS.get(intent, {}).items() if abs(weight) >= _MAIN_WEIGHT]
    return list(dict.fromkeys(specs))


def budget_figure_of_spoken_spec(update: SlotUpdate, state: DialogueState, catalog: Catalog) -> SlotUpdate:
    """A one-sided budget the parser read from a figure said without a currency ("keep it under 170") as a bound of the
    spec the conversation just spoke of, when no phone is priced that low in the budget's currency (170 rupees buys no
    phone: it is the 170 g asked of the weight) and the figure lies among the catalog's values of exactly one such spec
    (not the screen's: no phone has 170 inches). Other updates, and figures a phone could cost, as they are."""
    budget = update.value
    if update.slot != "budget" or update.op != "set" or not isinstance(budget, Budget) or budget.around is not None \
            or (budget.lo is None) == (budget.hi is None):
        return update
    figure = budget.lo if budget.lo is not None else budget.hi
    prices = [price for phone in catalog if (price := phone.price(budget.currency)) is not None]
    if figure is None or not prices:
        return update
    if figure > max(prices):
        return _pixels_of_camera_in_talk(budget, figure, state, catalog) or update
    if figure >= min(prices):
        return update
    fitting = [key for key in spoken_of_specs(state) if _among_catalog_values(catalog, key, figure)]
    if len(fitting) != 1:
        return update
    return SlotUpdate(f"spec:{fitting[0]}", "set", Bound(lo=budget.lo, hi=budget.hi))


_PIXELS_PER_MP = 1_000_000.0


def _pixels_of_camera_in_talk(budget: Budget, figure: float, state: DialogueState, catalog: Catalog) -> SlotUpdate | None:
    """A one-sided budget no phone costs that much of, said as a count of pixels ("6400万以上" after "主摄要5000万像素以上":
    64 million is no price) as a bound in megapixels of the one camera the conversation filters by or just spoke of;
    None when no camera, or more than one, is in the talk or the figure fits none."""
    in_talk = [key for key, _ in state.constraints.specs] + spoken_of_specs(state)
    cameras = [key for key in dict.fromkeys(in_talk) if key.endswith("camera_mp")]
    if len(cameras) != 1 or not _among_catalog_values(catalog, cameras[0], figure / _PIXELS_PER_MP):
        return None
    scaled = Bound(lo=None if budget.lo is None else budget.lo / _PIXELS_PER_MP,
                   hi=None if budget.hi is None else budget.hi / _PIXELS_PER_MP)
    return SlotUpdate(f"spec:{cameras[0]}", "set", scaled)


def _among_catalog_values(catalog: Catalog, key: str, figure: float) -> bool:
    """True when `figure` lies between the least and the greatest value of spec `key` among the catalog's phones."""
    values = [value for phone in catalog if (value := phone.spec(key)) is not None]
    return bool(values) and min(values) <= figure <= max(values)
