"""English wordings of the blind-8 grammar, second pass (issues 9 and 10), each beside the closest wording that must keep
its meaning: a range between two marks, ceilings said after their figure ("& under", "n below", "or narrower"), sides
said before a placed noun ("no more than on-board storage 128gb"), "plus" as a joiner before the next ask, clipped and
"speaking" approximations, and the speller's reading of Xiaomi by its sound and of mistyped negated contractions."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import expand_abbreviations
from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, constraints_after, slots, spec_after


@pytest.mark.parametrize("text, budget", [
    ("between the 300 dollars and 450 dollars mark", ("USD", 300, 450)),
    ("between the $700 and $900 mark and mass at least 200gms", ("USD", 700, 900)),
    ("between the Rs.35K (INR) and Rs.60K (INR) mark", ("INR", 35000, 60000)),
    ("inbetween 2.5K AED and 3K AED", ("AED", 2500, 3000)), ("in between RMB 8000 and RMB 12000", ("CNY", 8000, 12000)),
])
def test_a_range_between_two_marks_is_both_ends(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_one_mark_alone_stays_about_it(vocab):
    assert budget_read(vocab, "around the $500 mark") == ("USD", 425.0, 575.0)


@pytest.mark.parametrize("text, key, bound", [
    ("battery 4500 MAH & under please", "battery_mah", (None, 4500)), ("4000 MAH of battery n below", "battery_mah", (None, 4000)),
    ("ram 8GB & below", "ram_gb", (None, 8)), ("storage of 64gb n below eh?", "storage_gb", (None, 64)),
    ("screen 6.5 in n below pls", "screen_in", (None, 6.5)), ("display 6.5 inch or narrower", "screen_in", (None, 6.5)),
])
def test_a_ceiling_said_after_its_figure_with_an_ampersand_or_n(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("battery 5000mah & up", "battery_mah", (5000, None)), ("screen 6.7 inch or wider", "screen_in", (6.7, None)),
    ("screen upward of 6.6in", "screen_in", (6.6, None)),
])
def test_the_floor_said_the_same_way_stays_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("with no more than on-board storage 128gb", "storage_gb", (None, 128)),
    ("at most built-in storage 256 gb", "storage_gb", (None, 256)), ("at most system memory 8gb", "ram_gb", (None, 8)),
    ("no less than onboard storage 128gb", "storage_gb", (128, None)),
])
def test_a_side_said_before_a_placed_noun_is_its_figures(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, budget", [
    ("less or equal 700 bucks plus Huawei Kirin proccessor", ("USD", None, 700)),
    ("budget 700 usd plus a samsung", ("USD", None, 700)),
    ("approx budget 1,500 bucks plus 不少于8个G的运行内存", ("USD", 1275.0, 1725.0)),
])
def test_plus_before_the_next_ask_joins_it_and_is_no_floor(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["$500 plus", "$500 plus, 5g", "500 usd-plus"])
def test_plus_closing_its_clause_is_a_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", 500, None)


@pytest.mark.parametrize("text, key, bound", [
    ("5000 plus battery", "battery_mah", (5000, None)), ("16 megapixels plus front camera", "front_camera_mp", (16, None)),
    ("48M plus main cam", "main_camera_mp", (48, None)), ("64 G plus internal memory", "storage_gb", (64, None)),
])
def test_plus_before_the_figures_noun_or_its_qualifier_is_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, budget", [
    ("less or equal 700 bucks", ("USD", None, 700)), ("price lower or equal to $700", ("USD", None, 700)),
    ("greater or equal 700 bucks", ("USD", 700, None)),
])
def test_or_equal_without_than_keeps_its_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("roughly speaking 300 bucks", ("USD", 255.0, 345.0)), ("broadly speaking $400", ("USD", 340.0, 460.0)),
    ("arun INR 12K", ("INR", 10200.0, 13800.0)), ("rund 3,500 CNY?", ("CNY", 2975.0, 4025.0)),
    ("arnd 300 usd", ("USD", 255.0, 345.0)), ("3,000 AED rannge, roughly.", ("AED", 2550.0, 3450.0)),
    ("$900 plus or mnus pls", ("USD", 765.0, 1035.0)),
])
def test_an_approximation_said_loosely_or_clipped_is_about_the_figure(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("musntt go past 80K inr!", ("INR", None, 80000)), ("cost shoildnt pass $ 150,", ("USD", None, 150)),
    ("i'm cspped at US$600?", ("USD", None, 600)), ("happy speending upward of 100k pkr", ("PKR", 100000, None)),
    ("happy spending upward of $700", ("USD", 700, None)),
])
def test_a_mistyped_negation_or_side_keeps_its_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_kiss_closing_the_message_is_no_unit_of_the_amount(vocab):
    assert budget_read(vocab, "tab pls, not Honor kindly, i'm capped at INR 18k x") == ("INR", None, 18000)


def test_a_range_said_through_to_is_both_ends(vocab):
    assert budget_read(vocab, "40K through to 50K INR") == ("INR", 40000, 50000)


@pytest.mark.parametrize("text", ["give me a Shaomi", "has to be a Shiaomi", "Shomi phones only"])
def test_xiaomi_spelled_by_its_sound_is_xiaomi(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text", ["show me the lightest", "a phone for my shop"])
def test_words_that_start_alike_name_no_xiaomi(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset()


@pytest.mark.parametrize("text, brands", [
    ("Huwi and POCO - no thanks", {"Huawei", "POCO"}), ("mnius Honor and Tecno", {"Honor", "Tecno"}),
])
def test_a_mistyped_brand_or_minus_refuses_the_brand(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == frozenset(brands)


@pytest.mark.parametrize("text, brand", [
    ("i won't take a Samsng", "Samsung"), ("i won't take an Oppo, 5g", "Oppo"), ("i wouldnt accept any Huawei", "Huawei"),
])
def test_a_brand_the_shopper_will_not_take_is_refused(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset({brand}), frozenset())


def test_a_brand_the_shopper_will_take_is_wanted(vocab):
    assert constraints_after("i'll take a Samsung", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, brand", [
    ("Nokia - not interested eh?", "Nokia"), ("Realme - not interested wat u got?", "Realme"),
    ("Honor - not interested can ah?", "Honor"),
])
def test_a_refusal_closed_by_a_regional_sign_off_refuses_the_brand(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


@pytest.mark.parametrize("text, series", [
    ("Sumsung only, no Samsung S", "Galaxy S"), ("Samsng, excluding the Samsung A ones", "Galaxy A"),
    ("Samsung but not the Samsung A", "Galaxy A"), ("Xiaomi - no Xiaomi Redmi pls", "Redmi"),
    ("Samsung, anything outside Galaxy-S", "Galaxy S"), ("Samsng - no Galaxy-Z pls lah", "Galaxy Z"),
    ("Motorala but nothing from the Moto-G series", "Moto G"),
])
def test_a_series_refused_with_its_makers_name_or_a_hyphen_refuses_the_series_only(vocab, text, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_series, constraints.exclude_brands) == (frozenset({series}), frozenset())


@pytest.mark.parametrize("text", ["no Samsung", "keep Samsung Galaxy off the list"])
def test_the_maker_refused_alone_stays_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, score", [
    ("8 Gen 3 Snapdragon or stronger", 7000.0), ("a processor like 8 Gen 2 Snapdragon or better", 5000.0),
    ("chipset 8 Gen 2 Snapdragon or higher", 5000.0),
])
def test_a_snapdragon_generation_said_before_its_family_is_one_chip_floor(vocab, text, score):
    found = slots(understand(text, vocab))
    assert ("chipset" in found, found["spec:chip_score"]) == (False, ("set", Bound(lo=score)))


@pytest.mark.parametrize("text", ["Kirin 9000 S-level or above", "as good as the Kirin 9000 S or better", "kirin 9000 s"])
def test_a_kirin_models_letter_set_apart_is_still_that_model(text):
    assert "kirin 9000s" in expand_abbreviations(text).lower()


def test_a_kirin_model_without_a_letter_takes_no_word_after_it():
    assert expand_abbreviations("kirin 9000 supports 5g") == "kirin 9000 supports 5g"


@pytest.mark.parametrize("text", ["google android system", "Google's Android, under 300 usd"])
def test_google_before_android_names_the_system_not_a_phone_maker(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.platform) == (frozenset(), "android")


def test_a_google_phone_with_android_stays_google(vocab):
    assert constraints_after("a Google phone with android 14", vocab).brands == frozenset({"Google"})
