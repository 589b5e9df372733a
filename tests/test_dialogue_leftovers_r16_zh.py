"""Chinese leftovers of earlier rounds (issues 9 and 10), each beside the closest wording that must keep its meaning:
a launch year before which phones are wanted or refused ("2020年之前的", "别给我2021前的"), a price held at a figure
("价格卡死在5000"), a goodbye until later that names a brand ("等发工资再来看华为") and Hong Kong dollars named in
one message and counted by a bare 蚊 in a later one."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move
from tests.helpers import ask_all, budget_read, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a year with 之前 / 以前 / 前: the year itself in, its refusal the mirror (see specs._year_bound) --------------------

@pytest.mark.parametrize("text", ["2020年之前的", "2020以前的手机", "20年之前出的", "2020年前上市的"])
def test_a_year_then_before_keeps_that_year_and_the_older_ones(vocab, text):
    assert spec_after(text, vocab, "year") == (None, 2020)


@pytest.mark.parametrize("text, floor", [
    ("2020年以前出的不要", 2021), ("别给我2021前的", 2022), ("不考虑2020年之前的", 2021), ("2021前的别推荐", 2022),
    ("2020年以前的就算了", 2021),
])
def test_a_year_then_before_refused_wants_the_years_after_it(vocab, text, floor):
    assert spec_after(text, vocab, "year") == (floor, None)


@pytest.mark.parametrize("text, bound", [("2020年以后的", (2020, None)), ("2020年之后的不要", (None, 2019))])
def test_a_year_then_after_keeps_that_year_and_its_refusal_is_the_mirror(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


@pytest.mark.parametrize("text, bound", [("早于2020年的", (None, 2019)), ("before 2020", (None, 2019)),
                                         ("nothing before 2020", (2020, None))])
def test_a_comparison_word_before_a_year_keeps_the_year_out(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_a_year_then_before_said_without_the_year_leaves_it_out(vocab):
    assert spec_after("2021年以前（不含2021年）的", vocab, "year") == (None, 2020)


# -- a price held at a figure: "卡死在5000" is a ceiling, not "about 5000" ----------------------------------------------

@pytest.mark.parametrize("text, hi", [
    ("价格卡死在5000", 5000), ("最多卡在五千", 5000), ("价钱卡在三千", 3000), ("价位死死卡在4000", 4000),
    ("售价卡死4500", 4500), ("价格死卡5000", 5000), ("顶多卡在5000", 5000), ("预算5000卡死", 5000), ("卡死在6000", 6000),
])
def test_a_price_held_at_a_figure_is_a_ceiling(vocab, text, hi):
    assert budget_read(vocab, text) == ("CNY", None, hi)


def test_a_price_held_at_a_figure_said_loosely_is_about_it(vocab):
    assert budget_read(vocab, "价格卡在5000左右") == ("CNY", 4250, 5750)


def test_a_price_named_at_a_figure_with_no_hold_stays_about_it(vocab):
    assert budget_read(vocab, "价格在5000") == ("CNY", 4250, 5750)


def test_a_spec_held_at_a_figure_is_its_ceiling(vocab):
    assert spec_after("电池卡在5000毫安", vocab, "battery_mah") == (None, 5000)


def test_a_phone_that_hangs_holds_no_figure(vocab):
    assert budget_read(vocab, "手机老是卡死，5000左右") == ("CNY", 4250, 5750)


# -- a goodbye until later naming what the shopper will look at then: no filter changes ----------------------------

@pytest.mark.parametrize("text", ["上岸了回来换平果", "等发工资再来看华为", "等我攒够钱再来买苹果", "过几天发了奖金再来看看三星",
                                  "好的谢谢，下个月再来看oppo", "考完试回来再换vivo", "那就先这样，等发工资了再来"])
def test_a_goodbye_until_later_keeps_the_filters(session, text):
    answer = ask_all(session, "预算3000，要小米", text)
    assert answer.kind == "social"
    assert answer.constraints.brands == frozenset({"Xiaomi"}) and answer.constraints.budget.hi == 3000


@pytest.mark.parametrize("text", ["回头再来", "改天再过来看看", "等我问问我爸再来"])
def test_a_goodbye_until_later_is_a_social_move(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["不要小米了回来看华为", "明天要用，来个华为", "等我看完这几款再来看华为"])
def test_a_choice_before_coming_back_is_no_goodbye(text):
    assert conversation_move(text) is None


def test_a_goodbye_until_later_in_traditional_characters_keeps_the_filters(session):
    answer = ask_all(session, "预算3000，要小米", "等發工資再來看華為")
    assert answer.kind == "social" and answer.constraints.brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text", ["再来看看华为", "换华为", "等等，还是看看华为吧", "发工资了，来看看华为", "算了，回来看华为吧",
                                  "等一下，再来看看华为"])
def test_a_brand_asked_for_now_is_still_a_wish(session, text):
    answer = ask_all(session, "预算3000，要小米", text)
    assert answer.kind == "results" and "Huawei" in answer.constraints.brands


# -- Hong Kong dollars named once: a later bare 蚊 counts them ------------------------------------------------------

@pytest.mark.parametrize("first, later", [("预算3000港币", "算了，改成两千五蚊"), ("我用港币计", "预算四千蚊"),
                                          ("HK$ please", "最多4000蚊"), ("我俾港元㗎", "三千蚊以内有咩推介")])
def test_hong_kong_dollars_named_earlier_are_what_a_later_man_counts(session, first, later):
    answer = ask_all(session, first, later)
    assert answer.constraints.budget is None and any("HKD" in note for note in answer.notes)


def test_man_with_no_hong_kong_dollars_named_in_the_conversation_is_yuan_said_as_a_guess(session):
    answer = ask_all(session, "要小米", "预算两千蚊")
    assert answer.constraints.budget.currency == "CNY" and any("港币" in note for note in answer.notes)


def test_a_currency_named_beside_man_outranks_hong_kong_dollars_named_earlier(session):
    answer = ask_all(session, "预算3000港币", "预算两千蚊美金")
    assert (answer.constraints.budget.currency, answer.constraints.budget.hi) == ("USD", 2000)


def test_hong_kong_dollars_are_forgotten_with_the_rest_on_a_new_start(session):
    answer = ask_all(session, "预算3000港币", "重新开始", "预算两千蚊")
    assert answer.constraints.budget.currency == "CNY"


def test_hong_kong_dollars_named_survive_the_state_round_trip(small_advisor):
    from advisor.dialogue.state import DialogueState

    first = small_advisor.session()
    first.ask("预算3000港币")
    assert DialogueState.from_json(first.state_json()).hong_kong_dollars
