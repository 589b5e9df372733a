"""Single-message wordings strangers write that were misread (issue 9): brand refusals written as a comparison
("brand != Apple"), launch windows that reach today ("no older than 18 months"), short misspelled brands
("opo"), a chip series as a floor ("Snapdragon 7 series or better"), weights in ounces, screens in centimetres and the
megapixels of a camera the catalog does not describe."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _spec(vocab, text: str, spec: str):
    """The bound the text sets on one spec, or None."""
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]


@pytest.mark.parametrize("text", ["brand != Apple", "brand ≠ apple", "brand <> Apple, 8gb ram", "brand is not apple",
                                  "not made by Apple"])
def test_a_brand_said_unequal_is_refused(vocab, text):
    got = slots(understand(text, vocab))
    assert got["exclude_brands"] == ("add", frozenset({"Apple"})) and "brands" not in {s for s, (op, _) in got.items()
                                                                                         if op in ("set", "add")}


def test_a_short_brand_missing_one_letter_of_a_double_is_guessed_and_said(vocab):
    request = understand("opo phone with 8gb ram", vocab)
    assert slots(request)["brands"] == ("set", frozenset({"Oppo"}))
    assert any("opo" in note for note in request.notes)


def test_a_short_english_word_is_not_guessed_as_a_brand(vocab):
    assert "brands" not in slots(understand("a pop of colour", vocab))


@pytest.mark.parametrize("text, floor", [
    ("snapdragon 8 series or better", 4500), ("Snapdragon 7 series or higher", 3000), ("骁龙8系列或以上", 4500),
])
def test_a_chip_series_or_better_is_at_least_its_weakest_chip(vocab, text, floor):
    assert _spec(vocab, text, "chip_score").lo == floor


def test_a_chip_series_read_as_a_floor_says_which_chip_stood_for_it(vocab):
    assert any("Snapdragon 8s Gen 3" in note for note in understand("snapdragon 8 series or better", vocab).notes)


@pytest.mark.parametrize("text, grams", [("under 7 oz", 198.4), ("lighter than 6.5 ounces", 184.3)])
def test_a_weight_in_ounces_is_read_in_grams_to_a_tenth(vocab, text, grams):
    bound = _spec(vocab, text, "weight_g")
    assert bound is not None and bound.lo is None and bound.hi == grams


def test_a_screen_in_centimetres_is_read_in_inches_to_a_tenth(vocab):
    bound = _spec(vocab, "screen 16.5 cm or more", "screen_in")
    assert bound is not None and bound.hi is None and bound.lo == 6.5


@pytest.mark.parametrize("text", ["超广角5000万以上", "长焦镜头6400万像素", "ultrawide 50MP or more"])
def test_megapixels_of_a_camera_the_catalog_lacks_are_no_budget_and_no_main_camera(vocab, text):
    got = slots(understand(text, vocab))
    assert "budget" not in got and "spec:main_camera_mp" not in got


def test_megapixels_of_a_camera_the_catalog_lacks_are_said_unused(vocab):
    assert any("5000万" in note for note in understand("超广角5000万以上", vocab).notes)


@pytest.mark.parametrize("text, back", [
    ("launched last year or this year", 1), ("this or last year's phones", 1), ("no older than 18 months", 1),
    ("within the past 24 months", 1), ("newer than 3 years old", 2), ("younger than two years", 1),
])
def test_a_launch_window_reaching_today_is_a_floor_on_the_year(vocab, text, back):
    assert _spec(vocab, text, "year") == Bound(lo=vocab.reference_year - back)  # "this year" is the catalog's newest


def test_a_year_until_now_is_a_floor_on_the_year(vocab):
    assert _spec(vocab, "2023年至今发布的", "year") == Bound(lo=2023)


def test_an_aspect_said_with_wise_then_a_direction_is_an_ordering(vocab):
    assert understand("price-wise, low to high", vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text", ["64及以上存储、重量220g以上", "重量220g以上 机身存储不低于64"])
def test_grams_after_the_weight_word_are_the_weight_beside_a_memory_word(vocab, text):
    got = slots(understand(text, vocab))
    assert got["spec:weight_g"][1] == Bound(lo=220) and got["spec:storage_gb"][1] == Bound(lo=64)


def test_a_5g_before_a_storage_figure_is_the_network_not_memory(vocab):
    got = slots(understand("要5G 64G及以上机身存储", vocab))
    assert got["needs_5g"] == ("set", True) and "spec:ram_gb" not in got


def test_pixels_and_a_budget_about_a_figure_ask_for_no_similar_phone(vocab):
    request = understand("像素最高的 预算差不多四千元", vocab)
    assert request.followup is None and request.sort == Sort("main_camera_mp", True)


def test_a_superlative_first_orders_by_its_own_aspect_after_another_spec(vocab):
    assert understand("电池容量起码要6000mAh，heaviest first", vocab).sort == Sort("weight_g", True)


@pytest.mark.parametrize("text, sort", [
    ("按运存从大到小排序 两千元之内", Sort("ram_gb", True)), ("从便宜到贵的 两千元之内", Sort("price", False)),
    ("最重的排前面 两千元之内", Sort("weight_g", True)),
])
def test_an_ordering_said_outright_stays_one_before_a_budget_figure(vocab, text, sort):
    request = understand(text, vocab)
    assert request.sort == sort and slots(request)["budget"][1].hi == 2000


def test_the_network_before_a_memory_word_whose_figure_is_in_chinese_numerals_is_no_memory(vocab):
    got = slots(understand("5G 运行内存四G以下", vocab))
    assert got["needs_5g"] == ("set", True) and got["spec:ram_gb"][1] == Bound(hi=4)


def test_at_last_before_a_figure_is_at_least(vocab):
    assert _spec(vocab, "at last 220 grams", "weight_g") == Bound(lo=220)


@pytest.mark.parametrize("text, bound", [("屏幕6寸7以上", Bound(lo=6.7)), ("屏幕6寸8G运存", Bound(lo=5.85, hi=6.15))])
def test_a_digit_glued_after_the_inch_unit_is_its_tenths_unless_a_unit_follows(vocab, text, bound):
    assert _spec(vocab, text, "screen_in") == bound


@pytest.mark.parametrize("text, spec", [("主摄5000万或更高", "main_camera_mp"), ("前置3200万及更高", "front_camera_mp")])
def test_megapixels_said_with_or_higher_beside_a_camera_word_are_the_camera(vocab, text, spec):
    got = slots(understand(text, vocab))
    assert "budget" not in got and got[f"spec:{spec}"][1].hi is None


def test_a_misspelled_chip_family_before_its_model_is_one_chip(vocab):
    got = slots(understand("at least a Snapdraogn 8 Gen 3", vocab))
    assert got["spec:chip_score"][1] == Bound(lo=7000) and "chipset" not in got


def test_a_misspelled_price_in_an_ordering_is_guessed(vocab):
    request = understand("rank by prie: in ascending order", vocab)
    assert request.sort == Sort("price", False) and any("prie" in note for note in request.notes)


def test_a_front_camera_word_after_a_year_is_no_year_side(vocab):
    got = slots(understand("不早于2020年 前置起码要3200万像素", vocab))
    assert got["spec:front_camera_mp"][1] == Bound(lo=32) and "spec:main_camera_mp" not in got


def test_an_approximation_before_the_next_figure_is_that_figures(vocab):
    got = slots(understand("minimum selfie lens 32mp 大概12k", vocab))
    assert got["spec:front_camera_mp"][1] == Bound(lo=32) and got["budget"][1].around == 12000


def test_a_superlative_before_a_chinese_year_is_an_ordering(vocab):
    request = understand("the newest 2022年及以前", vocab)
    assert request.sort == Sort("year", True) and slots(request)["spec:year"][1] == Bound(hi=2022)


def test_a_side_word_after_a_sided_figure_and_before_the_next_spec_is_the_next_ones(vocab):
    got = slots(understand("运行内存不大于4G at most battery 4500mAh", vocab))
    assert got["spec:ram_gb"][1] == Bound(hi=4) and got["spec:battery_mah"][1] == Bound(hi=4500)


def test_zuoyou_after_a_budget_stays_with_it_before_a_year(vocab):
    got = slots(understand("800迪拉姆左右 2024年起", vocab))
    assert got["budget"][1].around == 800 and got["spec:year"][1] == Bound(lo=2024)


def test_the_memory_word_nearest_a_figure_names_it(vocab):
    got = slots(understand("64以上储存空间，折叠屏，运存不小于16G", vocab))
    assert got["spec:ram_gb"][1] == Bound(lo=16) and got["spec:storage_gb"][1] == Bound(lo=64)


def test_a_screen_in_inches_before_a_question_mark_is_read_with_its_side(vocab):
    assert _spec(vocab, "at least display 6.7in?", "screen_in") == Bound(lo=6.7)
