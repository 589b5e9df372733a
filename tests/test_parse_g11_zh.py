"""Chinese wordings of the blind-11 error analysis (issues 9 and 10), each read as a general rule, beside the closest
wording whose meaning must not change: brand nicknames (谷哥, 荣曜, 泰克诺, 一+, 🍎), forum refusals after a name ("达咩",
"退散", "就别提了", "都别给", a fault in a clause of its own: "发热太大，不要") or before it ("避雷", "不接受"), a refusal after
a name's bracketed other spelling ("苹果(Apple)踩过雷，不要"), "运存容量" as RAM, "前面摄像头" as the front camera, and a
maker's name glued to its other spelling or to its own line ("moto摩托罗拉", "MOTO EDGE") read as the maker."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import constraints_after, spec_after


def sort_of(text, vocab):
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


# --- brand nicknames

@pytest.mark.parametrize("text, brand", [
    ("摩托罗拉（Motorola），不然谷哥", "Google"), ("谷哥的有无", "Google"), ("想整台谷哥", "Google"),
    ("荣曜党，求推荐荣曜的", "Honor"), ("榮曜就好", "Honor"),
    ("只考虑泰克诺出的", "Tecno"), ("特克诺的有无", "Tecno"),
    ("在Infinix英菲尼克斯、一+中间选一个", "OnePlus"), ("要一+的手机", "OnePlus"),
    ("只认🍎这个牌子", "Apple"), ("🍎就好", "Apple"),
])
def test_a_brands_nickname_names_the_brand(vocab, text, brand):
    assert brand in constraints_after(text, vocab).brands


@pytest.mark.parametrize("text, spec, bound", [
    ("电池四千零一+", "battery_mah", (4001.0, None)), ("主摄五千万+", "main_camera_mp", (50.0, None)),
])
def test_a_figure_ending_in_one_plus_stays_a_floor_not_oneplus(vocab, text, spec, bound):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, spec_after(text, vocab, spec)) == (frozenset(), bound)


# --- refusals after a name

@pytest.mark.parametrize("text, brands", [
    ("大佬们帮看看！Tecno达咩～", {"Tecno"}), ("Honor荣耀达咩。", {"Honor"}), ("SamSung、華爲（HUAWEI）達咩；", {"Huawei", "Samsung"}),
    ("三星达咩，要5G", {"Samsung"}),
])
def test_a_brand_said_to_be_dame_is_refused(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == frozenset(brands)


def test_cantonese_me_still_asks_what(vocab):
    assert constraints_after("咩牌子都得", vocab).exclude_brands == frozenset()


@pytest.mark.parametrize("text, brand", [
    ("求推薦 Nokia諾基亞退散，另外單手握持", "Nokia"), ("TeCNO退散", "Tecno"), ("小米退散，要5G", "Xiaomi"),
    ("vivo就别提了，主摄5000万像素起", "Vivo"), ("华为（HUAWEI）就别提了", "Huawei"), ("三星别提了", "Samsung"),
    ("vivo跟Nokia诺基亚都别给；电池", "Vivo"), ("三星别给", "Samsung"),
])
def test_a_brand_sent_away_or_not_to_be_mentioned_is_refused(vocab, text, brand):
    assert brand in constraints_after(text, vocab).exclude_brands


def test_a_brand_not_to_be_mentioned_said_of_another_still_leaves_it_wanted(vocab):
    assert constraints_after("三星就好，别的别提了", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, refused", [
    ("荣耀honor跟苹果(Apple)踩过雷，不要，低于3000", {"Honor", "Apple"}), ("realme（真我）就pass吧", {"Realme"}),
    ("三星(Samsung)不要", {"Samsung"}), ("华为（HUAWEI）免谈", {"Huawei"}),
])
def test_a_refusal_after_a_names_bracketed_other_spelling_refuses_it(vocab, text, refused):
    assert constraints_after(text, vocab).exclude_brands == frozenset(refused)


def test_a_bracketed_other_spelling_with_no_refusal_stays_wanted(vocab):
    assert constraints_after("华为（HUAWEI），5G", vocab).brands == frozenset({"Huawei"})


@pytest.mark.parametrize("text, chip", [
    ("Helio发热太大，不要", "Helio"), ("麒麟Kirin发热太大，不要", "Kirin"), ("骁龙发热严重，不要", "Snapdragon"),
    ("紫光展锐翻车过，不要", "Unisoc"), ("天玑翻车了，不考虑", "Dimensity"), ("曦力Helio达咩", "Helio"),
])
def test_a_chip_faulted_then_refused_in_a_clause_of_its_own_is_refused(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({chip}), None)


def test_a_chip_said_to_run_cool_stays_wanted(vocab):
    assert constraints_after("骁龙发热小，要骁龙", vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text", ["折叠屏不靠谱，不要", "折叠屏达咩，要直板", "折叠的不靠谱，不考虑"])
def test_a_foldable_called_unreliable_or_dame_is_refused(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


# --- refusals before a name

@pytest.mark.parametrize("text, brand", [
    ("避雷诺基亚，求大佬推荐", "Nokia"), ("避雷三星", "Samsung"), ("避雷oppo和vivo", "Oppo"),
    ("不接受TeCNO，谢啦", "Tecno"), ("不接受realme（真我）。", "Realme"), ("不能接受三星", "Samsung"), ("不太接受华为", "Huawei"),
])
def test_a_brand_steered_clear_of_or_not_accepted_is_refused(vocab, text, brand):
    assert brand in constraints_after(text, vocab).exclude_brands


def test_a_brand_accepted_stays_wanted(vocab):
    assert constraints_after("接受小米", vocab).brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text, hi", [("价格不接受超过3000", 3000.0), ("不能接受超过2000块的", 2000.0)])
def test_a_price_over_a_figure_not_accepted_is_a_ceiling(vocab, text, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (None, hi)


# --- spec nouns

@pytest.mark.parametrize("text, bound", [
    ("运存容量超过8g就不要了", (None, 8.0)), ("運存容量：≥8G", (8.0, None)), ("运行内存容量的话6gb以内", (None, 6.0)),
    ("运存容量最大8个G哈", (None, 8.0)), ("8G运存容量以上", (8.0, None)),
])
def test_rams_capacity_is_ram_not_storage(vocab, text, bound):
    assert (spec_after(text, vocab, "ram_gb"), spec_after(text, vocab, "storage_gb")) == (bound, None)


@pytest.mark.parametrize("text", ["存储容量至少128G", "内存容量至少128G"])
def test_storages_capacity_stays_storage(vocab, text):
    assert spec_after(text, vocab, "storage_gb") == (128.0, None)


@pytest.mark.parametrize("text, bound", [
    ("前面摄像头1600万像素+的", (16.0, None)), ("起码要一千六百万前面摄像头", (16.0, None)),
    ("２０００万前面摄像头以上那种", (20.0, None)), ("前面的镜头至少20MP", (20.0, None)), ("前面摄像头的下限3200万像素", (32.0, None)),
])
def test_the_camera_in_front_is_the_front_camera(vocab, text, bound):
    assert (spec_after(text, vocab, "front_camera_mp"), spec_after(text, vocab, "main_camera_mp")) == (bound, None)


def test_a_year_before_the_front_camera_stays_a_year(vocab):
    assert spec_after("2020年前面摄像头20MP", vocab, "front_camera_mp") == (20.0, None)


# --- a maker's name glued to its other spelling or its own line

@pytest.mark.parametrize("text, refused", [
    ("求推荐：排除moto摩托罗拉以及Infinix", {"Motorola", "Infinix"}), ("任何牌子都行就是不要moto摩托羅拉，謝謝", {"Motorola"}),
    ("不要Moto 摩托罗拉", {"Motorola"}), ("不要moto摩托罗拉", {"Motorola"}),
])
def test_moto_glued_to_motorola_refuses_the_maker_not_a_moto_line(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.exclude_series) == (frozenset(refused), frozenset())


@pytest.mark.parametrize("text", ["Moto摩托罗拉除MOTO EDGE系列外都行", "买MotoRola，不买MOTO EDGE", "摩托罗拉，不要moto edge",
                                  "moto edge不要"])
def test_the_makers_name_before_its_line_refuses_only_that_line(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Motorola"}), frozenset({"Edge"}))


def test_a_moto_line_refused_alone_stays_that_line(vocab):
    assert constraints_after("摩托罗拉不要moto g", vocab).exclude_series == frozenset({"Moto G"})
