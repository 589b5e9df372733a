"""A conversation that follows the shopper (issue 10): phones named loosely with a place or with where they were seen,
a step back after looking at one phone, a return to the phone search by its brand after a tablet detour, aspects let go
with "别管", and a launch-year floor loosened by the years a message allows."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ids(answer):
    return [p.phone.id for p in answer.picks]


@pytest.mark.parametrize("text", ["the galaxy s24 please", "the Galaxy S24, pls", "ok the galaxy s24 please"])
def test_a_model_named_with_a_please_after_it_is_that_model(session, text):
    session.ask("samsung phones")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.family == "Galaxy S24"


@pytest.mark.parametrize("text", ["the iphone in last place", "the one in last place", "the apple one at the bottom"])
def test_a_phone_in_last_place_is_the_last_shown(session, text):
    shown = session.ask("apple phones").picks
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.id == shown[-1].phone.id


@pytest.mark.parametrize("text, brand, place", [
    ("the second samsung", "Samsung", 2), ("the last samsung one", "Samsung", -1), ("the first iphone", "Apple", 1),
    ("the third samsung phone", "Samsung", 3), ("第二台三星", "Samsung", 2), ("最后那台苹果", "Apple", -1),
])
def test_a_place_said_with_a_name_counts_among_the_shown_phones_of_that_name(session, text, brand, place):
    shown = session.ask("apple or samsung phones")
    named = [p.phone for p in shown.picks if p.phone.brand == brand]
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.id == named[place - 1 if place > 0 else place].id
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, brand", [
    ("the realme you showed", "Realme"), ("the vivo from the list", "Vivo"), ("what about the poco you showed me?", "POCO"),
    ("列表里那台vivo", "Vivo"), ("你推荐的一加", "OnePlus"), ("列表中的realme", "Realme"), ("刚才推荐的vivo", "Vivo"),
])
def test_words_saying_where_a_named_phone_was_seen_point_at_it(session, text, brand):
    shown = session.ask("phones under $1000")
    assert [p.phone.brand for p in shown.picks].count(brand) == 1
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.brand == brand
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("first, back", [
    ("motorola phones under $800", "back to the motorolas"), ("google phones", "ok, back to the pixel"),
    ("google phones", "ok that's enough tablets, back to the pixels"),
    ("oneplus phones under $700", "never mind the tablet, what about my oneplus search"),
    ("vivo手机两千以内", "好，平板就这样，继续看vivo"),
    ("小米手机", "回到小米"), ("三星手机，五千以内", "说回三星吧"),
])
def test_going_back_to_the_brand_of_the_phone_search_after_a_tablet_returns_to_it(session, first, back):
    phones = session.ask(first)
    session.ask("now a tablet for my kid" if first.isascii() else "先给孩子看个平板")
    answer = session.ask(back)
    assert answer.constraints == phones.constraints and _ids(answer) == _ids(phones)


_ZH_FILTERS = "3000元以内的手机，屏幕6.5寸以上，重量200克以下"
_EN_FILTERS = "phones under $500 with 8gb ram"


@pytest.mark.parametrize("first, text, slot", [
    (_ZH_FILTERS, "别管价格了", "budget"), (_ZH_FILTERS, "不用管预算", "budget"), (_ZH_FILTERS, "别管屏幕了", "spec:screen_in"),
    (_ZH_FILTERS, "别考虑重量了", "spec:weight_g"), (_EN_FILTERS, "and no need for a budget either", "budget"),
    (_EN_FILTERS, "no need for a ram limit", "spec:ram_gb"), (_EN_FILTERS, "forget a budget", "budget"),
])
def test_an_aspect_said_not_to_be_minded_is_let_go(session, first, text, slot):
    """"别管"/"不用管"/"别考虑" before the aspect, or "a" between the verb and it, let it go as "不管" and "the" do."""
    session.ask(first)
    session.ask(text)
    state = session.state.constraints
    assert (state.budget if slot == "budget" else state.spec(slot[5:])) is None


def test_a_budget_let_go_and_a_brand_in_one_message_does_both(session):
    session.ask("2000元以内的手机")
    session.ask("别管价格了，只看一加")
    assert session.state.constraints.budget is None and session.state.constraints.brands == frozenset({"OnePlus"})


@pytest.mark.parametrize("first, allowed, floor", [
    ("2023年以后的手机", "2020年以前的也可以", None), ("2023年及以后的手机", "2021年之前的也行", None),
    ("phones from 2023 or newer", "older than 2020 is fine too", None),
    ("phones from 2023 or newer", "2019 or earlier is ok too", None),
    ("phones from 2023 or newer", "a 2021 model is fine too", Bound(lo=2021)),
    ("phones from 2023 or newer", "I'd take a 2021 one too", Bound(lo=2021)),
    ("phones from 2023 or newer", "2021 would also be fine", Bound(lo=2021)),
    ("2023年及以后的手机", "2021年的也行", Bound(lo=2021)),
])
def test_a_year_allowed_under_a_year_floor_sets_the_floor_its_words_give(session, first, allowed, floor):
    """The older side of the year said ("2020年以前") lets every year in; a year said alone moves the floor to it."""
    session.ask(first)
    session.ask(allowed)
    assert session.state.constraints.spec("year") == floor


@pytest.mark.parametrize("allowed", ["2021 would also be fine", "older than 2020 is fine too", "2021年的也行"])
def test_a_year_allowed_under_a_year_floor_is_not_also_said_to_be_unread(session, allowed):
    session.ask("phones from 2023 or newer")
    assert session.ask(allowed).notes == ()


@pytest.mark.parametrize("text", ["按价格排，高的先不考虑", "按价格排，贵的放后面", "sort by price, not the expensive ones first"])
def test_a_price_order_that_puts_the_dear_phones_off_is_cheapest_first(session, text):
    session.ask("3000元以内的手机")
    session.ask("按价格从高到低排")
    session.ask(text)
    assert session.state.sort == Sort("price", descending=False)


@pytest.mark.parametrize("first, correction, refused", [
    ("phones under $900, no samsung", "sorry, I meant no xiaomi", {"Xiaomi"}),
    ("5000元以内的手机，不要苹果", "我说错了，是不要三星", {"Samsung"}),
    ("phones under $900, no samsung", "oops, I meant no honor, not samsung", {"Honor"}),
])
def test_a_refusal_said_again_in_a_correction_takes_the_place_of_the_one_it_corrects(session, first, correction, refused):
    session.ask(first)
    session.ask(correction)
    assert session.state.constraints.exclude_brands == frozenset(refused)


@pytest.mark.parametrize("more", ["no wait, no xiaomi either", "oh and no xiaomi too"])
def test_a_refusal_said_as_one_more_keeps_the_earlier_ones(session, more):
    session.ask("phones under $900, no samsung")
    session.ask(more)
    assert session.state.constraints.exclude_brands == frozenset({"Samsung", "Xiaomi"})


@pytest.mark.parametrize("other, back", [("also need a tablet for grandma, under $300", "ok for me now"),
                                         ("and a phone for dad under $200", "and for me?"),
                                         ("a tablet for mom too", "now for me")])
def test_a_search_for_a_relative_named_without_my_is_theirs_and_the_shopper_can_come_back(session, other, back):
    mine = session.ask("phones under $400")
    session.ask(other)
    answer = session.ask(back)
    assert answer.constraints == mine.constraints


@pytest.mark.parametrize("first, again, around", [
    ("phones around $500", "no wait, I said 400 not 500", 400), ("phones around $500", "sorry, I meant 400", 400),
    ("phones around $500", "make it 400", 400), ("两千左右的手机", "不对，是三千不是两千", 3000),
])
def test_a_figure_said_again_for_a_budget_said_with_around_moves_it_and_keeps_around(session, first, again, around):
    before = session.ask(first).constraints.budget
    session.ask(again)
    budget = session.state.constraints.budget
    scale = around / before.around
    assert budget is not None and budget.around == around
    assert (budget.lo, budget.hi) == pytest.approx((before.lo * scale, before.hi * scale))


@pytest.mark.parametrize("text", ["can you explain?", "explain please", "explain", "could you explain that", "解释一下"])
def test_asking_to_explain_after_a_list_gives_the_reasons_for_the_top_pick(session, text):
    shown = session.ask("samsung phones").picks
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("why", [shown[0].phone.id])


def test_asking_to_explain_before_any_list_asks_how_the_advisor_works(session):
    assert session.ask("can you explain?").kind == "help"
