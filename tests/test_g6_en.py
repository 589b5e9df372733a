"""English wordings of the blind-6 grammar (issue 9), budget, years, spec bounds and orderings: "ard" and "somewhere
round" as about, room said after a figure ("flexible", "can flex small", "not far off", "bit more or less ok") and
"more like" or "within a bit of" before it; "nothing that costs over" as a ceiling; "-plus" hyphened onto an amount as a
floor; "200 grams is the lightest I'd go" as a floor (not the lightest first); "earliest 2021", "2021 at earliest",
"latest year 2020", "max 2020 release", "year capped at 2019" and "no launches before 2021" as year bounds; an ordering's
direction put "in" an order ("storage in biggest first order")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def budget(vocab, text: str) -> Budget:
    return slots(understand(text, vocab))["budget"][1]  # type: ignore[return-value]  # the budget slot holds a Budget


def spec(vocab, text: str, name: str) -> Bound:
    return slots(understand(text, vocab))[f"spec:{name}"][1]  # type: ignore[return-value]  # a spec slot holds a Bound


@pytest.mark.parametrize("text, currency, amount", [
    ("ard 8,000 inr can?", "INR", 8000), ("ard $300", "USD", 300),
    ("somewhere round $ 150", "USD", 150), ("somewhere round 400 bucks", "USD", 400),
    ("more like 800 Chinese yuan", "CNY", 800), ("more like $250", "USD", 250),
    ("within a bit of 18000 inr", "INR", 18000), ("within a little of $500", "USD", 500),
])
def test_an_approximation_before_the_amount_is_about_it(vocab, text, currency, amount):
    assert budget(vocab, text) == Budget(currency, lo=round(amount * 0.85, 2), hi=round(amount * 1.15, 2), around=amount)


@pytest.mark.parametrize("text", [
    "target price 400 dollars, flexible", "let's say 400 bucks, can flex small", "$400, can flex a bit",
    "400 dollars, not far off", "thinking USD 400, bit more or less ok", "400 bucks, a bit more or less",
])
def test_room_said_after_the_amount_makes_it_about_that_much(vocab, text):
    assert budget(vocab, text).around == 400


def test_a_flexible_budget_names_no_foldable(vocab):
    assert "devices" not in slots(understand("target price 200000 PKR, flexible", vocab))


def test_within_alone_stays_a_ceiling(vocab):
    assert budget(vocab, "within 18000 inr") == Budget("INR", hi=18000)


@pytest.mark.parametrize("text", ["nothing that costs over $600", "nothing which costs over $600",
                                  "nothing that costs more than $600"])
def test_nothing_that_costs_over_an_amount_is_a_ceiling(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=600)


def test_one_that_costs_over_an_amount_stays_a_floor(vocab):
    assert budget(vocab, "one that costs over $600") == Budget("USD", lo=600)


def test_nothing_that_weighs_over_a_weight_is_its_ceiling(vocab):
    assert spec(vocab, "nothing that weighs over 200g", "weight_g") == Bound(hi=200)


@pytest.mark.parametrize("text, currency", [
    ("something in the ₹ 30000-plus bracket", "INR"), ("something in the 30,000 inr-plus bracket", "INR"),
    ("in the 30000 bucks-plus range", "USD"),
])
def test_plus_hyphened_after_the_amount_is_a_floor(vocab, text, currency):
    assert budget(vocab, text) == Budget(currency, lo=30000)


def test_plus_or_minus_after_the_amount_stays_about_it(vocab):
    assert budget(vocab, "$150, plus or minus").around == 150


@pytest.mark.parametrize("text", ["200 grams is the lightest I'd go", "200g is the lightest I'll accept",
                                  "200 grams is the lightest I would take"])
def test_a_figure_said_to_be_the_lightest_accepted_is_a_floor(vocab, text):
    request = understand(text, vocab)
    assert slots(request)["spec:weight_g"] == ("set", Bound(lo=200)) and request.sort is None


def test_the_heaviest_accepted_is_a_ceiling(vocab):
    assert spec(vocab, "160 grams is the heaviest I'd go", "weight_g") == Bound(hi=160)


def test_the_lightest_alone_still_orders_by_weight(vocab):
    assert understand("the lightest please, 5000 mah battery", vocab).sort == Sort("weight_g", False)


def test_a_screen_said_to_be_the_least_accepted_is_a_floor(vocab):
    assert spec(vocab, "6.7-inch screen is the least I'll accept", "screen_in") == Bound(lo=6.7)


@pytest.mark.parametrize("text", ["earliest 2021", "2021 at earliest", "2021 at the earliest", "min 2021 models"])
def test_the_earliest_year_is_a_floor(vocab, text):
    assert spec(vocab, text, "year") == Bound(lo=2021)


@pytest.mark.parametrize("text", ["latest 2020", "latest year 2020", "2020 at the latest", "max 2020 release",
                                  "year capped at 2020"])
def test_the_latest_year_is_a_cap(vocab, text):
    assert spec(vocab, text, "year") == Bound(hi=2020)


def test_the_latest_year_is_no_ordering(vocab):
    assert understand("latest year 2020", vocab).sort is None


def test_max_before_an_amount_stays_a_budget(vocab):
    request = understand("max 2000 dollars", vocab)
    assert slots(request)["budget"][1] == Budget("USD", hi=2000) and "spec:year" not in slots(request)


@pytest.mark.parametrize("text, found", [
    ("no launches before 2021", Bound(lo=2021)), ("no releases after 2022", Bound(hi=2022)),
])
def test_refused_launches_on_one_side_of_a_year_keep_the_other(vocab, text, found):
    assert spec(vocab, text, "year") == found


@pytest.mark.parametrize("text, found", [
    ("storage in biggest first order", Sort("storage_gb", True)), ("weight in low to high order", Sort("weight_g", False)),
    ("display size in lowest first order", Sort("screen_in", False)),
    ("battery in high to low order", Sort("battery_mah", True)),
])
def test_a_direction_put_in_an_order_orders_by_the_aspect(vocab, text, found):
    assert understand(text, vocab).sort == found


def test_the_in_order_direction_without_order_still_reads(vocab):
    assert understand("price in ascending order", vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text", ["2022 model upward", "2022 model upwards", "2022 model onwards"])
def test_a_model_year_then_upward_is_a_floor(vocab, text):
    assert spec(vocab, text, "year") == Bound(lo=2022)


@pytest.mark.parametrize("text", ["year 2021 and below", "2021 and under", "2021 and older"])
def test_a_year_and_below_is_a_cap(vocab, text):
    assert spec(vocab, text, "year") == Bound(hi=2021)


def test_a_year_and_up_stays_a_floor(vocab):
    assert spec(vocab, "2021 and up", "year") == Bound(lo=2021)


@pytest.mark.parametrize("text", ["battery shouldn't go past 4000mAh", "battery must not go past 4000 mah",
                                  "the battery can't be going past 4000mAh"])
def test_a_refusal_to_go_past_a_figure_is_a_ceiling(vocab, text):
    assert spec(vocab, text, "battery_mah") == Bound(hi=4000)


def test_going_past_an_amount_unrefused_is_a_floor(vocab):
    assert budget(vocab, "it can go past $400") == Budget("USD", lo=400)


@pytest.mark.parametrize("text", ["I'd like the most heavy", "gimme the most heavy one"])
def test_the_most_heavy_orders_heaviest_first(vocab, text):
    assert understand(text, vocab).sort == Sort("weight_g", True)


@pytest.mark.parametrize("text", ["I want the highest-res front camera", "sort so the highest-MP selfie cam comes first",
                                  "highest megapixel front-facing camera"])
def test_the_highest_resolution_front_camera_orders_by_the_front_camera(vocab, text):
    assert understand(text, vocab).sort == Sort("front_camera_mp", True)


def test_the_highest_resolution_camera_alone_orders_by_the_main_camera(vocab):
    assert understand("the highest-res camera", vocab).sort == Sort("main_camera_mp", True)
