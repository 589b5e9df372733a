"""English wordings of the blind-8 grammar (issues 9 and 10), each beside the closest wording that must keep its meaning:
"mi" as the speaker before a verb ("mi need a phone"), a chip's maker before its family ("Huawei Kirin", "Google's
Tensor", "QCOM Snapdragon") naming the chip and no phone maker, a brand removed with none wanted as refused, and
orderings put "on top" / "at the top of the list" or said by their unit ("lowest grams", "most gigs")."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, constraints_after, slots


@pytest.mark.parametrize("text", ["mi need a phone, 5G", "mi want a phone under 300 dollars", "mi just need a phone with 5g",
                                  "mi a look fi a phone wid 5g"])
def test_mi_before_a_verb_is_the_speaker_not_xiaomi(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset()


@pytest.mark.parametrize("text", ["Mi 11 please", "a Mi or a Poco", "mi phones only", "Mi wanted, no Samsung"])
def test_mi_as_a_name_stays_xiaomi(vocab, text):
    assert "Xiaomi" in constraints_after(text, vocab).brands


@pytest.mark.parametrize("text, chip", [
    ("Huawei Kirin proccessor", "Kirin"), ("chip from the Huawei Kirin family", "Kirin"),
    ("the chip has to be Huawei Kirin", "Kirin"), ("Samsung's Exynos processor", "Exynos"),
    ("QCOM Snapdragon inside", "Snapdragon"),
])
def test_a_chip_makers_name_before_its_family_names_the_chip_not_a_phone_maker(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.brands) == (chip, frozenset())


@pytest.mark.parametrize("text, chip", [
    ("no Google's Tensor pls", "Tensor"), ("Google's Tensor - no thanks", "Tensor"), ("not running QCOM Snapdragon", "Snapdragon"),
    ("excluding QCOM Snapdragon chipsets", "Snapdragon"),
])
def test_a_chip_refused_with_its_makers_name_refuses_the_chip_not_the_maker(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.exclude_brands, constraints.brands) == (frozenset({chip}), frozenset(), frozenset())


def test_a_phone_maker_said_apart_from_the_chip_stays_wanted(vocab):
    constraints = constraints_after("a Huawei with a Kirin chip", vocab)
    assert (constraints.brands, constraints.chipset) == (frozenset({"Huawei"}), "Kirin")


def test_a_chip_makers_name_before_a_model_is_a_floor_on_that_chip(vocab):
    found = slots(understand("not slower than the Samsung's Exynos 1480", vocab))
    assert ("chipset" in found, found["spec:chip_score"]) == (False, ("set", Bound(lo=3400.0)))


@pytest.mark.parametrize("text, brands", [
    ("hi - remove Infinix; min 32 MP front camera", {"Infinix"}), ("remove Tecno and Oppo!", {"Oppo", "Tecno"}),
    ("drop Oppo", {"Oppo"}), ("remove Real-me and Xiaomi", {"Realme", "Xiaomi"}),
])
def test_a_brand_removed_with_none_wanted_is_refused(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == frozenset(brands)


def test_a_brand_removed_from_those_wanted_only_leaves_the_wish(vocab):
    state = apply(DialogueState(), understand("Samsung or Oppo", vocab))
    constraints = apply(state, understand("remove Oppo", vocab)).constraints
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({"Samsung"}), frozenset())


@pytest.mark.parametrize("text, sort", [
    ("main camera MP, highest on top", Sort("main_camera_mp", True)), ("cost - lowest on top", Sort("price", False)),
    ("screen size - highest on top", Sort("screen_in", True)), ("mAh highest on top", Sort("battery_mah", True)),
    ("show price lowest at the top", Sort("price", False)), ("weight, lowest at top of the list", Sort("weight_g", False)),
])
def test_a_direction_put_on_top_after_its_aspect_is_the_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("list with the lowest grams at the top", Sort("weight_g", False)), ("lowest grams of them all", Sort("weight_g", False)),
    ("the most grams first", Sort("weight_g", True)), ("the most gigs of storage of the lot", Sort("storage_gb", True)),
    ("top pick = most gigs", Sort("storage_gb", True)), ("most gigs of ram first", Sort("ram_gb", True)),
])
def test_an_ordering_said_by_its_unit_grams_or_gigs(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["at least 200 grams", "8 gigs of ram minimum"])
def test_a_unit_with_its_figure_stays_a_bound_not_an_ordering(vocab, text):
    assert understand(text, vocab).sort is None


@pytest.mark.parametrize("text, budget", [
    ("round US$450 and 5G", ("USD", 382.5, 517.5)), ("round CNY 10000!", ("CNY", 8500.0, 11500.0)),
    ("budget in the area of USD 400", ("USD", 340.0, 460.0)), ("budget in the area of Rs 80k (PKR)", ("PKR", 68000.0, 92000.0)),
    ("thinking Rs.10K (INR) or thereabout", ("INR", 8500.0, 11500.0)),
])
def test_a_budget_said_round_in_the_area_of_or_thereabout_is_about_it(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["round the clock battery, under 300 dollars", "a round 300 dollars max"])
def test_round_that_is_no_figures_word_leaves_the_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 300)
