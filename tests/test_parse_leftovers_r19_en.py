"""English leftovers noticed before round 19 (issue 9): a fallback brand said "or if not" (no refusal), and wordings
checked to be read already (a brand wanted with one of its lines refused, a refusal said after the budget, a currency said
on the second figure of a range only, typos read through the speller with a note, an alternative with specs of its own)."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import TIER_WITHOUT_LINE, understand
from tests.helpers import budget_after, constraints_after


@pytest.mark.parametrize("text, brands", [
    ("xiaomi or if not HONOUR", {"Honor", "Xiaomi"}), ("if not samsung then oppo", {"Oppo", "Samsung"}),
    ("a Pixel, or if not a Samsung", {"Google", "Samsung"}), ("huawei, if not, vivo", {"Huawei", "Vivo"}),
])
def test_a_brand_offered_if_not_the_first_is_a_fallback_not_a_refusal(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(brands), frozenset())


@pytest.mark.parametrize("text", ["not samsung", "not a samsung please", "xiaomi, not samsung"])
def test_not_without_if_still_refuses(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, brand, series", [
    ("samsung but not a galaxy a", "Samsung", "Galaxy A"), ("xiaomi pls, no redmi", "Xiaomi", "Redmi"),
    ("a samsung, anything except the A series", "Samsung", "Galaxy A"),
])
def test_a_brand_wanted_with_one_of_its_lines_refused_keeps_the_brand(vocab, text, brand, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series, constraints.exclude_brands) == (
        frozenset({brand}), frozenset({series}), frozenset())


@pytest.mark.parametrize("text, budget, refused", [
    ("under $400, no apple", ("USD", None, 400.0), "Apple"),
    ("30k rs budget and not samsung", ("INR", None, 30000.0), "Samsung"),
    ("max 500 bucks n no huawei", ("USD", None, 500.0), "Huawei"),
])
def test_a_refusal_said_after_the_budget_is_kept(vocab, text, budget, refused):
    constraints = constraints_after(text, vocab)
    assert (budget_after(text, vocab), constraints.exclude_brands, constraints.brands) == (
        budget, frozenset({refused}), frozenset())


@pytest.mark.parametrize("text, budget", [
    ("between 300 and 500 dollars", ("USD", 300.0, 500.0)), ("300-500usd", ("USD", 300.0, 500.0)),
    ("from 20000 to 30k rupees", ("INR", 20000.0, 30000.0)), ("20k-30k inr", ("INR", 20000.0, 30000.0)),
])
def test_a_currency_said_on_the_second_figure_counts_both(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text, word", [
    ("samsnug", "Samsung"), ("xiaomy phone", "Xiaomi"), ("snapdragn chip", "snapdragon"),
    ("batery 5000mah", "battery"), ("bugdet 500", "budget"),
])
def test_a_typo_of_a_brand_chip_or_unit_word_is_read_with_a_note(vocab, text, word):
    assert f"as {word}" in understand(text, vocab).notes[0]


def test_an_alternative_with_its_own_specs_keeps_each_alternatives_specs(vocab):
    either = constraints_after("either a pixel with 8gb ram or a samsung with 12gb", vocab).alternatives
    assert {(tuple(a.brands), dict(a.specs)["ram_gb"].lo) for a in either} == {(("Google",), 8.0), (("Samsung",), 12.0)}


@pytest.mark.parametrize("text", ["pro models only", "only the ultra ones", "a pro model under 500", "pro max versions pls"])
def test_a_tier_said_of_no_line_is_told_as_unsupported_not_dropped(vocab, text):
    assert understand(text, vocab).unsupported == (TIER_WITHOUT_LINE,)


def test_a_tier_said_with_its_line_is_no_unsupported_feature(vocab):
    assert understand("iphone pro only", vocab).unsupported == ()
