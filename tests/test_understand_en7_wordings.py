"""English wordings nobody tuned the parser to (issue 9): an aspect named as the shopper's priority orders by it."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand


@pytest.mark.parametrize("text, sort", [
    ("priority is camera", Sort("main_camera_mp", True)), ("my priority is battery life", Sort("battery_mah", True)),
    ("priority: battery", Sort("battery_mah", True)), ("prioritize performance", Sort("performance", True)),
    ("prioritise screen size", Sort("screen_in", True)), ("my top priority is price", Sort("price", False)),
    ("what matters most to me is the camera", Sort("main_camera_mp", True)),
    ("the most important thing is a good camera", Sort("main_camera_mp", True)),
])
def test_an_aspect_said_to_be_the_priority_orders_from_its_better_end(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("battery life is my top priority", Sort("battery_mah", True)), ("camera is what matters most", Sort("main_camera_mp", True)),
    ("weight matters most", Sort("weight_g", False)), ("performance is the most important", Sort("performance", True)),
    ("long battery life is the main priority", Sort("battery_mah", True)),
])
def test_an_aspect_followed_by_its_priority_orders_from_its_better_end(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["price is not my priority", "camera isn't a priority", "battery doesn't matter most"])
def test_an_aspect_denied_priority_orders_nothing(vocab, text):
    assert understand(text, vocab).sort is None
