"""Chinese wordings strangers use (issue 9): nicknames, written-out numerals, bare figures after a spec's
noun, comparison words, orderings said as a direction, OR sides and currencies the catalog has no prices in."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, brand", [
    ("果子", "Apple"), ("水果手机", "Apple"), ("華子手機", "Huawei"), ("菊厂的", "Huawei"), ("绿厂", "Oppo"),
    ("蓝厂", "Vivo"), ("摩托", "Motorola"),
])
def test_brand_nicknames_name_the_brand(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({brand}))


@pytest.mark.parametrize("text, brand", [("不考虑华子", "Huawei"), ("除了果子都行", "Apple"), ("绿厂除外", "Oppo")])
def test_a_refused_nickname_excludes_its_brand(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, spec, bound", [
    ("存储256以上", "storage_gb", Bound(lo=256)), ("机身存储至少512", "storage_gb", Bound(lo=512)),
    ("ROM 128以上", "storage_gb", Bound(lo=128)), ("存储空间不超过128", "storage_gb", Bound(hi=128)),
    ("存储不低于256", "storage_gb", Bound(lo=256)),
])
def test_a_bare_figure_after_a_storage_word_is_storage_not_money(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text, spec, bound", [
    ("主摄五千万像素以上", "main_camera_mp", Bound(lo=50)), ("后置不低于六千四百万像素", "main_camera_mp", Bound(lo=64)),
    ("后摄一亿零八百万像素起", "main_camera_mp", Bound(lo=108)), ("前置三千二百万像素以上", "front_camera_mp", Bound(lo=32)),
    ("自拍两千万以上", "front_camera_mp", Bound(lo=20)),
])
def test_megapixels_in_written_out_numerals(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert found[f"spec:{spec}"] == ("set", bound) and "budget" not in found


@pytest.mark.parametrize("text, bound", [
    ("屏幕六点五寸以下", Bound(hi=6.5)), ("屏幕不小于六点七寸", Bound(lo=6.7)), ("六点八英寸以上的屏幕", Bound(lo=6.8)),
])
def test_screen_sizes_in_written_out_numerals(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("运存顶多8G", "ram_gb", Bound(hi=8)), ("存储空间顶多64G", "storage_gb", Bound(hi=64)),
    ("6G及以上运行内存", "ram_gb", Bound(lo=6)), ("50MP及以上前置", "front_camera_mp", Bound(lo=50)),
    ("电池容量顶多4500毫安", "battery_mah", Bound(hi=4500)), ("内存不低于八G", "ram_gb", Bound(lo=8)),
])
def test_comparison_words_read_the_same_for_every_spec(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text", ["顶多3000块", "3000块为上限", "预算3000是上限"])
def test_ceiling_words_cap_a_budget(vocab, text):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (None, 3000)


@pytest.mark.parametrize("text", ["性能不输骁龙8 Gen 2", "处理器不输给骁龙8 Gen 2", "骁龙8 Gen 2起步"])
def test_not_losing_to_a_chip_is_that_chip_or_better(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"][1].lo == vocab.chip_scores["Snapdragon 8 Gen 2"] and "chipset" not in found


@pytest.mark.parametrize("text, key, descending", [
    ("电池从大到小", "battery_mah", True), ("按重量从轻到重排", "weight_g", False), ("重量升序", "weight_g", False),
    ("运存从大到小的前三款", "ram_gb", True), ("存储从大到小排", "storage_gb", True), ("屏幕从小到大", "screen_in", False),
    ("发布时间从新到旧", "year", True), ("性能从高到低", "performance", True), ("价格降序", "price", True),
])
def test_an_ordering_said_as_a_direction(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, code", [
    ("3000港币左右", "港币"), ("5000港元以内", "港元"), ("预算一万新台币", "新台币"), ("两万日元以内", "日元"),
    ("预算1000新加坡元", "新加坡元"), ("50万韩元", "韩元"),
])
def test_a_currency_without_prices_is_said_and_not_read_as_yuan(vocab, text, code):
    request = understand(text, vocab)
    assert "budget" not in slots(request)
    assert any(code in note for note in request.notes)


@pytest.mark.parametrize("text, brand", [("除华为外都行", "Huawei"), ("POCO就不要了", "POCO"), ("除三星外，其他都可以", "Samsung")])
def test_chu_wai_and_jiu_buyao_le_exclude_the_brand(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, bound", [
    ("储存空间512起步", Bound(lo=512)), ("存储起码要256", Bound(lo=256)), ("512及以上存储", Bound(lo=512)),
    ("128以下的储存空间", Bound(hi=128)), ("128以上机身存储", Bound(lo=128)),
])
def test_storage_wordings_with_the_figure_bare(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert found["spec:storage_gb"] == ("set", bound) and "budget" not in found


def test_kuai_dayang_is_yuan(vocab):
    budget = slots(understand("三千块大洋以内", vocab))["budget"][1]
    assert (budget.currency, budget.hi) == ("CNY", 3000)


def _sides(request):
    (_, alternatives), = [(u.op, u.value) for u in request.updates if u.slot == "alternatives"]
    return {(tuple(sorted(side.brands)), side.specs) for side in alternatives}


@pytest.mark.parametrize("text", [
    "要么荣耀，主摄200MP起，要么前置16MP起步的小米", "要么荣耀，主摄两亿像素以上，要么小米，前置16MP起步",
    "荣耀要主摄200MP以上，要不然就小米，前置不低于16MP",
])
def test_a_side_of_an_or_may_go_on_after_a_comma(vocab, text):
    assert _sides(understand(text, vocab)) == {(("Honor",), (("main_camera_mp", Bound(lo=200)),)),
                                               (("Xiaomi",), (("front_camera_mp", Bound(lo=16)),))}


def test_a_budget_after_the_last_side_of_an_or_is_for_both(vocab):
    found = slots(understand("要么8G运存的三星，要么小米，预算3000", vocab))
    assert found["budget"] == ("set", Budget("CNY", hi=3000))


# (a count of cameras is read now: "要3个摄像头" is spec:rear_cameras, see tests/test_understand_rear_cameras.py)
@pytest.mark.parametrize("text, number", [("要3个喇叭", "3"), ("预算3000，100倍变焦", "100")])
def test_a_number_glued_to_chinese_words_that_nothing_read_is_said(vocab, text, number):
    assert understand(text, vocab).notes == (f"没看懂“{number}”指的是什么，没有用它筛选。",)


@pytest.mark.parametrize("text", ["小米14怎么样", "红米Note 13", "一加12"])
def test_a_model_number_after_a_chinese_brand_name_is_no_loose_number(vocab, text):
    assert understand(text, vocab).notes == ()


@pytest.mark.parametrize("text, feature", [("要有红外遥控", "IR blaster"), ("支持卫星通信", "satellite messaging"),
                                           ("带光学防抖", "optical image stabilization")])
def test_more_features_we_cannot_filter_on_are_named(vocab, text, feature):
    assert understand(text, vocab).unsupported == (feature,)


def test_a_chinese_answer_names_a_feature_it_cannot_filter_on_in_chinese(small_advisor):
    answer = small_advisor.session().ask("要有无线充电，IP67防水的三星")
    assert "无线充电、IP67防水" in answer.text and "wireless" not in answer.text


@pytest.mark.parametrize("text, brand", [
    ("华为的就别推荐了", "Huawei"), ("苹果的别考虑", "Apple"), ("别给我推苹果", "Apple"), ("对三星没兴趣", "Samsung"),
    ("三星的手机不要", "Samsung"), ("pass掉三星", "Samsung"),
])
def test_more_chinese_refusals_exclude_the_brand(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert found["exclude_brands"] == ("add", frozenset({brand})) and found.get("brands", ("remove",))[0] == "remove"


@pytest.mark.parametrize("text", ["竖折手机", "横折的"])
def test_fold_directions_name_a_foldable(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"foldable"}))


def test_fage_is_mediatek(vocab):
    assert slots(understand("发哥的芯片", vocab))["chipset"] == ("set", "MediaTek")


def test_price_sorting_needs_no_an(vocab):
    assert understand("价格排序", vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text, spec, bound", [("螢幕6.1的", "screen_in", Bound(lo=5.95, hi=6.25)),
                                               ("記憶體至少8", "ram_gb", Bound(lo=8))])
def test_taiwan_words_for_phone_parts(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_first_side_of_an_or_may_take_its_brand_from_the_clause_before(vocab):
    assert _sides(understand("荣耀，主摄200MP以上，要不前置16MP起步的小米也行", vocab)) == {
        (("Honor",), (("main_camera_mp", Bound(lo=200)),)), (("Xiaomi",), (("front_camera_mp", Bound(lo=16)),))}


def test_a_chip_series_some_catalog_chip_belongs_to_gets_no_no_such_chip_note(vocab):
    request = understand("骁龙8系", vocab)
    assert slots(request)["chipset"] == ("set", "Snapdragon 8") and request.notes == ()


def test_a_chip_no_catalog_chip_is_named_by_is_still_said(vocab):
    assert understand("骁龙8 Gen 9", vocab).notes == ("目录里没有搭载Snapdragon 8 Gen 9芯片的手机。",)


def test_a_count_after_first_is_a_whole_numeral_not_the_start_of_an_amount(vocab):
    found = slots(understand("最新的排前面，first 六千块为上限", vocab))
    assert found["budget"] == ("set", Budget("CNY", hi=6000))
