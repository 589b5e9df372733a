"""Chinese wordings of the blind-8 error analysis (issues 9 and 10), each read as a general rule, with the closest
wording whose meaning must not change."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after

# --- dialect negations: southern and western 莫 (别), northern 甭 (不用), "别给我整" (don't get me)

@pytest.mark.parametrize("text", ["莫要三星", "三星莫推", "三星的莫要", "三星的甭推了", "三星甭考虑", "别给我整三星的",
                                  "别给咱整三星", "三星和OPPO的都甭推"])
def test_a_brand_refused_in_dialect_is_excluded(vocab, text):
    constraints = constraints_after(text, vocab)
    assert "Samsung" in constraints.exclude_brands
    assert not constraints.brands


def test_a_brand_got_for_the_shopper_stays_wanted(vocab):
    assert constraints_after("给我整个三星的", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, key, side", [
    ("存储莫超过64个G", "storage_gb", (None, 64.0)), ("Ram甭超过8个G", "ram_gb", (None, 8.0)),
    ("电池莫超4500毫安", "battery_mah", (None, 4500.0)),
])
def test_a_figure_said_not_to_be_passed_in_dialect_is_a_ceiling(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_a_figure_passed_without_a_negation_stays_a_floor(vocab):
    assert spec_after("存储超过64个G", vocab, "storage_gb") == (64.0, None)


def test_about_said_as_yuemo_stays_about(vocab):
    assert budget_after("约莫3000块", vocab) == ("CNY", 2550.0, 3450.0)


@pytest.mark.parametrize("text", ["折叠屏甭推", "折叠屏莫推", "折叠的甭考虑"])
def test_foldables_refused_in_dialect_leave_phones(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


# --- a refusal said after the brands with 拒绝: "真我和摩托罗拉我都拒绝"

@pytest.mark.parametrize("text", ["真我和摩托罗拉我都拒绝", "真我、摩托罗拉一律拒绝", "真我和摩托罗拉都拒绝了"])
def test_brands_refused_after_with_jujue_are_excluded(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset({"Realme", "Motorola"}))


def test_brands_said_fine_after_stay_wanted(vocab):
    assert constraints_after("真我和摩托罗拉我都可以", vocab).brands == frozenset({"Realme", "Motorola"})


# --- a brand by a character of its sound: 容耀 (荣耀), 欧泊 (欧珀), the joke name 诺鸡鸭 (诺基亚)

@pytest.mark.parametrize("text, brand", [("只买容耀家的", "Honor"), ("品牌要欧泊", "Oppo"), ("要诺鸡鸭嘅", "Nokia"),
                                         ("諾雞鴨的就行", "Nokia")])
def test_a_brand_by_a_character_of_its_sound_is_that_brand(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


def test_a_word_sharing_a_character_names_no_brand(vocab):
    assert not constraints_after("电池容量要大", vocab).brands


# --- a unit, a kind or a side word by a character of its sound: 豪安 (毫安), 平版 (平板), 折迭 (折叠), 作右 (左右),
# 已内 (以内)

@pytest.mark.parametrize("text, side", [("电池4500豪安及以下", (None, 4500.0)), ("电池可别超4000豪安", (None, 4000.0)),
                                        ("电池5000豪安以上", (5000.0, None))])
def test_milliamp_hours_by_a_near_character_are_the_battery(vocab, text, side):
    assert spec_after(text, vocab, "battery_mah") == side


@pytest.mark.parametrize("text, kind", [("只看平版", "tablet"), ("折迭屏", "foldable"), ("要摺疊屏", "foldable")])
def test_a_device_kind_by_a_near_character_is_that_kind(vocab, text, kind):
    assert constraints_after(text, vocab).devices == frozenset({kind})


@pytest.mark.parametrize("text, budget", [("3000软妹币作右", ("CNY", 2550.0, 3450.0)), ("3000块作右", ("CNY", 2550.0, 3450.0)),
                                          ("1500已內", ("CNY", None, 1500.0)), ("两千块已下", ("CNY", None, 2000.0))])
def test_a_side_word_by_a_near_character_keeps_its_side(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_already_built_in_is_no_side_word(vocab):
    assert constraints_after("5G已内置", vocab).budget is None


# --- about and at least in speech: 大约摸 (about), 咋也得 (whatever else, at least)

@pytest.mark.parametrize("text", ["大约摸3000块", "约摸3000块", "大约摸3000"])
def test_a_price_said_yuemo_is_about_it(vocab, text):
    assert budget_after(text, vocab) == ("CNY", 2550.0, 3450.0)


@pytest.mark.parametrize("text, key, side", [
    ("屏幕咋也得6.8寸", "screen_in", (6.8, None)), ("分量咋也得200克", "weight_g", (200.0, None)),
    ("电池咋都得5000毫安", "battery_mah", (5000.0, None)),
])
def test_a_figure_said_whatever_else_is_a_floor(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_a_figure_whatever_else_not_passed_is_a_ceiling(vocab):
    assert spec_after("屏幕咋也不能超过6.5寸", vocab, "screen_in") == (None, 6.5)


# --- a maker of several brands glued to one of them: "传音Infinix" is Infinix

@pytest.mark.parametrize("text, brand", [("传音Infinix的不要", "Infinix"), ("传音 TECNO的莫推", "Tecno"),
                                         ("不要传音Infinix", "Infinix")])
def test_a_makers_name_before_its_brand_refuses_that_brand_only(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


def test_a_maker_refused_alone_refuses_all_its_brands(vocab):
    assert constraints_after("传音的不要", vocab).exclude_brands == frozenset({"Tecno", "Infinix"})


# --- a year: "过了2021年出的不要" (past it, refused), 新过 (Cantonese newer than), "最晚到2019年" (at the latest), and a year
# conceded after its side ("2020年之后的，2020年的也算")

@pytest.mark.parametrize("text, side", [
    ("过了2021年出的不要", (None, 2021)), ("新过2020年嘅唔要", (None, 2020)), ("新過2022年的不要", (None, 2022)),
    ("最晚到2019年的", (None, 2019)), ("最晚也就2021年的", (None, 2021)), ("最迟到2020年", (None, 2020)),
    ("2020年之后的，2020年的也算", (2020, None)), ("2021年以后，2021年的也算在内", (2021, None)),
])
def test_a_year_said_past_or_at_the_latest_or_conceded_keeps_its_side(vocab, text, side):
    assert spec_after(text, vocab, "year") == side


def test_a_year_past_and_wanted_is_strictly_newer(vocab):
    assert spec_after("过了2021年的", vocab, "year") == (2022, None)


def test_a_year_asked_about_stays_that_year(vocab):
    assert spec_after("2023年的可以吗", vocab, "year") == (2023, 2023)


# --- a figure lacked and refused is the least one takes: "主摄冇108M唔要", "运行内存莫得12gb的不要", "没有5000毫安的不要"

@pytest.mark.parametrize("text, key, side", [
    ("主摄冇108M唔要", "main_camera_mp", (108.0, None)), ("Ram冇4个G唔要", "ram_gb", (4.0, None)),
    ("运行内存莫得12gb的不要", "ram_gb", (12.0, None)), ("电池没有5000毫安的不要", "battery_mah", (5000.0, None)),
    ("运行内存冇12g唔得", "ram_gb", (12.0, None)),
])
def test_a_figure_lacked_and_refused_is_a_floor(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_a_budget_said_to_fall_short_of_a_figure_is_below_it(vocab):
    assert budget_after("预算没有3000", vocab) == ("CNY", None, 3000.0)


def test_a_size_refused_without_lacking_wants_the_next_size(vocab):
    assert spec_after("12G的内存不要", vocab, "ram_gb") == (16.0, None)


# --- brands and chips by other names: 新力 (Sony's old name), "i phone", 联发科技 (MediaTek in full)

@pytest.mark.parametrize("text, brand", [("品牌只限新力", "Sony"), ("挑一个 i phone", "Apple"), ("i phone的就行", "Apple")])
def test_a_brand_by_an_older_or_spaced_name_is_that_brand(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


def test_i_phone_said_as_a_verb_names_no_brand(vocab):
    assert not constraints_after("should i phone the shop", vocab).brands


@pytest.mark.parametrize("text", ["联发科技的不要了", "聯發科技的除外", "不要联发科技的芯片"])
def test_mediatek_by_its_full_name_is_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({"MediaTek"})


# --- orderings: the front camera's lens named ("前置镜头像素最高"), the heaviest as 最有分量, the screen's 寸数

@pytest.mark.parametrize("text, key, descending", [
    ("前置镜头像素最高的优先推", "front_camera_mp", True), ("前摄像头像素最大的", "front_camera_mp", True),
    ("我要最有分量的", "weight_g", True), ("挑一款屏幕寸数最大的给我", "screen_in", True), ("尺寸最大的", "screen_in", True),
])
def test_a_superlative_by_its_aspects_other_words_orders_by_it(vocab, text, key, descending):
    sort = understand(text, vocab).sort
    assert sort is not None and (sort.key, sort.descending) == (key, descending)


def test_the_rear_cameras_pixels_highest_orders_by_the_main_camera(vocab):
    sort = understand("后置主摄像头像素最高的优先推", vocab).sort
    assert sort is not None and sort.key == "main_camera_mp"


def test_a_brand_said_wont_do_in_cantonese_is_excluded(vocab):
    assert constraints_after("三星唔得", vocab).exclude_brands == frozenset({"Samsung"})


def test_a_brand_asked_whether_it_will_do_stays_wanted(vocab):
    assert constraints_after("三星得唔得", vocab).brands == frozenset({"Samsung"})
