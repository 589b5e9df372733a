"""English budget, ordering and brand patterns behind the blind-2 grammar's failures (issue 9), each with wordings of
our own: "US$" after its figure, a currency's word and code said together, a firm side after a figure that a "~"
opened, "near enough", a hyphened "to" between a range's ends, "dollars" before its figure; directions said with a
hyphen ("high-low"), the memory's own size nouns, "heft", "year released", the highest-res main camera, "batt" and 克重;
brands refused by "= no", "not an option", "keep ... out" or ": hard pass" before a sign-off, "also" opening the next
ask, a dislike taken back ("not a huge fan of Apple but open to it") and "thinnest", which the catalog cannot order by."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _sort(vocab, text):
    return understand(text, vocab).sort


def _brands(vocab, text):
    """(wanted op and brands, excluded brands) the text sets."""
    found = slots(understand(text, vocab))
    wanted = found.get("brands")
    excluded = found.get("exclude_brands", (None, frozenset()))[1]
    return (wanted[0], wanted[1]) if wanted else None, excluded


# -- budgets ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("phone recs ~ ideally 500 US$ or below // dont want Exynos", None, 500),
    ("new phone time!! anything android & also between 250 US$ & 350 US$ thank u", 250, 350),
    ("a phone for 450 US$", None, 450),
    ("700 us$ at most", None, 700),
    ("front camera 16 mega pixels minimum & also 250 US$ at least, 600 US$ at most", 250, 600),
])
def test_us_dollar_sign_after_the_figure_is_dollars(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("USD", lo, hi)


def test_us_dollar_sign_after_the_figure_is_dollars_beside_chinese_words(vocab):
    # Chinese in the message makes yuan the default currency: the "US$" must still say dollars
    assert budget_read(vocab, "keep Motorola and Oppo out // price ceiling 400 US$ also 电池不能超过4500mAH") == ("USD", None, 400)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("price 5000 yuan RMB or higher asap", "CNY", 5000, None),
    ("price 50,000 PKR rs or higher; also Vivo pls", "PKR", 50000, None),
    ("3000 rmb yuan or more", "CNY", 3000, None),
    ("40000 rupees inr or above", "INR", 40000, None),
    ("800 aed dirhams or less", "AED", None, 800),
    ("300 usd dollars or more", "USD", 300, None),
])
def test_a_currency_word_and_its_code_together_leave_the_side_after_them_to_the_amount(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("shopping for a phone ~ rs 25000 hard limot what do you suggest?", "INR", None, 25000),
    ("new phone time ~ 600 Dollars absoulte max asap", "USD", None, 600),
    ("phone recs ~ 250 US$ absolyte max what do you suggest?", "USD", None, 250),
    ("phone ~ 400 dollars strict max", "USD", None, 400),
    ("~ rs 30000 firm limit", "INR", None, 30000),
    ("~ 300 dollars bare minimum", "USD", 300, None),
])
def test_a_firm_side_after_the_figure_holds_over_a_tilde_before_it(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize("text", ["~250 dollars", "phone ~ 250 dollars please"])
def test_a_tilde_without_a_side_after_the_figure_is_still_around(vocab, text):
    assert budget_read(vocab, text) == ("USD", 212.5, 287.5)


@pytest.mark.parametrize(("text", "currency", "amount"), [
    ("has to be 5g, n near enough 4000 Yuan // exclude Lenovo pls", "CNY", 4000),
    ("new phone time!! near eonugh 1200 usd, n 5G必备", "USD", 1200),
    ("near enough to 500 dollars", "USD", 500),
    ("near enough 30000 rupees", "INR", 30000),
])
def test_near_enough_an_amount_is_around_it(vocab, text, currency, amount):
    assert budget_read(vocab, text) == (currency, amount * 0.85, amount * 1.15)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("2023 or later, n 150000 pak rupees-to-200000 pak ripees", "PKR", 150000, 200000),
    ("20000 rupees-to-25000 rupees", "INR", 20000, 25000),
    ("300-to-400 dollars", "USD", 300, 400),
])
def test_to_hyphened_between_a_ranges_ends_joins_them(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("dollars 300", None, 300),
    ("bucks 250 max", None, 250),
    ("dollars 300 to 500", 300, 500),
])
def test_dollars_before_the_figure_is_its_currency(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("USD", lo, hi)


def test_dollars_closing_an_amount_is_not_the_next_figures_currency(vocab):
    assert budget_read(vocab, "under 300 dollars 2 phones to compare") == ("USD", None, 300)
