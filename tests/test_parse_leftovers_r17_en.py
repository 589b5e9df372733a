"""English leftovers of earlier rounds (issues 9, 10), each beside the closest wording that must keep its meaning: a
greeting's typo read as no filter, typos the speller missed ("neer", "eual", "onwadr", "frntcam"), "why so ...?" after
a list, Irish approval as small talk, a full stop after a decimal figure, "MPs" as the camera's unit, and a second
brand accepted after the first."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.followups import FOCUS
from advisor.understanding.request import Bound, Sort
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, slots, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a greeting with a typo sets no filter ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Evening fokls", "hey fokls", "morning folsk", "evening foljs", "hi fokls!"])
def test_the_ones_greeted_misspelled_are_no_foldable(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.devices, constraints.brands) == (frozenset(), frozenset())


def test_a_brand_misspelled_right_after_a_greeting_is_still_that_brand(vocab):
    assert constraints_after("hi samsnug under 300 dollars", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, devices", [("hiya, foldabke - no", {"phone"}), ("hey foldabel please, under 2000 dollars", {"foldable"})])
def test_a_key_word_misspelled_right_after_a_greeting_is_still_that_word(vocab, text, devices):
    assert constraints_after(text, vocab).devices == frozenset(devices)


@pytest.mark.parametrize("text", ["show me fodls", "hey fodlables under 2000 dollars"])
def test_folds_misspelled_outside_a_greeting_or_swapped_are_still_foldables(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"foldable"})


@pytest.mark.parametrize("text", ["Evening folks", "good evening everyone", "morning all", "good afternoon folks"])
def test_a_greeting_to_the_people_there_is_small_talk(text):
    assert conversation_move(text) == "social"


def test_a_greeting_before_a_wish_keeps_the_wish(vocab):
    assert budget_read(vocab, "evening folks, phones under 300 dollars") == ("USD", None, 300.0)


# -- typos the speller missed -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["phone neer 400 dollars", "something neer $400", "neer to 400 usd"])
def test_neer_before_a_figure_is_near(vocab, text):
    assert budget_read(vocab, text) == budget_read(vocab, "phone near 400 dollars")


def test_neer_before_than_stays_newer(vocab):
    assert spec_after("neer than 2022", vocab, "year") == (2023, None)


@pytest.mark.parametrize("text, key, bound", [
    ("samsung with storage eual to 256gb", "storage_gb", (256.0, None)),
    ("price less than or eual to 400 dollars", None, ("USD", None, 400.0)),
    ("battery greater than or eual to 5000mah", "battery_mah", (5000.0, None)),
])
def test_eual_is_equal(vocab, text, key, bound):
    read = budget_read(vocab, text) if key is None else spec_after(text, vocab, key)
    assert read == bound


@pytest.mark.parametrize("text", ["from 2022 onwadr", "2022 onwadr", "2022 onwrds", "released 2022 onwadrs"])
def test_onwards_misspelled_is_the_year_as_a_floor(vocab, text):
    assert spec_after(text, vocab, "year") == (2022, None)


def test_two_letters_swapped_in_a_pattern_word_are_still_that_word(vocab):
    assert constraints_after("exlcuding oppo", vocab).exclude_brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["frntcam 32mp", "at least 32mp frntcam", "frntcam at least 32 mp"])
def test_frntcam_is_the_front_camera(vocab, text):
    assert spec_after(text, vocab, "front_camera_mp") == (32.0, None)


def test_a_bare_cam_stays_the_main_camera(vocab):
    assert spec_after("32mp cam", vocab, "main_camera_mp") == (32.0, None)


# -- "why so ...?" after a list ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["why so expensive?", "why so pricey tho", "why so heavy?"])
def test_why_so_and_an_adjective_asks_why_of_the_phone_in_focus(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("why", (FOCUS,))


@pytest.mark.parametrize("text", ["why do you think so", "why do you say so?", "why so?"])
def test_why_so_alone_asks_why_of_the_answer(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("why", ())


def test_why_and_a_name_still_asks_of_that_phone(vocab):
    followup = understand("why the pixel 8a?", vocab).followup
    assert followup is not None and followup.refs == ("Pixel 8a",)


@pytest.mark.parametrize("text", ["why so expensive?", "why do you think so", "why so?"])
def test_why_so_after_a_list_is_explained(session, text):
    assert ask_all(session, "phones under 800 dollars", text).kind == "why"


# -- Irish and British approval is small talk ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["that's grand", "grand, cheers", "that's brill", "that's class", "smashing, ta"])
def test_approval_after_a_list_is_small_talk(session, text):
    assert ask_all(session, "phones under 800 dollars", text).kind == "social"


def test_that_and_a_position_still_asks_for_details(session):
    assert ask_all(session, "phones under 800 dollars", "that's the 2nd one").kind == "details"


# -- a full stop after a decimal figure; "smallest" before a size and its figure ----------------------------------

@pytest.mark.parametrize("text", ["smallest screen 6.5.", "smallest screen 6.5", "smallest screen is 6.5 inches.",
                                  "screen at least 6.5.", "min screen 6.5. under 400 dollars"])
def test_the_smallest_screen_with_its_figure_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "screen_in") == (6.5, None)


def test_the_smallest_screen_said_after_a_floor_keeps_it(vocab):
    state = apply(DialogueState(), understand("screen at least 6.5", vocab))
    assert dict(apply(state, understand("smallest screen 6.5.", vocab)).constraints.specs)["screen_in"] == Bound(6.5, None)


def test_a_screen_size_closed_by_an_ellipsis_is_still_read(vocab):
    assert spec_after("screen 6.7...", vocab, "screen_in") == spec_after("screen 6.7", vocab, "screen_in")


@pytest.mark.parametrize("text", ["smallest screen", "smallest screen under 400 dollars"])
def test_the_smallest_screen_with_no_figure_still_orders(vocab, text):
    assert understand(text, vocab).sort == Sort("screen_in", False)


def test_a_size_said_without_smallest_is_still_about_that_size(vocab):
    # "smallest 6.5 screen" is the least screen taken, a floor (tests/test_parse_leftovers_r18_en.py)
    assert spec_after("6.5 screen", vocab, "screen_in") == (6.35, 6.65)


# -- "MPs" as the camera's unit -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["highest megapixels camera", "highest MPs camera", "camera with the most MPs",
                                  "highest megapixel camera"])
def test_the_highest_megapixels_in_the_plural_orders_by_the_main_camera(vocab, text):
    assert understand(text, vocab).sort == Sort("main_camera_mp", True)


def test_the_highest_mps_of_the_front_camera_orders_by_it(vocab):
    assert understand("highest MPs front camera", vocab).sort == Sort("front_camera_mp", True)


# -- a second brand accepted after the first ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Pixel is what I want; Samsung works too", "either a Pixel or, failing that, a Samsung",
                                  "a Pixel is what I'm after, a Samsung would do too", "ideally a Pixel, otherwise a Samsung"])
def test_a_second_brand_accepted_after_the_first_allows_both(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Google", "Samsung"})


def test_a_second_brand_refused_after_the_first_is_refused(vocab):
    constraints = constraints_after("Pixel is what I want, not Samsung", vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({"Google"}), frozenset({"Samsung"}))


def test_each_side_with_its_own_spec_is_an_alternative(vocab):
    found = slots(understand("either a Pixel with 256GB or, failing that, a Samsung with 12GB RAM", vocab))
    sides = found["alternatives"][1]
    assert [side.brands for side in sides] == [frozenset({"Google"}), frozenset({"Samsung"})]
