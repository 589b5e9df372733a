"""Readings from SEALED-14's English dialogue failures (issues 9, 10), each beside the closest wording that must
keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- "why" asked with the helper verb left out --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Why you choose that one sef?", "why u chose dat one", "why you picked this one",
                                  "why you recommend it?"])
def test_why_with_no_helper_verb_asks_why_of_the_phone_in_focus(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (0,)


@pytest.mark.parametrize("text", ["The first one, why you recommend it?", "#1 why you pick it"])
def test_a_position_then_why_with_no_helper_verb_asks_why_of_that_position(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (1,)


def test_why_not_with_a_position_still_asks_why_not(vocab):
    followup = understand("why not the first one?", vocab).followup
    assert followup is not None and followup.kind == "why_not"


# -- a phone pointed at, then how one part of it is --------------------------------------------------------------

@pytest.mark.parametrize("text", ["Tell me more about that one, how is the battery?",
                                  "tell me about the 2nd one, how's the camera", "details on #2, what is the battery like?"])
def test_a_question_about_a_part_after_the_pointer_is_no_part_of_the_name(session, text):
    answer = ask_all(session, "phones under 800 dollars", "the 2nd one", text)
    assert answer.kind == "details"


def test_a_question_about_a_part_after_a_name_keeps_the_name(vocab):
    followup = understand("tell me about the pixel 8a, how is the battery?", vocab).followup
    assert followup is not None and followup.refs == ("Pixel 8a",)


# -- the difference asked by its adjective ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["what is different between Galaxy S24 and Pixel 8a?",
                                  "what differs between galaxy s24 and pixel 8a", "how different are the galaxy s24 and pixel 8a?"])
def test_what_is_different_between_two_phones_compares_them(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == ("Galaxy S24", "Pixel 8a")


def test_something_different_from_a_phone_is_no_comparison(vocab):
    followup = understand("I want something different from the galaxy s24", vocab).followup
    assert followup is None or followup.kind != "compare"


# -- a filter let go by "leave", by a chip family's name, as "not such a big issue", in Patois -------------------

@pytest.mark.parametrize("text", ["Ok leave the 5G condition, not needed actually", "leave the 5g requirement",
                                  "leave out the 5g"])
def test_leaving_the_5g_condition_drops_it(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text", ["leave the budget as it is", "leave the budget alone", "leave the budget at 300 dollars"])
def test_leaving_a_filter_as_it_is_keeps_it(vocab, text):
    assert slots(understand(text, vocab)).get("budget", ("set",))[0] == "set"


@pytest.mark.parametrize("text", ["Accha, forget the Snapdragon business, any chip will do", "never mind the snapdragon",
                                  "no need for a snapdragon chip", "forget about the dimensity"])
def test_a_chip_family_let_go_by_name_drops_the_chip_wish(session, text):
    answer = ask_all(session, "phone with a snapdragon chip under 800 dollars", text)
    assert answer.constraints.chipset is None and not answer.constraints.exclude_chipsets


@pytest.mark.parametrize("text", ["skip snapdragon", "no snapdragon"])
def test_a_chip_family_refused_by_name_stays_refused(vocab, text):
    assert slots(understand(text, vocab))["exclude_chipsets"] == ("add", frozenset({"Snapdragon"}))


@pytest.mark.parametrize("text", ["Actually weight is not such a big issue, remove that condition",
                                  "weight is not such a big deal", "the weight is not really such an issue"])
def test_an_aspect_said_to_be_not_such_a_big_issue_is_let_go(session, text):
    answer = ask_all(session, "5g phone under 170 grams, max 800 dollars", text)
    assert "weight_g" not in dict(answer.constraints.specs)
    assert answer.constraints.needs_5g


def test_an_aspect_said_to_be_a_big_issue_is_kept(session):
    answer = ask_all(session, "5g phone under 170 grams, max 800 dollars", "weight is a big issue for me")
    assert "weight_g" in dict(answer.constraints.specs)


@pytest.mark.parametrize("text", ["Forget di RAM ting", "drop di ram ting", "forget the RAM thing"])
def test_the_ram_thing_let_go_in_patois_drops_the_ram(session, text):
    answer = ask_all(session, "5g phone wid 8GB RAM or more, under 800 dollars", text)
    assert "ram_gb" not in dict(answer.constraints.specs)


# -- "mi" as Patois says "I" and "my" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Mi need a 5G phone wid 8GB RAM or more, under 350 US dollars",
                                  "mi waan a phone under 300 dollars", "Nah man, mi change mi mind, 400 max"])
def test_mi_as_the_shopper_names_no_brand(vocab, text):
    assert "brands" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["a Mi phone under 300 dollars", "I want a Mi", "Mi or maybe Samsung"])
def test_mi_as_a_maker_is_still_xiaomi(vocab, text):
    assert "Xiaomi" in slots(understand(text, vocab))["brands"][1]


# -- a retraction with no wish after it is an undo ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["eh scratch that last part, I charge it in the truck anyhow", "forget that last part",
                                  "never mind that last bit, my truck has a charger"])
def test_the_last_part_taken_back_with_only_a_reason_undoes_it(session, text):
    answer = ask_all(session, "phone under 250 dollars", "battery's gotta be 5000 mAh or better", text)
    assert "battery_mah" not in dict(answer.constraints.specs)
    assert answer.constraints.budget.hi == 250.0


def test_a_retraction_with_a_wish_after_it_puts_the_wish_in_its_place(session):
    answer = ask_all(session, "phone under 250 dollars", "battery's gotta be 5000 mAh or better",
                     "scratch that, make it 4000mah")
    assert dict(answer.constraints.specs)["battery_mah"].lo == 4000.0


# -- a wish said with "let it be" / "make it" -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Let it be Infinix only, I trust them more", "make it infinix only, I trust them more",
                                  "let it be infinix, i like them better"])
def test_a_brand_let_it_be_after_a_comparison_is_a_brand_wish(session, text):
    answer = ask_all(session, "5000mah battery, infinix or tecno, under 800 dollars", "the first one",
                     "how does it compare with the 2nd?", text)
    assert answer.kind == "results" and answer.constraints.brands == {"Infinix"}


def test_a_question_about_it_after_a_comparison_still_opens_the_phone(vocab):
    followup = understand("how big is it?", vocab).followup
    assert followup is not None and followup.kind == "details" and followup.refs == (0,)


# -- a request to be shown brands is no phone said to be shown ------------------------------------------------------

@pytest.mark.parametrize("text", ["Can you show me only Oppo and Vivo?", "could you show me only vivo and oppo phones",
                                  "please can u show me just oppo and vivo"])
def test_a_request_to_show_brands_is_a_brand_filter(session, text):
    answer = ask_all(session, "phones under 800 dollars", "vivo or samsung", text)
    assert answer.kind == "results" and answer.constraints.brands == {"Oppo", "Vivo"}


def test_the_phone_you_showed_still_points_at_it(session):
    answer = ask_all(session, "phones under 800 dollars", "vivo or samsung", "tell me about the vivo you showed me")
    assert answer.kind == "details" and answer.picks[0].phone.brand == "Vivo"


# -- thanks as a blessing, in Patois, in Tagalog, to "beta" ----------------------------------------------------------

@pytest.mark.parametrize("text", ["Respect, big up yuhself", "God bless you", "Thank you beta, Allah bless",
                                  "Ok salamat po! 😊", "maraming salamat po"])
def test_thanks_as_a_blessing_or_in_the_shoppers_words_is_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["respect my budget, under 300 dollars", "big up to 6.7 inch screen"])
def test_the_words_of_those_thanks_beside_a_wish_are_no_social_turn(text):
    assert conversation_move(text) is None
