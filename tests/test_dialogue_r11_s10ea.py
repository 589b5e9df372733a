"""Conversation moves from the SEALED-10 English dialogue failures (issue 10): rupees said without a country in a
conversation about Pakistani rupees, an undo said beside its reason ("nah that cut out too much, revert it") and a
change taken back by its name as the shopper's own ("take back that brand change I made")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", [
    "Oh dear, I made a mistake earlier. The budget is 45,000 rupees for each phone, not 40,000.",
    "sorry, make it Rs 45,000 instead", "45000 rupees max actually",
])
def test_rupees_without_a_country_stay_in_the_rupees_of_the_budget(session, text):
    session.ask("phones below Rs 40,000 each (Pakistani rupees)")
    answer = session.ask(text)
    assert (answer.constraints.budget.currency, answer.constraints.budget.hi) == ("PKR", 45000.0)


def test_indian_rupees_named_still_move_the_budget_to_india(session):
    session.ask("phones below Rs 40,000 each (Pakistani rupees)")
    assert session.ask("actually 45,000 indian rupees max").constraints.budget.currency == "INR"


def test_rupees_after_a_dollar_budget_are_still_indian(session):
    session.ask("phone under $400")
    assert session.ask("make it 30000 rupees").constraints.budget.currency == "INR"


@pytest.mark.parametrize("text", [
    "nah that cut out too much, revert it", "that was way too strict, undo", "hmm too few left now, undo that",
])
def test_an_undo_beside_its_reason_takes_the_last_change_back(session, text):
    session.ask("phone with 12gb ram or more under $600")
    session.ask("no mediatek chips")
    answer = session.ask(text)
    assert answer.constraints.exclude_chipsets == frozenset()
    assert answer.constraints.spec("ram_gb") == Bound(lo=12.0)


def test_an_undo_beside_a_wish_still_reads_the_wish(session):
    session.ask("phone with 12gb ram or more under $600")
    session.ask("no mediatek chips")
    answer = session.ask("undo that, and 5g is a must")
    assert (answer.constraints.exclude_chipsets, answer.constraints.needs_5g) == (frozenset(), True)


@pytest.mark.parametrize("text", [
    "Actually, take back that brand change I made, please.", "undo the brand filter we just added",
    "revert the brand change i made",
])
def test_a_named_change_said_as_the_shoppers_own_is_taken_back(session, text):
    session.ask("phone under $400")
    session.ask("only google or motorola")
    session.ask("at least 8gb ram")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)


@pytest.mark.parametrize("text, brand", [
    ("ok wipe all that. new order for premium customers: Galaxy S models, nothing else", "Samsung"),
    ("erase everything, pixel only", "Google"),
    ("you know what, start from zero: just a motorola", "Motorola"),
])
def test_wiping_it_all_then_a_new_wish_keeps_only_the_new_wish(session, text, brand):
    session.ask("5g phone under $300 with a 6.6 inch screen or larger")
    answer = session.ask(text)
    assert (answer.constraints.budget, answer.constraints.needs_5g, answer.constraints.specs) == (None, False, ())
    assert answer.constraints.brands == frozenset({brand})


@pytest.mark.parametrize("text, places", [
    ("ok, number 1 vs number 3 please", (0, 2)), ("so, 2 vs 4", (1, 3)), ("alright, number 1 versus number 2", (0, 1)),
])
def test_an_opener_before_a_versus_of_positions_is_no_phone(session, text, places):
    shown = [p.phone.id for p in session.ask("phone under $500").picks]
    answer = session.ask(text)
    assert answer.kind == "compare"
    assert [p.id for p in answer.comparison.phones] == [shown[i] for i in places]


def test_two_help_questions_about_this_thing_answer_help_and_keep_the_search(session):
    before = session.ask("5g phone under 60k PKR").constraints
    answer = session.ask("can this thing also compare models or give reasons? what else does it do for a shopkeeper")
    assert (answer.kind, answer.constraints) == ("help", before)
