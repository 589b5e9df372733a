"""English wordings of the blind-14 grammar (issue 9), each beside the closest wording that must keep its meaning:
a side word said after a spec's figure and its noun ("4000mah cell at most", "128gb storage at a maximum", "64 GB
built-in max") or before a noun named "cell" ("maximum cell 4.5kmah")."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand
from tests.helpers import constraints_after, spec_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text, key, bound", [
    ("also 4000mah cell at most", "battery_mah", (None, 4000)),
    ("4000 mah cell, not more?", "battery_mah", (None, 4000)),
    ("a 5000mah cell or bigger pls", "battery_mah", (5000, None)),
    ("128gb storage at a maximum", "storage_gb", (None, 128)),
    ("ram capacity of 8 gig at a maximum ok thx", "ram_gb", (None, 8)),
    ("battery 4000 mAh at a maximum", "battery_mah", (None, 4000)),
    ("screen: 6.6\" at a minimum thx!", "screen_in", (6.6, None)),
    ("6.8 inch display at a minimum", "screen_in", (6.8, None)),
    ("64 GB buiilt-in max", "storage_gb", (None, 64)),
    ("256gb onboard minimum", "storage_gb", (256, None)),
    ("maxiumm cell 4.5kmah pls", "battery_mah", (None, 4500)),
    ("minimum cell 5000 mah", "battery_mah", (5000, None)),
])
def test_a_side_said_after_a_figure_and_its_noun_or_before_the_noun_is_the_figures(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("4000 mAh at most", "battery_mah", (None, 4000)), ("battery 5000mah", "battery_mah", (5000, None)),
    ("8GB built-in memory at most", "ram_gb", (None, 8)), ("128gb storage", "storage_gb", (128, None)),
])
def test_figures_with_their_side_or_noun_said_plainly_keep_their_reading(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_cell_phone_after_a_battery_figure_is_no_battery_noun(vocab):
    assert spec_after("a 5000mah cell phone under 300 dollars", vocab, "battery_mah") == (5000, None)
    assert constraints_after("a 5000mah cell phone under 300 dollars", vocab).budget.hi == 300
