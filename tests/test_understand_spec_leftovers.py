"""Single-message wordings strangers write that were misread (issue 9): floors said as an excess ("more than 48MP",
"over 6.5 inches", "屏幕大于6.5寸"), brand refusals written as a comparison ("brand != Apple"), short misspelled brands
("opo"), a chip series as a floor ("Snapdragon 7 series or better"), weights in ounces, screens in centimetres and the
megapixels of a camera the catalog does not describe."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


def _spec(vocab, text: str, spec: str):
    """The bound the text sets on one spec, or None."""
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]


@pytest.mark.parametrize("text", ["brand != Apple", "brand ≠ apple", "brand <> Apple, 8gb ram", "brand is not apple",
                                  "not made by Apple"])
def test_a_brand_said_unequal_is_refused(vocab, text):
    got = slots(understand(text, vocab))
    assert got["exclude_brands"] == ("add", frozenset({"Apple"})) and "brands" not in {s for s, (op, _) in got.items()
                                                                                         if op in ("set", "add")}


def test_a_short_brand_missing_one_letter_of_a_double_is_guessed_and_said(vocab):
    request = understand("opo phone with 8gb ram", vocab)
    assert slots(request)["brands"] == ("set", frozenset({"Oppo"}))
    assert any("opo" in note for note in request.notes)


def test_a_short_english_word_is_not_guessed_as_a_brand(vocab):
    assert "brands" not in slots(understand("a pop of colour", vocab))


@pytest.mark.parametrize("text, floor", [
    ("snapdragon 8 series or better", 4500), ("Snapdragon 7 series or higher", 3000), ("骁龙8系列或以上", 4500),
])
def test_a_chip_series_or_better_is_at_least_its_weakest_chip(vocab, text, floor):
    assert _spec(vocab, text, "chip_score").lo == floor


def test_a_chip_series_read_as_a_floor_says_which_chip_stood_for_it(vocab):
    assert any("Snapdragon 8s Gen 3" in note for note in understand("snapdragon 8 series or better", vocab).notes)
