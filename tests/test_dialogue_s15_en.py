"""Readings from SEALED-15's English and mixed dialogue failures (issues 9, 10), each beside the closest wording that
must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import chat_spellings
from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_after, slots, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- "why" said short: "why's", any verb after "did you", "y" -----------------------------------------------------

@pytest.mark.parametrize("text", ["And why's that one made your shortlist?", "why's that one on the list",
                                  "Why did you bring that one?", "why did you go with that one", "why'd you put that one first?",
                                  "y is that one good tho", "Y did u pick that one?"])
def test_why_said_short_asks_why_of_the_phone_in_focus(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (0,)


def test_why_did_you_leave_out_a_phone_still_asks_why_not(vocab):
    followup = understand("why did you leave out the pixel 8a?", vocab).followup
    assert followup is not None and followup.kind == "why_not"


@pytest.mark.parametrize("text", ["vivo y series", "is y better", "y/n"])
def test_a_y_that_opens_no_question_stays_a_letter(text):
    assert chat_spellings(text) == text


# -- a spec's floor after a pause: "big battery though, 5000 at least" ----------------------------------------------

@pytest.mark.parametrize("text", ["Big battery though, 5000 at least", "big battery, at least 5000",
                                  "battery too, 5000 or more", "big battery please, 5000 minimum"])
def test_a_floor_after_a_battery_word_and_a_pause_is_the_batterys(vocab, text):
    assert spec_after(text, vocab, "battery_mah") == (5000.0, None)
    assert budget_after(text, vocab) is None


def test_a_camera_floor_after_a_pause_is_megapixels(vocab):
    assert spec_after("decent camera please, 50 at least", vocab, "main_camera_mp") == (50.0, None)


@pytest.mark.parametrize(("text", "need"), [("big screen please, 6.7 or more, under $500", "big_screen"),
                                           ("big battery though, 5000 at least", "battery")])
def test_the_spec_word_before_the_pause_still_says_the_need(vocab, text, need):
    assert understand(text, vocab).intents == (need,)


@pytest.mark.parametrize("text", ["good battery, 300 max", "big battery, under 300"])
def test_a_cap_after_a_spec_word_and_a_pause_stays_the_price(vocab, text):
    assert budget_after(text, vocab) == ("USD", None, 300.0)
    assert spec_after(text, vocab, "battery_mah") is None


# -- "grand" as "fine" ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Grand. Big battery though, 5000 at least", "grand, 5000mah battery", "Grand."])
def test_a_bare_grand_is_no_thousand(vocab, text):
    assert "budget" not in slots(understand(text, vocab))


@pytest.mark.parametrize(("text", "hi"), [("under a grand", 1000.0), ("two grand max", 2000.0), ("under 1.5 grand", 1500.0)])
def test_grand_after_a_figure_is_still_a_thousand(vocab, text, hi):
    assert budget_after(text, vocab) == ("USD", None, hi)


# -- the brand said first, then its refusal: "Infinix I no want" ---------------------------------------------------

@pytest.mark.parametrize("text", ["Infinix I don't want", "Infinix I no want again", "Infinix, we really don't like",
                                  "Infinix he doesn't trust at all"])
def test_a_brand_then_the_shoppers_refusal_excludes_it(vocab, text):
    updates = slots(understand(text, vocab))
    assert updates["exclude_brands"][1] == frozenset({"Infinix"})
    assert updates.get("brands", ("remove",))[0] == "remove"


@pytest.mark.parametrize("text", ["Ok Tecno is fine sha, na only Infinix I no want again",
                                  "Tecno is fine, it's only Infinix I don't want", "tecno is ok now, only infinix we don't like"])
def test_one_brand_let_back_in_and_only_the_other_refused_keeps_only_that_refusal(session, text):
    answer = ask_all(session, "phones under 800 dollars", "remove Tecno and Infinix from the list", text)
    assert answer.constraints.exclude_brands == {"Infinix"}
    assert not answer.constraints.brands


def test_only_a_brand_the_shopper_wants_is_still_the_only_wish(vocab):
    assert slots(understand("only Infinix I want", vocab))["brands"] == ("set", frozenset({"Infinix"}))


# -- help asked with a task or the specs to filter on ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["how does this chat work po? can i also ask you to compare phones?",
                                  "can i also ask you to compare phones?", "may I get you to compare phones?",
                                  "Can I also narrow things down by weight or size here?", "could we filter by battery and camera?",
                                  "can I filter on price?", "除了推荐, 你还 can do what ah?", "你还 can do what?"])
def test_asking_what_the_advisor_can_do_is_help(text):
    assert is_help_question(text)


@pytest.mark.parametrize("text", ["can i ask you to compare the first two?", "can I filter by weight under 180g?",
                                  "can I narrow it down to Samsung?"])
def test_a_task_on_named_phones_or_a_bound_is_no_help_question(text):
    assert not is_help_question(text)


# -- thanks to "my brother", "a million" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Thank you my brother, God bless", "Thanks a million, you're very good",
                                  "thanks a million sis"])
def test_thanks_to_a_brother_or_a_million_is_social(text):
    assert conversation_move(text) == "social"


def test_a_brother_beside_a_wish_is_no_social_turn(text="my brother wants a samsung"):
    assert conversation_move(text) is None


# -- a brand added in a mixed message: "Huawei 都 ok too" -------------------------------------------------------------

@pytest.mark.parametrize("text", ["Huawei 都 ok too", "Huawei 也 ok", "Huawei 都 fine"])
def test_a_brand_said_ok_too_in_a_mixed_message_joins_the_wish(session, text):
    answer = ask_all(session, "想买部小米, budget 4000人民币左右", text)
    assert answer.constraints.brands == {"Xiaomi", "Huawei"}


def test_two_brands_said_ok_in_a_mixed_message_are_the_wish(session):
    answer = ask_all(session, "想买部小米, budget 4000人民币左右", "三星 苹果 都 ok")
    assert answer.constraints.brands == {"Samsung", "Apple"}
