"""English launch-year wordings from the blind-2 grammar's failures (issue 9): an age word set off before a year with a
plain side word after it ("older, 2022 max") bounds the launch year, not the budget, and "model year" between a year and
its side ("2021 model year or newer") leaves the side the year's."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _year(vocab, text: str) -> object:
    found = slots(understand(text, vocab)).get("spec:year")
    return None if found is None else found[1]


@pytest.mark.parametrize("text, bound", [
    ("older, 2022 max", Bound(hi=2022)), ("also older, 2021 max & also i want POCO", Bound(hi=2021)),
    ("older: 2020 at the most", Bound(hi=2020)), ("newer, 2021 min", Bound(lo=2021)),
    ("newer, 2023 at the least", Bound(lo=2023)),
])
def test_an_age_word_before_a_year_with_a_side_after_bounds_the_launch_year(vocab, text, bound):
    assert _year(vocab, text) == bound


@pytest.mark.parametrize("text", ["older, 2022 max", "also older, 2022 max & also 5g", "older, 2021 max, Unisoc cpu"])
def test_an_age_word_before_a_year_with_a_side_after_sets_no_budget(vocab, text):
    assert budget_read(vocab, text) is None


@pytest.mark.parametrize("text, budget", [
    ("2000 max", ("USD", None, 2000)), ("budget 2022 max", ("USD", None, 2022)), ("2000 dollars max", ("USD", None, 2000)),
    ("under 2000 max", ("USD", None, 2000)), ("a 2000 max", ("USD", None, 2000)),
])
def test_a_round_or_priced_figure_with_a_side_after_stays_an_amount(vocab, text, budget):
    assert budget_read(vocab, text) == budget
    assert _year(vocab, text) is None


@pytest.mark.parametrize("text, bound", [
    ("2021 model year or newer", Bound(lo=2021)), ("2020 model year or older", Bound(hi=2020)),
    ("2022 release year or later", Bound(lo=2022)), ("2023 launch year and newer", Bound(lo=2023)),
])
def test_model_year_between_a_year_and_its_side_leaves_the_side_the_years(vocab, text, bound):
    assert _year(vocab, text) == bound


@pytest.mark.parametrize("text, bound", [
    ("older models are fine, but 2020 at most", Bound(lo=2020)), ("older is fine, but 2021 at most", Bound(lo=2021)),
])
def test_a_cap_after_a_concession_of_older_models_still_limits_how_old(vocab, text, bound):
    assert _year(vocab, text) == bound
