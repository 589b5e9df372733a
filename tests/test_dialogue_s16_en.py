"""Readings from SEALED-16's English and English-led mixed dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import over_shown
from advisor.understanding.talk import conversation_move, steps_back
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- what the shopper can do, manage or swing is the budget ------------------------------------------------------

@pytest.mark.parametrize("text, hi", [("I can do 90k", 90000.0), ("i could do 600", 600.0), ("we can swing $650", 650.0),
                                      ("I can manage 550 dollars", 550.0)])
def test_an_amount_the_shopper_can_do_is_the_budget_ceiling(vocab, text, hi):
    read = budget_read(vocab, text)
    assert read is not None and read[1] is None and read[2] == hi


def test_a_correction_to_what_the_shopper_can_do_replaces_the_budget(session):
    answer = ask_all(session, "need a phone with a 50mp camera or more, under 80,000 PKR", "wait not 80, I can do 90k")
    assert answer.constraints.budget.currency == "PKR" and answer.constraints.budget.hi == 90000.0
    assert answer.constraints.specs


def test_a_weight_the_shopper_can_do_stays_a_weight(vocab):
    assert budget_read(vocab, "I can do 200g at most") is None


# -- a superlative over the shown tablets or devices "there" ------------------------------------------------------

@pytest.mark.parametrize("text", ["tell me about the cheapest tablet there", "what about the lightest tablet in there",
                                  "the biggest-screen device there?", "the cheapest handset in here"])
def test_a_superlative_device_there_is_taken_over_the_shown_phones(text):
    assert over_shown(text)


def test_the_cheapest_tablet_there_opens_the_cheapest_shown_tablet(session):
    answer = ask_all(session, "tablets under $1000", "tell me about the cheapest tablet there")
    assert answer.kind == "details" and [pick.phone.model for pick in answer.picks] == ["iPad Air 128GB"]


def test_the_cheapest_tablets_with_no_pointer_still_orders_the_list(session):
    answer = ask_all(session, "tablets under $1000", "show me the cheapest tablets")
    assert answer.kind == "results" and len(answer.picks) > 1


# -- one undo word said twice beside the same move in other words ------------------------------------------------

@pytest.mark.parametrize("text", ["撤回撤回, go back", "undo undo, go back", "undo, undo, take it back", "撤销撤销，回到上一步"])
def test_an_undo_said_twice_beside_the_move_restated_goes_back_once(text):
    assert conversation_move(text) == "undo" and steps_back(text) == 1


@pytest.mark.parametrize("text", ["undo, undo", "撤回撤回", "ugh undo undo"])
def test_an_undo_said_twice_alone_still_goes_back_twice(text):
    assert conversation_move(text) == "undo" and steps_back(text) == 2


def test_a_counted_undo_beside_the_move_restated_keeps_its_count():
    assert steps_back("undo x2, go back") == 2


def test_a_doubled_undo_then_go_back_restores_the_state_one_step_back(session):
    answer = ask_all(session, "phones under $600 with 5000mah at least", "no samsung please", "ok samsung is fine too",
                     "撤回撤回, go back")
    assert answer.constraints.exclude_brands == {"Samsung"}


# -- a chat abbreviation after a price is no storage unit --------------------------------------------------------

@pytest.mark.parametrize("text", ["under $650 tbh", "samsung under $650 tbf", "under $650 tbd on the brand"])
def test_a_chat_abbreviation_opening_with_tb_after_a_price_leaves_the_price_a_budget(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 650.0)


@pytest.mark.parametrize("text", ["phone for 1tb under $900", "under $900, 1 tb storage"])
def test_terabytes_beside_a_price_stay_the_storage(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 900.0)
    assert slots(understand(text, vocab))["spec:storage_gb"][1].lo == 1024.0
