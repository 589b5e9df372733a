"""What a shopper asked for: constraints in force and the parsed form of one message.

`understand()` turns a message into a `Request`; `dialogue.apply()` folds requests into the
`Constraints` kept across turns. Slots are named by strings so a request can clear or replace
exactly one of them ("ignore the budget", "any brand").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from advisor.catalog.model import NUMERIC_SPECS

INTENTS: tuple[str, ...] = (
    "gaming", "photography", "selfie", "battery", "compact", "big_screen", "budget", "flagship", "business",
)
"""Vague intents the advisor understands; their aspect weights live in advisor/ranking/aspects.py."""

SORT_KEYS: tuple[str, ...] = (
    "price", "weight_g", "battery_mah", "front_camera_mp", "main_camera_mp", "year", "ram_gb",
    "storage_gb", "screen_in", "performance",
)
"""Orderings a superlative can ask for ("cheapest" -> price ascending)."""

SLOTS: tuple[str, ...] = (
    "budget", "brands", "series", "exclude_brands", "exclude_series", "platform", "devices", "chipset", "exclude_chipsets",
    "needs_5g", "alternatives",
    *(f"spec:{s}" for s in (*NUMERIC_SPECS, "chip_score")),  # every spec the catalog lets a shopper constrain
    "sort", "intents",
)
"""Every slot of the dialogue state; `spec:<name>` slots hold a Bound on a numeric spec."""


@dataclass(frozen=True)
class Bound:
    """An inclusive numeric range; None on a side means unbounded."""

    lo: float | None = None
    hi: float | None = None

    def contains(self, value: float | None) -> bool:
        """True when value is known and inside the range."""
        if value is None:
            return False
        return (self.lo is None or value >= self.lo) and (self.hi is None or value <= self.hi)


def merge_bounds(old: Bound | None, new: Bound, *, newer_wins_pin: bool = False) -> Bound:
    """Two statements about the same quantity: each side of `new` replaces that side of `old`.

    "over 6.1 but under 6.7 inches" keeps both sides. When the sides cross, the newer statement wins
    whole. With `newer_wins_pin` (a later turn, not the same message) it also wins when the result would
    pin the value to the one figure both name ("6.7 or bigger", then "at most 6.7"), and when the older statement
    pinned the value and the newer bounds one side ("only 2024 models", then "nothing older than 2023").
    """
    if old is None:
        return new
    if newer_wins_pin and old.lo is not None and old.lo == old.hi and (new.lo is None) != (new.hi is None):
        return new  # a floor or a ceiling said after one figure moves off that figure; it keeps no side of it
    lo = new.lo if new.lo is not None else old.lo
    hi = new.hi if new.hi is not None else old.hi
    if lo is not None and hi is not None and (lo > hi or (newer_wins_pin and lo == hi and new.lo != new.hi)):
        return new
    return Bound(lo, hi)


@dataclass(frozen=True)
class Budget:
    """A price range in the currency the shopper used; prices are compared in that market."""

    currency: str  # one of catalog.MARKETS
    lo: float | None = None
    hi: float | None = None
    around: float | None = None  # the figure said with "around"/"左右"; lo/hi then hold the tolerance

    @property
    def bound(self) -> Bound:
        """The budget as a numeric Bound."""
        return Bound(self.lo, self.hi)


Platform = Literal["android", "ios"]
Language = Literal["en", "zh"]
FollowupKind = Literal["compare", "why", "why_not", "details", "more", "similar", "upgrade"]


@dataclass(frozen=True)
class Sort:
    """An ordering over the whole catalog, from a superlative ("lightest")."""

    key: str  # one of SORT_KEYS
    descending: bool


DEFAULT_DEVICES = frozenset({"phone", "foldable"})
"""Devices considered when the shopper named none: a phone advisor does not suggest tablets unasked."""


@dataclass(frozen=True)
class Constraints:
    """Hard filters in force. Empty sets / None mean "no constraint"."""

    budget: Budget | None = None
    brands: frozenset[str] = frozenset()
    exclude_brands: frozenset[str] = frozenset()
    platform: Platform | None = None
    devices: frozenset[str] = frozenset()  # empty: phones and foldables, not tablets
    chipset: str | None = None  # canonical chipset name or family ("Snapdragon 8 Gen 3", "Dimensity")
    needs_5g: bool = False
    specs: tuple[tuple[str, Bound], ...] = ()  # sorted (spec, Bound) pairs
    exclude_chipsets: frozenset[str] = frozenset()  # chip families or models, spelled like `chipset`
    exclude_series: frozenset[str] = frozenset()  # series inside a brand ("Galaxy A"), a word prefix of the model
    # wanted series as (brand, series) pairs: a phone of a brand named here must be in one of that brand's series, and
    # other brands are left whole ("a Galaxy S or a OnePlus"); "#" in a series stands for the model number
    # ("iPhone # Pro", "Xiaomi #"), spelled as advisor.ranking.match.series_matches reads it
    series: frozenset[tuple[str, str]] = frozenset()
    alternatives: tuple[Constraints, ...] = ()  # OR: at least one must hold besides the fields above; () = no OR

    def spec(self, name: str) -> Bound | None:
        """The bound on one numeric spec, if any."""
        return dict(self.specs).get(name)


@dataclass(frozen=True)
class SlotUpdate:
    """One change to the dialogue state.

    op: "set" replaces the slot's value, "add"/"remove" change a set-valued slot
    (brands, exclude_brands, devices, intents), "clear" empties the slot.
    """

    slot: str  # one of SLOTS
    op: Literal["set", "add", "remove", "clear"]
    # Any: the type follows the slot (Budget, Bound, Sort, str, bool, a frozenset of names, a tuple of
    # Constraints for alternatives), which one field cannot spell
    value: Any = None


@dataclass(frozen=True)
class Relative:
    """A relative request: "cheaper" is Relative("price", -1), "more battery" Relative("battery_mah", +1)."""

    key: str  # a SORT_KEYS entry
    direction: Literal[-1, 1]


@dataclass(frozen=True)
class Followup:
    """A question about phones already shown.

    refs are 1-based positions in the last answer (int) or name fragments (str). "similar" is
    "more like this" (options "cheaper"/"newer"); "upgrade" names the phone the shopper owns. Option
    "question" marks a yes/no question about the phone in focus ("is it under $500?"): what it names is asked
    about, never a filter.
    """

    kind: FollowupKind
    refs: tuple[int | str, ...] = ()
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    """The parsed form of one message."""

    text: str
    language: Language
    updates: tuple[SlotUpdate, ...] = ()
    relative: tuple[Relative, ...] = ()
    sort: Sort | None = None
    limit: int | None = None  # "top 3 heaviest", "最重的前三款": how many of the ordering to show
    intents: tuple[str, ...] = ()
    unsupported: tuple[str, ...] = ()  # features named that our data cannot filter ("wireless charging")
    followup: Followup | None = None
    reset: bool = False
    semantic_text: str = ""  # taste words left for semantic matching; "" when the message held only constraints
    unread: tuple[str, ...] = ()  # clauses with words no rule read (not even as an intent), for the encoder
    unread_numbers: tuple[str, ...] = ()  # numbers no rule read, as said; `notes` holds the note that names them
    notes: tuple[str, ...] = field(default=())  # things the parser noticed, e.g. an unknown currency
