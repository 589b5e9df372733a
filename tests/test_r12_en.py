"""Readings from the SEALED-11 English dialogue failures (issues 9, 10): "my phone" as the handset in the shopper's hand
is no return to the shopper's own search, "spare me the X" refuses X."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.talk import back_to_myself


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["ok she held my phone and says weight is not a big deal after all, take that off",
                                  "she tried my phone, weight doesn't matter",
                                  "grandma was typing on my phone: forget the weight limit"])
def test_the_handset_in_hand_keeps_the_search_for_someone_else(session, text):
    session.ask("a phone for my grandmother, 6.5 inch or bigger, under 40000 PKR")
    session.ask("keep it below 190g")
    answer = session.ask(text)
    assert answer.constraints.budget.hi == 40000.0
    assert dict(answer.constraints.specs) == {"screen_in": Bound(lo=6.5)}


@pytest.mark.parametrize("text", ["my phone again", "now my own phone", "ok, back to my phone"])
def test_my_phone_said_as_a_destination_still_goes_back_to_the_shoppers_own(text):
    assert back_to_myself(text)


@pytest.mark.parametrize("text", ["And spare me the Motorolas. Had one. Never again.", "spare me motorola please",
                                  "spare us the motorola phones"])
def test_spare_me_refuses_the_brand(session, text):
    session.ask("phones under 300 dollars")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Motorola"})
    assert not answer.constraints.brands


def test_spare_me_the_details_refuses_no_brand(session):
    session.ask("phones under 300 dollars")
    assert not session.ask("spare me the details").constraints.exclude_brands
