"""Loosening a series refusal and the 5G need (issue 10, from the SEALED-4 dialogue failures): "galaxy a is fine
actually" after "not a galaxy a" lifts that refusal (and wants no Galaxy A alone); "其实4G也无所谓" drops the 5G need."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["galaxy a is fine actually", "galaxy a is ok", "actually galaxy a would be fine"])
def test_a_refused_series_said_fine_leaves_the_refusals(session, text):
    session.ask("samsung but not a galaxy a, under $900")
    answer = session.ask(text)
    assert answer.constraints.exclude_series == frozenset()
    assert answer.constraints.series == frozenset()
    assert answer.constraints.brands == frozenset({"Samsung"})


def test_a_series_said_fine_with_no_refusal_is_still_a_wish(session):
    session.ask("samsung under $900")
    answer = session.ask("galaxy a is fine")
    assert answer.constraints.series == frozenset({("Samsung", "Galaxy A")})


@pytest.mark.parametrize("text", ["其实4G也无所谓", "4G也没关系", "4G的也不要紧"])
def test_4g_said_fine_in_chinese_drops_the_5g_need(session, text):
    session.ask("要个5G手机 2500以内")
    answer = session.ask(text)
    assert answer.constraints.needs_5g is False
    assert answer.constraints.budget.hi == 2500


def test_5g_said_to_not_matter_is_not_read_as_4g(session):
    answer = session.ask("要个5G手机 2500以内 4G的不要")
    assert answer.constraints.needs_5g is True
