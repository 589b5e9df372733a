"""Chinese wordings of the blind-10 error analysis (issues 9 and 10), each read as a general rule, beside the closest
wording whose meaning must not change: refusals said after a brand ("不在候选里", "我不太感冒", "被我排除了", "绕开",
"不要了谢谢", "的东西不想要"), every other maker refused as "别家", Huawei's "HW", a Latin "pass" or "no" glued to the
name before it, the aspect made the topic of an ordering ("重量这块从低到高排"), "给我排个序", the cheapest said as
"最省" or "最平价", a chip "好过或等于" another, and "起步" before a figure."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import constraints_after, spec_after


def sort_of(text, vocab):
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


# --- a brand refused by the words after it

@pytest.mark.parametrize("text", [
    "OPPO不在候选里", "OPPO不在候選裏，谢谢", "OPPO不在我的备选名单上", "OPPO不在选择范围内",  # the failing wording, then ours
])
def test_a_brand_not_among_the_candidates_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["苹果我不太感冒，不要", "苹果不太感冒", "苹果我不怎么感冒", "苹果我真不感冒"])
def test_a_brand_the_shopper_is_not_keen_on_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Apple"})


@pytest.mark.parametrize("text", ["vivo被我排除了", "vivo被我们排除了", "vivo给我拉黑了", "vivo我排除了"])
def test_a_brand_ruled_out_by_the_shopper_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Vivo"})


@pytest.mark.parametrize("text", ["谷歌绕开，另外tab only", "谷歌绕过", "谷歌避开就行"])
def test_a_brand_to_go_round_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Google"})


@pytest.mark.parametrize("text", ["Tecno不要了谢谢，求推荐", "Tecno不要了謝謝", "Tecno不要啦多谢", "Tecno不要了感谢"])
def test_a_refusal_closed_by_thanks_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Tecno"})


@pytest.mark.parametrize("text", ["一加的東西不想要", "一加的东西不要", "一加的机器不考虑"])
def test_a_brand_refused_by_its_things_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"OnePlus"})


@pytest.mark.parametrize("text", ["苹果在候选里", "苹果的东西好用", "苹果我很感冒"])
def test_a_brand_named_without_those_refusals_stays_wanted(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset()


@pytest.mark.parametrize("text, chip", [("紫光展锐的机器不要", "Unisoc"), ("天玑的机器不要", "Dimensity"),
                                        ("Mediatek的机器不要", "MediaTek")])
def test_a_chip_refused_by_its_phones_is_refused(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({chip}), None)


# --- every other maker refused, or allowed

@pytest.mark.parametrize("text", ["除了OPPO不考虑别家，在线等", "除了OPPO别家都不要", "除了OPPO不考虑其他家", "除了OPPO他家一概不要"])
def test_every_other_maker_refused_after_an_exception_makes_it_the_only_wish(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["除了OPPO不考虑", "除了OPPO，别的也不错"])
def test_an_exception_without_the_others_refused_stays_a_refusal(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["除了華爲啥牌子都行", "除了华为什么牌子都行", "除了华为啥都行"])
def test_any_brand_but_huawei_refuses_huawei_and_asks_no_why(vocab, text):
    request = understand(text, vocab)
    assert (request.followup, constraints_after(text, vocab).exclude_brands) == (None, frozenset({"Huawei"}))


# --- Huawei's Latin initials, and a Latin refusal glued to the name before it

@pytest.mark.parametrize("text", ["蹲一個手機推薦！HW就好，謝啦", "只看HW家", "品牌限HW"])
def test_hw_is_huawei(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Huawei"})


def test_hw_listed_with_another_brand_is_both(vocab):
    assert constraints_after("HW或荣耀这俩牌子", vocab).brands == frozenset({"Honor", "Huawei"})


@pytest.mark.parametrize("text, brand", [("存储128个G及以下；Tecnopass！", "Tecno"), ("还有ＰＯＣＯＮＯ，求推荐", "POCO"), ("HWNO。主摄最少64M", "Huawei"),
                                         ("存储128G以内；oppopass", "Oppo"), ("vivoNO，谢谢", "Vivo")])
def test_a_latin_refusal_glued_to_a_brand_refuses_it(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


@pytest.mark.parametrize("text, brand", [("Tecno的就好", "Tecno"), ("要个Tecno，有Spark的吗", "Tecno")])
def test_a_brand_whose_name_ends_in_no_stays_wanted(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


@pytest.mark.parametrize("text, chip", [("骁龙pass，前置不小于32mp的", "Snapdragon"), ("紫光展锐pass", "Unisoc"),
                                        ("天玑pass了", "Dimensity"), ("处理器的话Exynospass", "Exynos")])
def test_a_chip_with_a_pass_glued_after_it_is_refused(vocab, text, chip):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({chip})


def test_a_chinese_chip_name_before_a_latin_word_stays_wanted(vocab):
    assert constraints_after("骁龙yyds", vocab).chipset == "Snapdragon"


# --- orderings

@pytest.mark.parametrize("text, expected", [
    ("而且机身重量这块从低到高排！", ("weight_g", False)), ("存储容量這塊降序排", ("storage_gb", True)),
    ("屏幕大小这块升序排", ("screen_in", False)), ("价格方面从小到大排", ("price", False)), ("分量这一块由高到低", ("weight_g", True)),
])
def test_an_aspect_made_the_topic_of_a_direction_is_an_ordering(vocab, text, expected):
    assert sort_of(text, vocab) == expected


def test_an_aspect_made_the_topic_of_a_bound_stays_a_bound(vocab):
    assert (spec_after("重量这块至少210公克", vocab, "weight_g"), sort_of("重量这块至少210公克", vocab)) == ((210.0, None), None)


@pytest.mark.parametrize("text, expected", [
    ("按主摄像素给我排个序，从高到低", ("main_camera_mp", True)), ("按分量给我排个序，从小到大", ("weight_g", False)),
    ("按性能给我排个序，降序", ("performance", True)), ("按重量给咱们排一下，升序", ("weight_g", False)),
])
def test_an_ordering_said_for_the_shopper_takes_the_direction_after_it(vocab, text, expected):
    assert sort_of(text, vocab) == expected


def test_an_ordering_for_the_shopper_without_a_direction_starts_at_the_better_end(vocab):
    assert sort_of("按电池给我排个序", vocab) == ("battery_mah", True)


@pytest.mark.parametrize("text", ["最省的来一个，感谢大佬", "最省的先推", "要那款最平价的", "给我最平价那款"])
def test_the_one_that_saves_most_is_the_cheapest_first(vocab, text):
    assert sort_of(text, vocab) == ("price", False)


@pytest.mark.parametrize("text", ["最省电的", "最省心的"])
def test_saving_power_or_trouble_is_no_price_ordering(vocab, text):
    assert sort_of(text, vocab) != ("price", False)


# --- a chip no worse than another, and a floor said with 起步 before its figure

@pytest.mark.parametrize("text", ["好過或等於驍龍695", "好过或等于骁龙695的", "强于或等于骁龙695", "快过或者等于骁龙695"])
def test_a_chip_better_than_or_equal_to_another_is_a_floor_on_it(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, dict(constraints.specs)["chip_score"].lo) == (None, 1900.0)


def test_a_chip_better_than_another_leaves_that_one_out(vocab):
    constraints = constraints_after("好过骁龙695", vocab)
    assert (constraints.chipset, dict(constraints.specs)["chip_score"].lo) == (None, 1901.0)


@pytest.mark.parametrize("text", ["屏幕起步6.6inch，急", "屏幕起步６.６ｉｎｃｈ", "屏幕起步6.6英寸", "6.6寸起步"])
def test_a_figure_after_qibu_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "screen_in") == (6.6, None)


def test_a_glued_pass_in_an_english_message_is_left_as_typed(vocab):
    assert constraints_after("Tecnopass!", vocab).exclude_brands == frozenset()


def test_qibu_after_one_figure_leaves_the_next_figure_alone(vocab):
    constraints = constraints_after("运行内存的话8个G起步 预算有US$300，最多这么多", vocab)
    assert (constraints.budget.lo, constraints.budget.hi) == (None, 300.0)


# --- a figure said enough with more refused, just over it or a bit under, a year with itself included

@pytest.mark.parametrize("text, key, figure", [
    ("64G存储就够，别更大，感谢大佬", "storage_gb", 64.0), ("电板 4k毫安就够，别更大", "battery_mah", 4000.0),
    ("电池4500mah就够，别再大了", "battery_mah", 4500.0), ("存储128G就行，不要再大", "storage_gb", 128.0),
])
def test_a_figure_said_enough_with_more_refused_is_a_ceiling(vocab, text, key, figure):
    assert spec_after(text, vocab, key) == (None, figure)


def test_a_figure_said_enough_alone_stays_a_floor(vocab):
    assert spec_after("存储64G就够", vocab, "storage_gb") == (64.0, None)


@pytest.mark.parametrize("text", ["800元出头或者稍低一点都行", "800块出头，稍微低一点也可以", "800元出头或略低些也行"])
def test_just_over_a_price_or_a_bit_under_is_about_that_price(vocab, text):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (680.0, 920.0)


def test_just_over_a_price_alone_starts_at_that_price(vocab):
    budget = constraints_after("800元出头", vocab).budget
    assert (budget.lo, budget.hi) == (800.0, 920.0)


@pytest.mark.parametrize("text", ["2023年之後包括2023年！", "2023年以后包含2023年", "2023年之后，含2023年"])
def test_a_year_after_with_itself_included_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "year") == (2023, None)


def test_a_year_before_with_itself_included_is_a_ceiling(vocab):
    assert spec_after("2021年之前包括2021年", vocab, "year") == (None, 2021)


@pytest.mark.parametrize("text, key, bound", [
    ("４.５ｋ毫安电板以下", "battery_mah", (None, 4500.0)), ("電板這塊不低於4k毫安", "battery_mah", (4000.0, None)),
    ("64G机身容量以下~", "storage_gb", (None, 64.0)), ("机身容量的话至少２５６Ｇ", "storage_gb", (256.0, None)),
])
def test_the_battery_as_dianban_and_the_storage_as_jishen_rongliang(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_the_body_alone_stays_the_weight(vocab):
    assert sort_of("机身最轻的", vocab) == ("weight_g", False)


# --- kinds, counts and systems refused or offered

@pytest.mark.parametrize("text", ["求助！对折叠屏没兴趣，5G的要", "对折叠屏不感兴趣", "折叠屏没兴趣"])
def test_no_interest_in_foldables_asks_plain_phones(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


@pytest.mark.parametrize("text", ["对折叠屏很感兴趣", "能对折的"])
def test_a_foldable_wished_stays_a_foldable(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"foldable"})


@pytest.mark.parametrize("text", ["ＶｉＶｏ、苹果两个牌子排除", "vivo、苹果两个品牌都不要", "vivo和苹果这两家排除"])
def test_two_brands_counted_then_refused_are_both_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Apple", "Vivo"})


def test_two_brands_counted_then_allowed_are_both_wanted(vocab):
    assert constraints_after("vivo、苹果两个牌子都行", vocab).brands == frozenset({"Apple", "Vivo"})


@pytest.mark.parametrize("text", ["有没有推荐的机子~要那款最重的，Tecno和ViVo两家排除。", "有没有那款最重的"])
def test_that_one_before_a_superlative_is_an_ordering_not_a_question_about_a_phone(vocab, text):
    assert (understand(text, vocab).followup, sort_of(text, vocab)) == (None, ("weight_g", True))


@pytest.mark.parametrize("text", ["有沒有推薦的機子：大概八千元人民幣這個價，在線等", "八千块这个价位有没有"])
def test_a_price_said_as_this_price_is_a_budget_not_a_question_about_a_phone(vocab, text):
    budget = constraints_after(text, vocab).budget
    assert (understand(text, vocab).followup, budget.lo, budget.hi) == (None, 6800.0, 9200.0)


@pytest.mark.parametrize("text, platform", [("非iOS不要！", "ios"), ("非安卓不要", "android"), ("除了安卓都不要", "android")])
def test_every_other_system_refused_makes_the_named_one_the_wish(vocab, text, platform):
    assert constraints_after(text, vocab).platform == platform


@pytest.mark.parametrize("text, platform", [("不要iOS", "android"), ("非iOS", "android")])
def test_a_system_refused_alone_leaves_the_other(vocab, text, platform):
    assert constraints_after(text, vocab).platform == platform


@pytest.mark.parametrize("text", ["想入手一臺 榮耀也行真我也行。", "荣耀也行，真我也行", "荣耀也可以 真我也可以"])
def test_two_brands_each_offered_in_turn_are_the_choice(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Honor", "Realme"})


def test_one_brand_offered_too_adds_to_no_list(vocab):
    assert constraints_after("荣耀也行", vocab).brands == frozenset()
