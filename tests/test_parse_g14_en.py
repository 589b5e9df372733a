"""English wordings of the blind-14 grammar (issue 9), each beside the closest wording that must keep its meaning:
a side word said after a spec's figure and its noun ("4000mah cell at most", "128gb storage at a maximum", "64 GB
built-in max") or before a noun named "cell" ("maximum cell 4.5kmah"); launch years by words said only of years ("2021
or younger", "2019 or less recent", "2021 or any year after", "2022 models and older") and by a sign after the launch
("launch ≥ 2022", "year => 2022", "year =< 2021"); brands refused by "nah to", "don't even suggest", "X? pass ok thx" and
inside a bracketed list ("brand not in (Vivo, Apple)"); 5G said in words ("five G") or asked for ("any 5G?"); budgets said "region of"/"close-ish to"/"maybe a bit either side" (about), end by
end ("low end 800 bucks, high end 1500 bucks", "40k lower bound") or as an interval ("[500 usd, 800 usd]"); devices said "a pad", "slate", "regular form factor", "classic slab",
"nonfoldable"; orderings said "easiest on the wallet", "biggest cell", "<aspect> ranking, <direction>", "from highest
down"; chips said "Exy", "Dimension" (Dimensity), "QC 870", "QC Snapdragon", "<chip> performance or more", "shouldn't
have <chip>"; alternatives closed by "(one of them)", "any of those", "whichever", with a colon between a side's brand and
its requirement ("a Samsung: min storage 1TB")."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import constraints_after, spec_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text, key, bound", [
    ("also 4000mah cell at most", "battery_mah", (None, 4000)),
    ("4000 mah cell, not more?", "battery_mah", (None, 4000)),
    ("a 5000mah cell or bigger pls", "battery_mah", (5000, None)),
    ("128gb storage at a maximum", "storage_gb", (None, 128)),
    ("ram capacity of 8 gig at a maximum ok thx", "ram_gb", (None, 8)),
    ("battery 4000 mAh at a maximum", "battery_mah", (None, 4000)),
    ("screen: 6.6\" at a minimum thx!", "screen_in", (6.6, None)),
    ("6.8 inch display at a minimum", "screen_in", (6.8, None)),
    ("64 GB buiilt-in max", "storage_gb", (None, 64)),
    ("256gb onboard minimum", "storage_gb", (256, None)),
    ("maxiumm cell 4.5kmah pls", "battery_mah", (None, 4500)),
    ("minimum cell 5000 mah", "battery_mah", (5000, None)),
])
def test_a_side_said_after_a_figure_and_its_noun_or_before_the_noun_is_the_figures(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("4000 mAh at most", "battery_mah", (None, 4000)), ("battery 5000mah", "battery_mah", (5000, None)),
    ("8GB built-in memory at most", "ram_gb", (None, 8)), ("128gb storage", "storage_gb", (128, None)),
])
def test_figures_with_their_side_or_noun_said_plainly_keep_their_reading(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_cell_phone_after_a_battery_figure_is_no_battery_noun(vocab):
    assert spec_after("a 5000mah cell phone under 300 dollars", vocab, "battery_mah") == (5000, None)
    assert constraints_after("a 5000mah cell phone under 300 dollars", vocab).budget.hi == 300


@pytest.mark.parametrize("text, bound", [
    ("2021 or younger !!!", (2021, None)), ("2023 or younger and under INR 35,000", (2023, None)),
    ("2019 or less recent - pls", (None, 2019)), ("phone suggestions pls... 2022 or less recent thanks!", (None, 2022)),
    ("2021 or any year after!!", (2021, None)), ("2018 or any year before that", (None, 2018)),
    ("2020 or any later year", (2020, None)), ("2017 or any earlier model", (None, 2017)),
    ("2022 models and older & at least 6.6 inches screen", (None, 2022)), ("2021 phones or newer", (2021, None)),
])
def test_words_said_only_of_years_after_a_year_give_its_side(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


@pytest.mark.parametrize("text, bound", [
    ("launch ≥ 2022 :)", (2022, None)), ("launch ≤ 2021, plus at most 6.5'' screen", (None, 2021)),
    ("release >= 2020", (2020, None)), ("year => 2022, list them best selfie camera first", (2022, None)),
    ("year =< 2021 ty", (None, 2021)), ("release year => 2023", (2023, None)),
])
def test_a_sign_after_the_launch_or_typed_equals_first_bounds_the_year(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_a_sign_typed_equals_first_bounds_any_spec_and_stays_an_arrow_between_figures(vocab):
    assert spec_after("screen => 6.6 inch (pls)", vocab, "screen_in") == (6.6, None)
    assert spec_after("weight =< 190g", vocab, "weight_g") == (None, 190)
    budget = constraints_after("budget 300 => 500 dollars", vocab).budget
    assert (budget.lo, budget.hi) == (300, 500)


@pytest.mark.parametrize("text, bound", [
    ("2022 or newer", (2022, None)), ("2021 or earlier", (None, 2021)), ("2020 or more recent", (2020, None)),
])
def test_years_with_their_usual_side_words_keep_their_reading(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


def test_any_year_said_alone_still_lets_the_year_go(vocab):
    state = apply(DialogueState(), understand("only 2022 or newer", vocab))
    state = apply(state, understand("any year is fine actually", vocab))
    assert dict(state.constraints.specs).get("year") is None


@pytest.mark.parametrize("text, brand", [
    ("need a new mobile — in the vicinity of 8000 rupees | nah to Realme ty", "Realme"),
    ("nah to Oppo -- under AED 700", "Oppo"), ("nah on Xiaomi, under USD 1.5K?", "Xiaomi"),
    ("front camera at least 16 mpx -- don't even suggest Sony", "Sony"), ("don't even suggest vivo mobile", "Vivo"),
    ("never ever recommend Infinix", "Infinix"), ("please don't ever show me Honor", "Honor"),
    ("the best selfie camera options, realMe? pass ok thx pls", "Realme"), ("Lenovo? pass ok thx cheers", "Lenovo"),
    ("Tecno: pass okay thanks", "Tecno"),
])
def test_a_brand_refused_by_nah_to_even_or_a_pass_before_ok_is_excluded(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert brand in constraints.exclude_brands and brand not in constraints.brands


@pytest.mark.parametrize("text, refused", [
    ("brand not in (Vivo, Apple)", {"Vivo", "Apple"}), ("brand not in (Xiaomi, pocophone), 400 to 900 dollars", {"Xiaomi", "POCO"}),
    ("no (Vivo/Apple) please", {"Vivo", "Apple"}), ("brand not in (Vivo)", {"Vivo"}),
])
def test_a_bracketed_list_after_a_refusal_is_refused_whole(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_brands == refused and not constraints.brands


@pytest.mark.parametrize("text, wanted", [
    ("only (Samsung, Google)", {"Samsung", "Google"}), ("nah, Samsung is fine", {"Samsung"}), ("Samsung? ok thx", {"Samsung"}),
    ("do suggest Sony please", {"Sony"}),
])
def test_brands_named_without_a_refusal_stay_wanted(vocab, text, wanted):
    constraints = constraints_after(text, vocab)
    assert constraints.brands == wanted and not constraints.exclude_brands


def test_a_bracketed_aside_that_is_no_list_is_left_alone(vocab):
    constraints = constraints_after("Samsung (Galaxy S) please", vocab)
    assert constraints.brands == {"Samsung"} and constraints.series == {("Samsung", "Galaxy S")}


@pytest.mark.parametrize("text, wanted", [
    ("looking to upgrade my phone - Oppo please", "Oppo"), ("time to replace my phone - a Xiaomi this time", "Xiaomi"),
    ("upgrading my mobile -- Samsung, Galaxy A series not wanted pls", "Samsung"),
])
def test_a_brand_after_a_clause_break_that_follows_my_phone_is_wished_for(vocab, text, wanted):
    assert constraints_after(text, vocab).brands == {wanted}


@pytest.mark.parametrize("text", ["my old Huawei broke, want a Samsung", "my phone Huawei is slow, want a Samsung"])
def test_a_brand_right_after_my_phone_stays_the_phone_owned(vocab, text):
    assert constraints_after(text, vocab).brands == {"Samsung"}


@pytest.mark.parametrize("text", [
    "what should i get — five G thx in advance", "five-G phone under 300 dollars", "a Five g handset please",
    "hey: any 5G? + must cost 1.2k dhs or less", "200g or more in hand and any 5G? (pls) - any ideas?",
    "any 5g phone", "the 5G version please",
])
def test_5g_said_in_words_or_asked_for_is_wanted(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


def test_5g_said_needless_or_indifferent_stays_unwanted(vocab):
    for text in ("no need for five G", "5G - any", "any 5G is fine"):
        state = apply(DialogueState(), understand("5G phone please", vocab))
        assert apply(state, understand(text, vocab)).constraints.needs_5g is False, text


def budget_after(text, vocab):
    """(lo, hi, currency) of the budget in force after one message."""
    budget = constraints_after(text, vocab).budget
    return None if budget is None else (budget.lo, budget.hi, budget.currency)


@pytest.mark.parametrize("text, bound", [
    ("anything non-apple | region of 800 bucks pls", (680, 920, "USD")), ("vicinity of 250 dollars", (212.5, 287.5, "USD")),
    ("plus close-ish to 150000 pkr, plus 2022 or newer model", (127500, 172500, "PKR")),
    ("close ish to 700 usd", (595, 805, "USD")),
    ("8k rupees, maybe a bit either side what do you suggest?", (6800, 9200, "INR")),
    ("USD 450, perhaps a little up or down", (382.5, 517.5, "USD")),
])
def test_an_amount_said_loosely_in_new_words_is_about_it(vocab, text, bound):
    assert budget_after(text, vocab) == bound


@pytest.mark.parametrize("text, bound", [
    ("4gb RAM cap & low end 800 bucks, high end 1500 bucks :)", (800, 1500, "USD")),
    ("arrange most grams first, low end US$900, high end US$1000", (900, 1000, "USD")),
    ("low end 18000/-, high end 30000/- cheers", (18000, 30000, "INR")),
    ("no vivo mobile tho, INR 40k lower bound cheers", (40000, None, "INR")),
    ("2,000 RMB lower bound + 2022 or any year after", (2000, None, "CNY")), ("upper bound 500 dollars", (None, 500, "USD")),
    ("[500 usd, 800 usd] - any ideas?", (500, 800, "USD")), ("weight 200 grams max & [150000 pkr, 300000 pkr]?", (150000, 300000, "PKR")),
    ("budget [1,000 aed, 2,500 aed]", (1000, 2500, "AED")),
])
def test_a_range_said_end_by_end_or_as_an_interval_bounds_the_price(vocab, text, bound):
    assert budget_after(text, vocab) == bound


@pytest.mark.parametrize("text, bound", [
    ("a low end phone under 200 dollars", (None, 200, "USD")), ("high end phone around 1000 usd", (850, 1150, "USD")),
    ("$300 lower end, $600 upper end", (300, 600, "USD")), ("close to 700 usd", (595, 805, "USD")),
])
def test_low_end_and_high_end_phones_and_plain_ends_keep_their_reading(vocab, text, bound):
    assert budget_after(text, vocab) == bound


def test_an_interval_of_spec_figures_is_their_range(vocab):
    assert spec_after("screen [6.1, 6.7] inches", vocab, "screen_in") == (6.1, 6.7)


@pytest.mark.parametrize("text, device", [
    ("what do you reocmmend - a pad ok thx + US$600—US$1500 :)", "tablet"), ("a pad for drawing please", "tablet"),
    ("suggestions please — slate (pls) & max. 40,000 PKR", "tablet"), ("range 500 dhs→700 dhs, plus slate...", "tablet"),
    ("Snapdragon 8 Gen 1 and better. regular form factor :)", "phone"), ("a standard form-factor one", "phone"),
    ("the 5G version !!! | classic slab thanks!", "phone"), ("a normal candybar", "phone"),
    ("need suggestions — ranked latest launch first; nonfoldable only!!", "phone"), ("a non-folding phone", "phone"),
])
def test_a_device_said_in_new_words_is_that_kind(vocab, text, device):
    assert constraints_after(text, vocab).devices == {device}


@pytest.mark.parametrize("text", ["a phone with a good keypad", "a notepad app phone under 300 dollars"])
def test_a_pad_inside_another_word_names_no_tablet(vocab, text):
    assert "tablet" not in constraints_after(text, vocab).devices


@pytest.mark.parametrize("text, key, descending", [
    ("also whats the easiest on the wallet? - pls", "price", False), ("ranked easiest on the wallet first ty", "price", False),
    ("kindest to my pocket first", "price", False),
    ("biggest cell would be first", "battery_mah", True), ("arrange biggest cell first ty", "battery_mah", True),
    ("whats the biggest cell? - pls", "battery_mah", True), ("largest cells on top", "battery_mah", True),
])
def test_the_price_said_by_the_wallet_and_the_battery_by_its_cell_order_the_list(vocab, text, key, descending):
    assert sort_after(text, vocab) == Sort(key, descending)


@pytest.mark.parametrize("text, key, descending", [
    ("screen ranking, increasing & under 3,000 dhs", "screen_in", False), ("grams ranking, decreasing pls", "weight_g", True),
    ("ram size ranking, high to low thx", "ram_gb", True), ("weight ranking, asc", "weight_g", False),
    ("power ranking, high→low", "performance", True), ("front cam MP ranking, high to low", "front_camera_mp", True),
    ("selfie cam resolution ranking, descending order pls", "front_camera_mp", True), ("RAM ranking, desc", "ram_gb", True),
    ("order by power - from highest down", "performance", True), ("launch year ranking, from highest down", "year", True),
    ("sort by weight, from the lowest up", "weight_g", False), ("battery rankings, lowest up", "battery_mah", False),
])
def test_an_aspects_ranking_with_its_direction_orders_by_that_aspect(vocab, text, key, descending):
    assert sort_after(text, vocab) == Sort(key, descending)


@pytest.mark.parametrize("text, key, descending", [
    ("sort by battery power", "battery_mah", True), ("a cell phone with the biggest screen", "screen_in", True),
    ("cheapest first", "price", False), ("biggest battery first", "battery_mah", True),
])
def test_orderings_near_the_new_words_keep_their_aspect(vocab, text, key, descending):
    assert sort_after(text, vocab) == Sort(key, descending)


@pytest.mark.parametrize("text, chipset", [
    ("sort by launch year & SoC must be Exy, also a battery of no less than 5000 MAH?", "Exynos"),
    ("soc: Exy & which is the biggest screen?", "Exynos"), ("a Exy-powered one ok thx", "Exynos"),
    ("want a Dimension chip and a 6.7 inch+ panel (pls)", "Dimensity"), ("with the Dimension platform (pls)", "Dimensity"),
    ("also SoC must be Dimennsion pls", "Dimensity"),
])
def test_a_chip_family_said_short_or_as_the_word_it_sounds_like_is_that_family(vocab, text, chipset):
    assert constraints_after(text, vocab).chipset == chipset


@pytest.mark.parametrize("text, refused", [
    ("one more thing: dont want a Exy. hate foldables", "Exynos"), ("hi there, Exy? never.", "Exynos"),
    ("right, and chip != Dimension :)", "Dimensity"), ("no Dimension processors please thanks!", "Dimensity"),
    ("want real-me specifically -- shouldn't have Dimension pls", "Dimensity"), ("it mustn't have a Snapdragon", "Snapdragon"),
    ("I hate QC Snapdragon (pls) thanks!", "Snapdragon"), ("excluding QC Snapdragon thx!", "Snapdragon"),
])
def test_a_chip_family_refused_in_those_words_is_excluded(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert refused in constraints.exclude_chipsets and constraints.chipset is None


@pytest.mark.parametrize("text", [
    "the QC 870 under the hood cheers", "suggest a moobile — QC 870 and better thx", "QC 870 as the floor ty",
])
def test_qc_before_a_model_number_is_snapdragon(vocab, text):
    constraints = constraints_after(text, vocab)
    assert constraints.chipset == "Snapdragon 870" or dict(constraints.specs).get("chip_score") is not None


def test_a_chip_named_with_performance_or_more_is_a_floor_not_the_chip(vocab):
    for text in ("Snapdragon 695 performance or more", "Dimensity 7300 performance or better", "Snapdragon 695 level or better"):
        constraints = constraints_after(text, vocab)
        assert constraints.chipset is None and dict(constraints.specs)["chip_score"].lo is not None, text


@pytest.mark.parametrize("text, bound", [("the screen dimension of 6.5 inches", (6.35, 6.65))])
def test_a_screens_dimension_stays_its_size(vocab, text, bound):
    assert spec_after(text, vocab, "screen_in") == bound and constraints_after(text, vocab).chipset is None


def test_should_have_stays_a_wish(vocab):
    assert constraints_after("it should have 5G and a Snapdragon", vocab).chipset == "Snapdragon"


def sides_after(text, vocab):
    """Each alternative in force after one message as (brands, specs)."""
    return [(set(side.brands), dict(side.specs)) for side in constraints_after(text, vocab).alternatives]


@pytest.mark.parametrize("text", [
    "2021 or younger !!! -- oh and also a Samsung: min storage 1TB or an Honor: at least main camera 48MP (one of them)...",
    "a Samsung with 1TB storage or an Honor with a 48MP main camera, any of those",
    "a Samsung with storage 1TB min or an Honor with 48MP main camera minimum - whichever thx",
    "a Samsung: storage 1TB or more, or an Honor: main camera 48MP or more",
])
def test_two_sides_closed_by_a_word_that_either_will_do_or_with_a_colon_are_alternatives(vocab, text):
    sides = sides_after(text, vocab)
    assert [brands for brands, _ in sides] == [{"Samsung"}, {"Honor"}]
    assert sides[0][1]["storage_gb"].lo == 1024 and sides[1][1]["main_camera_mp"].lo == 48


def test_a_brand_set_with_a_shared_colon_figure_stays_one_request(vocab):
    constraints = constraints_after("Samsung or Honor, storage: 256GB or more", vocab)
    assert constraints.brands == {"Samsung", "Honor"} and not constraints.alternatives
    assert dict(constraints.specs)["storage_gb"].lo == 256
