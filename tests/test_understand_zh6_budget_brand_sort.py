"""Chinese budgets, brands and orderings strangers write (issue 9): a range glued to a brand ("vivo两千到三千"),
"介于两千与三千", "按价格从低到高排序", "越新的越靠前", "优先显示便宜的", "存储起码有128", "贵于三千的就别推了", "黑名单：华为"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, lo, hi", [("vivo两千到三千", 2000, 3000), ("oppo一千五到两千", 1500, 2000)])
def test_a_range_in_chinese_numerals_glued_to_a_latin_brand_keeps_both_ends(vocab, text, lo, hi):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=lo, hi=hi))


def test_between_said_with_jieyu_and_yu_is_a_range(vocab):
    assert slots(understand("介于两千与三千", vocab))["budget"] == ("set", Budget("CNY", lo=2000, hi=3000))


def test_an_ordering_with_its_verb_after_the_direction_leaves_nothing_unread(vocab):
    request = understand("按价格从低到高排序", vocab)
    assert request.sort == Sort("price", False) and not request.unread


@pytest.mark.parametrize("text, key, descending", [("越新的越靠前", "year", True), ("电池越大的越靠前", "battery_mah", True)])
def test_the_more_of_it_the_further_ahead_is_an_ordering(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, key, descending", [("优先显示便宜的", "price", False), ("首先展示轻的", "weight_g", False)])
def test_showing_some_first_is_an_ordering(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, spec, floor", [("存储起码有128", "storage_gb", 128), ("运存起码有8", "ram_gb", 8)])
def test_at_least_having_a_figure_after_a_spec_word_is_the_spec_floor(vocab, text, spec, floor):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", Bound(lo=floor)) and "budget" not in found


def test_refusing_to_be_shown_the_pricier_ones_is_a_ceiling(vocab):
    assert slots(understand("贵于三千的就别推了", vocab))["budget"] == ("set", Budget("CNY", hi=3000))


@pytest.mark.parametrize("text", ["黑名单：华为", "华为加入黑名单"])
def test_a_blacklisted_brand_is_excluded(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Huawei"}))


@pytest.mark.parametrize("text, key, descending", [("便宜的先给我看", "price", False), ("新的先列出来", "year", True)])
def test_what_is_shown_first_said_after_it_is_an_ordering(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


def test_sorting_it_backwards_is_descending(vocab):
    assert understand("按价格倒着排", vocab).sort == Sort("price", True)


@pytest.mark.parametrize("text, key, descending", [("价格从便宜排到贵", "price", False), ("按电池从大排到小", "battery_mah", True)])
def test_the_sort_verb_inside_a_span_keeps_its_direction(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


def test_put_on_top_is_first(vocab):
    assert understand("重量轻的排上面", vocab).sort == Sort("weight_g", False)


def test_cantonese_do_not_want_excludes_the_brand(vocab):
    assert slots(understand("唔好要華為", vocab))["exclude_brands"] == ("add", frozenset({"Huawei"}))


def test_cantonese_and_joins_a_list_leaving_nothing_unread(vocab):
    request = understand("三星同埋小米都唔要", vocab)
    assert slots(request)["exclude_brands"] == ("add", frozenset({"Samsung", "Xiaomi"})) and not request.unread


@pytest.mark.parametrize("text", ["别给我推三千以上的", "别给我三千以上的"])
def test_refusing_to_be_shown_a_floor_makes_it_a_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", hi=3000))


@pytest.mark.parametrize("text, lo, hi", [("一千七八百", 1700, 1800), ("一千八九", 1800, 1900), ("一万二三", 12000, 13000)])
def test_two_neighbouring_digits_after_a_round_head_span_the_next_unit_down(vocab, text, lo, hi):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=lo, hi=hi))


@pytest.mark.parametrize("text, key, descending", [("价格：低→高", "price", False), ("重量 轻->重", "weight_g", False)])
def test_an_arrow_between_the_ends_is_a_direction(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text", ["价格排序，从高到低", "价格排序 高→低"])
def test_a_direction_after_price_sorting_is_kept(vocab, text):
    assert understand(text, vocab).sort == Sort("price", True)


def test_starting_from_the_cheap_ones_is_an_ordering(vocab):
    assert understand("从便宜的开始排", vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text", ["2000——3000元", "两千——三千"])
def test_the_chinese_double_dash_joins_a_range(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=2000, hi=3000))
