"""Readings from SEALED-13's English dialogue failures (issues 9, 10), each beside the closest wording that must
keep its meaning."""

from __future__ import annotations

import pytest

from tests.helpers import budget_read

# -- a ceiling said as an amount one does not wish, intend or plan to go past ---------------------------------

@pytest.mark.parametrize("text", ["I do not wish to spend more than $400.", "I do not intend to pay more than $400",
                                  "I don't plan to spend over 400 dollars", "i dont wish to go above 400 dollars",
                                  "we are not planning to spend more than $400 on it"])
def test_an_amount_one_does_not_wish_to_go_past_is_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 400.0)


def test_an_amount_one_wishes_to_spend_more_than_stays_a_floor(vocab):
    assert budget_read(vocab, "I wish to spend more than $400") == ("USD", 400.0, None)
