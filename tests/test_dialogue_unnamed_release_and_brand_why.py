"""Releases said without the usual order and why-nots about a maker (issue 10): "the ram, drop it" lets the aspect named
first go; "remove that filter" / "去掉这个条件" lets go the one filter the last turn added; "why are there no xiaomis"
explains why a maker is missing (plurals of maker and family names read as the name) and changes no filter."""

from __future__ import annotations

import pytest

START = "samsung phone under $500 with 8gb ram"


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["the ram, drop it", "ram: forget it", "my memory - lose it", "the ram, scrap that"])
def test_the_aspect_then_drop_it_releases_that_aspect(session, text):
    session.ask(START)
    answer = session.ask(text)
    assert "ram_gb" not in dict(answer.constraints.specs)
    assert answer.constraints.brands == frozenset({"Samsung"})
    assert answer.constraints.budget.hi == 500


@pytest.mark.parametrize("text", ["the budget - drop it", "price: forget it", "budget, ditch it"])
def test_the_budget_then_drop_it_releases_the_budget(session, text):
    session.ask(START)
    answer = session.ask(text)
    assert answer.constraints.budget is None
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8
    assert answer.constraints.brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text", ["drop it to 400", "the budget, drop it to 400", "budget - drop it down to 400"])
def test_drop_it_to_a_figure_moves_the_budget(session, text):
    session.ask(START)
    answer = session.ask(text)
    assert answer.constraints.budget.hi == 400
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8


@pytest.mark.parametrize("text", ["remove that filter", "去掉这个条件", "这个条件不要了", "drop this filter please",
                                  "把刚才那个条件删掉"])
def test_an_unnamed_filter_released_is_the_one_the_last_turn_added(session, text):
    session.ask("samsung phone under $500")
    assert dict(session.ask("with 8gb ram").constraints.specs)["ram_gb"].lo == 8
    answer = session.ask(text)
    assert "ram_gb" not in dict(answer.constraints.specs)
    assert answer.constraints.brands == frozenset({"Samsung"})
    assert answer.constraints.budget.hi == 500


def test_an_unnamed_filter_released_after_a_5g_turn_drops_the_5g(session):
    session.ask("samsung phone under $500")
    assert session.ask("only 5g ones").constraints.needs_5g is True
    answer = session.ask("remove that filter")
    assert not answer.constraints.needs_5g
    assert answer.constraints.budget.hi == 500


@pytest.mark.parametrize("text", ["remove that filter", "去掉这个条件"])
def test_an_unnamed_filter_after_a_turn_that_added_several_drops_nothing(session, text):
    session.ask("samsung phone under $500")
    session.ask("with 8gb ram and 5g")
    answer = session.ask(text)
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8
    assert answer.constraints.needs_5g is True
    assert answer.constraints.budget.hi == 500


def test_an_unnamed_filter_after_a_phone_answer_drops_nothing(session):
    session.ask("samsung phone under $500")
    session.ask("with 8gb ram")
    session.ask("tell me about the first one")
    answer = session.ask("remove that filter")
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8


@pytest.mark.parametrize(("first", "text"), [
    ("phones under $500", "why isnt there any samsung"),
    ("phones under $300 with 12gb ram", "why are there no xiaomis"),
    ("iphone under $600", "how come no pixels?"),
    ("iphone under $600", "why arent there any galaxys"),
    ("phones under $300", "how come there's no iphones"),
])
def test_why_a_maker_is_missing_is_explained_and_changes_nothing(session, first, text):
    before = session.ask(first).constraints
    answer = session.ask(text)
    assert answer.kind == "why_not"
    assert answer.constraints == before


def test_a_why_about_a_shown_phone_stays_a_why(session):
    session.ask("phones under $500")
    assert session.ask("how come the first one is cheaper").kind == "why"
