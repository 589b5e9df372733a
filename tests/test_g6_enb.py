"""English wordings of the blind-6 grammar for brands, series, device kinds and chips (issue 9): a bar between a request's
parts ends a clause ("Lenovo - hard pass | 5G"), a verb that keeps a brand out ("block Sony", "I'm not buying Pixel"), a
name dropped "from the list", refusals after the name ("not in my list", "not welcome", "no way lah", "keep ... away",
"both a no", "Tensor chip no thanks"), a phone "that doesn't fold", "a foldie", "flexible" alone as no folding screen, a
chip "or something beefier" / "and anything stronger" as a floor, "it" in "narrow it to Realme" as the search, and the
Chinese "别出现" and "直接pass"."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Constraints
from advisor.understanding.understand import understand
from tests.helpers import slots


def constraints(vocab, text: str) -> Constraints:
    return apply(DialogueState(), understand(text, vocab)).constraints


@pytest.mark.parametrize("text, refused", [
    ("Lenovo - hard pass | make sure it's 5G", "Lenovo"), ("Samsung no way | 5G please", "Samsung"),
    ("Oppo is out|8GB RAM", "Oppo"),
])
def test_a_bar_ends_the_clause_of_a_refusal_said_after_the_name(vocab, text, refused):
    assert constraints(vocab, text).exclude_brands == {refused}


def test_a_name_before_a_bar_without_a_refusal_stays_a_wish(vocab):
    assert constraints(vocab, "Samsung | 5G please").brands == {"Samsung"}


@pytest.mark.parametrize("text, refused", [
    ("block Sony. around 400 bucks", "Sony"), ("blocking Xiaomi please", "Xiaomi"), ("I'm not buying Pixel", "Google"),
    ("not considering Oppo, 5G", "Oppo"),
])
def test_a_verb_that_keeps_a_brand_out_refuses_it(vocab, text, refused):
    assert constraints(vocab, text).exclude_brands == {refused}


def test_buying_a_brand_is_a_wish(vocab):
    assert constraints(vocab, "I'm buying a Samsung").brands == {"Samsung"}


@pytest.mark.parametrize("text, refused", [
    ("drop Tecno from the list", {"Tecno"}), ("storage 128 gigs or bigger, drop OnePlus and Tecno from the list?",
                                              {"OnePlus", "Tecno"}),
    ("remove Oppo and Vivo from the results", {"Oppo", "Vivo"}), ("take Xiaomi out of the list please", {"Xiaomi"}),
])
def test_a_name_dropped_from_the_list_is_refused(vocab, text, refused):
    assert constraints(vocab, text).exclude_brands == refused


def test_a_name_dropped_without_the_list_is_only_let_go(vocab):
    assert "exclude_brands" not in slots(understand("drop Samsung", vocab))


def test_a_name_picked_from_the_list_is_a_wish(vocab):
    assert constraints(vocab, "pick Samsung from the list").brands == {"Samsung"}


@pytest.mark.parametrize("text, refused", [
    ("Xiaomi not in my list, 5G", "Xiaomi"), ("Vivo not on my list", "Vivo"), ("Samsung not welcome. under $300", "Samsung"),
    ("Apple products not wanted", "Apple"), ("Tecno no way lah", "Tecno"), ("Oppo not in my list po", "Oppo"),
    ("keep Infinix away, 5G", "Infinix"), ("keep Realme away", "Realme"),
])
def test_a_refusal_said_after_the_name_refuses_it(vocab, text, refused):
    assert constraints(vocab, text).exclude_brands == {refused}


def test_a_name_in_my_list_is_a_wish(vocab):
    assert constraints(vocab, "Xiaomi in my list, 5G").brands == {"Xiaomi"}


@pytest.mark.parametrize("text", [
    "Huawei, Sony - both no, 5G", "Huawei and Sony both a no thanks", "Huawei and Sony all a no", "Huawei, Sony: both nope",
])
def test_both_said_no_refuses_the_whole_list(vocab, text):
    assert constraints(vocab, text).exclude_brands == {"Huawei", "Sony"}


def test_both_said_fine_wants_the_whole_list(vocab):
    assert constraints(vocab, "Huawei, Sony - both fine").brands == {"Huawei", "Sony"}


@pytest.mark.parametrize("text, chip", [
    ("Tensor chip no thanks. under $900", "Tensor"), ("Exynos processor no thanks", "Exynos"),
    ("keep Dimensity out | by weight", "Dimensity"),
])
def test_a_chip_refused_after_its_kind_word_is_out(vocab, text, chip):
    assert constraints(vocab, text).exclude_chipsets == {chip}


def test_a_chip_wished_after_its_kind_word_is_wanted(vocab):
    assert constraints(vocab, "Tensor chip please").chipset == "Tensor"


@pytest.mark.parametrize("text", [
    "phone that doesn't fold pls", "straight phone, the kind that does not fold", "one that won't fold, 5G",
])
def test_a_phone_that_does_not_fold_is_a_plain_phone(vocab, text):
    assert constraints(vocab, text).devices == {"phone"}


def test_a_phone_that_folds_is_a_foldable(vocab):
    assert constraints(vocab, "a phone that folds").devices == {"foldable"}


@pytest.mark.parametrize("text", ["a foldie", "show me foldies, 5G", "show me folides abeg"])
def test_a_foldie_is_a_foldable(vocab, text):
    assert constraints(vocab, text).devices == {"foldable"}


@pytest.mark.parametrize("text", ["target price 450 dollars, flexible abeg", "budget 300 usd, flexible either way"])
def test_flexible_alone_names_no_device(vocab, text):
    assert "devices" not in slots(understand(text, vocab))


def test_a_flexible_display_is_a_foldable(vocab):
    assert constraints(vocab, "a flexible display").devices == {"foldable"}


@pytest.mark.parametrize("text", [
    "Snapdragon 8 Gen 2 or something beefier", "Snapdragon 8 Gen 2 and anything stronger",
    "Snapdragon 8 Gen 2 or punchier", "Snapdragon 8 Gen 2 and something faster",
])
def test_a_chip_and_anything_stronger_is_a_floor(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:chip_score" in found and "chipset" not in found


def test_a_chip_and_another_ask_is_that_chip(vocab):
    assert constraints(vocab, "Snapdragon 8 Gen 2 and a tablet").chipset == "Snapdragon 8 Gen 2"


@pytest.mark.parametrize("text, brand", [
    ("narrow it to Realme. any options?", "Realme"), ("limit it down to Tecno - anything?", "Tecno"),
    ("keep it to Samsung, any picks?", "Samsung"),
])
def test_it_narrowed_to_a_brand_is_the_search_not_a_phone(vocab, text, brand):
    request = understand(text, vocab)
    assert request.followup is None and slots(request)["brands"] == ("set", frozenset({brand}))


def test_a_question_about_it_still_asks_about_the_phone_in_focus(vocab):
    assert understand("how heavy is it?", vocab).followup is not None


@pytest.mark.parametrize("text, refused", [("Xperia家的别出现", "Sony"), ("三星的不要再出现了", "Samsung")])
def test_a_brand_that_must_not_appear_is_refused(vocab, text, refused):
    assert constraints(vocab, text).exclude_brands == {refused}


@pytest.mark.parametrize("text", ["vivo直接不考虑", "vivo直接pass"])
def test_a_refusal_said_straight_away_refuses(vocab, text):
    assert constraints(vocab, text).exclude_brands == {"Vivo"}


def test_a_series_passed_straight_away_is_refused(vocab):
    assert constraints(vocab, "只看OPPO，Find系列直接pass").exclude_series == {"Find"}
