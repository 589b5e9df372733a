"""Weights in the units strangers use: ounces and pounds ('under 7 oz' had been dropped without a word), grams
spelled 'gms', 'grm' or 'grams' after an 'in weight' ('less than 180 in weight' had become a $180 budget)."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _weight(text, vocab):
    return slots(understand(text, vocab)).get("spec:weight_g")


@pytest.mark.parametrize("text, bound", [
    ("under 7 oz", Bound(hi=198.4)), ("not heavier than 6.5 ounces", Bound(hi=184.3)), ("7oz or lighter", Bound(hi=198.4)),
    ("at least 8 oz", Bound(lo=226.8)),
])
def test_ounces_are_read_as_grams_to_a_tenth(vocab, text, bound):
    assert _weight(text, vocab) == ("set", bound)


@pytest.mark.parametrize("text, bound", [("under 0.4 lb", Bound(hi=181.4)), ("less than 0.45 pounds", Bound(hi=204.1)),
                                         ("a tablet under 1.1 lbs", Bound(hi=499))])
def test_pounds_of_weight_are_read_as_grams(vocab, text, bound):
    assert _weight(text, vocab) == ("set", bound)


def test_pounds_of_money_stay_money(vocab):
    request = understand("under 300 pounds", vocab)
    assert "spec:weight_g" not in slots(request) and "GBP" in " ".join(request.notes)


@pytest.mark.parametrize("text", ["a phone under 190gms", "under 190 grm", "under 190 grms"])
def test_grams_abbreviated_are_grams(vocab, text):
    assert _weight(text, vocab) == ("set", Bound(hi=190))


@pytest.mark.parametrize("text", ["less than 180 in weight", "no more than 180 of weight", "180 or less in weight"])
def test_a_bare_figure_said_to_be_the_weight_is_grams(vocab, text):
    assert _weight(text, vocab) == ("set", Bound(hi=180))
