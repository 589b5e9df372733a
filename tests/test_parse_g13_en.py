"""English wordings of the blind-13 grammar and leftovers of earlier rounds (issue 9), each beside the closest wording
that must keep its meaning: orderings by a superlative said "roomiest"/"most spacious", by the screen's diagonal
("the widest-diagonal display", "shortest-diagonal"), by the camera's resolution cut short ("highest-res main cam"), by
an aspect hyphened before its superlative ("the ram-heaviest one"), by 顶 of the memory ("运存最顶的") and by "how heavy
it is" with a direction; "goog" as Google, names typed in two words ("sam sung"), by their consonants ("tnsr"), with
a letter held down ("novva") or with their end in brackets ("Moto(rola)"); "fyi", "strictly", "100%" and typed faces
after a wish; the "5G" of a chip's name before its level; Spreadtrum as Unisoc; a line the phone may not be in; two
numbered options; a question after "A vs B"; and a brand asked for outright in a first message."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import constraints_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text", [
    "want the roomiest storage option please", "roomiest storage on top", "the most spacious storage first",
    "gimme the spaciest internal storage", "the storage-richest one please",
])
def test_roomy_and_spacious_superlatives_order_by_storage(vocab, text):
    assert sort_after(text, vocab) == Sort("storage_gb", True)


@pytest.mark.parametrize("text, descending", [
    ("widest-diagonal display first in the list pls", True), ("gimme the widest diagonal", True),
    ("shortest-diagonal display on top tho", False), ("the narrowest screen first", False),
    ("wdest-diagonal display one preferably", True),
])
def test_a_screens_diagonal_said_widest_or_shortest_orders_by_screen_size(vocab, text, descending):
    assert sort_after(text, vocab) == Sort("screen_in", descending)


@pytest.mark.parametrize("text, key", [
    ("want the highest-res main cam option ty", "main_camera_mp"), ("highest res rear camera first", "main_camera_mp"),
    ("the highest-res selfie cam first", "front_camera_mp"),
])
def test_resolution_cut_short_before_a_camera_orders_by_that_camera(vocab, text, key):
    assert sort_after(text, vocab) == Sort(key, True)


@pytest.mark.parametrize("text, key", [
    ("ram-heaviest on top tho", "ram_gb"), ("also the ram-heaviest one first", "ram_gb"),
    ("battery-biggest on top", "battery_mah"), ("storage-heaviest first pls", "storage_gb"),
])
def test_an_aspect_hyphened_before_its_superlative_orders_by_that_aspect(vocab, text, key):
    assert sort_after(text, vocab) == Sort(key, True)


@pytest.mark.parametrize("text, key, descending", [
    ("the heaviest one first", "weight_g", True), ("widest screen first", "screen_in", True),
    ("shortest battery life first", "battery_mah", False),
])
def test_the_superlatives_alone_keep_their_own_aspect(vocab, text, key, descending):
    assert sort_after(text, vocab) == Sort(key, descending)


def test_a_figure_after_an_aspect_and_its_superlative_stays_a_bound(vocab):
    state = apply(DialogueState(), understand("ram-max 8gb", vocab))
    assert state.sort is None and dict(state.constraints.specs)["ram_gb"].hi == 8


@pytest.mark.parametrize("text, key", [("想要运存最顶的哦", "ram_gb"), ("存储最顶的排前面", "storage_gb")])
def test_the_top_of_the_memory_in_chinese_orders_by_it(vocab, text, key):
    assert sort_after(text, vocab) == Sort(key, True)


def test_the_top_of_the_memory_before_a_figure_is_a_floor(vocab):
    state = apply(DialogueState(), understand("运存最顶12G", vocab))
    assert state.sort is None


@pytest.mark.parametrize("text, wanted, refused", [
    ("btw goog excluded -- plus no fold phones", set(), {"Google"}), ("looking for a phone: also, without goog?", set(), {"Google"}),
    ("oh and made by goog n ram atleast 4 gig pls?", {"Google"}, set()), ("also only googs n a big screen", {"Google"}, set()),
    ("a google phone please", {"Google"}, set()),
])
def test_goog_is_google_as_its_ticker_says_it(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text, wanted, refused", [
    ("keep Moto(rola) out ty", set(), {"Motorola"}), ("a Moto(rola) w main camera of 108MP", {"Motorola"}, set()),
    ("Moto(rola) stays out please", set(), {"Motorola"}),
    ("Pixel(google) only", {"Google"}, set()),  # a maker glossing a name stays apart: no "Pixelgoogle"
])
def test_a_names_end_glued_in_brackets_reads_the_whole_name(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text", ["keep Kirin away fyi pls", "Kirin out fyi", "keep Kirin away"])
def test_fyi_after_a_refusal_closes_it_as_a_sign_off_does(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({"Kirin"}), None)


def test_fyi_after_a_wish_keeps_the_wish(vocab):
    assert constraints_after("Snapdragon only, fyi", vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text, score", [
    ("Snapdragon 695 5G-class or above :) n at least 1TB of space", 1900), ("Dimensity 7300 5G level or higher!!", 2900),
    ("minimum Snapdragon 695 5G performance", 1900), ("Snapdragon 7 Gen 3 5G+ level chip", 3000),
    ("at least Snapdragon 695 5G speed tho", 1900),
])
def test_the_5g_of_a_chips_name_before_its_level_ranks_the_chip_and_asks_no_network(vocab, text, score):
    constraints = constraints_after(text, vocab)
    assert (dict(constraints.specs)["chip_score"].lo, constraints.chipset, constraints.needs_5g) == (score, None, False)


@pytest.mark.parametrize("text", ["a Snapdragon 695 5G phone", "Snapdragon 695 5G level or higher, must have 5g"])
def test_5g_said_as_a_wish_beside_the_chip_still_asks_the_network(vocab, text):
    assert constraints_after(text, vocab).needs_5g


@pytest.mark.parametrize("text, currency, lo", [
    ("4,000 aed plus strictly", "AED", 4000), ("need a new phone, 3k dhs plus strictly pls", "AED", 3000),
    ("60K Indian rupees plus strictly & only tablets", "INR", 60000), ("Dhs 4000 and above 100% and 5G ready 100%", "AED", 4000),
    ("$400 and up 100%", "USD", 400),
])
def test_strictly_and_a_hundred_percent_after_a_floor_insist_on_it(vocab, text, currency, lo):
    budget = constraints_after(text, vocab).budget
    assert (budget.currency, budget.lo, budget.hi) == (currency, lo, None)


def test_strictly_after_a_ceiling_keeps_the_ceiling(vocab):
    budget = constraints_after("under $300 strictly", vocab).budget
    assert (budget.lo, budget.hi) == (None, 300)


def test_a_hundred_percent_of_something_is_no_insistence(vocab):
    from advisor.understanding.normalize import full_certainty
    assert full_certainty("charges to 100% in 30 min, 100% of my budget") == "charges to 100% in 30 min, 100% of my budget"
    assert full_certainty("5G ready 100%") == "5G ready for sure"


@pytest.mark.parametrize("text, brand, series", [
    ("OnePlus yes, Nord-line no :)", "OnePlus", "Nord"), ("Samsung yes, Galaxy S no :) any ideas?", "Samsung", "Galaxy S"),
    ("Huawei yes, Nova no ;-)", "Huawei", "Nova"),
])
def test_a_face_after_a_refusal_closes_it_as_a_stop_does(vocab, text, brand, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({brand}), frozenset({series}))


@pytest.mark.parametrize("text, wanted, refused", [("Samsung out ;-)", set(), {"Samsung"}), ("Samsung :)", {"Samsung"}, set())])
def test_a_face_after_a_brand_keeps_what_was_said_of_it(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text", [
    "pixel 8a vs pixel 7a whats the diff", "pixel 8a vs pixel 7a what's the difference?",
    "pixel 8a vs pixel 7a how do they compare", "pixel 8a vs pixel 7a which one",
])
def test_a_question_after_two_phones_set_against_each_other_is_no_part_of_the_second(vocab, text):
    followup = understand(text, vocab).followup
    assert (followup.kind, [str(ref).lower() for ref in followup.refs]) == ("compare", ["pixel 8a", "pixel 7a"])


def test_two_phones_set_against_each_other_alone_are_compared(vocab):
    followup = understand("pixel 8a vs pixel 7a", vocab).followup
    assert (followup.kind, [str(ref).lower() for ref in followup.refs]) == ("compare", ["pixel 8a", "pixel 7a"])


@pytest.mark.parametrize("text", [
    "a proper tablet pls, without Spreadtrum/Unisoc pls", "no Spreaddtrum/Unisoc soc -- price under 900 bucks",
    "without Spreadtrum pls", "Without Spreadtrum/Unisoc strictly pls",
])
def test_spreadtrum_is_unisoc_by_its_former_name(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({"Unisoc"}), None)


def test_spreadtrum_wanted_is_unisoc_wanted(vocab):
    assert constraints_after("a Spreadtrum chip is fine", vocab).chipset == "Unisoc"


@pytest.mark.parametrize("text, first, second", [
    ("a POCO that's got storage 256G+ OR an Infinix where front sensor is 50 megapixel+ :) thx", "POCO", "Infinix"),
    ("a Realme having main camera 48MP+ OR a vivo that gives 50MP front sensor+ :). thanks", "Realme", "Vivo"),
    ("a POCO w 108 megapixel main camera+, or maybe a Tecno w storage 256gb or better ;-)", "POCO", "Tecno"),
])
def test_a_face_after_a_choice_of_two_phones_keeps_the_choice(vocab, text, first, second):
    sides = constraints_after(text, vocab).alternatives
    assert [side.brands for side in sides] == [frozenset({first}), frozenset({second})]


def test_a_face_is_read_as_an_exclamation_and_a_time_is_left_alone():
    from advisor.understanding.normalize import faces
    assert faces("Samsung out ;-) and 5g :D") == "Samsung out ! and 5g !"
    assert faces("at 10:30 (ish); Moto(rola)") == "at 10:30 (ish); Moto(rola)"


@pytest.mark.parametrize("text, brand, series", [
    ("Oppo not in the Find family", "Oppo", "Find"), ("OnePlus but nothing in the Nord line", "OnePlus", "Nord"),
    ("Huawei not in the Nova series", "Huawei", "Nova"), ("Samsung, nothing from the Galaxy A line", "Samsung", "Galaxy A"),
])
def test_a_line_the_phone_may_not_belong_to_is_refused(vocab, text, brand, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({brand}), frozenset({series}))


@pytest.mark.parametrize("text, wanted, refused", [
    ("nothing from Samsung", set(), {"Samsung"}), ("not in a hurry, a Samsung under $500", {"Samsung"}, set()),
])
def test_not_in_before_no_line_keeps_its_meaning(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text, brand, series", [
    ("Huawei as long as it's not a novva strictly thx", "Huawei", "Nova"), ("and any Huawei apart from novva", "Huawei", "Nova"),
    ("OnePlus but no Norrd please", "OnePlus", "Nord"),
])
def test_a_series_name_with_a_letter_held_down_is_that_series(vocab, text, brand, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({brand}), frozenset({series}))


def test_a_word_that_only_looks_like_a_series_name_is_not_guessed_as_one(vocab):
    from advisor.understanding.normalize import Speller
    speller = Speller(["samsung"], names=["nova", "find"])
    assert speller.correct("finnd a novva, nova, fund")[0] == "find a nova, nova, fund"


@pytest.mark.parametrize("text, first, second", [
    ("option 1: a samsung with 256gb storage, option 2: a pixel with 5g", "Samsung", "Google"),
    ("option 1: samsung under $500. option 2: pixel under $600", "Samsung", "Google"),
    ("Option A - an Oppo with 12gb ram; option B - a vivo with 5000mah battery", "Oppo", "Vivo"),
])
def test_two_numbered_options_are_a_choice_of_two_phones(vocab, text, first, second):
    sides = constraints_after(text, vocab).alternatives
    assert [side.brands for side in sides] == [frozenset({first}), frozenset({second})]


def test_one_option_named_alone_is_no_choice(vocab):
    from advisor.understanding.normalize import choices_between
    assert choices_between("option 1 is fine") == "option 1 is fine"


@pytest.mark.parametrize("text, descending", [
    ("hey - and how heavy it is low to high pls pls", False), ("and how hevay it is low to high pls", False),
    ("list by how heay it is (ascending) tho", False), ("how heavy they are, high to low", True),
])
def test_how_heavy_it_is_with_a_direction_orders_by_weight(vocab, text, descending):
    request = understand(text, vocab)
    assert (apply(DialogueState(), request).sort, request.followup) == (Sort("weight_g", descending), None)


@pytest.mark.parametrize("text", ["how heavy is it?", "how heavy it is"])
def test_how_heavy_it_is_alone_asks_about_the_phone_in_focus(vocab, text):
    assert understand(text, vocab).followup.kind == "details"


@pytest.mark.parametrize("text, wanted, refused", [
    ("looking for a phone, Huawei/sam sung, oh and 5G is a must", {"Huawei", "Samsung"}, set()),
    ("a hua wei please", {"Huawei"}, set()), ("no sam sung", set(), {"Samsung"}),
])
def test_a_name_typed_in_two_words_is_that_name(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


def test_two_words_that_make_no_name_stay_apart():
    from advisor.understanding.normalize import Speller
    assert Speller(["samsung", "huawei"]).correct("same sung, a good phone")[0] == "same sung, a good phone"


@pytest.mark.parametrize("text, chip", [("Uses tnsr please", "Tensor"), ("a phone with a snpdrgn chip", "Snapdragon"),
                                        ("dmnsty only", "Dimensity")])
def test_a_name_typed_by_its_consonants_alone_is_that_name(vocab, text, chip):
    assert constraints_after(text, vocab).chipset == chip


def test_a_word_with_vowels_is_not_read_by_its_consonants():
    from advisor.understanding.normalize import Speller
    assert Speller(["tensor"]).correct("tenor, tnsr")[0] == "tenor, tensor"


def test_two_words_the_parser_reads_stay_two_words(vocab):
    state = apply(DialogueState(), understand("highest-res main cam on top tho, 5G", vocab))
    assert (state.sort, state.constraints.brands) == (Sort("main_camera_mp", True), frozenset())


@pytest.mark.parametrize("text, brands", [
    ("plus iphone plz ty", {"Apple"}), ("plus brand: Vivo or Realme thx", {"Realme", "Vivo"}),
    ("also a samsung please", {"Samsung"}), ("and a Pixel, I want one", {"Google"}),
])
def test_a_brand_asked_for_outright_in_a_first_message_is_wanted(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


@pytest.mark.parametrize("text", ["Xiaomi too", "also Xiaomi", "荣耀也行"])
def test_a_brand_offered_as_fine_too_still_sets_no_list(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset()


def test_a_brand_asked_for_outright_later_joins_the_wanted_one(vocab):
    state = apply(DialogueState(), understand("a Samsung under $500", vocab))
    assert apply(state, understand("plus iphone plz", vocab)).constraints.brands == frozenset({"Samsung", "Apple"})
