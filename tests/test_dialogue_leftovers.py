"""Wordings strangers used in the read dialogue sets that were still misread (issues 9 and 10): both networks offered
("5g or no 5g, doesnt matter") leaves 5G unconstrained."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["5g or no 5g, doesnt matter", "5G or not, whatever", "4g or 5g is fine",
                                  "5G不5G无所谓", "samsung, 5g or not doesn't matter"])
def test_both_networks_offered_asks_for_no_5g(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text", ["5g please", "is the first one 5g or not", "5g or a 6000mah battery", "需要5G"])
def test_a_5g_said_alone_still_asks_for_it(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


def test_both_networks_offered_drops_an_earlier_5g_wish(small_advisor):
    session = small_advisor.session()
    session.ask("a samsung with 5g")
    session.ask("5g or no 5g, doesnt matter")
    assert not session.state.constraints.needs_5g

