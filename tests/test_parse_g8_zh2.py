"""Chinese wordings of the blind-8 error analysis, second pass (issues 9 and 10), each read as a general rule, with
the closest wording whose meaning must not change."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import budget_after, constraints_after, spec_after

# --- a chip floor said after the chip: "X这个水平或以上", "X或者比它更强的", "X或者比X更好的", "X等级"


@pytest.mark.parametrize("text, floor", [
    ("骁龙695这个水平或以上", 1900.0), ("天玑8200这个档次或以上", 3900.0), ("Exynos 1480那个级别或以上", 3400.0),
    ("骁龙695或者比它更强的", 1900.0), ("天玑8200或比它快的", 3900.0), ("骁龙695或者比骁龙695更好的", 1900.0),
    ("天玑8200或是比天玑8200还强的", 3900.0), ("至少要天玑8200等级", 3900.0), ("Exynos 1480等级的芯片", 3400.0),
])
def test_a_chip_or_a_faster_one_is_a_floor_that_keeps_the_chip(vocab, text, floor):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, spec_after(text, vocab, "chip_score"), constraints.alternatives) == (None, (floor, None), ())


def test_a_chip_faster_than_one_named_leaves_that_chip_out(vocab):
    assert spec_after("比天玑8200强", vocab, "chip_score") == (3901.0, None)


def test_a_chip_or_something_else_compared_stays_the_chip(vocab):
    assert constraints_after("骁龙695或者比小米便宜的", vocab).chipset == "Snapdragon 695"


@pytest.mark.parametrize("text", ["至少要778G等级", "778G等级或以上"])
def test_a_snapdragon_g_model_before_a_level_word_is_no_weight(vocab, text):
    assert spec_after(text, vocab, "weight_g") is None


def test_grams_beside_a_weight_word_stay_a_weight(vocab):
    assert spec_after("重量778g以内", vocab, "weight_g") == (None, 778.0)


@pytest.mark.parametrize("text", ["as good as the 8 Gen 2 Snapdragon or better", "8 Gen 2 snapdragon或以上"])
def test_a_generation_said_before_its_family_names_no_second_chip(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, spec_after(text, vocab, "chip_score")) == (None, (5000.0, None))


def test_a_generation_said_alone_is_a_snapdragon(vocab):
    assert constraints_after("要8 Gen 2的", vocab).chipset == "Snapdragon 8 Gen 2"


# --- "or else" said in Cantonese (要唔系就) and Hokkien (抑是) between two choices


@pytest.mark.parametrize("text", [
    "三星、电池5000mah以上，要唔系就小米，运行内存从8GB往上",
    "三星嘅电池5000毫安以上，要唔系就运行内存8G以上嘅小米",
    "三星的电池5000毫安以上，抑是运行内存8G以上的小米",
    "三星，电池不低于5000mAh，抑是小米，运存不低于8G",
])
def test_or_else_in_dialect_parts_two_choices(vocab, text):
    sides = constraints_after(text, vocab).alternatives
    assert [(side.brands, side.specs) for side in sides] == [
        (frozenset({"Samsung"}), (("battery_mah", sides[0].specs[0][1]),)),
        (frozenset({"Xiaomi"}), (("ram_gb", sides[1].specs[0][1]),)),
    ]
    assert (sides[0].specs[0][1].lo, sides[1].specs[0][1].lo) == (5000.0, 8.0)


def test_were_it_not_for_is_no_choice(vocab):
    constraints = constraints_after("要不是价格太贵，我就买三星了", vocab)
    assert (constraints.brands, constraints.alternatives) == (frozenset({"Samsung"}), ())


# --- a brand or an amount by a character of its sound: 摩托罗啦 (摩托罗拉), 作右 (左右)


@pytest.mark.parametrize("text", ["摩托羅啦的就免了", "不要摩托罗啦", "摩托罗啦的不考虑"])
def test_motorola_by_a_near_character_is_motorola(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Motorola"})


@pytest.mark.parametrize("text, budget", [
    ("1200RMB作右", ("CNY", 1020.0, 1380.0)), ("一万二块钱作右", ("CNY", 10200.0, 13800.0)),
    ("50000INR作右", ("INR", 42500.0, 57500.0)),
])
def test_about_by_a_near_character_is_about(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_about_said_right_stays_about(vocab):
    assert budget_after("1200RMB左右", vocab) == ("CNY", 1020.0, 1380.0)



# --- a range said "X和Y中间" (between X and Y) as "X和Y之间" is


@pytest.mark.parametrize("text, budget", [
    ("4K块和12K块中间", ("CNY", 4000.0, 12000.0)), ("8000和12000中间", ("CNY", 8000.0, 12000.0)),
    ("400迪拉姆和1200迪拉姆中间", ("AED", 400.0, 1200.0)), ("價位在３０００同５０００中間", ("CNY", 3000.0, 5000.0)),
])
def test_two_amounts_with_zhongjian_are_a_range(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_two_brands_with_zhongjian_stay_brands(vocab):
    constraints = constraints_after("三星和小米中间选一个，3000以内", vocab)
    assert (constraints.brands, budget_after("三星和小米中间选一个，3000以内", vocab)) == \
        (frozenset({"Samsung", "Xiaomi"}), ("CNY", None, 3000.0))


# --- a ceiling said 天花板 (the ceiling) or 卡在 (held at)


@pytest.mark.parametrize("text", ["价格天花板3500", "3500是天花板", "预算天花板就3500"])
def test_the_ceiling_word_caps_the_budget(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 3500.0)


@pytest.mark.parametrize("text", ["预算卡在8000，不能超", "预算卡在8000", "预算卡死在8000", "预算控制在8000"])
def test_a_budget_held_at_an_amount_caps_it(vocab, text):
    assert budget_after(text, vocab) == ("CNY", None, 8000.0)


def test_a_budget_held_about_an_amount_stays_about(vocab):
    assert budget_after("预算卡在8000左右", vocab) == ("CNY", 6800.0, 9200.0)


# --- a brand not to be shown to the shopper: "X就不用给我推了"; Xiaomi spelled apart ("xiao mi")


@pytest.mark.parametrize("text, brand", [
    ("xiao mi就不用给我推了", "Xiaomi"), ("POCO就不用给我推了", "POCO"), ("联想就不用給我推了", "Lenovo"),
    ("三星就不用给我们介绍了", "Samsung"), ("麻烦别给我推ｘｉａｏ ｍｉ", "Xiaomi"), ("除了xiao mi，別的牌子都行", "Xiaomi"),
])
def test_a_brand_not_to_be_shown_is_excluded(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset({brand}))


def test_xiaomi_spelled_apart_and_wanted_stays_wanted(vocab):
    assert constraints_after("ｘｉａｏ ｍｉ，要自拍前摄大于等于３２ＭＰ", vocab).brands == frozenset({"Xiaomi"})


def test_a_brand_with_something_else_not_needed_stays_wanted(vocab):
    assert constraints_after("三星不用给我打折", vocab).brands == frozenset({"Samsung"})


# --- a series named twice in two scripts ("红米 Redmi"), or with its brand ("OPPO Reno") while the brand is wanted


@pytest.mark.parametrize("text", ["小米的，红米 Redmi莫推", "xiao mi的，红米 Redmi系列pass", "小米，Redmi红米的不要"])
def test_a_series_named_in_two_scripts_and_refused_is_that_series(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Xiaomi"}), frozenset({"Redmi"}))


@pytest.fixture(scope="module")
def reno_vocab():
    """A vocabulary whose Oppo makes a Reno, which the real alias table spells as an Oppo name ("reno")."""
    return Vocabulary.build(brands=["Oppo", "Samsung"], chipsets=[], reference_year=2024,
                            families=[("Oppo", "Reno11 Pro"), ("Oppo", "Find X7"), ("Samsung", "Galaxy S24")],
                            aliases={"reno": frozenset({"Oppo"}), "欧珀": frozenset({"Oppo"}),
                                     "galaxy": frozenset({"Samsung"})})


@pytest.mark.parametrize("text", ["OPPO的，但是別要OPPO Reno", "欧泊嘅，唔要oppo reno", "OPPO的就行，不过OPPO Reno不要"])
def test_a_series_refused_with_its_brand_wanted_apart_is_that_series(reno_vocab, text):
    constraints = constraints_after(text, reno_vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Oppo"}), frozenset({"Reno"}))


@pytest.mark.parametrize("text, brand", [("别要OPPO Reno", "Oppo"), ("keep Samsung Galaxy off the list", "Samsung")])
def test_a_brand_and_its_line_refused_alone_refuse_the_brand(reno_vocab, text, brand):
    constraints = constraints_after(text, reno_vocab)
    assert (constraints.exclude_brands, constraints.exclude_series) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, line", [("三星家除了GalaxyA系列都行", "Galaxy A"), ("三星的，不要galaxyZ", "Galaxy Z")])
def test_a_galaxy_line_glued_to_its_letter_is_that_line(vocab, text, line):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Samsung"}), frozenset({line}))


def test_galaxies_in_lower_case_name_no_line(vocab):
    assert constraints_after("galaxys", vocab).series == frozenset()


# --- a superlative with a figure after it is a bound, not an ordering: "上市时间最晚2020年", "运行内存最多就4GB"


@pytest.mark.parametrize("text, key, side", [
    ("上市时间最晚2020年", "year", (None, 2020)), ("发布时间最晚也就2021年", "year", (None, 2021)),
    ("运行内存最多就4GB", "ram_gb", (None, 4.0)), ("运存最多就4G", "ram_gb", (None, 4.0)),
    ("电池最大就5000毫安", "battery_mah", (None, 5000.0)),
])
def test_a_superlative_before_its_figure_is_a_bound(vocab, text, key, side):
    assert (spec_after(text, vocab, key), _sort(text, vocab)) == (side, None)


@pytest.mark.parametrize("text, key", [("上市时间最晚的", "year"), ("运行内存最多的", "ram_gb")])
def test_a_superlative_without_a_figure_stays_an_ordering(vocab, text, key):
    assert _sort(text, vocab) == Sort(key, True)


# --- an ordering before a budget with its own currency word and side: "最轻的 1500美金以内"


@pytest.mark.parametrize("text, order", [
    ("来个手感最轻的 1500美金以内", Sort("weight_g", False)), ("来个最便宜的 300刀以内", Sort("price", False)),
])
def test_an_ordering_before_a_sided_budget_stays_an_ordering(vocab, text, order):
    assert _sort(text, vocab) == order


def test_a_superlative_glued_to_its_figure_stays_a_bound(vocab):
    assert (spec_after("最重200克", vocab, "weight_g"), _sort("最重200克", vocab)) == ((None, 200.0), None)


# --- a floor said "以X打底", "X起步" after a camera's megapixels in M


@pytest.mark.parametrize("text, key, floor", [
    ("主摄以50M打底", "main_camera_mp", 50.0), ("主攝以48M打底", "main_camera_mp", 48.0),
    ("前置以16M保底", "front_camera_mp", 16.0), ("后置48m起跳", "main_camera_mp", 48.0),
])
def test_megapixels_with_a_floor_word_after_are_the_least(vocab, text, key, floor):
    assert spec_after(text, vocab, key) == (floor, None)


def test_megapixels_with_a_ceiling_word_after_stay_the_most(vocab):
    assert spec_after("主摄50M以下", vocab, "main_camera_mp") == (None, 50.0)


# --- English inside Chinese: "& under" as "and under", "i won't take a X"


@pytest.mark.parametrize("text, side", [
    ("battery 4000 MAH & under", (None, 4000.0)), ("battery 4500mah & below", (None, 4500.0)),
    ("battery 4000 mah & up", (4000.0, None)),
])
def test_the_and_sign_before_a_side_word_is_and(vocab, text, side):
    assert spec_after(text, vocab, "battery_mah") == side


@pytest.mark.parametrize("text, brand", [
    ("重量不超過190克就行！i won't take a Lenova", "Lenovo"), ("i'd never buy a Sony", "Sony"),
    ("i will not accept a Samsung", "Samsung"),
])
def test_a_brand_the_shopper_will_not_take_is_excluded(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(), frozenset({brand}))


def test_a_brand_the_shopper_will_take_stays_wanted(vocab):
    assert constraints_after("i'll take a Samsung", vocab).brands == frozenset({"Samsung"})


# --- kinds of one scope joined by "or" ("大折叠或者小折叠") leave the spec said with them to the whole request


@pytest.mark.parametrize("text", ["要大折叠或者小折叠、机身闪存至少要512G", "大折叠或小折叠，存储512G以上"])
def test_a_choice_of_kinds_of_one_scope_is_no_choice(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.devices, constraints.alternatives, spec_after(text, vocab, "storage_gb")) == \
        (frozenset({"foldable"}), (), (512.0, None))


def test_a_choice_between_two_kinds_stays_a_choice(vocab):
    assert len(constraints_after("一台平板，或者一台512G的折叠屏", vocab).alternatives) == 2


def _sort(text: str, vocab) -> Sort | None:
    return apply(DialogueState(), understand(text, vocab)).sort


# --- "或者" before a bound word is part of the bound ("2022年或者更早"), not a choice


@pytest.mark.parametrize("text, year", [
    ("2022年或者更早嘅、機身存儲不能低於256g", (None, 2022)), ("2023年或是更新的，存储256G以上", (2023, None)),
])
def test_or_before_a_bound_word_is_no_choice(vocab, text, year):
    constraints = constraints_after(text, vocab)
    assert (constraints.alternatives, spec_after(text, vocab, "year"), spec_after(text, vocab, "storage_gb")) == \
        ((), year, (256.0, None))


def test_or_before_a_brand_with_its_own_ask_stays_a_choice(vocab):
    assert len(constraints_after("三星的主摄4800万以上，或者前置2000万以上的真我", vocab).alternatives) == 2


# --- two clauses, each a brand with its own ask, one offered with 也成 (will do too)


@pytest.mark.parametrize("text", ["三星的，主摄4800万起步，真我，前置2000万以上也成", "三星，主摄4800万以上，真我前置2000万以上都成"])
def test_a_clause_offered_with_yecheng_is_a_choice(vocab, text):
    sides = constraints_after(text, vocab).alternatives
    assert [side.brands for side in sides] == [frozenset({"Samsung"}), frozenset({"Realme"})]


# --- Xiaomi's pinyin written apart ("xiao mi") inside a side of a choice


def test_xiaomi_written_apart_names_its_side(vocab):
    sides = constraints_after("电池4000毫安打底的xiao mi，要不就Tecno家Ram不低于8gb的吧", vocab).alternatives
    assert [side.brands for side in sides] == [frozenset({"Xiaomi"}), frozenset({"Tecno"})]


# --- the Tensor family said with its letter and no generation ("Tensor G平台")


@pytest.mark.parametrize("text", ["Ｔｅｎｓｏｒ Ｇ平台的不要", "Tensor G平台的不要", "tensor g的不考虑"])
def test_the_tensor_g_family_refused_is_excluded(vocab, text):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({"Tensor"})


def test_a_tensor_generation_stays_that_chip(vocab):
    assert spec_after("Tensor G3以上", vocab, "chip_score") is not None


# --- "one plus" beside Chinese words is OnePlus, in a side of a choice too


def test_one_plus_written_apart_beside_chinese_names_its_side(vocab):
    sides = constraints_after("Infinix的，4000MAH電池起步，或起碼有64MP主攝的one plus，皆可？", vocab).alternatives
    assert [side.brands for side in sides] == [frozenset({"Infinix"}), frozenset({"OnePlus"})]


def test_one_plus_in_english_after_a_brand_stays_a_description(vocab):
    assert constraints_after("a Sony one plus 5G", vocab).brands == frozenset({"Sony"})
