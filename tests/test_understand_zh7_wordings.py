"""Chinese wordings strangers write (issue 9): a rough figure after a budget word ("预算两千来块"), an approximation before
"just over" ("大概一千出头") and a little more than a figure ("两千多一点")."""

from __future__ import annotations

import pytest

from tests.helpers import budget_read


@pytest.mark.parametrize("text, lo, hi", [
    ("预算两千来块", 1700, 2300), ("预算千把块", 850, 1150), ("手头三千来块钱", 2550, 3450), ("预算五百来美元", 425, 575),
])
def test_a_rough_figure_after_a_budget_word_is_about_that_much(vocab, text, lo, hi):
    _, low, high = budget_read(vocab, text)
    assert (low, high) == (lo, hi)


@pytest.mark.parametrize("text, lo, hi", [("大概一千出头", 1000, 1150), ("差不多三千出头", 3000, 3450),
                                          ("大约两千块出头", 2000, 2300)])
def test_an_approximation_before_just_over_is_just_over(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("CNY", lo, hi)


@pytest.mark.parametrize("text, lo, hi", [("两千多一点", 2000, 2300), ("三千多点的华为", 3000, 3450), ("一千多一些", 1000, 1150)])
def test_a_little_more_than_a_figure_is_just_over_it(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("CNY", lo, hi)
