"""English amounts with the currency written as strangers write it (issue 9): a code closed by a period before the
figure ("PKR. 30000", "AED. 700"), Pakistani rupees named before the figure ("Pak Rs 80000"), "only" after the
currency as a cheque writes it ("40000 rupees only"), a currency code glued to "lakh" ("2 lakhPKR"), and an amount
said loosely: "in the $300 area", "80k Rs, plus or minus a bit". The side words around such an amount keep their
meaning: a floor stays a floor and a range keeps both ends."""

from __future__ import annotations

import pytest

from tests.helpers import budget_read


@pytest.mark.parametrize("text, read", [
    ("upto PKR. 300000", ("PKR", None, 300000)), ("won't spend over PKR. 30,000", ("PKR", None, 30000)),
    ("not a penny over AED. 700", ("AED", None, 700)), ("the most I'll pay is AED. 4000", ("AED", None, 4000)),
    ("AED. 1,200 or under", ("AED", None, 1200)), ("USD. 450 max", ("USD", None, 450)),
    ("INR. 2,500 at most", ("INR", None, 2500)), ("Rs. 9,000 minimum", ("INR", 9000, None)),
])
def test_a_currency_code_closed_by_a_period_names_the_amounts_currency(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("PKR. 80000 minimum and PKR. 150000 maximum", ("PKR", 80000, 150000)),
    ("not under AED. 800 and not over AED. 2000", ("AED", 800, 2000)),
    ("from USD. 300 to USD. 500", ("USD", 300, 500)),
])
def test_both_ends_of_a_range_in_a_code_with_a_period_are_read(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("not under Pak Rs 80000 and not over Pak Rs 200000", ("PKR", 80000, 200000)),
    ("somewhere between Pak Rs 80,000 and Pak Rs 200,000", ("PKR", 80000, 200000)),
    ("Pak Rs 2 lakh ~ Pak Rs 3 lakh", ("PKR", 200000, 300000)),
    ("not less than Pak Rs 1 lakh in price", ("PKR", 100000, None)),
    ("at least Pakistani rupees 60,000", ("PKR", 60000, None)),
    ("more than Pakistani Rs. 45000", ("PKR", 45000, None)),
])
def test_pakistani_rupees_named_before_the_figure_keep_the_side_words(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_pakistani_rupees_named_before_an_approximate_figure_are_about_it(vocab):
    assert budget_read(vocab, "more or less Pak Rs 40000") == ("PKR", 34000, 46000)


@pytest.mark.parametrize("text, read", [
    ("40000 rupees only or more", ("INR", 40000, None)), ("18,000 rupees only or above", ("INR", 18000, None)),
    ("20000 rupees only is the floor", ("INR", 20000, None)), ("Rs. 50,000/- only or above", ("INR", 50000, None)),
    ("Rs.30000/-only or above", ("INR", 30000, None)),
    ("Rupees 15,000 only or less", ("INR", None, 15000)),
])
def test_only_after_the_currency_is_how_the_amount_is_written_not_a_ceiling(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("Rs 25,000 or upwards", ("INR", 25000, None)), ("PKR. 45,000 or upward", ("PKR", 45000, None)),
    ("$400 or upwards", ("USD", 400, None)),
])
def test_or_upwards_after_an_amount_makes_it_a_floor(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("10k rupees only or thereabouts", ("INR", 8500, 11500)),
    ("roughly in the 80,000 rupees only area", ("INR", 68000, 92000)),
])
def test_only_after_the_currency_lets_an_approximation_follow(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text", ["80k rupees only - 100k rupees only", "Rs 80,000 only to Rs 1,00,000 only"])
def test_only_after_each_end_of_a_range_keeps_the_range(vocab, text):
    assert budget_read(vocab, text) == ("INR", 80000, 100000)


def test_only_after_the_currency_alone_is_still_a_ceiling(vocab):
    assert budget_read(vocab, "Rs 20,000 only") == ("INR", None, 20000)


@pytest.mark.parametrize("text, read", [
    ("2 lakhPKR - 3 lakhPKR", ("PKR", 200000, 300000)), ("keep it to 2 lakhPKR or below", ("PKR", None, 200000)),
    ("not under 1.5 lakhPKR and not over 3 lakhPKR", ("PKR", 150000, 300000)), ("1.5 lacINR max", ("INR", None, 150000)),
])
def test_a_currency_code_glued_to_lakh_names_the_currency(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("roughly in the US$ 300 area", ("USD", 255, 345)), ("roughly in the 800 dollar area", ("USD", 680, 920)),
    ("something in the $500 region", ("USD", 425, 575)), ("in the 20k rupees area", ("INR", 17000, 23000)),
])
def test_an_amount_in_the_area_of_a_figure_is_about_it(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("80k Rs, plus or minus a bit", ("INR", 68000, 92000)), ("AED. 400, plus or minus a bit", ("AED", 340, 460)),
    ("$600 plus or minus", ("USD", 510, 690)), ("500 dollars +/- a little", ("USD", 425, 575)),
])
def test_plus_or_minus_without_a_width_is_about_the_amount(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_plus_or_minus_with_a_width_is_that_width(vocab):
    assert budget_read(vocab, "$600 plus or minus 50") == ("USD", 550, 650)


@pytest.mark.parametrize("text, read", [
    ("1 lakh 20 thousand rupees", ("INR", None, 120000)), ("Rs 2 lakh 50 thousand max", ("INR", None, 250000)),
    ("at least 1 lakh 50k PKR", ("PKR", 150000, None)), ("1 lac and 20 thousand rupees or less", ("INR", None, 120000)),
])
def test_lakh_then_thousands_is_one_amount(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_kuai_before_the_figure_names_yuan(vocab):
    assert budget_read(vocab, "kuai 1500 max") == ("CNY", None, 1500)


@pytest.mark.parametrize("text, read", [
    ("Rs 20000 is the bare minimum", ("INR", 20000, None)), ("AED 900 is my absolute floor", ("AED", 900, None)),
    ("Rs 20,000 and not a rupee less", ("INR", 20000, None)), ("$300, not a penny less", ("USD", 300, None)),
    ("PKR. 50,000 at the lowest", ("PKR", 50000, None)), ("$500 at the highest", ("USD", None, 500)),
])
def test_a_floor_or_ceiling_said_after_the_amount_in_other_words(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text, read", [
    ("Rs 20k or near it", ("INR", 17000, 23000)), ("$300 or close to it", ("USD", 255, 345)),
    ("300 dollars or in that region", ("USD", 255, 345)), ("AED 1000 or near enough", ("AED", 850, 1150)),
    ("Rs 20k or around that", ("INR", 17000, 23000)),
])
def test_or_near_that_after_an_amount_is_about_it(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize("text", ["appx 20k rupees", "20k rupees appx", "apx. Rs 20,000"])
def test_appx_is_approximately(vocab, text):
    assert budget_read(vocab, text) == ("INR", 17000, 23000)


def test_something_like_before_an_amount_is_about_it(vocab):
    assert budget_read(vocab, "something like PKR. 30000") == ("PKR", 25500, 34500)
