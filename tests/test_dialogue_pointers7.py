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
