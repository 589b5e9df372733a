"""English wordings of issue 9 read as a shopper means them: an old year said to be acceptable lets the age go, a
year written with an apostrophe ("'22 or later"), Apple's chip named by its number after a speed comparison."""

import pytest

from advisor.understanding.request import Bound, SlotUpdate
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", [
    "samsung under $300, older than 2020 is fine", "a 2019 phone is ok too", "an older phone from 2020 would be fine",
    "2021 or earlier is ok", "even a 2018 model is fine with me", "phones from before 2021 are acceptable too",
])
def test_an_old_year_said_to_be_acceptable_lets_the_age_go(vocab, text):
    assert slots(understand(text, vocab))["spec:year"] == ("clear", None)


@pytest.mark.parametrize("text", ["2022 or newer is fine", "from 2023 on is ok"])
def test_a_floor_on_the_year_said_to_be_fine_stays_a_floor(vocab, text):
    assert slots(understand(text, vocab))["spec:year"][1].lo in (2022, 2023)


def test_a_year_said_fine_does_not_let_go_of_another_bound_in_the_message(vocab):
    found = slots(understand("a 2019 phone is ok too, just need 8gb ram", vocab))
    assert found["spec:ram_gb"] == ("set", Bound(lo=8))


@pytest.mark.parametrize("text, bound", [
    ("'22 or later samsung", Bound(lo=2022)), ("from ’21 on", Bound(lo=2021)), ("a '23 model", Bound(2023, 2023)),
    ("nothing older than '22", Bound(lo=2022)),
])
def test_a_year_written_with_an_apostrophe_is_a_year(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


def test_an_apostrophe_figure_without_a_year_word_is_no_year(vocab):
    assert "spec:year" not in slots(understand("the '90s look, under $300", vocab))


@pytest.mark.parametrize("text", ["faster than an A15", "quicker than the A15", "more powerful than an A15"])
def test_an_apple_chip_number_after_a_speed_comparison_is_the_chip(vocab, text):
    assert SlotUpdate("spec:chip_score", "set", Bound(lo=4601.0)) in understand(text, vocab).updates


def test_a_galaxy_number_after_better_than_stays_a_phone(vocab):
    assert "spec:chip_score" not in slots(understand("better than a Galaxy A15", vocab))


@pytest.mark.parametrize("text, bound", [
    ("released>=2023", Bound(lo=2023)), ("launched<2022", Bound(hi=2021)), ("2021 upwards", Bound(lo=2021)),
    ("2022/2023 models", Bound(2022, 2023)), ("yr 2023", Bound(2023, 2023)), ("lauched in 2023", Bound(2023, 2023)),
    ("don't want anything from before 2022", Bound(lo=2022)),
])
def test_a_year_written_tersely_or_misspelled_is_read(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


def test_years_shortened_to_yrs_are_the_newest_years(vocab):
    assert slots(understand("released in the last 2 yrs", vocab))["spec:year"] == ("set", Bound(lo=vocab.reference_year - 1))


@pytest.mark.parametrize("text, bound", [("big screen, 6.7 or more", Bound(lo=6.7)), ("small screen, 6.1 max", Bound(hi=6.1)),
                                         ("6.5 and up display", Bound(lo=6.5))])
def test_a_bare_screen_figure_with_a_side_word_after_it_is_the_screen(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", bound)
