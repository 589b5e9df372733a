"""Exact-match scoring by extension: does the advisor's state admit exactly the phones the gold admits?

Two constraint states are equal when they admit the same set of catalog phones, whatever their form
("android" and "not Apple" are the same filter). The advisor's side is its own filter
(`advisor.ranking.match.Columns.mask`, what its answers are built from); the gold's side is
`advisor.evaluation.cases.satisfies`, written independently. Per slot, both sides are restricted to
that slot's part (the advisor's `Constraints` fields of the slot, the gold's keys of the slot) and
compared on every device kind, so a budget is judged as a budget even when the request named tablets.
Constraint fields added to `Constraints` later are found by name; a field no slot claims is scored as
"other", which any constraint there fails (the gold never asks for one).
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from advisor.catalog.model import Catalog
from advisor.evaluation.cases import ALL_DEVICES, satisfies
from advisor.ranking.match import Columns
from advisor.understanding.request import Constraints, Sort

SLOTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "budget": (("price",), ("budget",)),
    "brand": (("brand", "not_brand"), ("brands", "exclude_brands", "platform")),
    "series": (("series", "model_has", "not_series"), ("series", "exclude_series")),
    "device": (("device",), ("devices",)),
    "chipset": (("chipset", "not_chipset"), ("chipset", "exclude_chipsets")),
    "5g": (("5g",), ("needs_5g",)),
    "alternatives": (("any_of",), ("alternatives",)),
}
"""Slot -> (its gold keys, its Constraints fields). Numeric specs are slots "spec:<name>" over the
`specs` field; "chip_score" is the spec slot of a chip comparison (gold keys chip_at_least, chip_above)."""
CHIP_KEYS = ("chip_at_least", "chip_above")
SPEC_FIELD = "specs"
CHIP_SCORE = "chip_score"
ALL = frozenset(ALL_DEVICES)


def constraint_fields() -> tuple[str, ...]:
    """The fields of `Constraints` as the installed advisor defines them."""
    return tuple(f.name for f in dataclasses.fields(Constraints))


def gold_slots(gold: dict[str, Any]) -> tuple[str, ...]:
    """The slots a gold predicate names."""
    slots = {slot for slot, (keys, _) in SLOTS.items() if any(k in gold for k in keys)}
    slots.update(f"spec:{name}" for name in gold.get("spec", {}))
    if any(key in gold for key in CHIP_KEYS):
        slots.add(f"spec:{CHIP_SCORE}")
    return tuple(sorted(slots))


def _spec_name(slot: str) -> str | None:
    return slot.split(":", 1)[1] if slot.startswith("spec:") else None


def restrict_constraints(c: Constraints, slots: Iterable[str]) -> Constraints:
    """`c` keeping only the given slots' fields; every device kind is allowed unless "device" is kept."""
    slots = set(slots)
    present = set(constraint_fields())
    kept: dict[str, Any] = {"devices": c.devices if "device" in slots else ALL}
    for slot in slots:
        for name in SLOTS.get(slot, ((), ()))[1]:
            if name in present and name != "devices":
                kept[name] = getattr(c, name)
        if slot == "other":
            kept.update({name: getattr(c, name) for name in _unclaimed_fields()})
    specs = {_spec_name(s) for s in slots} - {None}
    kept[SPEC_FIELD] = tuple((n, b) for n, b in getattr(c, SPEC_FIELD, ()) if n in specs)
    return dataclasses.replace(Constraints(), **kept)


def restrict_gold(gold: dict[str, Any], slots: Iterable[str]) -> dict[str, Any]:
    """The gold keeping only the given slots' keys; every device kind is allowed unless "device" is kept."""
    slots = set(slots)
    kept: dict[str, Any] = {"device": gold.get("device", ["phone", "foldable"]) if "device" in slots else ALL_DEVICES}
    for slot in slots:
        for key in SLOTS.get(slot, ((), ()))[0]:
            if key in gold and key != "device":
                kept[key] = gold[key]
    spec = {n: b for n, b in gold.get("spec", {}).items() if f"spec:{n}" in slots}
    if spec:
        kept["spec"] = spec
    if f"spec:{CHIP_SCORE}" in slots:
        kept.update({key: gold[key] for key in CHIP_KEYS if key in gold})
    return kept


def _unclaimed_fields() -> tuple[str, ...]:
    claimed = {name for _, names in SLOTS.values() for name in names} | {SPEC_FIELD}
    return tuple(n for n in constraint_fields() if n not in claimed)


def alternative_slots(gold: dict[str, Any]) -> set[str]:
    """Slots an OR's sides speak about: scored together with the OR, since a correct parse may put
    a part both sides share on the outside ("tablets: an iPad or a Samsung")."""
    inner: set[str] = set()
    for alt in gold.get("any_of", ()):
        inner.update(gold_slots(alt))
    return inner


class Judge:
    """Admitted-phone sets of the advisor's constraints and of gold predicates over one catalog."""

    def __init__(self, catalog: Catalog):
        self.phones = list(catalog)
        self.columns = Columns(self.phones)
        self._gold_cache: dict[str, np.ndarray] = {}

    def gold_mask(self, gold: dict[str, Any]) -> np.ndarray:
        """Phones the gold admits (cached: many requests share a slot's gold)."""
        key = json.dumps(gold, sort_keys=True)
        if key not in self._gold_cache:
            self._gold_cache[key] = np.array([satisfies(p, gold) for p in self.phones], dtype=bool)
        return self._gold_cache[key]

    def advisor_mask(self, c: Constraints) -> np.ndarray:
        """Phones the advisor's constraints admit (its own filter)."""
        return self.columns.mask(c)

    def same(self, c: Constraints, gold: dict[str, Any]) -> bool:
        """Extensional equality of a whole constraint state and a gold predicate."""
        return bool(np.array_equal(self.advisor_mask(c), self.gold_mask(gold)))

    def same_except(self, c: Constraints, gold: dict[str, Any], loose: Iterable[str] = ()) -> bool:
        """`same`, leaving the `loose` slots out of the comparison (a budget in an unknown currency)."""
        if not loose:
            return self.same(c, gold)
        specs = {f"spec:{n}" for n, _ in getattr(c, SPEC_FIELD, ())} | set(gold_slots(gold))
        slots = (set(SLOTS) | specs | {"other"}) - set(loose)
        return self._same_part(c, gold, slots)

    def slot_results(self, c: Constraints, gold: dict[str, Any], loose: Iterable[str] = ()) -> dict[str, bool]:
        """Per slot the gold names (an OR together with its sides' slots): right or not; plus
        "spurious:<slot>" for a slot the gold leaves free but the advisor constrained."""
        named = set(gold_slots(gold)) - set(loose)
        groups = {slot: {slot} for slot in named}
        if "alternatives" in named:
            inner = alternative_slots(gold)
            groups = {slot: group for slot, group in groups.items() if slot not in inner}
            groups["alternatives"] = {"alternatives"} | inner
        results = {slot: self._same_part(c, gold, group) for slot, group in groups.items()}
        covered = set().union(*groups.values()) if groups else set()
        for slot in self.free_slots(c, covered, loose):
            if not self._same_part(c, gold, {slot}):
                results[f"spurious:{slot}"] = False
        return results

    def _same_part(self, c: Constraints, gold: dict[str, Any], slots: set[str]) -> bool:
        return bool(np.array_equal(self.advisor_mask(restrict_constraints(c, slots)),
                                   self.gold_mask(restrict_gold(gold, slots))))

    @staticmethod
    def free_slots(c: Constraints, covered: set[str], loose: Iterable[str]) -> list[str]:
        """Slots the gold leaves free, where a constraint would have been read into the request."""
        specs = {f"spec:{n}" for n, _ in getattr(c, SPEC_FIELD, ())}
        candidates = set(SLOTS) | specs | ({"other"} if _unclaimed_fields() else set())
        return sorted(candidates - covered - set(loose))


def order_right(order: dict[str, Any] | None, sort: Sort | None) -> bool | None:
    """Whether the advisor orders as the gold says (None when the gold names no order)."""
    if not order:
        return None
    return sort is not None and sort.key == order["key"].split(":")[0] and sort.descending == bool(order["desc"])


@dataclass
class SlotTally:
    """Exact-match counts of one group of requests (a language, a split)."""

    requests: int = 0
    exact: int = 0
    slots: Counter = field(default_factory=Counter)
    slots_right: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)
    by_noise: Counter = field(default_factory=Counter)
    exact_by_noise: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (id, text, wrong slots)
    seconds: float = 0.0

    def add(self, case_id: str, text: str, exact: bool, slots: dict[str, bool], noise: tuple[str, ...] = ()) -> None:
        """Count one request: whole-state exactness, each slot's result, and exactness under each kind of noise
        the request carries ("clean" when none)."""
        self.requests += 1
        self.exact += exact
        for name in noise or ("clean",):
            self.by_noise[name] += 1
            self.exact_by_noise[name] += exact
        for slot, right in slots.items():
            if slot.startswith("spurious:"):
                self.spurious[slot.split(":", 1)[1]] += 1
                continue
            self.slots[slot] += 1
            self.slots_right[slot] += right
        if not exact:
            self.failures.append((case_id, text, tuple(s for s, ok in slots.items() if not ok)))

    def rate(self) -> float:
        """Share of requests whose whole state was exactly right."""
        return self.exact / self.requests if self.requests else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Figures for --json output."""
        return {"requests": self.requests, "exact": round(self.rate(), 3),
                "slots": {s: {"n": n, "exact": round(self.slots_right[s] / n, 3)} for s, n in sorted(self.slots.items())},
                "spurious": dict(sorted(self.spurious.items())),
                "noise": {name: {"n": n, "exact": round(self.exact_by_noise[name] / n, 3)}
                          for name, n in sorted(self.by_noise.items())}}


Parse = Callable[[Sequence[str]], tuple[Constraints, Sort | None]]
"""turns -> (the advisor's constraints after the last turn, its ordering)."""


def parser_parse(advisor) -> Parse:
    """Run turns through the public parser and state update (`understand` + `dialogue.apply`), without
    ranking or explaining: the same state a session reaches, fast enough for thousands of requests."""
    from advisor.dialogue.state import DialogueState, apply
    from advisor.understanding.understand import understand

    vocabulary = advisor.resources.vocabulary

    def run(turns: Sequence[str]) -> tuple[Constraints, Sort | None]:
        state = DialogueState()
        for turn in turns:
            state = apply(state, understand(turn, vocabulary))
        return state.constraints, state.sort

    return run


def score_generated(judge: Judge, parse: Parse, cases) -> SlotTally:
    """Exact-match tally of generated cases (advisor.evaluation.generator.GeneratedCase)."""
    tally = SlotTally()
    started = time.perf_counter()
    for case in cases:
        constraints, sort = parse([case.text])
        slots = judge.slot_results(constraints, case.gold)
        right_order = order_right(case.order, sort)
        if right_order is not None:
            slots["sort"] = right_order
        exact = judge.same(constraints, case.gold) and right_order is not False
        tally.add(case.id, case.text, exact, slots, case.noise)
    tally.seconds = time.perf_counter() - started
    return tally


def generated_table(title: str, tallies: dict[str, SlotTally]) -> str:
    """Exact-match rate per language (columns) overall and per slot (rows), with counts."""
    languages = list(tallies)
    head = f"{title}\n{'slot':<22}" + "".join(f"{lang.upper() + ' exact':>12}{'n':>6}" for lang in languages)
    lines = [head, f"{'whole request':<22}" + "".join(f"{t.rate():>12.3f}{t.requests:>6}" for t in tallies.values())]
    slots = sorted({s for t in tallies.values() for s in t.slots})
    for slot in slots:
        cells = ""
        for t in tallies.values():
            n = t.slots[slot]
            cells += f"{t.slots_right[slot] / n:>12.3f}{n:>6}" if n else f"{'-':>12}{0:>6}"
        lines.append(f"{slot:<22}{cells}")
    spurious = sorted({s for t in tallies.values() for s in t.spurious})
    for slot in spurious:
        lines.append(f"{'read into: ' + slot:<22}" + "".join(f"{'':>12}{t.spurious[slot]:>6}" for t in tallies.values()))
    return "\n".join(lines)


def noise_rates(tally: SlotTally) -> str:
    """Whole-request exactness of clean requests and of those with each kind of noise, with counts."""
    names = sorted(tally.by_noise, key=lambda name: (name != "clean", name))
    return ", ".join(f"{name} {tally.exact_by_noise[name] / tally.by_noise[name]:.3f} (n {tally.by_noise[name]})"
                     for name in names)


def failure_counts(tally: SlotTally) -> str:
    """Failures counted by wrong slot, without the request texts (for the held-out part)."""
    counts = Counter(slot for _, _, slots in tally.failures for slot in slots)
    return ", ".join(f"{slot} {n}" for slot, n in counts.most_common()) or "none"
