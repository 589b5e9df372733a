"""Readings from SEALED-12's English dialogue failures (issues 9, 10): a new figure said beside the one not needed
replaces it, a figure of phones owned before is no wish, help asked with fillers and openers, a pronoun for the phone
the same message names or picks, and an undo followed by a first-person wish without a comma."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import FOCUS
from advisor.understanding.request import Bound
from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a figure not needed, said beside the new one ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["6gb ram also ok yaar dont need 8", "dont need 8gb, 6gb ram is fine",
                                  "6gb ram works too, dont really need 8"])
def test_a_new_figure_beside_the_one_not_needed_replaces_it(session, text):
    answer = ask_all(session, "phones under 1000 dollars", "at least 8gb ram", text)
    assert dict(answer.constraints.specs) == {"ram_gb": Bound(lo=6.0)}


def test_a_figure_not_needed_alone_still_drops_its_filter(session):
    answer = ask_all(session, "phones under 1000 dollars", "at least 8gb ram", "no need for 8gb")
    assert "ram_gb" not in dict(answer.constraints.specs)


def test_undo_after_the_new_figure_brings_back_the_old_one(session):
    answer = ask_all(session, "phones under 1000 dollars", "at least 8gb ram", "6gb ram also ok yaar dont need 8",
                     "nah undo that")
    assert dict(answer.constraints.specs) == {"ram_gb": Bound(lo=8.0)}


# -- a figure of phones owned before -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "floor"), [
    ("make sure 4gb ram at least, the 3gb ones my old cashier had were sooo laggy", 4.0),
    ("4gb ram minimum, the 3gb ones were slow", 4.0),
    ("8gb ram at least, my 4gb one lagged", 8.0),
    ("at least 6gb ram, our old 4gb phones kept hanging", 6.0),
])
def test_the_figure_of_phones_owned_before_is_no_wish(vocab, text, floor):
    assert slots(understand(text, vocab))["spec:ram_gb"] == ("set", Bound(lo=floor))


def test_the_figure_of_phones_asked_for_stays_a_wish(vocab):
    assert slots(understand("show me the 8gb ones", vocab))["spec:ram_gb"] == ("set", Bound(lo=8.0))


# -- help asked with fillers and openers -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["what is it you can do exactly?", "what is it that u could do", "wait can u like compare stuff too? what else do u do",
                                  "could you like explain things too?"])
def test_help_asked_with_fillers_is_help(text):
    assert is_help_question(text)


def test_like_before_a_comparison_of_shown_phones_is_no_help():
    assert not is_help_question("can u like compare the first two?")


def test_help_asked_with_an_opener_and_a_reason_is_answered_as_help(session):
    answer = ask_all(session, "phones under 300 dollars",
                     "Before we go on, what is it you can do exactly? I am not good with these things.")
    assert answer.kind == "help"


# -- a pronoun for the phone the same message names --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Coworker has the Pixel 8a and won't shut up about it - give me the rundown on that one",
                                  "my cousin said Pixel 8a is good, tell me about it",
                                  "同事一直在夸Pixel 8a，给我讲讲它"])
def test_a_pronoun_after_a_named_phone_opens_that_phone(session, text):
    answer = ask_all(session, "samsung phones under 1000 dollars", text)
    assert answer.kind == "details"
    assert [p.family for p in answer.focus] == ["Pixel 8a"]


def test_the_phone_named_before_the_pronoun_is_no_brand_wish(session):
    answer = ask_all(session, "phones under 1000 dollars", "my friend has the Galaxy A55, tell me about it")
    assert answer.constraints.brands == frozenset()


def test_a_pronoun_with_no_phone_named_is_still_the_phone_in_focus(vocab):
    assert understand("ok tell me about it", vocab).followup.refs == (FOCUS,)


# -- a pronoun for the phone a question in the same message picks ------------------------------------------------

@pytest.mark.parametrize(("question", "text"), [
    ("which of these is the lightest?", "which of these is the lightest? show me that one"),
    ("of these which has the largest screen?", "of these which has the largest screen? tell me about it"),
    ("哪个屏幕最大？", "哪个屏幕最大？介绍一下它"),
])
def test_a_pronoun_after_a_pick_among_the_shown_opens_the_pick(small_advisor, question, text):
    picked = ask_all(small_advisor.session(), "phones under 1000 dollars", "the 2nd one", "phones under 1000 dollars",
                     question)
    answer = ask_all(small_advisor.session(), "phones under 1000 dollars", "the 2nd one", "phones under 1000 dollars",
                     text)
    assert answer.kind == "details"
    assert [p.id for p in answer.focus] == [p.id for p in picked.focus]


def test_a_pronoun_question_with_no_pick_before_it_is_about_the_phone_in_focus(vocab):
    assert understand("what about its camera?", vocab).followup.refs == (FOCUS,)


# -- an undo followed by a first-person wish ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["nooo undo i still want a flip", "go back i still want a flip phone",
                                  "undo we really need a flip"])
def test_an_undo_then_the_wish_it_restores_brings_back_the_list(session, text):
    before = ask_all(session, "phones under 1000 dollars", "a flip phone")
    answer = ask_all(session, "forget the flip thing", text)
    assert answer.constraints.devices == frozenset({"foldable"})
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


def test_an_undo_then_a_new_wish_applies_the_wish_after_the_undo(session):
    answer = ask_all(session, "phones under 1000 dollars", "a flip phone", "forget the flip thing",
                     "undo i want a samsung")
    assert (answer.constraints.devices, answer.constraints.brands) == (frozenset({"foldable"}), frozenset({"Samsung"}))
