"""Dialogue state rules: accumulate, replace, clear, relative requests, follow-ups."""

from advisor.dialogue import PAGE_SIZE, DialogueState, apply
from advisor.request import Bound, Budget, Followup, Relative, Request, SlotUpdate, Sort
from tests.helpers import make_phone


def req(*updates, **kw):
    return Request(text=kw.pop("text", "x"), language=kw.pop("language", "en"), updates=tuple(updates), **kw)


def test_filters_accumulate_across_turns():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=500))))
    s = apply(s, req(SlotUpdate("brands", "set", frozenset({"Samsung"}))))
    assert s.constraints.budget.hi == 500 and s.constraints.brands == {"Samsung"}


def test_new_value_for_a_slot_replaces_the_old():
    s = apply(DialogueState(), req(SlotUpdate("brands", "set", frozenset({"Samsung"}))))
    s = apply(s, req(SlotUpdate("brands", "set", frozenset({"Motorola"}))))
    assert s.constraints.brands == {"Motorola"}


def test_clearing_a_slot_removes_only_that_filter():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=500)),
                                   SlotUpdate("brands", "set", frozenset({"Google"}))))
    s = apply(s, req(SlotUpdate("budget", "clear")))
    assert s.constraints.budget is None and s.constraints.brands == {"Google"}


def test_excluding_a_wanted_brand_drops_it_from_the_wanted_list():
    s = apply(DialogueState(), req(SlotUpdate("brands", "set", frozenset({"Apple", "Google"}))))
    s = apply(s, req(SlotUpdate("exclude_brands", "add", "Apple")))
    assert s.constraints.brands == {"Google"} and s.constraints.exclude_brands == {"Apple"}


def test_numeric_bounds_merge_side_by_side():
    s = apply(DialogueState(), req(SlotUpdate("spec:ram_gb", "set", Bound(lo=8))))
    s = apply(s, req(SlotUpdate("spec:ram_gb", "set", Bound(hi=12))))
    assert s.constraints.spec("ram_gb") == Bound(8, 12)


def test_contradicting_bound_replaces_the_old_one():
    s = apply(DialogueState(), req(SlotUpdate("spec:ram_gb", "set", Bound(hi=6))))
    s = apply(s, req(SlotUpdate("spec:ram_gb", "set", Bound(lo=8))))
    assert s.constraints.spec("ram_gb") == Bound(lo=8)


def test_cheaper_goes_below_the_first_phone_shown():
    ref = make_phone(prices={"USD": 449.0})
    s = apply(DialogueState(), req(relative=(Relative("price", -1),)), reference=ref)
    assert s.constraints.budget.hi == 448 and s.constraints.budget.currency == "USD"


def test_cheaper_without_results_tightens_the_budget():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=500))))
    s = apply(s, req(relative=(Relative("price", -1),)))
    assert s.constraints.budget.hi < 500


def test_more_battery_goes_above_the_first_phone_shown():
    s = apply(DialogueState(), req(relative=(Relative("battery_mah", 1),)), reference=make_phone(battery_mah=5000))
    assert s.constraints.spec("battery_mah").lo == 5001


def test_show_more_advances_the_page_without_touching_filters():
    s = apply(DialogueState(), req(SlotUpdate("brands", "set", frozenset({"Google"}))))
    s2 = apply(s, req(followup=Followup("more")))
    assert s2.offset == PAGE_SIZE and s2.constraints == s.constraints


def test_changing_filters_returns_to_the_first_page():
    s = DialogueState(offset=10)
    s = apply(s, req(SlotUpdate("brands", "set", frozenset({"Google"}))))
    assert s.offset == 0


def test_reset_clears_filters_but_keeps_language_and_currency():
    s = DialogueState(language="zh", currency="CNY", intents=("gaming",))
    s = apply(s, req(reset=True, language="zh"))
    assert s.intents == () and s.currency == "CNY" and s.language == "zh"


def test_budget_currency_becomes_the_display_currency():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("INR", hi=30000))))
    assert s.currency == "INR"


def test_chinese_conversation_shows_yuan_by_default():
    s = apply(DialogueState(), req(language="zh", intents=("battery",)))
    assert s.currency == "CNY"


def test_superlative_sets_the_order():
    s = apply(DialogueState(), req(sort=Sort("weight_g", False)))
    assert s.sort == Sort("weight_g", False)


def test_state_survives_a_json_round_trip():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("CNY", hi=3000)),
                                   SlotUpdate("spec:battery_mah", "set", Bound(lo=5000)),
                                   SlotUpdate("exclude_brands", "add", "Apple"), intents=("gaming",),
                                   sort=Sort("price", False)))
    assert DialogueState.from_json(s.to_json()) == s
