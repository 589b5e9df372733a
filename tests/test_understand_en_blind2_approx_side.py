"""An approximation before a figure and a side after it (issue 9, blind-2 English): a message that opens "phone recs ~"
puts a "~" before its first figure, and a side said after the figure ("~ 8-gig or more RAM", "~ 210 公克起", "~ 220 grams
heavy or more", "~ Snapdragon 8 Gen 2 and up") is its side, as "around 400 or less" already was."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _spec(vocab, text: str, spec: str) -> object:
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]


@pytest.mark.parametrize("text, spec, bound", [
    ("yo ~ 8-gig or more RAM", "ram_gb", Bound(lo=8)), ("phone recs ~ 210 公克起的重量", "weight_g", Bound(lo=210)),
    ("shopping for a phone ~ 220 grms heavy or more", "weight_g", Bound(lo=220)),
    ("about 5000 mah and up", "battery_mah", Bound(lo=5000)), ("~ 6.5 inch screen or bigger", "screen_in", Bound(lo=6.5)),
    ("around 12 GB of ram and up", "ram_gb", Bound(lo=12)), ("roughly 190 grams and below", "weight_g", Bound(hi=190)),
])
def test_a_side_after_a_figure_outweighs_an_approximation_before_it(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, spec, bound", [
    ("around 8gb ram", "ram_gb", Bound(6.8, 9.2)), ("around 200 grams heavy", "weight_g", Bound(170, 230)),
])
def test_an_approximation_without_a_side_after_stays_a_band(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, bound", [
    ("shopping for a phone ~ Snapdragon 8Gen2 and up, chip-wise", Bound(lo=5000)),
    ("phone recs ~ Snapdragon 8 Gen 2 or something stronger", Bound(lo=5000)),
    ("about a snapdragon 8 gen 3 or better", Bound(lo=7000)),
])
def test_a_chip_after_an_approximation_with_a_side_after_is_a_floor(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert found.get("spec:chip_score") == ("set", bound)
    assert "chipset" not in found


@pytest.mark.parametrize("text, spec, bound", [
    ("yo ~ 8 GBs RAM", "ram_gb", Bound(lo=8)), ("yo ~ 5000 mAh battery", "battery_mah", Bound(lo=5000)),
    ("help me out ~ storage 256 GBs", "storage_gb", Bound(lo=256)), ("new phone time ~ 190 grams", "weight_g", Bound(hi=190)),
])
def test_a_spaced_tilde_closing_an_opening_without_figures_is_a_pause(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, budget", [
    ("budget ~ 300 dollars", ("USD", 255, 345)), ("a phone for ~ 300 dollars", ("USD", 255, 345)),
    ("~300 dollars", ("USD", 255, 345)), ("Pak Rs 2 lakh ~ Pak Rs 3 lakh", ("PKR", 200000, 300000)),
])
def test_a_tilde_after_a_word_a_figure_follows_or_glued_to_it_stays_about_or_a_range(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_tilde_after_a_spec_noun_stays_about(vocab):
    assert _spec(vocab, "screen ~ 6.5 inch", "screen_in") == Bound(6.35, 6.65)


@pytest.mark.parametrize("text, bound", [("around 180 grams or lighter", Bound(hi=180)), ("about 190 g or heavier", Bound(lo=190))])
def test_a_comparative_after_an_approximated_weight_is_its_side(vocab, text, bound):
    assert _spec(vocab, text, "weight_g") == bound


@pytest.mark.parametrize("text, budget", [
    ("hey ~ $300 phone", ("USD", 255, 345)), ("yo ~ 20000 rupees", ("INR", 17000, 23000)),
])
def test_a_spaced_tilde_after_an_opening_before_an_amount_of_money_stays_about(vocab, text, budget):
    assert budget_read(vocab, text) == budget
