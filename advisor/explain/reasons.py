"""Explanations built only from catalog facts: why a pick, its trade-offs, what an alternative
breaks, the filters in force, and comparison tables. Every sentence comes from advisor/explain/phrases.py
in the shopper's language; prices are shown in the currency they used.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import numpy as np

from advisor._tables import aligned_table
from advisor.catalog.model import NUMERIC_SPECS, Catalog, Phone
from advisor.dialogue.state import DialogueState
from advisor.explain.answer import Claim, ClaimKind, Comparison, FilterLine, Reason, Relaxation
from advisor.explain.phrases import ASPECTS, INTENT_LABELS, LABELS, SORT_LABELS, TEXT, format_money, format_storage
from advisor.ranking.aspects import INTENT_ASPECTS
from advisor.ranking.match import Columns, Violation
from advisor.ranking.personalize import MENTION_FROM, Adjustment
from advisor.understanding.request import Bound

MAX_PROS = 3
MAX_CONS = 2
_LOWER_IS_BETTER = {"weight_g", "price"}
_DEFAULT_FOCUS = ("performance", "battery_mah", "main_camera_mp", "weight_g", "year")


def format_value(aspect: str, value: float | None, language: str, currency: str = "USD",
                 phone: Phone | None = None) -> str:
    """A spec value with its unit ("6,000 mAh", "6.7 in", "$499")."""
    if value is None:
        return "?"
    if aspect == "price":
        return format_money(value, currency)
    if aspect == "performance" and phone is not None:
        return phone.chipset or phone.processor
    units = {"battery_mah": " mAh", "weight_g": " g", "screen_in": '"' if language == "en" else "英寸",
             "main_camera_mp": " MP", "front_camera_mp": " MP", "ram_gb": " GB", "storage_gb": " GB", "year": ""}
    if aspect == "battery_mah":
        return f"{value:,.0f} mAh"
    if aspect == "storage_gb":
        return format_storage(value)
    if aspect == "year":
        return f"{value:.0f}"
    return f"{value:g}{units.get(aspect, '')}"


def _value(phone: Phone, aspect: str, currency: str) -> float | None:
    return phone.price(currency) if aspect == "price" else phone.spec(aspect)


def focus_aspects(state: DialogueState) -> list[str]:
    """Aspects the shopper cares about, most important first (sort key, intents, constrained specs)."""
    order: list[str] = []
    if state.sort is not None:
        order.append(state.sort.key)
    for intent in state.intents:
        weights = INTENT_ASPECTS.get(intent, {})
        order.extend(a for a, _ in sorted(weights.items(), key=lambda kv: -abs(kv[1])) if a in ASPECTS)
    order.extend(name for name, _ in state.constraints.specs if name in ASPECTS)
    order.extend(_DEFAULT_FOCUS)
    return list(dict.fromkeys(order))


class MatchFacts:
    """Sorted values of each aspect over the matching phones, computed once per answer.

    "performance" is the chip's benchmark score (Phone.chip_score), absolute across years; phones whose
    score is unknown take no part in chip comparisons.
    """

    def __init__(self, matches: Sequence[Phone], currency: str, columns: Columns | None = None,
                 positions: Sequence[int] = ()):
        """`columns` with the matches' catalog `positions` reads their values from the catalog's arrays."""
        self.count = len({p.family for p in matches}) or 1
        self.ids = frozenset(p.id for p in matches)
        self._matches = matches
        self._currency = currency
        self._columns = columns
        self._positions = np.asarray(positions, dtype=np.int64)
        self._sorted: dict[str, list[float]] = {}
        self._chips_by_score: dict[float, set[str]] | None = None

    def values(self, aspect: str) -> list[float]:
        """Known values of the aspect among the matches, ascending."""
        if aspect not in self._sorted:
            if self._columns is None:
                known = [v for p in self._matches if (v := _value(p, aspect, self._currency)) is not None]
            else:
                column = self._columns.values(aspect, self._currency)[self._positions]
                known = column[~np.isnan(column)].tolist()
            self._sorted[aspect] = sorted(known)
        return self._sorted[aspect]

    def chips_scoring(self, score: float | None) -> set[str]:
        """Chipsets among the matches whose score is `score` (two chips at one score are not one "fastest"); none
        for an unknown score."""
        if self._chips_by_score is None:
            self._chips_by_score = {}
            for p in self._matches:
                if p.chip_score is not None:
                    self._chips_by_score.setdefault(p.chip_score, set()).add(p.chipset or p.processor)
        return self._chips_by_score.get(score, set()) if score is not None else set()


def pick_reasons(phone: Phone, matches: Sequence[Phone] | MatchFacts, state: DialogueState) -> tuple[Reason, ...]:
    """The price (against the budget when it fits), then, for a phone among the matches, its pros and
    trade-offs relative to them. A phone outside the matches gets only its price: what it breaks is
    said by `relaxations`, and "among the N matches" would not be true of it."""
    lang, currency = state.language, state.currency
    facts = matches if isinstance(matches, MatchFacts) else MatchFacts(matches, currency)
    reasons = list(_price_reasons(phone, state)) + list(_spec_reasons(phone, state))
    if phone.id not in facts.ids:
        return tuple(reasons)
    pros: list[Reason] = []
    cons: list[Reason] = []
    for aspect in focus_aspects(state):
        if aspect == "price" and state.constraints.budget is not None:
            continue  # the budget line already states the price
        value = _value(phone, aspect, currency)
        others = facts.values(aspect)
        if value is None or len(others) < 2:
            continue
        below, above = bisect_left(others, value), len(others) - bisect_right(others, value)
        better, worse = (below, above) if aspect in _LOWER_IS_BETTER else (above, below)
        shown = format_value(aspect, value, lang, currency, phone)
        best, top, weak = ASPECTS[aspect][lang]
        scope_aspect = f"price:{currency}" if aspect == "price" else aspect

        def claim(kind: ClaimKind) -> Claim:
            return Claim(kind, phone.id, scope_aspect, value, facts.ids)  # noqa: B023 - called in this iteration only

        # "Than most" must be true of most: strictly more than half of the matches compare that way.
        if better == 0 and worse > 0 and _alone_at_top(phone, aspect, facts) and len(pros) < MAX_PROS:
            pros.append(Reason(best.format(n=facts.count, v=shown), claim=claim("best")))
        elif better <= 0.25 * len(others) and 2 * worse > len(others) and len(pros) < MAX_PROS:
            pros.append(Reason(top.format(v=shown), claim=claim("top")))
        elif worse <= 0.25 * len(others) and 2 * better > len(others) and len(cons) < MAX_CONS:
            cons.append(Reason(weak.format(v=shown), kind="con", claim=claim("weak")))
    return tuple(reasons + pros + cons)


def _alone_at_top(phone: Phone, aspect: str, facts: MatchFacts) -> bool:
    """Ties on a spec share "best"; on the chip only one chipset may be called the fastest."""
    return aspect != "performance" or facts.chips_scoring(phone.chip_score) == {phone.chipset or phone.processor}


def _price_reasons(phone: Phone, state: DialogueState) -> tuple[Reason, ...]:
    """"fits your budget: $449" when it does (in the budget's market), else the plain price."""
    text, budget = TEXT[state.language], state.constraints.budget
    if budget is not None:
        price = phone.price(budget.currency)
        if price is not None and budget.bound.contains(price):
            return (Reason(text["fits_budget"].format(v=format_money(price, budget.currency)),
                           claim=Claim("fits_budget", phone.id, f"price:{budget.currency}", price)),)
    price = phone.price(state.currency)
    if price is None:
        return ()
    return (Reason(text["price"].format(v=format_money(price, state.currency)),
                   claim=Claim("price", phone.id, f"price:{state.currency}", price)),)


def _spec_reasons(phone: Phone, state: DialogueState) -> tuple[Reason, ...]:
    """The phone's own figure for each filter in force on a spec the matches are not ranked on ("rear cameras: 3, as
    you asked"): a count has no "best among the matches" worth a line, yet the shopper who set it is owed its figure.
    Specs with ranking phrases (ASPECTS) are said by the pros and trade-offs instead."""
    text, labels, lang = TEXT[state.language], LABELS[state.language], state.language
    out = []
    for name, bound in state.constraints.specs:
        value = phone.spec(name)
        if name not in NUMERIC_SPECS or name in ASPECTS or value is None or not bound.contains(value):
            continue  # (the chip's score is no figure to print: the chip is named instead)
        out.append(Reason(text["meets_spec"].format(label=labels.get(name, name), v=format_value(name, value, lang)),
                          claim=Claim("meets_spec", phone.id, name, value)))
    return tuple(out)


def differences(new: Phone, old: Phone, aspects: Sequence[str], state: DialogueState) -> tuple[Reason, ...]:
    """Spec changes from `old` to `new` in numbers ("battery 2,227 mAh → 3,527 mAh (+1,300 mAh)"), then price."""
    lang, currency, text, labels = state.language, state.currency, TEXT[state.language], LABELS[state.language]
    out = []
    for aspect in aspects:
        a, b = new.spec(aspect), old.spec(aspect)
        if a is None or b is None or a == b:
            continue
        if aspect == "performance":
            # Scores are approximate published figures: say which chip is faster, not by how many points.
            diff = text["faster" if a > b else "slower"]
        else:
            diff = ("+" if a > b else "-") + format_value(aspect, abs(a - b), lang)
        out.append(Reason(text["change"].format(label=labels[aspect], old=format_value(aspect, b, lang, currency, old),
                                                new=format_value(aspect, a, lang, currency, new), diff=diff),
                          kind="pro" if _is_better(a, b, aspect) else "con",
                          claim=Claim("diff", new.id, aspect, a - b, frozenset({old.id}))))
    p_new, p_old = new.price(currency), old.price(currency)
    if p_new is not None and p_old is not None and p_new != p_old:
        key = "cheaper_than" if p_new < p_old else "pricier_than"
        out.append(Reason(text[key].format(v=format_money(abs(p_new - p_old), currency), name=old.display_name),
                          kind="pro" if p_new < p_old else "con",
                          claim=Claim("diff", new.id, f"price:{currency}", p_new - p_old, frozenset({old.id}))))
    return tuple(out)


def personal_reasons(change: Adjustment | None, catalog: Catalog, language: str) -> tuple[Reason, ...]:
    """"ranked higher because you liked the Pixel 8a", when history moved the pick noticeably."""
    if change is None or abs(change.delta) < MENTION_FROM:
        return ()
    name = catalog.get(change.because).display_name
    key = "liked_boost" if change.liked else "disliked_drop"
    return (Reason(TEXT[language][key].format(v=name), kind="personal"),)


def _is_better(a: float, b: float, aspect: str) -> bool:
    return a < b if aspect in _LOWER_IS_BETTER else a > b


def relaxations(found: Sequence[Violation], state: DialogueState) -> tuple[Relaxation, ...]:
    """What an alternative breaks, each with the amount ("$99 over your budget"); every slot gets a line."""
    return tuple(Relaxation(v.slot, _broken_text(v, state), v.amount) for v in found)


def _broken_text(v: Violation, state: DialogueState) -> str:
    lang, text, labels = state.language, TEXT[state.language], LABELS[state.language]
    c = state.constraints
    if v.slot == "budget" and c.budget is not None:
        cur = c.budget.currency
        if not isinstance(v.actual, (int, float)):  # None: the phone has no price here
            return text["no_price"].format(currency=cur)
        over = v.bound is not None and v.bound.hi is not None and v.actual > v.bound.hi
        return text["over_budget" if over else "under_budget"].format(v=format_money(v.amount or 0, cur))
    if v.slot == "brands":
        return text["wrong_brand"].format(v=v.actual, wanted=" / ".join(sorted(c.brands)))
    if v.slot == "series":
        return text["wrong_series"].format(v=v.actual, wanted=series_text((name for _, name in c.series), lang))
    if v.slot == "exclude_brands":
        return text["excluded_brand"].format(v=v.actual)
    if v.slot == "platform" and c.platform is not None:
        has = "ios" if c.platform == "android" else "android"
        return text["wrong_platform"].format(v=labels[has], wanted=labels[c.platform])
    if v.slot == "devices":
        wanted = " / ".join(labels[d] for d in sorted(c.devices or ("phone", "foldable")))
        return text["wrong_device"].format(v=labels.get(str(v.actual), v.actual), wanted=wanted)
    if v.slot == "chipset":
        return text["wrong_chipset"].format(v=v.actual, wanted=c.chipset)
    if v.slot == "exclude_chipsets":
        return text["excluded_chipset"].format(v=v.actual)
    if v.slot == "exclude_series":
        return text["excluded_series"].format(v=v.actual)
    if v.slot == "alternatives":
        return text["no_alternative"]
    if v.slot == "needs_5g":
        return text["no_5g"]
    if v.slot.startswith("spec:"):
        name = v.slot.split(":", 1)[1]
        label = labels.get(name) or _EXTRA_LABELS[lang].get(name, name)
        if not isinstance(v.actual, (int, float)):  # None: the phone lacks the spec
            return text["unknown_spec"].format(label=label)
        over = v.bound is not None and v.bound.hi is not None and v.actual > v.bound.hi
        return text["over_spec" if over else "under_spec"].format(
            label=label, v=format_value(name, v.actual, lang), d=format_value(name, v.amount, lang))
    return text["unmet"].format(label=labels.get(v.slot, v.slot))  # a slot newer than this table: still said


def filter_lines(state: DialogueState) -> tuple[FilterLine, ...]:
    """The constraints, ordering and intents in force, one removable line each."""
    lang = state.language
    labels = LABELS[lang]
    c = state.constraints
    lines = []
    if c.budget is not None:
        b = c.budget
        if b.around is not None:
            shown = ("~" if lang == "en" else "约") + format_money(b.around, b.currency)
        else:
            shown = _bound_text(Bound(b.lo, b.hi), lambda x: format_money(x, b.currency))
        lines.append(FilterLine("budget", f"{labels['budget']}: {shown}"))
    if c.brands:
        lines.append(FilterLine("brands", f"{labels['brands']}: {', '.join(sorted(c.brands))}"))
    if c.series:
        lines.append(FilterLine("series", f"{_EXTRA_LABELS[lang]['series']}: {series_text((name for _, name in c.series), lang)}"))
    if c.exclude_brands:
        lines.append(FilterLine("exclude_brands", f"{labels['exclude_brands']}: {', '.join(sorted(c.exclude_brands))}"))
    if c.platform:
        lines.append(FilterLine("platform", f"{labels['platform']}: {labels[c.platform]}"))
    if c.devices:
        lines.append(FilterLine("devices", f"{labels['devices']}: {', '.join(labels[d] for d in sorted(c.devices))}"))
    if c.chipset:
        lines.append(FilterLine("chipset", f"{labels['chipset']}: {c.chipset}"))
    if c.needs_5g:
        lines.append(FilterLine("needs_5g", "5G"))
    for name, bound in c.specs:
        lines.append(FilterLine(f"spec:{name}", f"{labels.get(name, _EXTRA_LABELS[lang].get(name, name))} "
                                + _bound_text(bound, lambda x, n=name: format_value(n, x, lang))))
    gap = " " if lang == "en" else ""
    if c.exclude_chipsets:
        lines.append(FilterLine("exclude_chipsets", f"{labels['exclude_brands']}{gap}{labels['chipset']}: "
                                f"{', '.join(sorted(c.exclude_chipsets))}"))
    if c.exclude_series:
        lines.append(FilterLine("exclude_series", f"{labels['exclude_brands']}{gap}{_EXTRA_LABELS[lang]['series']}: "
                                f"{series_text(c.exclude_series, lang)}"))
    if c.alternatives:
        branches = [", ".join(line.text for line in filter_lines(DialogueState(constraints=alt, language=lang)))
                    for alt in c.alternatives]
        lines.append(FilterLine("alternatives", f"{_EXTRA_LABELS[lang]['alternatives']}: "
                                + _EXTRA_LABELS[lang]["or"].join(f"({b})" for b in branches)))
    if state.sort is not None:
        label = SORT_LABELS[lang].get((state.sort.key, state.sort.descending), state.sort.key)
        lines.append(FilterLine("sort", f"{labels['sort']}: {label}"))
    if state.intents:
        names = ", ".join(INTENT_LABELS[lang].get(i, i) for i in state.intents)
        lines.append(FilterLine("intents", f"{labels['intents']}: {names}"))
    return tuple(lines)


_EXTRA_LABELS = {
    "en": {"series": "series", "alternatives": "any of", "or": " or ", "chip_score": "chip score",
           "numbered": "{brand} (numbered)"},
    "zh": {"series": "系列", "alternatives": "满足其一", "or": " 或 ", "chip_score": "芯片跑分", "numbered": "{brand}数字系列"},
}


def series_text(names: Iterable[str], lang: str) -> str:
    """Series as a shopper reads them: "iPhone # Pro" is "iPhone Pro", "Xiaomi #" "Xiaomi (numbered)"."""
    def shown(name: str) -> str:
        if name.endswith(" #"):
            return _EXTRA_LABELS[lang]["numbered"].format(brand=name[:-2])
        return name.replace(" # ", " ")

    return ", ".join(sorted(shown(name) for name in names))


def _bound_text(bound: Bound, fmt) -> str:
    if bound.lo is not None and bound.hi is not None:
        return f"{fmt(bound.lo)}–{fmt(bound.hi)}"
    if bound.hi is not None:
        return f"≤ {fmt(bound.hi)}"
    return f"≥ {fmt(bound.lo)}"


COMPARE_ROWS = ("price", "performance", "ram_gb", "storage_gb", "battery_mah", "screen_in", "weight_g",
                "main_camera_mp", "rear_cameras", "front_camera_mp", "year")


def comparison(phones: Sequence[Phone], state: DialogueState) -> Comparison:
    """A spec-by-spec table of the phones (prices in the shopper's currency)."""
    lang, labels = state.language, LABELS[state.language]
    rows = []
    for aspect in COMPARE_ROWS:
        values = tuple(format_value(aspect, _value(p, aspect, state.currency), lang, state.currency, p)
                       for p in phones)
        rows.append((labels[aspect], values))
    rows.append(("5G", tuple("✓" if p.is_5g else "✗" for p in phones)))
    return Comparison(tuple(phones), tuple(rows))


def render_table(table: Comparison) -> str:
    """The comparison as aligned monospace text."""
    header = ("", *(p.display_name for p in table.phones))
    body = [(label, *values) for label, values in table.rows]
    return aligned_table([header, *body])
