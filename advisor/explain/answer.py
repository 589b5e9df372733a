"""What the advisor answers: typed results the console, the JSON lines mode and the bot render."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from advisor.catalog.model import Phone
from advisor.understanding.request import Constraints, Language

AnswerKind = Literal["results", "compare", "details", "why", "why_not", "similar", "upgrade", "reset", "help",
                     "empty", "social", "error"]
ClaimKind = Literal["price", "fits_budget", "meets_spec", "best", "top", "weak", "diff"]


@dataclass(frozen=True)
class Claim:
    """The checkable fact behind an explanation line (advisor.explain.claims recomputes it from the catalog).

    kind: "price" (the phone costs `value` in the market of `aspect`, "price:USD"), "fits_budget" (that
    price is inside the budget in force), "meets_spec" (the phone's `aspect` is `value`, inside the bound in force on
    that spec), "best" / "top" / "weak" (the phone's `aspect` value, `value`, is
    the best of / better than most of / worse than most of the phones in `scope`), "diff" (the phone's
    `aspect` minus that of the one phone in `scope` is `value`). Aspects are spec names, "price:<MARKET>"
    or "performance" (the chip's benchmark score).
    """

    kind: ClaimKind
    phone: str  # the id of the phone the line is about
    aspect: str
    value: float
    scope: frozenset[str] = frozenset()  # ids of the phones the claim is relative to


@dataclass(frozen=True)
class Reason:
    """One fact-based sentence about a pick, already in the shopper's language.

    kind: "pro" (why it was picked), "con" (a trade-off), "relaxed" (a broken constraint, for
    alternatives only), "personal" (history-based ranking, e.g. "you liked the Pixel 8a"),
    "prediction" (a predicted owner rating, labelled as such with its typical error).
    """

    text: str
    kind: Literal["pro", "con", "relaxed", "personal", "prediction"] = "pro"
    claim: Claim | None = None  # the fact the line states; None for history and predictions, which are no catalog fact


@dataclass(frozen=True)
class Relaxation:
    """A hard constraint an alternative breaks, and by how much ("$99 over your budget")."""

    slot: str
    text: str
    amount: float | None = None


@dataclass(frozen=True)
class Pick:
    """One phone shown to the shopper (the variant that best fits the filters)."""

    phone: Phone
    rank: int  # 1-based position in the answer
    score: float
    reasons: tuple[Reason, ...] = ()
    relaxed: tuple[Relaxation, ...] = ()  # empty for exact matches
    other_variants: tuple[str, ...] = ()  # ids of the family's other storage sizes


@dataclass(frozen=True)
class FilterLine:
    """One constraint in force, for display and for a "remove this filter" button."""

    slot: str
    text: str


@dataclass(frozen=True)
class Change:
    """One change a turn made to the conversation's filters, said in the shopper's language.

    op: "add" (a new filter), "replace" (a filter changed), "loosen" (a filter now admits more),
    "clear" (a filter removed), "restore" (an earlier state brought back: undo, a topic return).
    slot: a `request.SLOTS` name, or "state" for a restore as a whole.
    """

    op: Literal["add", "replace", "loosen", "clear", "restore"]
    slot: str
    text: str


@dataclass(frozen=True)
class Comparison:
    """A compact table: one row per spec, one column per phone."""

    phones: tuple[Phone, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (spec label, value per phone)


@dataclass(frozen=True)
class Answer:
    """The advisor's reply to one message."""

    kind: AnswerKind
    text: str  # plain-text rendering for consoles and logs
    language: Language
    currency: str
    constraints: Constraints
    filters: tuple[FilterLine, ...] = ()
    picks: tuple[Pick, ...] = ()
    exact: bool = True
    relaxed: tuple[Relaxation, ...] = ()
    unsupported: tuple[str, ...] = ()
    comparison: Comparison | None = None
    match_count: int = 0
    reference: Phone | None = None  # the phone a "similar" or "upgrade" answer starts from
    notes: tuple[str, ...] = field(default=())  # things to tell the shopper first, in their language
    focus: tuple[Phone, ...] = ()  # the phone(s) the answer is about (details, why, compare, similar's reference)
    changes: tuple[Change, ...] = ()  # what this turn changed in the filters
