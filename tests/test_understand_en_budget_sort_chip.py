"""English wordings of issue 9 on budgets, orderings and chips that strangers use: "a grand and a half", a currency
word or code before the figure with a ceiling after it ("yuan 3000 max", "CN¥3000"), a dot grouping thousands
("1.000 dollars"), a ceiling said as a cap or as what the shopper has ("cap it at 400", "got 450 in my pocket"), a
floor after a taste word ("premium phone above $900"); "most expensive first" after "sort by price", "from most to
least RAM", "the most lightweight"; chip floors and comparisons worded as "on par with", "minimum spec", "beats",
"A-15", a chip named after its phone ("my pixel 7's tensor g2"); chip vendors listed for exclusion; "avid" for
"avoid"; a model "or newer" as a year floor; two screen sizes offered as either-will-do."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["less than a grand and a half", "under one and a half grand"])
def test_a_grand_and_a_half_is_fifteen_hundred_dollars(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("USD", hi=1500))


def test_a_floor_after_a_premium_phone_is_a_price_floor(vocab):
    request = understand("premium phone above $900", vocab)
    assert (slots(request)["budget"], request.notes) == (("set", Budget("USD", lo=900)), ())


@pytest.mark.parametrize("text, budget", [
    ("yuan 3000 max", Budget("CNY", hi=3000)), ("under CN¥3000", Budget("CNY", hi=3000)),
])
def test_a_currency_before_the_figure_with_a_ceiling_is_its_currency(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_a_dot_grouping_thousands_before_a_currency_word_is_a_thousands_separator(vocab):
    assert slots(understand("no more than 1.000 dollars", vocab))["budget"] == ("set", Budget("USD", hi=1000))


@pytest.mark.parametrize("text", ["my ceiling's 700", "cap it at 700 bucks"])
def test_a_cap_or_ceiling_is_a_price_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("USD", hi=700))


@pytest.mark.parametrize("text", ["i have 450 and not a cent more", "got 450 in my pocket for a new phone"])
def test_the_money_a_shopper_has_is_a_price_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("USD", hi=450))


def test_most_expensive_first_after_sort_by_price_orders_from_the_dearest(vocab):
    assert understand("sort by price, most expensive first", vocab).sort == Sort("price", True)


def test_from_most_to_least_orders_downwards(vocab):
    assert understand("from most to least RAM", vocab).sort == Sort("ram_gb", True)


def test_the_most_lightweight_orders_by_weight(vocab):
    assert understand("the most lightweight android", vocab).sort == Sort("weight_g", False)


@pytest.mark.parametrize("text, bound", [
    ("A-15 bionic or newer", Bound(lo=4600)), ("processor at least on par with the dimensity 8200", Bound(lo=3900)),
    ("minimum spec snapdragon 8 gen 2", Bound(lo=5000)),
])
def test_chip_floor_wordings_are_a_chip_score_floor(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("a chip that beats the A14", Bound(lo=4001)), ("a chip better than my pixel 7's tensor g2", Bound(lo=3201)),
])
def test_chip_comparison_wordings_are_a_strict_chip_score_floor(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text", ["avoid exynos and mediatek", "no exynos or mediatek chips"])
def test_chip_vendors_listed_after_an_exclusion_are_all_excluded(vocab, text):
    excluded = {name for u in understand(text, vocab).updates if u.slot == "exclude_chipsets" for name in u.value}
    assert excluded == {"Exynos", "MediaTek"}


def test_avid_before_a_chip_vendor_is_avoid(vocab):
    assert slots(understand("avid exynos please", vocab))["exclude_chipsets"] == ("add", frozenset({"Exynos"}))


def test_avid_before_a_brand_is_avoid(vocab):
    assert slots(understand("avid samsung, 5g", vocab))["exclude_brands"] == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text, brand, year", [("iPhone 15 or newer", "Apple", 2023), ("pixel 7a or later", "Google", 2023)])
def test_a_model_or_newer_is_its_brand_from_its_launch_year(vocab, text, brand, year):
    found = slots(understand(text, vocab))
    assert (found["brands"], found["spec:year"]) == (("set", frozenset({brand})), ("set", Bound(lo=year)))


def test_two_screen_sizes_offered_are_either_will_do(vocab):
    sides = apply(DialogueState(), understand("a 6.1 or 6.7 inch screen", vocab)).constraints.alternatives
    assert [side.spec("screen_in") for side in sides] == [Bound(5.95, 6.25), Bound(6.55, 6.85)]


@pytest.mark.parametrize("text", ["without breaking 300", "300 is my budget", "300 is what I have", "I only have 300",
                                  "budget=300", "budget - 300"])
def test_a_figure_said_as_the_money_there_is_a_price_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("USD", hi=300))


def test_size_words_from_large_to_small_order_downwards(vocab):
    assert understand("screen size large to small", vocab).sort == Sort("screen_in", True)


@pytest.mark.parametrize("text, sort", [("sort by price from the most expensive", Sort("price", True)),
                                        ("sorted by price from highest", Sort("price", True))])
def test_the_end_a_sorted_list_starts_from_is_its_direction(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, bound", [
    ("something with more power than the A14", Bound(lo=4001)), ("a more powerful chip than the A15", Bound(lo=4601)),
    ("something faster than my old tensor g2", Bound(lo=3201)),
])
def test_more_chip_comparisons_are_a_strict_chip_score_floor(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text", ["8 gen 2 level performance", "a snapdragon 8 gen 2-class chip"])
def test_a_chip_class_or_level_is_a_chip_score_floor(vocab, text):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=5000))


@pytest.mark.parametrize("text, bound", [
    ("Snapdragon® 8 Gen 2 or better", Bound(lo=5000)), ("Dimensity-8200 or better", Bound(lo=3900)),
    ("mediatek 8200 or better", Bound(lo=3900)), ("Helio-G99 or better", Bound(lo=1900)),
    ("snapdragon 8 gen 2 processor minimum", Bound(lo=5000)),
])
def test_chip_spellings_with_marks_hyphens_or_the_vendor_are_read_as_the_chip(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert (found["spec:chip_score"], "budget" in found, "chipset" in found) == (("set", bound), False, False)


def test_a_side_joined_by_and_before_the_next_figure_is_that_figures(vocab):
    found = slots(understand("5000 mah and below 200", vocab))
    assert (found["spec:battery_mah"], found["budget"]) == (("set", Bound(lo=5000)), ("set", Budget("USD", hi=200)))


def test_a_side_joined_by_and_at_a_clause_end_stays_with_its_figure(vocab):
    assert slots(understand("5000mah and below", vocab))["spec:battery_mah"] == ("set", Bound(hi=5000))


@pytest.mark.parametrize("text, budget", [
    ("max around 400", Budget("USD", hi=400)), ("up to about 400", Budget("USD", hi=400)),
    ("around 400 or less", Budget("USD", hi=400)), ("at least around 800", Budget("USD", lo=800)),
])
def test_a_side_said_with_an_approximation_keeps_its_side(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, year", [
    ("from the iphone 15 onwards", 2023), ("at least an iphone 15", 2023), ("an iphone newer than the iphone 15", 2024),
])
def test_a_model_as_the_oldest_wanted_is_a_launch_year_floor(vocab, text, year):
    found = slots(understand(text, vocab))
    assert (found["brands"], found["spec:year"]) == (("set", frozenset({"Apple"})), ("set", Bound(lo=year)))


@pytest.mark.parametrize("text, aspect", [("highest rated samsung", "rating"), ("most popular phones", "popularity"),
                                          ("best selling phone", "sales")])
def test_a_superlative_of_an_aspect_without_figures_is_named_back_and_orders_nothing(vocab, text, aspect):
    request = understand(text, vocab)
    assert (request.sort, any(f"'{aspect}'" in note for note in request.notes)) == (None, True)


@pytest.mark.parametrize("text", ["chip should at least match the dimensity 8200", "matches or beats a dimensity 8200"])
def test_a_chip_matched_is_a_floor_that_keeps_the_chip(vocab, text):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=3900))


@pytest.mark.parametrize("text", ["at least 50 mp camera", "android 14 or newer"])
def test_a_figure_no_model_name_goes_with_is_no_launch_year(vocab, text):
    assert "spec:year" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["I'm an avid gamer", "avid gamer here", "I am avid about photos"])
def test_avid_describing_the_shopper_refuses_nothing(vocab, text):
    found = slots(understand(text, vocab))
    assert ("exclude_brands" in found, "exclude_chipsets" in found) == (False, False)
