"""New constraint kinds end to end: exclusions of chipsets and series, OR between alternatives,
read from a message, folded into the dialogue state and shown as filter lines (EN and ZH)."""

from __future__ import annotations

import pytest

from advisor.dialogue import DialogueState, apply
from advisor.explain import filter_lines
from advisor.request import Bound, Constraints, Request, SlotUpdate
from advisor.understand import understand
from tests.helpers import slots


def _state_after(*updates: SlotUpdate, language: str = "en") -> DialogueState:
    request = Request(text="x", language=language, updates=updates)  # type: ignore[arg-type]
    return apply(DialogueState(language=language), request)


def test_dialogue_folds_a_chipset_exclusion():
    state = _state_after(SlotUpdate("exclude_chipsets", "add", frozenset({"Snapdragon"})))
    assert state.constraints.exclude_chipsets == frozenset({"Snapdragon"})


def test_excluding_the_wanted_chipset_drops_it():
    state = _state_after(SlotUpdate("chipset", "set", "Snapdragon"),
                         SlotUpdate("exclude_chipsets", "add", frozenset({"Snapdragon"})))
    assert state.constraints.chipset is None


def test_dialogue_folds_a_series_exclusion():
    state = _state_after(SlotUpdate("exclude_series", "add", frozenset({"Galaxy A"})))
    assert state.constraints.exclude_series == frozenset({"Galaxy A"})


def test_dialogue_sets_alternatives():
    alternatives = (Constraints(brands=frozenset({"Google"})), Constraints(platform="ios"))
    assert _state_after(SlotUpdate("alternatives", "set", alternatives)).constraints.alternatives == alternatives


def test_filter_lines_show_exclusions_in_english():
    state = DialogueState(constraints=Constraints(exclude_chipsets=frozenset({"Snapdragon"}),
                                                  exclude_series=frozenset({"Galaxy A"})))
    assert [line.text for line in filter_lines(state)] == ["not chipset: Snapdragon", "not series: Galaxy A"]


def test_filter_lines_show_exclusions_in_chinese():
    state = DialogueState(language="zh", constraints=Constraints(exclude_chipsets=frozenset({"Snapdragon"}),
                                                                 exclude_series=frozenset({"Galaxy A"})))
    assert [line.text for line in filter_lines(state)] == ["排除芯片: Snapdragon", "排除系列: Galaxy A"]


def test_filter_lines_show_alternatives_as_one_line():
    state = DialogueState(constraints=Constraints(alternatives=(Constraints(brands=frozenset({"Google"})),
                                                                Constraints(platform="ios"))))
    assert [line.text for line in filter_lines(state)] == ["any of: (brand: Google) or (platform: iOS)"]


def test_filter_lines_name_the_chip_score_bound():
    state = DialogueState(constraints=Constraints(specs=(("chip_score", Bound(lo=1500)),)))
    assert [line.text for line in filter_lines(state)] == ["chip score ≥ 1500"]


@pytest.mark.parametrize("text", ["an iPad or an Android tablet", "苹果或者安卓平板"])
def test_a_brand_or_a_platform_that_exclude_each_other_are_alternatives(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["alternatives"], "platform" in found, "brands" in found) == (
        ("set", (Constraints(brands=frozenset({"Apple"})), Constraints(platform="android"))), False, False)


def test_both_platforms_named_with_or_filter_neither(vocab):
    assert "platform" not in slots(understand("Android or iOS, under $400", vocab))


def test_two_brands_joined_by_or_are_both_wanted(vocab):
    assert slots(understand("Pixel or iPhone", vocab))["brands"] == ("set", frozenset({"Google", "Apple"}))


@pytest.mark.parametrize("text", ["a Huawei with at least 8GB RAM or a Samsung with a 50MP camera",
                                  "要么运存8GB以上的华为，要么5000万像素主摄的三星"])
def test_two_branded_sides_joined_by_or_are_alternatives_with_their_own_specs(vocab, text):
    assert slots(understand(text, vocab))["alternatives"] == ("set", (
        Constraints(brands=frozenset({"Huawei"}), specs=(("ram_gb", Bound(lo=8)),)),
        Constraints(brands=frozenset({"Samsung"}), specs=(("main_camera_mp", Bound(lo=50)),))))


def test_constraints_outside_the_either_sides_stay_for_both(vocab):
    found = slots(understand("under $800, a Huawei with 8GB RAM or a Samsung with 12GB RAM", vocab))
    assert (found["budget"][1].hi, len(found["alternatives"][1])) == (800, 2)


def test_sides_joined_by_huozhe_are_alternatives(vocab):
    found = slots(understand("带8GB运存的华为或者带5000万像素主摄的三星", vocab))
    assert [c.brands for c in found["alternatives"][1]] == [frozenset({"Huawei"}), frozenset({"Samsung"})]


def test_brands_alone_joined_by_or_stay_a_brand_set(vocab):
    found = slots(understand("华为或者小米", vocab))
    assert (found["brands"], "alternatives" in found) == (("set", frozenset({"Huawei", "Xiaomi"})), False)


def test_a_decimal_point_does_not_end_an_either_side(vocab):
    found = slots(understand("a Huawei with a 6.7 inch screen or a Samsung with 8GB RAM", vocab))
    assert found["alternatives"][1][0].spec("screen_in") == Bound(6.55, 6.85)


def test_an_either_side_joined_by_huozhe_ends_at_a_space(vocab):
    found = slots(understand("华为或者小米 重量200g以下", vocab))
    assert (found["brands"], found["spec:weight_g"]) == (("set", frozenset({"Huawei", "Xiaomi"})), ("set", Bound(hi=200)))
