"""Hard-constraint checks: which constraints a phone breaks, and by how much.

A phone is a match only when it breaks nothing; an unknown value (no price in the market, a
missing spec) counts as broken, because a constraint we cannot verify is not a promise we can
make. Violations carry a cost so that, when nothing matches, the closest alternatives are the
ones breaking the fewest and smallest constraints. Excluded brands and the platform are never
relaxed: a shopper who said "anything except Apple" never gets an iPhone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from advisor.catalog.model import MARKETS, NUMERIC_SPECS, Phone
from advisor.understanding.request import DEFAULT_DEVICES, Bound, Constraints


@dataclass(frozen=True)
class Violation:
    """One broken constraint: `actual` against the `bound`; `amount` is the distance to it (None if not numeric)."""

    slot: str
    cost: float
    actual: float | str | None = None  # the phone's value: a number, a name (brand, chip, device) or False
    bound: Bound | None = None
    amount: float | None = None


def violations(phone: Phone, c: Constraints) -> list[Violation]:
    """Every constraint in `c` that `phone` breaks (empty list: the phone matches)."""
    out: list[Violation] = []
    if c.budget is not None:
        out.extend(_numeric("budget", phone.price(c.budget.currency), c.budget.bound))
    if c.brands and phone.brand not in c.brands:
        out.append(Violation("brands", 2.0, phone.brand))
    if c.series and not in_wanted_series(c.series, phone.brand, phone.model):
        out.append(Violation("series", 2.0, phone.model))
    if phone.brand in c.exclude_brands:
        out.append(Violation("exclude_brands", math.inf, phone.brand))
    if c.platform is not None and (phone.brand == "Apple") != (c.platform == "ios"):
        out.append(Violation("platform", math.inf, phone.brand))
    allowed_devices = c.devices or DEFAULT_DEVICES
    if phone.device not in allowed_devices:
        out.append(Violation("devices", 2.0 if c.devices else math.inf, phone.device))
    if c.chipset and not chipset_matches(c.chipset, phone):
        out.append(Violation("chipset", 2.0, phone.chipset or phone.processor))
    if c.needs_5g and not phone.is_5g:
        out.append(Violation("needs_5g", 1.5, False))
    for name, bound in c.specs:
        out.extend(_numeric(f"spec:{name}", phone.spec(name), bound))
    if any(chipset_matches(chip, phone) for chip in c.exclude_chipsets):
        out.append(Violation("exclude_chipsets", math.inf, phone.chipset or phone.processor))
    if any(series_matches(series, phone) for series in c.exclude_series):
        out.append(Violation("exclude_series", math.inf, phone.model))
    if c.alternatives:
        missed = [_alternative_violations(phone, alt) for alt in c.alternatives]
        if all(missed):
            out.append(Violation("alternatives", min(relaxation_cost(v) for v in missed), phone.model))
    return out


def _alternative_violations(phone: Phone, alternative: Constraints) -> list[Violation]:
    """What one OR branch breaks; a branch that names no device kind leaves the device to the outer constraints."""
    return [v for v in violations(phone, alternative) if alternative.devices or v.slot != "devices"]


def matches(phone: Phone, c: Constraints) -> bool:
    """True when the phone breaks no hard constraint."""
    return not violations(phone, c)


def chipset_matches(wanted: str, phone: Phone) -> bool:
    """Whole-word, case-insensitive match of a chipset name or family ("Dimensity") in the phone's chipset."""
    return _chip_text_matches(wanted, phone.chipset, phone.processor)


def chip_named(wanted: str, chipset: str) -> bool:
    """True when a chipset name holds `wanted` as chipset_matches reads it ("Snapdragon 8" in "Snapdragon 8 Gen 2")."""
    return _word_pattern(wanted).search(chipset) is not None


def series_matches(series: str, phone: Phone) -> bool:
    """True when the model name starts with the series as whole words or a letter prefix of a numbered
    model ("Galaxy A" matches "Galaxy A55", not "Galaxy Alpha"), with or without the brand in front."""
    return _series_text_matches(series, phone.brand, phone.model)


def in_wanted_series(series: frozenset[tuple[str, str]], brand: str, model: str) -> bool:
    """True when a phone of `brand` meets the wanted (brand, series) pairs: its brand has no wanted series, or the
    model is in one of them."""
    own = [name for owner, name in series if owner == brand]
    return not own or any(_series_text_matches(name, brand, model) for name in own)


def _chip_text_matches(wanted: str, chipset: str | None, processor: str) -> bool:
    pattern = _word_pattern(wanted)
    return any(pattern.search(text) for text in (chipset or "", processor))


def _series_text_matches(series: str, brand: str, model: str) -> bool:
    pattern = _series_pattern(series)
    return pattern.match(model) is not None or pattern.match(f"{brand} {model}") is not None


@lru_cache(maxsize=256)
def _series_pattern(series: str) -> re.Pattern[str]:
    # "#" is the model number, glued or not: "Galaxy S # Ultra" is "Galaxy S24 Ultra", "iPhone # Pro" "iPhone 15 Pro Max"
    words = "".join(r"\s*\d[\w+]*" if word == "#" else (r"\s+" if i else "") + re.escape(word)
                    for i, word in enumerate(series.split()))
    return re.compile(rf"{words}(?=\d|\s|$)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _word_pattern(wanted: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w+])" + re.escape(wanted.strip()) + r"(?![\w+])", re.IGNORECASE)


def _numeric(slot: str, value: float | None, bound: Bound) -> list[Violation]:
    if value is None:
        return [Violation(slot, 1.5, None, bound)]
    if bound.contains(value):
        return []
    if bound.hi is not None and value > bound.hi:
        amount = value - bound.hi
        scale = bound.hi or 1.0
    else:
        amount = (bound.lo or 0.0) - value
        scale = bound.lo or 1.0
    return [Violation(slot, 1.0 + amount / abs(scale), value, bound, amount)]


class Columns:
    """The catalog as arrays, to test every phone against the constraints in one pass.

    `costs` and `mask` must agree with `violations` phone by phone (tests/test_match.py checks this on
    random constraints); they exist because a turn filters the whole catalog, and with no match orders
    it by relaxation cost, and must stay fast.
    """

    def __init__(self, phones: Iterable[Phone]):
        self._phones = tuple(phones)
        self.is_5g = np.array([p.is_5g for p in self._phones], dtype=bool)
        self.specs = {name: _floats(p.spec(name) for p in self._phones) for name in (*NUMERIC_SPECS, "chip_score")}
        self.prices = {m: _floats(p.price(m) for p in self._phones) for m in MARKETS}
        # Text tests (brand and device names, chipset words, series prefixes) run once per distinct value,
        # not once per phone: a catalog of 1M phones has a few thousand distinct chips and models.
        self._brands = _Distinct([(p.brand,) for p in self._phones])
        self._devices = _Distinct([(p.device,) for p in self._phones])
        self._chips = _Distinct([(p.chipset, p.processor) for p in self._phones])
        self._models = _Distinct([(p.brand, p.model) for p in self._phones])
        # each phone's family as an integer, to group variants without Python per phone
        families: dict[str, int] = {}
        self.family_codes = np.array([families.setdefault(p.family, len(families)) for p in self._phones],
                                     dtype=np.int64)

    def values(self, aspect: str, market: str) -> np.ndarray:
        """An aspect of every phone, NaN where unknown: "price" in `market`, "performance" the chip score,
        else the spec (as Phone.spec reads it)."""
        if aspect == "price":
            prices = self.prices.get(market)  # a market we do not list: every price unknown
            return np.full(len(self._phones), np.nan) if prices is None else prices
        return self.specs["chip_score" if aspect == "performance" else aspect]

    def mask(self, c: Constraints, *, default_devices: bool = True) -> np.ndarray:
        """Boolean array: True where the phone at that catalog position breaks no constraint;
        `default_devices=False` (for an OR branch) checks the device kind only when `c` names one."""
        return self.costs(c, default_devices=default_devices) == 0  # every broken slot costs more than 0

    def costs(self, c: Constraints, *, default_devices: bool = True) -> np.ndarray:
        """Float array: `relaxation_cost(violations(phone, c))` of the phone at each catalog position (0.0 for
        a match, inf where a never-relaxed constraint is broken); `default_devices` as in `mask`.

        The slot costs are added in the order `violations` lists them, so each total is the same float as
        the per-phone sum and alternatives ordered by cost tie exactly where they did phone by phone."""
        parts: list[np.ndarray] = []  # one per slot in force, 0.0 where the phone meets it

        def add(broken: np.ndarray, cost: float) -> None:
            parts.append(np.where(broken, cost, 0.0))

        if c.budget is not None:
            parts.append(_numeric_costs(self.values("price", c.budget.currency), c.budget.bound))
        if c.brands:
            add(~self._brands.where(lambda brand: brand in c.brands), 2.0)
        if c.series:
            add(~self._models.where(lambda brand, model: in_wanted_series(c.series, brand, model)), 2.0)
        if c.exclude_brands:
            add(self._brands.where(lambda brand: brand in c.exclude_brands), math.inf)
        if c.platform is not None:
            add(~self._brands.where(lambda brand: (brand == "Apple") == (c.platform == "ios")), math.inf)
        if c.devices or default_devices:
            devices = c.devices or DEFAULT_DEVICES
            add(~self._devices.where(lambda device: device in devices), 2.0 if c.devices else math.inf)
        if c.chipset:
            wanted = c.chipset  # a lambda does not keep mypy's narrowing of c.chipset
            add(~self._chips.where(lambda chip, processor: _chip_text_matches(wanted, chip, processor)), 2.0)
        if c.needs_5g:
            add(~self.is_5g, 1.5)
        for name, bound in c.specs:
            parts.append(_numeric_costs(self.specs[name], bound))
        if c.exclude_chipsets:
            add(self._chips.where(lambda chip, processor: any(_chip_text_matches(x, chip, processor)
                                                              for x in c.exclude_chipsets)), math.inf)
        if c.exclude_series:
            add(self._models.where(lambda brand, model: any(_series_text_matches(x, brand, model)
                                                            for x in c.exclude_series)), math.inf)
        if c.alternatives:
            # every slot cost is positive, so a branch breaks something exactly where its cost is above 0
            branches = [self.costs(alt, default_devices=False) for alt in c.alternatives]
            missed = np.logical_and.reduce([cost > 0 for cost in branches])
            parts.append(np.where(missed, np.minimum.reduce(branches), 0.0))
        total = np.zeros(len(self._phones))
        for part in parts:  # x + 0.0 is x: a slot the phone meets leaves its sum the per-phone float
            total += part
        return total


class _Distinct:
    """A column of tuples stored as codes into its distinct values, for tests that are costly per value."""

    def __init__(self, values: list[tuple]):
        index: dict[tuple, int] = {}
        self._codes = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.int64,
                                  count=len(values))
        self._values = list(index)

    def where(self, test: Callable[..., bool]) -> np.ndarray:
        """Boolean array: `test(*value)` of each row's value, computed once per distinct value."""
        per_value = np.fromiter((test(*v) for v in self._values), dtype=bool, count=len(self._values))
        return per_value[self._codes]


def _floats(values: Iterable[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def _numeric_costs(values: np.ndarray, bound: Bound) -> np.ndarray:
    """`_numeric`'s cost for each value (0.0 inside the bound), by the same float operations."""
    above = values > bound.hi if bound.hi is not None else np.zeros(len(values), dtype=bool)
    below = ~above & (values < bound.lo) if bound.lo is not None else np.zeros(len(values), dtype=bool)
    cost = np.where(np.isnan(values), 1.5, 0.0)
    with np.errstate(over="ignore"):  # a bound near 0 overflows to inf, as the per-phone float does
        if bound.hi is not None:
            cost = np.where(above, 1.0 + (values - bound.hi) / abs(bound.hi or 1.0), cost)
        if bound.lo is not None:
            cost = np.where(below, 1.0 + ((bound.lo or 0.0) - values) / abs(bound.lo or 1.0), cost)
    return cost


def relaxation_cost(found: list[Violation]) -> float:
    """Total cost of the broken constraints (infinite when one of them may never be relaxed)."""
    return sum(v.cost for v in found)
