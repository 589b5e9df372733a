"""Chinese wordings strangers write (issue 9): a rough figure after a budget word ("预算两千来块"), an approximation before
"just over" ("大概一千出头") and a little more than a figure ("两千多一点"); 不足 and 不满 as ceilings; an aspect alone put first
("续航优先", "拍照排前面"), the end put first after an aspect being that aspect's ("折叠屏，新的排前面"), a full or enduring battery
("电量最足", "電池最耐") and Cantonese 影相 (photos); a tablet named beside phones or said to be fine too ("手机平板都可以", "平板也可以"),
an ordinary phone ("普通手机"); a second brand refused too ("不要三星，苹果也不要"), 除了…以外 as one exception, Cantonese 除咗 and 同(埋),
and 蓝绿厂."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.talk import swapped_brands
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text, lo, hi", [
    ("预算两千来块", 1700, 2300), ("预算千把块", 850, 1150), ("手头三千来块钱", 2550, 3450), ("预算五百来美元", 425, 575),
])
def test_a_rough_figure_after_a_budget_word_is_about_that_much(vocab, text, lo, hi):
    _, low, high = budget_read(vocab, text)
    assert (low, high) == (lo, hi)


@pytest.mark.parametrize("text, lo, hi", [("大概一千出头", 1000, 1150), ("差不多三千出头", 3000, 3450),
                                          ("大约两千块出头", 2000, 2300)])
def test_an_approximation_before_just_over_is_just_over(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("CNY", lo, hi)


@pytest.mark.parametrize("text, lo, hi", [("两千多一点", 2000, 2300), ("三千多点的华为", 3000, 3450), ("一千多一些", 1000, 1150)])
def test_a_little_more_than_a_figure_is_just_over_it(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("CNY", lo, hi)


@pytest.mark.parametrize("text", ["不足两千的手机", "不满两千块钱的机子", "预算不足两千"])
def test_bu_zu_and_bu_man_before_an_amount_are_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 2000)


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕不足6.5寸", "screen_in", Bound(hi=6.5)), ("电池不足5000毫安的不要", "battery_mah", Bound(lo=5000)),
    ("运存不满8G的不要", "ram_gb", Bound(lo=8)),
])
def test_bu_zu_and_bu_man_before_a_spec_figure_are_its_ceiling_turned_by_a_refusal(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, sort", [
    ("续航优先", Sort("battery_mah", True)), ("1.5k以内，续航优先", Sort("battery_mah", True)),
    ("两千以下，拍照排前面", Sort("main_camera_mp", True)), ("性能排第一", Sort("performance", True)),
    ("价格优先", Sort("price", False)), ("内存靠前", Sort("ram_gb", True)),
])
def test_an_aspect_put_first_orders_from_its_better_end(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["折叠屏优先", "折叠屏排前面"])
def test_a_foldable_put_first_is_no_screen_order(vocab, text):
    assert understand(text, vocab).sort is None


@pytest.mark.parametrize("text, sort", [
    ("一万以内的折叠屏，新的排前面", Sort("year", True)), ("大屏，便宜的排前面", Sort("price", False)),
    ("按价格排，贵的在前面", Sort("price", True)), ("屏幕排一下，小的在前", Sort("screen_in", False)),
])
def test_the_end_put_first_after_an_aspect_is_a_word_of_that_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["电量最足的", "电池越足越好", "电量足的优先"])
def test_a_battery_said_to_be_full_orders_by_battery(vocab, text):
    assert understand(text, vocab).sort == Sort("battery_mah", True)


@pytest.mark.parametrize("text, sort", [("電池最耐嘅", Sort("battery_mah", True)), ("影相最好嘅", Sort("main_camera_mp", True))])
def test_cantonese_aspect_words_order(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["手机平板都可以", "平板、手机都行", "平板或者手机", "a phone or a tablet", "平板也可以",
                                  "要个手机，平板也行", "a tablet is fine too"])
def test_a_tablet_named_beside_phones_joins_them(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone", "foldable", "tablet"}))


@pytest.mark.parametrize("text", ["翻盖手机", "折叠屏手机"])
def test_a_foldable_phone_is_one_kind(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"foldable"}))


@pytest.mark.parametrize("text", ["普通手机就行", "正常的手机", "常规手机，三千以内"])
def test_an_ordinary_phone_is_no_foldable(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


@pytest.mark.parametrize("text", ["不要三星，苹果也不要", "不要华为，荣耀也不考虑", "别要小米，OPPO也别推荐"])
def test_a_second_brand_refused_too_is_no_swap(vocab, text):
    assert swapped_brands(text, vocab.brand_pattern, vocab.aliases) is None


@pytest.mark.parametrize("text, brands", [
    ("除了苹果以外", {"Apple"}), ("除苹果之外的，三千以内", {"Apple"}), ("除了苹果和三星以外的", {"Apple", "Samsung"}),
])
def test_chu_le_with_yi_wai_is_one_exception(vocab, text, brands):
    read = slots(understand(text, vocab))
    assert (read["exclude_brands"], read["brands"]) == (("add", frozenset(brands)), ("remove", frozenset(brands)))


@pytest.mark.parametrize("text, brands", [("不考虑苹果和三星以外的", {"Apple", "Samsung"}), ("不要华为以外的", {"Huawei"})])
def test_a_refusal_of_what_lies_outside_named_brands_wants_them(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text", ["除咗蘋果都得", "除咗蘋果以外"])
def test_cantonese_chu_zo_is_an_exception(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Apple"}))


def test_cantonese_tung_joins_a_list_the_rest_refused_after(vocab):
    assert slots(understand("除咗三星同華為，其他都唔要", vocab))["brands"] == ("set", frozenset({"Samsung", "Huawei"}))


@pytest.mark.parametrize("text", ["蓝绿厂不要", "绿蓝厂就算了"])
def test_the_blue_and_green_factories_together_are_vivo_and_oppo(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Vivo", "Oppo"}))
