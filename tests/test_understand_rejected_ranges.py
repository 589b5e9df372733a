"""A range the shopper states only to reject it ("anything over 200g is too heavy", "below 4000mAh is not enough",
"超过200克就太重了") asks for the other side: the verdict after it had been dropped, so the answer showed exactly the
phones the shopper had called too heavy."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text, spec, bound", [
    ("anything over 200g is too heavy", "weight_g", Bound(hi=200)),
    ("over 200 grams would be way too heavy for me", "weight_g", Bound(hi=200)),
    ("anything above 6.8 inches is too big", "screen_in", Bound(hi=6.8)),
    ("below 4000mah is not enough", "battery_mah", Bound(lo=4000)),
    ("under 128gb storage won't cut it", "storage_gb", Bound(lo=128)),
    ("less than 8gb of ram is useless", "ram_gb", Bound(lo=8)),
    ("超过200克就太重了", "weight_g", Bound(hi=200)),
    ("4000毫安以下不够用", "battery_mah", Bound(lo=4000)),
])
def test_a_range_followed_by_a_verdict_against_it_asks_for_the_other_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_budget_range_called_too_expensive_is_a_ceiling(vocab):
    assert budget_read(vocab, "anything over $500 is too expensive") == ("USD", None, 500)


def test_a_chinese_budget_range_called_too_expensive_is_a_ceiling(vocab):
    assert budget_read(vocab, "三千以上的太贵了") == ("CNY", None, 3000)


@pytest.mark.parametrize("text, bound", [("200 grams is too much", Bound(hi=200)), ("5000mah is not enough", Bound(lo=5000))])
def test_a_bare_figure_called_too_much_keeps_the_side_its_spec_has(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert next(value for slot, (_, value) in found.items() if slot.startswith("spec:")) == bound


def test_a_verdict_about_something_else_turns_nothing(vocab):
    assert slots(understand("6.5 inches or more, the old one is too small", vocab))["spec:screen_in"] == ("set", Bound(lo=6.5))
