"""English wordings of the blind-7 grammar (issue 9), each beside the closest wording that must keep its meaning: room
said on both sides of a budget ("a little up or down is ok", "a bit either side", "plus minus", "give or take,", "but
flexible both ways"), where the money stops as its ceiling ("the wallet stops at", "caps out at"), a range said end
by end ("within X and Y", "X lower end, Y upper end") and "nothing going for less than" as a floor; refusals said "X
no need", "don't bring X", "anything bar X", "X chipset no", "X-based chips are a no", "none with X", "had bad luck
with X", series "outside the X series", "with the X family ruled out", "X models don't count", and Nigerian "5G na
must" as 5G wanted; a spec's noun said "screen diag", "display panel", "battery backup", "RAM capacity" or "inbuilt
storage" between its figure and its side, "or anything above/below", "and heavier", "must reach" and "mustn't pass"
as sides, and years "or more recently", "from the 2022 lineup onwards", "up to the 2020 lineup", "from 2019 back";
orderings by "grams", "least weighty", "most hefty", "most freshly launched", "highest rear-cam MP", "most internal
memory", "lowest-costing", a dash before the direction; chips cut short ("SD-870", "Exy 1380", "K9000S", "Dimensity
9k", "Snapdragon 778 G"), a "+" before a word of level after a chip no phone has as "or better", "no weaker chip
than", and "droid" as Android; two makers "X vs Y, show me both" as both wanted; "no more storage than 128GB" as a
ceiling, not the storage let go; a platform preferred over the other ("I prefer android over iOS") as the one wanted."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def refused(vocab, text: str) -> frozenset[str]:
    found = slots(understand(text, vocab))
    brands, chips = found.get("exclude_brands", ("", frozenset()))[1], found.get("exclude_chipsets", ("", frozenset()))[1]
    return frozenset(brands) | frozenset(chips)  # type: ignore[call-overload]  # exclusions hold sets


def spec(vocab, text: str, name: str) -> Bound:
    return slots(understand(text, vocab))[f"spec:{name}"][1]  # type: ignore[return-value]  # a spec slot holds a Bound


def budget(vocab, text: str) -> Budget:
    return slots(understand(text, vocab))["budget"][1]  # type: ignore[return-value]  # the budget slot holds a Budget


@pytest.mark.parametrize("text", [
    "$400, a little up or down is ok", "$400, a bit up or down", "target price $400, a bit either side",
    "$400, either way is fine", "a little either side of $400", "either side of $400", "plus minus $400",
    "give or take, $400", "budget is $400 but flexible both ways", "$400 but flexible either way",
])
def test_room_said_on_both_sides_makes_the_budget_about_it(vocab, text):
    assert budget(vocab, text) == Budget("USD", lo=340.0, hi=460.0, around=400)


def test_a_width_said_after_plus_minus_stays_the_width(vocab):
    assert budget_read(vocab, "$400 plus minus 50") == ("USD", 350, 450)


def test_a_budget_flexible_upward_only_is_no_range_both_ways(vocab):
    assert budget(vocab, "$400 and below, i can't go up").hi == 400


@pytest.mark.parametrize("text", ["the wallet stops at $400", "my budget ends at $400", "budget caps out at $400",
                                  "my money runs out at $400"])
def test_where_the_money_stops_is_the_ceiling(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=400)


def test_a_figure_the_phone_stops_at_is_no_budget_word(vocab):
    assert budget(vocab, "the screen stops at 6.5 inches, $400 max") == Budget("USD", hi=400)


@pytest.mark.parametrize("text", ["within $300 and $600", "within 300 and 600 dollars",
                                  "$300 lower end, $600 upper end", "$300 at the lower end, $600 at the upper end"])
def test_a_range_said_end_by_end_is_both_ends(vocab, text):
    assert budget_read(vocab, text) == ("USD", 300, 600)


def test_within_one_amount_stays_its_ceiling(vocab):
    assert budget_read(vocab, "within $600 and 5G please") == ("USD", None, 600)


@pytest.mark.parametrize("text", ["nothing going for less than $300", "nothing selling for under $300",
                                  "nothing that goes for less than $300"])
def test_nothing_going_for_less_than_an_amount_is_a_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", 300, None)


def test_something_going_for_less_than_an_amount_stays_a_ceiling(vocab):
    assert budget_read(vocab, "something going for less than $300") == ("USD", None, 300)


@pytest.mark.parametrize("text, names", [
    ("Apple no need lah", {"Apple"}), ("Sony no need", {"Sony"}), ("Google, Apple - both no need", {"Apple", "Google"}),
    ("Oppo, no need", {"Oppo"}),
    ("don't bring Huawei", {"Huawei"}), ("do not bring me Oppo", {"Oppo"}),
    ("anything bar Motorola", {"Motorola"}), ("anything bar Samsung and Oppo", {"Oppo", "Samsung"}),
])
def test_a_brand_said_not_needed_not_to_be_brought_or_barred_is_refused(vocab, text, names):
    assert refused(vocab, text) == names
    assert slots(understand(text, vocab)).get("brands", ("remove",))[0] == "remove"


@pytest.mark.parametrize("text", ["Samsung, no need for 5G", "Samsung no need for a big screen", "bring me a Samsung"])
def test_a_brand_before_no_need_for_something_else_stays_wanted(vocab, text):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["Kirin chipset no", "Kirin chips no", "Kirin-based chips are a no for me",
                                  "Kirin based chips are out", "none with Kirin", "none running Kirin",
                                  "had bad luck with Kirin, so no Kirin", "bad experience with Kirin"])
def test_a_chip_family_refused_after_it_or_by_none_with_is_excluded(vocab, text):
    assert refused(vocab, text) == {"Kirin"}
    assert "chipset" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["Kirin chipset, no compromise", "Kirin based phones please", "no issues with Kirin"])
def test_a_chip_family_wanted_near_a_no_stays_wanted(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Kirin")


@pytest.mark.parametrize("text", ["5G na must o", "5G na must"])
def test_5g_said_na_must_is_wanted(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


def test_5g_said_n_a_is_let_go(vocab):
    assert slots(understand("5G: n/a", vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text, brand, series", [
    ("a Samsung outside the Galaxy A series", "Samsung", "Galaxy A"), ("Tecno with the Spark family ruled out", "Tecno", "Spark"),
    ("Motorola only, Edge models don't count", "Motorola", "Edge"),
])
def test_a_series_said_outside_ruled_out_or_not_counting_is_excluded(vocab, text, brand, series):
    found = slots(understand(text, vocab))
    assert found["brands"] == ("set", frozenset({brand}))
    assert found["exclude_series"] == ("add", frozenset({series}))


def test_a_series_not_counting_as_something_is_no_exclusion(vocab):
    assert "exclude_series" not in slots(understand("Xiaomi, Redmi doesn't count as cheap", vocab))


@pytest.mark.parametrize("text, name, bound", [
    ("6.7-inch screen diag upward", "screen_in", Bound(lo=6.7)), ("6.8-inch display panel and up", "screen_in", Bound(lo=6.8)),
    ("4500mah battery backup maximum", "battery_mah", Bound(hi=4500)), ("5000mah batt capacity or more", "battery_mah", Bound(lo=5000)),
    ("8GB of RAM capacity maximum", "ram_gb", Bound(hi=8)), ("64 GB of inbuilt storage and below", "storage_gb", Bound(hi=64)),
    ("128GB internal storage or less", "storage_gb", Bound(hi=128)),
])
def test_a_side_after_the_specs_noun_is_the_figures(vocab, text, name, bound):
    assert spec(vocab, text, name) == bound


@pytest.mark.parametrize("text, name, bound", [
    ("6.5 inch screen or anything above", "screen_in", Bound(lo=6.5)), ("4GB ram or anything below", "ram_gb", Bound(hi=4)),
    ("210 grams and heavier", "weight_g", Bound(lo=210)), ("180g and lighter", "weight_g", Bound(hi=180)),
    ("screen must reach 6.7 inches", "screen_in", Bound(lo=6.7)), ("battery should reach 5000mAh", "battery_mah", Bound(lo=5000)),
    ("display mustn't pass 6.4 inch", "screen_in", Bound(hi=6.4)), ("battery must not pass 4500mAh", "battery_mah", Bound(hi=4500)),
])
def test_sides_said_as_anything_beyond_heavier_reaching_or_passing(vocab, text, name, bound):
    assert spec(vocab, text, name) == bound


def test_a_6_5_inch_screen_with_no_side_stays_about_that_size(vocab):
    assert spec(vocab, "6.5 inch screen diag", "screen_in") == Bound(lo=6.35, hi=6.65)


@pytest.mark.parametrize("text, bound", [
    ("released 2020 or more recently", Bound(lo=2020)), ("from the 2022 lineup onwards", Bound(lo=2022)),
    ("2022 lineup or newer", Bound(lo=2022)), ("anything up to the 2020 lineup", Bound(hi=2020)),
    ("from 2019 back", Bound(hi=2019)), ("2019 and back", Bound(hi=2019)),
])
def test_years_said_by_lineup_recency_or_going_back(vocab, text, bound):
    assert spec(vocab, text, "year") == bound


def test_the_2023_lineup_alone_is_that_year(vocab):
    assert spec(vocab, "the 2023 lineup", "year") == Bound(2023, 2023)


def test_a_back_camera_after_a_year_is_no_going_back(vocab):
    assert spec(vocab, "2019 back camera 48mp", "main_camera_mp") == Bound(lo=48)
    assert slots(understand("2019 back camera 48mp", vocab)).get("spec:year", ("", None))[1] != Bound(hi=2019)


@pytest.mark.parametrize("text, sort", [
    ("list by grams - ascending", Sort("weight_g", False)), ("sort them by grams, high to low", Sort("weight_g", True)),
    ("I want to see the least weighty first", Sort("weight_g", False)), ("put the most hefty ones up top", Sort("weight_g", True)),
    ("most freshly launched first", Sort("year", True)), ("show the highest rear-cam MP at the top", Sort("main_camera_mp", True)),
    ("show the most rear megapixels at the top", Sort("main_camera_mp", True)),
    ("highest front-cam MP first", Sort("front_camera_mp", True)),
    ("sort: most internal memory first", Sort("storage_gb", True)), ("the lowest-costing one first", Sort("price", False)),
    ("list by screen size - smallest first", Sort("screen_in", False)),
])
def test_orderings_said_by_grams_heft_freshness_hyphened_cameras_and_costing(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_a_memory_wish_with_a_figure_stays_ram(vocab):
    assert spec(vocab, "8gb memory", "ram_gb") == Bound(lo=8)


@pytest.mark.parametrize("text, chip", [
    ("the SD-695 specifically", "Snapdragon 695"), ("chipset Exy 1480", "Exynos 1480"), ("that K9010 chip", "HiSilicon Kirin 9010"),
])
def test_chips_cut_short_are_the_chip(vocab, text, chip):
    assert slots(understand(text, vocab))["chipset"] == ("set", chip)


@pytest.mark.parametrize("text, model", [("the Dimensity 9k chip, nothing else", "9000"), ("Snapdragon 778 G device", "778G")])
def test_a_chip_said_in_thousands_or_with_its_letter_apart_is_that_model(vocab, text, model):
    assert model in str(slots(understand(text, vocab))["chipset"][1])


@pytest.mark.parametrize("text, score", [
    ("SD-695+ performance", 1900.0), ("Exynos1480+ performance", 3400.0),
    ("no weaker chip than Snapdragon 695", 1900.0), ("no slower processor than the Dimensity 8200", 3900.0),
])
def test_a_plus_after_a_chip_no_phone_has_and_no_weaker_chip_than_are_floors(vocab, text, score):
    assert spec(vocab, text, "chip_score") == Bound(lo=score)


def test_a_plus_that_names_a_real_chip_stays_that_chip(vocab):
    assert slots(understand("Snapdragon 8+ Gen 1 please", vocab))["chipset"] == ("set", "Snapdragon 8+ Gen 1")


def test_a_weaker_chip_than_said_as_fine_is_a_ceiling(vocab):
    assert spec(vocab, "a weaker chip than Snapdragon 695 is fine", "chip_score") == Bound(hi=1899.0)


def test_droid_is_android(vocab):
    assert slots(understand("droid only", vocab))["platform"] == ("set", "android")


@pytest.mark.parametrize("text, makers", [
    ("Realme vs Tecno, show me both", {"Realme", "Tecno"}), ("I only have $300, and Realme vs Tecno, show me both", {"Realme", "Tecno"}),
    ("One+ vs Nokia, show me both", {"OnePlus", "Nokia"}), ("Honor vs Real Me, show me both", {"Honor", "Realme"}),
])
def test_two_makers_against_each_other_both_shown_are_both_wanted(vocab, text, makers):
    request = understand(text, vocab)
    assert request.followup is None
    assert slots(request)["brands"] == ("set", frozenset(makers))


def test_two_makers_against_each_other_alone_stay_a_comparison(vocab):
    followup = understand("Samsung vs Oppo", vocab).followup
    assert followup is not None and followup.kind == "compare"


def test_two_models_against_each_other_both_shown_stay_a_comparison(vocab):
    followup = understand("Pixel 8a vs Galaxy A55, show me both", vocab).followup
    assert followup is not None and followup.kind == "compare"


@pytest.mark.parametrize("text, name, ceiling", [("no more storage than 128GB", "storage_gb", 128),
                                                ("no more ram than 8gb", "ram_gb", 8)])
def test_no_more_of_a_spec_than_a_figure_is_its_ceiling(vocab, text, name, ceiling):
    assert spec(vocab, text, name) == Bound(hi=ceiling)


def test_no_more_of_a_spec_limit_still_lets_it_go(vocab):
    assert slots(understand("no more storage limit", vocab))["spec:storage_gb"] == ("clear", None)


@pytest.mark.parametrize("text, platform", [("I prefer android over iOS, so android", "android"),
                                            ("I'd pick iOS over android", "ios")])
def test_a_platform_preferred_over_the_other_is_the_one_wanted(vocab, text, platform):
    assert slots(understand(text, vocab))["platform"] == ("set", platform)


def test_android_or_ios_names_no_platform(vocab):
    assert "platform" not in slots(understand("android or iOS", vocab))
