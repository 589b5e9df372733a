"""English spec wordings from the blind-2 grammar's failures (issue 9): a unit written in the plural ("8 GBs", "6.5 ins"),
a figure said in brackets with its side after the bracket ("screen (6.6 in) min"), a weight's adjective between the
figure and its side ("200 grams heavy or more"), "limited to" as a ceiling, "bare minimum" and "as a floor" after the
figure, and 到头 (that far and no further) after it."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _spec(vocab, text: str, spec: str) -> object:
    """The bound the text sets for `spec`, or None."""
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]


@pytest.mark.parametrize("text, spec, bound", [
    ("space 64 GBs at the most", "storage_gb", Bound(hi=64)), ("RAM 6 GBs at the most", "ram_gb", Bound(hi=6)),
    ("8 GBs or more RAM", "ram_gb", Bound(lo=8)), ("storage of 256 gbs minimum", "storage_gb", Bound(lo=256)),
    ("at least 12 GBs of ram", "ram_gb", Bound(lo=12)), ("2 TBs of storage or more", "storage_gb", Bound(lo=2048)),
])
def test_gigabytes_in_the_plural_are_the_memory_unit(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, bound", [
    ("6.5 ins screen at most", Bound(hi=6.5)), ("screen 6.3 ins or less", Bound(hi=6.3)),
    ("a screen of 11 ins or bigger", Bound(lo=11)), ("display at least 6.7 ins", Bound(lo=6.7)),
])
def test_inches_abbreviated_in_the_plural_are_the_screen_unit(vocab, text, bound):
    assert _spec(vocab, text, "screen_in") == bound


def test_a_whole_figure_before_a_lone_in_stays_the_word_in(vocab):
    assert _spec(vocab, "I want 2 in black", "screen_in") is None


@pytest.mark.parametrize("text, spec, bound", [
    ("screen (6.6″) min", "screen_in", Bound(lo=6.6)), ("battery (4500 Mah) or lower", "battery_mah", Bound(hi=4500)),
    ("space (64gigs) ceiling", "storage_gb", Bound(hi=64)), ("RAM (8 GBs) or better", "ram_gb", Bound(lo=8)),
    ("display (6.1 inch) or smaller", "screen_in", Bound(hi=6.1)), ("battery (5000mah) at least", "battery_mah", Bound(lo=5000)),
    ("weight (190 g) max", "weight_g", Bound(hi=190)),
])
def test_a_side_after_a_bracketed_figure_is_the_figures(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


def test_a_bracketed_figure_without_a_side_keeps_its_default(vocab):
    assert _spec(vocab, "screen (6.6 in), 5g", "screen_in") == Bound(6.45, 6.75)


@pytest.mark.parametrize("text, bound", [
    ("200 Grams heavy or more", Bound(lo=200)), ("220 grms heavy or more", Bound(lo=220)),
    ("210 g in weight or less", Bound(hi=210)), ("190 grams weight-wise and up", Bound(lo=190)),
])
def test_a_weight_adjective_between_figure_and_side_leaves_the_side_the_figures(vocab, text, bound):
    assert _spec(vocab, text, "weight_g") == bound


def test_a_weight_adjective_alone_keeps_the_weight_a_ceiling(vocab):
    assert _spec(vocab, "a 200 grams heavy phone is fine", "weight_g") == Bound(hi=200)


@pytest.mark.parametrize("text, spec, bound", [
    ("space limited to 128 GBs", "storage_gb", Bound(hi=128)), ("battery limited to 4500-mah", "battery_mah", Bound(hi=4500)),
    ("screen restricted to 6.1 inch", "screen_in", Bound(hi=6.1)), ("ram capped to 8gb", "ram_gb", Bound(hi=8)),
])
def test_limited_to_is_a_ceiling(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, spec, bound", [
    ("screen (6.8 ins) bare minimum", "screen_in", Bound(lo=6.8)), ("64 GB of storage, bare minimum", "storage_gb", Bound(lo=64)),
    ("screen (6.6″) as a floor", "screen_in", Bound(lo=6.6)), ("5000 mah as a floor", "battery_mah", Bound(lo=5000)),
    ("ram 8gb as a ceiling", "ram_gb", Bound(hi=8)), ("6.4 inch screen as a limit", "screen_in", Bound(hi=6.4)),
])
def test_bare_minimum_and_as_a_floor_or_ceiling_after_the_figure_say_its_side(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, spec, bound", [
    ("电池4500mAH到头", "battery_mah", Bound(hi=4500)), ("屏幕6.5寸到顶了", "screen_in", Bound(hi=6.5)),
    ("运存8G到头了", "ram_gb", Bound(hi=8)),
])
def test_dao_tou_after_a_figure_is_a_ceiling(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound
