"""Orderings said as a span with the aspect inside ("from big screen to small", "from light phones to heavy") or with
an arrow ("price low -> high", "weight ↑") are orderings: the first had read two opposite size tastes, the arrows
nothing at all."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import spelled_arrows
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand


@pytest.mark.parametrize("text, sort", [
    ("from big screen to small", Sort("screen_in", True)), ("from a small battery to a big one", Sort("battery_mah", False)),
    ("from light phones to heavy ones", Sort("weight_g", False)), ("from the largest storage to the smallest", Sort("storage_gb", True)),
])
def test_a_span_with_the_aspect_inside_is_an_ordering(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.intents) == (sort, ())


@pytest.mark.parametrize("text, sort", [
    ("price low -> high", Sort("price", False)), ("price: high → low", Sort("price", True)), ("weight ↑", Sort("weight_g", False)),
    ("battery ↓", Sort("battery_mah", True)),
])
def test_an_arrow_between_the_ends_or_after_the_aspect_gives_the_direction(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, read", [("low->high", "low to high"), ("6.1 → 6.7 inch", "6.1 to 6.7 inch"),
                                        ("weight ↑", "weight ascending")])
def test_arrows_are_spelled_as_words(text, read):
    assert spelled_arrows(text) == read
