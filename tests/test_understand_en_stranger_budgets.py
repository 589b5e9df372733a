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
