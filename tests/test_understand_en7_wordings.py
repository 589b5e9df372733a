"""English wordings nobody tuned the parser to (issue 9): an aspect named as the shopper's priority orders by it, a
sort verb may stand between the aspect and its direction, "I'm at" an amount is the shopper's ceiling, and a
whole "and a quarter" or "and three quarters" of a scale is its decimal; a "not" closing a brand's clause excludes it."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


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


@pytest.mark.parametrize("text, sort", [
    ("battery life ranked high to low", Sort("battery_mah", True)), ("price ranked from low to high", Sort("price", False)),
    ("storage ordered from most to least", Sort("storage_gb", True)), ("weight listed low to high", Sort("weight_g", False)),
    ("price sorted descending", Sort("price", True)),
])
def test_a_sort_verb_between_the_aspect_and_its_direction_keeps_the_direction(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, budget", [
    ("I'm at 500", ("USD", None, 500)), ("budget-wise I'm at 500 dollars", ("USD", None, 500)),
    ("we're at 300 bucks", ("USD", None, 300)), ("im at 20k rupees", ("INR", None, 20000)),
])
def test_an_amount_the_shopper_says_they_are_at_is_their_ceiling(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, ceiling", [
    ("under a grand and a quarter", 1250), ("two and three quarters grand max", 2750), ("1 grand and a quarter tops", 1250),
    ("less than one and a quarter thousand dollars", 1250),
])
def test_a_whole_and_a_quarter_of_a_scale_is_read_as_its_decimal(vocab, text, ceiling):
    assert budget_read(vocab, text) == ("USD", None, ceiling)


@pytest.mark.parametrize("text", [
    "samsung is fine, apple is not", "apple isn't acceptable", "apple not ok", "apple is not.", "Apple aren't allowed",
])
def test_a_not_closing_the_brands_clause_excludes_it(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Apple"}))
