"""An independent checker of explanation claims.

Every explanation line about catalog facts carries a typed `Claim` (advisor.explain.answer). This module
recomputes each kind of claim from the catalog with its own plain code, sharing nothing with
advisor.explain.reasons, which wrote them, and returns the claims that are false. The only code it reuses is
the matcher (advisor.ranking.match), to confirm that a claim "among the matches" is relative to exactly the
phones that satisfy the constraints in force: the matcher's own guarantee is tested on its own.

What each kind means (the definitions the explanation phrases must keep):
  price        the phone's launch price in the aspect's market is `value`
  fits_budget  that price is `value` and lies inside the budget in force, in the budget's market
  meets_spec   the phone's spec `aspect` is `value` and lies inside the bound in force on that spec
  best         no phone in scope is better on the aspect, at least one is worse, and on the chip no
               phone with another chipset scores as high ("fastest" names one chip)
  top          at most a quarter of the scope's known values are better, and more than half are worse
  weak         more than half of the scope's known values are better
  diff         the phone's aspect minus that of the one phone in scope is `value`
"best", "top" and "weak" need the phone inside the scope and the scope equal to the matches.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from advisor.catalog.model import Catalog, Phone
from advisor.errors import CatalogError
from advisor.explain.answer import Answer, Claim
from advisor.ranking.match import matches
from advisor.understanding.request import Constraints

RELATIVE_KINDS = frozenset({"best", "top", "weak"})
_LOWER_IS_BETTER = ("weight_g", "price:")


@dataclass(frozen=True)
class FalseClaim:
    """A claim the catalog contradicts, with the line that stated it and why it is false."""

    claim: Claim
    text: str
    why: str


class ClaimChecker:
    """Checks the claims of answers against one catalog (caching the match set of each constraint set)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._matches: dict[Constraints, frozenset[str]] = {}

    def false_claims(self, answer: Answer) -> list[FalseClaim]:
        """The false claims among the lines of every pick of an answer."""
        out = []
        for pick in answer.picks:
            for reason in pick.reasons:
                if reason.claim is not None and (why := self.why_false(reason.claim, answer.constraints)):
                    out.append(FalseClaim(reason.claim, reason.text, why))
        return out

    def why_false(self, claim: Claim, constraints: Constraints) -> str | None:
        """Why the claim is false under these constraints, or None when it is true."""
        try:
            phone = self.catalog.get(claim.phone)
        except CatalogError:
            return f"no phone {claim.phone!r} in the catalog"
        value = _read(phone, claim.aspect)
        if value is None:
            return f"{claim.aspect} of {phone.id} is unknown"
        if claim.kind != "diff" and not math.isclose(value, claim.value, abs_tol=1e-6):
            return f"{claim.aspect} of {phone.id} is {value:g}, not {claim.value:g}"
        if claim.kind == "price":
            return None
        if claim.kind == "fits_budget":
            return _budget_problem(claim, constraints)
        if claim.kind == "meets_spec":
            return _spec_problem(claim, constraints)
        if claim.kind == "diff":
            return self._diff_problem(claim, value)
        if claim.kind in RELATIVE_KINDS:
            return self._relative_problem(claim, phone, value, constraints)
        return f"unknown claim kind {claim.kind!r}"

    def _diff_problem(self, claim: Claim, value: float) -> str | None:
        if len(claim.scope) != 1:
            return "a difference is relative to exactly one phone"
        other = _read(self.catalog.get(next(iter(claim.scope))), claim.aspect)
        if other is None or not math.isclose(value - other, claim.value, abs_tol=1e-6):
            return f"{claim.aspect} difference is {None if other is None else value - other}, not {claim.value}"
        return None

    def _relative_problem(self, claim: Claim, phone: Phone, value: float, constraints: Constraints) -> str | None:
        matching = self.matching_ids(constraints)
        if phone.id not in matching:
            return f"{phone.id} is not among the phones that match"
        if claim.scope != matching:
            return f"scope has {len(claim.scope)} phones, the matches are {len(matching)}"
        scope = [self.catalog.get(i) for i in claim.scope]
        known = [v for p in scope if (v := _read(p, claim.aspect)) is not None]
        lower = claim.aspect.startswith(_LOWER_IS_BETTER)
        better = sum(1 for v in known if (v < value if lower else v > value))
        worse = sum(1 for v in known if (v > value if lower else v < value))
        if claim.kind == "best":
            if better or not worse:
                return f"{better} better and {worse} worse of {len(known)}: not the best"
            rivals = [p.id for p in scope if claim.aspect == "performance" and p.chip_score is not None
                      and p.chip_score >= value and (p.chipset or p.processor) != (phone.chipset or phone.processor)]
            return f"another chip scores as high: {rivals[0]}" if rivals else None
        if claim.kind == "top":
            ok = better <= len(known) / 4 and worse * 2 > len(known)
            return None if ok else f"{better} better and {worse} worse of {len(known)}: not better than most"
        return None if better * 2 > len(known) else f"{better} better of {len(known)}: not worse than most"

    def matching_ids(self, constraints: Constraints) -> frozenset[str]:
        """Ids of the catalog phones that satisfy the constraints."""
        if constraints not in self._matches:
            self._matches[constraints] = frozenset(p.id for p in self.catalog if matches(p, constraints))
        return self._matches[constraints]


def count_by_kind(found: Iterable[FalseClaim]) -> dict[str, int]:
    """False claims per kind."""
    counts: dict[str, int] = {}
    for item in found:
        counts[item.claim.kind] = counts.get(item.claim.kind, 0) + 1
    return counts


def _budget_problem(claim: Claim, constraints: Constraints) -> str | None:
    budget = constraints.budget
    if budget is None:
        return "no budget is in force"
    if claim.aspect != f"price:{budget.currency}":
        return f"the budget is in {budget.currency}, the price in {claim.aspect}"
    if (budget.lo is not None and claim.value < budget.lo) or (budget.hi is not None and claim.value > budget.hi):
        return f"{claim.value:g} is outside the budget {budget.lo}..{budget.hi}"
    return None


def _spec_problem(claim: Claim, constraints: Constraints) -> str | None:
    bound = dict(constraints.specs).get(claim.aspect)
    if bound is None:
        return f"no bound on {claim.aspect} is in force"
    if (bound.lo is not None and claim.value < bound.lo) or (bound.hi is not None and claim.value > bound.hi):
        return f"{claim.value:g} is outside the bound {bound.lo}..{bound.hi} on {claim.aspect}"
    return None


def _read(phone: Phone, aspect: str) -> float | None:
    """An aspect's value straight from the phone's fields ("performance" is the chip's score)."""
    if aspect.startswith("price:"):
        return phone.prices.get(aspect.split(":", 1)[1])
    if aspect == "performance":
        return phone.chip_score
    value = getattr(phone, aspect, None)
    return None if value is None else float(value)
