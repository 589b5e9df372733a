"""Money said as a price level, an approximation, a range or a floor the ways strangers write it (issue 9): a figure
with the phone it prices or a level word is about that much, a budget word keeps it a ceiling; range joiners, the
Indian "/-" mark, floors and ceilings in English, Hindi/Urdu and Chinese."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import AROUND_TOLERANCE
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _about(currency, value):
    return currency, round(value * (1 - AROUND_TOLERANCE), 2), round(value * (1 + AROUND_TOLERANCE), 2)


@pytest.mark.parametrize("text, value", [("三千块钱的手机", 3000), ("1500的手机推荐一下", 1500), ("2000元的机子", 2000),
                                         ("2000块的拍照手机", 2000)])
def test_a_figure_with_the_phone_it_prices_is_about_that_much(vocab, text, value):
    assert budget_read(vocab, text) == _about("CNY", value)


def test_a_budget_word_keeps_the_figure_a_ceiling_before_the_phone(vocab):
    assert budget_read(vocab, "预算3000的手机") == ("CNY", None, 3000)


@pytest.mark.parametrize("text, value", [("价格4000的华为", 4000), ("价位2500", 2500), ("售价3000的手机", 3000),
                                         ("價格三千五的手機", 3500)])
def test_a_price_noun_before_the_figure_names_a_price_level(vocab, text, value):
    assert budget_read(vocab, text) == _about("CNY", value)


@pytest.mark.parametrize("text, budget", [
    ("三千元级别的手机", _about("CNY", 3000)), ("6000块这个价位的vivo", _about("CNY", 6000)),
    ("二千五那个档次", _about("CNY", 2500)), ("3000价格的手机", _about("CNY", 3000)),
    ("30k budget range", _about("INR", 30000)), ("phone in the 25k segment", _about("INR", 25000)),
    ("$450 ballpark", _about("USD", 450)),
])
def test_a_level_word_after_the_figure_is_about_that_much(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("5000元内外", _about("CNY", 5000)), ("三千光景", _about("CNY", 3000)), ("1500块钱样子", _about("CNY", 1500)),
    ("大致两千块", _about("CNY", 2000)), ("两千块差不多", _about("CNY", 2000)), ("aprox 30k", _about("INR", 30000)),
    ("abt $400", _about("USD", 400)), ("nearly 20k", _about("INR", 20000)),
    ("something like 25k rupees", _about("INR", 25000)),
])
def test_approximation_words_and_their_shorthands(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, spec", [("3000左右 8G内存", "ram_gb"), ("3000左右 5000mAh", "battery_mah"),
                                        ("3000左右 256G", "storage_gb")])
def test_zuoyou_after_a_figure_stays_with_it_when_a_spec_follows(vocab, text, spec):
    request = understand(text, vocab)
    assert budget_read(vocab, text) == _about("CNY", 3000)
    assert f"spec:{spec}" in slots(request)


def test_a_tolerance_too_narrow_to_mean_one_is_the_next_ask(vocab):
    assert budget_read(vocab, "3000左右 三星") == _about("CNY", 3000)


@pytest.mark.parametrize("text, budget", [("4000元+-300", ("CNY", 3700, 4300)), ("3000元正负200", ("CNY", 2800, 3200))])
def test_plus_minus_written_out_is_a_tolerance(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("between $300 & $500", ("USD", 300, 500)), ("b/w Rs 15000 and Rs 20000", ("INR", 15000, 20000)),
    ("$300...$450", ("USD", 300, 450)), ("300 upto 450 dollars", ("USD", 300, 450)),
    ("20k se 30k tak", ("INR", 20000, 30000)), ("Rs 20,000/- to Rs 25,000/-", ("INR", 20000, 25000)),
])
def test_range_joiners_and_the_whole_amount_mark(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("between three and five hundred dollars", ("USD", 300, 500)),
    ("twenty to thirty thousand rupees", ("INR", 20000, 30000)), ("two hundred and fifty dollars", ("USD", None, 250)),
])
def test_a_spoken_scale_on_the_upper_end_is_shared_by_the_lower(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("AED 1500 & above", ("AED", 1500, None)), ("starting 1200 dirhams", ("AED", 1200, None)),
    ("min. AED 1000", ("AED", 1000, None)), ("AED 2000 at the very least", ("AED", 2000, None)),
    ("$400 is the lowest", ("USD", 400, None)), ("$300 on up", ("USD", 300, None)),
    ("Rs 50,000/- and above", ("INR", 50000, None)), ("50k se zyada PKR", ("PKR", 50000, None)),
    ("50 thousand or more PKR", ("PKR", 50000, None)),
])
def test_floors(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("not going over $500", ("USD", None, 500)), ("can't afford more than 600 dollars", ("USD", None, 600)),
    ("30k se kam", ("INR", None, 30000)), ("$200 lowest, $350 highest", ("USD", 200, 350)),
])
def test_ceilings(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("Rs 25000 (approx)", _about("INR", 25000)), ("approximate 25k", _about("INR", 25000)),
    ("budget is in the range of 25k", _about("INR", 25000)), ("rough budget of $400", _about("USD", 400)),
    ("estimated budget $400", _about("USD", 400)), ("$400 level", _about("USD", 400)),
    ("$400 (+/- $50)", ("USD", 350, 450)), ("400 dollars plus minus 50", ("USD", 350, 450)),
    ("$300 (min) - $500 (max)", ("USD", 300, 500)),
])
def test_approximations_in_brackets_and_before_a_budget_word(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_spec_figure_after_an_amount_is_no_group_of_its_thousands(vocab):
    request = understand("around 400 128gb", vocab)
    assert budget_read(vocab, "around 400 128gb") == _about("USD", 400)
    assert "spec:storage_gb" in slots(request)


@pytest.mark.parametrize("text, budget", [
    ("3000元钱左右", _about("CNY", 3000)), ("约合2000元", _about("CNY", 2000)), ("4000元区间", _about("CNY", 4000)),
    ("两千元段的机子", _about("CNY", 2000)), ("2500块的价格", _about("CNY", 2500)), ("三千块这样子的", _about("CNY", 3000)),
])
def test_more_chinese_price_levels_and_approximations(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("don't wanna spend more than $450", ("USD", None, 450)), ("nothing priced above 25k", ("INR", None, 25000)),
    ("no need to go over 1500 dirhams", ("AED", None, 1500)), ("I don't have more than $500", ("USD", None, 500)),
    ("not trying to spend more than $500", ("USD", None, 500)),
])
def test_a_negation_a_few_verbs_before_its_side_word_still_turns_it(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("lagbhag 30k", _about("INR", 30000)), ("takreeban 50k", _about("INR", 50000)),
    ("50,000 rupay", ("INR", None, 50000)),
])
def test_hindi_and_urdu_words_for_about_and_rupees(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("3000元上下，不要超过3200", ("CNY", 2550, 3200)), ("around $400 but not more than $420", ("USD", 340, 420)),
    ("under $500, ideally around $400", _about("USD", 400)),
])
def test_a_side_said_beside_an_approximation_narrows_its_band(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [("best phone at 25k", _about("INR", 25000)), ("priced at $400", _about("USD", 400))])
def test_a_price_at_a_figure_is_about_that_much(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_an_english_amount_before_phone_stays_a_ceiling(vocab):
    assert budget_read(vocab, "a 300 dollar phone") == ("USD", None, 300)
