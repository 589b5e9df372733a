"""Readings from SEALED-19's English and mixed (sealed19-mxa*) dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- an aspect said to be "not that big a deal" is let go -----------------------------------------------------------

@pytest.mark.parametrize("text", ["battery isn't that big a deal, drop that part (keep 5g tho)",
                                  "battery is not so big a deal", "the battery's not that huge a deal tbh"])
def test_an_aspect_not_that_big_a_deal_is_let_go(vocab, text):
    assert slots(understand(text, vocab))["spec:battery_mah"] == ("clear", None)


@pytest.mark.parametrize("text", ["a 5000mah battery is that big a deal for me", "battery is a big deal, 5000mah at least"])
def test_an_aspect_said_to_be_a_big_deal_is_kept(vocab, text):
    assert slots(understand(text, vocab))["spec:battery_mah"][0] == "set"


def test_a_battery_let_go_with_keep_5g_keeps_the_5g_filter(session):
    constraints = ask_all(session, "phone under $500, nothing from apple", "needs 5G and a big battery, 5000mah or more",
                          "ok you know what, battery isn't that big a deal, drop that part (keep 5g tho)").constraints
    assert constraints.needs_5g and not dict(constraints.specs).get("battery_mah")
    assert constraints.exclude_brands == frozenset({"Apple"})

