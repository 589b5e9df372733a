"""English wordings of the blind-11 grammar (issues 9 and 10), each beside the closest wording that must keep its meaning:
a maker in brackets after the chip family, brand or line it makes ("helio (mediatek)", "Pixel (Google)") glossing that
name and asking for nothing itself, "HiSi" as the Kirin's maker, "filter out" and "never buying ... again" as refusals,
"nothing without 5G" as 5G wanted, the Dimensity's "D-" shorthand hyphened to its model, an ordering's direction said
"hi-lo", "the largest capacity storage" and "the biggest-screened", budgets said "close enough to", "10kish", "in the
under-$200 range" and end by end ("400 lower, 500 upper"), a year "or below", and a spec's compound name between its
figure and its side ("8 gigs memory/RAM tops", "64 gigs in-built storage max")."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import constraints_after


@pytest.mark.parametrize("text, chip", [
    ("helio (mediatek) SoC required thx", "Helio"), ("Dimensity (MTK)-series processor", "Dimensity"),
    ("chip must be exynos (samsung)", "Exynos"), ("tensor (google) series chip", "Tensor"),
    ("a Kirin (HiSilicon) processor", "Kirin"), ("snapdragon (qualcomm) inside", "Snapdragon"),
])
def test_a_makers_name_in_brackets_after_a_chip_family_names_that_family_only(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.brands) == (chip, frozenset())


@pytest.mark.parametrize("text, chip", [
    ("not helio (mediatek) inside", "Helio"), ("no tensor (google) at all", "Tensor"),
    ("hard pass on Dimensity (MTK)", "Dimensity"), ("nothing with an exynos (samsung) chip", "Exynos"),
])
def test_a_chip_refused_with_its_maker_in_brackets_refuses_the_family_and_keeps_the_maker(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset, constraints.brands, constraints.exclude_brands) == (
        frozenset({chip}), None, frozenset(), frozenset())


def test_a_makers_name_said_apart_from_the_chip_stays_a_brand(vocab):
    constraints = constraints_after("a Samsung with an Exynos chip", vocab)
    assert (constraints.brands, constraints.chipset) == (frozenset({"Samsung"}), "Exynos")


def test_a_vendor_alone_in_brackets_after_a_chip_word_is_still_the_vendor(vocab):
    assert constraints_after("a chip (mediatek)", vocab).chipset == "MediaTek"


@pytest.mark.parametrize("text, brands", [
    ("not buying Pixel (Google)", {"Google"}), ("Nokia (HMD), Lenovo: no thanks", {"Lenovo", "Nokia"}),
    ("brand can't be Pixel (Google)", {"Google"}), ("no Motorola (Lenovo) please", {"Motorola"}),
])
def test_a_brand_refused_with_its_maker_in_brackets_refuses_that_brand_only(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.exclude_series) == (frozenset(brands), frozenset())


def test_a_line_with_its_maker_in_brackets_refuses_the_line_and_keeps_the_maker(vocab):
    constraints = constraints_after("Huawei only - no Nova (Huawei) lineup", vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Huawei"}), frozenset({"Nova"}))


@pytest.mark.parametrize("text", ["not HiSi Kirin powered", "no HiSi Kirin-based chips", "don't want HiSi Kirin"])
def test_hisi_before_kirin_is_the_chips_maker(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({"Kirin"}), None)


def test_hisi_kirin_wanted_stays_wanted(vocab):
    assert constraints_after("a HiSi Kirin chip please", vocab).chipset == "Kirin"


@pytest.mark.parametrize("text, brands", [
    ("filter out Appel and Infinix", {"Apple", "Infinix"}), ("filter out nokiya", {"Nokia"}),
    ("please filter out Oppo", {"Oppo"}), ("filtering out Vivo and Tecno", {"Tecno", "Vivo"}),
])
def test_a_brand_filtered_out_is_refused(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


@pytest.mark.parametrize("text", ["filter out Unisoc", "filter out Heliio", "filter out media-tek"])
def test_a_chip_filtered_out_is_refused(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (len(constraints.exclude_chipsets), constraints.chipset) == (1, None)


def test_a_brand_filtered_for_is_wanted(vocab):
    assert constraints_after("filter for Oppo", vocab).brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text, brand", [
    ("never buying Oppo again", "Oppo"), ("never buying nokiya agaain", "Nokia"), ("never getting a Huawei again", "Huawei"),
    ("i'm never using Samsung again", "Samsung"),
])
def test_never_buying_a_brand_again_refuses_it(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset({brand}), frozenset())


def test_buying_a_brand_again_is_a_wish(vocab):
    assert constraints_after("buying Oppo again", vocab).brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["nothing without 5g", "nothing witohut 5g; nothing apple", "none without 5G please",
                                  "nothing without 5g & released from 2021 on"])
def test_nothing_without_5g_wants_5g(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


@pytest.mark.parametrize("text", ["without 5g is fine", "a phone without 5g"])
def test_without_5g_alone_still_does_not_ask_for_it(vocab, text):
    assert constraints_after(text, vocab).needs_5g is not True


@pytest.mark.parametrize("text, chip", [
    ("the D-9000 soc specifically", "Dimensity 9000"), ("a model with the D-8100", "Dimensity 8100"),
    ("chipset = D-700", "Dimensity 700"), ("D-1200 onboard", "Dimensity 1200"),
])
def test_a_dimensity_model_after_its_hyphened_letter_is_that_chip(vocab, text, chip):
    assert constraints_after(text, vocab).chipset.endswith(chip)


def test_a_hyphened_d_before_a_battery_figure_is_no_chip(vocab):
    assert constraints_after("a D-6000 mAh battery", vocab).chipset is None


@pytest.mark.parametrize("text, key, descending", [
    ("order them by screen size lo-hi", "screen_in", False), ("order weight lo-hi", "weight_g", False),
    ("ordering: camera megapixels hi-lo", "main_camera_mp", True), ("weight (hi-lo)", "weight_g", True),
    ("mAh order, hi-lo", "battery_mah", True), ("sort by RAM hi to lo", "ram_gb", True),
])
def test_an_orderings_direction_said_hi_lo_is_read_in_full(vocab, text, key, descending):
    sort = apply(DialogueState(), understand(text, vocab)).sort
    assert (sort.key, sort.descending) == (key, descending)


@pytest.mark.parametrize("text", ["hi - lo budget phone please", "hi, lo-fi user here, 5g phone"])
def test_a_greeting_hi_is_no_direction(vocab, text):
    assert apply(DialogueState(), understand(text, vocab)).sort is None


@pytest.mark.parametrize("text, key", [
    ("the largest capacity storage you can find", "storage_gb"), ("rank by largest capacity storage", "storage_gb"),
    ("rank the biggest-screened first", "screen_in"), ("pick the largest-screened", "screen_in"),
])
def test_a_superlative_of_capacity_storage_or_a_screened_phone_orders_by_it(vocab, text, key):
    assert apply(DialogueState(), understand(text, vocab)).sort == Sort(key, True)


def test_the_smallest_screened_orders_by_screen_upwards(vocab):
    assert apply(DialogueState(), understand("rank smallest-screened at the top", vocab)).sort == Sort("screen_in", False)


def test_a_largest_capacity_storage_with_a_figure_is_a_bound_not_an_ordering(vocab):
    state = apply(DialogueState(), understand("largest capacity storage 256gb", vocab))
    assert (state.sort, dict(state.constraints.specs)["storage_gb"]) == (None, Bound(lo=256.0))


@pytest.mark.parametrize("text, currency, around", [
    ("close enough to rs. 12k", "INR", 12000.0), ("close enugh to $900", "USD", 900.0),
    ("close-enough to 500 dirhams", "AED", 500.0), ("CNY 10kish thanks", "CNY", 10000.0),
])
def test_close_enough_to_and_kish_are_about_the_figure(vocab, text, currency, around):
    budget = constraints_after(text, vocab).budget
    assert (budget.currency, budget.around) == (currency, around)


def test_close_to_stays_about_the_figure(vocab):
    assert constraints_after("close to 50000 PKR", vocab).budget.around == 50000.0


@pytest.mark.parametrize("text, hi", [
    ("in the under-$ 200 range?", 200.0), ("in the under-rs. 35000 range", 35000.0),
    ("in the under-100k rupees range thanks", 100000.0), ("an under-$300 phone", 300.0),
])
def test_a_side_hyphened_onto_an_amount_is_that_side(vocab, text, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (None, hi)


def test_the_range_of_a_figure_without_a_side_stays_about_it(vocab):
    assert constraints_after("in the $200 range", vocab).budget.around == 200.0


@pytest.mark.parametrize("text, lo, hi", [
    ("aed 400 lower, aed 500 upper thx", 400.0, 500.0), ("Rs.20000 lower, Rs.35000 upper", 20000.0, 35000.0),
    ("5,000 RMB lwer, 12,000 RMB upper :)", 5000.0, 12000.0), ("$300 lower end, $600 upper end", 300.0, 600.0),
])
def test_a_range_said_end_by_end_with_lower_and_upper_is_that_range(vocab, text, lo, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (lo, hi)


def test_lower_opening_a_clause_of_its_own_is_no_floor(vocab):
    budget = constraints_after("budget 300, lower is better", vocab).budget
    assert (budget.lo, budget.hi) == (None, 300.0)


@pytest.mark.parametrize("text, bound", [
    ("model year 2022 or below", Bound(hi=2022)), ("released 2019 or under", Bound(hi=2019)),
    ("year 2021 or above", Bound(lo=2021)),
])
def test_a_year_or_below_is_that_year_and_older(vocab, text, bound):
    assert dict(constraints_after(text, vocab).specs)["year"] == bound


def test_a_year_or_earlier_stays_a_ceiling(vocab):
    assert dict(constraints_after("model year 2022 or earlier", vocab).specs)["year"] == Bound(hi=2022)


@pytest.mark.parametrize("text, key, hi", [
    ("8 gigs memory/RAM tops", "ram_gb", 8.0), ("4 gigs memory/RAM max. pls", "ram_gb", 4.0),
    ("8 gigs RAM/memory tops", "ram_gb", 8.0), ("64 gigs in-built storage max pls", "storage_gb", 64.0),
    ("64GB in-built storage but no more", "storage_gb", 64.0), ("4.5k mAh cell capacity tops", "battery_mah", 4500.0),
])
def test_a_spec_named_by_a_compound_noun_keeps_the_side_said_after_it(vocab, text, key, hi):
    assert dict(constraints_after(text, vocab).specs)[key] == Bound(hi=hi)


def test_a_ram_and_storage_pair_with_a_slash_stays_two_specs(vocab):
    specs = dict(constraints_after("8gb ram / 128gb storage", vocab).specs)
    assert (specs["ram_gb"], specs["storage_gb"]) == (Bound(lo=8.0), Bound(lo=128.0))


def test_a_cell_phone_after_a_battery_figure_is_no_battery_noun(vocab):
    assert dict(constraints_after("5000 mah cell phone", vocab).specs)["battery_mah"] == Bound(lo=5000.0)
