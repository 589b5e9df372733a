"""Chinese wordings of the blind-5 error analysis (issue 9), each read as a general rule."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs).get(key)
    return None if bound is None else (bound.lo, bound.hi)


def _budget(text, vocab):
    b = _constraints(text, vocab).budget
    return None if b is None else (b.currency, b.lo, b.hi)


@pytest.mark.parametrize("text", ["5G的机，还有摺機", "要一部折机", "摺機就好，谢谢"])
def test_the_hong_kong_zhe_ji_is_a_foldable(vocab, text):
    assert _constraints(text, vocab).devices == frozenset({"foldable"})


@pytest.mark.parametrize("text", ["不要摺機", "唔要折机，5G一定要有"])
def test_a_refused_zhe_ji_leaves_plain_phones(vocab, text):
    assert _constraints(text, vocab).devices == frozenset({"phone"})


def test_a_discounted_model_is_not_a_foldable(vocab):
    assert _constraints("打折机型有吗", vocab).devices == frozenset()


@pytest.mark.parametrize("text, chip", [
    ("不要搭Ｅｘｙｎｏｓ的，谢谢", "Exynos"), ("别搭载骁龙的", "Snapdragon"), ("不想要搭配麒麟的手机", "Kirin"),
])
def test_a_refused_da_before_a_chip_refuses_the_chip(vocab, text, chip):
    constraints = _constraints(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({chip}), None)


@pytest.mark.parametrize("text, chip", [("要搭骁龙的", "Snapdragon"), ("搭载天玑的就行", "Dimensity")])
def test_da_before_a_chip_unrefused_asks_for_it(vocab, text, chip):
    assert _constraints(text, vocab).chipset == chip


@pytest.mark.parametrize("text, brands", [
    ("OPPO和荣耀的都别给我，谢啦", {"Oppo", "Honor"}), ("POCO和華爲的都別給我。", {"POCO", "Huawei"}), ("华为的不要给我", {"Huawei"}),
])
def test_not_to_be_given_a_brand_refuses_it(vocab, text, brands):
    constraints = _constraints(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


def test_a_brand_to_be_shown_is_wanted(vocab):
    assert _constraints("三星的给我看看", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, brand", [
    ("Tecno不在我考慮範圍。", "Tecno"), ("小米不在我的考虑之列", "Xiaomi"), ("一加不在咱考虑范围内，要5G", "OnePlus"),
])
def test_out_of_whose_consideration_refuses_the_brand(vocab, text, brand):
    constraints = _constraints(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, key, bound", [
    ("屏幕至少给我6.7寸，谢啦", "screen_in", (6.7, None)), ("至少给我六点五寸的屏幕", "screen_in", (6.5, None)),
    ("屏幕最多给我6.3寸", "screen_in", (None, 6.3)),
])
def test_whom_a_figure_is_given_leaves_the_side_word_with_it(vocab, text, key, bound):
    assert _spec(text, vocab, key) == bound


def test_a_screen_given_with_no_side_word_is_about_that_size(vocab):
    assert _spec("屏幕给我6.7寸", vocab, "screen_in") == (6.55, 6.85)


@pytest.mark.parametrize("text, hi", [
    ("另外电池最大到4000mAh，谢谢", 4000.0), ("电池最大到四千五百毫安", 4500.0), ("电量最大为5000毫安", 5000.0),
])
def test_the_largest_battery_with_a_figure_is_a_ceiling_not_an_ordering(vocab, text, hi):
    request = understand(text, vocab)
    assert (_spec(text, vocab, "battery_mah"), request.sort) == ((None, hi), None)


@pytest.mark.parametrize("text", ["电池最大的排前面", "电池容量最大的是哪个"])
def test_the_largest_battery_alone_orders_by_battery(vocab, text):
    assert understand(text, vocab).sort == Sort("battery_mah", True)


@pytest.mark.parametrize("text, budget", [
    ("介乎六百刀同一千刀之间、要能上5G", ("USD", 600.0, 1000.0)), ("介乎4千块钱同8千块钱之间呀", ("CNY", 4000.0, 8000.0)),
    ("介乎6000同12000之间", ("CNY", 6000.0, 12000.0)), ("三千同五千之间的", ("CNY", 3000.0, 5000.0)),
])
def test_cantonese_between_jie_hu_and_tong_is_a_price_range(vocab, text, budget):
    assert _budget(text, vocab) == budget


@pytest.mark.parametrize("text, key, bound", [
    ("运存介乎8同12GB之间", "ram_gb", (8.0, 12.0)), ("屏幕介乎6.1同6.5寸之间", "screen_in", (6.1, 6.5)),
])
def test_cantonese_between_jie_hu_and_tong_is_a_spec_range(vocab, text, key, bound):
    assert _spec(text, vocab, key) == bound


def test_tong_between_two_figures_with_no_between_is_no_range(vocab):
    assert _spec("8同256GB的", vocab, "storage_gb") == (256.0, None)


@pytest.mark.parametrize("text, budget", [
    ("不會買真我的；三千到八千塊錢這個區間，有嗎", ("CNY", 3000.0, 8000.0)), ("三千到八千块钱这个范围，有吗", ("CNY", 3000.0, 8000.0)),
    ("两千块这个价位有推荐吗", ("CNY", 1700.0, 2300.0)),
])
def test_this_span_of_prices_is_a_budget_not_a_phone_on_screen(vocab, text, budget):
    request = understand(text, vocab)
    assert (request.followup, _budget(text, vocab)) == (None, budget)


@pytest.mark.parametrize("text", ["这个电池多大", "那个拍照怎么样"])
def test_this_before_an_aspect_still_asks_about_the_phone_in_focus(vocab, text):
    assert understand(text, vocab).followup.kind == "details"


@pytest.mark.parametrize("text, budget", [
    ("不要超過800。POCO同小米都唔要", ("CNY", None, 800.0)), ("价格不要超过800", ("CNY", None, 800.0)),
    ("不低于8000、不超过12000", ("CNY", 8000.0, 12000.0)),
])
def test_a_bare_figure_past_chao_guo_or_bu_di_yu_is_a_price_not_a_chip(vocab, text, budget):
    assert (_budget(text, vocab), _spec(text, vocab, "chip_score")) == (budget, None)


@pytest.mark.parametrize("text", ["强于695的", "处理器不低于695", "不低于695的芯片"])
def test_a_bare_figure_compared_for_speed_or_beside_a_chip_word_is_the_chip(vocab, text):
    assert _spec(text, vocab, "chip_score") is not None


@pytest.mark.parametrize("text, hi", [
    ("頂多是2022年的，還有重量220g打底", 2022), ("最新也只要到2020年", 2020), ("最新就到2021年的", 2021), ("至多2021年", 2021),
])
def test_a_ceiling_word_or_the_newest_before_a_year_caps_the_year(vocab, text, hi):
    request = understand(text, vocab)
    assert (_spec(text, vocab, "year"), request.sort) == ((None, hi), None)


@pytest.mark.parametrize("text", ["最新的", "要最新的三星"])
def test_the_newest_alone_orders_by_year(vocab, text):
    assert understand(text, vocab).sort == Sort("year", True)


@pytest.mark.parametrize("text", [
    "七百美金往上走都可以；ｓｔａｎｄａｒｄ ｃａｎｄｙｂａｒ ｐｈｏｎｅ，感恩", "a candy-bar phone under $400", "standard phone please, 8gb ram",
])
def test_a_standard_or_candybar_phone_is_a_plain_phone(vocab, text):
    assert _constraints(text, vocab).devices == frozenset({"phone"})


def test_standard_said_of_a_part_is_no_device_kind(vocab):
    assert _constraints("a phone with standard storage", vocab).devices == frozenset()


@pytest.mark.parametrize("text, weight", [
    ("不要轻于210g 存储不超过64G就好？", (210.0, None)), ("不能重于200g 存储至少128G", (None, 200.0)),
    ("唔好重过180g 运存8G", (None, 180.0)),
])
def test_grams_after_a_weight_comparison_stay_a_weight_before_a_memory_word(vocab, text, weight):
    assert _spec(text, vocab, "weight_g") == weight


def test_grams_before_a_storage_word_with_no_weight_word_are_storage(vocab):
    assert _spec("至少256g 存储", vocab, "storage_gb") == (256.0, None)
