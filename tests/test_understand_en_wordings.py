"""English wordings strangers use (issue 9): orderings named with a direction or left to "whichever is cheaper",
what cannot be ordered, "ish" glued to a figure, Apple's chips as a family, a camera's bare figure, an age in years."""

import pytest

from advisor.explain.phrases import SORT_LABELS
from advisor.understanding.request import Bound, Budget, SlotUpdate, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, sort", [
    ("sort by RAM ascending", Sort("ram_gb", False)), ("rank by memory: low to high", Sort("ram_gb", False)),
    ("sort by storage, lowest first", Sort("storage_gb", False)),
    ("order them by speed (in ascending order)", Sort("performance", False)),
    ("sorted by selfie camera, low to high", Sort("front_camera_mp", False)),
    ("sort by main camera ascending", Sort("main_camera_mp", False)),
])
def test_sort_by_an_aspect_with_a_direction_orders_from_its_low_end(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("sorted by weight, in ascending order", Sort("weight_g", False)),
    ("sort by battery, biggest first", Sort("battery_mah", True)),
    ("sort by price (low to high)", Sort("price", False)),
])
def test_a_said_direction_is_read_and_not_left_over(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.unread) == (sort, ())


def test_every_ordering_has_a_label_in_both_languages():
    assert set(SORT_LABELS["en"]) == set(SORT_LABELS["zh"])


@pytest.mark.parametrize("text, aspect", [("sort by popularity", "popularity"),
                                          ("sort by brand name, under $300", "brand name")])
def test_an_ordering_by_an_aspect_without_figures_is_said_not_dropped(vocab, text, aspect):
    request = understand(text, vocab)
    assert request.sort is None
    assert any(f"sort by '{aspect}'" in note for note in request.notes)


@pytest.mark.parametrize("text, sort", [("Xiaomi or Realme, whichever is cheaper", Sort("price", False)),
                                        ("Oppo or Vivo - whichever's lighter", Sort("weight_g", False)),
                                        ("Samsung or Google, whichever one is newer", Sort("year", True))])
def test_whichever_is_better_on_an_aspect_orders_by_it_and_keeps_both_brands(vocab, text, sort):
    request = understand(text, vocab)
    assert request.sort == sort
    assert len(slots(request)["brands"][1]) == 2


@pytest.mark.parametrize("text, budget", [
    ("$450ish", Budget("USD", lo=382.5, hi=517.5, around=450)),
    ("200ish dollars", Budget("USD", lo=170, hi=230, around=200)),
    ("something 30k-ish rupees", Budget("INR", lo=25500, hi=34500, around=30000)),
    ("below 350ish bucks", Budget("USD", hi=350)),
])
def test_ish_glued_to_an_amount_means_around_it_unless_a_side_is_said(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text", ["an A-series chip", "with an Apple processor", "Bionic chip please", "apple silicon"])
def test_apples_chips_named_as_a_family_want_the_apple_chipset(vocab, text):
    assert SlotUpdate("chipset", "set", "Apple") in understand(text, vocab).updates


def test_a_bare_a_series_after_samsung_stays_the_galaxy_a_line(vocab):
    found = slots(understand("Samsung, no A series", vocab))
    assert "chipset" not in found and found["exclude_series"] == ("add", frozenset({"Galaxy A"}))


@pytest.mark.parametrize("text, slot, bound", [
    ("camera at least 48", "spec:main_camera_mp", Bound(lo=48)),
    ("rear cam: 64 minimum", "spec:main_camera_mp", Bound(lo=64)),
    ("selfie camera 20 or more", "spec:front_camera_mp", Bound(lo=20)),
    ("front cam 16+", "spec:front_camera_mp", Bound(lo=16)),
])
def test_a_bare_figure_with_a_floor_after_a_camera_word_is_megapixels(vocab, text, slot, bound):
    assert slots(understand(text, vocab))[slot] == ("set", bound)


@pytest.mark.parametrize("text", ["camera under 300", "nice camera, 400 max"])
def test_a_bare_figure_with_a_ceiling_after_a_camera_word_stays_a_price(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:main_camera_mp" not in found and found["budget"][1].hi in (300, 400)


@pytest.mark.parametrize("text, years", [("no older than 3 years", 3), ("less than two years old", 2),
                                         ("at most 1 year old", 1), ("at most a year old", 1), ("nothing older than 2 years", 2),
                                         ("not more than 2 years old", 2), ("from the last couple of years", 2)])
def test_an_age_in_years_is_the_window_of_the_newest_years(vocab, text, years):
    newest = vocab.reference_year
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(lo=newest - years + 1))


def test_give_or_take_after_an_amount_is_around_it_not_a_choice(vocab):
    found = slots(understand("a 50mp selfie camera with 1200 dirhams give or take, under 200 grams", vocab))
    assert "alternatives" not in found
    assert found["budget"] == ("set", Budget("AED", lo=1020, hi=1380, around=1200))


@pytest.mark.parametrize("text, slot", [("6.5 inch or largr", "spec:screen_in"), ("not befor 2024", "spec:year"),
                                        ("Snapdragon 8 Gen 2 or fastr", "spec:chip_score")])
def test_a_misspelled_comparison_word_is_guessed_and_keeps_its_side(vocab, text, slot):
    request = understand(text, vocab)
    assert slots(request)[slot][1].lo is not None and request.notes[0].startswith("Guessed")


@pytest.mark.parametrize("text", ["at least storage 512gb and 8gb ram", "storage of 512GB and 8GB of RAM"])
def test_two_memory_figures_joined_by_and_keep_their_own_words(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["spec:storage_gb"], found["spec:ram_gb"]) == (("set", Bound(lo=512)), ("set", Bound(lo=8)))


def _sides(request):
    return [(side.brands, dict(side.specs), side.budget) for side in slots(request)["alternatives"][1]]


@pytest.mark.parametrize("text", ["a Samsung with 8GB RAM or a Pixel", "Samsung with 8GB RAM, or any Pixel"])
def test_a_first_side_with_its_own_requirement_or_a_bare_brand_are_alternatives(vocab, text):
    assert _sides(understand(text, vocab)) == [(frozenset({"Samsung"}), {"ram_gb": Bound(lo=8)}, None),
                                               (frozenset({"Google"}), {}, None)]


def test_a_last_side_without_an_article_or_with_may_hold_its_own_budget(vocab):
    assert _sides(understand("Samsung with 12GB RAM, or Pixel under $600", vocab)) == [
        (frozenset({"Samsung"}), {"ram_gb": Bound(lo=12)}, None), (frozenset({"Google"}), {}, Budget("USD", hi=600))]


@pytest.mark.parametrize("text", ["under $500. Samsung with 8GB RAM or Pixel with 50MP camera",
                                  "under $500 - Samsung with 8GB RAM or Pixel with 50MP camera"])
def test_a_full_stop_or_a_dash_ends_the_clause_before_two_alternatives(vocab, text):
    request = understand(text, vocab)
    assert (_sides(request), slots(request)["budget"][1]) == (
        [(frozenset({"Samsung"}), {"ram_gb": Bound(lo=8)}, None),
         (frozenset({"Google"}), {"main_camera_mp": Bound(lo=50)}, None)], Budget("USD", hi=500))


def test_requirements_in_brackets_belong_to_their_side(vocab):
    assert _sides(understand("Samsung (12GB RAM) or Pixel (50MP camera)", vocab)) == [
        (frozenset({"Samsung"}), {"ram_gb": Bound(lo=12)}, None),
        (frozenset({"Google"}), {"main_camera_mp": Bound(lo=50)}, None)]


def test_a_requirement_after_the_last_of_two_bare_brands_still_holds_for_both(vocab):
    found = slots(understand("a Samsung or a Google phone with 8GB RAM", vocab))
    assert "alternatives" not in found and found["spec:ram_gb"] == ("set", Bound(lo=8))


@pytest.mark.parametrize("text, brands", [("Pixels only, under $800", {"Google"}), ("more pixels", set()),
                                          ("megapixels matter", set()), ("lots of pixels on the camera", set())])
def test_pixels_plural_is_google_unless_counted_as_camera_resolution(vocab, text, brands):
    found = slots(understand(text, vocab))
    assert (set(found["brands"][1]) if "brands" in found else set()) == brands
