"""Readings from the SEALED-11 English dialogue failures (issues 9, 10): "my phone" as the handset in the shopper's hand
is no return to the shopper's own search, "spare me the X" refuses X."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.talk import back_to_myself
from advisor.understanding.understand import understand


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


@pytest.mark.parametrize("text", ["chuck poco in there too", "put poco in here as well", "throw poco in there as well"])
def test_a_brand_put_in_there_too_joins_the_wanted_brands(session, text):
    session.ask("looking at oneplus or xiaomi")
    assert session.ask(text).constraints.brands == frozenset({"OnePlus", "Xiaomi", "POCO"})


def test_a_brand_alone_in_there_replaces_the_wanted_brands(session):
    session.ask("looking at oneplus or xiaomi")
    assert session.ask("only poco in there").constraints.brands == frozenset({"POCO"})


@pytest.mark.parametrize(("text", "family"), [
    ("quick q, how big is the battery on the galaxy s24 ultra?", "Galaxy S24 Ultra"),
    ("how big is the galaxy s24 ultra battery", "Galaxy S24 Ultra"),
    ("how heavy is the pixel 9 pro", "Pixel 9 Pro"),
    ("How's the Pixel 9 Pro camera vs what I'm used to?", "Pixel 9 Pro"),
])
def test_a_question_about_an_aspect_of_a_named_phone_opens_its_details(session, text, family):
    answer = session.ask(text)
    assert (answer.kind, [p.family for p in answer.focus]) == ("details", [family])


def test_an_aspect_asked_of_phones_by_a_wish_stays_a_search(session):
    answer = session.ask("how big is the battery on phones under 300 dollars")
    assert answer.kind == "results"
    assert answer.constraints.budget.hi == 300.0


@pytest.mark.parametrize(("text", "slot", "bound"), [
    ("storage wise 256 or more please", "spec:storage_gb", Bound(lo=256.0)),
    ("storage-wise at least 256", "spec:storage_gb", Bound(lo=256.0)),
    ("battery wise 5000 minimum", "spec:battery_mah", Bound(lo=5000.0)),
    ("RAM-wise 12 or more", "spec:ram_gb", Bound(lo=12.0)),
])
def test_an_aspect_said_with_wise_owns_the_figure_after_it(vocab, text, slot, bound):
    assert [(u.slot, u.value) for u in understand(text, vocab).updates] == [(slot, bound)]


def test_otherwise_is_no_aspect_wise(vocab):
    assert [u.slot for u in understand("a pixel, otherwise 300 dollars max", vocab).updates if u.slot == "budget"] == ["budget"]


@pytest.mark.parametrize("text", ["what other things can I filter on btw? like is screen size a thing?",
                                  "what can i filter by? e.g. can I filter by weight?",
                                  "what else can we sort by, by the way",
                                  "btw what all can you do? like can u help with other stuff too"])
def test_what_the_shopper_can_filter_on_is_a_help_question_that_keeps_the_filters(session, text):
    session.ask("phones below 900 usd")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints.budget.hi) == ("help", 900.0)


def test_a_help_question_beside_a_wish_is_the_wish(session):
    answer = session.ask("what can you do? like is screen size a thing? i want 6.5 inch")
    assert answer.kind == "results"
    assert "screen_in" in dict(answer.constraints.specs)


@pytest.mark.parametrize(("text", "rank"), [
    ("and the one w/ the biggest battery out of what u showed me", lambda p: -p.battery_mah),
    ("the lightest of what you've listed", lambda p: p.weight_g),
    ("which is the cheapest among what you suggested", lambda p: p.prices["USD"]),
])
def test_a_superlative_over_what_was_shown_picks_among_the_shown_phones(session, text, rank):
    shown = [pick.phone for pick in session.ask("phones under 1000 dollars").picks]
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0].id) == ("details", min(shown, key=rank).id)


@pytest.mark.parametrize("text", [
    "ok so my two besties have the galaxy a55 and the pixel 8a and i'm literally torn, which is better??",
    "my sister has a pixel 8a and i like the galaxy a55, which is better",
    "i'm deciding between the galaxy a55 and the pixel 8a. which one should i buy?",
])
def test_two_phones_named_among_other_words_before_which_is_better_are_compared(session, text):
    answer = session.ask(text)
    assert (answer.kind, {p.family for p in answer.focus}) == ("compare", {"Galaxy A55", "Pixel 8a"})


def test_a_brand_and_a_budget_before_which_is_better_compare_nothing(session):
    assert session.ask("i have 20000 rupees and i like samsung, which is better?").kind == "results"


@pytest.mark.parametrize("text", ["You know what, wipe all my filters, I'll just browse like a caveman", "scrap my filters",
                                  "nuke all the criteria"])
def test_every_filter_wiped_with_another_verb_starts_over(session, text):
    session.ask("phones under 300 dollars, no motorola")
    answer = session.ask(text)
    assert not answer.constraints.budget and not answer.constraints.exclude_brands


def test_one_filter_dropped_by_name_keeps_the_others(session):
    session.ask("phones under 300 dollars, no motorola")
    assert session.ask("drop the samsung filter").constraints.budget.hi == 300.0


@pytest.mark.parametrize("text", ["been an iPhone guy for a decade. I want to jump to Android this time.",
                                  "I've been an apple user for years, android now", "was a die-hard iphone fan, android please"])
def test_the_brand_the_shopper_has_been_a_user_of_is_no_wish(vocab, text):
    assert [u.slot for u in understand(text, vocab).updates] == ["platform"]


def test_a_brand_guy_in_the_present_is_still_a_wish(vocab):
    assert {u.slot for u in understand("i'm a samsung guy, under 500", vocab).updates} == {"budget", "brands"}


def test_an_aspect_wise_before_a_superlative_still_orders(vocab):
    assert understand("camera-wise the best", vocab).sort is not None
