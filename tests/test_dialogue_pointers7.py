"""Corrections with a currency sign, and pointers at a shown phone the list does not hold (issue 10)."""

from __future__ import annotations

import pytest

from advisor.errors import RequestError
from advisor.understanding.request import Bound
from advisor.understanding.talk import replaced_number


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, pair", [("sorry, I meant $350 not $500", (500, 350)), ("¥2500 instead of ¥3000", (3000, 2500))])
def test_a_figure_with_a_currency_sign_put_in_place_of_another(text, pair):
    assert replaced_number(text) == pair


def test_a_corrected_price_with_its_sign_replaces_the_budget(session):
    session.ask("phones under $500")
    session.ask("sorry, I meant $350 not $500")
    budget = session.state.constraints.budget
    assert budget is not None and budget.bound == Bound(None, 350)


@pytest.mark.parametrize("first, pointer", [
    ("google phones", "what about the Samsung you showed"),
    ("google phones", "the samsung one from your list"),
    ("苹果手机", "你推荐的那台荣耀怎么样"),
    ("苹果手机", "刚才那台荣耀呢"),
])
def test_a_phone_said_to_be_shown_that_was_not_is_said_missing(session, first, pointer):
    session.ask(first)
    before = session.state.constraints
    with pytest.raises(RequestError):
        session.ask(pointer)
    assert session.state.constraints == before


def test_newer_after_a_list_of_mixed_years_keeps_the_newest_year_shown(session):
    shown = session.ask("apple phones").picks
    years = {p.phone.year for p in shown}
    assert len(years) > 1  # the list mixes years, so "newer" can leave its older phones out
    session.ask("something newer")
    bound = session.state.constraints.spec("year")
    assert bound is not None and bound.lo == max(years)


@pytest.mark.parametrize("pointer", ["the one in the middle", "and the middle one?", "the iphone one in the middle", "中间那台", "中间的那个呢"])
def test_the_middle_of_the_list_is_the_phone_halfway_down(session, pointer):
    shown = session.ask("apple phones").picks
    answer = session.ask(pointer)
    assert answer.kind == "details" and answer.picks[0].phone.id == shown[(len(shown) - 1) // 2].phone.id


@pytest.mark.parametrize("pointer, position", [("the iphone one at the top", 1), ("the apple in 2nd place", 2),
                                               ("the iphone in third place", 3)])
def test_a_position_said_with_the_name_of_the_shown_phones_is_that_position(session, pointer, position):
    shown = session.ask("apple phones").picks
    answer = session.ask(pointer)
    assert answer.kind == "details" and answer.picks[0].phone.id == shown[position - 1].phone.id


@pytest.mark.parametrize("text", ["撤回刚才那个改动", "取消刚才那次修改"])
def test_taking_back_the_change_named_with_that_is_an_undo(session, text):
    session.ask("三星手机，4000以内")
    session.ask("不好意思，我是说3000以内")
    session.ask(text)
    budget = session.state.constraints.budget
    assert budget is not None and budget.bound == Bound(None, 4000)


@pytest.mark.parametrize("text", ["budget doesnt matter anymore", "price dont matter now"])
def test_a_budget_said_not_to_matter_without_an_apostrophe_is_dropped(session, text):
    session.ask("samsung phones under $800")
    session.ask(text)
    assert session.state.constraints.budget is None


def test_newer_after_a_list_of_the_newest_phones_there_are_keeps_their_year(session):
    shown = session.ask("phones").picks
    newest = max(p.phone.year for p in shown)
    assert {p.phone.year for p in shown} == {newest}  # every phone shown is from the newest year the catalog has
    answer = session.ask("something newer")
    bound = session.state.constraints.spec("year")
    assert bound is not None and bound.lo == newest and answer.picks
