"""English wordings from blind-3's failures (issue 9): "US $" written with a space before the figure keeps the side words
around it (a range, "about", "over"), ... Each rule is read from the failing wording and from wordings of our own."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def spec_read(vocab, text: str, spec: str):
    """The bound the parser sets on one spec, or None."""
    op, value = slots(understand(text, vocab)).get(f"spec:{spec}", (None, None))
    return value if op == "set" else None


@pytest.mark.parametrize("text, read", [
    ("i need a phone- budget US $200 to US $300", ("USD", 200, 300)),
    ("between US $900 and US $1000 please", ("USD", 900, 1000)),
    ("somewhere from US $450 to US $600", ("USD", 450, 600)),
])
def test_a_range_in_us_dollars_with_a_space_keeps_both_ends(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("approx. US $1,500 any recommendation?", ("USD", 1275, 1725)),
    ("roughly US $400 or so", ("USD", 340, 460)),
    ("about US $1000 budget", ("USD", 850, 1150)),
])
def test_about_before_us_dollars_with_a_space_is_a_band(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("price above US $500 plz help", ("USD", 500, None)),
    ("not less than US $150 thanks", ("USD", 150, None)),
    ("at least US $700 in price", ("USD", 700, None)),
])
def test_a_floor_before_us_dollars_with_a_space_stays_a_floor(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_a_bare_us_dollar_amount_with_a_space_is_a_ceiling(vocab):
    assert budget_read(vocab, "US $300 phone please") == ("USD", None, 300)


@pytest.mark.parametrize("text, bound", [
    ("i need a phone : screen 6.3 inc or below which one?", Bound(None, 6.3)),
    ("screen must be 6.6 inc or more", Bound(6.6, None)),
    ("minimum 6.7 inc screen please", Bound(6.7, None)),
    ("a 6.1inc screen at most", Bound(None, 6.1)),
])
def test_inc_after_a_figure_is_inches(vocab, text, bound):
    assert spec_read(vocab, text, "screen_in") == bound


def test_inc_after_no_figure_is_no_screen_size(vocab):
    assert spec_read(vocab, "made by Apple Inc please", "screen_in") is None


@pytest.mark.parametrize("text, spec, bound", [
    ("only need 4500Mah for battey or less plz help", "battery_mah", Bound(None, 4500)),
    ("only need 128g for storage or less", "storage_gb", Bound(None, 128)),
    ("6 Gb for RAM or less please", "ram_gb", Bound(None, 6)),
    ("need 6.6 Inches for screen or more please", "screen_in", Bound(6.6, None)),
    ("3000mah for the battery at most", "battery_mah", Bound(None, 3000)),
    ("512gb for storage and up", "storage_gb", Bound(512, None)),
])
def test_a_side_after_for_and_the_figures_noun_is_the_figures(vocab, text, spec, bound):
    assert spec_read(vocab, text, spec) == bound


def test_a_side_after_for_and_another_word_is_not_the_figures(vocab):
    assert spec_read(vocab, "5000mah for gaming or less", "battery_mah") == Bound(5000, None)


def weight_slot(vocab, text: str):
    """The weight update as (op, value), or None."""
    return slots(understand(text, vocab)).get("spec:weight_g")


@pytest.mark.parametrize("text, bound", [
    ("non-Exynos. and 210 Gram or heavier is fine thanks in advance", Bound(210, None)),
    ("200g or heavier is fine", Bound(200, None)),
    ("190 grams or heavier would be ok", Bound(190, None)),
])
def test_a_figures_side_followed_by_is_fine_is_a_bound_not_a_release(vocab, text, bound):
    assert weight_slot(vocab, text) == ("set", bound)


def test_a_pole_alone_said_to_be_fine_still_releases_the_bound(vocab):
    assert weight_slot(vocab, "heavier is fine") == ("clear", None)


def sort_read(vocab, text: str):
    """The order the parser reads, as (key, descending), or None."""
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


@pytest.mark.parametrize("text", [
    "plz suggest a phone : best peforming options plz help",
    "best perfoming phone under $400",
    "top performing ones please",
])
def test_best_performing_misspelled_orders_by_performance(vocab, text):
    assert sort_read(vocab, text) == ("performance", True)


@pytest.mark.parametrize("text", [
    "no flip or fold phones. Also sort them by antutu largest to smallest any recommendation?",
    "order by antutu score, highest first",
    "rank by antutu",
])
def test_antutu_names_the_performance_order(vocab, text):
    assert sort_read(vocab, text) == ("performance", True)


def test_performing_alone_orders_nothing(vocab):
    assert sort_read(vocab, "a phone performing well for calls") is None


def chips_read(vocab, text: str):
    """(the chipset wished for, the chipsets refused) as read."""
    got = slots(understand(text, vocab))
    wished = got.get("chipset", (None, None))[1]
    refused = got.get("exclude_chipsets", (None, frozenset()))[1]
    return wished, refused


@pytest.mark.parametrize("text, read", [
    ("samsung but it has to be snapdragon, exynos overheats lol", ("Snapdragon", frozenset({"Exynos"}))),
    ("pixel please, tensor chips run hot", (None, frozenset({"Tensor"}))),
    ("snapdragon only, mediatek throttles", ("Snapdragon", frozenset({"MediaTek"}))),
])
def test_a_complaint_after_a_chip_refuses_it(vocab, text, read):
    assert chips_read(vocab, text) == read


@pytest.mark.parametrize("text", ["exynos is fine", "samsung with exynos, it never overheats"])
def test_a_chip_without_a_complaint_right_after_it_is_wished(vocab, text):
    assert chips_read(vocab, text) == ("Exynos", frozenset())


def test_a_complaint_after_a_brand_refuses_it(vocab):
    got = slots(understand("realme sucks, show me a xiaomi", vocab))
    assert got["exclude_brands"] == ("add", frozenset({"Realme"}))


@pytest.mark.parametrize("text, spec, bound", [
    ("around 6,000 chinese yuan, & 32megapiixel front camera or more", "front_camera_mp", Bound(32, None)),
    ("48megapixal main camera", "main_camera_mp", Bound(48, None)),
    ("a 64megapixle camera at least", "main_camera_mp", Bound(64, None)),
])
def test_a_misspelled_unit_glued_to_its_figure_is_mended(vocab, text, spec, bound):
    assert spec_read(vocab, text, spec) == bound


def test_a_short_unit_glued_to_its_figure_is_not_guessed_at(vocab):
    assert understand("8gb ram, 5g please", vocab).notes == ()


@pytest.mark.parametrize("text, brand", [
    ("i need a pgone,show me Oppo which one?", "Oppo"),
    ("show me vivo, which is best?", "Vivo"),
    ("what about Xiaomi which one?", "Xiaomi"),
])
def test_a_brand_shown_before_a_which_question_is_a_wish_not_a_followup(vocab, text, brand):
    request = understand(text, vocab)
    assert (request.followup, slots(request)["brands"]) == (None, ("set", frozenset({brand})))


def test_a_model_shown_before_a_which_question_is_still_asked_about(vocab):
    assert understand("show me the galaxy s24 which one is that", vocab).followup.refs == ("Galaxy S24",)
