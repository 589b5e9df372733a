"""Single-message readings from the SEALED-10 English dialogue failures (issue 10): a chip named as an experience the
shopper had ("had a bad dimensity experience") is a reason, no wish for that chip."""

import pytest

from advisor.understanding.smalltalk import is_social
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import slots


def _slot(vocab, text, slot):
    return slots(understand(text, vocab)).get(slot)


@pytest.mark.parametrize("text", [
    "also skip mediatek chips entirely, had a bad dimensity experience last time",
    "no mediatek please, my helio experience was awful",
    "avoid mediatek, two bad dimensity experiences already",
])
def test_a_chip_told_as_an_experience_is_no_wish(vocab, text):
    assert _slot(vocab, text, "chipset") is None
    assert _slot(vocab, text, "exclude_chipsets") == ("add", frozenset({"MediaTek"}))


def test_a_chip_asked_for_beside_the_word_experience_is_still_a_wish(vocab):
    assert _slot(vocab, "I want a snapdragon for a smooth gaming experience", "chipset") == ("set", "Snapdragon")


@pytest.mark.parametrize("text, members", [
    ("Hi! Expat living in Beijing, and I'd like to support 国货, so Huawei or Honor.", {"Huawei", "Honor"}),
    ("a chinese brand, xiaomi or oppo", {"Xiaomi", "Oppo"}),
    ("国产手机，小米或者vivo", {"Xiaomi", "Vivo"}),
])
def test_members_named_after_their_group_are_the_wish(vocab, text, members):
    assert _slot(vocab, text, "brands") == ("set", frozenset(members))


def test_members_named_before_their_group_leave_the_group_wanted(vocab):
    read = _slot(vocab, "xiaomi or any other chinese brand", "brands")
    assert read[0] == "set" and {"Huawei", "Xiaomi", "Oppo"} <= read[1]


def test_a_brand_outside_the_group_adds_to_it(vocab):
    read = _slot(vocab, "a chinese brand or samsung", "brands")
    assert read[0] == "set" and {"Samsung", "Huawei", "Xiaomi"} <= read[1]


@pytest.mark.parametrize("text, ceiling", [
    ("phone under 600 - no hang on, 700 bucks - and the selfie cam needs to be 32MP or better", 700.0),
    ("under 400 dollars, hold on, 450", 450.0),
    ("max 500, scratch that, 550", 550.0),
])
def test_a_figure_taken_back_with_hang_on_or_scratch_that_is_replaced(vocab, text, ceiling):
    assert _slot(vocab, text, "budget")[1].hi == ceiling


def test_a_second_figure_of_another_aspect_after_hang_on_is_no_correction(vocab):
    read = slots(understand("8gb ram - hang on, 128gb storage too", vocab))
    assert (read["spec:ram_gb"][1].lo, read["spec:storage_gb"][1].lo) == (8.0, 128.0)


@pytest.mark.parametrize("text", ["you know what, start from zero", "wipe all that", "erase everything",
                                  "let's begin from the top", "clean slate please"])
def test_starting_from_zero_or_wiping_it_all_is_a_reset(vocab, text):
    assert understand(text, vocab).reset


@pytest.mark.parametrize("text", ["wipe the screen often?", "zero bloatware please"])
def test_wiping_or_zero_alone_is_no_reset(vocab, text):
    assert not understand(text, vocab).reset


@pytest.mark.parametrize("text", [
    "Thank you ever so much, you have been very patient with an old lady.", "thanks, you were so kind with me",
    "you have been really helpful with a confused dad!",
])
def test_praise_of_how_the_advisor_treated_the_shopper_is_social(text):
    assert is_social(text)


@pytest.mark.parametrize("text", ["a phone for an old lady",
                                  "you have been very patient with an old lady, now a big screen phone for her"])
def test_the_person_named_beside_a_wish_is_no_social_turn(text):
    assert not is_social(text)


@pytest.mark.parametrize("text", [
    "can this thing also compare models or give reasons?", "what else does it do for a shopkeeper",
    "could this bot recommend phones?", "what else can this app do for a student",
])
def test_asking_what_this_thing_can_do_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["can this thing take good photos?", "can it compare models?"])
def test_asking_what_a_phone_can_do_is_no_help_question(text):
    assert conversation_move(text) is None
