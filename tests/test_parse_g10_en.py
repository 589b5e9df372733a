"""English wordings of the blind-10 grammar (issues 9 and 10), each beside the closest wording that must keep its meaning:
brands refused as "zero", "not a single", "not gonna buy", "won't touch", "not made by", "anyone but", "... banned",
with the maker's company word ("Samsung Electronics - no"), "1 plus" as OnePlus, "X vs Y, either" as a list,
"nothing that isn't X" as the only wish, and chips said short ("Snap 870") or by the phones that carry them ("Pixel
Tensor")."""

from __future__ import annotations

import pytest

from tests.helpers import constraints_after


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
