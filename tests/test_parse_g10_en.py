"""English wordings of the blind-10 grammar (issues 9 and 10), each beside the closest wording that must keep its meaning:
brands refused as "zero", "not a single", "not gonna buy", "won't touch", "not made by", "anyone but", "... banned",
with the maker's company word ("Samsung Electronics - no"), "1 plus" as OnePlus, "X vs Y, either" as a list,
"nothing that isn't X" as the only wish, chips said short ("Snap 870", "D 700") or by the phones that carry them
("Pixel Tensor") or that "can stay out"; "panel" for the screen and the other side refused after a figure ("no
smaller"); a year as the far end accepted ("2020 is the newest i want"); orderings by "biggest value first", "the
maxed-out RAM"; and budgets around "tbh", "+/-", "not far off", "X and Y, somewhere in there"."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, constraints_after, spec_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text, brand", [
    ("zero Lenovo!", "Lenovo"), ("zero Oppo please", "Oppo"), ("not a single Oppo thx", "Oppo"),
    ("not one Xiaomi, thanks", "Xiaomi"), ("not gonna buy Honor", "Honor"), ("i'm not going to get a Samsung", "Samsung"),
    ("wont touch Samsung", "Samsung"), ("i won't touch Vivo", "Vivo"), ("not made by Infinix", "Infinix"),
    ("cros off Vivo", "Vivo"),
])
def test_a_brand_refused_by_a_word_of_none_or_a_refusing_verb_is_excluded(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [
    ("a single Oppo would do", "Oppo"), ("i'm gonna buy a Samsung", "Samsung"), ("made by Infinix", "Infinix"),
    ("zero issues with Samsung so far, want one", "Samsung"),
])
def test_the_same_words_without_the_refusal_keep_the_brand_wanted(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


def test_zero_refuses_a_chip_family_too(vocab):
    assert constraints_after("zero Exynos", vocab).exclude_chipsets == frozenset({"Exynos"})


@pytest.mark.parametrize("text, brand", [
    ("anyone but Google", "Google"), ("anybody but Huawei", "Huawei"), ("anyone but Huawei. has to have 5G", "Huawei"),
])
def test_anyone_but_a_brand_refuses_it(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


def test_anyone_but_after_a_refusal_makes_the_brand_the_only_wish(vocab):
    assert constraints_after("i don't want anyone but OnePlus", vocab).brands == frozenset({"OnePlus"})


@pytest.mark.parametrize("text, brands", [
    ("Nokia and Tecno Mobile banned thanks", {"Nokia", "Tecno"}), ("Tecno banned", {"Tecno"}),
    ("Oppo, Samsung banned", {"Oppo", "Samsung"}), ("Tecno Mobile, Samsung Electronics - no :)", {"Samsung", "Tecno"}),
    ("Sony Mobile excluded", {"Sony"}), ("Motorola + Huawei = no -- a tablet thanks", {"Huawei", "Motorola"}),
    ("Vivo - no -- 5G please", {"Vivo"}),
])
def test_a_refusal_after_the_brand_or_its_company_name_excludes_it(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


def test_a_company_name_without_a_refusal_stays_wanted(vocab):
    assert constraints_after("Samsung Electronics please", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, brands", [
    ("i only trust 1 plus!", {"OnePlus"}), ("1 plus or Huawei", {"Huawei", "OnePlus"}), ("1 plus 12 please", {"OnePlus"}),
    ("a 1 plus with 5g", {"OnePlus"}),
])
def test_1_plus_is_oneplus(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


@pytest.mark.parametrize("text", ["1 plus ruled out", "brands other than 1 plus", "done with 1 plus, so not them"])
def test_1_plus_refused_is_oneplus_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"OnePlus"})


def test_a_figure_before_plus_stays_a_figure(vocab):
    constraints = constraints_after("6.1 plus screen", vocab)
    assert (constraints.brands, dict(constraints.specs)["screen_in"].lo) == (frozenset(), 6.1)


@pytest.mark.parametrize("text, brands", [
    ("Honor vs Realme, either", {"Honor", "Realme"}), ("Honor vs Realme, either thanks in advance", {"Honor", "Realme"}),
    ("Honor vs Realme, either is fine", {"Honor", "Realme"}),
    ("HuaWei vs 1 plus, either plus tablet this time", {"Huawei", "OnePlus"}),
])
def test_two_makers_weighed_then_either_taken_are_both_wanted(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


@pytest.mark.parametrize("text", ["Honor vs Realme, which is better?", "Honor vs Realme"])
def test_two_makers_weighed_without_either_set_no_brand(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset()


@pytest.mark.parametrize("text, brand", [
    ("nothing that isn't Honor :)", "Honor"), ("nothing which isn't a Samsung", "Samsung"), ("no phone that isn't a Pixel", "Google"),
])
def test_nothing_that_isnt_a_brand_makes_it_the_only_wish(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text", ["anything that isn't a Samsung", "it isn't a Samsung"])
def test_anything_that_isnt_a_brand_still_refuses_it(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, chip", [
    ("Snap 870 please", "Snapdragon 870"), ("a snap 8 gen 2 phone", "Snapdragon 8 Gen 2"), ("Snap 778G inside", "Snapdragon 778G"),
])
def test_snap_before_a_model_number_is_snapdragon(vocab, text, chip):
    assert constraints_after(text, vocab).chipset == chip


@pytest.mark.parametrize("text", ["Snap 695 level and up", "Snap 695 tier or above", "at least Snap 695 speed"])
def test_snap_with_a_level_is_a_floor_on_that_chip(vocab, text):
    assert dict(constraints_after(text, vocab).specs)["chip_score"].lo == 1900.0


def test_snap_before_a_count_of_photos_is_no_chip(vocab):
    constraints = constraints_after("i snap 100 photos a day", vocab)
    assert (constraints.chipset, dict(constraints.specs).get("chip_score")) == (None, None)


@pytest.mark.parametrize("text", ["shouldn't be Pixel Tensor", "no Pixel Tensor please", "Pixel Tensor - no thanks"])
def test_pixel_before_tensor_names_the_chip_refused_not_the_maker(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.exclude_brands) == (frozenset({"Tensor"}), frozenset())


@pytest.mark.parametrize("text", ["Pixel Tensor soc pls", "a Pixel Tensor chip"])
def test_pixel_before_tensor_names_the_chip_wanted_not_the_maker(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.brands) == ("Tensor", frozenset())


def test_a_pixel_said_apart_from_its_tensor_chip_stays_wanted(vocab):
    constraints = constraints_after("a Pixel with a Tensor chip", vocab)
    assert (constraints.brands, constraints.chipset) == (frozenset({"Google"}), "Tensor")


@pytest.mark.parametrize("text, chip", [
    ("Kirin can stay out ty", "Kirin"), ("Exynos can stay out. also, at least 128G", "Exynos"), ("Tensor should stay out", "Tensor"),
])
def test_a_chip_that_can_stay_out_is_refused(vocab, text, chip):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({chip})


def test_brands_that_can_stay_out_are_refused(vocab):
    assert constraints_after("POCO/Xiaomi can stay out", vocab).exclude_brands == frozenset({"POCO", "Xiaomi"})


def test_a_brand_that_can_stay_beside_one_out_stays_wanted(vocab):
    constraints = constraints_after("Samsung can stay, Oppo out", vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({"Samsung"}), frozenset({"Oppo"}))


@pytest.mark.parametrize("text, chip", [
    ("the D 700 inside", "Dimensity 700"), ("looking for the D 8100", "Dimensity 8100"),
    ("Helio G 85 in it", "Helio G85"), ("chip has to be the Helio G 99", "Helio G99"),
])
def test_a_chip_model_said_short_or_spaced_is_that_chip(vocab, text, chip):
    assert (constraints_after(text, vocab).chipset or "").endswith(chip)  # the catalog may name its maker first


@pytest.mark.parametrize("text", ["the D 700 dollars max", "grade D 700 grams or less", "budget d 700"])
def test_a_letter_d_before_a_figure_with_a_unit_is_no_chip(vocab, text):
    assert constraints_after(text, vocab).chipset is None


@pytest.mark.parametrize("text, bound", [
    ("6.7 inchs panel or more", (6.7, None)), ("6.2in panel and under", (None, 6.2)), ("10'' panel+", (10.0, None)),
    ("6.6'' panel and higher", (6.6, None)), ("6.1 inch panel as a maximum", (None, 6.1)),
])
def test_panel_is_the_screens_noun(vocab, text, bound):
    assert spec_after(text, vocab, "screen_in") == bound


@pytest.mark.parametrize("text, key, bound", [
    ("6.7-inch screen, no smaller", "screen_in", (6.7, None)), ("6.3 inchs display, no bigger", "screen_in", (None, 6.3)),
    ("6.8 in display, no smaller", "screen_in", (6.8, None)), ("200 grams, no lighter", "weight_g", (200.0, None)),
    ("200 grams, no heavier", "weight_g", (None, 200.0)), ("6.7 inches panel, or more", "screen_in", (6.7, None)),
    ("8gb, or less", "ram_gb", (None, 8.0)),
])
def test_a_refusal_of_the_other_side_after_the_figure_bounds_it(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_screen_size_without_a_side_stays_about_that_size(vocab):
    assert spec_after("a 6.7 inch panel", vocab, "screen_in") == (6.55, 6.85)


@pytest.mark.parametrize("text, key, bound", [
    ("nothing short of 6.7 in pannel", "screen_in", (6.7, None)), ("nothing short of 8gb ram", "ram_gb", (8.0, None)),
    ("128G storage upper limit", "storage_gb", (None, 128.0)), ('6.5" screen cap', "screen_in", (None, 6.5)),
    ("4500mAh battery cap as the upper limit", "battery_mah", (None, 4500.0)),
])
def test_nothing_short_of_is_a_floor_and_cap_or_upper_limit_after_a_figure_a_ceiling(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_battery_cap_before_a_floor_is_the_batterys_capacity(vocab):
    assert spec_after("at least 4k mAh battery cap", vocab, "battery_mah") == (4000.0, None)


@pytest.mark.parametrize("text, bound", [
    ("2020 is the newest i want", (None, 2020)), ("2020 is the oldest i'll take", (2020, None)),
    ("oldest allowed is 2024", (2024, None)), ("2019 is the latest allowed", (None, 2019)),
    ("the newest i'd take is 2021", (None, 2021)), ("2019 and prior pls", (None, 2019)),
])
def test_a_year_said_as_the_far_end_accepted_bounds_the_launch_year(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


@pytest.mark.parametrize("text", ["the newest one", "the oldest one i want"])
def test_a_far_end_without_a_year_stays_an_ordering(vocab, text):
    sort = sort_after(text, vocab)
    assert sort is not None and sort.key == "year"


@pytest.mark.parametrize("text, sort", [
    ("sort by weight, biggest value first", Sort("weight_g", True)), ("order by screen size: smallest value first", Sort("screen_in", False)),
    ("sort by how heavy it is highest first", Sort("weight_g", True)), ("order it by weight, descending", Sort("weight_g", True)),
    ("sort RAM, biggest value first pls", Sort("ram_gb", True)), ("list them main camera MP biggest value first", Sort("main_camera_mp", True)),
    ("results by chip speed biggest value first", Sort("performance", True)),
    ("rank them by processing power (descending)", Sort("performance", True)),
    ("order it by rear cam megapixels, descending", Sort("main_camera_mp", True)),
])
def test_an_ordering_named_by_its_verb_and_the_end_first_orders_by_that_aspect(vocab, text, sort):
    assert sort_after(text, vocab) == sort


@pytest.mark.parametrize("text, sort", [
    ("the maxed-out RAM you've got", Sort("ram_gb", True)), ("recommend the rock-bottom priced", Sort("price", False)),
    ("the chunkiest battery one please", Sort("battery_mah", True)), ("looking for the most horsepower", Sort("performance", True)),
    ("whichever is the littlest screen", Sort("screen_in", False)), ("the largest capacity battery one please", Sort("battery_mah", True)),
])
def test_a_superlative_of_an_aspect_orders_by_it(vocab, text, sort):
    assert sort_after(text, vocab) == sort


@pytest.mark.parametrize("text", ["the litest one", "the lightest one"])
def test_a_slip_of_lightest_stays_lightest(vocab, text):
    assert sort_after(text, vocab) == Sort("weight_g", False)


def test_list_price_is_no_ordering(vocab):
    assert sort_after("list price under $500", vocab) is None


@pytest.mark.parametrize("text", ["how heavy is it", "what's the weight of it"])
def test_a_question_about_it_stays_no_ordering(vocab, text):
    assert sort_after(text, vocab) is None


@pytest.mark.parametrize("text, budget", [
    ("no more than ₹60k tbh", ("INR", None, 60000.0)), ("cant really go past $1k", ("USD", None, 1000.0)),
    ("skip anything below ₹12K thanks", ("INR", 12000.0, None)), ("not far off 300 bucks", ("USD", 255.0, 345.0)),
    ("+/- 2500 AED?", ("AED", 2125.0, 2875.0)), ("Rs 80000 and Rs 100000, somewhere in there", ("INR", 80000.0, 100000.0)),
    ("1,200 yuan and 1,500 yuan, somewhere in there", ("CNY", 1200.0, 1500.0)), ("500 dhs. plus & min 220 g", ("AED", 500.0, None)),
    ("$ 900 plus lmk", ("USD", 900.0, None)), ("400 dhs.+ range only", ("AED", 400.0, None)),
])
def test_budget_wordings_of_blind_10(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("8gb ram and 300 dollars", ("USD", None, 300.0)), ("can go up to 2000 dhs. + with 16 MP front camera", ("AED", None, 2000.0)),
    ("2000 dhs. Samsung please", ("AED", None, 2000.0)),
])
def test_a_budget_beside_other_asks_keeps_its_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_skip_anything_with_a_feature_refuses_no_figure(vocab):
    assert constraints_after("skip anything with 5g", vocab).budget is None


@pytest.mark.parametrize("text, bound", [
    ("with 6G of working memory or more", (6.0, None)), ("6G working memory or more", (6.0, None)),
    ("4G of working memory as the upper limit", (None, 4.0)),
])
def test_working_memory_is_ram_and_makes_a_g_figure_gigabytes(vocab, text, bound):
    assert spec_after(text, vocab, "ram_gb") == bound


def test_a_network_after_working_memory_stays_the_network(vocab):
    constraints = constraints_after("should have at least 8G working memory n 5G required", vocab)
    assert (constraints.needs_5g, dict(constraints.specs)["ram_gb"].lo) == (True, 8.0)


@pytest.mark.parametrize("text, budget", [
    ("need a new one... ₹ 60000 ± a bit", ("INR", 51000.0, 69000.0)), ("a new one under 300 dollars", ("USD", None, 300.0)),
    ("this one... 500 dollars max", ("USD", None, 500.0)),
])
def test_one_said_of_a_phone_is_no_amount(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_one_said_as_a_number_stays_an_amount(vocab):
    assert budget_read(vocab, "between one and two thousand dollars") == ("USD", 1000.0, 2000.0)


@pytest.mark.parametrize("text, key, bound", [
    ("time to upgrade my phone: 2023 or newer release", "year", (2023, None)),
    ("time to upgrade my phone: must be a 2022 or older model, 5g yes", "year", (None, 2022)),
    ("time to upgrade my phone — 4500mAh or bigger battery", "battery_mah", (4500.0, None)),
])
def test_an_opener_upgrading_my_phone_leaves_the_asks_after_it_to_the_new_one(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_an_opener_upgrading_my_phone_leaves_the_budget_after_it(vocab):
    assert budget_read(vocab, "time to upgrade my phone — budget: 6000 CNY at most. cheers") == ("CNY", None, 6000.0)


def test_upgrading_a_named_phone_is_still_an_upgrade_from_it(vocab):
    assert understand("i want to upgrade my pixel 8a", vocab).followup is not None
