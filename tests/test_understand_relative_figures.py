"""A bare figure beside a relative wish ("more battery, 6000 minimum") is that wish's bound only when it goes the same
way; a ceiling beside "a better battery" is the price the shopper can pay."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ("more battery, 6000 minimum", "battery_mah", Bound(lo=6000)), ("bigger display, 6.7 or more", "screen_in", Bound(lo=6.7)),
    ("lighter, under 180", "weight_g", Bound(hi=180)),
])
def test_a_figure_on_the_side_the_relative_wish_goes_bounds_that_spec(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text", ["3000以内，续航好一点", "3000以内，电池大一点", "预算3000以内，续航好一点"])
def test_a_ceiling_beside_a_wish_for_more_battery_is_a_price(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["budget"], "spec:battery_mah" in found) == (("set", Budget("CNY", hi=3000)), False)
