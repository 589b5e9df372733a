"""Single-message readings from the SEALED-9 English dialogue failures (issue 10): a release softened by "so" / "that"
("the weight is not so important after all"), the back's lens count named in English ("forget the number of lenses"),
praise made of intensifiers and thanks in Arabic ("ur lowkey helpful", "shukran"), a chip named as the chip of a phone
someone has ("my friends mediatek phone lags") and "only" that scopes a refusal ("only infinix out")."""

import pytest

from advisor.understanding.smalltalk import is_social
from advisor.understanding.talk import is_loosening, replaced_number, says_only
from advisor.understanding.understand import understand
from tests.helpers import slots


def _slot(vocab, text, slot):
    return slots(understand(text, vocab)).get(slot)


@pytest.mark.parametrize("text", [
    "Maybe the weight is not so important after all, I can use a stand",
    "the weight isn't that important honestly", "weight is not all that important to me now",
])
def test_a_release_softened_by_so_or_that_lets_the_aspect_go(vocab, text):
    assert _slot(vocab, text, "spec:weight_g") == ("clear", None)


def test_a_quality_said_not_so_good_lets_nothing_go(vocab):
    assert _slot(vocab, "the weight is not so great on the last one", "spec:weight_g") is None


@pytest.mark.parametrize("text", [
    "Forget the number of lenses, I mostly use the main one anyway", "the lens count doesn't matter",
    "never mind the triple camera setup",
])
def test_the_lens_count_let_go_drops_only_the_rear_camera_count(vocab, text):
    read = slots(understand(text, vocab))
    assert read.get("spec:rear_cameras") == ("clear", None)
    assert "spec:main_camera_mp" not in read


def test_a_triple_camera_asked_for_is_still_a_floor_of_three(vocab):
    assert _slot(vocab, "I want a triple camera setup", "spec:rear_cameras") is not None
    assert _slot(vocab, "I want a triple camera setup", "spec:rear_cameras")[0] == "set"


@pytest.mark.parametrize("text", [
    "cool thx ur lowkey helpful", "shukran, that was genuinely useful", "honestly that was legit helpful, shukran",
])
def test_praise_with_intensifiers_and_arabic_thanks_is_social(text):
    assert is_social(text)


@pytest.mark.parametrize("text", ["honestly 8gb ram is enough", "actually samsung", "lowkey want a pixel"])
def test_an_intensifier_before_a_wish_is_no_social_turn(text):
    assert not is_social(text)


@pytest.mark.parametrize("text, wanted", [
    ("has to be a snapdragon tho, my friends mediatek phone lags like crazy", "Snapdragon"),
    ("snapdragon please, my brother's exynos phone overheats", "Snapdragon"),
    ("my old helio one was slow so dimensity this time", "Dimensity"),
])
def test_the_chip_of_a_phone_someone_has_is_no_wish(vocab, text, wanted):
    assert _slot(vocab, text, "chipset") == ("set", wanted)
    assert _slot(vocab, text, "exclude_chipsets") is None


def test_the_chip_of_the_next_phone_is_still_a_wish(vocab):
    assert _slot(vocab, "my next phone should be a snapdragon phone", "chipset") == ("set", "Snapdragon")


@pytest.mark.parametrize("text, pair", [
    ("ok nvm the 12gb thing, 8 is prob enough honestly", (12.0, 8.0)), ("forget the 12gb, 8 will do", (12.0, 8.0)),
    ("scrap that 6000mah requirement - 5000 is fine", (6000.0, 5000.0)),
])
def test_a_figure_let_go_then_one_said_enough_replaces_it(text, pair):
    assert replaced_number(text) == pair


def test_a_figure_let_go_then_a_new_filter_is_no_replacement():
    assert replaced_number("drop the 12gb thing, 5000 mah battery") is None


@pytest.mark.parametrize("text", [
    "hmm wait tecno is alright actually, only infinix out", "tecno is fine, only infinix stays out",
    "ok samsung is ok now, only xiaomi is excluded",
])
def test_only_that_scopes_a_refusal_still_lets_a_brand_back(text):
    assert is_loosening(text) and not says_only(text)


@pytest.mark.parametrize("text", ["ok tecno is alright, only tecno", "only samsung is fine"])
def test_only_before_a_wanted_brand_still_says_only(text):
    assert says_only(text)


def test_why_a_phone_did_make_the_list_is_no_why_not(vocab):
    followup = understand("why did it make your list?", vocab).followup
    assert followup is None or followup.kind != "why_not"


@pytest.mark.parametrize("text", ["I can't stand heavy phones", "it has to stand up to drops, under 400"])
def test_stand_without_a_phone_set_against_it_is_no_comparison(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "compare"
