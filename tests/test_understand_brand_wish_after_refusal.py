"""A brand said as its own wish after a refused brand and a clause break (issue 9): "no realme, samsung only" refuses
Realme and wants Samsung; the refusal's scope stops at the break. A list of refusals goes on ("no realme, no oppo",
"no realme, oppo or vivo"), and without a break a "please" or "only" does not cut a refused list ("no realme or
samsung please")."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand


def _wanted_and_refused(vocab, text):
    """The brands set as wanted and the brands refused, as the updates of the message say them."""
    updates = understand(text, vocab).updates
    wanted = [u.value for u in updates if u.slot == "brands" and u.op == "set"]
    refused = [u.value for u in updates if u.slot == "exclude_brands" and u.op == "add"]
    return wanted, refused


@pytest.mark.parametrize("text", [
    "no realme, samsung only", "no realme, samsung please",   # the failing wordings
    "no realme, samsung pls", "skip realme; samsung only", "not realme, samsung only please",
    "no realme, samsung is fine", "no realme, samsung then", "no realme, only samsung",
])
def test_a_wish_after_a_refusal_and_a_break_wants_the_brand(vocab, text):
    assert _wanted_and_refused(vocab, text) == ([frozenset({"Samsung"})], [frozenset({"Realme"})])


def test_a_wish_after_a_refusal_wants_another_brand_too(vocab):
    assert _wanted_and_refused(vocab, "not huawei, xiaomi only") == ([frozenset({"Xiaomi"})], [frozenset({"Huawei"})])


@pytest.mark.parametrize("text, refused", [
    ("no realme, oppo", {"Realme", "Oppo"}),
    ("no realme, no oppo", {"Realme", "Oppo"}),
    ("no realme, oppo or vivo", {"Realme", "Oppo", "Vivo"}),
])
def test_a_list_of_refusals_goes_on_past_a_comma(vocab, text, refused):
    assert _wanted_and_refused(vocab, text) == ([], [frozenset(refused)])


@pytest.mark.parametrize("text", ["no realme or samsung please", "no realme and samsung only"])
def test_a_wish_word_without_a_break_does_not_cut_a_refused_list(vocab, text):
    assert _wanted_and_refused(vocab, text) == ([], [frozenset({"Realme", "Samsung"})])


def _chips_wanted_and_refused(vocab, text):
    """The chip set as wanted and the chips refused, as the updates of the message say them."""
    updates = understand(text, vocab).updates
    wanted = [u.value for u in updates if u.slot == "chipset" and u.op == "set"]
    refused = [u.value for u in updates if u.slot == "exclude_chipsets" and u.op == "add"]
    return wanted, refused


@pytest.mark.parametrize("text", ["no exynos, snapdragon only", "no exynos, snapdragon please", "not exynos, snapdragon pls"])
def test_a_chip_said_as_a_wish_after_a_refused_chip_and_a_break_is_wanted(vocab, text):
    assert _chips_wanted_and_refused(vocab, text) == (["Snapdragon"], [frozenset({"Exynos"})])


@pytest.mark.parametrize("text", ["no exynos or snapdragon please", "no exynos, snapdragon"])
def test_a_refused_chip_list_goes_on_without_a_wish_after_a_break(vocab, text):
    assert _chips_wanted_and_refused(vocab, text) == ([], [frozenset({"Exynos", "Snapdragon"})])
