"""English wordings strangers use (issue 9): a currency's code glued to its sign ("RMB¥"), units misspelled or
dotted after a figure ("inchs", "GB's", "200g."), "Sammy" for Samsung, a parent brand before its own sub-brand
("Xiaomi Poco"), orderings by "ROM", "how heavy", "hi to low" and "in increasing order", a superlative before "one at
the top", a greeting typed like a chip family ("helo"), and a Chinese refusal closed by "就好"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, budget", [
    ("under RMB¥1200 only", Budget("CNY", hi=1200)),
    ("budget is RMB¥5000 any suggestions?", Budget("CNY", hi=5000)),
    ("Anywhere from RMB¥1500 to RMB¥3000", Budget("CNY", lo=1500, hi=3000)),
    ("rmb ¥ 2500 or more", Budget("CNY", lo=2500)), ("CNY¥3000 max", Budget("CNY", hi=3000)),
])
def test_the_yuan_sign_after_its_code_is_yuan(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_an_approximate_amount_after_rmb_sign_is_yuan_not_rupees(vocab):
    found = slots(understand("RMB¥12000-ish plz", vocab))["budget"][1]
    assert (found.currency, found.around) == ("CNY", 12000)


@pytest.mark.parametrize("text, bound", [
    ("6.5 inchs screen or bigger thanks", Bound(lo=6.5)),
    ("screen 6.5 inchs at most", Bound(hi=6.5)),
    ("at most 6.4 imchs display", Bound(hi=6.4)),
    ("6.7 inchess or larger display", Bound(lo=6.7)),
    ("a 6.1 imch screen or smaller", Bound(hi=6.1)), ("6.5-inchs screen or bigger", Bound(lo=6.5)),
])
def test_a_misspelled_plural_of_inch_keeps_its_side(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("storage 64 GB's or less please", "storage_gb", Bound(hi=64)),
    ("4 GB's RAM max", "ram_gb", Bound(hi=4)),
    ("8 gigs's of ram or more", "ram_gb", Bound(lo=8)),
    ("256GB's storage at most", "storage_gb", Bound(hi=256)),
])
def test_an_apostrophe_s_after_a_unit_keeps_its_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("weight 200g.+ thank you", Bound(lo=200)),
    ("200g. or heavier please", Bound(lo=200)),
    ("190 gm. or lighter", Bound(hi=190)),
    ("weighing 210g. at least", Bound(lo=210)),
])
def test_a_dotted_gram_abbreviation_keeps_its_side(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:weight_g"] == ("set", bound)


def test_a_point_after_grams_that_ends_a_clause_still_ends_it(vocab):
    found = slots(understand("weight 200g. also 5G", vocab))
    assert found["spec:weight_g"] == ("set", Bound(hi=200)) and found["needs_5g"] == ("set", True)


@pytest.mark.parametrize("text, bound", [
    ("4.5kmAh battery mAh max", Bound(hi=4500)),
    ("5000mAh battery mah or more", Bound(lo=5000)),
    ("4500 mah battery mAh at most", Bound(hi=4500)),
])
def test_the_unit_repeated_after_battery_keeps_the_side_after_it(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:battery_mah"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("a tecno with 6.7 inchs big screen or above works", Bound(lo=6.7)),
    ("6.8 inch large display or more", Bound(lo=6.8)),
    ("6.9 inch huge display or bigger", Bound(lo=6.9)),
])
def test_a_size_adjective_before_the_screen_noun_keeps_the_side_after_it(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:screen_in"] == ("set", bound)


@pytest.mark.parametrize("text, brands", [
    ("Sammy, not the Galaxy S", {"Samsung"}), ("INFINIX or Sammy phone if possible", {"Samsung", "Infinix"}),
    ("a sammy phone", {"Samsung"}),
])
def test_sammy_is_samsung(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text", ["Exclude Sammy and sony", "no sammy please"])
def test_a_refused_sammy_excludes_samsung(vocab, text):
    assert "Samsung" in slots(understand(text, vocab))["exclude_brands"][1]


@pytest.mark.parametrize("text", ["don't show Xiaomi Poco, also battery 4kmAh or higher", "anything except Xiaomi Poco",
                                  "no xiaomi poco phones"])
def test_xiaomi_before_poco_refuses_poco_only(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"POCO"}))


@pytest.mark.parametrize("text, brands", [("a xiaomi poco f5", {"POCO"}), ("xiaomi or poco", {"POCO", "Xiaomi"})])
def test_xiaomi_poco_said_together_is_poco_and_apart_is_both(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text, sort", [
    ("Order by ROM in decreasing order", Sort("storage_gb", True)),
    ("sorted on ROM, hi to low", Sort("storage_gb", True)),
    ("rank by rom, ascending", Sort("storage_gb", False)),
])
def test_rom_names_storage_in_an_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_rom_with_a_figure_stays_a_storage_floor(vocab):
    request = understand("rom 128GB minimum", vocab)
    assert request.sort is None and slots(request)["spec:storage_gb"] == ("set", Bound(lo=128))


@pytest.mark.parametrize("text, sort", [
    ("List by screen in increasing order", Sort("screen_in", False)),
    ("sort by battery, in increasing order", Sort("battery_mah", False)),
    ("order by weight in decreasing order", Sort("weight_g", True)),
    ("List by screen in decreasing order", Sort("screen_in", True)),
])
def test_a_direction_after_in_says_the_order(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("List by screen low to hi", Sort("screen_in", False)), ("sort by price low to hi", Sort("price", False)),
    ("sort by battery hi to low", Sort("battery_mah", True)), ("ram, hi to low", Sort("ram_gb", True)),
])
def test_hi_is_high_in_a_direction(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("Arrange by how heavy (low to hi)", Sort("weight_g", False)),
    ("sort by how heavy, high to low", Sort("weight_g", True)),
    ("sorted on how heavy, lightest first", Sort("weight_g", False)),
])
def test_how_heavy_names_the_weight_in_an_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("cheapest one at the top plz", Sort("price", False)), ("lightest one at the top", Sort("weight_g", False)),
    ("newest ones at the top please", Sort("year", True)),
])
def test_a_superlative_one_at_the_top_is_an_ordering(vocab, text, sort):
    request = understand(text, vocab)
    assert request.sort == sort and request.followup is None


@pytest.mark.parametrize("text", ["the one at the top", "the pixel one at the top"])
def test_the_one_at_the_top_still_points_at_the_first_phone(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (1,)


@pytest.mark.parametrize("text", ["Atleast front camera with 20 Megapixel", "atleast selfie camera of 16MP"])
def test_atleast_glued_before_a_camera_is_a_floor_not_an_ordering(vocab, text):
    request = understand(text, vocab)
    found = slots(request)
    assert request.sort is None and "spec:front_camera_mp" in found and "spec:main_camera_mp" not in found


@pytest.mark.parametrize("text", ["helo, I need a phone", "helko, I need a new phone", "heello, I need one", "helllo there"])
def test_a_mistyped_greeting_is_no_chip_family(vocab, text):
    assert "chipset" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["helio phone please", "I want a helio"])
def test_helio_itself_is_still_the_chip_family(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Helio")


@pytest.mark.parametrize("text, chip", [
    # the names are the fixture catalog's chips as the chip table spells them
    ("it should have D 9000 inside ideally", "Dimensity 9000"), ("with the d 8100 please", "Dimensity 8100"),
    ("G99 version please", "MediaTek Helio G99"), ("the g88 variant", "Helio G88"),
])
def test_a_chip_shorthand_set_apart_or_before_version_is_the_chip(vocab, text, chip):
    assert slots(understand(text, vocab))["chipset"] == ("set", chip)


def test_a_spaced_d_before_rupees_is_money_not_a_dimensity(vocab):
    found = slots(understand("plan D 9000 rs", vocab))
    assert "chipset" not in found and found["budget"] == ("set", Budget("INR", hi=9000))


@pytest.mark.parametrize("text, budget", [
    ("800 dhs AED till 1000 dhs AED ideally", Budget("AED", lo=800, hi=1000)),
    ("4000 dhs AED and up if possible", Budget("AED", lo=4000)),
    ("1500 AED dhs max", Budget("AED", hi=1500)),
])
def test_dirhams_said_twice_keep_the_side_after_them(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, slot, value", [
    ("苹果不要就好", "exclude_brands", frozenset({"Apple"})), ("三星不要就行了，5G", "exclude_brands", frozenset({"Samsung"})),
    ("Tensor就算了就好", "exclude_chipsets", frozenset({"Tensor"})),
])
def test_a_refusal_closed_by_jiuhao_still_refuses(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == ("add", value)


def test_jiuhao_after_a_bare_brand_is_a_wish(vocab):
    assert slots(understand("苹果就好", vocab))["brands"] == ("set", frozenset({"Apple"}))


def test_a_moto_model_before_version_is_no_helio_chip(vocab):
    assert "chipset" not in slots(understand("moto g84 version", vocab))


@pytest.mark.parametrize("text", ["minimum font camera 20MP", "font-facing camera 20MP or more", "font cam at least 20 mp"])
def test_font_before_a_camera_word_is_front(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:front_camera_mp"] == ("set", Bound(lo=20)) and "spec:main_camera_mp" not in found


def test_font_elsewhere_is_no_camera(vocab):
    assert slots(understand("big font size please", vocab)) == {}


@pytest.mark.parametrize("text, bound", [
    ("200 grans or heavier", Bound(lo=200)), ("190 gramms max", Bound(hi=190)), ("at least 210 grames", Bound(lo=210)),
])
def test_grams_misspelled_after_a_figure_are_grams(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:weight_g"] == ("set", bound)
