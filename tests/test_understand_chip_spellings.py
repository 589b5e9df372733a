"""Chip names spelled with hyphens, number words or a bare Helio model before a chip word ("snapdragon 8-gen-3",
"snapdragon eight gen three", "g99 chip") are that chip: they had named only the family or nothing."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import expand_abbreviations
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, chipset", [
    ("snapdragon 8-gen-3", "Snapdragon 8 Gen 3"), ("Snapdragon 8 gen-2 phone", "Snapdragon 8 Gen 2"),
    ("snapdragon eight gen three", "Snapdragon 8 Gen 3"), ("a snapdragon eight gen 2", "Snapdragon 8 Gen 2"),
    ("g99 chip", "MediaTek Helio G99"), ("phone with a g85 processor", "MediaTek Helio G85"),
])
def test_a_chip_spelled_loosely_is_that_chip(vocab, text, chipset):
    assert slots(understand(text, vocab))["chipset"] == ("set", chipset)


@pytest.mark.parametrize("text", ["moto g84", "a g54 under $200"])
def test_a_g_model_without_a_chip_word_is_no_chip(text):
    assert "Helio" not in expand_abbreviations(text)
