"""English shoppers' wordings a prober found misread (issue 9): a bare figure with a multiplier ("make it 90k"), a
screen size without its unit closed by a word that is no unit ("not more than 6.7 either", "6.7 at most"), "also"
after an opener ("hmm also motorola"), a model name ending in "max" ("why not the iphone 15 pro max?"), a wanted brand
said not to matter ("nokia doesnt matter"), "make" as a verb ("no make that 1500"), a Hindi/Urdu "no" after a brand
("tecno nahi") and an Indian/Pakistani address word closing thanks ("thanks yaar")."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import pointed_names
from advisor.understanding.request import Bound
from advisor.understanding.smalltalk import is_social
from advisor.understanding.talk import bare_number, lone_number, unrequired
from advisor.understanding.understand import understand


def _updates(text, vocab):
    return {(u.slot, u.op): u.value for u in understand(text, vocab).updates}


# --- a bare figure with only a multiplier is a figure ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [("actually make it 90k", 90000.0), ("make it 1.2 lakh", 120000.0),
                                             ("hmm thats low, make it 60k", 60000.0), ("ok 25k is fine", 25000.0)])
def test_a_bare_figure_with_a_multiplier_is_read_scaled(text, value):
    assert bare_number(text) == (value, None)
    assert lone_number(text) == value


def test_a_figure_with_a_unit_is_no_bare_figure():
    assert bare_number("make it 8gb") is None


# --- a bare screen size closed by a word that is no unit -------------------------------------------------------------

@pytest.mark.parametrize(("text", "bound"), [("wait not more than 6.7 either", Bound(hi=6.7)),
                                             ("6.7 at most", Bound(hi=6.7)), ("6.5 at least", Bound(lo=6.5)),
                                             ("under 6.5 please", Bound(hi=6.5)), ("nothing over 6.7 though", Bound(hi=6.7))])
def test_a_bare_screen_size_before_a_closing_word_is_the_screen(text, bound, vocab):
    assert _updates(text, vocab)[("spec:screen_in", "set")] == bound


def test_a_bare_figure_before_a_multiplier_is_no_screen(vocab):
    assert ("spec:screen_in", "set") not in _updates("under 6.5k", vocab)


# --- "also" after an opener adds the brand ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hmm also motorola", "ok, and motorola", "oh also motorola", "yeah motorola too"])
def test_also_after_an_opener_adds_the_brand(text, vocab):
    assert _updates(text, vocab)[("brands", "add")] == frozenset({"Motorola"})


def test_and_after_another_ask_does_not_add_the_brand(vocab):
    assert _updates("5g and motorola", vocab)[("brands", "set")] == frozenset({"Motorola"})


# --- a model name ending in "max" -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [("why not the iphone 15 pro max?", "iphone 15 pro max"),
                                            ("why isnt the redmi note 13 pro max in the list", "redmi note 13 pro max"),
                                            ("how come no iphone 16 pro max", "iphone 16 pro max")])
def test_why_not_a_model_ending_in_max_keeps_the_whole_name(text, name, vocab):
    followup = understand(text, vocab).followup
    assert followup.kind == "why_not" and followup.refs == (name,)


def test_max_with_a_figure_after_a_name_is_still_a_budget(vocab):
    request = understand("why not the pixel max 500", vocab)
    assert request.followup.refs == ("pixel",)
    assert request.updates[0].value.hi == 500.0


@pytest.mark.parametrize(("text", "name"), [("tell me about the iphone 15 pro max", "iphone 15 pro max"),
                                            ("how is the redmi note 13 pro plus", "redmi note 13 pro plus"),
                                            ("what about the galaxy s24 ultra 5g", "galaxy s24 ultra 5g")])
def test_a_four_word_model_name_is_pointed_at_whole(text, name):
    assert pointed_names(text)[0].name == name


# --- a wanted brand said not to matter --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("actually nokia doesnt matter, motorola only", "Nokia"),
                                             ("oppo isn't that important", "Oppo"), ("samsung is optional", "Samsung")])
def test_a_brand_said_not_to_matter_is_no_longer_required(text, brand, vocab):
    assert unrequired(text, vocab.aliases) == frozenset({brand})


def test_a_brand_that_matters_is_still_required(vocab):
    assert unrequired("samsung matters to me", vocab.aliases) == frozenset()


# --- "make" as a verb is no brand word --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["no make that 1500", "nah make it 700", "no, make it 12 then"])
def test_make_before_it_or_that_clears_no_brand(text, vocab):
    assert ("brands", "clear") not in _updates(text, vocab)


@pytest.mark.parametrize("text", ["any make is fine", "forget the make"])
def test_make_as_a_noun_still_lets_the_brand_go(text, vocab):
    assert ("brands", "clear") in _updates(text, vocab)


# --- a Hindi/Urdu "no" after a brand refuses it ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("tecno nahi, only infinix", "Tecno"), ("samsung nahi chahiye", "Samsung"),
                                             ("oppo mat dikhao, under 20k", "Oppo"), ("vivo nahin", "Vivo")])
def test_a_hindi_no_after_a_brand_refuses_it(text, brand, vocab):
    assert brand in _updates(text, vocab)[("exclude_brands", "add")]


def test_only_after_a_hindi_refusal_is_wanted(vocab):
    assert _updates("tecno nahi, only infinix", vocab)[("brands", "set")] == frozenset({"Infinix"})


def test_a_brand_with_no_hindi_no_is_wanted(vocab):
    assert ("exclude_brands", "add") not in _updates("samsung is nice", vocab)


# --- thanks closed by an address word ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok thanks yaar", "thank you bhai", "thanks a lot ji"])
def test_thanks_with_an_address_word_is_social(text):
    assert is_social(text)


def test_an_address_word_before_a_wish_is_no_social_turn():
    assert not is_social("bhai under 20k")
