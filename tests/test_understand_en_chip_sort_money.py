"""English wordings of issue 9 on chips, orderings and money: "or something as fast" after a chip is a floor, a
comparison with a chip word inside ("a better processor than …") compares, a Helio model after its vendor alone
("mediatek g99"); "<comparative> ones first" orders; a currency word before the figure ("rupees 20000"), a hyphenated
amount ("a 200-dollar phone") and a ceiling said as what the shopper can stretch to."""

import pytest

from advisor.understanding.request import Bound, Budget, SlotUpdate, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, floor", [
    ("with a snapdragon 8 gen 2 or something as fast", 5000.0), ("snapdragon 8 gen 2 or equivalent", 5000.0),
    ("a Dimensity 9200 or a comparable chip", 5200.0), ("equal or better than snapdragon 8 gen 3", 7000.0),
    ("equal to or faster than the dimensity 8200", 3900.0),
])
def test_a_chip_or_its_equal_is_a_floor_that_keeps_the_chip(vocab, text, floor):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=floor))


@pytest.mark.parametrize("text", ["a better processor than the snapdragon 8 gen 2", "a faster chip than snapdragon 8 gen 2"])
def test_a_chip_word_inside_a_comparison_still_compares(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=5001.0)) and "chipset" not in found


@pytest.mark.parametrize("text", ["mediatek g99", "MTK G99 phone", "helio g-99"])
def test_a_helio_model_after_its_vendor_or_with_a_hyphen_is_that_chip(vocab, text):
    assert SlotUpdate("chipset", "set", "MediaTek Helio G99") in understand(text, vocab).updates


@pytest.mark.parametrize("text, sort", [
    ("bigger screens first", Sort("screen_in", True)), ("recent ones first", Sort("year", True)),
    ("lighter phones first", Sort("weight_g", False)), ("cheaper ones on top", Sort("price", False)),
    ("more powerful ones first", Sort("performance", True)), ("bigger batteries first", Sort("battery_mah", True)),
    ("older models first", Sort("year", False)), ("lightweight first", Sort("weight_g", False)),
])
def test_a_comparative_said_to_come_first_orders_by_its_aspect(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.unread) == (sort, ())


@pytest.mark.parametrize("text, sort", [("by price please", Sort("price", False)),
                                        ("samsung, by battery", Sort("battery_mah", True)),
                                        ("sort by processor speed", Sort("performance", True))])
def test_an_aspect_after_a_bare_by_at_a_clause_start_orders_by_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_by_a_year_is_no_ordering(vocab):
    assert understand("released by 2022", vocab).sort is None


@pytest.mark.parametrize("text, budget", [
    ("rupees 20000", Budget("INR", hi=20000)), ("Rupees 15,000 only, 5g", Budget("INR", hi=15000)),
    ("a 200-dollar phone", Budget("USD", hi=200)), ("dirhams 1500 max", Budget("AED", hi=1500)),
])
def test_a_currency_word_before_or_hyphened_to_the_figure_is_its_currency(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text", ["i can stretch to 400", "350 is the most i can pay", "400 at a push",
                                  "the most i can pay is 400 dollars"])
def test_what_the_shopper_can_stretch_to_is_a_ceiling(vocab, text):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi in (350, 400)) == (None, True)


@pytest.mark.parametrize("text, budget", [
    ("under300usd", Budget("USD", hi=300)), ("$300max", Budget("USD", hi=300)), ("max$300", Budget("USD", hi=300)),
    ("300$max", Budget("USD", hi=300)), ("below$250 samsung", Budget("USD", hi=250)), ("upto25000rs", Budget("INR", hi=25000)),
])
def test_a_bound_word_glued_to_an_amount_is_read(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_a_model_suffix_glued_to_a_model_number_stays_a_name(vocab):
    assert "budget" not in slots(understand("redmi note 13 pro max", vocab))


@pytest.mark.parametrize("text, chip", [
    ("helioG99", "MediaTek Helio G99"), ("tensorG3 pixel", "Google Tensor G3"), ("d9200 phone", "MediaTek Dimensity 9200"),
    ("google tensor 3", "Google Tensor G3"), ("mediatk dimensity 9300", "MediaTek Dimensity 9300"),
])
def test_a_chip_written_short_glued_or_misspelled_is_that_chip(vocab, text, chip):
    assert SlotUpdate("chipset", "set", chip) in understand(text, vocab).updates


@pytest.mark.parametrize("text", ["qualcom chip please", "a qualcom phone"])
def test_a_misspelled_vendor_is_its_family(vocab, text):
    assert SlotUpdate("chipset", "set", "Snapdragon") in understand(text, vocab).updates


@pytest.mark.parametrize("text, sort", [
    ("sorted by price (desc)", Sort("price", True)), ("sort=price", Sort("price", False)),
    ("sortby battery", Sort("battery_mah", True)), ("sort-by weight", Sort("weight_g", False)),
    ("priced low to high", Sort("price", False)), ("sort by prize, highest first", Sort("price", True)),
])
def test_an_ordering_written_tersely_or_misspelled_is_read_with_its_direction(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, slot, bound", [
    ("bigger then 6.5 inch", "spec:screen_in", Bound(lo=6.5)), ("newer then 2021", "spec:year", Bound(lo=2022)),
    ("no more then 180g", "spec:weight_g", Bound(hi=180)), ("faster then the snapdragon 8 gen 2", "spec:chip_score", Bound(lo=5001.0)),
])
def test_then_after_a_comparative_is_than(vocab, text, slot, bound):
    assert slots(understand(text, vocab))[slot] == ("set", bound)


def test_then_after_a_plain_word_joins_two_asks(vocab):
    found = slots(understand("a pixel, then sort by price", vocab))
    assert found["brands"] == ("set", frozenset({"Google"})) and understand("a pixel, then sort by price", vocab).sort == \
        Sort("price", False)


@pytest.mark.parametrize("text, slot, floor", [("50 or 64mp camera", "spec:main_camera_mp", 50),
                                               ("5000 or 6000 mah", "spec:battery_mah", 5000)])
def test_a_bare_figure_or_one_with_a_unit_are_either_figure_of_that_unit(vocab, text, slot, floor):
    assert slots(understand(text, vocab))[slot] == ("set", Bound(lo=floor))


@pytest.mark.parametrize("text", ["i wanna spend like 300", "budget is like 300 dollars"])
def test_like_before_an_amount_to_spend_is_around_it(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("USD", lo=255, hi=345, around=300))


def test_like_before_a_spec_is_no_approximation(vocab):
    assert slots(understand("i'd like 8gb ram", vocab))["spec:ram_gb"] == ("set", Bound(lo=8))


@pytest.mark.parametrize("text, hi", [("a phone under 5oo dollars", 500), ("$3OO max", 300), ("under 2o,ooo rupees", 20000)])
def test_the_letter_o_typed_for_zeros_in_an_amount_is_zeros(vocab, text, hi):
    assert slots(understand(text, vocab))["budget"][1].hi == hi


def test_a_word_with_digits_and_o_stays_a_word(vocab):
    assert "budget" not in slots(understand("a moto g5o phone", vocab))
