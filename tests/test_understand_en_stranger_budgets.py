"""English budgets as strangers write them (issue 9): a ceiling closed by a bare "not more" after the figure, the
filler "like" between the money word and the figure, what the shopper has said loosely ("i've got like 400"), a figure standing
before the phone it prices, and Indian English "in 20k" for a phone within that much."""

from __future__ import annotations

import pytest

from tests.helpers import budget_read


@pytest.mark.parametrize("text", ["500, not more", "500 but not more", "500 dollars and not more", "500 no higher"])
def test_not_more_after_a_figure_makes_it_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 500)


@pytest.mark.parametrize("text", ["can you find me smth for like 300", "i got like 300", "I have like 300 for it", "i've got like 300",
                                  "my budget like 300"])
def test_like_between_a_money_word_and_a_figure_is_a_filler(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 300)


def test_a_figure_the_shopper_has_of_something_else_is_no_budget(vocab):
    assert budget_read(vocab, "I have 2000 photos on my phone") is None


@pytest.mark.parametrize("text, read", [
    ("looking for a 20k phone", ("INR", None, 20000)), ("a 300 phone for my wife", ("USD", None, 300)),
    ("good 15k mobile with nice camera", ("INR", None, 15000)), ("20k smartphone", ("INR", None, 20000)),
])
def test_a_bare_figure_before_the_phone_it_prices_is_a_ceiling(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text", ["a 2023 phone", "a 5g phone", "galaxy a 55 phone"])
def test_a_year_or_a_model_number_before_phone_is_no_price(vocab, text):
    assert budget_read(vocab, text) is None


@pytest.mark.parametrize("text, hi", [("best phone in 15000", 15000), ("good camera phones in 20k", 20000),
                                      ("which mobile is best in 25k?", 25000)])
def test_in_a_figure_after_the_phone_is_within_that_much(vocab, text, hi):
    assert budget_read(vocab, text) == ("INR", None, hi)


def test_in_a_year_after_the_phone_is_no_price(vocab):
    assert budget_read(vocab, "best phone in 2023") is None


@pytest.mark.parametrize("text, hi", [("500 max, 600 if i must", 600), ("up to 500, 550 if it's really good", 550),
                                      ("400, or 450 if i have to", 450), ("700 if it's worth it", 700)])
def test_a_figure_the_shopper_would_go_to_if_need_be_is_the_ceiling(vocab, text, hi):
    assert budget_read(vocab, text) == ("USD", None, hi)


@pytest.mark.parametrize("text, read", [("400 bux", ("USD", None, 400)), ("3000 yuans max", ("CNY", None, 3000))])
def test_slang_and_plural_spellings_of_a_currency_name_it(vocab, text, read):
    assert budget_read(vocab, text) == read
