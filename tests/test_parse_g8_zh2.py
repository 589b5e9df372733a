"""Chinese wordings of the blind-8 error analysis, second pass (issues 9 and 10), each read as a general rule, with
the closest wording whose meaning must not change."""

from __future__ import annotations

import pytest

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

