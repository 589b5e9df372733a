"""Single-message readings from the SEALED-8 English sessions (issue 10): "anything that isn't a Samsung" is the rest of
the brands, as "anything but a Samsung" is, so under a refusal ("he's hopeless with ...") the brand is the only wish; a
brand followed by a few words that say it will do, closed by "too" / "as well", joins the wanted brands; chat spellings
("wat bout da 2nd 1", "hw do i use dis") are read as the words meant; a help question may join a second question about
the advisor ("... and can I talk prices in dirhams?") and may say "even" / "properly"."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import chat_spellings
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import slots


def _brands(vocab, text):
    found = slots(understand(text, vocab))
    return found.get("brands"), found.get("exclude_brands")


# --- "anything that isn't X" under a refusal: X only ------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [
    ("also he's hopeless with anything that isn't a samsung so stick to that", "Samsung"),
    ("my mum is useless with any phone that is not an iphone", "Apple"),
    ("she can't handle anything that isn't a pixel", "Google"),
    ("he can't handle anything but a samsung", "Samsung"),
])
def test_a_refusal_of_anything_that_isnt_a_brand_wants_that_brand_only(vocab, text, brand):
    wanted, refused = _brands(vocab, text)
    assert wanted == ("set", frozenset({brand}))
    assert refused is None


@pytest.mark.parametrize("text", ["show me anything that isn't a samsung", "it isn't a samsung i want",
                                  "i can't stand samsung"])
def test_anything_that_isnt_a_brand_without_a_refusal_still_refuses_it(vocab, text):
    wanted, refused = _brands(vocab, text)
    assert refused == ("add", frozenset({"Samsung"}))
    assert wanted == ("remove", frozenset({"Samsung"}))  # a refused brand also leaves the wanted ones


# --- a brand said to do as well: added ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [
    ("hmm tbh a motorola would work for him as well", "Motorola"),
    ("throw realme in the mix too", "Realme"),
    ("honor could also work", "Honor"),
    ("a pixel for her would be ok too", "Google"),
])
def test_a_brand_said_to_do_as_well_is_added_to_the_wanted_brands(vocab, text, brand):
    assert _brands(vocab, text)[0] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text", ["a pixel would work better", "i want a samsung with 5g too"])
def test_a_brand_without_a_closing_too_after_words_that_say_it_will_do_is_set(vocab, text):
    assert _brands(vocab, text)[0][0] == "set"


# --- chat spellings ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("wat bout da 2nd 1", "what about the 2nd one"),
    ("hw do i even use dis thing proprly", "how do i even use this thing properly"),
    ("lightest 1?", "lightest one?"),
    ("dat 1 pls", "that one pls"),
    ("can u line up the top two", "can you line up the top two"),
])
def test_chat_spellings_are_read_as_the_words_meant(text, read):
    assert chat_spellings(text) == read


@pytest.mark.parametrize("text", ["under 1 lakh", "i want 1 phone", "the 1tb one", "pick 1", "至少870的u"])
def test_a_figure_one_and_a_chinese_cpu_u_stay_as_they_are(text):
    assert chat_spellings(text) == text


def test_the_second_one_in_chat_spelling_is_the_second_shown_phone(vocab):
    assert understand("wat bout da 2nd 1", vocab).followup.refs == (2,)


# --- help questions ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hw do i even use dis thing proprly", "how do i even use this", "how do i actually use this app correctly?",
    "Salam. before anything, what does this bot do and can I talk prices in dirhams?",
    "what does this thing do and do you take euros?", "what can you do and can i use rupees",
])
def test_questions_about_the_advisor_are_help(text):
    assert conversation_move(chat_spellings(text)) == "help"


@pytest.mark.parametrize("text", ["can i get a phone in dirhams", "what does this bot do and can I get a samsung under 300 "
                                  "dirhams?", "hi what can you do, i want a samsung"])
def test_a_question_about_the_advisor_beside_a_wish_is_no_help(text):
    assert conversation_move(text) is None
