"""Single-message readings from SEALED-9 English sessions (issue 10): a spec praised before its figure ("battery must
be good, 5000 at least") takes the figure as its floor, not a price; "hm" opens a reference as "hmm" does ("hm the
2nd"); a brand said to be "also good" / "also fine" joins the wanted brands, also when someone else says so ("my
neighbour says Motorola is also good")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import slots

# --- a praised spec, then its figure ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, floor", [
    ("And battery must be good, 5000 at least", 5000.0),
    ("battery should be really strong, 6000 minimum", 6000.0),
    ("the battery has to be big, at least 5500", 5500.0),
])
def test_a_praised_battery_then_a_figure_is_the_battery_floor(vocab, text, floor):
    found = slots(understand(text, vocab))
    assert found.get("spec:battery_mah") == ("set", Bound(lo=floor))
    assert "budget" not in found


@pytest.mark.parametrize("text, cap", [("battery must be good, 20000 max", 20000.0),
                                       ("battery good, under 20000", 20000.0)])
def test_a_praised_battery_then_a_capped_figure_is_a_price_cap(vocab, text, cap):
    found = slots(understand(text, vocab))
    assert "spec:battery_mah" not in found
    assert found["budget"][1].hi == cap


# --- "hm" before a reference -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, position", [("hm the 2nd", 2), ("hm, the second one", 2), ("hm what about the 3rd one", 3)])
def test_hm_before_a_position_asks_about_that_shown_phone(vocab, text, position):
    followup = understand(text, vocab).followup
    assert followup is not None
    assert (followup.kind, followup.refs) == ("details", (position,))


# --- "X is also good" ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [
    ("My neighbour says Motorola is also good, you can include it", "Motorola"),
    ("Motorola is also good", "Motorola"),
    ("my brother says oppo would also be fine", "Oppo"),
    ("honor is also ok", "Honor"),
])
def test_a_brand_said_to_be_also_good_joins_the_wanted_brands(vocab, text, brand):
    assert slots(understand(text, vocab)).get("brands") == ("add", frozenset({brand}))


def test_also_good_for_a_use_asked_about_does_not_add_the_brand(vocab):
    assert slots(understand("motorola is also good for gaming?", vocab)).get("brands", ("set",))[0] != "add"


def test_my_own_phone_said_to_be_good_is_no_wish(vocab):
    assert "brands" not in slots(understand("my old samsung is also good", vocab))


# --- what the advisor is ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["What is it you do exactly? You are a computer program?", "what is it that you do?",
                                  "you are a robot?", "are you a computer program"])
def test_asking_what_the_advisor_is_is_a_help_move(text):
    assert conversation_move(text) == "help"


def test_saying_you_are_a_bot_without_asking_is_no_help_move():
    assert conversation_move("you are a bot, right") != "help"
