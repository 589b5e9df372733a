"""English wordings of issue 9 first seen in a stranger's requests: a bare chip model number before a speed word ("870
or better"), a non-round year-like ceiling said alone ("anything up to 2022"), a year "at the oldest", a phone said to be
"from" a year, "no screens above" a size, two brands each refused in its own clause ("not an iphone, not a pixel"), slips
in key words, amounts said "something like", and sort directions said "increasing" or "most to least"."""

from __future__ import annotations

import pytest

from advisor.catalog.model import load_catalog
from advisor.understanding.request import Bound, Sort
from advisor.understanding.talk import swapped_brands
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, DATA, slots


@pytest.mark.parametrize("text", ["695 or better", "an 8200 or faster", "695-class chip or better"])
def test_a_bare_chip_model_before_a_speed_word_is_a_chip_floor(vocab, text):
    found = slots(understand(text, vocab))
    assert "budget" not in found and found["spec:chip_score"][1].lo is not None


def test_a_chip_number_before_or_above_stays_money(vocab):
    assert slots(understand("695 or above", vocab))["budget"][1].lo == 695


@pytest.mark.parametrize("text, ceiling", [("anything up to 2022", 2022), ("up to 2021", 2021), ("by 2023", 2023)])
def test_a_year_like_ceiling_that_is_no_round_amount_is_a_year(vocab, text, ceiling):
    found = slots(understand(text, vocab))
    assert "budget" not in found and found["spec:year"] == ("set", Bound(hi=ceiling))


@pytest.mark.parametrize("text", ["up to 2000", "budget up to 2022", "up to 2022 dollars", "up to 2022 pakistani rupees",
                                  "up to 2022 us dollars", "up to dhs 2022"])
def test_a_round_or_money_worded_year_like_ceiling_stays_money(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:year" not in found and found["budget"][1].hi is not None


@pytest.mark.parametrize("text, bound", [("2020 at the oldest", Bound(lo=2020)), ("2022 at the newest", Bound(hi=2022))])
def test_a_year_at_the_oldest_or_newest_bounds_the_year_and_orders_nothing(vocab, text, bound):
    request = understand(text, vocab)
    assert slots(request)["spec:year"] == ("set", bound) and request.sort is None


@pytest.mark.parametrize("text", ["a model from 2023", "phones from 2023", "a samsung phone from 2023"])
def test_a_phone_said_to_be_from_a_year_is_of_that_year(vocab, text):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(2023, 2023))


def test_a_year_said_with_only_is_that_year(vocab):
    assert slots(understand("from 2024 only", vocab))["spec:year"] == ("set", Bound(2024, 2024))


def test_a_bare_from_a_year_still_begins_a_span(vocab):
    assert slots(understand("from 2023, 8gb ram", vocab))["spec:year"] == ("set", Bound(lo=2023))


@pytest.mark.parametrize("text", ['no screens above 6.4"', "no display above 6.4 inches"])
def test_no_screens_above_a_size_is_a_ceiling(vocab, text):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", Bound(hi=6.4))


@pytest.mark.parametrize("text", ["not an iphone, not a pixel", "no samsung, not xiaomi"])
def test_two_brands_each_refused_are_no_swap(vocab, text):
    assert swapped_brands(text, vocab.brand_pattern, vocab.aliases) is None


def test_a_brand_refused_after_a_wanted_one_is_still_a_swap(vocab):
    assert swapped_brands("xiaomi, not samsung", vocab.brand_pattern, vocab.aliases) == (frozenset({"Samsung"}),
                                                                                          frozenset({"Xiaomi"}))


@pytest.mark.parametrize("text, slip", [("nothing above 400 dollars", "nothng above 400 dollars"),
                                        ("under three hundred dollars", "under three hundrde dollars"),
                                        ("a thousand dollars max", "a thosand dollars max"),
                                        ("anything other than apple", "anything otehr than apple"),
                                        ("samsung excluded", "samsung exclded")])
def test_a_slip_in_a_word_of_budgets_or_refusals_reads_as_the_word(vocab, text, slip):
    assert slots(understand(slip, vocab)) == slots(understand(text, vocab))


def test_a_slip_in_the_stem_of_a_negated_modal_reads_as_the_modal(vocab):
    assert slots(understand("sholdn't cost more than 400 dollars", vocab))["budget"][1].hi == 400


def test_a_slip_in_oldest_still_orders_oldest_first(vocab):
    assert understand("the oldset first", vocab).sort == understand("the oldest first", vocab).sort


def test_beyond_an_amount_is_a_floor_and_nothing_beyond_it_a_ceiling(vocab):
    assert slots(understand("beyond 500 dollars", vocab))["budget"][1].lo == 500
    assert slots(understand("nothing beyond 500 dollars", vocab))["budget"][1].hi == 500


@pytest.mark.parametrize("text, low", [("800-1.2k", 800), ("800 to 1.2k dollars", 800), ("15-20k", 15000)])
def test_a_thousands_k_on_the_upper_end_reaches_the_lower_only_when_it_stays_below(vocab, text, low):
    assert slots(understand(text, vocab))["budget"][1].lo == low


@pytest.mark.parametrize("text, currency", [("something like 3.5k aed", "AED"), ("something like Rs. 15,000", "INR"),
                                            ("something like dh 1500", "AED"), ("something like 60,000/-", "INR")])
def test_something_like_an_amount_is_a_budget_about_it(vocab, text, currency):
    request = understand(text, vocab)
    budget = slots(request)["budget"][1]
    assert request.followup is None and budget.currency == currency and budget.around is not None


def test_something_like_a_position_under_an_amount_is_still_a_similar_phone(vocab):
    assert understand("more like 3 under $500", vocab).followup is not None


@pytest.mark.parametrize("text", ["till 60k", "until 60k"])
def test_till_an_amount_is_a_ceiling(vocab, text):
    budget = slots(understand(text, vocab))["budget"][1]
    assert budget.lo is None and budget.hi is not None


@pytest.mark.parametrize("slip, word", [("at laest $400", "at least $400"), ("prcie low to high", "price low to high"),
                                        ("colse to 300 dollars", "close to 300 dollars")])
def test_two_neighbouring_letters_swapped_read_as_the_key_word(vocab, slip, word):
    said, meant = understand(slip, vocab), understand(word, vocab)
    assert slots(said) == slots(meant) and said.sort == meant.sort


def test_one_plus_after_a_phone_noun_is_the_brand(vocab):
    assert slots(understand("a phone one plus", vocab))["brands"] == ("set", frozenset({"OnePlus"}))


@pytest.mark.parametrize("text, key, descending", [
    ("sort by battery increasing", "battery_mah", False), ("weight: decreasing", "weight_g", True),
    ("sort by ram least to most", "ram_gb", False), ("sorted by screen size, most to least", "screen_in", True),
    ("decreasing by weight", "weight_g", True)])
def test_increasing_decreasing_and_least_to_most_say_the_direction(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text", ["sort by price in descending order", "sort by price decreasing",
                                  "sorted by price, most to least"])
def test_sort_by_price_with_a_falling_direction_after_it_is_most_expensive_first(vocab, text):
    assert understand(text, vocab).sort == Sort("price", True)


@pytest.mark.parametrize("text, key", [("sort by pricing, low to high", "price"),
                                       ("order by internal storage ascending", "storage_gb")])
def test_pricing_and_internal_storage_name_their_aspects(vocab, text, key):
    assert understand(text, vocab).sort == Sort(key, False)


@pytest.fixture(scope="module")
def full_vocab():
    """The vocabulary of the whole catalog, whose series (Motorola's One) the fixture catalog lacks."""
    return Vocabulary.from_catalog(load_catalog(DATA / "phones.csv", DATA / "chipsets.csv"), ALIASES)


@pytest.mark.parametrize("text", ["no moto, no one plus", "anything except one plus and moto"])
def test_one_of_one_plus_is_no_series_beside_the_brand_that_has_a_one_series(full_vocab, text):
    found = slots(understand(text, full_vocab))
    assert "exclude_series" not in found and found["exclude_brands"] == ("add", frozenset({"OnePlus", "Motorola"}))
