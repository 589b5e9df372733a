"""Dialogue state: the filters, ordering and taste kept across a conversation, and how a
parsed request changes them.

Rules (each covered by tests/test_dialogue.py):
- constraints accumulate across turns; a new value for a slot replaces the old one
  (numeric bounds replace side by side: "at least 8 GB" then "at most 12 GB" gives 8-12 GB);
- naming a brand as the only one removes it from the exclusions, and excluding it removes it
  from the wanted brands;
- a relative request ("cheaper", "more battery") moves the bound past the first phone shown,
  or without one tightens the budget by 20% / orders by that spec;
- follow-ups ("compare the first two", "show more") never change the filters;
- "start over" returns to an empty state but keeps the language and currency.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from advisor.catalog import Phone
from advisor.request import Bound, Budget, Constraints, Relative, Request, SlotUpdate, Sort

PAGE_SIZE = 5
MAX_INTENTS = 3

# The smallest step that makes "more"/"less" strict for each spec (values are stored as floats).
_STEP = {"price": 1.0, "battery_mah": 1.0, "weight_g": 1.0, "screen_in": 0.01, "ram_gb": 1.0, "storage_gb": 1.0,
         "main_camera_mp": 1.0, "front_camera_mp": 1.0, "year": 1.0}


@dataclass(frozen=True)
class DialogueState:
    """Everything the advisor remembers about one conversation; JSON-serializable."""

    constraints: Constraints = field(default_factory=Constraints)
    sort: Sort | None = None
    intents: tuple[str, ...] = ()
    taste: str = ""
    language: str = "en"
    currency: str = "USD"
    shown: tuple[str, ...] = ()
    offset: int = 0
    turn: int = 0

    def to_json(self) -> str:
        """Serialize for the bot's store."""
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, default=sorted)

    @classmethod
    def from_json(cls, text: str) -> DialogueState:
        """Inverse of to_json; tolerant of fields added later (they take defaults)."""
        raw = json.loads(text)
        c = raw.get("constraints") or {}
        budget = c.get("budget")
        constraints = Constraints(
            budget=Budget(**budget) if budget else None,
            brands=frozenset(c.get("brands", ())),
            exclude_brands=frozenset(c.get("exclude_brands", ())),
            platform=c.get("platform"),
            devices=frozenset(c.get("devices", ())),
            chipset=c.get("chipset"),
            needs_5g=bool(c.get("needs_5g", False)),
            specs=tuple((name, Bound(**b)) for name, b in c.get("specs", ())),
        )
        sort = raw.get("sort")
        return cls(constraints=constraints, sort=Sort(**sort) if sort else None,
                   intents=tuple(raw.get("intents", ())), taste=raw.get("taste", ""),
                   language=raw.get("language", "en"), currency=raw.get("currency", "USD"),
                   shown=tuple(raw.get("shown", ())), offset=int(raw.get("offset", 0)), turn=int(raw.get("turn", 0)))


def apply(state: DialogueState, request: Request, reference: Phone | None = None) -> DialogueState:
    """The state after `request`; `reference` is the first phone of the last answer, for relative requests."""
    base = DialogueState(language=state.language, currency=state.currency) if request.reset else state
    language = request.language if request.text.strip() else base.language
    if request.followup is not None and not request.updates and not request.relative and not request.sort:
        offset = base.offset + PAGE_SIZE if request.followup.kind == "more" else base.offset
        return replace(base, language=language, offset=offset, turn=base.turn + 1)
    constraints, sort, intents = base.constraints, base.sort, list(base.intents)
    for update in request.updates:
        if update.slot == "sort":
            sort = update.value if update.op == "set" else None
        elif update.slot == "intents":
            kept = _set_op(frozenset(intents), update)
            intents = [i for i in intents if i in kept] + sorted(kept - set(intents))
        else:
            constraints = _apply_update(constraints, update)
    if request.sort is not None:
        sort = request.sort
    for intent in request.intents:
        if intent not in intents:
            intents.append(intent)
    intents = intents[-MAX_INTENTS:]
    currency = constraints.budget.currency if constraints.budget else (
        "CNY" if language == "zh" and base.turn == 0 and base.currency == "USD" else base.currency)
    for rel in request.relative:
        constraints, sort = _apply_relative(constraints, sort, rel, reference, currency)
    taste = request.semantic_text.strip() or base.taste
    changed = (constraints, sort, tuple(intents), taste) != (base.constraints, base.sort, base.intents, base.taste)
    return DialogueState(constraints=constraints, sort=sort, intents=tuple(intents), taste=taste,
                         language=language, currency=currency, shown=base.shown,
                         offset=0 if changed or request.reset else base.offset, turn=base.turn + 1)


def _apply_update(c: Constraints, u: SlotUpdate) -> Constraints:
    if u.slot == "budget":
        return replace(c, budget=u.value if u.op == "set" else None)
    if u.slot == "brands":
        brands = _set_op(c.brands, u)
        return replace(c, brands=brands, exclude_brands=c.exclude_brands - brands)
    if u.slot == "exclude_brands":
        excluded = _set_op(c.exclude_brands, u)
        return replace(c, exclude_brands=excluded, brands=c.brands - excluded)
    if u.slot == "devices":
        return replace(c, devices=_set_op(c.devices, u))
    if u.slot == "chipset" and u.op == "set":
        c = replace(c, exclude_chipsets=c.exclude_chipsets - {u.value})
    if u.slot in ("platform", "chipset"):
        return replace(c, **{u.slot: u.value if u.op == "set" else None})
    if u.slot == "needs_5g":
        return replace(c, needs_5g=bool(u.value) if u.op == "set" else False)
    if u.slot in ("exclude_chipsets", "exclude_series"):
        excluded = _set_op(getattr(c, u.slot), u)
        chipset = None if u.slot == "exclude_chipsets" and c.chipset in excluded else c.chipset
        return replace(c, chipset=chipset, **{u.slot: excluded})
    if u.slot == "alternatives":
        return replace(c, alternatives=tuple(u.value) if u.op == "set" and u.value else ())
    if u.slot.startswith("spec:"):
        name = u.slot.split(":", 1)[1]
        specs = dict(c.specs)
        if u.op == "clear" or u.value is None:
            specs.pop(name, None)
        else:
            specs[name] = _merge_bound(specs.get(name), u.value)
        return replace(c, specs=tuple(sorted(specs.items())))
    return c


def _set_op(current: frozenset, u: SlotUpdate) -> frozenset:
    values = frozenset(u.value) if isinstance(u.value, (set, frozenset, list, tuple)) else (
        frozenset({u.value}) if u.value is not None else frozenset())
    if u.op == "set":
        return values
    if u.op == "add":
        return current | values
    if u.op == "remove":
        return current - values
    return frozenset()


def _merge_bound(old: Bound | None, new: Bound) -> Bound:
    if old is None:
        return new
    lo = new.lo if new.lo is not None else old.lo
    hi = new.hi if new.hi is not None else old.hi
    if lo is not None and hi is not None and lo > hi:
        return new  # the new statement contradicts the old one: it wins whole
    return Bound(lo, hi)


def _apply_relative(c: Constraints, sort: Sort | None, rel: Relative, ref: Phone | None,
                    currency: str) -> tuple[Constraints, Sort | None]:
    step = _STEP.get(rel.key, 1.0)
    if rel.key == "price":
        value = ref.price(currency) if ref is not None else None
        if value is None and c.budget is not None and c.budget.hi is not None:
            value = c.budget.hi * 0.8 + step if rel.direction < 0 else c.budget.hi
        if value is None:
            return c, Sort("price", descending=rel.direction > 0)
        budget = Budget(currency, hi=value - step) if rel.direction < 0 else Budget(currency, lo=value + step)
        return replace(c, budget=budget), sort
    value = ref.spec(rel.key) if ref is not None and rel.key != "performance" else None
    if value is None:
        return c, Sort(rel.key, descending=rel.direction > 0)
    bound = Bound(lo=value + step) if rel.direction > 0 else Bound(hi=value - step)
    specs = dict(c.specs)
    specs[rel.key] = _merge_bound(specs.get(rel.key), bound)
    return replace(c, specs=tuple(sorted(specs.items()))), sort


def state_dict(state: DialogueState) -> dict[str, Any]:
    """A plain dict of the state (for JSON output)."""
    return json.loads(state.to_json())

