"""Dialogue state: the filters, ordering and taste kept across a conversation, and how a
parsed request changes them.

Rules (each covered by tests/test_dialogue.py):
- constraints accumulate across turns; a new value for a slot replaces the old one
  (numeric bounds replace side by side: "at least 8 GB" then "at most 12 GB" gives 8-12 GB, and "under $600"
  then "at least $300" gives $300-600);
- naming a brand as the only one removes it from the exclusions, and excluding it removes it
  from the wanted brands;
- a relative request moves the bound past the phones the shopper looks at (the phone(s) the last answer was
  about, else the last list): "cheaper" below their median price (below the one phone in focus: "cheaper than
  that"), "more battery" and "lighter" noticeably past the first of them (500 mAh, 10 g; not 1); without shown
  phones "cheaper" tightens the budget by 20%.
  After a plain list with no budget "cheaper" is the same move: cheaper than what she was shown, as a whole (below
  the cheapest shown would skip the phones just under the ones she saw; below the top pick alone would keep most of
  the list and read the ranking's order as her choice). "I can spend a bit more" lifts a ceiling instead
  (advisor/dialogue/stretch.py);
  with nothing to move from, a relative word that says a vague need ("便宜点", "lighter", "more battery")
  adds that need, combined with the others in the ranking, and any other orders by its spec;
- an explicit value beats a relative word in the same message ("cheaper, under $600" -> at most $600);
- a correction ("actually I meant at most 6.7 inches") replaces a bound whole instead of merging it;
- loosening ("Samsung is fine", "小米其实也可以") removes the brands from the exclusions and never makes
  them the only wanted brands;
- follow-ups ("compare the first two", "show more") never change the filters;
- "start over" returns to a new shopper's empty state (see Session.reset); typed by the shopper it stays a step in the
  history, so an undo ("回到清空之前的条件") brings the search before it back, while the /reset command starts a new
  shopper with no history;
- every turn that changes the search is recorded in a bounded history (`Step`: the state before it,
  the changes and why), so "undo" restores the previous state exactly and "back to my phone" restores
  the phone search that a tablet detour interrupted;
- a search for someone else ("now one for my dad", "a tablet for my daughter") starts from what its message says,
  and "and for myself?" restores the shopper's own search as it was.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from advisor.catalog.model import Phone
from advisor.explain.answer import Change
from advisor.understanding.brands import brand_asked_outright
from advisor.understanding.request import (
    DEFAULT_DEVICES,
    Bound,
    Budget,
    Constraints,
    Language,
    Relative,
    Request,
    SlotUpdate,
    Sort,
    merge_bounds,
)
from advisor.understanding.talk import says_only

PAGE_SIZE = 5
MAX_INTENTS = 3
HISTORY_LIMIT = 10
"""Steps kept for "undo" and topic returns; older ones are dropped (the state stays small in the bot's store)."""

# The smallest step that makes "more"/"less" strict for each spec (values are stored as floats).
_STORAGE_SIZES = frozenset({16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0})
"""Storage capacities phones are sold in: only a bare figure of one of them continues a storage filter in force."""
_STEP = {"price": 1.0, "battery_mah": 1.0, "weight_g": 1.0, "screen_in": 0.01, "ram_gb": 1.0, "storage_gb": 1.0,
         "main_camera_mp": 1.0, "front_camera_mp": 1.0, "year": 1.0, "rear_cameras": 1.0}


_NOTICEABLE = {"battery_mah": 500.0, "weight_g": 10.0, "screen_in": 0.2}
"""How far past the phone looked at a relative word moves a spec whose next figure up is no difference a shopper
would notice: "more battery" after a 6,000 mAh phone means a battery that lasts noticeably longer (about a tenth
more, the step battery sizes are sold in), not 6,001 mAh; "lighter" than a 190 g phone means one that feels lighter
in the hand (about 5% less), not 189 g; a "bigger screen" than a 6.1-inch one is the next size class up (sizes are
sold about 0.2 in apart: 6.1, 6.3, 6.5, 6.7), not 6.11 in."""

MEMORY_SIZES = {"ram_gb": (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.0, 16.0, 18.0, 20.0, 24.0, 32.0),
                "storage_gb": (8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0)}
"""The sizes phones are sold with: "more ram" than 6 GB is 8 GB or more (no phone has 7), so the bound says 8."""

_OPPOSITE_INTENTS = {"compact": "big_screen", "big_screen": "compact"}
"""Needs no phone meets both: the newer one said replaces the other."""


@dataclass(frozen=True)
class DialogueState:
    """Everything the advisor remembers about one conversation; JSON-serializable."""

    constraints: Constraints = field(default_factory=Constraints)
    sort: Sort | None = None
    intents: tuple[str, ...] = ()
    taste: str = ""
    language: Language = "en"
    currency: str = "USD"
    shown: tuple[str, ...] = ()
    offset: int = 0
    turn: int = 0
    history: tuple[Step, ...] = ()  # oldest first, at most HISTORY_LIMIT
    focus: tuple[str, ...] = ()  # ids of the phone(s) the last answer was about; "it"/"that" point there
    owner: str = ""  # whom the search is for: "" the shopper, else the person named ("dad", "女儿")
    compared: tuple[str, ...] = ()  # ids of the phones last compared; "the other one" after opening one is the other
    compared_from: str = ""  # the phone in focus when that comparison was asked: "另一个呢" right after it is the other
    # Hong Kong dollars named in an earlier message ("预算3000港币"): a later bare Cantonese 蚊 counts them, not yuan
    hong_kong_dollars: bool = False

    @property
    def topic(self) -> str:
        """What is being shopped for: "tablet" when only tablets are wanted, else "phone"."""
        return "tablet" if self.constraints.devices == frozenset({"tablet"}) else "phone"

    def search(self) -> tuple:
        """The parts that decide which phones are shown and in which order."""
        return self.constraints, self.sort, self.intents, self.taste, self.offset

    def to_json(self) -> str:
        """Serialize for the bot's store."""
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, default=sorted)

    @classmethod
    def from_json(cls, text: str) -> DialogueState:
        """Inverse of to_json; tolerant of fields added later (they take defaults)."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> DialogueState:
        """The state from its asdict() form (history included)."""
        constraints = _constraints(raw.get("constraints") or {})
        sort = raw.get("sort")
        return cls(constraints=constraints, sort=Sort(**sort) if sort else None,
                   intents=tuple(raw.get("intents", ())), taste=raw.get("taste", ""),
                   language=raw.get("language", "en"), currency=raw.get("currency", "USD"),
                   shown=tuple(raw.get("shown", ())), offset=int(raw.get("offset", 0)), turn=int(raw.get("turn", 0)),
                   history=tuple(Step.from_dict(step) for step in raw.get("history", ())),
                   focus=tuple(raw.get("focus", ())), owner=str(raw.get("owner", "")),
                   compared=tuple(raw.get("compared", ())), compared_from=str(raw.get("compared_from", "")),
                   hong_kong_dollars=bool(raw.get("hong_kong_dollars", False)))


def _constraints(raw: dict[str, Any]) -> Constraints:
    """Constraints from their JSON form: sets come back as lists, fields unknown to this version are ignored."""
    budget = raw.get("budget")
    values: dict[str, Any] = {
        "budget": Budget(**budget) if budget else None,
        "specs": tuple((name, Bound(**b)) for name, b in raw.get("specs", ())),
        "alternatives": tuple(_constraints(a) for a in raw.get("alternatives", ())),
    }
    for f in fields(Constraints):
        if f.name not in values and f.name in raw:
            value = raw[f.name]
            values[f.name] = frozenset(value) if isinstance(value, list) else value
    known = {f.name for f in fields(Constraints)}
    return Constraints(**{k: v for k, v in values.items() if k in known})


@dataclass(frozen=True)
class Step:
    """One recorded turn: the state before it, what it changed, and why (the kind of move)."""

    before: DialogueState  # with an empty history of its own
    changes: tuple[Change, ...] = ()
    why: str = "refine"  # refine | correct | loosen | relative | clear | switch | return | more | undo (one filter) | unread

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Step:
        """Inverse of asdict()."""
        return cls(before=DialogueState.from_dict(raw.get("before") or {}),
                   changes=tuple(Change(**change) for change in raw.get("changes", ())), why=raw.get("why", "refine"))


def record(before: DialogueState, after: DialogueState, changes: tuple[Change, ...], why: str) -> DialogueState:
    """`after` with the step from `before` appended to its history (when the search changed)."""
    if before.search() == after.search():
        return after
    step = Step(replace(before, history=()), changes, why)
    return replace(after, history=(before.history + (step,))[-HISTORY_LIMIT:])


def record_unread(state: DialogueState, before: DialogueState | None = None) -> DialogueState:
    """`state` with a step that changed nothing appended: a message in which nothing was read is still the shopper's
    last word, so "undo" right after it takes back that message (nothing), not the change before it. `before`: the
    state before the message where it changed what the search keeps besides it (the money 蚊 counts)."""
    step = Step(replace(before if before is not None else state, history=()), (), "unread")
    return replace(state, history=(state.history + (step,))[-HISTORY_LIMIT:])


def undo(state: DialogueState, steps: int = 1) -> DialogueState | None:
    """The state before the last `steps` recorded changes of the search, exactly (the history before them kept);
    None when fewer are recorded ("undo the last 3 changes" after two changes goes nowhere rather than to the start).
    Page moves ("show more") are no change a shopper takes back: "5G", "more", then "undo" drops the 5G, and the page
    moves since go with it; with only page moves recorded, "undo" goes back one page."""
    history = state.history
    changes = _undoable(history)
    if not 0 < steps <= len(changes):
        return None
    n = changes[-steps]
    return replace(history[n].before, history=history[:n])


def before_last_change(state: DialogueState) -> DialogueState | None:
    """The state before the latest step that changed the search, as `undo` gives it, passing over the messages in which
    nothing was read since: a filter said back or dropped after them ("5G 那個條件先拿掉" after "最好有 5G" and a
    question the advisor could not read) still takes that change back. None when no change is recorded."""
    changes = _undoable(state.history)
    steps = next((k for k in range(1, len(changes) + 1) if state.history[changes[-k]].why != "unread"), None)
    return undo(state, steps) if steps is not None else None


def steps_back_to_brands(state: DialogueState, brands: frozenset[str]) -> int | None:
    """How many steps `undo` goes back to reach the latest earlier search that wanted just `brands` ("go back to the
    iphones" after "actually no, a samsung"); None when the search in force wants them already or none did."""
    if not brands or state.constraints.brands == brands:
        return None
    changes = _undoable(state.history)
    return next((k for k in range(1, len(changes) + 1) if state.history[changes[-k]].before.constraints.brands == brands),
                None)


def steps_to_reset(state: DialogueState) -> int | None:
    """How many steps `undo` goes back to reach the search before the latest start-over ("回到清空之前的条件" after
    "清空", "小屏的"); None when the history holds no start-over."""
    changes = _undoable(state.history)
    return next((len(changes) - k for k, n in reversed(list(enumerate(changes))) if state.history[n].why == "reset"), None)


def undoable(state: DialogueState) -> int:
    """How many steps `undo` can go back: the changes of the search ("show more" is none), or the page moves alone."""
    return len(_undoable(state.history))


def _undoable(history: tuple[Step, ...]) -> list[int]:
    return [n for n, step in enumerate(history) if step.why != "more"] or list(range(len(history)))


def topic_return(state: DialogueState, topic: str) -> DialogueState | None:
    """The latest earlier state about `topic` ("phone" after a tablet detour), with the history before it."""
    for n in range(len(state.history) - 1, -1, -1):
        before = state.history[n].before
        if before.topic == topic and before.turn > 0:
            return replace(before, history=state.history[:n])
    return None


def owner_return(state: DialogueState, owner: str) -> DialogueState | None:
    """The latest earlier state of the search for `owner` ("" the shopper's own, "dad" ...), with the history before it:
    "and for myself?" after a search for someone else, "and for my dad again?" after one's own."""
    for n in range(len(state.history) - 1, -1, -1):
        before = state.history[n].before
        if before.owner == owner and before.turn > 0:
            return replace(before, history=state.history[:n])
    return None


def continued_bound(state: DialogueState, value: float, side: str | None, slot: str | None = None,
                    correction: bool = False) -> SlotUpdate | None:
    """The update a number without a unit makes ("less, 12 is enough"): it continues the numeric filter the
    conversation last changed and whose scale it has (within a factor of 5 of the bound it replaces; of the filters
    one turn changed, the closest in scale; a storage filter only with a storage size, and first: "make it 256" after
    "under $500 with 128GB"), on `side` ("lo" / "hi") or else on the one side that filter bounds; `slot`: the filter the message names
    ("less storage, 256 will do"), the only one it may continue. With `correction`, a side said against a filter bounded
    only on the other side turns it ("6.8 inches or more", then "wait no, I meant 6.8 at most"): the side in force was
    misspoken, so the new bound holds the side said alone. None when there is no such filter."""
    for step in reversed(state.history):
        fits: list[tuple[float, SlotUpdate]] = []
        for change in step.changes:
            if slot is not None and change.slot != slot:
                continue
            budget = state.constraints.budget if change.slot == "budget" else None
            if budget is not None and budget.around is not None and budget.around / 5 <= value <= budget.around * 5:
                # "make it 400" after "around $500": around the new figure
                fits.append((abs(math.log(value / budget.around)), SlotUpdate("budget", "set", _around(budget, value))))
                continue
            bound = budget.bound if budget is not None else (
                state.constraints.spec(change.slot[5:]) if change.slot.startswith("spec:") else None)
            if bound is None:
                continue
            bounded = side or ("lo" if bound.hi is None else "hi" if bound.lo is None else None)
            old = getattr(bound, bounded) if bounded else None
            turned = correction and side is not None and old is None
            if turned:
                old = bound.hi if side == "lo" else bound.lo  # the misspoken side gives the scale
            if old is None or old <= 0 or not old / 5 <= value <= old * 5:
                continue  # "16GB RAM under $900", then "12 is enough": the RAM, not the budget
            if turned:
                new = Bound(lo=value) if side == "lo" else Bound(hi=value)
            else:
                new = replace(bound, lo=value) if bounded == "lo" else replace(bound, hi=value)
            update = SlotUpdate(change.slot, "set", replace(budget, lo=new.lo, hi=new.hi, around=None) if budget else new)
            if change.slot == "spec:storage_gb":
                if value not in _STORAGE_SIZES:
                    continue  # "make it 256", then "up it to 600": storage comes in sizes; 600 is the budget
                fits.append((-1.0, update))
            else:
                fits.append((abs(math.log(value / old)), update))
        if fits:
            return min(fits, key=lambda fit: fit[0])[1]
    return None


def corrected_bound(state: DialogueState, old: float, new: float) -> SlotUpdate | None:
    """The update a corrected number makes ("I said 8GB but I meant 12", "是5000不是4000"): the one bound in force
    that holds `old` now holds `new`, on the same side; None when no bound, or more than one, holds `old`."""
    budget = state.constraints.budget
    if budget is not None and budget.around is not None and abs(budget.around - old) < 1e-9:
        return SlotUpdate("budget", "set", _around(budget, new))  # "I said 400 not 500" after "around $500"
    bounds = [("budget", budget.bound)] if budget is not None else []
    bounds += [(f"spec:{name}", bound) for name, bound in state.constraints.specs]
    found = [(slot, bound, side) for slot, bound in bounds for side in ("lo", "hi")
             if getattr(bound, side) is not None and abs(getattr(bound, side) - old) < 1e-9]
    centred = [(slot, bound, bound.lo, bound.hi) for slot, bound in bounds[1 if budget is not None else 0:]
               if bound.lo is not None and bound.hi is not None and abs((bound.lo + bound.hi) / 2 - old) < 1e-6]
    if not found and len(centred) == 1:
        # "I meant 6.1 not 6.7" after "a 6.7\" screen" (read as a window about 6.7): the window moves to the new figure
        slot, bound, lo, hi = centred[0]
        return SlotUpdate(slot, "set", replace(bound, lo=round(lo + new - old, 6), hi=round(hi + new - old, 6)))
    if not found and old < 1000 <= new:
        # "sorry meant 80000 not 60" under a cap of 60000: the figure taken back is said in thousands, as "60k" is,
        # when the one meant is in the thousands
        return corrected_bound(state, old * 1000, new)
    if len(found) != 1:
        return None
    slot, bound, side = found[0]
    fixed = replace(bound, lo=new) if side == "lo" else replace(bound, hi=new)
    if slot == "budget" and budget is not None:
        return SlotUpdate(slot, "set", replace(budget, lo=fixed.lo, hi=fixed.hi, around=None))
    return SlotUpdate(slot, "set", fixed)


def _around(budget: Budget, figure: float) -> Budget:
    """A budget said with "around" moved to another figure, its tolerance the same share of it."""
    scale = figure / budget.around if budget.around else 1.0
    return replace(budget, around=figure, lo=None if budget.lo is None else budget.lo * scale,
                   hi=None if budget.hi is None else budget.hi * scale)


def apply(state: DialogueState, request: Request, reference: Phone | None = None, *,
          shown: Sequence[Phone] = (), loosen: bool = False, correction: bool = False) -> DialogueState:
    """The state after `request`.

    shown: the phones of the last answer, which relative requests ("cheaper") move away from
    (`reference` alone stands for a one-phone list); loosen: the message allows what it names
    ("Samsung is fine"); correction: the message corrects an earlier one ("actually I meant ...").
    """
    shown = tuple(shown) or ((reference,) if reference is not None else ())
    base = DialogueState() if request.reset else state  # a new shopper: nothing carries over
    language = request.language if request.text.strip() else base.language
    if request.followup is not None and not request.updates and not request.relative and not request.sort:
        offset = base.offset + PAGE_SIZE if request.followup.kind == "more" else base.offset
        return replace(base, language=language, offset=offset, turn=base.turn + 1)
    constraints, sort, intents = base.constraints, base.sort, list(base.intents)
    updates = request.updates
    if not says_only(request.text) and (one := _alternative_named(constraints, updates)) is not None:
        # "let the samsung go up to 450 as well" under "a pixel under $500 or a samsung under $400": the brand names
        # the one alternative its figures are for; the other alternatives and the filters they share stay ("only
        # samsung under $350" wants that brand alone)
        alternative = constraints.alternatives[one]
        for update in updates:
            if update.slot != "brands":
                alternative = _apply_update(alternative, update, replace_bounds=True)
        constraints = replace(constraints, alternatives=constraints.alternatives[:one] + (alternative,)
                              + constraints.alternatives[one + 1:])
        updates = ()
    for update in updates:
        update = dropped_as_refused(update, base.constraints)
        if update.slot == "brands" and update.op == "add" and base.turn == 0 and not constraints.brands \
                and not constraints.exclude_brands & frozenset(update.value) \
                and (any(other.slot != "brands" for other in request.updates) or brand_asked_outright(request.text)):
            # a conversation's first message has no wanted brands before it to add to: its "also" or "and" joins the
            # brand to the message's other asks ("yo, also Samsung that is not a Galaxy S", "oh and Huawei without Nova");
            # a brand offered alone ("荣耀也行", "Xiaomi too") says any brand will do, and sets no list; asked for outright
            # ("plus iphone plz ty", "plus brand: Vivo or Realme") it is the brand wanted
            update = replace(update, op="set")
        if update.slot == "sort":
            sort = update.value if update.op == "set" else None
        elif update.slot == "intents":
            kept = _set_op(frozenset(intents), update)
            intents = [i for i in intents if i in kept] + sorted(kept - set(intents))
        elif loosen and update.slot == "brands" and update.op in ("set", "add") and (
                constraints.brands or constraints.exclude_brands & frozenset(update.value)):
            # "Samsung is fine actually" lifts a refusal; with nothing to lift, "OPPO除了Reno都可以" is a wish
            constraints = _allow_brands(constraints, _set_op(frozenset(), replace(update, op="set")))
        elif loosen and update.slot == "chipset" and update.op == "set" and update.value in constraints.exclude_chipsets:
            # "Snapdragon is fine actually" after "no Snapdragon" lifts the refusal; it is no wish for Snapdragon
            constraints = replace(constraints, exclude_chipsets=constraints.exclude_chipsets - {update.value})
        elif loosen and update.slot == "series" and update.op in ("set", "add") and (
                _series_names(update.value) & constraints.exclude_series):
            # "galaxy a is fine actually" after "not a galaxy a" lifts that refusal; it is no wish for Galaxy A alone
            constraints = replace(constraints, exclude_series=constraints.exclude_series - _series_names(update.value))
        elif loosen and update.slot == "series" and update.op in ("set", "add") and constraints.series:
            # "a galaxy A would be fine too" with Galaxy S wanted: the series joins the wanted ones, as a brand allowed does
            constraints = _apply_update(constraints, replace(update, op="add"))
        elif loosen and update.slot == "devices" and update.op in ("set", "add") and (
                constraints.devices or _set_op(frozenset(), update) <= DEFAULT_DEVICES):
            # "foldables are fine" (after "no foldables"), "phones are ok too" (on tablets): the kinds join those in
            # force, never narrow the search to them; back to phones and foldables is the default (no filter).
            # With no kind in force, "平板都行" is a wish for tablets, as "OPPO都可以" is for OPPO
            devices = (constraints.devices or DEFAULT_DEVICES) | _set_op(frozenset(), update)
            constraints = replace(constraints, devices=frozenset() if devices == DEFAULT_DEVICES else devices)
        else:
            constraints = _apply_update(constraints, update, replace_bounds=correction or _moved_past(update, request))
    if request.sort is not None:
        sort = request.sort
    for intent in request.intents:
        if intent not in intents:
            # a need replaces its opposite in force: "其实大屏也可以" after "屏幕别太大" no longer wants a small phone
            intents = [i for i in intents if i != _OPPOSITE_INTENTS.get(intent)] + [intent]
    currency = constraints.budget.currency if constraints.budget else (
        "CNY" if language == "zh" and base.turn == 0 and base.currency == "USD" else base.currency)
    stated = {u.slot for u in request.updates if u.op == "set"}
    for rel in request.relative:
        if ("budget" if rel.key == "price" else f"spec:{rel.key}") in stated:
            continue  # an explicit value beats a relative word: "cheaper, under $600" is at most $600
        need = _RELATIVE_NEEDS.get((rel.key, rel.direction))
        if need is not None and not _has_reference(constraints, rel, shown):
            # "便宜点" with nothing to be cheaper than is a vague need: it joins the others ("玩原神不卡")
            # in the ranking instead of a strict cheapest-first order that would override them
            if need not in intents:
                intents.append(need)
            continue
        constraints, sort = _apply_relative(constraints, sort, rel, shown, currency)
    intents = intents[-MAX_INTENTS:]
    taste = request.semantic_text.strip() or base.taste
    changed = (constraints, sort, tuple(intents), taste) != (base.constraints, base.sort, base.intents, base.taste)
    return replace(base, constraints=constraints, sort=sort, intents=tuple(intents), taste=taste,
                   language=language, currency=currency,
                   offset=0 if changed or request.reset else base.offset, turn=base.turn + 1)


def _alternative_named(constraints: Constraints, updates: Sequence[SlotUpdate]) -> int | None:
    """The index of the one alternative whose brands a message wishes for, when its other updates are bounds that
    alternative holds (budget or spec): the figures are that alternative's, not a new wish for its brand alone."""
    wished = [u for u in updates if u.slot == "brands"]
    others = [u for u in updates if u.slot != "brands"]
    if len(wished) != 1 or wished[0].op not in ("set", "add") or not others \
            or any(u.op != "set" or (u.slot != "budget" and not u.slot.startswith("spec:")) for u in others):
        return None
    named = [n for n, alt in enumerate(constraints.alternatives) if alt.brands == frozenset(wished[0].value)]
    return named[0] if len(named) == 1 else None


def _series_names(value) -> frozenset[str]:
    """The series names of a series update's (brand, series) pairs."""
    return frozenset(pair[1] for pair in value)


def _on_platform(brand: str, platform: str) -> bool:
    """True when the brand makes phones of the platform (Apple makes the iOS phones, and only those)."""
    return (brand == "Apple") == (platform == "ios")


def _platform_let_go(c: Constraints, named: frozenset[str]) -> Constraints:
    """"苹果也行", "apple is fine too" after "android phones": a brand the platform in force rules out joins what the
    platform let in, so the platform goes, and what it let in stays wanted (the iOS of "iphone only, samsung is ok
    too" is Apple's phones)."""
    if c.platform is None or all(_on_platform(b, c.platform) for b in named):
        return c
    return replace(c, platform=None, brands=c.brands or (frozenset({"Apple"}) if c.platform == "ios" else c.brands))


def _allow_brands(c: Constraints, named: frozenset[str]) -> Constraints:
    """"X is fine": X leaves the exclusions; it joins the wanted brands only when there is such a list."""
    c = _platform_let_go(c, named)
    return replace(c, exclude_brands=c.exclude_brands - named, brands=c.brands | named if c.brands else c.brands)


def _apply_update(c: Constraints, u: SlotUpdate, *, replace_bounds: bool = False) -> Constraints:
    if u.slot == "budget":
        return replace(c, budget=_merged_budget(c.budget, u.value, replace_bounds) if u.op == "set" else None)
    if u.slot == "brands":
        if u.op == "add":
            c = _platform_let_go(c, frozenset(u.value))
        if u.op == "add" and not c.brands:
            # "also Xiaomi" with no list of wanted brands: every brand is already wanted but the excluded
            return _allow_brands(c, _set_op(frozenset(), replace(u, op="set")))
        brands = _set_op(c.brands, u)
        if c.platform is not None and brands and all(not _on_platform(b, c.platform) for b in brands):
            # "show me iphones" after "android phones": the newer wish replaces the platform that rules it out
            c = replace(c, platform=None)
        # a series is wanted only while its brand is: "only Galaxy S", then "only Apple" leaves no Samsung series behind
        return replace(c, brands=brands, exclude_brands=c.exclude_brands - brands,
                       series=frozenset(s for s in c.series if s[0] in brands))
    if u.slot == "series":
        return replace(c, series=_set_op(c.series, u))
    if u.slot == "exclude_brands":
        excluded = _set_op(c.exclude_brands, u)
        return replace(c, exclude_brands=excluded, brands=c.brands - excluded,
                       series=frozenset(s for s in c.series if s[0] not in excluded))
    if u.slot == "devices":
        return replace(c, devices=_set_op(c.devices, u))
    if u.slot == "chipset" and u.op == "set":
        c = replace(c, exclude_chipsets=c.exclude_chipsets - {u.value})
    if u.slot == "platform":
        platform = u.value if u.op == "set" else None
        # "what about android ones?" after "iphone under $900": the newer wish replaces the brands it rules out, rather
        # than leaving a search no phone can meet (Apple makes the iOS phones, and only those)
        brands = frozenset(b for b in c.brands if platform is None or (b == "Apple") == (platform == "ios"))
        return replace(c, platform=platform, brands=brands,
                       series=frozenset(s for s in c.series if s[0] in brands) if brands != c.brands else c.series)
    if u.slot == "chipset" and u.op == "add":
        return _chip_joined(c, u.value)
    if u.slot == "chipset":
        return replace(c, chipset=u.value if u.op == "set" else None)
    if u.slot == "needs_5g":
        return replace(c, needs_5g=bool(u.value) if u.op == "set" else False)
    if u.slot == "exclude_chipsets":
        excluded = _set_op(c.exclude_chipsets, u)
        return replace(c, exclude_chipsets=excluded, chipset=None if c.chipset in excluded else c.chipset)
    if u.slot == "exclude_series":
        return replace(c, exclude_series=_set_op(c.exclude_series, u))
    if u.slot == "alternatives":
        return replace(c, alternatives=tuple(u.value) if u.op == "set" and u.value else ())
    if u.slot.startswith("spec:"):
        name = u.slot.split(":", 1)[1]
        specs = dict(c.specs)
        if u.op == "clear" or u.value is None:
            specs.pop(name, None)
        else:
            specs[name] = u.value if replace_bounds else merge_bounds(specs.get(name), u.value, newer_wins_pin=True)
        return replace(c, specs=tuple(sorted(specs.items())))
    return c


def _chip_joined(c: Constraints, chip: str) -> Constraints:
    """"Dimensity is fine too": the chip leaves the exclusions and, beside another chip wanted, either will do; with
    no chip wanted every chip but the excluded already will (as "also Xiaomi" adds no brand filter)."""
    c = replace(c, exclude_chipsets=c.exclude_chipsets - {chip})
    if c.chipset is None or c.chipset == chip:
        return c
    if c.alternatives:
        return replace(c, chipset=None)  # the state holds one chip wish beside other choices: widening beats narrowing
    return replace(c, chipset=None, alternatives=(Constraints(chipset=c.chipset), Constraints(chipset=chip)))


def _moved_past(update: SlotUpdate, request: Request) -> bool:
    """True when a one-sided budget comes with the relative word that moves the search its way: "let's go cheaper:
    anything up to $550" after "$400-700" moves below the old floor too, which a ceiling alone would keep."""
    if update.slot != "budget" or update.op != "set" or not isinstance(update.value, Budget):
        return False
    side = -1 if update.value.lo is None and update.value.hi is not None else \
        1 if update.value.hi is None and update.value.lo is not None else 0
    return side != 0 and any(rel.key == "price" and rel.direction == side for rel in request.relative)


def _merged_budget(old: Budget | None, new: Budget, replace_bounds: bool) -> Budget:
    """A budget of one side said after one in the same currency keeps the other side, as numeric bounds do
    ("under $600", then "at least $300" is $300-600); a figure said with "around", a currency change or a
    correction replaces the budget whole."""
    if old is None or replace_bounds or old.currency != new.currency or old.around is not None \
            or new.around is not None or (new.lo is None) == (new.hi is None):
        return new
    bound = merge_bounds(old.bound, new.bound, newer_wins_pin=True)
    return replace(new, lo=bound.lo, hi=bound.hi)


def dropped_as_refused(update: SlotUpdate, constraints: Constraints) -> SlotUpdate:
    """A brand or series taken out of the wanted ones when none of them is wanted is a refusal of it: "drop samsung",
    "hi - remove Infinix; 32MP selfie" have no wish to take it out of (with it wanted, it only leaves the wanted ones)."""
    if (update.slot, update.op) == ("brands", "remove") and update.value and not constraints.brands & update.value:
        return SlotUpdate("exclude_brands", "add", frozenset(update.value))
    if (update.slot, update.op) == ("series", "remove") and update.value and not constraints.series & update.value:
        # "drop the Redmi line" with no series wished for refuses it; "scratch the S series thing" after "Galaxy S
        # series" lets that wish go, and the brand stays wanted
        return SlotUpdate("exclude_series", "add", frozenset(name for _, name in update.value))
    return update


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


_RELATIVE_NEEDS: dict[tuple[str, int], str] = {
    ("price", -1): "budget", ("battery_mah", 1): "battery", ("screen_in", 1): "big_screen", ("screen_in", -1): "compact",
    ("weight_g", -1): "compact", ("main_camera_mp", 1): "photography", ("front_camera_mp", 1): "selfie",
    ("rear_cameras", 1): "photography",  # "more cameras" with nothing shown: no count to pass, a wish for photos
}
"""Relative words that, with nothing shown to compare with, say a vague need (advisor.ranking.aspects)."""


def _has_reference(c: Constraints, rel: Relative, shown: Sequence[Phone]) -> bool:
    """True when a relative word has something to move from: shown phones, or the budget it tightens."""
    if rel.key == "price":
        return bool(shown) or (c.budget is not None and c.budget.hi is not None)
    return bool(shown) and shown[0].spec(rel.key) is not None


def _apply_relative(c: Constraints, sort: Sort | None, rel: Relative, shown: Sequence[Phone],
                    currency: str) -> tuple[Constraints, Sort | None]:
    """"cheaper" / "more expensive" move past the median price of the shown phones, so the list moves as a
    whole (not only losing its dearest pick); "more battery" goes noticeably past the first phone shown, the pick the
    shopper is looking at (past the median, ties at the top of a list would leave nothing)."""
    step = _STEP.get(rel.key, 1.0)
    if rel.key == "price":
        value = _middle([p.price(currency) for p in shown], rel.direction)
        if value is None and c.budget is not None and c.budget.hi is not None:
            value = c.budget.hi * 0.8 + step if rel.direction < 0 else c.budget.hi
        if value is None:
            return c, Sort("price", descending=rel.direction > 0)
        budget = Budget(currency, hi=value - step) if rel.direction < 0 else Budget(currency, lo=value + step)
        return replace(c, budget=budget), sort
    value = shown[0].spec(rel.key) if shown and rel.key != "performance" else None
    if value is None:
        return c, Sort(rel.key, descending=rel.direction > 0)
    step = _NOTICEABLE.get(rel.key, step)
    bound = Bound(lo=_past(rel.key, value, step)) if rel.direction > 0 else Bound(hi=_past(rel.key, value, -step))
    years = [y for p in shown if (y := p.spec("year")) is not None]
    if rel.key == "year" and rel.direction > 0 and years and min(years) < max(years):
        # "something newer" after a list that mixes years: the older phones on it go, the newest year shown stays
        # (past the first pick's year there may be no phone at all when it is already the newest shown)
        bound = Bound(lo=max(years))
    specs = dict(c.specs)
    specs[rel.key] = merge_bounds(specs.get(rel.key), bound, newer_wins_pin=True)
    return replace(c, specs=tuple(sorted(specs.items()))), sort


def _past(key: str, value: float, step: float) -> float:
    """The first figure past `value` (upward for a positive step): the next size phones are sold with for memory,
    else the value one step on."""
    sizes = MEMORY_SIZES.get(key, ())
    beyond = [size for size in sizes if (size > value if step > 0 else size < value)]
    if not beyond:
        return value + step
    return min(beyond) if step > 0 else max(beyond)


def _middle(values: Sequence[float | None], direction: int) -> float | None:
    """The median of the known values (the lower middle when going down, the upper when going up)."""
    known = sorted(v for v in values if v is not None)
    if not known:
        return None
    return known[(len(known) - 1) // 2] if direction < 0 else known[len(known) // 2]
