"""Two older dialogue gaps (issue 10): a correction that says a figure of a spec filter in force again with the other
side ("oops, I meant 5000 max" after a battery floor of 5000) turns that filter, where the parser alone reads a budget;
and a loose name answering "which one?" ("the pixel" after comparing a Pixel and a Galaxy) opens that phone of the
ones in question instead of adding a brand filter."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("first, text", [
    ("phone with a battery of at least 5000 mah under 500 dollars", "oops, I meant 5000 max"),
    ("phone with a battery of at least 5000 mah under 500 dollars", "sorry, I meant 5000 at most"),
    ("phone with a battery of at least 5000 mah under 500 dollars", "my bad, 5000 or less"),
    ("电池至少5000毫安，3000元以内", "不对，我是说最多5000"),
])
def test_a_corrected_spec_figure_with_the_other_side_turns_that_filter_not_the_budget(session, first, text):
    before = session.ask(first)
    answer = session.ask(text)
    assert answer.constraints.spec("battery_mah") == Bound(hi=5000)
    assert answer.constraints.budget == before.constraints.budget


def test_a_corrected_figure_with_a_currency_stays_a_budget(session):
    session.ask("phone with a battery of at least 5000 mah under 500 dollars")
    answer = session.ask("oops, I meant $5000 max")
    assert answer.constraints.budget.hi == 5000
    assert answer.constraints.spec("battery_mah") == Bound(lo=5000)


def test_a_corrected_figure_of_the_budget_stays_the_budget(session):
    session.ask("phone with a battery of at least 5000 mah under 500 dollars")
    answer = session.ask("oops, I meant max 600")
    assert answer.constraints.budget.hi == 600
    assert answer.constraints.spec("battery_mah") == Bound(lo=5000)


@pytest.mark.parametrize("text, opened", [
    ("the pixel", "google-pixel-8a-128gb"), ("the samsung one", "samsung-galaxy-s24-128gb"),
    ("what about the pixel?", "google-pixel-8a-128gb"), ("三星那台", "samsung-galaxy-s24-128gb"),
    ("谷歌那个", "google-pixel-8a-128gb"),
])
def test_a_loose_name_answering_which_one_opens_that_phone_of_the_ones_in_question(session, text, opened):
    shown = session.ask("phones under 1500 dollars")
    session.ask("compare the pixel 8a and the galaxy s24")
    asked = session.ask("ok go with that one")
    assert len(asked.focus) == 2
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone.id == opened
    assert answer.constraints == shown.constraints


def test_a_comparison_question_after_which_one_still_compares(session):
    session.ask("phones under 1500 dollars")
    session.ask("compare the pixel 8a and the galaxy s24")
    session.ask("ok go with that one")
    answer = session.ask("is the pixel better than the galaxy s24?")
    assert answer.kind == "compare"


def test_a_loose_name_with_a_new_wish_after_which_one_is_a_request(session):
    session.ask("phones under 1500 dollars")
    session.ask("compare the pixel 8a and the galaxy s24")
    session.ask("ok go with that one")
    answer = session.ask("the pixel, but under 400")
    assert answer.kind == "results"
    assert answer.constraints.budget.hi == 400
