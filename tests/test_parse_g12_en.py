"""English wordings of the blind-12 grammar (issue 9), each beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.normalize import expand_abbreviations
from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


@pytest.mark.parametrize("text, bound", [
    ("6 gigs ram mem or less ok", (None, 6.0)), ("4 gb RAM (memory) at the most", (None, 4.0)),
    ("at most RAM (memory) 8gigs plz", (None, 8.0)), ("12 GB of ram mem max", (None, 12.0)),
    ("memory (ram) 8gb tops", (None, 8.0)), ("RAM (mem) of 6GB or better", (6.0, None)),
])
def test_ram_glossed_by_its_other_name_keeps_the_side_said_with_it(vocab, text, bound):
    assert spec_after(text, vocab, "ram_gb") == bound


def test_a_bare_ram_figure_without_a_side_is_still_a_floor(vocab):
    assert spec_after("8gb ram mem and 5g", vocab, "ram_gb") == (8.0, None)


@pytest.mark.parametrize("text, budget", [
    ("willing to pay 250 dollars plus fwiw", ("USD", 250.0, None)),
    ("willing to pay 18K INR plus thats a must tbh", ("INR", 18000.0, None)),
    ("willing to pay USD 900 plus (must), tablet please", ("USD", 900.0, None)),
    ("I can spend 2000 dirham plus ngl", ("AED", 2000.0, None)),
    ("₹ 100,000 plus no exceptions", ("INR", 100000.0, None)),
])
def test_a_figure_plus_then_an_aside_is_a_floor(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_a_figure_plus_another_ask_still_joins_the_two(vocab):
    assert budget_after("$500 plus a good camera", vocab) == ("USD", None, 500.0)


@pytest.mark.parametrize("text, brands", [
    ("keep POCO and Samsung out of it ??", {"POCO", "Samsung"}), ("keep Motorola out of it - any ideas?", {"Motorola"}),
    ("keep Vivo mobile out of it thx", {"Vivo"}), ("please keep Tecno phones out of it?", {"Tecno"}),
])
def test_a_brand_kept_out_of_it_is_refused_even_in_a_question(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


def test_it_after_a_question_word_still_points_at_the_phone_in_focus(vocab):
    assert understand("what do you think of it?", vocab).followup is not None


@pytest.mark.parametrize("text, brands", [
    ("tbh stay off apple; 5g please", {"Apple"}), ("stay off Samsung and Oppo for sure", {"Oppo", "Samsung"}),
    ("staying off huawei this time", {"Huawei"}), ("allergic to Xiaomi", {"Xiaomi"}), ("I don't care for Oppo", {"Oppo"}),
])
def test_a_brand_stayed_off_is_refused(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


@pytest.mark.parametrize("text, brands", [
    ("Google and Infinix both out fwiw", {"Google", "Infinix"}), ("Samsung out tbh", {"Samsung"}),
    ("Oppo and Vivo are out ngl", {"Oppo", "Vivo"}),
])
def test_a_refusal_closed_by_a_chat_aside_is_still_a_refusal(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset(brands), frozenset())


def test_out_inside_a_wish_is_no_refusal(vocab):
    assert constraints_after("a Samsung, out of all of them, please", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, series", [
    ("Samsung that is not a galaxy S lineup lol", "Galaxy S"), ("Samsung that is not a S-line", "Galaxy S"),
    ("samsung but not a galaxy s phone", "Galaxy S"), ("a Huawei that isn't a Nova range phone", "Nova"),
])
def test_an_article_before_a_refused_line_is_no_galaxy_a(vocab, text, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (
        frozenset({"Huawei" if series == "Nova" else "Samsung"}), frozenset({series}))


def test_the_a_line_said_last_is_still_refused(vocab):
    assert constraints_after("samsung but not a galaxy a", vocab).exclude_series == frozenset({"Galaxy A"})


@pytest.mark.parametrize("text, brands", [
    ("also Samsung that is not a galaxy S lineup", {"Samsung"}), ("oh and Huawei without Nova", {"Huawei"}),
    ("plus iphone plz, under $800", {"Apple"}), ("yo, and a Pixel with 5g", {"Google"}),
])
def test_a_brand_added_beside_other_asks_in_a_conversations_first_message_is_wanted(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


@pytest.mark.parametrize("text", ["荣耀也行", "Xiaomi too", "also Xiaomi"])
def test_a_brand_offered_alone_in_a_first_message_sets_no_list(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset()


def test_a_brand_added_later_in_the_first_message_joins_the_wanted_one(vocab):
    assert constraints_after("Samsung, also Xiaomi", vocab).brands == frozenset({"Samsung", "Xiaomi"})


def test_a_brand_added_after_a_refusal_in_a_later_message_only_lifts_it(vocab):
    state = apply(apply(DialogueState(), understand("no Xiaomi, under $400", vocab)), understand("also Xiaomi", vocab))
    assert (state.constraints.brands, state.constraints.exclude_brands) == (frozenset(), frozenset())


@pytest.mark.parametrize("text, chip", [
    ("powered by the G-99 pls", "MediaTek Helio G99"), ("has the G-85 thats a must", "MediaTek Helio G85"),
    ("G-99 specifically (must)", "MediaTek Helio G99"), ("running G-99 ??", "MediaTek Helio G99"),
])
def test_a_helio_model_hyphened_to_its_letter_is_the_chip(vocab, text, chip):
    assert constraints_after(text, vocab).chipset == chip


def test_a_moto_g_model_hyphened_stays_the_phone_line(vocab):
    constraints = constraints_after("moto g-84", vocab)
    assert (constraints.chipset, constraints.brands) == (None, frozenset({"Motorola"}))


def _either(text, vocab):
    """Each alternative's (brands, specs) after one message."""
    return {(tuple(sorted(a.brands)), a.specs) for a in constraints_after(text, vocab).alternatives}


@pytest.mark.parametrize("text", [
    "a Motorola with 128GB storage -or- a Nokia with RAM 4gigs or up, both fine!",
    "a Motorola sporting storage 128G+ or a Nokia with 4GB RAM or more",
    "a Motorola featuring 128gb storage — or — a Nokia w/ 4GB RAM, either works",
])
def test_two_alternatives_joined_by_a_dashed_or_or_after_a_verb_of_having_keep_their_own_specs(vocab, text):
    assert _either(text, vocab) == {(("Motorola",), (("storage_gb", Bound(lo=128.0)),)),
                                    (("Nokia",), (("ram_gb", Bound(lo=4.0)),))}


@pytest.mark.parametrize("text", [
    "a Realme with 64 mp main camera -or- an Oppo, RAM (memory) 6GB or better, both fine",
    "a Realme w/ 64MP main camera or an Oppo, at least 6 GB ram mem on it, either works!",
])
def test_the_last_alternatives_specs_said_after_a_comma_are_its_own(vocab, text):
    assert _either(text, vocab) == {(("Realme",), (("main_camera_mp", Bound(lo=64.0)),)),
                                    (("Oppo",), (("ram_gb", Bound(lo=6.0)),))}


def test_a_budget_after_the_last_alternative_holds_for_both(vocab):
    constraints = constraints_after("a Pixel with 8gb ram or a Samsung, under $500", vocab)
    assert (constraints.budget.hi, len(constraints.alternatives), constraints.alternatives[1].specs) == (500.0, 2, ())


@pytest.mark.parametrize("text, sort", [
    ("looking for a phone - 需求：给我最近才出的那款", Sort("year", True)), ("我要刚出的那台", Sort("year", True)),
    ("优先最近才出，这点很重要", Sort("year", True)), ("优先考虑最新发布", Sort("year", True)),
    ("upto $450, plus 花钱最少的排第一，这个很关键 ty", Sort("price", False)), ("花费最少的先给我看", Sort("price", False)),
])
def test_a_chinese_ordering_asked_for_in_an_english_message_is_read(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_the_newest_one_pointed_at_still_orders_nothing(vocab):
    assert understand("新出的那个怎么样", vocab).sort is None


def test_spending_at_least_a_figure_is_a_floor_not_an_ordering(vocab):
    request = understand("花钱最少也要3000", vocab)
    assert (request.sort, budget_after("花钱最少也要3000", vocab)) == (None, ("CNY", 3000.0, None))


@pytest.mark.parametrize("text", [
    "no apple devices pls | 五千五百毫安的电池或者更多，这个不能妥协!", "5500mah or more，这个很重要", "电池5500毫安以上，这个是必须",
])
def test_this_insisting_on_the_wish_just_said_points_at_no_phone(vocab, text):
    request = understand(text, vocab)
    assert (request.followup, spec_after(text, vocab, "battery_mah")) == (None, (5500.0, None))


def test_this_asked_about_still_points_at_the_phone_in_focus(vocab):
    assert understand("这个电池多大", vocab).followup is not None


@pytest.mark.parametrize("text", ["also 778g or higher !!, price <= RMB 5,000", "778G or above please", "a 732g and up chip"])
def test_a_glued_snapdragon_g_model_with_a_floor_after_is_the_chip(vocab, text):
    constraints = constraints_after(text, vocab)
    assert spec_after(text, vocab, "weight_g") is None
    assert spec_after(text, vocab, "chip_score") is not None or (constraints.chipset or "").startswith("Snapdragon 7")


@pytest.mark.parametrize("text", ["Snapdragon 778G or better", "Snapdragon 778G and up, chip-wise"])
def test_a_snapdragon_g_model_said_with_its_family_is_not_given_the_family_twice(text):
    assert expand_abbreviations(text) == text


@pytest.mark.parametrize("text", ["weight 778g or higher", "at least 778g", "200g or higher"])
def test_a_glued_figure_said_of_weight_or_without_a_floor_after_stays_a_weight(vocab, text):
    assert "weight_g" in dict(constraints_after(text, vocab).specs)
