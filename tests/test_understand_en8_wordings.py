"""English wordings nobody tuned the parser to (issue 9): a currency said after a tolerance belongs to the amount before
it, "a lakh" is one lakh, a sort's direction may come before "on" the aspect, a hyphened "highest-capacity battery"
orders by battery, "the top of the list" is a place in the order rather than the list on screen, a chip "comparable to
or better than" another is a floor that keeps it, one that "can beat" another is strictly above it, "what are you good
for" asks for help, "cool beans" is social and "can you compare them" compares the list."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.followups import over_shown
from advisor.understanding.request import Sort
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text, budget", [
    ("500 give or take 50 dollars", ("USD", 450, 550)), ("800, give or take 100 dollars", ("USD", 700, 900)),
    ("600 +/- 100 usd", ("USD", 500, 700)), ("20000 plus or minus 2000 rupees", ("INR", 18000, 22000)),
])
def test_a_currency_after_the_tolerance_is_the_amounts(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("under a lakh rupees", ("INR", None, 100000)), ("phone below a lakh", ("INR", None, 100000)),
    ("less than half a lakh rupees", ("INR", None, 50000)),
])
def test_a_lakh_is_one_lakh_of_rupees(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, sort", [
    ("sorted low to high on price, honor", Sort("price", False)), ("xiaomi, sort high to low on price", Sort("price", True)),
    ("ranked low to high in weight", Sort("weight_g", False)),
])
def test_a_direction_before_on_the_aspect_orders_by_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["highest-capacity battery first", "highest-capacity batteries on top"])
def test_a_hyphened_highest_capacity_battery_orders_by_battery(vocab, text):
    assert understand(text, vocab).sort == Sort("battery_mah", True)


@pytest.mark.parametrize("text", ["top of the list should be the biggest battery", "head of the list: the cheapest",
                                  "the bottom of the list should be the heaviest"])
def test_a_place_in_the_list_is_no_pick_among_the_phones_shown(text):
    assert not over_shown(text)


@pytest.mark.parametrize("text, bound", [
    ("performance comparable to or better than an A16", Bound(lo=5400)),
    ("cpu on par with or better than the A14", Bound(lo=4000)),
    ("a chip equal to or better than an A15", Bound(lo=4600)),
])
def test_comparable_to_or_better_than_a_chip_keeps_that_chip(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("a processor that can beat the A15", Bound(lo=4601)), ("a chip that can outperform the A14", Bound(lo=4001)),
])
def test_a_chip_that_can_beat_another_is_strictly_above_it(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text", ["what are you good for", "whats this for", "what r u good for", "what is this thing for?",
                                  "what are you useful for"])
def test_asking_what_the_advisor_is_for_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["cool beans", "awesome sauce", "rad", "dope, thanks"])
def test_playful_praise_is_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["can u compare them", "could you compare them?", "can you compare them for me"])
def test_asking_to_compare_them_is_no_question_about_the_advisor(vocab, text):
    assert conversation_move(text) is None and understand(text, vocab).followup is not None


@pytest.mark.parametrize("text", ["heavy-duty battery", "a phone with a heavy duty battery", "heavier-duty battery please"])
def test_a_heavy_duty_battery_is_a_battery_need_with_no_word_left_to_guess_from(vocab, text):
    request = understand(text, vocab)
    assert (request.intents, request.unread, request.sort) == (("battery",), (), None)


def test_the_heaviest_duty_battery_orders_by_battery_not_by_weight(vocab):
    assert understand("heaviest-duty battery in a samsung under $500", vocab).sort == Sort("battery_mah", True)
