"""A figure held before said to have been right (issue 10, from the SEALED-3 dialogue failures): "hmm no, 12 was fine
after all" after raising RAM from 12 to 16 GB puts the bound back at 12; the other filters stay."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", [
    "hmm no, 12 was fine after all", "actually 12 was fine", "12 was enough after all", "还是12吧", "嗯 还是回到12吧",
])
def test_a_figure_said_to_have_been_right_puts_the_earlier_bound_back(session, text):
    session.ask("phone with 12gb ram minimum, max 800 dollars")
    session.ask("exclude oneplus and realme")
    raised = session.ask("more ram pls, 16gb or more")
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") == Bound(lo=12)
    assert answer.constraints.budget == raised.constraints.budget
    assert answer.constraints.exclude_brands == frozenset({"OnePlus", "Realme"})


def test_a_position_said_to_have_been_right_moves_no_bound(session):
    session.ask("phone with 12gb ram minimum, max 800 dollars")
    raised = session.ask("more ram pls, 16gb or more")
    answer = session.ask("the 4th one was fine")
    assert answer.constraints.spec("ram_gb") == raised.constraints.spec("ram_gb")


@pytest.mark.parametrize("text", ["16 is too much, 12 was fine", "16 is overkill, 12 is enough", "16太多了，12就够",
                                  "16G有点多了 12吧"])
def test_the_figure_in_force_said_too_much_then_another_replaces_it(session, text):
    session.ask("phone with 12gb ram minimum, max 800 dollars")
    raised = session.ask("more ram pls, 16gb or more")
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") == Bound(lo=12)
    assert answer.constraints.budget == raised.constraints.budget


def test_a_budget_said_too_much_then_another_moves_the_budget(session):
    session.ask("phones under 600 dollars with 8gb ram")
    answer = session.ask("600 is too much, 450")
    assert answer.constraints.budget.hi == 450
    assert answer.constraints.spec("ram_gb") == Bound(lo=8)
