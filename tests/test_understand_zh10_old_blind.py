"""The message parser on Chinese wordings of the old blind grammar's failures and their neighbours (issue 9): the
decorative pauses after an opener, budget words of tolerance and of a stop, spec bounds said "最多到", sort nouns."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, budget", [
    ("想买支手机～～预算只有2千 元", Budget("CNY", hi=2000)), ("有没有合适的手机~~RMB 4千", Budget("CNY", hi=4000)),
    ("想入手一台新机……US$1500内", Budget("USD", hi=1500)), ("想搵部手机…1500 元", Budget("CNY", hi=1500)),
    ("帮我挑挑...卢比20000以内", Budget("INR", hi=20000)), ("求推荐～～～三千以内", Budget("CNY", hi=3000)),
])
def test_an_ellipsis_or_tildes_after_an_opener_are_a_pause_not_about_or_a_decimal_point(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, budget", [
    ("3000～4000的手机", Budget("CNY", lo=3000, hi=4000)), ("两千~三千", Budget("CNY", lo=2000, hi=3000)),
])
def test_a_tilde_or_an_ellipsis_between_two_figures_still_joins_a_range(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, budget", [
    ("预算3000 元上落", Budget("CNY", 2550, 3450, 3000)), ("预算ＲＭＢ ６Ｋ上落", Budget("CNY", 5100, 6900, 6000)),
    ("800块上落的手机", Budget("CNY", 680, 920, 800)), ("1000 元浮动一点", Budget("CNY", 850, 1150, 1000)),
    ("八千ＣＮＹ浮動一點", Budget("CNY", 6800, 9200, 8000)), ("预算三千，可以浮动一点", Budget("CNY", 2550, 3450, 3000)),
    ("两千块上下浮动", Budget("CNY", 1700, 2300, 2000)),
])
def test_shang_luo_and_a_float_without_a_width_are_about_the_figure(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_a_float_with_its_width_keeps_that_width(vocab):
    assert slots(understand("3000元上下浮动500", vocab))["budget"] == ("set", Budget("CNY", 2500, 3500, 3000))


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕最多到6.2 英寸", "screen_in", Bound(hi=6.2)), ("荧幕最多到六点二英寸", "screen_in", Bound(hi=6.2)),
    ("运行记忆体最多到8Gb", "ram_gb", Bound(hi=8)), ("存储最多到128Gb", "storage_gb", Bound(hi=128)),
    ("内存最大为8G", "ram_gb", Bound(hi=8)), ("电池最多到5000毫安", "battery_mah", Bound(hi=5000)),
    ("屏幕最大是6.5寸", "screen_in", Bound(hi=6.5)), ("屏幕最小为6.1寸", "screen_in", Bound(lo=6.1)),
])
def test_a_superlative_reaching_a_figure_is_a_bound_not_an_ordering(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert (slots(request)[f"spec:{spec}"], request.sort) == (("set", bound), None)


@pytest.mark.parametrize("text, spec, bound", [
    ("最低屏幕为六点八英寸", "screen_in", Bound(lo=6.8)), ("最低熒幕為六點六英寸", "screen_in", Bound(lo=6.6)),
    ("起码屏幕为6.5 英寸", "screen_in", Bound(lo=6.5)), ("最多屏幕是6.4寸", "screen_in", Bound(hi=6.4)),
])
def test_a_side_word_before_the_noun_linked_to_its_figure_bounds_it(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕得有六点七英寸", "screen_in", Bound(lo=6.7)), ("电池必须要有5000毫安", "battery_mah", Bound(lo=5000)),
    ("屏幕一定要有6.5寸", "screen_in", Bound(lo=6.5)),
])
def test_a_size_the_phone_must_have_is_a_floor(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, sort", [
    ("重量最大的几款", Sort("weight_g", True)), ("重量最高的", Sort("weight_g", True)),
    ("毫安数最高的几款", Sort("battery_mah", True)), ("毫安數最高那款", Sort("battery_mah", True)),
    ("电芯容量最大", Sort("battery_mah", True)), ("运存大小按由大到小", Sort("ram_gb", True)),
    ("内存大小从大到小", Sort("ram_gb", True)),
])
def test_chinese_sort_nouns_and_pairs(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_the_body_largest_is_no_weight_ordering(vocab):
    assert understand("机身最大的", vocab).sort is None


@pytest.mark.parametrize("text", ["折屏", "5G必须，而且折屏", "可以折起来的", "可以折起來的", "能折的手机"])
def test_a_phone_that_folds_said_by_what_it_does_is_a_foldable(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"foldable"}))


def test_a_discount_is_no_fold(vocab):
    assert "devices" not in slots(understand("有折扣吗 三千以内", vocab))


@pytest.mark.parametrize("text, slot, value", [
    ("花为一律不要", "exclude_brands", ("add", frozenset({"Huawei"}))), ("唔要花为", "exclude_brands", ("add", frozenset({"Huawei"}))),
    ("我只要花爲", "brands", ("set", frozenset({"Huawei"}))),
])
def test_hua_wei_written_with_the_flower_character_is_huawei(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == value


@pytest.mark.parametrize("text, brand", [("苹果公司的一律别推", "Apple"), ("三星集团的不要", "Samsung"), ("华为品牌的不考虑", "Huawei")])
def test_a_brand_refused_as_its_company_is_excluded(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, chip", [("天玑不要碰", "Dimensity"), ("骁龙别碰", "Snapdragon"), ("不要碰麒麟", "Kirin")])
def test_a_chip_not_to_be_touched_is_excluded(vocab, text, chip):
    assert slots(understand(text, vocab))["exclude_chipsets"] == ("add", frozenset({chip}))


@pytest.mark.parametrize("text, hi", [("2020年底前发布的", 2020), ("2021年底之前的", 2021), ("2022年年底以前上市", 2022)])
def test_before_the_end_of_a_year_is_up_to_that_year(vocab, text, hi):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(hi=hi))


@pytest.mark.parametrize("text, slot, value", [
    ("ＯＰＰＯＰＯＣＯ都不要", "exclude_brands", ("add", frozenset({"Oppo", "POCO"}))),
    ("SAMSUNGTecno都可以", "brands", ("set", frozenset({"Samsung", "Tecno"}))),
    ("oppovivo都行", "brands", ("set", frozenset({"Oppo", "Vivo"}))),
])
def test_two_latin_brand_names_glued_in_chinese_are_both_named(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == value


@pytest.mark.parametrize("text, chip", [("上驍龍8 Gen 3", "Snapdragon 8 Gen 3"), ("要上天玑9300", "MediaTek Dimensity 9300")])
def test_shang_before_a_chip_fits_the_phone_with_it(vocab, text, chip):
    request = understand(text, vocab)
    assert (slots(request)["chipset"], "spec:chip_score" in slots(request)) == (("set", chip), False)


@pytest.mark.parametrize("text, series", [("华为家的，Nova那个系列就算了", "Nova"), ("moto家的，Edge那个系列就算了", "Edge"),
                                          ("三星，A这个系列不要", "Galaxy A")])
def test_a_line_pointed_at_with_a_demonstrative_is_refused(vocab, text, series):
    assert series in slots(understand(text, vocab))["exclude_series"][1]


@pytest.mark.parametrize("text", ["屏幕6.6英寸或更多", "6.6英寸或更多的屏幕", "屏幕为六点六英寸或更多"])
def test_or_more_after_a_size_is_a_floor_not_a_wish_for_more_results(vocab, text):
    request = understand(text, vocab)
    assert (slots(request)["spec:screen_in"], request.followup) == (("set", Bound(lo=6.6)), None)


@pytest.mark.parametrize("text, brands", [
    ("moto，屏幕爲6.5 英寸或以上，再不然歐珀，後置主鏡頭爲50百萬像素打底", {"Motorola", "Oppo"}),
    ("三星，屏幕6.5 英寸以上，再不然Infinix，电池5500 毫安以上", {"Samsung", "Infinix"}),
])
def test_a_space_between_a_figure_and_its_chinese_unit_keeps_the_fallback_side_whole(vocab, text, brands):
    sides = apply(DialogueState(), understand(text, vocab)).constraints.alternatives
    assert ({b for side in sides for b in side.brands}, len(sides)) == (brands, 2)


@pytest.mark.parametrize("text, budget", [("最贵ＵＳ$七百", Budget("USD", hi=700)), ("最贵卢比2.5万", Budget("INR", hi=25000)),
                                          ("最贵$七百", Budget("USD", hi=700))])
def test_the_most_expensive_with_a_currency_and_a_figure_is_a_ceiling_not_an_ordering(vocab, text, budget):
    request = understand(text, vocab)
    assert (slots(request)["budget"], request.sort) == (("set", budget), None)
