"""Chinese wordings of the blind-7 error analysis (issue 9), each read as a general rule, with the closest wording
whose meaning must not change."""

from __future__ import annotations

import pytest

from advisor.catalog.model import load_catalog
from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, DATA, budget_after, constraints_after, spec_after

# --- a refusal said after what it refuses: "勿推", "免推", "已拉黑", "劝退", "入不了眼"

@pytest.mark.parametrize("text", ["三星勿推", "三星免推", "三星已拉黑", "三星一律劝退", "小米/三星劝退", "三星的入不了眼"])
def test_a_brand_refused_after_it_is_excluded(vocab, text):
    constraints = constraints_after(text, vocab)
    assert "Samsung" in constraints.exclude_brands
    assert not constraints.brands


def test_a_brand_recommended_stays_wanted(vocab):
    assert constraints_after("三星推荐一下", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, side", [
    ("超过3000元的一律劝退", (None, 3000.0)), ("低于3000元的勿推", (3000.0, None)),
    ("不到3000元的入不了眼", (3000.0, None)), ("别拿低于3000元的来糊弄我", (3000.0, None)),
])
def test_a_price_side_refused_after_it_wants_the_other_side(vocab, text, side):
    assert budget_after(text, vocab) == ("CNY", *side)


def test_a_price_side_without_refusal_keeps_its_side(vocab):
    assert budget_after("超过3000元的", vocab) == ("CNY", 3000.0, None)


# --- comparison words: Cantonese 平过 (cheaper than) and 过 for 于, "不够" and "少了" (short of), "起跳" and "门槛" (from)

@pytest.mark.parametrize("text, side", [
    ("平过3000元嘅唔要", (3000.0, None)), ("平于3000元的不用推", (3000.0, None)), ("平过3000元的", (None, 3000.0)),
])
def test_cheaper_than_a_price_is_below_it(vocab, text, side):
    assert budget_after(text, vocab) == ("CNY", *side)


def test_a_tablet_is_not_read_as_cheaper(vocab):
    assert budget_after("平板3000元以内", vocab) == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, key, side", [
    ("电池少了四千毫安不行", "battery_mah", (4000.0, None)),
    ("主摄不够4800万像素的pass", "main_camera_mp", (48.0, None)),
    ("屏幕起跳六点六寸", "screen_in", (6.6, None)), ("电池门槛5000毫安", "battery_mah", (5000.0, None)),
])
def test_short_of_a_figure_refused_or_a_figure_started_from_is_a_floor(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_a_figure_said_too_small_and_corrected_is_no_ceiling(vocab):
    assert budget_after("预算说少了 是一千五左右", vocab) == ("CNY", 1275.0, 1725.0)


@pytest.mark.parametrize("text, side", [("早过2023年嘅唔要", (2023, None)), ("晚过2022年嘅唔要", (None, 2022))])
def test_a_year_earlier_or_later_than_refused_wants_the_other_side(vocab, text, side):
    assert spec_after(text, vocab, "year") == side


def test_a_bare_year_stays_that_year(vocab):
    assert spec_after("2023年的", vocab, "year") == (2023, 2023)


@pytest.mark.parametrize("text, key, side", [
    ("少于6.8寸的mon不要", "screen_in", (6.8, None)), ("少于6.6寸的屏幕对角线不要", "screen_in", (6.6, None)),
    ("比4500mah大的电芯不要", "battery_mah", (None, 4500.0)), ("至少得mon 6.6寸", "screen_in", (6.6, None)),
])
def test_the_specs_own_noun_between_a_side_and_its_refusal_or_figure_keeps_the_side(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


# --- brands by their shoppers' names: 英菲尼克斯 (Infinix), 大法 (Sony), 库克家 (Apple)

@pytest.mark.parametrize("text, brand", [("求英菲尼克斯的款", "Infinix"), ("想入大法", "Sony"), ("就要库克家的", "Apple")])
def test_a_brand_by_its_nickname_is_that_brand(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


# --- a brand refused before or after it: "请绕开", "踩过…的雷，不碰了", "…用过了，这次不要", "don't bring"

@pytest.mark.parametrize("text", ["请绕开三星", "踩过三星的雷，不碰了", "三星用过了，这次不要", "don't bring Samsung"])
def test_a_brand_steered_around_or_given_up_is_excluded(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset({"Samsung"}))


def test_a_brand_used_before_and_liked_stays_wanted(vocab):
    assert constraints_after("三星用过了，这次还要三星", vocab).brands == frozenset({"Samsung"})


# --- a price about a figure: "多多少少", "约等于" before it, "这个数上下", "左近" after it; the least given or spent
# ("最少给", "最少舍得花")

@pytest.mark.parametrize("text", ["多多少少3000块", "约等于3000元", "3000块这个数上下", "3000块左近"])
def test_a_price_said_more_or_less_is_about_it(vocab, text):
    assert budget_after(text, vocab) == ("CNY", 2550.0, 3450.0)


def test_a_price_said_equal_to_is_no_range(vocab):
    assert budget_after("等于3000元", vocab) != ("CNY", 2550.0, 3450.0)


@pytest.mark.parametrize("text, side", [
    ("最少给6000块", (6000.0, None)), ("最少给6,000块，最多给12,000块", (6000.0, 12000.0)), ("最多给12,000块", (None, 12000.0)),
])
def test_the_least_or_most_one_gives_is_a_side_of_the_price(vocab, text, side):
    assert budget_after(text, vocab) == ("CNY", *side)


@pytest.mark.parametrize("text, side", [
    ("最少舍得花3000元", (3000.0, None)), ("顶破天3000元", (None, 3000.0)), ("舍得花3000元", (None, 3000.0)),
])
def test_what_one_is_willing_to_spend_at_least_or_at_the_very_most(vocab, text, side):
    assert budget_after(text, vocab) == ("CNY", *side)


# --- chips by their shoppers' names: 曦力 (Helio), 海思 (Kirin), 天机 with a model (Dimensity), the maker and a model
# number (三星1380, 联发科8100), Google's own Tensor

def _chip(text, vocab):
    constraints = constraints_after(text, vocab)
    return constraints.chipset, constraints.exclude_chipsets


@pytest.mark.parametrize("text, chip", [
    ("最好是曦力的U", "Helio"), ("用海思的U", "Kirin"), ("天机700那颗芯", "Dimensity 700"),
])
def test_a_chip_by_its_shoppers_name_is_that_chip(vocab, text, chip):
    assert _chip(text, vocab) == (chip, frozenset())


@pytest.mark.parametrize("text, chip", [
    ("SoC不能是曦力", "Helio"), ("Google Tensor用怕了，换别的", "Tensor"), ("处理器唔要谷歌自研Tensor", "Tensor"),
])
def test_a_chip_refused_by_its_shoppers_name_is_excluded(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset({chip}))
    assert not constraints.brands and not constraints.exclude_brands


@pytest.mark.parametrize("text, score", [
    ("处理器不差于三星1480", 3400.0), ("弱过联发科8200嘅唔要", 3900.0), ("最起码海思9010", 4300.0),
])
def test_a_maker_and_a_model_number_compared_is_a_chip_floor_that_keeps_the_chip(vocab, text, score):
    constraints = constraints_after(text, vocab)
    assert not constraints.brands and constraints.chipset is None
    assert spec_after(text, vocab, "chip_score") == (score, None)


def test_a_maker_and_a_price_stays_a_brand_and_a_budget(vocab):
    constraints = constraints_after("三星1380元以内", vocab)
    assert constraints.brands == frozenset({"Samsung"}) and constraints.budget.hi == 1380.0


# --- a side said too much, then refused again: "超过180克就太重了，不要" is one refusal, not two

@pytest.mark.parametrize("text", ["超过180克就太重了，不要", "超过180克就太重了"])
def test_a_side_called_too_much_and_refused_is_a_ceiling(vocab, text):
    assert spec_after(text, vocab, "weight_g") == (None, 180.0)


# --- floors said as the bare minimum; a chip's "芯"; "must not pass"

@pytest.mark.parametrize("text, key, figure", [
    ("前置 2000万是起码的", "front_camera_mp", 20.0), ("主摄低于6400万免谈", "main_camera_mp", 64.0),
])
def test_megapixels_in_wan_said_the_bare_minimum_or_refused_below_are_a_camera_floor(vocab, text, key, figure):
    constraints = constraints_after(text, vocab)
    assert constraints.budget is None
    assert spec_after(text, vocab, key) == (figure, None)


def test_a_chip_family_refused_by_its_core_is_excluded(vocab):
    assert _chip("MTK天玑的芯不要", vocab) == (None, frozenset({"Dimensity"}))


def test_a_chip_family_wanted_by_its_core_stays_wanted(vocab):
    assert _chip("天玑的芯", vocab) == ("Dimensity", frozenset())


def test_a_battery_that_must_not_pass_a_figure_is_a_ceiling(vocab):
    assert spec_after("battery must not pass 4500 mAh", vocab, "battery_mah") == (None, 4500.0)


# --- orderings by the weight in the hand (压手) and by ROM or flash storage

@pytest.mark.parametrize("text, key, descending", [
    ("找个最不压手的", "weight_g", False), ("最压手那款优先", "weight_g", True), ("ROM容量最大的排第一位", "storage_gb", True),
    ("闪存最大的", "storage_gb", True),
])
def test_an_ordering_by_the_weight_in_the_hand_or_by_rom(vocab, text, key, descending):
    sort = apply(DialogueState(), understand(text, vocab)).sort
    assert (sort.key, sort.descending) == (key, descending)


def test_a_rom_figure_is_a_bound_not_an_ordering(vocab):
    assert apply(DialogueState(), understand("ROM最大128G", vocab)).sort is None


# --- two sides offered as alternatives: "又或者", "如果没有就", options labelled "A：… B：…", "8GB RAM" inside a side

def _sides(text, vocab):
    return {(tuple(sorted(side.brands)), side.specs) for side in constraints_after(text, vocab).alternatives}


@pytest.mark.parametrize("text", [
    "OPPO且前置1600万像素往上，又或者三星且运存不少于4G",
    "OPPO前置1600万像素往上，如果没有就运存不少于4G的三星",
    "A：OPPO带前置1600万像素起步；B：三星带运存4G起步，哪个都行",
    "OPPO带前置16MP起步，或者三星带4GB RAM起步",
])
def test_two_sides_offered_as_alternatives_are_an_or(vocab, text):
    sides = _sides(text, vocab)
    assert {brands for brands, _ in sides} == {("Oppo",), ("Samsung",)}


def test_two_brands_with_one_requirement_for_both_stay_a_brand_set(vocab):
    constraints = constraints_after("OPPO或者三星，运存不少于4G", vocab)
    assert constraints.alternatives == () and constraints.brands == frozenset({"Oppo", "Samsung"})


# --- the dirham said short (迪, after its figure)

@pytest.mark.parametrize("text, side", [
    ("1000迪往上的", (1000.0, None)), ("价位一千二迪及以下", (None, 1200.0)), ("八百迪内有啥好的", (None, 800.0)),
])
def test_a_figure_in_di_is_dirhams(vocab, text, side):
    assert budget_after(text, vocab) == ("AED", *side)


def test_di_inside_a_name_is_no_currency(vocab):
    assert budget_after("迪士尼联名款3000元以内", vocab) == ("CNY", None, 3000.0)


# --- a year said after its noun and a comparison of amounts: "发布年份不超过2022", "发布年份不低于2023"

@pytest.mark.parametrize("text, side", [
    ("发布年份不超过2022", (None, 2022)), ("发布年份不低于2023", (2023, None)), ("上市年份不低于2021", (2021, None)),
])
def test_a_year_after_its_noun_and_an_amount_comparison_is_a_year_bound(vocab, text, side):
    constraints = constraints_after(text, vocab)
    assert constraints.budget is None
    assert spec_after(text, vocab, "year") == side


def test_an_amount_comparison_without_a_year_noun_stays_a_price(vocab):
    assert budget_after("不低于2000", vocab) == ("CNY", 2000.0, None)


# --- "最差也要" (at worst, still): the least one takes, of a chip or a figure

@pytest.mark.parametrize("text, key, lo", [("最差也要骁龙695", "chip_score", 1900.0), ("屏幕最差也要6.5寸", "screen_in", 6.5)])
def test_at_worst_still_x_is_a_floor(vocab, text, key, lo):
    assert constraints_after(text, vocab).chipset is None
    assert spec_after(text, vocab, key) == (lo, None)


def test_the_worst_ordering_word_alone_sets_no_floor(vocab):
    assert constraints_after("骁龙695", vocab).chipset == "Snapdragon 695"


# --- a Galaxy line said as 盖乐世 and a letter; a series refused as "那个系列pass" or "…例外"

@pytest.mark.parametrize("text, series", [
    ("给我三星盖乐世，但别是盖乐世S", "Galaxy S"), ("三星盖乐世家的，只要不是盖乐世Z", "Galaxy Z"),
    ("三星，不过galaxy a那个系列pass", "Galaxy A"), ("motorola的都行，moto g例外", "Moto G"),
])
def test_a_series_of_a_wanted_brand_refused_is_excluded(vocab, text, series):
    constraints = constraints_after(text, vocab)
    assert series in constraints.exclude_series
    assert len(constraints.brands) == 1 and not constraints.exclude_brands


def test_galaxy_said_alone_stays_the_brand(vocab):
    assert constraints_after("三星盖乐世", vocab).brands == frozenset({"Samsung"})


# --- a screen that bends (弯折) or folds in two (对折), wanted or refused

@pytest.mark.parametrize("text, devices", [
    ("屏幕可以弯折的", {"foldable"}), ("不要对折那种", {"phone"}), ("弯折屏免了", {"phone"}),
])
def test_a_screen_said_to_bend_or_fold_in_two_is_a_foldable(vocab, text, devices):
    assert constraints_after(text, vocab).devices == frozenset(devices)


def test_a_discount_is_no_fold(vocab):
    assert constraints_after("对折价的手机", vocab).devices != frozenset({"foldable"})


# --- a "+" joining two asks closes a refusal's clause, as a comma does

@pytest.mark.parametrize("text, side", [("贵过1200块钱的别推+要5G", (None, 1200.0)), ("贵过1200块钱的别推，要5G", (None, 1200.0))])
def test_a_refusal_before_a_plus_is_closed(vocab, text, side):
    assert budget_after(text, vocab) == ("CNY", *side)


def test_every_other_brand_refused_before_a_plus_leaves_the_exception_wanted(vocab):
    assert constraints_after("除了一加别的牌子不考虑+要5G", vocab).brands == frozenset({"OnePlus"})


# --- a tablet said "pad" first, brands one does not want to see, "怎么也要" (whatever else, at least), a 、 after megapixels

def test_pad_opening_the_message_is_a_tablet(vocab):
    assert constraints_after("pad就行，不要手机", vocab).devices == frozenset({"tablet"})


def test_brands_one_does_not_want_to_see_are_excluded(vocab):
    assert constraints_after("不想看到vivo和Infinix", vocab).exclude_brands == frozenset({"Vivo", "Infinix"})


def test_a_figure_one_must_have_whatever_else_is_a_floor(vocab):
    assert spec_after("mon怎么也要6.8in", vocab, "screen_in") == (6.8, None)


def test_megapixels_in_wan_before_a_list_comma_are_the_cameras(vocab):
    text = "主镜头起码5000万、下限5千块上限6千块"
    assert spec_after(text, vocab, "main_camera_mp") == (50.0, None)
    assert budget_after(text, vocab) == ("CNY", 5000.0, 6000.0)


# --- the spec's noun after a 的, between a side and its refusal: "少于12个G的RAM内存不要", "少于1600万的自拍相机不要"

@pytest.mark.parametrize("text, key, side", [
    ("少于12个G的RAM内存不要", "ram_gb", (12.0, None)), ("少于256GB的储存容量不要", "storage_gb", (256.0, None)),
    ("少于1600万的自拍相机不要", "front_camera_mp", (16.0, None)),
    ("低于4800万的主摄不要", "main_camera_mp", (48.0, None)),
])
def test_a_side_refused_after_the_specs_noun_wants_the_other_side(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_a_side_with_the_specs_noun_and_no_refusal_keeps_its_side(vocab):
    assert spec_after("少于12个G的RAM内存", vocab, "ram_gb") == (None, 12.0)


# --- "去掉" (take out) before a brand, as after it

@pytest.mark.parametrize("text", ["去掉荣耀", "去掉荣耀，运行内存不大于4GB", "荣耀的去掉"])
def test_a_brand_taken_out_is_excluded(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset({"Honor"}))


def test_taking_out_a_filter_is_no_brand_refusal(vocab):
    assert constraints_after("去掉预算限制，要荣耀", vocab).brands == frozenset({"Honor"})


# --- "X的排第一位" puts the X one first (an ordering), as "X的放第一位" does; "排第一的那个" still points at the list

def test_the_superlative_one_ranked_first_is_an_ordering_not_a_reference(vocab):
    understood = understand("电池≥五千毫安，最重的排第一位", vocab)
    assert understood.followup is None
    assert (understood.sort.key, understood.sort.descending) == ("weight_g", True)
    assert spec_after("电池≥五千毫安，最重的排第一位", vocab, "battery_mah") == (5000.0, None)


@pytest.mark.parametrize("text, ref", [("排第一的那个详细说说", 1), ("刚才的第二个详细说说", 2)])
def test_the_one_ranked_first_or_the_second_of_before_is_still_a_reference(vocab, text, ref):
    assert understand(text, vocab).followup.refs == (ref,)


# --- an ordering by RAM said with its capacity: "RAM容量最高", "内存容量最大"

@pytest.mark.parametrize("text", ["RAM容量最高的排第一位", "首选RAM容量最高", "内存容量最大的"])
def test_an_ordering_by_ram_capacity(vocab, text):
    sort = apply(DialogueState(), understand(text, vocab)).sort
    assert (sort.key, sort.descending) == ("ram_gb", True)


def test_a_ram_capacity_figure_is_a_bound_not_an_ordering(vocab):
    assert apply(DialogueState(), understand("RAM容量最高12G", vocab)).sort is None


# --- Moto G and Snapdragon G models written glued: "MotoG", "778g" beside a chip's word

def test_moto_g_glued_is_the_moto_g_line(vocab):
    constraints = constraints_after("MOTOROLA，不过MotoG那个系列pass", vocab)
    assert constraints.brands == frozenset({"Motorola"}) and constraints.exclude_series == frozenset({"Moto G"})


@pytest.mark.parametrize("text", ["处理器不差于778g", "778g及更强的"])
def test_a_snapdragon_g_model_glued_beside_a_chip_word_is_that_chip(vocab, text):
    constraints = constraints_after(text, vocab)
    assert spec_after(text, vocab, "weight_g") is None
    assert spec_after(text, vocab, "chip_score") is not None or constraints.chipset == "Snapdragon 778G"


def test_grams_beside_a_weight_word_stay_a_weight(vocab):
    assert spec_after("重量778g以内", vocab, "weight_g") == (None, 778.0)


# --- a camera's noun right after its figure, before a refusal: "低于48M像素主摄的不要"

def test_a_camera_side_refused_after_its_noun_wants_the_other_side(vocab):
    assert spec_after("低于48M像素主摄的不要 可以上5G", vocab, "main_camera_mp") == (48.0, None)


def test_a_camera_noun_with_a_figure_of_its_own_opens_the_next_ask(vocab):
    text = "前置3200万 主摄5000万"
    assert (spec_after(text, vocab, "front_camera_mp"), spec_after(text, vocab, "main_camera_mp")) == ((32.0, None), (50.0, None))


# --- a "+" glued after a chip and before the next ask joins the asks; before a chip's noun it is the chip's plus

def test_a_plus_after_a_chip_before_the_next_ask_is_a_joiner(vocab):
    assert spec_after("处理器不差于骁龙695+老一点的", vocab, "chip_score") == (1900.0, None)  # the Snapdragon 695's score


def test_a_plus_after_a_chip_before_a_network_ask_joins_the_network(vocab):
    constraints = constraints_after("要骁龙695+五G网络", vocab)
    assert (spec_after("要骁龙695+五G网络", vocab, "chip_score"), constraints.needs_5g) == ((1900.0, None), True)


@pytest.fixture(scope="module")
def full_vocab():
    """The vocabulary of the whole catalog, whose chip table has both the Dimensity 9200 and the 9200+."""
    return Vocabulary.from_catalog(load_catalog(DATA / "phones.csv", DATA / "chipsets.csv"), ALIASES)


@pytest.mark.parametrize(("text", "score"), [("天玑9200+以上", 5400.0), ("天玑9200+及以上的", 5400.0),
                                             ("天玑9200以上", 5200.0)])
def test_a_plus_before_its_own_bound_word_is_the_chips_plus(full_vocab, text, score):
    """"9200+以上" is the Dimensity 9200+ (5400) or better, not the 9200 (5200): 以上 is the plus's bound, no new ask."""
    assert spec_after(text, full_vocab, "chip_score") == (score, None)


def test_a_plus_after_a_chip_before_its_noun_is_the_chips_plus(vocab):
    assert constraints_after("要骁龙480+芯片的", vocab).chipset == "Snapdragon 480+"
