"""Budget, ordering and camera wordings strangers use (issue 9): a tolerance said outright, floor words with a
filler before the figure, a figure spaced from its Chinese unit, orderings said as "from most to least" or by a
direction word first, Chinese orderings by an aspect alone or by what comes first, and megapixels written with
后摄, M, W (万) or before the camera's noun."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _budget(vocab, text):
    op, budget = slots(understand(text, vocab))["budget"]
    return op, budget.currency, budget.lo, budget.hi


@pytest.mark.parametrize("text, currency, lo, hi", [
    ("400 dollars give or take 50", "USD", 350, 450), ("$600 plus or minus 100", "USD", 500, 700),
    ("3000元上下浮动500", "CNY", 2500, 3500), ("around 20k rupees, give or take 2k", "INR", 18000, 22000),
])
def test_a_tolerance_said_outright_is_the_width_of_the_range(vocab, text, currency, lo, hi):
    assert _budget(vocab, text) == ("set", currency, lo, hi)


@pytest.mark.parametrize("text, lo", [("最低也要2000", 2000), ("最少都得3000块", 3000), ("起码也要1500元", 1500)])
def test_a_floor_word_before_a_filler_keeps_its_side(vocab, text, lo):
    assert _budget(vocab, text) == ("set", "CNY", lo, None)


@pytest.mark.parametrize("text, hi", [("预算 3 千", 3000), ("5 万以内", 50000), ("两 千 以内", 2000)])
def test_a_figure_spaced_from_its_chinese_unit_is_one_amount(vocab, text, hi):
    assert _budget(vocab, text) == ("set", "CNY", None, hi)


@pytest.mark.parametrize("text, sort", [
    ("from most to least expensive", Sort("price", True)), ("least to most expensive please", Sort("price", False)),
    ("expensive to cheap", Sort("price", True)), ("ascending price", Sort("price", False)),
    ("descending by price", Sort("price", True)), ("in descending order of battery", Sort("battery_mah", True)),
    ("ascending weight", Sort("weight_g", False)),
])
def test_an_english_ordering_said_from_end_to_end_or_direction_first(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("按性能排", Sort("performance", True)), ("按电池排序", Sort("battery_mah", True)), ("按重量排一下", Sort("weight_g", False)),
    ("以续航排序", Sort("battery_mah", True)), ("根据发布时间排列", Sort("year", True)),
])
def test_a_chinese_ordering_by_an_aspect_alone_starts_at_its_better_end(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("新款优先", Sort("year", True)), ("贵的排前面", Sort("price", True)), ("轻的放在最前面", Sort("weight_g", False)),
    ("最强的在前面", Sort("performance", True)), ("便宜的排在前头", Sort("price", False)), ("电池大的优先", Sort("battery_mah", True)),
])
def test_a_chinese_ordering_by_what_comes_first(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_a_chinese_ordering_after_an_english_budget_is_read(vocab):
    request = understand("budget 2000 RMB, 按电池排序", vocab)
    assert request.sort == Sort("battery_mah", True) and slots(request)["budget"][1].hi == 2000


@pytest.mark.parametrize("text, spec, bound", [
    ("后摄5000万以上", "main_camera_mp", Bound(lo=50)), ("主摄48M以上", "main_camera_mp", Bound(lo=48)),
    ("5000万主摄", "main_camera_mp", Bound(lo=50)), ("前置3200W像素", "front_camera_mp", Bound(lo=32)),
    ("后摄6400w", "main_camera_mp", Bound(lo=64)), ("1亿像素后摄", "main_camera_mp", Bound(lo=100)),
    ("3200万前置", "front_camera_mp", Bound(lo=32)),
])
def test_chinese_megapixel_wordings(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text, hi", [("not a penny over $600", 600), ("not a cent more than $450", 450)])
def test_not_a_single_coin_over_an_amount_is_a_ceiling(vocab, text, hi):
    assert _budget(vocab, text) == ("set", "USD", None, hi)


@pytest.mark.parametrize("text, hi", [("最多给到3000", 3000), ("最多能出到2500", 2500), ("预算不多，1500", 1500), ("预算有限，两千", 2000)])
def test_a_verb_or_a_remark_between_the_budget_word_and_its_figure(vocab, text, hi):
    assert _budget(vocab, text) == ("set", "CNY", None, hi)


@pytest.mark.parametrize("text, sort", [
    ("按价格倒序", Sort("price", True)), ("按价格正序", Sort("price", False)), ("按上市时间倒序", Sort("year", True)),
    ("由新到旧排", Sort("year", True)), ("从旧到新", Sort("year", False)), ("从轻到重排列", Sort("weight_g", False)),
])
def test_chinese_reversed_and_plain_orders_and_directions_whose_ends_name_the_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_all_day_long_is_no_ordering(vocab):
    assert understand("从早到晚打游戏", vocab).sort is None


@pytest.mark.parametrize("text, sort", [
    ("the cheaper the better", Sort("price", False)), ("the lighter, the better", Sort("weight_g", False)),
    ("the newer the better", Sort("year", True)), ("the bigger the battery the better", Sort("battery_mah", True)),
])
def test_the_more_the_better_orders_by_that_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("越便宜越好", Sort("price", False)), ("越轻越好", Sort("weight_g", False)), ("越新越好", Sort("year", True)),
    ("性能越强越好", Sort("performance", True)), ("电池越大越好", Sort("battery_mah", True)), ("屏幕越大越好", Sort("screen_in", True)),
])
def test_chinese_the_more_the_better_orders_by_that_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_a_bare_the_bigger_the_better_names_no_aspect(vocab):
    assert understand("越大越好", vocab).sort is None


@pytest.mark.parametrize("text, lo, hi", [("2到3千", 2000, 3000), ("1.5-2万", 15000, 20000), ("5至6百", 500, 600), ("500到6千", 500, 6000)])
def test_a_chinese_unit_on_the_upper_end_of_a_range_scales_the_lower_end_too(vocab, text, lo, hi):
    assert _budget(vocab, text) == ("set", "CNY", lo, hi)


@pytest.mark.parametrize("text, currency", [("五六百美元", "USD"), ("两三千块", "CNY"), ("两三千", "CNY")])
def test_two_neighbouring_digits_keep_the_currency_after_them(vocab, text, currency):
    assert _budget(vocab, text)[1] == currency


@pytest.mark.parametrize("text", ["别超2000", "不要超过2000"])
def test_do_not_exceed_an_amount_is_a_ceiling(vocab, text):
    assert _budget(vocab, text) == ("set", "CNY", None, 2000)


@pytest.mark.parametrize("text", ["按照续航时间排序", "按续航能力排"])
def test_battery_life_said_as_its_time_or_ability_is_the_battery_ordering(vocab, text):
    assert understand(text, vocab).sort == Sort("battery_mah", True)


@pytest.mark.parametrize("text, sort", [("price asc", Sort("price", False)), ("battery desc, samsung", Sort("battery_mah", True)),
                                        ("weight: ascending", Sort("weight_g", False))])
def test_an_aspect_then_its_direction_without_sort_by(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["按拍照排序", "按相机排"])
def test_ordering_by_photos_is_the_main_camera(vocab, text):
    assert understand(text, vocab).sort == Sort("main_camera_mp", True)


@pytest.mark.parametrize("text, sort", [("价格高的在前", Sort("price", True)), ("轻的在前，三星", Sort("weight_g", False))])
def test_what_comes_first_said_with_a_bare_qian(vocab, text, sort):
    assert understand(text, vocab).sort == sort
