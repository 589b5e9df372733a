"""Chinese wordings of the blind-15 grammar (issue 9), by pattern class, each beside the closest wording that must keep
its meaning: a verdict of the shopper's reach or taste after a side ("超过3000就买不起了", "低于5000不入眼") turns it, an
A-not-A question ("能不能3000以内") negates nothing, slang names (三爽, 谷歌亲儿子, bare SD, "Gen.2") name their maker or chip,
the chips but one asked for refuse that one, a year kept in past its phones' noun, an ordering's direction said after a
pause or in brackets, and two sides joined by "和" told that one will do ("…二选一") are two choices."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


@pytest.mark.parametrize("text, bound", [
    # the shopper cannot reach past it: a ceiling
    ("超过3000就买不起了", (None, 3000)), ("超过五千块负担不起", (None, 5000)), ("高于8000的实在买不起", (None, 8000)),
    # beneath the shopper's notice: a floor
    ("低于2000不入眼", (2000, None)), ("低于4000的看不上", (4000, None)), ("1500以下的入不了眼", (1500, None)),
    # the closest wordings keep their sides
    ("超过3000", (3000, None)), ("低于2000", (None, 2000)), ("超过3000的不要", (None, 3000)),
])
def test_a_verdict_of_reach_or_taste_after_a_price_side_turns_it(vocab, text, bound):
    assert budget_after(text, vocab) == ("CNY", *bound)


@pytest.mark.parametrize("text, bound", [
    ("低于200克的太轻不要", (200, None)), ("超过190克的太重不考虑", (None, 190)),
])
def test_a_refusal_right_after_a_complaint_turns_the_spec_bound(vocab, text, bound):
    assert spec_after(text, vocab, "weight_g") == bound


@pytest.mark.parametrize("text", ["能不能3000以内搞一台", "可不可以三千以内", "能不能不超过3000", "只要不超过3000"])
def test_a_question_offering_both_negates_no_ceiling(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 3000)


@pytest.mark.parametrize("text", ["电池大过4000mah的不要 最高只能出3500块钱", "电池4000毫安以上的不要 上限是3500块"])
def test_a_refusal_closing_the_clause_before_a_space_leaves_the_next_ceiling(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 3500)


@pytest.mark.parametrize("text, refused", [
    ("三爽的都筛掉", {"Samsung"}), ("荣耀和三爽两家的不要", {"Honor", "Samsung"}), ("除了三爽别的都行", {"Samsung"}),
    ("谷歌亲儿子以外的品牌", {"Google"}), ("谷歌亲儿子不考虑", {"Google"}),
])
def test_slang_names_of_makers_name_the_maker(vocab, text, refused):
    assert constraints_after(text, vocab).exclude_brands == frozenset(refused)


@pytest.mark.parametrize("text, wanted, refused", [
    ("踢掉三星 / 要骁龙", set(), {"Samsung"}), ("华为不考虑 / 要5G", set(), {"Huawei"}),
    # unspaced, the slash lists names
    ("三星/华为不要", set(), {"Samsung", "Huawei"}),
])
def test_a_spaced_slash_ends_the_clause_of_a_brand_refusal(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text, chip", [
    ("骁龙8 Gen.2", "Snapdragon 8 Gen 2"), ("采用骁龙8gen.2的", "Snapdragon 8 Gen 2"), ("处理器认SD", "Snapdragon"),
    ("处理器要SD的", "Snapdragon"),
])
def test_a_chip_said_by_a_dotted_generation_or_bare_sd_is_named(vocab, text, chip):
    assert constraints_after(text, vocab).chipset == chip


def test_an_sd_card_is_no_chip(vocab):
    assert constraints_after("支持SD卡扩展", vocab).chipset is None


@pytest.mark.parametrize("text, refused", [
    ("除Helio曦力以外的处理器", "Helio"), ("除了天玑之外的芯片", "Dimensity"), ("不带联发科的机子", "MediaTek"),
    ("SD太烫，pass", "Snapdragon"), ("Helio踩过雷了，不要 / 要5G", "Helio"),
    # running hot, its degree left out, then refused; the chip's kind word said as CPU
    ("Tensor发热，不要", "Tensor"), ("联发科发烫，不考虑", "MediaTek"), ("天玑的CPU不要", "Dimensity"), ("麒麟的cpu不考虑", "Kirin"),
])
def test_the_chips_but_one_or_a_chip_not_carried_refuse_it(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset({refused}))


@pytest.mark.parametrize("text, wanted", [
    # the rest refused after the exception: the one chip is wanted
    ("除了骁龙以外的处理器都不要", "Snapdragon"), ("不要联发科以外的芯片", "MediaTek"),
])
def test_the_chips_but_one_refused_keep_that_one(vocab, text, wanted):
    assert constraints_after(text, vocab).chipset == wanted


@pytest.mark.parametrize("text", [
    "低于骁龙8 Gen.2性能的不要", "低于骁龙8 Gen 2水平的不考虑", "骁龙8 Gen.2同等或更好", "至少跟骁龙8 Gen.2一个水平",
])
def test_a_chip_floor_reads_past_its_level_word_and_dotted_generation(vocab, text):
    assert spec_after(text, vocab, "chip_score") == (5000, None)


@pytest.mark.parametrize("text, bound", [
    ("2024年以后的机型（含2024年）", (2024, None)), ("2019年以后的手机（含2019年）", (2019, None)),
    ("2021年后发布的，含2021年", (2021, None)), ("2022年之后上市的，包括2022年", (2022, None)),
    ("2021年以及之前的", (None, 2021)), ("2020年以及以后的", (2020, None)),
    # the closest wordings keep their reading
    ("2021年之后发布（含2021年）", (2021, None)), ("2021年及之前的", (None, 2021)), ("2024年以后的机型", (2024, None)),
])
def test_a_year_kept_in_past_its_launch_verb_or_phones_noun(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_a_year_said_to_do_too_opens_no_choice(vocab):
    constraints = constraints_after("2022年以后发布的，2022年也可以 不支持5G的不要", vocab)
    assert (constraints.alternatives, constraints.needs_5g, dict(constraints.specs)["year"].lo) == ((), True, 2022)


@pytest.mark.parametrize("text, bound", [
    ("屏幕少说6.7寸", (6.7, None)), ("屏幕少說6.5吋", (6.5, None)),
    # said enough, then more refused: a ceiling
    ("屏幕6.3英寸就够，不要更多", (None, 6.3)), ("屏幕6.3英寸就够，不要更大", (None, 6.3)),
])
def test_colloquial_floors_and_ceilings_of_a_screen(vocab, text, bound):
    assert spec_after(text, vocab, "screen_in") == bound


def test_more_refused_after_enough_asks_no_more_results(vocab):
    assert spec_after("电池4000毫安就够，不要更多", vocab, "battery_mah") == (None, 4000)


@pytest.mark.parametrize("text, key, descending", [
    ("按机身重量排一下，从高到低", "weight_g", True), ("按价格排一下，从高到低", "price", True),
    ("按重量排个序，从大到小", "weight_g", True), ("排序按机身重量（从大到小）", "weight_g", True),
    ("排序按价格（从高到低）", "price", True),
    ("到手价最低的推荐一个", "price", False), ("落地价最便宜的", "price", False),
    # the closest wordings: no direction after, the aspect's better end
    ("按机身重量排一下", "weight_g", False), ("按价格排一下", "price", False),
])
def test_an_ordering_direction_after_a_pause_or_in_brackets_decides_it(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


def test_an_upgrade_reference_stops_at_a_semicolon(vocab):
    constraints = constraints_after("想换手机：存储从64G起；除开vivo和荣耀", vocab)
    assert (dict(constraints.specs)["storage_gb"].lo, constraints.exclude_brands) == (64, frozenset({"Vivo", "Honor"}))


@pytest.mark.parametrize("text, sides", [
    ("华为起码48M主摄的与摩托罗拉，屏幕不少于6.6寸二选一", [("Huawei", "main_camera_mp"), ("Motorola", "screen_in")]),
    ("菊花厂不少于6400万后置主摄的和三爽起码电池6000mAh任选", [("Huawei", "main_camera_mp"), ("Samsung", "battery_mah")]),
    ("小米运存12G的跟vivo存储256G的，选一个", [("Xiaomi", "ram_gb"), ("Vivo", "storage_gb")]),
    ("真我不少于12G运存的跟荣耀，主摄2亿像素随便一个", [("Realme", "ram_gb"), ("Honor", "main_camera_mp")]),
])
def test_two_sides_joined_by_and_then_one_said_to_do_are_two_choices(vocab, text, sides):
    alternatives = constraints_after(text, vocab).alternatives
    assert [(next(iter(a.brands)), a.specs[0][0]) for a in alternatives] == sides


@pytest.mark.parametrize("text", ["运存12G和存储256G任选", "华为和小米都行，运存12G以上"])
def test_asks_of_one_phone_joined_by_and_are_no_choices(vocab, text):
    assert constraints_after(text, vocab).alternatives == ()
