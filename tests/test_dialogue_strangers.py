"""Conversation moves as strangers word them (issue 10): relative words against the phone in focus, a wish said after
"scratch that", a year allowed below the floor in force, a platform that replaces the brands it rules out, and the
undo limit counted in changes of the search."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _priced_detail(session):
    """A list, then the details of its second phone; that phone."""
    session.ask("phones under $2000")
    phone = session.ask("the second one").focus[0]
    assert phone.price("USD") is not None
    return phone


@pytest.mark.parametrize("text", ["cheaper", "cheaper than that", "便宜点"])
def test_cheaper_after_the_details_of_one_phone_goes_below_that_phone(session, text):
    phone = _priced_detail(session)
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and budget.hi is not None and budget.hi < phone.price("USD")


def test_cheaper_after_the_details_of_one_phone_keeps_the_phones_just_below_it(session):
    phone = _priced_detail(session)
    below = [p for p in session.ranking().matching_phones if p.price("USD") is not None and p.price("USD") < phone.price("USD")]
    session.ask("cheaper")
    assert session.state.constraints.budget.hi >= max(p.price("USD") for p in below)


def test_a_bigger_screen_after_the_details_of_one_phone_goes_past_that_phone(session):
    session.ask("phones under $2000")
    phone = session.ask("the third one").focus[0]
    session.ask("a bit bigger screen")
    bound = session.state.constraints.spec("screen_in")
    assert bound is not None and bound.lo is not None and bound.lo > phone.spec("screen_in")


@pytest.mark.parametrize("text", ["scratch that, make it 550", "hmm scratch that, make it 550", "never mind that, make it 550"])
def test_a_figure_after_scratch_that_replaces_the_one_just_said(session, text):
    session.ask("phones under $400")
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (None, 550)


def test_a_kind_after_scratch_that_keeps_the_rest_of_the_search(session):
    session.ask("show me foldables under $1500")
    session.ask("scratch that, a regular phone")
    constraints = session.state.constraints
    assert constraints.devices == frozenset({"phone"}) and constraints.budget.hi == 1500


def test_a_brand_after_never_mind_that_replaces_the_brand_and_keeps_the_budget(session):
    session.ask("samsung under $600")
    session.ask("never mind that, show me pixels")
    constraints = session.state.constraints
    assert constraints.brands == frozenset({"Google"}) and constraints.budget.hi == 600


def test_an_undo_verb_before_a_wish_still_takes_the_last_step_back(session):
    session.ask("phones under $900")
    session.ask("samsung")
    session.ask("undo that and add 5G")
    constraints = session.state.constraints
    assert not constraints.brands and constraints.needs_5g and constraints.budget.hi == 900


@pytest.mark.parametrize("text", ["scratch the 5g", "ditch the 5g"])
def test_scratching_a_filter_by_its_name_drops_it(session, text):
    session.ask("5g phones under $900")
    session.ask(text)
    assert not session.state.constraints.needs_5g and session.state.constraints.budget.hi == 900


@pytest.mark.parametrize("text", ["and 2023 works as well", "2023 is fine too", "2023年的也可以"])
def test_a_year_allowed_below_the_floor_moves_the_floor_to_it(session, text):
    session.ask("phones from 2024 or newer")
    session.ask(text)
    bound = session.state.constraints.spec("year")
    assert bound is not None and (bound.lo, bound.hi) == (2023, None)


def test_a_year_allowed_above_the_floor_changes_nothing(session):
    session.ask("phones from 2022 or newer")
    session.ask("2023 is fine too")
    assert session.state.constraints.spec("year").lo == 2022


@pytest.mark.parametrize("text", ["what about android ones", "安卓的"])
def test_android_after_iphones_replaces_the_apple_wish(session, text):
    session.ask("iphone under $900")
    session.ask(text)
    constraints = session.state.constraints
    assert constraints.platform == "android" and not constraints.brands and constraints.budget.hi == 900


def test_android_keeps_the_android_brands_of_the_wish(session):
    session.ask("samsung or apple")
    session.ask("android only")
    assert session.state.constraints.brands == frozenset({"Samsung"})


def test_iphones_after_android_replace_the_platform(session):
    session.ask("android phones")
    session.ask("actually show me iphones")
    constraints = session.state.constraints
    assert constraints.platform is None and constraints.brands == frozenset({"Apple"})


def test_the_undo_limit_counts_no_page_moves(session):
    session.ask("5g phones")
    session.ask("show more")
    session.ask("show more")
    answer = session.ask("undo the last 3 changes")
    assert "only go back 1 step" in answer.text and session.state.constraints.needs_5g


@pytest.mark.parametrize("text", ["把刚才那步撤销掉", "把上一步撤回"])
def test_the_step_named_before_the_undo_verb_is_taken_back(session, text):
    session.ask("3000元以内的手机")
    session.ask("内存要8G以上")
    session.ask(text)
    assert session.state.constraints.spec("ram_gb") is None and session.state.constraints.budget.hi == 3000


@pytest.mark.parametrize("first, second, mine, back", [
    ("phone for my mom, under 250", "she prefers samsung", "ok now one for me, 1000 max, 5g", "back to my mom's phone"),
    ("给我妈买个手机，一千五以内", "三星的", "现在看看我自己的，4000以内，要5G", "再回到我妈的"),
])
def test_going_back_to_a_relatives_search_by_whose_it_is_restores_it(session, first, second, mine, back):
    session.ask(first)
    session.ask(second)
    theirs = session.state.search()
    session.ask(mine)
    session.ask(back)
    assert session.state.search() == theirs and session.state.owner in ("mom", "妈")


@pytest.mark.parametrize("text, key, lowest", [
    ("ok the cheaper one then", "price", True), ("the lighter of the two", "weight_g", True),
    ("tell me more about the cheaper one", "price", True), ("便宜的那个详细说说", "price", True),
    ("那就轻的那个吧", "weight_g", True), ("屏幕大的那个怎么样", "screen_in", False),
])
def test_a_comparative_pick_after_a_comparison_opens_the_compared_phone_that_wins(session, text, key, lowest):
    session.ask("phones under $2000")
    compared = session.ask("compare 1 and 3").focus
    values = [p.price("USD") if key == "price" else p.spec(key) for p in compared]
    assert values[0] != values[1]
    before = session.state.constraints
    answer = session.ask(text)
    winner = compared[values.index(min(values) if lowest else max(values))]
    assert answer.kind == "details" and list(answer.focus) == [winner] and session.state.constraints == before


def test_cheaper_after_a_list_still_moves_the_search(session):
    session.ask("phones under $2000")
    session.ask("the cheaper one")
    assert session.state.constraints.budget.hi < 2000


def test_and_for_me_after_a_relatives_tablet_goes_back_to_the_shoppers_own_search(session):
    session.ask("phones under $700 with 5g")
    mine = session.state.search()
    session.ask("btw my daughter needs an ipad, what's there under 800")
    assert session.state.owner == "daughter" and session.state.topic == "tablet"
    answer = session.ask("ok and for me?")
    assert answer.kind == "results" and session.state.search() == mine


def test_a_bare_and_for_me_with_no_one_else_searched_for_is_still_no_filter_change(session):
    session.ask("phones under $700 with 5g")
    before = session.state.search()
    session.ask("and for me?")
    assert session.state.search() == before


def _a_price_shown_once(session, currency="USD"):
    """The position and price of a shown phone no other shown phone shares the price of."""
    phones = [p.phone for p in session.ask("phones under $2000").picks]
    prices = [p.price(currency) for p in phones]
    n = next(n for n, price in enumerate(prices) if price is not None and prices.count(price) == 1)
    return phones[n], prices[n]


@pytest.mark.parametrize("form", ["the ${} one", "ok what about the {} dollar one", "{}的那款详细说说"])
def test_a_shown_phone_pointed_at_by_its_price_is_opened_and_the_budget_stays(session, form):
    phone, price = _a_price_shown_once(session)
    before = session.state.search()
    answer = session.ask(form.format(f"{price:g}"))
    assert answer.kind == "details" and list(answer.focus) == [phone] and session.state.search() == before


@pytest.mark.parametrize("text", ["and the battery of that?", "price of that?", "the camera on this one?"])
def test_an_aspect_of_that_after_a_details_answer_is_a_question_about_that_phone(session, text):
    session.ask("phones under $2000")
    phone = session.ask("the second one").focus[0]
    before = session.state.search()
    answer = session.ask(text)
    assert answer.kind == "details" and list(answer.focus) == [phone] and session.state.search() == before


@pytest.mark.parametrize("text", ["back to the list", "go back to the list", "返回列表", "回到结果吧"])
def test_back_to_the_list_after_a_details_answer_shows_that_list_as_it_was(session, text):
    shown = [p.phone.id for p in session.ask("phones under $2000").picks]
    session.ask("the third one")
    answer = session.ask(text)
    assert [p.phone.id for p in answer.picks] == shown


@pytest.mark.parametrize("text", ["brands other than samsung are ok too", "三星以外的也可以看看", "除了三星也可以看看别的"])
def test_other_brands_besides_the_wanted_one_too_open_the_search_without_refusing_it(session, text):
    session.ask("samsung phones under $700")
    session.ask(text)
    constraints = session.state.constraints
    assert not constraints.brands and not constraints.exclude_brands and constraints.budget.hi == 700


@pytest.mark.parametrize("text, added", [("apart from samsung, oneplus too", "OnePlus"), ("除了三星，小米也可以", "Xiaomi")])
def test_a_brand_besides_the_wanted_one_joins_it(session, text, added):
    session.ask("samsung phones under $700")
    session.ask(text)
    assert session.state.constraints.brands == frozenset({"Samsung", added})


def test_any_brand_except_one_not_wanted_still_refuses_it(session):
    session.ask("google phones")
    session.ask("every brand except huawei is fine")
    constraints = session.state.constraints
    assert not constraints.brands and constraints.exclude_brands == frozenset({"Huawei"})


@pytest.mark.parametrize("first, raised, back, hi", [
    ("phones under $400 with 5g", "raise the budget a bit, 450 max", "nah, put it back to 400", 400),
    ("4000以内的手机", "预算加到4500", "改回4000吧", 4000),
])
def test_a_figure_put_back_replaces_the_raised_one(session, first, raised, back, hi):
    session.ask(first)
    session.ask(raised)
    session.ask(back)
    assert session.state.constraints.budget.hi == hi


@pytest.mark.parametrize("text, gone", [("不要限制预算了", "budget"), ("别再限制品牌了", "brands")])
def test_a_chinese_do_not_limit_before_the_filter_drops_it(session, text, gone):
    session.ask("三星手机，5000以内")
    session.ask(text)
    assert not getattr(session.state.constraints, gone)
