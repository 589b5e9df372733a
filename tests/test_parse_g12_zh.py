"""Chinese wordings of the blind-12 error analysis (issue 9), each read as a general rule, beside the closest wording whose
meaning must not change: 顺序 as the noun "the order" before 按 ("顺序按运存降序"), an aspect "拉满" (maxed out) as its
largest first, the money spent (花钱) as the price and the heft (分量) as the weight, a superlative's 号 (size) ("屏幕最大号"),
an ordering's verb "排个序" before a figure, "这个很关键" closing a wish as no question about a phone, the nickname 三桑 as
Samsung, a maker's name joined to one of its brands by 的 ("传音的Infinix") as that brand alone, QCOM as Qualcomm's
Snapdragon, a chip's model number called 神U ("870神U", the "god chip") as that chip, and a memory's Latin name in
brackets after its Chinese one ("运行内存(RAM)6g") as a gloss that keeps the bound, and two brands each with its own need
offered as choices by "也凑合", "另一个选择是", "方案一…方案二…" or "满足其一：" as alternatives, and a budget "just over or a
bit short of" a figure ("8000块钱出头或者不到一点都行") as about it."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


def sort_of(text, vocab):
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


# --- orderings

@pytest.mark.parametrize("text, order", [
    ("顺序按屏幕大小由高到低", ("screen_in", True)), ("最关键的是顺序按运存降序", ("ram_gb", True)),
    ("顺序按重量从大到小", ("weight_g", True)), ("顺序是按价格从高到低", ("price", True)),
    ("顺序按电池容量升序", ("battery_mah", False)),
])
def test_the_order_said_as_a_noun_before_by_takes_the_direction_after_the_aspect(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text, order", [("价格顺序", ("price", False)), ("顺序排屏幕大小", ("screen_in", False))])
def test_the_plain_order_beside_an_aspect_stays_ascending(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text, order", [
    ("运存拉满的排第一", ("ram_gb", True)), ("看看哪个存储拉满", ("storage_gb", True)), ("性能拉满的那款", ("performance", True)),
    ("主摄像素拉满的", ("main_camera_mp", True)), ("电池拉满吧", ("battery_mah", True)), ("自拍像素要拉爆", ("front_camera_mp", True)),
])
def test_an_aspect_maxed_out_orders_by_it_from_the_top(vocab, text, order):
    assert sort_of(text, vocab) == order


def test_an_aspect_maxed_out_to_a_figure_is_a_floor_not_an_ordering(vocab):
    assert sort_of("运存拉满到12G", vocab) is None


@pytest.mark.parametrize("text, order", [
    ("花钱最少的那个", ("price", False)), ("挑出花錢最少的", ("price", False)), ("花费最少的排前面", ("price", False)),
    ("分量最大的排第一", ("weight_g", True)), ("重量最高的那个", ("weight_g", True)), ("机身重量最大", ("weight_g", True)),
    ("屏幕最大号的", ("screen_in", True)), ("屏幕最小号", ("screen_in", False)), ("电池最大号的那个", ("battery_mah", True)),
])
def test_more_superlatives_name_their_aspect(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text", ["看看哪个最近才出哈", "优先最近才出，这点很重要", "最近才出的那个", "最新发布的那款"])
def test_the_most_recently_out_orders_by_year_however_it_ends(vocab, text):
    assert sort_of(text, vocab) == ("year", True)


def test_the_newly_out_one_pointed_at_stays_no_ordering(vocab):
    assert sort_of("新出的那款怎么样", vocab) is None


@pytest.mark.parametrize("text", ["重量最大200克", "分量最大也就两百克"])
def test_a_weights_superlative_before_a_figure_stays_a_ceiling(vocab, text):
    assert sort_of(text, vocab) is None


@pytest.mark.parametrize("text, order", [
    ("电池容量降序给我排个序 一千软妹币及以下", ("battery_mah", True)), ("价格从低到高排个序 3000以内", ("price", False)),
    ("运存从大到小排一下 两千元之内", ("ram_gb", True)),
])
def test_an_ordering_closed_by_its_verb_stays_an_ordering_before_a_figure(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text, order", [
    ("按价格排，从大到小", ("price", True)), ("按价格排，由多到少", ("price", True)), ("按价格排，从高到低", ("price", True)),
])
def test_a_price_ordering_followed_by_a_falling_direction_is_descending(vocab, text, order):
    assert sort_of(text, vocab) == order


# --- closing tags

@pytest.mark.parametrize("text, order", [
    ("按价格排序，这个很关键", ("price", False)), ("运存从大到小排，这个很重要", ("ram_gb", True)),
    ("重点是按运存排，由高到低，这个不能妥协", ("ram_gb", True)),
])
def test_this_is_key_after_a_wish_stresses_the_wish(vocab, text, order):
    reading = understand(text, vocab)
    assert (reading.followup, sort_of(text, vocab)) == (None, order)


def test_this_is_key_after_a_budget_keeps_the_budget(vocab):
    assert constraints_after("价格3000以内，这个很关键", vocab).budget.hi == 3000.0


def test_a_question_about_this_phone_stays_a_followup(vocab):
    assert understand("这个的价格多少？", vocab).followup is not None


# --- brands

@pytest.mark.parametrize("text, brands", [
    ("三桑粉，只考虑三桑", {"Samsung"}), ("牌子三桑，Galaxy S那條線不要", {"Samsung"}), ("要么三桑要么华为", {"Huawei", "Samsung"}),
])
def test_samsungs_nickname_names_samsung(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


def test_samsungs_nickname_refused_refuses_samsung(vocab):
    assert constraints_after("三桑用腻了，不要", vocab).exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, brand", [
    ("排除传音的Infinix", "Infinix"), ("别是传音的Infinix家的", "Infinix"), ("除传音的Tecno以外都行", "Tecno"),
    ("传音家的Tecno不要", "Tecno"),
])
def test_a_brand_refused_after_its_makers_name_and_de_refuses_that_brand_only(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


def test_the_maker_refused_alone_refuses_all_its_brands(vocab):
    assert constraints_after("传音的不要", vocab).exclude_brands == frozenset({"Infinix", "Tecno"})


def test_the_maker_then_its_brands_after_a_pause_names_both(vocab):
    constraints = constraints_after("传音的Infinix、传音的Tecno这俩牌子", vocab)
    assert constraints.brands == frozenset({"Infinix", "Tecno"})


# --- chips

@pytest.mark.parametrize("text", ["QCOM的SoC，必须的", "搭载QCOM", "QCOM平台", "QCOM家的U", "QCOM芯"])
def test_qcom_names_the_snapdragon_family(vocab, text):
    assert constraints_after(text, vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text", ["QCOM的不考虑", "QCOM处理器不要"])
def test_qcom_refused_refuses_the_snapdragon_family(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({"Snapdragon"}), None)


@pytest.mark.parametrize("text", ["跑的是695神U", "695神U处理器"])
def test_a_model_number_called_god_chip_names_that_chip(vocab, text):
    assert constraints_after(text, vocab).chipset == "Snapdragon 695"


@pytest.mark.parametrize("text", ["695神U及以上", "U不能低于695神U", "起码695神U的水平"])
def test_a_model_number_called_god_chip_as_a_floor_is_its_score(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (spec_after(text, vocab, "chip_score"), constraints.budget) == ((1900.0, None), None)


def test_god_said_of_a_phone_names_no_chip(vocab):
    assert constraints_after("这手机是神机", vocab).chipset is None


# --- loose units and glosses

@pytest.mark.parametrize("text, bound", [
    ("最多就运行内存(RAM)6g", (None, 6.0)), ("6G运行内存(RAM)或更少", (None, 6.0)), ("不高于运行内存（RAM）8g", (None, 8.0)),
    ("8G的运行内存(RAM)以下", (None, 8.0)), ("≥运行内存(RAM)4g", (4.0, None)), ("6g的运存(ram)或更少", (None, 6.0)),
])
def test_rams_latin_name_in_brackets_after_its_chinese_name_keeps_the_bound(vocab, text, bound):
    assert spec_after(text, vocab, "ram_gb") == bound


@pytest.mark.parametrize("text, bound", [("128G的存储(ROM)以下", (None, 128.0)), ("存储（storage）256G起", (256.0, None))])
def test_storages_latin_name_in_brackets_keeps_the_bound(vocab, text, bound):
    assert spec_after(text, vocab, "storage_gb") == bound


# --- alternatives

def choices(text, vocab):
    return {(frozenset(side.brands), side.specs) for side in constraints_after(text, vocab).alternatives}


_VIVO_RAM = (frozenset({"Vivo"}), (("ram_gb", Bound(8.0, None)),))
_HONOR_FRONT = (frozenset({"Honor"}), (("front_camera_mp", Bound(16.0, None)),))


@pytest.mark.parametrize("text", [
    "vivo配8GB运行内存起；荣耀配16MP前置起也凑合", "vivo配8GB运行内存起，另一个选择是荣耀配16MP前置起",
    "vivo配8GB运行内存起，另外一个方案是荣耀配16MP前置起", "方案一vivo配8GB运行内存起，方案二荣耀配16MP前置起",
    "满足其一：vivo配8GB运行内存起；荣耀配16MP前置起", "vivo配8GB运行内存起；荣耀配16MP前置起，满足一个就行",
])
def test_two_brands_each_with_its_own_need_offered_as_choices_are_alternatives(vocab, text):
    assert choices(text, vocab) == {_VIVO_RAM, _HONOR_FRONT}


@pytest.mark.parametrize("text", ["vivo配8GB运行内存起；荣耀配16MP前置起", "方案一定要vivo配8GB运行内存起；荣耀配16MP前置起"])
def test_brands_with_needs_not_offered_as_choices_are_no_alternatives(vocab, text):
    assert choices(text, vocab) == set()


# --- budgets

@pytest.mark.parametrize("text, budget", [
    ("8000块钱出头或者不到一点都行", ("CNY", 6800.0, 9200.0)), ("1500美刀出头或者不到一点都行", ("USD", 1275.0, 1725.0)),
    ("2500元出头或者差一点也行", ("CNY", 2125.0, 2875.0)), ("800元出头或者稍低一点都行", ("CNY", 680.0, 920.0)),
])
def test_just_over_or_a_bit_short_of_a_figure_is_about_it(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_just_over_a_figure_alone_stays_from_it_up(vocab):
    assert budget_after("8000块钱出头", vocab) == ("CNY", 8000.0, 9200.0)
