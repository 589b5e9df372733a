"""Spec bounds as strangers write them (issue 9): memory figures each glued to its own word, pixel counts, number
words, traditional camera words, and launch years said with signs, prefixes and articles."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, slots, small_catalog


def _specs(vocab, text: str) -> dict[str, object]:
    """spec name -> the bound the text sets on it."""
    return {slot[5:]: value for slot, (_, value) in slots(understand(text, vocab)).items() if slot.startswith("spec:")}


@pytest.mark.parametrize("text, ram, storage", [
    ("运存8G存储256G", 8, 256), ("内存8G存储128G", 8, 128), ("RAM8G ROM128G", 8, 128), ("运行内存12G机身存储512G", 12, 512),
    ("运存16G存储1T", 16, 1024), ("storage 256GB RAM 8GB", 8, 256),
])
def test_a_memory_word_before_a_figure_names_it_when_the_word_after_has_a_figure_of_its_own(vocab, text, ram, storage):
    assert _specs(vocab, text) == {"ram_gb": Bound(lo=ram), "storage_gb": Bound(lo=storage)}


@pytest.mark.parametrize("text, spec, bound", [
    ("存储空间一个T", "storage_gb", Bound(lo=1024)), ("运存8个G", "ram_gb", Bound(lo=8)),
])
def test_a_measure_word_between_a_figure_and_its_memory_unit_is_read_through(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("主攝5000萬畫素以上", "main_camera_mp", Bound(lo=50)), ("後攝影機6400萬畫素", "main_camera_mp", Bound(lo=64)),
    ("自拍鏡頭2000萬畫素", "front_camera_mp", Bound(lo=20)),
])
def test_taiwan_words_for_pixels_and_camera_read_as_their_mainland_words(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("前置摄像头2千万像素以上", "front_camera_mp", Bound(lo=20)), ("后置50百万像素", "main_camera_mp", Bound(lo=50)),
    ("主摄5千万像素", "main_camera_mp", Bound(lo=50)), ("camera with 50 million pixels", "main_camera_mp", Bound(lo=50)),
])
def test_a_count_of_pixels_is_megapixels(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


def test_a_small_count_of_pixels_is_no_camera(vocab):
    assert _specs(vocab, "1080 pixels") == {}


@pytest.mark.parametrize("text, spec, bound", [
    ("fifty megapixel camera", "main_camera_mp", Bound(lo=50)), ("a forty-eight MP camera", "main_camera_mp", Bound(lo=48)),
    ("eight gigs of RAM", "ram_gb", Bound(lo=8)), ("half a terabyte of storage", "storage_gb", Bound(lo=512)),
    ("a terabyte of storage", "storage_gb", Bound(lo=1024)), ("five thousand mAh battery", "battery_mah", Bound(lo=5000)),
    ("six point seven inches or more", "screen_in", Bound(lo=6.7)),
])
def test_number_words_before_a_spec_unit_are_its_figure(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


def test_number_words_before_money_are_left_to_the_budget(vocab):
    assert slots(understand("two hundred dollars", vocab))["budget"][1].hi == 200


@pytest.mark.parametrize("text", ["at least 32 megapixels for the front camera", "32MP for selfies"])
def test_a_front_camera_named_after_for_the_owns_the_figure(vocab, text):
    assert _specs(vocab, text) == {"front_camera_mp": Bound(lo=32)}


@pytest.mark.parametrize("text, bound", [
    ("post-2022", Bound(lo=2023)), ("post 2022", Bound(lo=2023)), ("pre-2020 phones", Bound(hi=2019)),
    ("release year ≥ 2023", Bound(lo=2023)), ("launch year 2024", Bound(2024, 2024)), ("model year 2023", Bound(2023, 2023)),
    ("2022 model at the earliest", Bound(lo=2022)), ("2023-or-newer", Bound(lo=2023)), ("2024's flagship", Bound(2024, 2024)),
])
def test_a_launch_year_said_with_a_prefix_a_sign_or_its_noun_is_bounded(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, brand", [("a 2024 Pixel", "Google"), ("the 2023 iPhone", "Apple")])
def test_a_year_between_an_article_and_a_name_is_that_launch_year(vocab, text, brand):
    found = slots(understand(text, vocab))
    year = int(text.split()[1])
    assert found["spec:year"] == ("set", Bound(year, year)) and found["brands"] == ("set", frozenset({brand}))


def test_a_year_like_figure_after_an_article_before_money_words_is_no_year(vocab):
    assert "spec:year" not in slots(understand("a 2000 budget", vocab))


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕尺寸在6.5到6.8之间", "screen_in", Bound(6.5, 6.8)), ("电池在4500到5000之间", "battery_mah", Bound(4500, 5000)),
    ("运存在8到12之间", "ram_gb", Bound(8, 12)),
])
def test_a_chinese_range_after_a_spec_word_bounds_both_sides(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text", ["SD8G2", "snap dragon 8 gen 2", "qualcomm 8 gen 2", "高通8gen2", "snapdragon 8G2"])
def test_snapdragon_shorthands_and_spellings_name_the_chip(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Snapdragon 8 Gen 2")


def test_a_numbered_generation_alone_is_a_snapdragon(vocab):
    assert "spec:chip_score" in slots(understand("8 gen 2 or better", vocab))


def test_the_chinese_name_of_the_elite_chip_is_the_elite(vocab):
    assert slots(understand("骁龙8至尊版", vocab))["chipset"] == ("set", "Snapdragon 8 Elite")


@pytest.mark.parametrize("text, chips", [("unisoc or helio? no thanks", {"Unisoc", "Helio"}),
                                         ("天玑或者骁龙都不要", {"Dimensity", "Snapdragon"})])
def test_a_refusal_after_a_list_of_chips_refuses_every_chip_of_it(vocab, text, chips):
    found = slots(understand(text, vocab))
    assert found["exclude_chipsets"] == ("add", frozenset(chips)) and "chipset" not in found


def _sides(vocab, text: str) -> list[tuple[frozenset[str], str | None, dict[str, Bound]]]:
    """Each OR side as (brands, platform, specs)."""
    alternatives = slots(understand(text, vocab))["alternatives"][1]
    return [(side.brands, side.platform, dict(side.specs)) for side in alternatives]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["Samsung 12GB RAM or Pixel 256GB", "either Samsung 12GB RAM or Pixel 256GB",
                                  "a Samsung with 12GB RAM / a Pixel with 256GB", "三星12G运存或苹果256G"])
def test_two_whole_alternatives_without_with_keep_each_its_own_spec(vocab, text):
    second = "Apple" if "苹果" in text else "Google"
    assert _sides(vocab, text) == [(frozenset({"Samsung"}), None, {"ram_gb": Bound(lo=12)}),
                                   (frozenset({second}), None, {"storage_gb": Bound(lo=256)})]


def test_alternatives_may_each_have_their_own_budget(vocab):
    alternatives = slots(understand("Xiaomi under $300, or alternatively a Motorola under $250", vocab))["alternatives"][1]
    assert [(side.brands, side.budget.hi) for side in alternatives] == [
        (frozenset({"Xiaomi"}), 300), (frozenset({"Motorola"}), 250)]


@pytest.mark.parametrize("text", ["Samsung under $500 or Pixel", "Samsung or Pixel under $500", "8GB/256GB",
                                  "tablet from lenovo or realme under 20000 rupees", "Samsung/Pixel with 12GB RAM"])
def test_a_requirement_said_for_one_side_only_or_for_both_makes_no_alternatives(vocab, text):
    assert "alternatives" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text, spec, bound", [
    ("主摄5000万+", "main_camera_mp", Bound(lo=50)), ("前摄32M+", "front_camera_mp", Bound(lo=32)),
])
def test_a_plus_after_megapixels_in_ten_thousands_is_a_floor_not_money(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text, spec, bound", [
    ("存储不要小于256", "storage_gb", Bound(lo=256)), ("weight not over 190", "weight_g", Bound(hi=190)),
    ("battery no more than 5000", "battery_mah", Bound(hi=5000)), ("电池不能小于5000", "battery_mah", Bound(lo=5000)),
])
def test_a_negated_comparison_between_a_spec_word_and_its_figure_turns_the_side(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, bound", [("屏幕大于等于6.6", Bound(lo=6.6)), ("屏幕小于等于6.3寸", Bound(hi=6.3)),
                                         ("屏幕最小6.5", Bound(lo=6.5)), ("屏幕最大6.4", Bound(hi=6.4))])
def test_or_equal_comparisons_and_a_superlative_before_a_decimal_figure_are_bounds(vocab, text, bound):
    found = understand(text, vocab)
    assert _specs(vocab, text) == {"screen_in": bound} and found.sort is None


@pytest.mark.parametrize("text, bound", [("6,7 inch screen", Bound(6.55, 6.85)), ("屏幕6,5寸以上", Bound(lo=6.5))])
def test_a_decimal_comma_in_a_screen_size_is_a_decimal_point(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


def test_a_launch_verb_right_before_a_year_names_that_year(vocab):
    assert _specs(vocab, "launched 2024") == {"year": Bound(2024, 2024)}


def test_eight_elite_alone_is_the_snapdragon(vocab):
    assert slots(understand("8 elite", vocab))["chipset"] == ("set", "Snapdragon 8 Elite")


@pytest.mark.parametrize("text", ["一加12G运存，不行的话小米16G运存", "一加12G运存，实在不行小米16G运存"])
def test_if_not_then_joins_two_chinese_alternatives(vocab, text):
    assert _sides(vocab, text) == [(frozenset({"OnePlus"}), None, {"ram_gb": Bound(lo=12)}),
                                   (frozenset({"Xiaomi"}), None, {"ram_gb": Bound(lo=16)})]


def test_a_chinese_side_may_space_a_latin_name_from_its_figure(vocab):
    alternatives = slots(understand("vivo 3000以内 或者 OPPO 3500以内", vocab))["alternatives"][1]
    assert [(side.brands, side.budget.hi) for side in alternatives] == [(frozenset({"Vivo"}), 3000), (frozenset({"Oppo"}), 3500)]


@pytest.mark.parametrize("text", ["小米 12G 256G", "samsung 8gb 128gb"])
def test_a_ram_figure_then_a_storage_figure_with_units_and_a_space_are_ram_and_storage(vocab, text):
    ram = 12 if "12G" in text else 8
    assert _specs(vocab, text) == {"ram_gb": Bound(lo=ram), "storage_gb": Bound(lo=256 if ram == 12 else 128)}


@pytest.mark.parametrize("text, first, second", [
    ("either 12GB RAM or 512GB storage", {"ram_gb": Bound(lo=12)}, {"storage_gb": Bound(lo=512)}),
    ("a phone with either a 6000mAh battery or a 200MP camera", {"battery_mah": Bound(lo=6000)},
     {"main_camera_mp": Bound(lo=200)}),
])
def test_either_between_two_different_specs_is_a_choice(vocab, text, first, second):
    assert _sides(vocab, text) == [(frozenset(), None, first), (frozenset(), None, second)]


def test_either_between_two_figures_of_one_spec_is_no_choice(vocab):
    assert "alternatives" not in slots(understand("either 8GB or 12GB RAM", vocab))


def test_sides_that_both_say_their_spec_before_their_brand_keep_it(vocab):
    assert _sides(vocab, "12GB Samsung or 256GB Pixel") == [(frozenset({"Samsung"}), None, {"ram_gb": Bound(lo=12)}),
                                                          (frozenset({"Google"}), None, {"storage_gb": Bound(lo=256)})]


@pytest.mark.parametrize("text", ["a chip better than the A15", "processor faster than an A15"])
def test_an_apple_chip_after_a_chip_word_and_a_comparison_is_compared_with(vocab, text):
    assert slots(understand(text, vocab))["spec:chip_score"][0] == "set"


@pytest.mark.parametrize("text, bound", [("23款以后", Bound(lo=2023)), ("24款及以后的", Bound(lo=2024)),
                                         ("两年内的", Bound(lo=2024)), ("三年内发布的", Bound(lo=2023))])
def test_chinese_model_years_and_windows_bound_the_launch_year(text, bound):
    later = Vocabulary.from_catalog(small_catalog(), ALIASES, reference_year=2025)
    assert _specs(later, text) == {"year": bound}


@pytest.mark.parametrize("text", ["一年内换了三台", "推荐10款手机"])
def test_a_span_of_time_or_a_count_of_models_is_no_launch_year(vocab, text):
    assert "spec:year" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text, bound", [
    ("a phone released within the past year", Bound(lo=2025)), ("not older than last year", Bound(lo=2024)),
    ("since last year", Bound(lo=2024)), ("older than last year", Bound(hi=2023)), ("last year's model", Bound(2024, 2024)),
])
def test_a_year_said_relative_to_now_takes_the_side_words_before_it(text, bound):
    later = Vocabulary.from_catalog(small_catalog(), ALIASES, reference_year=2025)
    assert _specs(later, text) == {"year": bound}


@pytest.mark.parametrize("text", ["三星12G运存的也行，苹果256G的也行", "三星的话要12G运存，苹果的话要256G", "三星要12G运存，苹果要256G"])
def test_two_clauses_each_offered_with_its_own_brand_and_spec_are_alternatives(vocab, text):
    assert _sides(vocab, text) == [(frozenset({"Samsung"}), None, {"ram_gb": Bound(lo=12)}),
                                   (frozenset({"Apple"}), None, {"storage_gb": Bound(lo=256)})]


@pytest.mark.parametrize("text", ["my old phone was a Samsung with 4GB RAM, now I want a Pixel with 8GB",
                                  "三星12G运存，苹果的不要", "Samsung with 12GB RAM, 256GB storage"])
def test_clauses_not_offered_as_choices_make_no_alternatives(vocab, text):
    assert "alternatives" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text, spec, bound", [
    ("selfie camera 32", "front_camera_mp", Bound(lo=32)), ("main camera 50", "main_camera_mp", Bound(lo=50)),
    ("50 MPs camera", "main_camera_mp", Bound(lo=50)), ("50 M.P. camera", "main_camera_mp", Bound(lo=50)),
    ("48 mega camera", "main_camera_mp", Bound(lo=48)),
])
def test_a_sensor_size_after_a_camera_word_or_with_a_loose_unit_is_megapixels(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("存储要大，512起", "storage_gb", Bound(lo=512)), ("电池要大，5000以上", "battery_mah", Bound(lo=5000)),
    ("8gb ram minimum, 128 rom", "storage_gb", Bound(lo=128)),
])
def test_a_figure_after_a_wish_for_more_of_a_spec_or_before_rom_is_that_spec(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text", ["an iPhone with an A16 or better", "A15 or better"])
def test_a_known_apple_chip_before_or_better_or_after_an_iphone_with_is_a_chip(vocab, text):
    assert "spec:chip_score" in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["galaxy a16 or better", "A55 or better"])
def test_a_galaxy_a_model_or_an_unknown_a_number_before_or_better_is_no_chip(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:chip_score" not in found and "chipset" not in found


@pytest.mark.parametrize("text, spec, bound", [
    ("4800万以上的后置", "main_camera_mp", Bound(lo=48)), ("3200万以上的前置", "front_camera_mp", Bound(lo=32)),
    ("5000万的主摄", "main_camera_mp", Bound(lo=50)),
])
def test_a_chinese_megapixel_figure_joined_by_de_to_its_camera_word_is_that_camera(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


def test_a_megapixel_figure_before_its_camera_word_is_no_budget(vocab):
    assert "budget" not in slots(understand("4800万以上的后置", vocab))


@pytest.mark.parametrize("text, bound", [("6.5寸朝上", Bound(lo=6.5)), ("6.1寸往下", Bound(hi=6.1)), ("6.3英寸向下", Bound(hi=6.3))])
def test_chinese_direction_words_after_a_screen_size_set_its_side(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text", ["影像5000万以上", "拍照 5000万+", "摄像5000万以上", "照相机至少5000万", "主摄至少5000万吧",
                                  "主摄5000万就行"])
def test_chinese_photo_words_and_sentence_endings_keep_a_wan_figure_a_camera_floor(vocab, text):
    assert _specs(vocab, text) == {"main_camera_mp": Bound(lo=50)}


@pytest.mark.parametrize("text", ["拍照3000以内", "拍照好 2000以内", "影像旗舰4000以内"])
def test_a_price_after_a_photo_word_stays_a_price(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:main_camera_mp" not in found and found["budget"][0] == "set"


@pytest.mark.parametrize("text, bound", [
    ("2021 at the latest", Bound(hi=2021)), ("launched by 2021", Bound(hi=2021)), ("2021 and older", Bound(hi=2021)),
    ("until 2021", Bound(hi=2021)), ("through 2021", Bound(hi=2021)), ("2021 or prior", Bound(hi=2021)),
    ("2021 and earlier", Bound(hi=2021)), ("up to 2021 models", Bound(hi=2021)), ("max year 2021", Bound(hi=2021)),
    ("min year 2022", Bound(lo=2022)), ("2022 or a newer model", Bound(lo=2022)),
])
def test_launch_year_limits_said_in_more_ways(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


def test_up_to_a_year_like_figure_alone_stays_an_amount(vocab):
    found = slots(understand("up to 2000", vocab))
    assert "spec:year" not in found and found["budget"][1].hi == 2000


@pytest.mark.parametrize("text, bound", [
    ("屏幕比6.5寸大", Bound(lo=6.5)), ("比6.2寸小的屏", Bound(hi=6.2)), ("屏幕要比6.4英寸还大", Bound(lo=6.4)),
    ("屏幕不能比6.6寸小", Bound(lo=6.6)),
])
def test_a_comparison_wrapped_around_a_screen_size_sets_its_side(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text, bound", [("不要6.7寸以上的大屏", Bound(hi=6.7)), ("不想要6.1寸以下的", Bound(lo=6.1))])
def test_a_refusal_before_a_screen_size_with_its_side_after_turns_the_side(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text, bound", [
    ("屏幕至少得有6.6寸", Bound(lo=6.6)), ("屏幕最多也就6.3寸", Bound(hi=6.3)), ("6.7寸及其以上的屏幕", Bound(lo=6.7)),
    ("6.5寸的屏或者更大的", Bound(lo=6.5)),
])
def test_link_words_and_the_screen_noun_between_a_side_and_a_screen_size_are_read_through(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text, bound", [("屏幕七寸以上", Bound(lo=7)), ("六寸半以上的屏", Bound(lo=6.5)),
                                         ("6寸半以上", Bound(lo=6.5)), ("屏幕六寸一以内", Bound(hi=6.1))])
def test_whole_and_half_inches_written_out_are_screen_sizes(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text", ["后摄5000万往上", "主摄5千万以上"])
def test_a_camera_floor_said_with_a_direction_word_or_a_mixed_numeral_is_megapixels(vocab, text):
    assert _specs(vocab, text) == {"main_camera_mp": Bound(lo=50)}


@pytest.mark.parametrize("text, spec, bound", [
    ("8 or more GB of RAM", "ram_gb", Bound(lo=8)), ("12 or more gigs of ram", "ram_gb", Bound(lo=12)),
    ("256 or more GB storage", "storage_gb", Bound(lo=256)), ("5000 or more mAh battery", "battery_mah", Bound(lo=5000)),
    ("50 or more MP camera", "main_camera_mp", Bound(lo=50)), ("6 and up GB of RAM", "ram_gb", Bound(lo=6)),
    ("200 or less grams", "weight_g", Bound(hi=200)), ("128 or less GB of storage", "storage_gb", Bound(hi=128)),
])
def test_a_side_said_between_a_figure_and_its_unit_bounds_that_spec(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}
