"""English wordings of the blind-9 grammar (issues 9 and 10), each beside the closest wording that must keep its meaning:
a currency named with its code in brackets ("800 bucks (USD) or more") or in two words ("US dollars 800", "PKR Rs. 80k"),
"grand" as a word of praise, approximations and ranges said with shop words ("near to", "give-or-take", "at the low end",
"≤ price ≤"), brands refused after their kind word ("Oppo brand - pass", "Tecno is off the list", "any make bar Vivo"),
Indian English sides ("or lesser"), units written as plurals or cut ("4500mAhs", "6.5 inche"), a spec's noun with its
variant word ("8GB RAM config") or a verb of measuring ("battery rated 4000 mAh"), year sides written with signs
("2019 & older", "≥2024 launch"), and orderings by shop shorthand ("sort: wt, low->high", "most wallet-friendly")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after

# -- money -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, budget", [
    ("500 US-dollars max", ("USD", None, 500.0)), ("40000 PKRs or higher", ("PKR", 40000.0, None)),
    ("PKR Rs.150k max", ("PKR", None, 150000.0)), ("under 20k PKRs", ("PKR", None, 20000.0)),
    ("pkr rupees 30000 at most", ("PKR", None, 30000.0)),
])
def test_currency_codes_written_as_plurals_or_beside_a_rupee_word_name_their_market(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_indian_rupees_named_with_their_code_stay_indian(vocab):
    assert budget_after("INR Rs.50000 max", vocab) == ("INR", None, 50000.0)


@pytest.mark.parametrize("text, budget", [
    ("800 bucks (USD) or more", ("USD", 800.0, None)), ("300 dollars (US) and above", ("USD", 300.0, None)),
    ("2000 Chinese Yuan (RMB) or more", ("CNY", 2000.0, None)), ("1500 Dh (AED) minimum", ("AED", 1500.0, None)),
    ("900 rupees (INR) & up", ("INR", 900.0, None)),
])
def test_a_side_after_a_currency_word_and_its_bracketed_code_is_the_amounts(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_a_ceiling_after_a_bracketed_code_stays_a_ceiling(vocab):
    assert budget_after("800 bucks (USD) or less", vocab) == ("USD", None, 800.0)


@pytest.mark.parametrize("text, budget", [
    ("around US dollars 800", ("USD", 680.0, 920.0)), ("approx Indian Rs 15000", ("INR", 12750.0, 17250.0)),
    ("about Chinese yuan 3000", ("CNY", 2550.0, 3450.0)), ("around INR Rs.20000", ("INR", 17000.0, 23000.0)),
])
def test_an_approximation_before_a_currency_named_in_two_words_reaches_the_amount(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_a_ceiling_before_a_currency_named_in_two_words_stays_a_ceiling(vocab):
    assert budget_after("under US dollars 800", vocab) == ("USD", None, 800.0)


@pytest.mark.parametrize("text", ["5G or forget it. That'd be grand", "that would be grand, thanks", "Grand! 5G please"])
def test_grand_as_praise_is_no_amount(vocab, text):
    assert budget_after(text, vocab) is None


@pytest.mark.parametrize("text, budget", [("under a grand", ("USD", None, 1000.0)), ("two grand max", ("USD", None, 2000.0))])
def test_grand_after_a_number_word_is_still_a_thousand(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text, budget", [
    ("near to US dollars 350", ("USD", 297.5, 402.5)), ("thereabouts of 1,000 kuai (RMB)", ("CNY", 850.0, 1150.0)),
    ("Dhs. 700 (AED), give-or-take", ("AED", 595.0, 805.0)), ("$400 give-or-take", ("USD", 340.0, 460.0)),
    ("thereabout of 500 dollars", ("USD", 425.0, 575.0)),
])
def test_shop_words_of_approximation_make_an_amount_about(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_a_width_said_after_a_hyphened_give_or_take_is_the_ranges(vocab):
    assert budget_after("500 dollars give-or-take 50", vocab) == ("USD", 450.0, 550.0)


@pytest.mark.parametrize("text, budget", [
    ("USD. 150 at the low end, USD. 300 at the high end", ("USD", 150.0, 300.0)),
    ("$200 at the low end and $400 at the high end", ("USD", 200.0, 400.0)),
    ("USD$ 450 ≤ price ≤ USD$ 1000", ("USD", 450.0, 1000.0)), ("$300 <= price <= $500", ("USD", 300.0, 500.0)),
    ("Rs 20000 ≤ budget ≤ Rs 30000", ("INR", 20000.0, 30000.0)),
])
def test_a_range_said_end_by_end_or_around_the_price_takes_both_ends(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text, budget", [("a high end phone under $500", ("USD", None, 500.0)),
                                          ("price ≤ $500", ("USD", None, 500.0))])
def test_a_high_end_or_a_sign_without_a_second_figure_keeps_one_side(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text", ["cheapest I'd accept is USD. 1200", "the cheapest I'd accept is AED. 1200"])
def test_the_far_end_accepted_before_a_code_closed_by_a_period_is_a_floor(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.budget.lo, constraints.budget.hi) == (1200.0, None)


@pytest.mark.parametrize("text", ["500 dollars (US) min / 1200 dollars (US) max", "Rs.500/- (INR) min / Rs.1200/- (INR) max"])
def test_a_bracketed_currency_code_is_no_sides_own_requirement_in_a_range(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.alternatives, constraints.budget.lo, constraints.budget.hi) == ((), 500.0, 1200.0)


def test_a_bracketed_requirement_still_makes_a_side_its_own(vocab):
    assert len(constraints_after("a Samsung (12GB RAM) / a Pixel (256GB storage)", vocab).alternatives) == 2


# -- brands and chips --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, excluded", [
    ("no Sonny pls", {"Sony"}), ("Poko brand? no way", {"POCO"}), ("no Uni-soc chips", set()),
    ("skip Pocko", {"POCO"}),
])
def test_brands_misspelled_by_sound_are_read(vocab, text, excluded):
    assert constraints_after(text, vocab).exclude_brands == frozenset(excluded)


@pytest.mark.parametrize("text", ["no Uni-soc chipset pls", "avoid uni soc", "nothing on Uni-Soc"])
def test_a_chip_family_split_in_two_is_one_family(vocab, text):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({"Unisoc"})


@pytest.mark.parametrize("text", ["nothing with Googles Tensor in it", "no Googles Tensor", "skip Samsungs Exynos"])
def test_a_chip_makers_possessive_without_its_apostrophe_names_the_chip(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (len(constraints.exclude_chipsets), constraints.exclude_brands, constraints.brands) == (1, frozenset(), frozenset())


def test_a_phone_maker_with_a_chip_after_it_stays_wanted(vocab):
    assert constraints_after("Google phone with Tensor", vocab).brands == frozenset({"Google"})


@pytest.mark.parametrize("text, excluded", [
    ("any make bar Vivo", {"Vivo"}), ("any brand bar Oppo or Honor", {"Oppo", "Honor"}), ("any phone bar a Tecno", {"Tecno"}),
])
def test_any_make_bar_a_brand_refuses_that_brand(vocab, text, excluded):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(excluded), frozenset())


def test_any_make_alone_refuses_nothing(vocab):
    assert constraints_after("any make is fine", vocab).exclude_brands == frozenset()


@pytest.mark.parametrize("text, excluded", [
    ("Oppo brand - pass", {"Oppo"}), ("Honor brand? no way", {"Honor"}), ("Tecno is off the list", {"Tecno"}),
    ("Samsung make - no", {"Samsung"}), ("Realme brand: nope", {"Realme"}), ("Vivo and Oppo are off the list", {"Vivo", "Oppo"}),
    ("Oppo or Vivo? neither pls", {"Oppo", "Vivo"}), ("Sony, Tecno - none of them", {"Sony", "Tecno"}),
])
def test_a_refusal_after_a_brand_and_its_kind_word_refuses_it(vocab, text, excluded):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(excluded), frozenset())


def test_a_neither_nor_after_a_floor_keeps_the_floor(vocab):
    assert spec_after("64gb storage or more, neither huawei nor Google", vocab, "storage_gb") == (64.0, None)


@pytest.mark.parametrize("text", ["Oppo brand only", "Oppo brand pls", "Oppo is on the list"])
def test_a_brand_with_its_kind_word_and_no_refusal_is_wanted(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Oppo"})


@pytest.mark.parametrize("text", ["keep Apple Inc. out", "Apple Inc. excluded from the list", "no apple inc. please",
                                  "Apple Inc.? nah, pass"])
def test_a_companys_mark_after_its_name_keeps_the_refusal(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Apple"})


def test_a_company_named_with_its_mark_and_wanted_stays_wanted(vocab):
    assert constraints_after("Apple Inc. only", vocab).brands == frozenset({"Apple"})


@pytest.mark.parametrize("text", ["Sony vs Google, one of those", "Sony vs Google, either is fine",
                                  "Sony versus Google - either one works"])
def test_two_makers_set_against_each_other_then_either_taken_are_both_wanted(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Sony", "Google"})


def test_two_makers_set_against_each_other_alone_are_a_comparison(vocab):
    assert constraints_after("Sony vs Google?", vocab).brands == frozenset()


@pytest.mark.parametrize("text", ["Exynos 1480 equivalent or better", "a Snapdragon 695 equivalent or faster chip",
                                  "Dimensity 8200 level or better"])
def test_a_chip_equivalent_or_better_is_a_floor_on_the_chip(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, dict(constraints.specs)["chip_score"].hi) == (None, None)


def test_a_chip_equivalent_alone_is_that_chip(vocab):
    assert constraints_after("Snapdragon 695 equivalent", vocab).chipset == "Snapdragon 695"


# -- devices and 5G ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a regular smartphone", "normal slab-style phone", "regular bar-type phone",
                                  "a standard bar-shaped smartphone"])
def test_a_plain_phone_said_by_its_shape_is_a_phone_that_does_not_fold(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


def test_a_smartphone_alone_names_no_device_kind(vocab):
    assert constraints_after("a smartphone with 8gb ram", vocab).devices == frozenset()


@pytest.mark.parametrize("text", ["5-G", "Snapdragon-695 performance minimum, and 5-G lah", "needs 5-G support"])
def test_5g_hyphened_is_the_network(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


def test_5g_hyphened_and_not_needed_is_not_asked_for(vocab):
    assert constraints_after("no need for 5-G", vocab).needs_5g is False


# -- specs -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, key, bound", [
    ("screen 6.5 inche or more", "screen_in", (6.5, None)), ("6.7 inche+ on the scren", "screen_in", (6.7, None)),
    ("battery 4500mAhs tops", "battery_mah", (None, 4500.0)), ("5000mAhs battery at least", "battery_mah", (5000.0, None)),
])
def test_units_written_as_plurals_or_cut_short_are_their_spec(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("internal space should be 64gb's or lesser", "storage_gb", (None, 64.0)), ("4GB RAM or lesser", "ram_gb", (None, 4.0)),
    ("battery 4500 milliamp hours or lesser", "battery_mah", (None, 4500.0)),
    ("screen-size not lesser than 6.7 \"", "screen_in", (6.7, None)), ("RAM no lesser than 8GB", "ram_gb", (8.0, None)),
])
def test_indian_english_lesser_says_the_side(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("no bigger battery than 4500mAhs", "battery_mah", (None, 4500.0)), ("no larger screen than 6.5 inch", "screen_in", (None, 6.5)),
    ("no smaller screen than 6.5 inch", "screen_in", (6.5, None)), ("not a heavier battery than 5000 mAh", "battery_mah", (None, 5000.0)),
])
def test_a_comparison_with_the_specs_noun_before_than_is_a_side(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_comparison_with_the_specs_noun_and_no_negation_is_the_other_side(vocab):
    assert spec_after("a bigger battery than 4000mAh", vocab, "battery_mah") == (4000.0, None)


@pytest.mark.parametrize("text, key, bound", [
    ("6gigabytes RAM config at the most pls", "ram_gb", (None, 6.0)), ("8GB RAM variant max", "ram_gb", (None, 8.0)),
    ("128GB's storage variant is the upper limit", "storage_gb", (None, 128.0)),
    ("4-gigs in RAM or lesser", "ram_gb", (None, 4.0)), ("256GB ROM option or less", "storage_gb", (None, 256.0)),
])
def test_a_side_after_a_memorys_noun_and_its_variant_word_is_the_figures(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_memorys_variant_word_without_a_side_is_a_floor(vocab):
    assert spec_after("12GB RAM config", vocab, "ram_gb") == (12.0, None)


@pytest.mark.parametrize("text, key, bound", [
    ("max. battery rated 4000 mA-h", "battery_mah", (None, 4000.0)),
    ("nothing over battery juice rated 4500mAhs pls", "battery_mah", (None, 4500.0)),
    ("at most a screen measuring 6.4 inch", "screen_in", (None, 6.4)), ("battery rated 4000 mAh or more", "battery_mah", (4000.0, None)),
])
def test_a_verb_of_measuring_between_a_specs_noun_and_its_figure_keeps_the_side(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_max_before_a_measured_spec_is_no_ordering(vocab):
    assert understand("max. battery rated 4000 mA-h", vocab).sort is None


@pytest.mark.parametrize("text, bound", [
    ("2019 & older", (None, 2019)), ("year 2023 & above", (2023, None)), ("≥2024 launch", (2024, None)),
    ("≤2022 launch", (None, 2022)), ("2021 n above", (2021, None)), (">= 2021 models", (2021, None)),
])
def test_a_years_side_written_with_a_sign_is_read(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_an_amount_with_an_ampersand_side_stays_an_amount(vocab):
    assert budget_after("2000 dollars & under", vocab) == ("USD", None, 2000.0)


# -- orderings ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, order", [
    ("sort: wt, low->high", Sort("weight_g", False)), ("arrange by rate, high->low", Sort("price", True)),
    ("sort: release yr, biggest to smallest", Sort("year", True)), ("list processor power high->low", Sort("performance", True)),
    ("order on screen size (inches): low->high", Sort("screen_in", False)), ("sort: ROM size, high->low", Sort("storage_gb", True)),
    ("by CPU performance pls (high->low)", Sort("performance", True)),
])
def test_an_ordering_by_shop_shorthand_for_its_aspect(vocab, text, order):
    assert understand(text, vocab).sort == order


def test_an_ordering_by_refresh_rate_is_no_price_ordering(vocab):
    assert understand("sort by refresh rate", vocab).sort is None


@pytest.mark.parametrize("text, order", [
    ("show the most wallet-friendly up top", Sort("price", False)), ("the most pocket-friendly one", Sort("price", False)),
    ("which one is the chunkiest", Sort("weight_g", True)), ("start from the sharpest selfie cam", Sort("front_camera_mp", True)),
    ("gimme the most massive display one", Sort("screen_in", True)),
])
def test_superlatives_of_shop_talk_order_by_their_aspect(vocab, text, order):
    assert understand(text, vocab).sort == order


def test_the_lightest_still_orders_lightest_first(vocab):
    assert understand("show the lightest up top", vocab).sort == Sort("weight_g", False)


# -- choices -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a Samsung with 12GB RAM... or maybe a Pixel with 256GB storage",
                                  "a Lenovo where the main rear cam hits 48 Megapix or more... or maybe a Google where the RAM "
                                  "hits 4-gigs or more, both fine"])
def test_a_choice_after_an_ellipsis_offers_two_sides(vocab, text):
    assert len(constraints_after(text, vocab).alternatives) == 2


def test_an_ellipsis_before_an_added_ask_offers_no_choice(vocab):
    constraints = constraints_after("a Samsung with 12GB RAM... and 5G", vocab)
    assert (constraints.alternatives, constraints.needs_5g) == ((), True)


# -- reasons, refusals and figures beside other asks -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["hi! no TECNO Mobile, the last one died on me. price not over $250",
                                  "no Tecno, the last one broke after a month. under 250 dollars",
                                  "no Tecno - my kid's last one got stolen. under 250 dollars"])
def test_a_phone_said_to_have_broken_is_the_shoppers_own_not_a_shown_one(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.budget.hi) == (frozenset({"Tecno"}), 250.0)


def test_the_last_one_asked_about_is_still_the_last_shown(vocab):
    assert understand("tell me about the last one", vocab).followup.refs == (-1,)


@pytest.mark.parametrize("text", ["Oppo brand - pass - 128GB storage at least", "Oppo - hard pass - 128GB storage at least"])
def test_a_refusal_between_dashes_closes_its_clause(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, dict(constraints.specs)["storage_gb"].lo) == (frozenset({"Oppo"}), 128.0)


@pytest.mark.parametrize("text", ["keep Nokia/HMD out", "Nokia/HMD, Infinix - no thanks", "no HMD phones"])
def test_hmd_is_the_maker_of_nokia_phones(vocab, text):
    assert "Nokia" in constraints_after(text, vocab).exclude_brands


@pytest.mark.parametrize("text", ["android pls, iOS no lah", "Tecno no pls, 5G please"])
def test_a_bare_no_before_a_sign_off_refuses_what_it_follows(vocab, text):
    constraints = constraints_after(text, vocab)
    assert constraints.platform == "android" or constraints.exclude_brands == frozenset({"Tecno"})


def test_no_before_another_word_is_no_refusal(vocab):
    assert constraints_after("Tecno no problem", vocab).brands == frozenset({"Tecno"})


@pytest.mark.parametrize("text", ["atleast 20 megapix resolution front camera needed", "minimum 20 megapix res front camera",
                                  "16MegaPixels resolution frontcam & upwards"])
def test_resolution_between_a_figure_and_the_front_camera_keeps_it_the_front_cameras(vocab, text):
    constraints = constraints_after(text, vocab)
    assert "front_camera_mp" in dict(constraints.specs) and "main_camera_mp" not in dict(constraints.specs)


def test_resolution_before_the_main_camera_stays_the_main_cameras(vocab):
    assert spec_after("50MP resolution main camera at least", vocab, "main_camera_mp") == (50.0, None)


@pytest.mark.parametrize("text, budget", [
    ("cheapest I'd accept is 8k/- INR", ("INR", 8000.0, None)), ("40K/- INRish, not fussed about a little either side",
                                                                 ("INR", 34000.0, 46000.0)),
    ("400 bucks (USD)ish", ("USD", 340.0, 460.0)),
])
def test_an_amount_with_a_multiplier_or_a_glued_ish_after_its_currency(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_ish_inside_a_word_is_no_approximation(vocab):
    assert budget_after("stylish phone under 300 dollars", vocab) == ("USD", None, 300.0)


@pytest.mark.parametrize("text", ["start from the screen-wise biggest & 108MP or higher on the back",
                                  "the screen-wise biggest and a 5000mah battery"])
def test_an_aspect_wise_superlative_before_another_asks_figure_is_an_ordering(vocab, text):
    assert understand(text, vocab).sort == Sort("screen_in", True)


def test_an_aspect_wise_figure_is_the_aspects(vocab):
    assert spec_after("storage wise 256 or more", vocab, "storage_gb") == (256.0, None)


@pytest.mark.parametrize("text", ["gimme the most massive display one plus main camera 200MP", "a Sony one plus 5G"])
def test_one_plus_after_a_described_phone_joins_asks(vocab, text):
    assert "OnePlus" not in constraints_after(text, vocab).brands


@pytest.mark.parametrize("text", ["the new one plus 12", "a cheap one plus 11R", "the latest one plus nord"])
def test_one_plus_before_a_model_number_is_the_maker(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"OnePlus"})


@pytest.mark.parametrize("text", ["works on 5G plus an Oppo one plus 600 dollars US is my ceiling",
                                  "an oppo one plus 12gb ram", "a Realme one plus 5000 mah battery"])
def test_one_plus_before_a_figure_with_its_unit_joins_asks(vocab, text):
    assert "OnePlus" not in constraints_after(text, vocab).brands


@pytest.mark.parametrize("text", ["top = most massive display - anything but Tensor pls?", "display: anything but Tensor"])
def test_anything_but_after_an_aspect_is_an_exception_not_indifference(vocab, text):
    assert understand(text, vocab).updates[0].op != "clear"


def test_an_aspect_then_anything_is_indifference(vocab):
    assert understand("display: anything", vocab).updates[0].op == "clear"


@pytest.mark.parametrize("text", ["12-gigs or more memory (RAM) n 5G sim support", "8GB storage (ROM) and 5G"])
def test_a_memory_word_in_closed_brackets_names_no_later_figure(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


@pytest.mark.parametrize("text, bound", [
    ("4000mAhs battery inside or lesser", (None, 4000.0)), ("4000 mA-h or smaller battery", (None, 4000.0)),
    ("max. battery juice rated 4k-mAh", (None, 4000.0)), ("min screen-size measuring 6.5 \"", None),
])
def test_battery_and_screen_words_of_shop_talk_keep_their_sides(vocab, text, bound):
    key = "screen_in" if "screen" in text else "battery_mah"
    assert spec_after(text, vocab, key) == (bound or (6.5, None))


@pytest.mark.parametrize("text, budget", [
    ("cheapest I'd accept is Indian Rs 80k", ("INR", 80000.0, None)), ("cheapest I'd accept is US dollars 400", ("USD", 400.0, None)),
    ("the lowest I'd go is Chinese yuan 3000", ("CNY", 3000.0, None)),
])
def test_the_far_end_accepted_before_a_currency_in_words_is_a_floor(vocab, text, budget):
    assert budget_after(text, vocab) == budget


@pytest.mark.parametrize("text", ["Samsungg brand - pass 🙏", "Samsung - no way 😊", "Samsung is off the list 🙏"])
def test_an_emoji_closes_a_refusals_clause(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Samsung"})


def test_an_emoji_after_a_wish_keeps_it(vocab):
    assert constraints_after("Samsung only 🙏", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text", ["128GB's internal space variant is the upper limit", "128GB space option max"])
def test_a_storage_noun_with_its_variant_word_keeps_the_side_after_it(vocab, text):
    assert spec_after(text, vocab, "storage_gb") == (None, 128.0)


@pytest.mark.parametrize("text, excluded", [("sub-50k PKR, neither vivo nor realme", {"Vivo", "Realme"}),
                                            ("64gb storage or more, neither huawei nor Google please", {"Huawei", "Google"})])
def test_neither_opening_a_list_after_a_figure_refuses_the_list_not_the_figure(vocab, text, excluded):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(excluded), frozenset())


def test_neither_after_a_figure_keeps_the_figures_side(vocab):
    assert budget_after("sub-50k PKR, neither vivo nor realme", vocab) == ("PKR", None, 50000.0)



@pytest.mark.parametrize("text", ["cheapest I'd accept is US dollars 400.", "the cheapest I'd accept is $400.",
                                  "cheapest I would accept is 400 dollars."])
def test_a_full_stop_after_the_far_end_accepted_keeps_it_a_floor(vocab, text):
    assert budget_after(text, vocab) == ("USD", 400.0, None)


def test_a_full_stop_after_a_cap_keeps_it_a_cap(vocab):
    assert budget_after("the cheapest one please, 400 dollars max.", vocab) == ("USD", None, 400.0)
