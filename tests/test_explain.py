"""Explanations state catalog facts relative to the other matches, in the shopper's language."""

from advisor.dialogue import DialogueState
from advisor.explain import comparison, filter_lines, pick_reasons, relaxations, render_table
from advisor.match import violations
from advisor.request import Bound, Budget, Constraints, Sort
from tests.helpers import make_phone

MATCHES = [
    make_phone(id="a", family="A", battery_mah=6000, weight_g=215.0),
    make_phone(id="b", family="B", battery_mah=5000, weight_g=180.0),
    make_phone(id="c", family="C", battery_mah=4500, weight_g=170.0),
    make_phone(id="d", family="D", battery_mah=4400, weight_g=175.0),
]


def test_best_on_the_focus_aspect_is_stated_with_the_number_of_matches():
    state = DialogueState(intents=("battery",))
    texts = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state)]
    assert "largest battery among the 4 matches: 6,000 mAh" in texts


def test_trade_off_is_stated_as_a_con():
    state = DialogueState(intents=("battery",))
    cons = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state) if r.kind == "con"]
    assert "heavier than most: 215 g" in cons


def test_price_is_shown_against_the_budget_in_its_currency():
    state = DialogueState(constraints=Constraints(budget=Budget("INR", hi=35000)), currency="INR")
    texts = [r.text for r in pick_reasons(MATCHES[1], MATCHES, state)]
    assert "fits your budget: ₹30,000" in texts


def test_reasons_are_in_chinese_for_a_chinese_conversation():
    state = DialogueState(intents=("battery",), language="zh", currency="CNY")
    texts = [r.text for r in pick_reasons(MATCHES[0], MATCHES, state)]
    assert "4款符合条件的机型中电池最大：6,000 mAh" in texts and "价格：¥2,500" in texts


def test_over_budget_relaxation_names_the_amount():
    state = DialogueState(constraints=Constraints(budget=Budget("USD", hi=600)))
    phone = make_phone(prices={"USD": 699.0})
    (r,) = relaxations(violations(phone, state.constraints), phone, state)
    assert r.text == "$99 over your budget" and r.amount == 99


def test_spec_relaxation_names_the_shortfall_with_its_unit():
    state = DialogueState(constraints=Constraints(specs=(("battery_mah", Bound(lo=5000)),)))
    phone = make_phone(battery_mah=4500)
    (r,) = relaxations(violations(phone, state.constraints), phone, state)
    assert r.text == "battery 4,500 mAh: 500 mAh below your minimum"


def test_filter_lines_show_every_constraint_with_its_slot():
    c = Constraints(budget=Budget("USD", hi=500), exclude_brands=frozenset({"Apple"}),
                    specs=(("ram_gb", Bound(lo=8)),))
    lines = filter_lines(DialogueState(constraints=c, sort=Sort("weight_g", False)))
    assert [(f.slot, f.text) for f in lines] == [
        ("budget", "budget: ≤ $500"), ("exclude_brands", "not: Apple"), ("spec:ram_gb", "RAM ≥ 8 GB"),
        ("sort", "order: lightest first")]


def test_comparison_table_has_one_column_per_phone():
    table = comparison(MATCHES[:2], DialogueState())
    assert len(table.phones) == 2 and all(len(values) == 2 for _, values in table.rows)
    assert "6,000 mAh" in render_table(table)
