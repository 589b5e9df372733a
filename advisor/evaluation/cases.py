"""Evaluation cases and their gold predicates.

A case is one conversation (one or more turns) with a gold predicate over the catalog that
every correct answer to the LAST turn satisfies, written by hand and evaluated here, not by the
advisor's own matcher, so that a bug in one does not hide in the other. Gold keys:

  price      {"USD": [lo, hi]}          launch price bounds in that market (null = open side)
  brand      ["Samsung", ...]            brand must be one of these
  not_brand  ["Apple", ...]              brand must not be one of these
  device     ["tablet"]                  allowed device types (default: phone, foldable)
  spec       {"ram_gb": [8, null]}       numeric bounds on catalog columns
  chipset    "Dimensity"                 whole word in the chipset or processor name
  min_tier   4                           chipset performance tier at least this
  5g         true                        must be 5G
Plus "order": {"key": "weight_g" | "price:USD" | ..., "desc": bool} where the request implies an
ordering, "impossible": true when nothing in the catalog can satisfy it, and "unsupported":
["wireless charging"] for features the advisor must name back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor.catalog import Phone
from advisor.errors import AdvisorError

DEFAULT_CASES = Path(__file__).resolve().parents[2] / "data" / "eval_dev.jsonl"
KINDS = ("explicit", "explicit_zh", "multi_turn", "vague", "impossible")


@dataclass(frozen=True)
class EvalCase:
    """One conversation and what a correct final answer looks like."""

    id: str
    kind: str
    turns: tuple[str, ...]
    gold: dict[str, Any] = field(default_factory=dict)
    order: dict[str, Any] | None = None
    impossible: bool = False
    unsupported: tuple[str, ...] = ()

    def satisfied_by(self, phone: Phone) -> bool:
        """Does the phone meet every hard requirement of the final turn?"""
        return satisfies(phone, self.gold)

    def order_value(self, phone: Phone) -> float | None:
        """The value this case orders by, or None when the case implies no order."""
        if not self.order:
            return None
        return _read(phone, self.order["key"])


def satisfies(phone: Phone, gold: dict[str, Any]) -> bool:
    """Evaluate a gold predicate on one phone (unknown values fail, as a shopper would expect)."""
    devices = gold.get("device", ["phone", "foldable"])
    if phone.device not in devices:
        return False
    if "brand" in gold and phone.brand not in gold["brand"]:
        return False
    if phone.brand in gold.get("not_brand", ()):
        return False
    for market, (lo, hi) in gold.get("price", {}).items():
        if not _within(phone.price(market), lo, hi):
            return False
    for column, (lo, hi) in gold.get("spec", {}).items():
        if not _within(_read(phone, column), lo, hi):
            return False
    if "chipset" in gold:
        pattern = re.compile(r"(?<![\w+])" + re.escape(gold["chipset"]) + r"(?![\w+])", re.IGNORECASE)
        if not (pattern.search(phone.chipset or "") or pattern.search(phone.processor)):
            return False
    if "min_tier" in gold and (phone.chipset_tier or 0) < gold["min_tier"]:
        return False
    if gold.get("5g") and not phone.is_5g:
        return False
    return True


def _read(phone: Phone, key: str) -> float | None:
    if key.startswith("price:"):
        return phone.price(key.split(":", 1)[1])
    if key == "performance":
        return None if phone.chipset_tier is None else float(phone.chipset_tier)
    value = getattr(phone, key)
    return None if value is None else float(value)


def _within(value: float | None, lo: float | None, hi: float | None) -> bool:
    return value is not None and (lo is None or value >= lo) and (hi is None or value <= hi)


def load_cases(path: Path = DEFAULT_CASES) -> list[EvalCase]:
    """Read the JSON-lines case file; AdvisorError names the line of a malformed case."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            case = EvalCase(id=raw["id"], kind=raw["kind"], turns=tuple(raw["turns"]), gold=raw.get("gold", {}),
                            order=raw.get("order"), impossible=bool(raw.get("impossible", False)),
                            unsupported=tuple(raw.get("unsupported", ())))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise AdvisorError(f"{path}:{number}: malformed evaluation case ({exc}).") from None
        if case.kind not in KINDS:
            raise AdvisorError(f"{path}:{number}: kind {case.kind!r} is not one of {', '.join(KINDS)}.")
        cases.append(case)
    return cases
