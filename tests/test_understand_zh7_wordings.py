"""Chinese wordings strangers write (issue 9): a rough figure after a budget word ("预算两千来块"), an approximation before
"just over" ("大概一千出头") and a little more than a figure ("两千多一点"); 不足 and 不满 as ceilings."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


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


@pytest.mark.parametrize("text", ["不足两千的手机", "不满两千块钱的机子", "预算不足两千"])
def test_bu_zu_and_bu_man_before_an_amount_are_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 2000)


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕不足6.5寸", "screen_in", Bound(hi=6.5)), ("电池不足5000毫安的不要", "battery_mah", Bound(lo=5000)),
    ("运存不满8G的不要", "ram_gb", Bound(lo=8)),
])
def test_bu_zu_and_bu_man_before_a_spec_figure_are_its_ceiling_turned_by_a_refusal(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)
