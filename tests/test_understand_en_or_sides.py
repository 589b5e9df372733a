"""English OR sides of issue 9 that name no "with": a second side opened by "any" is a brand wanted without the first
side's requirement ("either Samsung under $600 or any Xiaomi"), and sides that name different kinds of device are
alternatives ("a foldable under $1200 or a normal phone under $500"); a shared requirement still holds for both."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Constraints
from advisor.understanding.understand import understand


def _constraints(text, vocab) -> Constraints:
    return apply(DialogueState(), understand(text, vocab)).constraints


def _side(c: Constraints) -> tuple[str, str, float | None]:
    """Whose phone a side is, its devices, and its budget ceiling."""
    return "+".join(sorted(c.brands)), "+".join(sorted(c.devices)), c.budget.hi if c.budget else None


@pytest.mark.parametrize("text, sides", [
    ("either Samsung under $600 or any Xiaomi", [("Samsung", "", 600), ("Xiaomi", "", None)]),
    ("Pixel under $500, or any OnePlus", [("Google", "", 500), ("OnePlus", "", None)]),
])
def test_a_second_side_opened_by_any_wants_its_brand_without_the_first_sides_requirement(vocab, text, sides):
    assert [_side(alt) for alt in _constraints(text, vocab).alternatives] == sides


def test_two_brands_before_a_shared_budget_stay_one_brand_set(vocab):
    found = _constraints("Samsung or any Xiaomi under $600", vocab)
    assert (found.alternatives, found.brands, found.budget.hi) == ((), frozenset({"Samsung", "Xiaomi"}), 600)


@pytest.mark.parametrize("text, sides", [
    ("a foldable under $1200 or a normal phone under $500", [("", "foldable", 1200), ("", "phone", 500)]),
    ("a tablet under $400 or a phone under $300", [("", "tablet", 400), ("", "phone", 300)]),
])
def test_sides_naming_different_devices_are_alternatives(vocab, text, sides):
    assert [_side(alt) for alt in _constraints(text, vocab).alternatives] == sides


@pytest.mark.parametrize("text", ["a tablet or a foldable with a 50MP camera", "a foldable with a 50MP camera or a tablet"])
def test_what_one_of_two_kinds_asks_is_asked_of_both(vocab, text):
    found = _constraints(text, vocab)
    assert (found.alternatives, found.devices, dict(found.specs)["main_camera_mp"].lo) == \
        ((), frozenset({"tablet", "foldable"}), 50)


def test_an_android_side_keeps_its_own_budget(vocab):
    sides = _constraints("an iphone under $700 or an android under $400", vocab).alternatives
    assert [(sorted(s.brands), s.platform, s.budget.hi if s.budget else None) for s in sides] == \
        [(["Apple"], None, 700), ([], "android", 400)]


@pytest.mark.parametrize("text, sides", [
    ("a Huawei tablet or a Lenovo phone", [("Huawei", "tablet", None), ("Lenovo", "phone", None)]),
    ("an Apple tablet or a Samsung phone", [("Apple", "tablet", None), ("Samsung", "phone", None)]),
])
def test_two_brands_each_of_its_own_kind_are_alternatives(vocab, text, sides):
    assert [_side(alt) for alt in _constraints(text, vocab).alternatives] == sides


def test_two_brands_of_one_kind_stay_a_brand_set(vocab):
    found = _constraints("a Samsung tablet or a Lenovo tablet", vocab)
    assert (found.alternatives, found.brands, found.devices) == ((), frozenset({"Samsung", "Lenovo"}), frozenset({"tablet"}))


def test_anything_with_a_requirement_after_a_brand_is_its_own_side(vocab):
    sides = _constraints("either a Pixel or anything with Snapdragon", vocab).alternatives
    assert [(sorted(s.brands), s.chipset) for s in sides] == [(["Google"], None), ([], "Snapdragon")]


@pytest.mark.parametrize("text", ["either 5G or a 6000mAh battery", "a phone with 5G or a 6000mAh battery"])
def test_5g_or_a_spec_is_one_or_the_other(vocab, text):
    sides = _constraints(text, vocab).alternatives
    assert [(s.needs_5g, dict(s.specs).get("battery_mah")) for s in sides] == [(True, None), (False, Bound(lo=6000))]


@pytest.mark.parametrize("text", ["Samsung with 12GB RAM; a Pixel with 256GB would be my second choice",
                                  "Samsung 12GB RAM — or Pixel 256GB"])
def test_a_second_choice_or_a_dashed_or_offers_the_other_side(vocab, text):
    sides = _constraints(text, vocab).alternatives
    assert [(sorted(s.brands), sorted(dict(s.specs))) for s in sides] == [(["Samsung"], ["ram_gb"]), (["Google"], ["storage_gb"])]


@pytest.mark.parametrize("text", ["I'm torn between a Samsung with 12GB RAM and a Pixel with 256GB",
                                  "deciding between a Samsung with 12GB RAM and a Pixel with 256GB",
                                  "one of: Samsung with 12GB RAM, Pixel with 256GB"])
def test_a_choice_between_two_said_sides_is_an_or(vocab, text):
    sides = _constraints(text, vocab).alternatives
    assert [(sorted(s.brands), sorted(dict(s.specs))) for s in sides] == [(["Samsung"], ["ram_gb"]), (["Google"], ["storage_gb"])]


def test_a_range_between_two_amounts_stays_a_range(vocab):
    assert _constraints("deciding on something between $300 and $400", vocab).budget.lo == 300
