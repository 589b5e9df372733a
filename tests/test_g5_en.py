"""English wordings of the blind-5 grammar (issue 9): the one who pays after a verb of price ("shouldn't cost me
more than"), a currency code in brackets after the figure ("Rs 20,000 (PKR)"), "ballpark figure" as about, a bare
chip model after a chip word's floor or a chip verb ("processor not below 778G", "built on the 778G"), and "any chipset
but Tensor" as a refusal, "benchmark score" as an ordering's aspect, and a "pls" between an ordering's aspect and its
direction ("by display size pls, ascending"), "lowest 1,200 AED" as a figure (not "lowest one"), a "+" spaced on both
sides as "and", a brand refused before a dash ("Xiaomi not allowed - ...") or as "both out", a bare "by" after a joining
word or greeting ("and by screen size"), "amount of RAM", "a normal slab phone" as the plain phone shape, and the
whole-amount mark "/-" as rupees whatever language is around it, and a maker's series refused after "their" or "its"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def budget(vocab, text: str) -> Budget:
    return slots(understand(text, vocab))["budget"][1]  # type: ignore[return-value]  # the budget slot holds a Budget


@pytest.mark.parametrize("text", [
    "it shouldn't cost me more than $300", "it mustn't set me back more than $300",
    "shouldn't cost us over $300 thanks", "don't wana spend over $300",
])
def test_a_refused_price_with_its_payer_is_a_ceiling(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=300)


def test_a_price_above_a_figure_said_without_refusal_stays_a_floor(vocab):
    assert budget(vocab, "it should cost more than $300") == Budget("USD", lo=300)


@pytest.mark.parametrize("text, currency", [
    ("Rs 20,000 (PKR) max", "PKR"), ("within Rs 20k (PKR) budget", "PKR"),
    ("Rs 20,000 (INR) max", "INR"), ("$20,000 (AED) max", "AED"),
])
def test_a_bracketed_code_after_the_figure_names_its_currency(vocab, text, currency):
    assert budget(vocab, text) == Budget(currency, hi=20000)


def test_shared_rupees_without_a_code_stay_indian(vocab):
    assert budget(vocab, "Rs 20,000 max").currency == "INR"


@pytest.mark.parametrize("text", [
    "ballpark figure $400", "a ballpark figure of 400 bucks", "ballpark number is $400", "ballppark figure $400",
])
def test_a_ballpark_figure_is_about_that_amount(vocab, text):
    assert budget(vocab, text).around == 400


def test_a_plain_figure_after_budget_stays_a_ceiling(vocab):
    assert budget(vocab, "budget figure $400") == Budget("USD", hi=400)


@pytest.mark.parametrize("text", [
    "processor not below 8200", "performance at least 8200", "chip at least 8200", "processor no lower than the 8200",
])
def test_a_bare_chip_model_after_a_chip_floor_is_that_chip_at_least(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores["MediaTek Dimensity 8200"]))


def test_a_bare_figure_with_grams_after_a_plain_floor_stays_a_weight(vocab):
    assert slots(understand("at least 220g", vocab))["spec:weight_g"] == ("set", Bound(lo=220))


@pytest.mark.parametrize("text", ["built on the 8200", "built around an 8200", "running on the 8200"])
def test_a_bare_chip_model_after_a_chip_verb_is_that_chip(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "MediaTek Dimensity 8200")


@pytest.mark.parametrize("text, chip", [
    ("any chipset but Tensor", "Tensor"), ("any processor except Exynos", "Exynos"), ("any chip but Kirin", "Kirin"),
])
def test_any_chipset_but_one_refuses_that_one(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found["exclude_chipsets"] == ("add", frozenset({chip})) and found["chipset"] == ("clear", None)


def test_any_chipset_alone_still_lets_the_chipset_go(vocab):
    assert slots(understand("any chipset is fine", vocab))["chipset"] == ("clear", None)


def sort_of(vocab, text: str) -> Sort | None:
    return understand(text, vocab).sort


@pytest.mark.parametrize("text, descending", [
    ("benchmark score descending order", True), ("by benchmark scores ascending", False),
    ("order: benchmark score descending pls", True), ("by benchmarks", True),
])
def test_a_benchmark_score_orders_by_performance(vocab, text, descending):
    assert sort_of(vocab, text) == Sort("performance", descending)


@pytest.mark.parametrize("text, key, descending", [
    ("by display size pls, ascending", "screen_in", False), ("sort by weight please, descending", "weight_g", True),
    ("by mAh plz ascending", "battery_mah", False),
])
def test_a_softener_between_aspect_and_direction_keeps_the_direction(vocab, text, key, descending):
    assert sort_of(vocab, text) == Sort(key, descending)


def test_an_aspect_with_a_softener_and_no_direction_keeps_its_default_order(vocab):
    assert sort_of(vocab, "by display size pls") == Sort("screen_in", True)


@pytest.mark.parametrize("text, found", [
    ("lowest 1,200 AED, highest 2,000 AED", Budget("AED", lo=1200, hi=2000)),
    ("lowest 1,500 dollars", Budget("USD", lo=1500)), ("the 1.5 lakh one", Budget("INR", hi=150000)),
])
def test_a_one_that_goes_on_into_a_figure_is_that_figure(vocab, text, found):
    assert budget(vocab, text) == found


def test_a_lone_one_after_a_superlative_is_still_a_phone(vocab):
    request = understand("what about the lightest 1?", vocab)
    assert request.sort == Sort("weight_g", False) and "budget" not in slots(request)


@pytest.mark.parametrize("text", ["can't stretch past 700 dollars + battery 5500mah", "$700 + 5g please", "max $700 + 8gb ram"])
def test_a_plus_spaced_on_both_sides_joins_two_wishes(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=700)


@pytest.mark.parametrize("text", ["$700+", "$700+ 5g", "700 dollars +"])
def test_a_plus_glued_to_a_figure_or_closing_it_is_a_floor(vocab, text):
    assert budget(vocab, text) == Budget("USD", lo=700)


@pytest.mark.parametrize("text, brands", [
    ("Xiaomi not allowed - 200 grams max", {"Xiaomi"}), ("Xiaomi not ok - 5g", {"Xiaomi"}),
    ("Oppo and Samsung both out", {"Oppo", "Samsung"}), ("Oppo and Samsung all out, 5g please", {"Oppo", "Samsung"}),
])
def test_a_brand_refused_after_its_name_before_a_dash_or_as_both_out(vocab, text, brands):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset(brands))


def test_brands_said_both_fine_stay_wished(vocab):
    assert "exclude_brands" not in slots(understand("Samsung and Oppo both are fine", vocab))


@pytest.mark.parametrize("text, key", [
    ("50 MP camera and by screen size pls, highest to lowest", "screen_in"), ("hey by mAh pls, descending", "battery_mah"),
    ("by amount of RAM pls, descending", "ram_gb"), ("sort highest to lowest by amount of RAM", "ram_gb"),
])
def test_a_bare_by_after_a_joining_word_or_greeting_orders_by_the_aspect(vocab, text, key):
    assert sort_of(vocab, text) == Sort(key, True)


def test_a_by_that_names_no_aspect_orders_nothing(vocab):
    assert sort_of(vocab, "made by Samsung and by 2022") is None


@pytest.mark.parametrize("text", ["a normal slab phone", "standard candybar phone please", "an ordinary bar phone"])
def test_a_plain_shaped_phone_is_the_phone_kind(vocab, text):
    assert slots(understand(text, vocab))["devices"][1] == frozenset({"phone"})


def test_a_normal_foldable_stays_a_foldable(vocab):
    assert slots(understand("a normal foldable", vocab))["devices"][1] == frozenset({"foldable"})


@pytest.mark.parametrize("text, found", [
    ("80k-100k/-预算", Budget("INR", lo=80000, hi=100000)), ("预算 30000/-", Budget("INR", hi=30000)),
    ("at least 18000/- but under 25000/-, plus 三星或POCO的机", Budget("INR", lo=18000, hi=25000)),
])
def test_the_whole_amount_mark_is_rupees_beside_chinese_words(vocab, text, found):
    assert budget(vocab, text) == found


@pytest.mark.parametrize("text, currency", [("预算30000", "CNY"), ("lahore, 30000/- max", "PKR"), ("PKR 30000/- max", "PKR")])
def test_a_figure_without_the_mark_or_with_a_pakistani_word_keeps_its_market(vocab, text, currency):
    assert budget(vocab, text).currency == currency


@pytest.mark.parametrize("text, series", [
    ("Samsung except their Galaxy A series", "Galaxy A"), ("Samsung but not its Galaxy A series", "Galaxy A"),
])
def test_a_makers_own_series_refused_after_a_possessive(vocab, text, series):
    assert slots(understand(text, vocab))["exclude_series"] == ("add", frozenset({series}))
