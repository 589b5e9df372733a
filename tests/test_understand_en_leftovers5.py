"""English misreadings of issue 9 found by probing: a bare chip model number after a comparison verb is the chip
("should outperform the 695" had read a 695 g weight), a year-like figure bounded beside release-year words is a
year ("anything up to 2022, but not before 2020" had read a $2022 budget), a hard bound beats a soft wish on the same
slot ("ideally under 300, definitely not above 350" had dropped the 350), price ranges said by the hundred ("mid
300s"), a chip family after its model ("8 Gen 2 snapdragon"), an Apple chip floor without a chip word ("at least
an A15"), and the count of a superlative before a plural brand ("the cheapest 5 samsungs")."""

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, floor", [
    ("should outperform the 695", 1901.0), ("needs to beat an 8200", None), ("something quicker than a 695", 1901.0),
    ("must be faster than the 8200 chip", None),
])
def test_a_bare_chip_model_after_a_comparison_is_a_strict_chip_floor(vocab, text, floor):
    found = slots(understand(text, vocab))
    assert "spec:weight_g" not in found and found["spec:chip_score"][1].lo is not None
    if floor is not None:
        assert found["spec:chip_score"] == ("set", Bound(lo=floor))


@pytest.mark.parametrize("text, low, high", [
    ("anything up to 2022, but not before 2020", 2020, 2022), ("up to 2021 is fine but nothing older than 2019", 2019, 2021),
    ("under 2023 but nothing older than 2020", 2020, 2022),
])
def test_a_year_like_ceiling_beside_release_year_words_is_a_year(vocab, text, low, high):
    found = slots(understand(text, vocab))
    assert "budget" not in found and found["spec:year"] == ("set", Bound(lo=low, hi=high))


@pytest.mark.parametrize("text, ceiling", [("up to 2000 dollars, nothing older than 2020", 2000.0),
                                           ("under 2500 AED and not before 2021", 2500.0)])
def test_a_year_like_figure_with_a_currency_stays_money(vocab, text, ceiling):
    assert slots(understand(text, vocab))["budget"][1].hi == ceiling


@pytest.mark.parametrize("text, ceiling", [
    ("ideally under 300, definitely not above 350 dollars", 350.0),
    ("preferably below 400 but absolutely no more than 450 dollars", 450.0),
    ("hopefully under 250, 300 max", 300.0),
])
def test_a_hard_ceiling_beats_a_soft_wish_on_the_budget(vocab, text, ceiling):
    assert slots(understand(text, vocab))["budget"][1].hi == ceiling


def test_the_soft_wish_beside_a_hard_ceiling_is_not_silently_dropped(vocab):
    read = understand("ideally under 300, definitely not above 350 dollars", vocab)
    assert any("300" in note for note in read.notes)


@pytest.mark.parametrize("text, low, high", [
    ("something in the mid 300s", 330.0, 370.0), ("a phone in the 500s", 500.0, 600.0), ("low 400s budget", 400.0, 440.0),
    ("the high 200s", 260.0, 300.0),
])
def test_a_price_range_said_by_the_hundred_is_that_part_of_the_hundred(vocab, text, low, high):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.lo, budget.hi) == (low, high)


def test_a_chip_family_after_its_model_names_that_chip(vocab):
    assert slots(understand("8 Gen 2 snapdragon please", vocab))["chipset"] == ("set", "Snapdragon 8 Gen 2")


def test_a_chip_series_before_its_family_is_read_as_the_series(vocab):
    assert slots(understand("any 8-series snapdragon", vocab))["chipset"] == \
        slots(understand("any snapdragon 8 series", vocab))["chipset"]


@pytest.mark.parametrize("text", ["at least an A15", "at least an A15 please, under 900"])
def test_an_apple_chip_after_at_least_is_a_chip_floor(vocab, text):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=4600.0))


@pytest.mark.parametrize("text, count", [("the cheapest 5 samsungs", 5), ("cheapest 3 pixels", 3), ("the 4 lightest motorolas", 4)])
def test_a_count_before_a_plural_brand_limits_the_ordering(vocab, text, count):
    read = understand(text, vocab)
    assert isinstance(read.sort, Sort) and read.limit == count

