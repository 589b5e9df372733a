"""English wordings of the blind-5 grammar (issue 9): the one who pays after a verb of price ("shouldn't cost me
more than"), a currency code in brackets after the figure ("Rs 20,000 (PKR)"), and "ballpark figure" as about."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget
from advisor.understanding.understand import understand
from tests.helpers import slots


def budget(vocab, text: str) -> Budget:
    return slots(understand(text, vocab))["budget"][1]  # type: ignore[return-value]  # the budget slot holds a Budget


@pytest.mark.parametrize("text", [
    "it shouldn't cost me more than $300", "it mustn't set me back more than $300",
    "shouldn't cost us over $300 thanks", "don't wana spend over $300",
])
def test_a_refused_price_with_its_payer_is_a_ceiling(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=300)


def test_a_price_above_a_figure_said_without_refusal_stays_a_floor(vocab):
    assert budget(vocab, "it should cost more than $300") == Budget("USD", lo=300)


@pytest.mark.parametrize("text, currency", [
    ("Rs 20,000 (PKR) max", "PKR"), ("within Rs 20k (PKR) budget", "PKR"),
    ("Rs 20,000 (INR) max", "INR"), ("$20,000 (AED) max", "AED"),
])
def test_a_bracketed_code_after_the_figure_names_its_currency(vocab, text, currency):
    assert budget(vocab, text) == Budget(currency, hi=20000)


def test_shared_rupees_without_a_code_stay_indian(vocab):
    assert budget(vocab, "Rs 20,000 max").currency == "INR"


@pytest.mark.parametrize("text", [
    "ballpark figure $400", "a ballpark figure of 400 bucks", "ballpark number is $400", "ballppark figure $400",
])
def test_a_ballpark_figure_is_about_that_amount(vocab, text):
    assert budget(vocab, text).around == 400


def test_a_plain_figure_after_budget_stays_a_ceiling(vocab):
    assert budget(vocab, "budget figure $400") == Budget("USD", hi=400)
