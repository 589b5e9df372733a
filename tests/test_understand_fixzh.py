"""Chinese single-message wordings still misread (issue 9): a ceiling said with a refused 过 ("最贵不能过3000"), the
Taiwanese 升冪/降冪 orderings, a direction said after the ordering ("按价格排，贵的在前面"), a brand and its own sub-brand
listed before 以外, a cap said after an approximate figure, 蚊 before a named currency, and a range opened by an
approximate figure ("6.5寸左右到6.8寸")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text", ["最贵不能过3000", "最贵也不能过3000", "预算最贵别过3000"])
def test_a_superlative_then_a_refused_guo_is_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 3000)


def test_a_superlative_then_a_refused_guo_orders_nothing(vocab):
    assert understand("最贵不能过3000", vocab).sort is None


@pytest.mark.parametrize("text", ["价格不能过2000", "不可以过2000", "唔好过2000"])
def test_a_refused_guo_before_a_figure_is_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 2000)


def test_a_refused_guo_before_a_spec_figure_is_its_ceiling(vocab):
    assert slots(understand("屏幕不能过6.5寸", vocab))["spec:screen_in"] == ("set", Bound(hi=6.5))


@pytest.mark.parametrize("text, sort", [
    ("按價格升冪排列", Sort("price", False)), ("按价格降幂排", Sort("price", True)), ("电池容量降冪", Sort("battery_mah", True)),
    ("重量升幂", Sort("weight_g", False)),
])
def test_ascending_and_descending_powers_order_by_the_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_a_power_ordering_before_a_budget_keeps_both(vocab):
    request = understand("价格降冪，两千以内", vocab)
    assert request.sort == Sort("price", True) and budget_read(vocab, "价格降冪，两千以内") == ("CNY", None, 2000)


@pytest.mark.parametrize("text, sort", [
    ("按价格高低排，高的先", Sort("price", True)), ("按价格排，贵的在前面", Sort("price", True)),
    ("电池大小排一下，大的先", Sort("battery_mah", True)), ("按屏幕大小排，小的放前面", Sort("screen_in", False)),
    ("按性能排，差的在前", Sort("performance", False)),
])
def test_a_direction_said_after_the_ordering_decides_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["小米或红米以外的", "小米和红米之外的", "小米、红米以外的手机"])
def test_a_brand_listed_with_its_own_sub_brand_before_yiwai_excludes_the_brand(vocab, text):
    found = slots(understand(text, vocab))
    assert found.get("exclude_brands") == ("add", frozenset({"Xiaomi"})) and found.get("brands", ("",))[0] != "set"


def test_a_sub_brand_alone_after_its_wanted_brand_is_still_a_series_refusal(vocab):
    found = slots(understand("小米的但不要红米", vocab))
    assert found["brands"] == ("set", frozenset({"Xiaomi"})) and found["exclude_series"][1] == frozenset({"Redmi"})


@pytest.mark.parametrize("text, budget", [
    ("两千左右，最多不超过两千五", ("CNY", 1700, 2500)), ("三千左右，顶多三千五", ("CNY", 2550, 3500)),
    ("三千元左右，最多3500", ("CNY", 2550, 3500)),
])
def test_a_cap_said_after_an_approximate_figure_is_the_ceiling(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_floor_said_after_an_approximate_figure_is_the_floor(vocab):
    assert budget_read(vocab, "三千左右，最少两千") == ("CNY", 2000, 3450)


@pytest.mark.parametrize("text, budget", [
    ("五百蚊美金", ("USD", None, 500)), ("四百蚊美元以内", ("USD", None, 400)), ("三百蚊美刀左右", ("USD", 255, 345)),
])
def test_man_before_a_named_currency_counts_that_currency(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, slot, bound", [
    ("屏幕在6.5寸左右到6.8寸", "spec:screen_in", Bound(6.5, 6.8)), ("电池5000左右到6000毫安", "spec:battery_mah", Bound(5000, 6000)),
    ("重量180克上下到200克", "spec:weight_g", Bound(180, 200)),
])
def test_an_approximate_figure_opening_a_spec_range_is_its_low_end(vocab, text, slot, bound):
    assert slots(understand(text, vocab))[slot] == ("set", bound)


def test_an_approximate_figure_opening_a_price_range_is_its_low_end(vocab):
    assert budget_read(vocab, "价格两千左右到三千") == ("CNY", 2000, 3000)
