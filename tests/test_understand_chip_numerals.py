"""Chip model numbers written in Chinese numerals after the family word ("骁龙八代一", "天玑九千", "麒麟九千S") are
read as the chip, never as a budget: '天玑九千' had set a ¥9,000 budget and '骁龙八代一' named only the family."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import arabic_chip_models
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, read", [
    ("骁龙八代三", "骁龙8代3"), ("骁龙八Gen3", "骁龙8Gen3"), ("骁龙8gen二", "骁龙8gen2"), ("骁龙八系", "骁龙8系"),
    ("天玑九千", "天玑9000"), ("天玑九千三", "天玑9300"), ("天玑八千二百", "天玑8200"), ("麒麟九零一零", "麒麟9010"),
    ("麒麟九百九十", "麒麟990"), ("麒麟九八零", "麒麟980"), ("高通骁龙八八八", "高通骁龙888"), ("猎户座二四零零", "猎户座2400"),
    ("第二代骁龙八", "第二代骁龙8"), ("骁龙 七", "骁龙 7"),
])
def test_a_model_number_in_chinese_numerals_after_a_chip_family_is_written_in_digits(text, read):
    assert arabic_chip_models(text) == read


@pytest.mark.parametrize("text", ["骁龙两千以内", "骁龙的，三千以内", "天玑三千块左右", "三千以内的天玑手机"])
def test_an_amount_of_money_after_a_chip_family_stays_an_amount(text):
    assert arabic_chip_models(text) == text


@pytest.mark.parametrize("text, chipset", [
    ("骁龙八代三", "Snapdragon 8 Gen 3"), ("想要骁龙八gen二的", "Snapdragon 8 Gen 2"), ("天玑九千三的手机", "MediaTek Dimensity 9300"),
    ("天玑八千三百", "MediaTek Dimensity 8300"), ("麒麟九零一零", "HiSilicon Kirin 9010"), ("第三代骁龙八", "Snapdragon 8 Gen 3"),
    ("驍龍八代二", "Snapdragon 8 Gen 2"),
])
def test_a_chip_named_in_chinese_numerals_is_that_chip(vocab, text, chipset):
    assert slots(understand(text, vocab))["chipset"] == ("set", chipset)


@pytest.mark.parametrize("text", ["天玑九千二的手机", "麒麟九千", "天玑九千三"])
def test_a_chip_named_in_chinese_numerals_sets_no_budget(vocab, text):
    assert "budget" not in slots(understand(text, vocab))


def test_a_budget_beside_a_chip_in_chinese_numerals_is_still_the_budget(vocab):
    found = slots(understand("天玑九千三，预算五千以内", vocab))
    assert (found["chipset"][1], found["budget"][1].hi) == ("MediaTek Dimensity 9300", 5000)


@pytest.mark.parametrize("text, read", [("骁龙七加二代", "骁龙7+ Gen 2"), ("骁龙8+一代", "骁龙8+ Gen 1"), ("骁龙八二代", "骁龙8 Gen 2")])
def test_a_generation_said_before_the_word_for_generation_is_that_generation(text, read):
    assert arabic_chip_models(text) == read


def test_a_plus_between_a_chip_and_another_figure_is_no_part_of_the_chip():
    assert arabic_chip_models("骁龙888加5000毫安") == "骁龙888加5000毫安"
