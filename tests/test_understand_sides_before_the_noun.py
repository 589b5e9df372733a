"""A side said before a spec's noun, the figure after it with no unit ("at least screen size 6.6", "at most battery
5000"), and a count of one camera with a side ("1 camera or more") (issue 9)."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ("at least screen size 6.6", "screen_in", Bound(lo=6.6)), ("minimum screen size 6.6", "screen_in", Bound(lo=6.6)),
    ("at most battery 5000", "battery_mah", Bound(hi=5000)), ("no more than weight 190", "weight_g", Bound(hi=190)),
])
def test_a_side_before_the_spec_noun_bounds_the_figure_after_it(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_screen_figure_after_its_noun_with_no_side_is_still_about_that_size(vocab):
    assert slots(understand("screen size 6.6", vocab))["spec:screen_in"] == ("set", Bound(lo=6.45, hi=6.75))


@pytest.mark.parametrize("text, bound", [("1 camera or more", Bound(lo=1)), ("at least 1 camera", Bound(lo=1)),
                                         ("2 camera max", Bound(hi=2))])
def test_a_count_of_cameras_with_a_side_counts_them_even_in_the_singular(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:rear_cameras"] == ("set", bound)


def test_a_model_number_before_camera_is_no_count(vocab):
    assert "spec:rear_cameras" not in slots(understand("pixel 3 camera quality", vocab))
