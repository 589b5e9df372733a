"""The message parser on Chinese budget, ordering and brand wordings written by strangers (issue 9): superlatives of
aspects the catalog has no figure for, "能A就A" as "as A as possible", a thousand-yuan phone as a price level, "过万" as
a floor, and the brand nicknames and groups shoppers use."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, aspect", [
    ("评分最高的几款", "评分"), ("口碑最好的手机", "评分"), ("销量最高的", "销量"), ("卖得最好的手机", "销量"),
    ("最畅销的三星", "销量"), ("最火的手机", "人气"), ("最受欢迎的国产机", "人气"), ("最热门的几款", "人气"),
])
def test_a_chinese_superlative_of_an_aspect_without_figures_is_named_back_and_orders_nothing(vocab, text, aspect):
    request = understand(text, vocab)
    assert (request.sort, request.intents, any(f"“{aspect}”" in note for note in request.notes)) == (None, (), True)


@pytest.mark.parametrize("text, sort", [
    ("能便宜就便宜 能打电话就行", Sort("price", False)), ("能省则省，我自己用", Sort("price", False)),
    ("电池能大就大", Sort("battery_mah", True)), ("重量能轻则轻", Sort("weight_g", False)),
    ("屏幕能大就大，三千以内", Sort("screen_in", True)),
])
def test_as_much_as_it_can_be_orders_by_that_aspect(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.intents) == (sort, ())


@pytest.mark.parametrize("text, hi", [("钱不多 两千", 2000), ("钱不多，一千五", 1500), ("手头钱没多 三千", 3000)])
def test_not_much_money_before_a_figure_is_no_change_by_that_much_but_the_ceiling(vocab, text, hi):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", hi=hi))


@pytest.mark.parametrize("text", ["过万的手机", "要过万的旗舰", "破万的手机有哪些"])
def test_over_ten_thousand_is_a_floor(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=10000))


@pytest.mark.parametrize("text, brands", [
    ("大米的手机", {"Xiaomi"}), ("大米 三千以内", {"Xiaomi"}), ("爱酷的游戏手机", {"iQOO"}),
    ("韩国的手机", {"Samsung"}), ("韩系手机", {"Samsung"}),
])
def test_a_brand_nickname_or_its_country_names_the_brand(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text", ["外国牌子的手机", "进口手机", "国外的手机有推荐吗", "洋品牌"])
def test_foreign_made_in_other_words_names_the_foreign_brands(vocab, text):
    assert slots(understand(text, vocab))["brands"] == slots(understand("国外品牌", vocab))["brands"]


@pytest.mark.parametrize("text", ["国货", "支持国货，三千以内"])
def test_guohuo_names_the_domestic_brands(vocab, text):
    assert slots(understand(text, vocab))["brands"] == slots(understand("国产", vocab))["brands"]


@pytest.mark.parametrize("text", ["两千左右浮动不超过两百", "两千上下浮动最多两百", "预算两千，上下浮动在200"])
def test_a_tolerance_given_as_its_ceiling_is_the_half_width_around_the_figure(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=1800, hi=2200, around=2000))


@pytest.mark.parametrize("text, hi", [("3000能买啥", 3000), ("2000可以买到什么好手机", 2000), ("1500能买到哪些", 1500)])
def test_a_bare_figure_asked_what_it_buys_is_a_ceiling(vocab, text, hi):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", hi=hi))


@pytest.mark.parametrize("text", ["新出的手机有哪些", "最近新出的", "新上市的vivo"])
def test_newly_out_orders_the_newest_first(vocab, text):
    assert understand(text, vocab).sort == Sort("year", True)


def test_newly_out_this_year_is_the_year_alone(vocab):
    request = understand("今年新出的", vocab)
    assert (request.sort, slots(request)["spec:year"]) == (None, ("set", Bound(lo=vocab.reference_year)))


@pytest.mark.parametrize("text, sort", [
    ("撑死四千，要内存大的", Sort("ram_gb", True)), ("运存大的", Sort("ram_gb", True)), ("大内存的手机", Sort("ram_gb", True)),
    ("内存大一点的", Sort("ram_gb", True)), ("存储大的，两千以内", Sort("storage_gb", True)),
    ("大存储的", Sort("storage_gb", True)),
])
def test_memory_wished_big_without_a_figure_orders_by_it(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, "spec:ram_gb" in slots(request)) == (sort, False)


@pytest.mark.parametrize("text", ["内存大的那款怎么样", "大内存的那个呢", "新出的那款怎么样"])
def test_a_wish_word_before_that_one_points_at_a_shown_phone_and_orders_nothing(vocab, text):
    assert understand(text, vocab).sort is None


@pytest.mark.parametrize("text, brand", [("小米系的不要", "Xiaomi"), ("华为系的都不考虑，三千以内", "Huawei")])
def test_a_brand_family_refused_after_it_is_excluded(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text", ["充电最快的", "充电功率最大的三星", "最快的充电"])
def test_the_fastest_charging_is_named_back_and_is_no_speed_ordering(vocab, text):
    request = understand(text, vocab)
    assert (request.sort, any("“充电速度”" in note for note in request.notes)) == (None, True)


@pytest.mark.parametrize("text, budget", [
    ("2000¥以内的手机", Budget("CNY", hi=2000)), ("2000￥以内", Budget("CNY", hi=2000)),
    ("3000元RMB以内", Budget("CNY", hi=3000)), ("预算2500块rmb", Budget("CNY", hi=2500)),
])
def test_a_yuan_mark_after_the_figure_or_doubled_as_rmb_names_yuan(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, brand", [
    ("苹果太贵了，有没有别的", "Apple"), ("三星太贵了", "Samsung"), ("华为有点贵，三千以内的", "Huawei"),
    ("小米太卡了 换个别的", "Xiaomi"),
])
def test_a_complaint_that_closes_a_brands_clause_turns_the_shopper_away_from_it(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_brands"), found.get("brands", ("",))[0]) == (("add", frozenset({brand})), "remove")


@pytest.mark.parametrize("text, around", [("两千元机推荐一下", 2000), ("三千元机哪个好", 3000), ("四千块机", 4000)])
def test_a_figure_of_yuan_glued_to_ji_is_a_price_level_as_qianyuanji_is_a_budget_phone(vocab, text, around):
    request = understand(text, vocab)
    assert (slots(request)["budget"][1].around, request.intents) == (around, ())


@pytest.mark.parametrize("text", ["两千上下，浮动两百", "两千左右，浮动200", "2000上下, 上下浮动两百"])
def test_a_tolerance_said_in_a_clause_of_its_own_after_about_is_the_half_width(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=1800, hi=2200, around=2000))


@pytest.mark.parametrize("text", ["快充最快的", "充电速度最快的手机", "快充功率最大的"])
def test_fastest_charging_said_with_the_charging_noun_is_named_back_and_orders_nothing(vocab, text):
    request = understand(text, vocab)
    assert (request.sort, any("“充电速度”" in note for note in request.notes)) == (None, True)


@pytest.mark.parametrize("text, aspect", [
    ("信号最好的", "信号"), ("信号最强的手机", "信号"), ("屏幕最好的手机", "屏幕素质"), ("屏幕效果最好的", "屏幕素质"),
    ("最薄的手机", "厚度"), ("机身最薄的", "厚度"),
])
def test_a_chinese_superlative_of_signal_display_quality_or_thinness_is_named_back_and_guesses_no_need(vocab, text, aspect):
    request = understand(text, vocab)
    assert (request.sort, request.intents, any(f"“{aspect}”" in note for note in request.notes)) == (None, (), True)


@pytest.mark.parametrize("text", ["屏幕大的", "屏幕大点的手机", "屏大点的"])
def test_a_big_screen_wished_without_a_figure_is_the_big_screen_need(vocab, text):
    assert understand(text, vocab).intents == ("big_screen",)
