"""Chinese wordings of the blind-9 error analysis (issue 9), each read as a general rule, with the closest wording
whose meaning must not change."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


def sort_of(text, vocab):
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


# --- brands typed by a character of their sound, or with a zero for the letter o

@pytest.mark.parametrize("text, brand", [
    ("晓米以外的一概不要", "Xiaomi"), ("只要筱米的", "Xiaomi"), ("我只信得过联响", "Lenovo"), ("要连想的", "Lenovo"),
    ("摩托萝拉的就行", "Motorola"), ("品牌锁定摩托洛拉", "Motorola"), ("牌子必须是谷狗", "Google"),
    ("就认Pocophone这个牌子", "POCO"), ("品牌锁定viv0", "Vivo"), ("0ppo的就好", "Oppo"), ("只看m0torola", "Motorola"),
])
def test_a_brand_typed_by_its_sound_or_with_a_zero_is_that_brand(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


def test_two_zeroed_names_glued_are_both_refused(vocab):
    assert constraints_after("0ppovivo都pass", vocab).exclude_brands == frozenset({"Oppo", "Vivo"})


@pytest.mark.parametrize("text", ["Galaxy A50或者X100", "三星A50"])
def test_a_model_number_keeps_its_zeros(vocab, text):
    assert "Oppo" not in constraints_after(text, vocab).brands


def test_a_plain_brand_after_a_figure_stays_itself(vocab):
    assert constraints_after("预算3000元 oppo", vocab).brands == frozenset({"Oppo"})


# --- a brand refused by a detour, a bad experience, a fear, each of a list, or twice

@pytest.mark.parametrize("text, brands", [
    ("POCO的请绕道", {"POCO"}), ("苹果的请绕道走", {"Apple"}), ("小米绕道", {"Xiaomi"}),
    ("索尼的踩过雷了，不要", {"Sony"}), ("三星踩过坑，不考虑", {"Samsung"}), ("华为被坑过，别推", {"Huawei"}),
    ("真我还有三星，一个都不要", {"Realme", "Samsung"}), ("小米华为，两个都算了", {"Xiaomi", "Huawei"}),
    ("小米和华为，哪家都不考虑", {"Xiaomi", "Huawei"}),
    ("三星？不要不要", {"Samsung"}), ("华为算了算了", {"Huawei"}), ("一加？不要不要，唔该", {"OnePlus"}),
])
def test_a_brand_refused_in_a_clause_after_it_is_excluded(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset(brands))


@pytest.mark.parametrize("text", ["小米华为，哪个都行", "小米华为，两个都可以"])
def test_a_list_said_fine_for_each_stays_wanted(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Xiaomi", "Huawei"})


def test_not_wanted_not_wanted_as_praise_refuses_nothing(vocab):
    assert not constraints_after("三星拍照好得不要不要的", vocab).exclude_brands  # 得不要不要的: "extremely"


@pytest.mark.parametrize("text", ["非Tecno莫扰", "非传音Tecno莫扰", "非Tecno勿扰"])
def test_none_but_a_brand_do_not_disturb_wants_only_it(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Tecno"})


def test_a_brand_do_not_disturb_alone_is_refused(vocab):
    assert constraints_after("Tecno莫扰", vocab).exclude_brands == frozenset({"Tecno"})


# --- Chinese rough amounts, a hard cap said as "not a cent more", a floor paid

@pytest.mark.parametrize("text", ["估摸着3500块", "大概齐3500块", "差不离3500块", "大差不差3500块", "3500块咁上下",
                                  "3500块，多点少点都行", "3500块，多一点少一点都可以", "预算3500块，可以稍微上下浮动"])
def test_an_amount_said_roughly_is_about_it(vocab, text):
    assert budget_after(text, vocab) == ("CNY", 2975.0, 4025.0)


@pytest.mark.parametrize("text", ["俺就2,500，多一分都不行", "2500，多一分钱也不行", "2500块，多一块都不行"])
def test_not_a_cent_more_is_a_ceiling(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 2500.0)


def test_a_little_more_allowed_is_no_about(vocab):
    assert budget_after("1500块，多点钱也行", vocab) != ("CNY", 1275.0, 1725.0)


@pytest.mark.parametrize("text", ["顶破天也就1500", "顶破天1500", "顶天也就1500"])
def test_at_the_very_most_is_a_ceiling(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 1500.0)


@pytest.mark.parametrize("text", ["最少出1万块", "起码花1万块", "最低掏1万块"])
def test_the_least_paid_is_a_floor(vocab, text):
    assert budget_after(text, vocab) == ("CNY", 10000.0, None)


def test_the_most_paid_stays_a_ceiling(vocab):
    assert budget_after("最多出1万块", vocab) == ("CNY", None, 10000.0)


@pytest.mark.parametrize("text", ["五千 rmb都不到的就别推了", "五千块也不到的不要"])
def test_an_amount_not_even_reached_refused_is_a_floor(vocab, text):
    assert budget_after(text, vocab) == ("CNY", 5000.0, None)


@pytest.mark.parametrize("text", ["价格在1.2Kdhs之内", "预算1.2kdhs以内", "1.2Kdh以内"])
def test_thousands_glued_to_dirhams_are_dirhams(vocab, text):
    assert budget_after(text, vocab) == ("AED", None, 1200.0)


# --- orderings: a modal or a bracket between aspect and direction, a verb reaching the top, a ceiling

@pytest.mark.parametrize("text, order", [
    ("重量要降序排", ("weight_g", True)), ("屏幕寸数要低→高排", ("screen_in", False)), ("价格得升序排", ("price", False)),
    ("以屏幕寸数排序（升序）", ("screen_in", False)), ("以重量排序（高→低）", ("weight_g", True)),
    ("按屏幕排：低→高", ("screen_in", False)), ("排序方式=屏幕寸数升序", ("screen_in", False)),
    ("依照主摄分辨率降序", ("main_camera_mp", True)), ("前置分辨率要高→低排", ("front_camera_mp", True)),
    ("屏幕寸数降序列出来", ("screen_in", True)),
])
def test_an_ordering_said_with_words_between_is_read(vocab, text, order):
    assert sort_of(text, vocab) == order


def test_an_ordering_by_an_aspect_alone_starts_at_its_better_end(vocab):
    assert sort_of("以重量排序", vocab) == ("weight_g", False)


@pytest.mark.parametrize("text, order", [
    ("只看运存拉到最大的", ("ram_gb", True)), ("屏幕做到最大的", ("screen_in", True)), ("电池块头最大的", ("battery_mah", True)),
    ("容量最大的来一台", ("storage_gb", True)), ("哪个容量最大就哪个", ("storage_gb", True)),
    ("给推个性能天花板的", ("performance", True)), ("续航天花板的那种", ("battery_mah", True)),
])
def test_a_superlative_reached_by_a_verb_or_a_ceiling_is_an_ordering(vocab, text, order):
    assert sort_of(text, vocab) == order


def test_the_battery_capacity_stays_the_battery(vocab):
    assert sort_of("电池容量最大的", vocab) == ("battery_mah", True)


def test_a_price_ceiling_with_a_figure_stays_a_budget(vocab):
    assert budget_after("价格天花板3500", vocab) == ("CNY", None, 3500.0)
    assert sort_of("价格天花板3500", vocab) is None


# --- launch years: capped by 截止, the named year conceded, that very year, a bare sign, a refusal closing a clause

@pytest.mark.parametrize("text, side", [
    ("2022年截止的", (None, 2022)), ("2022年截至的款", (None, 2022)),
    ("2021年之前出的，2021年也行", (None, 2021)), ("2021年以前的，2021年也可以", (None, 2021)),
    ("2022年当年或之后发布", (2022, None)), ("2022年当年及以后", (2022, None)),
    ("≥2021 launch", (2021, None)), ("≤2021年", (None, 2021)), (">=2021年", (2021, None)),
    ("2021年以后出的，含2021年", (2021, None)), ("最老也得是2021年的", (2021, None)), ("最老都要是2021年的", (2021, None)),
    ("迟过2019年嘅唔要", (None, 2019)),
])
def test_a_launch_year_side_is_read(vocab, text, side):
    assert spec_after(text, vocab, "year") == side


def test_a_year_before_without_a_concession_leaves_it_out_as_said(vocab):
    assert spec_after("2021年之前出的", vocab, "year") == (None, 2021)


def test_the_oldest_alone_stays_an_ordering(vocab):
    assert sort_of("最老的", vocab) == ("year", False)


def test_a_refusal_closing_the_clause_before_a_space_does_not_turn_the_year(vocab):
    assert spec_after("不是5G的不考虑 2020年后(含当年)发的", vocab, "year") == (2020, None)


def test_a_refusal_right_before_a_year_still_turns_it(vocab):
    assert spec_after("不考虑2020年后发的", vocab, "year") == (None, 2019)


# --- chips: refused by 片子 or 不能用, wanted alone by 非X不要, 一律 no model number, 小龙 by its chip word

@pytest.mark.parametrize("text, chip", [
    ("麒麟一律pass", "Kirin"), ("骁龙一概不要", "Snapdragon"), ("Helio的片子就算了", "Helio"), ("天玑的片子不要", "Dimensity"),
    ("芯片不能用Helio", "Helio"), ("处理器不可以用骁龙", "Snapdragon"), ("麒麟芯片的芯片统统不要", "Kirin"),
])
def test_a_chip_refused_is_excluded(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset({chip}))


def test_a_chip_model_in_chinese_numerals_stays_a_model(vocab):
    assert "9000" in (constraints_after("麒麟九零零零", vocab).chipset or "")


@pytest.mark.parametrize("text, chip", [("非联发科不要", "MediaTek"), ("非天玑不要，感谢", "Dimensity"),
                                        ("非麒麟芯片不要", "Kirin"), ("除了骁龙都不要", "Snapdragon")])
def test_none_but_a_chip_wants_only_it(vocab, text, chip):
    assert constraints_after(text, vocab).chipset == chip


@pytest.mark.parametrize("text", ["非天玑", "除了骁龙，天玑也不要"])
def test_a_chip_excepted_without_a_refusal_of_the_rest_is_refused(vocab, text):
    assert "Dimensity" in constraints_after(text, vocab).exclude_chipsets


@pytest.mark.parametrize("text", ["小龙的U就得", "小龙的片子", "要小龙芯片"])
def test_xiaolong_before_a_chip_word_is_snapdragon(vocab, text):
    assert constraints_after(text, vocab).chipset == "Snapdragon"


def test_xiaolong_alone_is_no_chip(vocab):
    assert constraints_after("小龙说要买手机", vocab).chipset is None


# --- device kinds: 褶叠 for 折叠, the book fold and the flip, "this kind" refused

@pytest.mark.parametrize("text", ["大折小折都行", "小折就好", "褶叠屏", "要褶叠的"])
def test_a_folding_phone_by_its_shop_name_is_a_foldable(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"foldable"})


def test_a_small_discount_is_no_foldable(vocab):
    assert not constraints_after("有小折扣吗", vocab).devices


@pytest.mark.parametrize("text", ["褶叠屏那种不要", "折叠屏这种就免了", "摺疊屏這種就免了", "折叠的那类不要"])
def test_foldables_of_this_kind_refused_leave_phones(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


# --- a refusal closed by a tilde, 莫 before a Cantonese comparative, 好歹 as a floor

@pytest.mark.parametrize("text", ["联想的踩过雷了，不要~", "联想？不要～", "联想，算了~"])
def test_a_refusal_closed_by_a_tilde_refuses(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Lenovo"})


@pytest.mark.parametrize("text", ["性能莫低过8G2", "性能莫低于骁龙8 Gen 2", "性能别低过骁龙8 Gen 2"])
def test_a_chip_not_to_be_fallen_below_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "chip_score") == (5000.0, None)


def test_a_chip_fallen_below_without_a_negation_is_a_ceiling(vocab):
    assert spec_after("性能低过骁龙8 Gen 2", vocab, "chip_score") == (None, 5000.0)


@pytest.mark.parametrize("text, key, side", [("重量好歹两百二十克", "weight_g", (220.0, None)),
                                             ("运存好歹8G", "ram_gb", (8.0, None)), ("电池好歹5000毫安", "battery_mah", (5000.0, None))])
def test_at_any_rate_is_a_floor(vocab, text, key, side):
    assert spec_after(text, vocab, key) == side


def test_at_any_rate_without_a_figure_bounds_nothing(vocab):
    assert not constraints_after("好歹给个推荐", vocab).specs
