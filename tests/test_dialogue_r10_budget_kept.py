"""A budget kept where it is (issue 10): "stay at 25k", "keep it at 30k", "budget stays at 30k" are a ceiling, as "keep
the budget at 30k" is, and an undo closed by one ("还是撤回吧，stay at 25k") restores the cap; the "at" of a price
level ("phones at 30k") stays about that much."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


_START = "budget 25k rupees以内，必须5G"


@pytest.mark.parametrize(("text", "hi"), [("stay at 25k", 25000.0), ("keep it at 30k", 30000.0),
                                          ("budget stays at 30k", 30000.0), ("ok stick at 28k", 28000.0)])
def test_a_budget_kept_at_a_figure_is_a_ceiling(session, text, hi):
    session.ask(_START)
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="INR", hi=hi)
    assert answer.constraints.needs_5g is True


def test_an_undo_closed_by_the_kept_budget_restores_the_cap(session):
    session.ask(_START)
    session.ask("budget can go a bit higher，30k max吧")
    answer = session.ask("emm 还是撤回吧，stay at 25k")
    assert answer.constraints.budget == Budget(currency="INR", hi=25000.0)
    assert answer.constraints.needs_5g is True


def test_phones_at_a_figure_stay_a_price_level(session):
    session.ask(_START)
    answer = session.ask("phones at 30k")
    assert answer.constraints.budget == Budget(currency="INR", lo=25500.0, hi=34500.0, around=30000.0)
