"""English wordings of the blind-15 grammar (issue 9), each beside the closest wording that must keep its meaning:
brands and chips refused by a list they are struck from ("blacklist Sony", "strike Oppo and Vivo", "Tecno is
blacklisted", "isn't on my list", "should not be in the list", "Lenovo, Realme: excluded"), by a verdict after them
("won't do", "can stay on the shelf", "(no)", "had it before, never again", "chhod ke", "so none of those") or by
"every brand but"; an insistence closing the refusal ("not allowed (important)", "pass no compromise"); orderings said
"sort order/key <aspect> <direction>", "<aspect>-sorted, <direction>", "organise by", "ranking on <aspect> (<direction>)",
"low-to-high", an arrow before the direction, a unit in brackets ("weight (g)"), "how much it costs", "largest amount of
RAM"; budgets said "near-ish", "ca.", "within shouting distance of"; launch years said "older than or equal to", "oldest
acceptable:", "nothing released later than", "<year> forward", "up to the <year> models"."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text, refused", [
    ("blacklist Sony please", {"Sony"}),
    ("8gb ram, blacklisting Realme and Vivo", {"Realme", "Vivo"}),
    ("strike Oppo and Vivo, 5G", {"Oppo", "Vivo"}),
    ("Tecno is blacklisted", {"Tecno"}),
    ("Motorola and Nokia are blacklisted, under 300 dollars", {"Motorola", "Nokia"}),
    ("Honor isn't on my list", {"Honor"}),
    ("Google should not be in the list", {"Google"}),
    ("Oppo and Lenovo shouldn't be in the list", {"Oppo", "Lenovo"}),
    ("Lenovo, Realme: excluded", {"Lenovo", "Realme"}),
    ("Pixel won't do, 6.5 inch screen", {"Google"}),
    ("Samsung can stay on the shelf", {"Samsung"}),
    ("Realme (no) thanks", {"Realme"}),
    ("Huawei chhod ke koi bhi", {"Huawei"}),
    ("had a bad Infinix, so none of those", {"Infinix"}),
    ("every brand but Xiaomi", {"Xiaomi"}),
    ("not going Apple again", {"Apple"}),
    ("Tecno and Infinix not allowed (strict)", {"Tecno", "Infinix"}),
    ("Vivo and Honor? pass no compromise", {"Vivo", "Honor"}),
])
def test_a_brand_struck_off_a_list_or_given_a_verdict_after_it_is_refused(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_brands == refused
    assert not constraints.brands


@pytest.mark.parametrize("text, chip", [
    ("Exynos is blacklisted", "Exynos"),
    ("blacklist Helio ok", "Helio"),
    ("had Snapdragon before, never again", "Snapdragon"),
    ("drop anything Kirin", "Kirin"),
    ("Unisoc isn't on my list", "Unisoc"),
    ("Tensor SoC - no", "Tensor"),
    ("every chip but Dimensity", "Dimensity"),
])
def test_a_chip_struck_off_a_list_or_given_a_verdict_after_it_is_refused(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert chip in constraints.exclude_chipsets
    assert constraints.chipset is None


@pytest.mark.parametrize("text", ["Samsung is on my list", "Sony will do", "Vivo is fine, strike the cheap ones"])
def test_a_brand_said_to_be_wanted_beside_those_words_stays_wanted(vocab, text):
    constraints = constraints_after(text, vocab)
    assert not constraints.exclude_brands
    assert constraints.brands


@pytest.mark.parametrize("text, sort", [
    ("sort order battery size high-to-low", Sort("battery_mah", True)),
    ("sort key storage, lowest on top", Sort("storage_gb", False)),
    ("sorting: display size, decreasing", Sort("screen_in", True)),
    ("RAM-sorted, asc", Sort("ram_gb", False)),
    ("selfie cam sort, high-to-low", Sort("front_camera_mp", True)),
    ("organise by launch year, low-to-high", Sort("year", False)),
    ("organize by weight (g) desc", Sort("weight_g", True)),
    ("ranking on chip speed (low-to-high)", Sort("performance", False)),
    ("sort by mAh → increasing", Sort("battery_mah", False)),
    ("sort desc on camera MP", Sort("main_camera_mp", True)),
    ("decreasing by how much it costs", Sort("price", True)),
    ("list them by how much they cost highest on top", Sort("price", True)),
    ("largest amount of RAM first", Sort("ram_gb", True)),
    ("results: largest amount of storage first", Sort("storage_gb", True)),
])
def test_an_ordering_said_by_its_aspect_and_direction_in_list_words_is_read(vocab, text, sort):
    assert sort_after(text, vocab) == sort


@pytest.mark.parametrize("text, sort", [
    ("sort by weight", Sort("weight_g", False)),
    ("sort by price, high to low", Sort("price", True)),
    ("cheapest → first", Sort("price", False)),
])
def test_orderings_said_plainly_keep_their_reading(vocab, text, sort):
    assert sort_after(text, vocab) == sort


def test_a_question_about_what_it_costs_is_still_no_ordering(vocab):
    assert sort_after("how much does it cost?", vocab) is None


@pytest.mark.parametrize("text, budget", [
    ("near-ish 600 bucks", ("USD", 510, 690)),
    ("ca. USD 1,200", ("USD", 1020, 1380)),
    ("within shouting distance of Rs.30k", ("INR", 25500, 34500)),
    ("within spitting distance of 2000 dhs", ("AED", 1700, 2300)),
])
def test_a_budget_said_near_in_chat_words_is_an_approximate_one(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text, bound", [
    ("older than or equal to 2020", (None, 2020)),
    ("newer than or equal to 2022", (2022, None)),
    ("older than 2020", (None, 2019)),
    ("oldest acceptable: 2022", (2022, None)),
    ("newest acceptable: 2021, 8gb ram", (None, 2021)),
    ("nothing released later than 2020", (None, 2020)),
    ("released later than 2020", (2021, None)),
    ("2023 forward", (2023, None)),
    ("up to the 2021 models", (None, 2021)),
    ("nothing newer than the 2022 lineup", (None, 2022)),
])
def test_a_launch_year_said_with_list_or_comparison_words_is_bounded(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_the_oldest_said_without_a_year_is_still_an_ordering(vocab):
    assert sort_after("oldest first please", vocab) == Sort("year", False)
