"""Root turns of failing conversations (issue 10), each a rule a stranger's wording may hit: a second refusal said
with "也别要" joins the first, a tablet detour left with "平板就先这样" or "that's sorted", a floor corrected into a
ceiling, a budget let go ("budget's no longer an issue", "预算先不用管了"), a help question with a "besides" clause,
a "why" about a shown position, and a named phone weighed against a shown one ("一加12跟第一个比哪个好")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["荣耀的也别要", "荣耀的也别买了", "荣耀也别选", "还有荣耀也排除掉", "no honor either"])
def test_a_second_refusal_joins_the_one_in_force(session, text):
    session.ask("推荐个手机，4000以内，华为的不要")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Huawei", "Honor"})
    assert not answer.constraints.brands


@pytest.mark.parametrize("text", [
    "平板就先这样，回到我的手机", "平板的事暂时就这么定了，接着看我的手机", "平板选好了，回到手机吧",
    "ok that's sorted. back to my phone now", "great, that one's settled - back to my phone", "done with that, back to phones",
    "ok so thats done, back to the phone",
])
def test_closing_a_tablet_detour_then_naming_the_phone_restores_the_phone_search(session, text):
    phone = session.ask("三星手机，5000元以内，要5G")
    session.ask("先帮我女儿挑个平板，2000以内")
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints == phone.constraints


@pytest.mark.parametrize("text", [
    "budget's no longer an issue", "price's not a concern anymore", "the budget’s irrelevant now",
    "预算先不用管了，看看都有啥", "价格暂时无所谓了", "预算先不限",
])
def test_letting_the_budget_go_clears_it_and_keeps_the_rest(session, text):
    session.ask("小米手机，预算两千")
    answer = session.ask(text)
    assert answer.constraints.budget is None
    assert answer.constraints.brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text", [
    "你能做什么 besides recommending phones?", "besides phone lists, what else can you help me with?",
    "除了推荐手机，你还能干嘛", "other than finding phones, what else do you do?", "what can you do besides comparing phones?",
    "除了选手机还能帮我干点啥", "anything else you can do apart from recommendations?", "what other things can you do",
])
def test_a_help_question_that_sets_aside_what_the_advisor_does_is_help_and_changes_nothing(session, text):
    shown = session.ask("no Apple, under $300")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


def test_a_besides_clause_about_a_brand_stays_a_request(session):
    session.ask("phones under $300")
    assert session.ask("besides samsung, what do you have?").kind != "help"


@pytest.mark.parametrize("first, text, spec, side", [
    ("big screen, 6.8 inches or more, 8gb ram", "wait no, I meant 6.8 at most, it's for my small hands", "screen_in", "hi"),
    ("屏幕6.7寸以上，内存8G", "不对，我是说最多6.7", "screen_in", "hi"),
    ("8gb ram, a screen of at most 6.5 inches", "sorry, I meant 6.5 or more", "screen_in", "lo"),
])
def test_a_correction_that_says_the_other_side_turns_the_bound(session, first, text, spec, side):
    before = session.ask(first)
    answer = session.ask(text)
    figure = getattr(before.constraints.spec(spec), "lo" if side == "hi" else "hi")
    assert answer.constraints.spec(spec) == (Bound(hi=figure) if side == "hi" else Bound(lo=figure))
    assert answer.constraints.spec("ram_gb") == before.constraints.spec("ram_gb")


@pytest.mark.parametrize("text, place", [
    ("第二个 why?", 2), ("#2 why", 2), ("the 3rd one - how come?", 3), ("how come the first one is on top?", 1),
    ("第一个为啥排最前面", 1), ("第三个凭什么排第一", 3), ("为啥推荐第三个", 3),
])
def test_a_why_about_a_shown_position_explains_that_phone_and_changes_nothing(session, text, place):
    shown = session.ask("phones under $1000")
    answer = session.ask(text)
    assert answer.kind == "why"
    assert [p.id for p in answer.focus] == [shown.picks[place - 1].phone.id]
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, place", [
    ("{name}跟第一个比哪个好", 1), ("{name}和第二个比，哪个更值", 2), ("{name}跟第一个相比哪款好", 1),
])
def test_a_named_phone_weighed_against_a_shown_one_is_a_comparison_of_the_two(session, text, place):
    shown = session.ask("phones under $1000")
    other = next(r.phone for r in session.ranking().matches if r.phone.id not in {p.phone.id for p in shown.picks})
    answer = session.ask(text.format(name=other.display_name))
    assert answer.kind == "compare"
    assert {p.id for p in answer.focus} == {other.id, shown.picks[place - 1].phone.id}
    assert answer.constraints == shown.constraints
