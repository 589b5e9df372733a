"""A bound named with its aspect's measure word ("max display size 6.4in") and halves spelled out ("six and a half")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ('max screen size 6.1"', "screen_in", Bound(hi=6.1)), ("max display size 6.4in", "screen_in", Bound(hi=6.4)),
    ("max battery capacity 5000mah", "battery_mah", Bound(hi=5000)),
])
def test_max_before_an_aspect_and_its_measure_word_bounds_the_figure_after_them(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert (slots(request)[f"spec:{spec}"], request.sort) == (("set", bound), None)


@pytest.mark.parametrize("text, sort", [("largest screen size", Sort("screen_in", True)),
                                        ("biggest battery capacity", Sort("battery_mah", True))])
def test_a_superlative_with_a_measure_word_and_no_figure_still_orders(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, bound", [
    ("a screen under six and a half inches", Bound(hi=6.5)), ("under 6 and a half inches screen", Bound(hi=6.5)),
    ("screen over five and a half inches", Bound(lo=5.5)),
])
def test_a_half_spelled_after_a_whole_number_before_a_unit_is_point_five(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", bound)
