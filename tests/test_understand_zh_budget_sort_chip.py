"""Chinese budgets, orderings, chip floors, years and leftovers strangers write (issue 9): "预算三千多",
"比A15快", "8g2以上", "骁龙870级别以上", "前年的", "价钱由平到贵", "显示屏6.7", "1加", "不考虑苹果和三星以外的"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, lo, hi", [
    ("预算三千多", 3000, 4000), ("预算两千多的vivo", 2000, 3000), ("预算一千多", 1000, 2000),
])
def test_a_budget_of_some_thousands_and_more_spans_that_thousand(vocab, text, lo, hi):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (lo, hi)


@pytest.mark.parametrize("text, spec, floor", [
    ("前置最好3200万以上", "front_camera_mp", 32), ("前摄最好2000万以上", "front_camera_mp", 20),
    ("后摄最好6400万以上", "main_camera_mp", 64),
])
def test_a_wished_megapixel_floor_after_best_is_a_camera_not_money(vocab, text, spec, floor):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", Bound(lo=floor)) and "budget" not in found


@pytest.mark.parametrize("text, size", [
    ("显示屏6.7", 6.7), ("屏幕大概在6.5", 6.5), ("屏幕大约在6.7", 6.7), ("屏6.7的", 6.7), ("屏幕差不多在6.1", 6.1),
])
def test_a_bare_size_after_a_screen_word_is_the_screen(vocab, text, size):
    bound = slots(understand(text, vocab))["spec:screen_in"][1]
    assert (bound.lo, bound.hi) == pytest.approx((size - 0.15, size + 0.15))


@pytest.mark.parametrize("text", ["1加，3000以内", "1加的手机", "想要1加"])
def test_one_plus_written_with_a_digit_is_oneplus(vocab, text):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({"OnePlus"}))


@pytest.mark.parametrize("text", ["不考虑苹果和三星以外的", "苹果和三星以外的不要", "除了苹果和三星以外的都不考虑"])
def test_refusing_what_is_outside_two_brands_wants_those_brands(vocab, text):
    found = slots(understand(text, vocab))
    assert found["brands"] == ("set", frozenset({"Apple", "Samsung"})) and "exclude_brands" not in found


@pytest.mark.parametrize("text, chip", [
    ("比A15快的", "Apple A15 Bionic"), ("强于A14", "Apple A14 Bionic"), ("超过骁龙7 Gen 3的处理器", "Snapdragon 7 Gen 3"),
    ("比A16还快的安卓机", "Apple A16 Bionic"),
])
def test_faster_than_a_chip_is_strictly_above_it(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip] + 1)) and "chipset" not in found


@pytest.mark.parametrize("text, chip", [
    ("A15以上的芯片", "Apple A15 Bionic"), ("不比A15慢", "Apple A15 Bionic"), ("8g2以上", "Snapdragon 8 Gen 2"),
    ("天玑8200级别以上", "MediaTek Dimensity 8200"), ("处理器最低要求天玑9200", "MediaTek Dimensity 9200"),
])
def test_a_chip_floor_keeps_the_chip_and_faster_ones(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip])) and "chipset" not in found \
        and "spec:ram_gb" not in found


def test_the_year_before_last_is_two_years_back(vocab):
    year = vocab.reference_year - 2
    assert slots(understand("前年的", vocab))["spec:year"] == ("set", Bound(year, year))


@pytest.mark.parametrize("text, key, descending", [
    ("價錢由平到貴", "price", False), ("低价优先，要5G的", "price", False), ("自拍最清楚的", "front_camera_mp", True),
    ("价格由贵到平", "price", True),
])
def test_orderings_said_with_cheap_or_clear(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


def test_some_hundreds_and_more_in_dollars_is_a_dollar_span(vocab):
    budget = slots(understand("预算三百多美元", vocab))["budget"][1]
    assert (budget.currency, budget.lo, budget.hi) == ("USD", 300, 400)


@pytest.mark.parametrize("text, chip", [("A16仿生或以上", "Apple A16 Bionic"), ("苹果A15仿生以上", "Apple A15 Bionic")])
def test_bionic_said_in_chinese_names_the_apple_chip(vocab, text, chip):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip]))


def test_snapdragon_eight_plus_without_a_generation_is_the_first(vocab):
    assert slots(understand("骁龙8+的手机", vocab))["chipset"] == ("set", "Snapdragon 8+ Gen 1")


@pytest.mark.parametrize("text, bound", [
    ("发布年份≥2023", Bound(lo=2023)), ("上市时间>=2022", Bound(lo=2022)), ("2023—2024年", Bound(2023, 2024)),
    ("二〇二三年以后", Bound(lo=2023)), ("二零二二年到二零二四年", Bound(2022, 2024)),
    ("别推荐2020年以前的老机器", Bound(lo=2021)),
])
def test_years_with_a_chinese_noun_sign_dash_or_digit_by_digit(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert found["spec:year"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text", ["新机优先", "新出的机优先"])
def test_new_phones_first_orders_by_year(vocab, text):
    assert understand(text, vocab).sort == Sort("year", True)


@pytest.mark.parametrize("text, family", [("不要联发科以外的芯片", "MediaTek"), ("骁龙以外的不要", "Snapdragon"),
                                          ("不考虑骁龙以外的处理器", "Snapdragon")])
def test_refusing_the_chips_outside_one_family_wants_that_family(vocab, text, family):
    found = slots(understand(text, vocab))
    assert found["chipset"] == ("set", family) and "exclude_chipsets" not in found


@pytest.mark.parametrize("text, ceiling", [
    ("预算有3000", 3000), ("手上有3000", 3000), ("最多能出3000", 3000), ("可以出到3500", 3500), ("钱包里只有两千", 2000),
])
def test_what_the_shopper_has_to_spend_is_a_ceiling(vocab, text, ceiling):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (None, ceiling)


@pytest.mark.parametrize("text, spec, bound", [
    ("电池有5000", "battery_mah", Bound(lo=5000)), ("存储有256", "storage_gb", Bound(lo=256)),
    ("运存要有12G", "ram_gb", Bound(lo=12)),
])
def test_a_figure_after_has_is_the_spec_floor(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text, key, descending", [
    ("排序按价格", "price", False), ("排序依据：价格，升序", "price", False), ("排序按价格从高到低", "price", True),
    ("价格低到高", "price", False), ("越轻越靠前", "weight_g", False), ("续航长的靠前", "battery_mah", True),
])
def test_orderings_with_the_verb_first_without_from_or_said_as_to_the_front(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, chip", [
    ("联发科G99的手机", "MediaTek Helio G99"), ("G99处理器", "MediaTek Helio G99"), ("天玑9200加", "MediaTek Dimensity 9200+"),
    ("骁龙8s三代", "Snapdragon 8s Gen 3"), ("三代骁龙8的小米", "Snapdragon 8 Gen 3"), ("第一代骁龙8+", "Snapdragon 8+ Gen 1"),
])
def test_chips_by_their_chinese_names_and_shorthands(vocab, text, chip):
    assert slots(understand(text, vocab))["chipset"][1].endswith(chip.split(" ", 1)[1])


@pytest.mark.parametrize("text, size", [("屏幕小一点，6.1左右", 6.1), ("屏幕大一点，6.7左右", 6.7)])
def test_a_size_about_after_a_relative_screen_word_is_the_screen(vocab, text, size):
    bound = slots(understand(text, vocab))["spec:screen_in"][1]
    assert (bound.lo, bound.hi) == pytest.approx((size - 0.15, size + 0.15))


@pytest.mark.parametrize("text, back", [("发布不超过两年", 1), ("上市不到一年的", 0), ("不要三年前的", 2)])
def test_an_age_in_years_said_in_chinese_is_a_window_of_newest_years(vocab, text, back):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(lo=vocab.reference_year - back))


@pytest.mark.parametrize("text, bound", [
    ("2023年或更晚", Bound(lo=2023)), ("2023年或者更新的", Bound(lo=2023)), ("22-24年的", Bound(2022, 2024)),
    ("2024、2025年的", Bound(2024, 2025)),
])
def test_year_sides_and_ranges_said_loosely(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


@pytest.mark.parametrize("text", ["五G手机", "支持五G"])
def test_five_g_with_a_chinese_numeral_asks_for_5g(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


@pytest.mark.parametrize("text, lo, hi", [("3、4千的手机", 3000, 4000), ("三、四千", 3000, 4000), ("5、6千的旗舰", 5000, 6000)])
def test_two_neighbouring_digits_apart_before_one_unit_are_a_range(vocab, text, lo, hi):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (lo, hi)


@pytest.mark.parametrize("text, ceiling", [
    ("预算顶天3000", 3000), ("撑死两千", 2000), ("3000就顶天了", 3000), ("两千五撑死了", 2500), ("充其量两千五", 2500),
])
def test_at_the_very_most_words_cap_a_budget(vocab, text, ceiling):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (None, ceiling)


@pytest.mark.parametrize("text, key, descending", [
    ("最省钱的", "price", False), ("先便宜后贵", "price", False), ("先新后旧", "year", True), ("按新旧排", "year", True),
    ("按价格高低", "price", False), ("按价格高低，从高到低", "price", True), ("按价格排序，从高到低", "price", True),
    ("按价格排序，降序", "price", True), ("按电池排序，从小到大", "battery_mah", False),
])
def test_orderings_by_a_pair_of_ends_or_with_the_direction_after_a_comma(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, chip", [("天玑9200或同级别", "MediaTek Dimensity 9200"),
                                        ("骁龙8 Gen 2同等水平以上", "Snapdragon 8 Gen 2")])
def test_a_chip_or_one_of_its_level_is_a_floor(vocab, text, chip):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip]))


@pytest.mark.parametrize("text", ["安兔兔跑分100万以上", "跑分150万"])
def test_a_benchmark_score_is_no_price(vocab, text):
    assert "budget" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text, chip", [("晓龙8 Gen 2的", "Snapdragon 8 Gen 2"), ("天机9200的", "MediaTek Dimensity 9200"),
                                        ("天矶9200的", "MediaTek Dimensity 9200")])
def test_a_chip_family_miswritten_by_its_sound_is_that_family(vocab, text, chip):
    assert slots(understand(text, vocab))["chipset"] == ("set", chip)


def test_budget_miswritten_by_its_sound_is_a_budget(vocab):
    budget = slots(understand("预酸3000", vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (None, 3000)


def test_a_heavenly_secret_is_no_chip(vocab):
    assert "chipset" not in slots(understand("天机不可泄露", vocab))


@pytest.mark.parametrize("text", ["預算兩萬日圓", "5万日圆以内"])
def test_yen_written_with_yuan_the_coin_is_named_not_read_as_yuan(vocab, text):
    request = understand(text, vocab)
    assert "budget" not in slots(request) and any("JPY" in note for note in request.notes)


@pytest.mark.parametrize("text, currency, lo, hi", [
    ("五百来美元", "USD", 425, 575), ("四百出头美元", "USD", 400, 460), ("两万出头卢比", "INR", 20000, 23000),
])
def test_about_or_just_over_takes_the_currency_said_after_it(vocab, text, currency, lo, hi):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.currency, budget.lo, budget.hi) == (currency, lo, hi)
