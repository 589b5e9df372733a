"""Dialogue state rules: accumulate, replace, clear, relative requests, follow-ups."""

import json

from advisor.dialogue.changes import diff
from advisor.dialogue.state import (
    HISTORY_LIMIT,
    PAGE_SIZE,
    DialogueState,
    apply,
    continued_bound,
    record,
    topic_return,
    undo,
)
from advisor.explain.answer import Change
from advisor.understanding.request import Bound, Budget, Followup, Relative, Request, SlotUpdate, Sort
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


def test_a_one_sided_budget_keeps_the_other_side_of_the_budget_in_force():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=600))))
    s = apply(s, req(SlotUpdate("budget", "set", Budget("USD", lo=300))))
    assert s.constraints.budget == Budget("USD", lo=300, hi=600)


def test_a_budget_around_a_figure_or_in_another_currency_replaces_the_budget_whole():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=600))))
    around = apply(s, req(SlotUpdate("budget", "set", Budget("USD", lo=255, hi=345, around=300))))
    rupees = apply(s, req(SlotUpdate("budget", "set", Budget("INR", lo=20000))))
    assert around.constraints.budget.around == 300 and rupees.constraints.budget == Budget("INR", lo=20000)


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


def test_more_battery_goes_noticeably_above_the_first_phone_shown():
    s = apply(DialogueState(), req(relative=(Relative("battery_mah", 1),)), reference=make_phone(battery_mah=5000))
    assert s.constraints.spec("battery_mah").lo == 5500


def test_show_more_advances_the_page_without_touching_filters():
    s = apply(DialogueState(), req(SlotUpdate("brands", "set", frozenset({"Google"}))))
    s2 = apply(s, req(followup=Followup("more")))
    assert s2.offset == PAGE_SIZE and s2.constraints == s.constraints


def test_changing_filters_returns_to_the_first_page():
    s = DialogueState(offset=10)
    s = apply(s, req(SlotUpdate("brands", "set", frozenset({"Google"}))))
    assert s.offset == 0


def test_reset_starts_a_new_shopper_without_the_old_currency_or_language():
    s = DialogueState(language="zh", currency="INR", intents=("gaming",), turn=4)
    s = apply(s, req(reset=True, language="en"))
    assert (s.intents, s.currency, s.language) == ((), "USD", "en")


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


def test_an_explicit_ceiling_beats_cheaper_in_the_same_message():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("USD", hi=600)), relative=(Relative("price", -1),)),
              shown=(make_phone(prices={"USD": 550.0}),))
    assert s.constraints.budget == Budget("USD", hi=600)


def test_an_explicit_ceiling_beats_more_expensive_in_the_same_message():
    s = apply(DialogueState(), req(SlotUpdate("budget", "set", Budget("AED", hi=2500)), relative=(Relative("price", 1),)),
              shown=(make_phone(prices={"AED": 1500.0}),))
    assert s.constraints.budget == Budget("AED", hi=2500)


def test_cheaper_goes_below_the_median_price_shown():
    shown = [make_phone(id=f"p{n}", prices={"USD": price}) for n, price in enumerate([300.0, 700.0, 400.0, 500.0, 600.0])]
    s = apply(DialogueState(), req(relative=(Relative("price", -1),)), shown=shown)
    assert s.constraints.budget.hi == 499


def test_a_correction_replaces_the_bound_instead_of_merging():
    s = apply(DialogueState(), req(SlotUpdate("spec:ram_gb", "set", Bound(lo=8))))
    s = apply(s, req(SlotUpdate("spec:ram_gb", "set", Bound(hi=12))), correction=True)
    assert s.constraints.spec("ram_gb") == Bound(hi=12)


def test_a_bound_that_would_pin_the_spec_to_one_value_replaces_the_old_one():
    s = apply(DialogueState(), req(SlotUpdate("spec:screen_in", "set", Bound(lo=6.7))))
    s = apply(s, req(SlotUpdate("spec:screen_in", "set", Bound(hi=6.7))))
    assert s.constraints.spec("screen_in") == Bound(hi=6.7)


def test_loosening_removes_the_exclusion_without_making_a_whitelist():
    s = apply(DialogueState(), req(SlotUpdate("exclude_brands", "add", frozenset({"Samsung", "Apple"}))))
    s = apply(s, req(SlotUpdate("brands", "set", frozenset({"Samsung"}))), loosen=True)
    assert s.constraints.brands == frozenset() and s.constraints.exclude_brands == {"Apple"}


def test_loosening_a_group_with_one_exclusion_keeps_only_that_exclusion():
    group = frozenset({"Xiaomi", "Huawei", "Honor"})
    s = apply(DialogueState(), req(SlotUpdate("exclude_brands", "add", frozenset({"Xiaomi"}))))
    s = apply(s, req(SlotUpdate("brands", "set", group), SlotUpdate("exclude_brands", "add", frozenset({"Huawei"})),
                     SlotUpdate("brands", "remove", frozenset({"Huawei"}))), loosen=True)
    assert s.constraints.brands == frozenset() and s.constraints.exclude_brands == {"Huawei"}


def test_loosening_an_excluded_chip_lifts_the_exclusion_without_wishing_for_the_chip():
    s = apply(DialogueState(), req(SlotUpdate("exclude_chipsets", "add", frozenset({"Snapdragon", "Exynos"}))))
    s = apply(s, req(SlotUpdate("chipset", "set", "Snapdragon")), loosen=True)
    assert s.constraints.chipset is None and s.constraints.exclude_chipsets == {"Exynos"}


def test_loosening_a_chip_nobody_excluded_is_a_wish_for_it():
    s = apply(DialogueState(), req(SlotUpdate("chipset", "set", "Snapdragon")), loosen=True)
    assert s.constraints.chipset == "Snapdragon"


def test_loosening_foldables_after_refusing_them_returns_to_phones_and_foldables():
    s = apply(DialogueState(), req(SlotUpdate("devices", "set", frozenset({"phone"}))))
    s = apply(s, req(SlotUpdate("devices", "set", frozenset({"foldable"}))), loosen=True)
    assert s.constraints.devices == frozenset()


def test_foldables_fine_with_no_device_named_changes_nothing():
    s = apply(DialogueState(), req(SlotUpdate("devices", "set", frozenset({"foldable"}))), loosen=True)
    assert s.constraints.devices == frozenset()


def test_tablets_fine_with_no_device_named_is_a_wish_for_tablets():
    s = apply(DialogueState(), req(SlotUpdate("devices", "set", frozenset({"tablet"}))), loosen=True)
    assert s.constraints.devices == {"tablet"}


def test_loosening_phones_while_on_tablets_adds_phones_to_tablets():
    s = apply(DialogueState(), req(SlotUpdate("devices", "set", frozenset({"tablet"}))))
    s = apply(s, req(SlotUpdate("devices", "set", frozenset({"phone"}))), loosen=True)
    assert s.constraints.devices == {"tablet", "phone"}


def test_adding_a_brand_when_none_is_wanted_only_lifts_its_exclusion():
    s = apply(DialogueState(), req(SlotUpdate("exclude_brands", "add", frozenset({"Xiaomi"}))))
    s = apply(s, req(SlotUpdate("brands", "add", frozenset({"Xiaomi"}))))
    assert s.constraints.brands == frozenset() and s.constraints.exclude_brands == frozenset()


def _step(state, *updates, **kw):
    after = apply(state, req(*updates, **kw))
    return record(state, after, (Change("add", "x", "x"),), "refine")


def test_undo_restores_the_previous_state_exactly():
    first = _step(DialogueState(), SlotUpdate("budget", "set", Budget("USD", hi=500)))
    second = _step(first, SlotUpdate("brands", "set", frozenset({"Google"})))
    assert undo(second) == first


def test_undo_of_several_steps_restores_the_state_that_many_steps_back():
    first = _step(DialogueState(), SlotUpdate("budget", "set", Budget("USD", hi=500)))
    second = _step(first, SlotUpdate("brands", "set", frozenset({"Google"})))
    third = _step(second, SlotUpdate("needs_5g", "set", True))
    assert undo(third, 2) == first and undo(undo(third), 1) == first


def test_undo_past_the_start_is_none():
    second = _step(_step(DialogueState(), SlotUpdate("budget", "set", Budget("USD", hi=500))),
                   SlotUpdate("brands", "set", frozenset({"Google"})))
    assert undo(second, 3) is None and undo(second, 2) == DialogueState()


def test_undo_with_no_history_says_there_is_nothing():
    assert undo(DialogueState()) is None


def test_a_turn_that_changes_nothing_is_not_recorded():
    first = _step(DialogueState(), SlotUpdate("budget", "set", Budget("USD", hi=500)))
    assert _step(first).history == first.history


def test_history_is_bounded():
    s = DialogueState()
    for n in range(HISTORY_LIMIT + 5):
        s = _step(s, SlotUpdate("budget", "set", Budget("USD", hi=100 + n)))
    assert len(s.history) == HISTORY_LIMIT


def test_topic_return_finds_the_phone_search_before_the_tablet_detour():
    phone = _step(DialogueState(), SlotUpdate("brands", "set", frozenset({"Huawei"})))
    tablet = _step(phone, SlotUpdate("devices", "set", frozenset({"tablet"})))
    tablet = _step(tablet, SlotUpdate("budget", "set", Budget("USD", hi=300)))
    assert topic_return(tablet, "phone") == phone


def test_history_survives_a_json_round_trip():
    s = _step(DialogueState(), SlotUpdate("budget", "set", Budget("USD", hi=500)))
    s = _step(s, SlotUpdate("exclude_brands", "add", frozenset({"Apple"})))
    assert DialogueState.from_json(s.to_json()) == s


def test_state_stored_before_history_existed_still_loads():
    old = {"constraints": {"budget": {"currency": "USD", "lo": None, "hi": 500, "around": None}, "brands": ["Google"],
                           "specs": [["ram_gb", {"lo": 8, "hi": None}]]},
           "language": "en", "currency": "USD", "shown": ["a"], "offset": 0, "turn": 2}
    s = DialogueState.from_json(json.dumps(old))
    assert s.history == () and s.constraints.brands == {"Google"} and s.constraints.spec("ram_gb") == Bound(lo=8)


def test_more_battery_goes_above_the_first_phone_shown_even_when_others_tie_higher():
    shown = [make_phone(id=f"p{n}", battery_mah=mah) for n, mah in enumerate([4000, 6000, 6000, 3900, 6000])]
    s = apply(DialogueState(), req(relative=(Relative("battery_mah", 1),)), shown=shown)
    assert s.constraints.spec("battery_mah").lo == 4500


def test_allowing_brands_when_nothing_is_excluded_or_wanted_is_a_wish_for_them():
    s = apply(DialogueState(), req(SlotUpdate("brands", "set", frozenset({"Oppo"})),
                                   SlotUpdate("exclude_series", "add", frozenset({"Reno"}))), loosen=True)
    assert (s.constraints.brands, s.constraints.exclude_series) == (frozenset({"Oppo"}), frozenset({"Reno"}))


def test_a_bare_number_continues_the_last_filter_of_its_scale():
    first = DialogueState()
    after = apply(first, req(SlotUpdate("budget", "set", Budget("USD", hi=900.0)), SlotUpdate("spec:ram_gb", "set", Bound(lo=16.0))))
    state = record(first, after, diff(first, after), "refine")
    assert continued_bound(state, 12.0, None) == SlotUpdate("spec:ram_gb", "set", Bound(lo=12.0))
    assert continued_bound(state, 700.0, None) == SlotUpdate("budget", "set", Budget("USD", hi=700.0))
    assert continued_bound(state, 9000.0, None) is None


def _after_one_turn(*updates):
    before = DialogueState()
    after = apply(before, req(*updates))
    return record(before, after, diff(before, after), "refine")


def test_a_storage_size_continues_the_storage_filter_of_the_same_turn_as_the_budget():
    s = _after_one_turn(SlotUpdate("budget", "set", Budget("USD", hi=500)), SlotUpdate("spec:storage_gb", "set", Bound(lo=128)))
    assert continued_bound(s, 256.0, None) == SlotUpdate("spec:storage_gb", "set", Bound(lo=256))


def test_a_figure_that_is_no_storage_size_never_continues_the_storage_filter():
    s = _after_one_turn(SlotUpdate("budget", "set", Budget("USD", hi=500)), SlotUpdate("spec:storage_gb", "set", Bound(lo=256)))
    assert continued_bound(s, 600.0, None).slot == "budget"


def test_lighter_goes_noticeably_below_the_first_phone_shown():
    s = apply(DialogueState(), req(relative=(Relative("weight_g", -1),)), reference=make_phone(weight_g=190))
    assert s.constraints.spec("weight_g").hi == 180
