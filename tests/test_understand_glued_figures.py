"""A brand name glued to an amount ("vivo3000以内", "预算3000vivo") is a brand and an amount: the budget had been
dropped without a word while the brand was kept, or neither was read."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import separated_figures
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text, read", [
    ("vivo3000以内", "vivo 3000以内"), ("redmi1500左右", "redmi 1500左右"), ("预算3000vivo", "预算3000 vivo"),
    ("2000元oppo", "2000元oppo"),
])
def test_a_latin_word_glued_to_an_amount_is_set_apart(text, read):
    assert separated_figures(text) == read


@pytest.mark.parametrize("text", [
    "iphone15以内", "6000mah电池", "5000mpx", "骁龙8gen3", "天玑9300plus", "3000rmb", "mate60pro", "128gb", "骁龙888plus",
])
def test_units_model_numbers_and_chip_suffixes_stay_glued(text):
    assert separated_figures(text) == text


@pytest.mark.parametrize("text, brand, hi", [
    ("vivo3000以内", "Vivo", 3000), ("oppo2000以下的", "Oppo", 2000), ("预算3000vivo", "Vivo", 3000),
    ("samsung4000以内", "Samsung", 4000),
])
def test_a_brand_glued_to_a_budget_sets_both(vocab, text, brand, hi):
    found = slots(understand(text, vocab))
    assert (found["brands"][1], budget_read(vocab, text)) == (frozenset({brand}), ("CNY", None, hi))


def test_a_brand_glued_to_an_amount_around_it_is_a_budget_around_that_amount(vocab):
    budget = slots(understand("redmi1500左右", vocab))["budget"][1]
    assert budget.around == 1500
