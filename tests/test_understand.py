"""The message parser on English phrasings: one behaviour per test, many real phrasings each."""

from __future__ import annotations

import pytest

from advisor.catalog.model import load_catalog
from advisor.errors import CatalogError, RequestError
from advisor.understanding.request import Bound, Budget, Followup, Relative, Request, Sort
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, FIXTURES, slots


def budget_of(request: Request) -> Budget | None:
    op, value = slots(request).get("budget", (None, None))
    return value if op == "set" else None  # type: ignore[return-value]  # the budget slot holds a Budget


# -- budgets ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, currency, lo, hi", [
    ("phones under $300", "USD", None, 300),
    ("something below 400 dollars", "USD", None, 400),
    ("less than 350 USD", "USD", None, 350),
    ("at most 600 bucks", "USD", None, 600),
    ("max $400", "USD", None, 400),
    ("up to 700 dollars", "USD", None, 700),
    ("within $450", "USD", None, 450),
    ("200 dollars or less", "USD", None, 200),
    ("a phone for two hundred bucks", "USD", None, 200),
    ("I have $1,299", "USD", None, 1299),
    ("under $1k", "USD", None, 1000),
    ("over $800", "USD", 800, None),
    ("at least $200", "USD", 200, None),
    ("more than 500 dollars", "USD", 500, None),
    ("from $500", "USD", 500, None),
    ("$500+", "USD", 500, None),
    ("between $300 and $500", "USD", 300, 500), ("between 15 and 20 thousand rupees", "INR", 15000, 20000),
    ("a 300$ phone", "USD", None, 300),
    ("between 300 and 500 dollars", "USD", 300, 500),
    ("$300-500", "USD", 300, 500),
    ("from 300 to 450 USD", "USD", 300, 450),
    ("over 200 AED but under 300 AED", "AED", 200, 300),
])
def test_budget_bounds_and_currency(vocab, text, currency, lo, hi):
    assert budget_of(understand(text, vocab)) == Budget(currency, lo=lo, hi=hi)


@pytest.mark.parametrize("text, currency", [
    ("under ₹20,000", "INR"), ("Rs 15000 budget", "INR"), ("Rs. 15,000", "INR"), ("under 20k rupees", "INR"),
    ("15000 INR max", "INR"), ("within 1.5 lakh", "INR"), ("under 3000 yuan", "CNY"), ("budget 3000 RMB", "CNY"),
    ("CNY 2500", "CNY"), ("¥3000", "CNY"), ("PKR 80,000 or less", "PKR"), ("under 150000 pakistani rupees", "PKR"),
    ("500 AED max", "AED"), ("under 300 dirhams", "AED"), ("under 400 USD", "USD"), ("under 400 bucks", "USD"),
])
def test_currency_word_picks_the_market(vocab, text, currency):
    assert budget_of(understand(text, vocab)).currency == currency


@pytest.mark.parametrize("text, amount", [
    ("around $500", 500), ("about 300 dollars", 300), ("~$400", 400), ("roughly 250 USD", 250),
    ("500 dollars or so", 500), ("around ₹25,000", 25000),
])
def test_around_is_a_fifteen_percent_band(vocab, text, amount):
    budget = budget_of(understand(text, vocab))
    assert budget.around == amount
    assert budget.lo == pytest.approx(amount * 0.85) and budget.hi == pytest.approx(amount * 1.15)


@pytest.mark.parametrize("text, hi", [("phones under 500", 500), ("budget of 400", 400), ("my budget is 350", 350),
                                      ("below 250", 250)])
def test_bare_amount_with_budget_words_is_dollars(vocab, text, hi):
    assert budget_of(understand(text, vocab)) == Budget("USD", hi=hi)


def test_large_bare_english_amount_is_read_as_rupees_with_a_note(vocab):
    request = understand("best phone under 20k", vocab)
    assert budget_of(request) == Budget("INR", hi=20000)
    assert any("INR" in note for note in request.notes)


@pytest.mark.parametrize("text", ["under €500", "about 300 euros", "£400 max"])
def test_unknown_currency_is_noted_not_guessed(vocab, text):
    request = understand(text, vocab)
    assert budget_of(request) is None
    assert any("USD, INR, CNY, PKR and AED" in note for note in request.notes)


@pytest.mark.parametrize("text", ["a phone with 5000mAh", "6.7 inch screen", "8 and 256", "top 5 phones", "in 2024"])
def test_numbers_with_other_meanings_are_not_budgets(vocab, text):
    assert budget_of(understand(text, vocab)) is None


# -- brands ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, brands", [
    ("only Samsung", {"Samsung"}), ("Samsung phones under $300", {"Samsung"}), ("an iPhone", {"Apple"}),
    ("a Pixel please", {"Google"}), ("Galaxy A series", {"Samsung"}), ("Redmi Note", {"Xiaomi"}),
    ("something from Motorola", {"Motorola"}), ("Moto G", {"Motorola"}), ("OnePlus or Xiaomi", {"OnePlus", "Xiaomi"}),
    ("one plus", {"OnePlus"}), ("POCO", {"POCO"}), ("vivo or oppo", {"Vivo", "Oppo"}), ("actually, Motorola instead", {"Motorola"}),
    ("Xperia", {"Sony"}), ("Nokia", {"Nokia"}), ("Tecno or Infinix", {"Tecno", "Infinix"}), ("realme", {"Realme"}),
])
def test_named_brands_replace_the_wanted_set(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text, brand", [
    ("or Xiaomi", "Xiaomi"), ("also Pixel", "Google"), ("also show Xiaomi", "Xiaomi"), ("Oppo too", "Oppo"),
    ("Samsung is fine too", "Samsung"), ("and Honor?", "Honor"), ("add Sony", "Sony"),
])
def test_additions_extend_the_wanted_set(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, excluded", [
    ("anything except Apple", {"Apple"}), ("no Samsung", {"Samsung"}), ("not Huawei", {"Huawei"}),
    ("anything but Apple", {"Apple"}), ("I don't want Samsung", {"Samsung"}), ("no iPhones please", {"Apple"}),
    ("no Samsung or Huawei", {"Samsung", "Huawei"}), ("except Apple and Google", {"Apple", "Google"}),
    ("avoid Xiaomi", {"Xiaomi"}), ("other than Oppo", {"Oppo"}), ("any brand but Apple", {"Apple"}),
    ("not Chinese brands", {"Xiaomi", "POCO", "Huawei", "Honor", "Oppo", "Vivo", "iQOO", "OnePlus", "Realme", "Lenovo",
                            "Tecno", "Infinix"}),
])
def test_exclusions_are_added_and_dropped_from_the_wanted_set(vocab, text, excluded):
    found = slots(understand(text, vocab))
    assert found["exclude_brands"] == ("add", frozenset(excluded))
    assert found["brands"] == ("remove", frozenset(excluded))


def test_a_wanted_and_an_excluded_brand_in_one_message(vocab):
    request = understand("Samsung but not Apple", vocab)
    assert [(u.slot, u.op, u.value) for u in request.updates] == [
        ("brands", "set", frozenset({"Samsung"})), ("exclude_brands", "add", frozenset({"Apple"})),
        ("brands", "remove", frozenset({"Apple"}))]


@pytest.mark.parametrize("text, brand", [("forget the iPhone", "Apple"), ("drop Samsung", "Samsung"),
                                         ("remove Google", "Google"), ("never mind the Pixel", "Google")])
def test_forgetting_a_brand_removes_it_without_excluding(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert found["brands"] == ("remove", frozenset({brand}))
    assert "exclude_brands" not in found


@pytest.mark.parametrize("text", ["any brand", "any brand is fine", "brand doesn't matter", "all brands", "forget the brand"])
def test_any_brand_clears_wanted_and_excluded(vocab, text):
    found = slots(understand(text, vocab))
    assert found["brands"] == ("clear", None) and found["exclude_brands"] == ("clear", None)


def test_any_brand_except_one_clears_then_excludes(vocab):
    ops = [(u.slot, u.op) for u in understand("any brand except Apple", vocab).updates]
    assert ops == [("brands", "clear"), ("exclude_brands", "clear"), ("exclude_brands", "add"), ("brands", "remove")]


@pytest.mark.parametrize("text, platform", [
    ("Android phones", "android"), ("an android under $300", "android"), ("iOS only", "ios"), ("not android", "ios"),
    ("anything but iOS", "android"),
])
def test_platform(vocab, text, platform):
    assert slots(understand(text, vocab))["platform"] == ("set", platform)


# -- numeric specs ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, spec, bound", [
    ("at least 8GB RAM", "ram_gb", Bound(lo=8)), ("12 GB of RAM", "ram_gb", Bound(lo=12)), ("8GB", "ram_gb", Bound(lo=8)),
    ("RAM at least 8", "ram_gb", Bound(lo=8)), ("no more than 8GB RAM", "ram_gb", Bound(hi=8)),
    ("256GB storage", "storage_gb", Bound(lo=256)), ("1TB", "storage_gb", Bound(lo=1024)),
    ("at least 128 GB", "storage_gb", Bound(lo=128)), ("512GB of storage", "storage_gb", Bound(lo=512)),
    ("5000mAh+", "battery_mah", Bound(lo=5000)), ("battery over 5000", "battery_mah", Bound(lo=5000)),
    ("a battery of at least 4500 mAh", "battery_mah", Bound(lo=4500)), ("4000-5000 mAh", "battery_mah", Bound(4000, 5000)),
    ("5k mAh", "battery_mah", Bound(lo=5000)),
    ("under 180g", "weight_g", Bound(hi=180)), ("lighter than 190 grams", "weight_g", Bound(hi=190)),
    ("a 170 g phone", "weight_g", Bound(hi=170)), ("weight under 200", "weight_g", Bound(hi=200)),
    ("over 200 grams", "weight_g", Bound(lo=200)),
    ("6.5 inch or bigger", "screen_in", Bound(lo=6.5)), ('under 6.2"', "screen_in", Bound(hi=6.2)),
    ("screen at least 6.5", "screen_in", Bound(lo=6.5)), ("between 6.1 and 6.5 inches", "screen_in", Bound(6.1, 6.5)),
    ("6.1-6.5 inch", "screen_in", Bound(6.1, 6.5)), ("smaller than 6.1 inches", "screen_in", Bound(hi=6.1)),
    ("50MP camera", "main_camera_mp", Bound(lo=50)), ("at least 48 megapixels", "main_camera_mp", Bound(lo=48)),
    ("108MP main camera", "main_camera_mp", Bound(lo=108)),
    ("32MP selfie", "front_camera_mp", Bound(lo=32)), ("selfie camera of at least 16MP", "front_camera_mp", Bound(lo=16)),
    ("front camera 20MP or more", "front_camera_mp", Bound(lo=20)),
    ("2024 or newer", "year", Bound(lo=2024)), ("from 2023", "year", Bound(lo=2023)), ("since 2022", "year", Bound(lo=2022)),
    ("released after 2022", "year", Bound(lo=2023)), ("released in 2023", "year", Bound(2023, 2023)),
    ("2023 models", "year", Bound(2023, 2023)), ("before 2023", "year", Bound(hi=2022)),
])
def test_numeric_specs_with_units_and_bounds(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_bare_screen_size_means_that_size_give_or_take(vocab):
    _, bound = slots(understand("a 6.1 inch phone", vocab))["spec:screen_in"]
    assert bound.lo == pytest.approx(5.95) and bound.hi == pytest.approx(6.25)


@pytest.mark.parametrize("text", ["8+256", "8/256", "8GB+256GB", "8 + 256"])
def test_ram_plus_storage_shorthand(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:ram_gb"] == ("set", Bound(lo=8)) and found["spec:storage_gb"] == ("set", Bound(lo=256))


def test_main_and_selfie_cameras_in_one_message(vocab):
    found = slots(understand("48MP main and 32MP selfie", vocab))
    assert found["spec:main_camera_mp"] == ("set", Bound(lo=48))
    assert found["spec:front_camera_mp"] == ("set", Bound(lo=32))


@pytest.mark.parametrize("text", ["this year's phones", "released this year"])
def test_this_year_uses_the_reference_year(vocab, text):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(lo=2024))


def test_last_year_is_the_year_before_the_reference(vocab):
    assert slots(understand("last year's flagship", vocab))["spec:year"] == ("set", Bound(2023, 2023))


@pytest.mark.parametrize("text", ["5g phone", "I need 5G", "a 5G phone under $300"])
def test_5g_is_required(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


@pytest.mark.parametrize("text", ["no need for 5G", "I don't need 5G", "5G doesn't matter", "4G is fine"])
def test_5g_can_be_waived(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text, chipset", [
    ("Snapdragon 8 Gen 3", "Snapdragon 8 Gen 3"), ("snapdragon 8gen3", "Snapdragon 8 Gen 3"),
    ("Qualcomm Snapdragon 8 Gen 2", "Snapdragon 8 Gen 2"), ("a Dimensity phone", "Dimensity"),
    ("Dimensity 9300 for gaming", "MediaTek Dimensity 9300"), ("Helio G99", "MediaTek Helio G99"), ("Exynos", "Exynos"),
    ("Google Tensor G3", "Google Tensor G3"), ("Tensor", "Tensor"), ("Kirin 9010", "HiSilicon Kirin 9010"),
    ("Apple A16 Bionic", "Apple A16 Bionic"), ("A18 chip", "Apple A18"), ("any Snapdragon", "Snapdragon"),
    ("MediaTek", "MediaTek"), ("Qualcomm chip", "Snapdragon"),
])
def test_chipset_names_and_families(vocab, text, chipset):
    assert slots(understand(text, vocab))["chipset"] == ("set", chipset)


def test_an_unknown_chipset_model_is_kept_and_noted(vocab):
    request = understand("Snapdragon 8 Gen 4", vocab)
    assert slots(request)["chipset"] == ("set", "Snapdragon 8 Gen 4")
    assert any("Snapdragon 8 Gen 4" in note for note in request.notes)


@pytest.mark.parametrize("text, devices", [
    ("a tablet for drawing", {"tablet"}), ("iPad under $600", {"tablet"}), ("Galaxy Tab", {"tablet"}),
    ("vivo pad", {"tablet"}), ("Galaxy Tab S9", {"tablet"}),
    ("a foldable", {"foldable"}), ("flip phone", {"foldable"}), ("Galaxy Z Fold", {"foldable"}),
    ("phone or tablet", {"phone", "foldable", "tablet"}), ("no foldables", {"phone"}),
])
def test_device_types(vocab, text, devices):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset(devices))


@pytest.mark.parametrize("text", ["a phone", "phones under $300", "best phone"])
def test_the_word_phone_alone_sets_no_device(vocab, text):
    assert "devices" not in slots(understand(text, vocab))


def test_ipad_names_both_the_brand_and_the_device(vocab):
    found = slots(understand("iPad", vocab))
    assert found["brands"] == ("set", frozenset({"Apple"})) and found["devices"] == ("set", frozenset({"tablet"}))


# -- orderings, relative requests, intents ---------------------------------------------------

@pytest.mark.parametrize("text, key, descending", [
    ("the cheapest phone", "price", False), ("least expensive Samsung", "price", False),
    ("most expensive", "price", True), ("lightest phone", "weight_g", False),
    ("biggest battery", "battery_mah", True), ("longest battery life", "battery_mah", True),
    ("best selfie camera", "front_camera_mp", True), ("the best camera phone", "main_camera_mp", True),
    ("newest Pixel", "year", True), ("latest phones", "year", True), ("phone with the most RAM", "ram_gb", True),
    ("most storage", "storage_gb", True), ("biggest screen", "screen_in", True), ("smallest screen", "screen_in", False),
    ("fastest phone", "performance", True), ("most powerful", "performance", True),
])
def test_superlatives_order_the_whole_catalog(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text", ["cheapest 5g phone", "cheapest 4G phone"])
def test_a_network_generation_after_a_superlative_is_not_a_weight(vocab, text):
    assert understand(text, vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text, relative", [
    ("cheaper", Relative("price", -1)), ("something less expensive", Relative("price", -1)),
    ("more battery", Relative("battery_mah", 1)), ("bigger battery", Relative("battery_mah", 1)),
    ("bigger screen", Relative("screen_in", 1)), ("smaller", Relative("screen_in", -1)),
    ("lighter", Relative("weight_g", -1)), ("newer", Relative("year", 1)), ("more RAM", Relative("ram_gb", 1)),
    ("more storage", Relative("storage_gb", 1)), ("better camera", Relative("main_camera_mp", 1)),
    ("faster", Relative("performance", 1)),
])
def test_relative_requests(vocab, text, relative):
    assert understand(text, vocab).relative == (relative,)


def test_comparatives_with_a_figure_are_bounds_not_relative(vocab):
    request = understand("cheaper than $300 and lighter than 180g", vocab)
    assert request.relative == ()
    assert budget_of(request) == Budget("USD", hi=300)
    assert slots(request)["spec:weight_g"] == ("set", Bound(hi=180))


@pytest.mark.parametrize("text, intent", [
    ("for PUBG", "gaming"), ("a gaming phone", "gaming"), ("for Genshin Impact", "gaming"), ("I play games a lot", "gaming"),
    ("good camera", "photography"), ("great for night shots", "photography"), ("take photos of my kids", "photography"),
    ("vlogging", "selfie"), ("for selfies", "selfie"), ("tiktok videos", "selfie"),
    ("long battery", "battery"), ("lasts two days", "battery"), ("great battery life", "battery"),
    ("compact", "compact"), ("a small phone", "compact"), ("fits in one hand", "compact"),
    ("for my grandma", "big_screen"), ("for elderly parents", "big_screen"), ("big screen", "big_screen"),
    ("for a student", "budget"), ("cheap", "budget"), ("not too expensive", "budget"), ("lightweight", "compact"),
    ("plays Minecraft", "gaming"), ("on a budget", "budget"), ("value for money", "budget"),
    ("flagship", "flagship"), ("the best", "flagship"), ("high-end", "flagship"),
    ("business", "business"), ("for work", "business"), ("emails and meetings", "business"),
])
def test_vague_intents(vocab, text, intent):
    assert intent in understand(text, vocab).intents


@pytest.mark.parametrize("text", ["a 5000mAh battery", "6000 mAh batteries", "a 6.7 inch screen"])
def test_the_unit_noun_after_a_spec_is_part_of_it_not_an_intent(vocab, text):
    assert understand(text, vocab).intents == ()


@pytest.mark.parametrize("text", ["best phone for gaming", "the best phone under $300", "best phone with 5000mAh"])
def test_best_phone_for_a_purpose_is_not_the_flagship_intent(vocab, text):
    assert "flagship" not in understand(text, vocab).intents


def test_best_camera_is_an_ordering_while_good_camera_is_an_intent(vocab):
    assert understand("best camera", vocab).intents == ()
    assert understand("good camera", vocab).sort is None


@pytest.mark.parametrize("text, feature", [
    ("wireless charging", "wireless charging"), ("IP68", "IP68 water resistance"), ("IP67 rated", "IP67 water resistance"),
    ("ip 68", "IP68 water resistance"),
    ("waterproof", "IP68 water resistance"), ("a headphone jack", "headphone jack"), ("3.5mm jack", "headphone jack"),
    ("eSIM", "eSIM"), ("stylus support", "stylus"), ("S Pen", "stylus"), ("SD card slot", "expandable storage"),
    ("expandable storage", "expandable storage"), ("NFC", "NFC"), ("120Hz", "refresh rate"),
    ("high refresh rate", "refresh rate"), ("AMOLED", "display type (OLED/LCD)"), ("in blue colour", "colour"),
    ("dual SIM", "dual SIM"), ("fast charging", "fast charging"), ("65W charging", "fast charging"),
    ("stereo speakers", "stereo speakers"), ("Google Play services", "Google services"),
])
def test_unsupported_features_are_named_back(vocab, text, feature):
    assert understand(text, vocab).unsupported == (feature,)


def test_unsupported_numbers_do_not_become_specs(vocab):
    request = understand("120Hz screen, 65W charging and a 3.5mm jack", vocab)
    assert request.updates == ()


# -- conversation ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cleared", [
    ("ignore the budget", {"budget"}), ("no budget limit", {"budget"}), ("forget the budget", {"budget"}),
    ("any price", {"budget"}), ("money is no object", {"budget"}), ("price doesn't matter", {"budget"}),
    ("any size", {"spec:screen_in"}), ("forget the RAM requirement", {"spec:ram_gb"}), ("any processor", {"chipset", "spec:chip_score"}),
    ("any camera", {"spec:main_camera_mp", "spec:front_camera_mp", "spec:rear_cameras"}), ("ignore the weight", {"spec:weight_g"}),
    ("reset the budget", {"budget"}),
])
def test_clears(vocab, text, cleared):
    found = slots(understand(text, vocab))
    assert {slot for slot, (op, _) in found.items() if op == "clear"} == cleared


def test_any_size_also_drops_size_intents(vocab):
    assert slots(understand("any size", vocab))["intents"] == ("remove", frozenset({"compact", "big_screen"}))


@pytest.mark.parametrize("text", ["clear filters", "start over", "reset", "Start again please", "new search",
                                  "clear all filters"])
def test_start_over(vocab, text):
    request = understand(text, vocab)
    assert request.reset and request.updates == ()


def test_start_over_with_new_wishes_keeps_them(vocab):
    request = understand("start over: Samsung under $300", vocab)
    assert request.reset and slots(request)["brands"] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["show more", "more", "More please", "show me more", "what else?", "any other options",
                                  "next", "show me more options like this"])
def test_show_more(vocab, text):
    assert understand(text, vocab).followup == Followup("more")


@pytest.mark.parametrize("text, refs", [
    ("compare the first two", (1, 2)), ("compare the top three", (1, 2, 3)), ("compare 1 and 3", (1, 3)),
    ("compare #1, #2 and #4", (1, 2, 4)), ("compare the first and the third", (1, 3)),
    ("which is better, the first or the second?", (1, 2)), ("compare them", ()),
    ("which has better battery, 1 or 2?", (1, 2)),
    ("compare Pixel 8a vs iPhone 15", ("Pixel 8a", "iPhone 15")), ("Pixel 8a vs iPhone 15", ("Pixel 8a", "iPhone 15")),
    ("iPhone 15 or Galaxy S24?", ("iPhone 15", "Galaxy S24")), ("Galaxy S24 vs Galaxy S30", ("Galaxy S24", "galaxy s30")), ("compare the Google Pixel 8a with the Galaxy A55",
                                                                ("Pixel 8a", "Galaxy A55")),
])
def test_compare(vocab, text, refs):
    assert understand(text, vocab).followup == Followup("compare", refs)


@pytest.mark.parametrize("text, kind, refs", [
    ("why the Pixel 8a?", "why", ("Pixel 8a",)), ("why did you pick the Galaxy A55?", "why", ("Galaxy A55",)),
    ("why #2?", "why", (2,)), ("why the second one?", "why", (2,)), ("why?", "why", ()),
    ("why not the iPhone 15?", "why_not", ("iPhone 15",)), ("why isn't the Galaxy S24 there?", "why_not", ("Galaxy S24",)),
    ("why didn't you recommend the Pixel 7a", "why_not", ("Pixel 7a",)),
    ("why not the Galaxy S23?", "why_not", ("galaxy s23",)),
    ("ok and why is it better than the iPhone 15?", "why", (0,)),  # 0: the phone in focus (followups.FOCUS)
])
def test_why_and_why_not(vocab, text, kind, refs):
    assert understand(text, vocab).followup == Followup(kind, refs)


@pytest.mark.parametrize("text, refs", [
    ("details of #2", (2,)), ("tell me more about the second", (2,)), ("more about #3", (3,)),
    ("details on the first one", (1,)), ("#2 details", (2,)), ("tell me about the Pixel 9 Pro", ("Pixel 9 Pro",)),
    ("specs of the Galaxy S24 Ultra", ("Galaxy S24 Ultra",)), ("full specs for number 4", (4,)),
])
def test_details(vocab, text, refs):
    assert understand(text, vocab).followup == Followup("details", refs)


@pytest.mark.parametrize("text, followup", [
    ("the second one please", Followup("details", (2,))), ("#3", Followup("details", (3,))),
    ("ok the first one", Followup("details", (1,))), ("the first two", Followup("compare", (1, 2))),
])
def test_a_message_that_is_only_a_position_asks_about_it(vocab, text, followup):
    assert understand(text, vocab).followup == followup


@pytest.mark.parametrize("text", ["show me Samsung phones", "tell me about phones under $300", "more battery",
                                  "I don't know why but I want a Samsung", "Samsung or Xiaomi"])
def test_ordinary_requests_are_not_followups(vocab, text):
    assert understand(text, vocab).followup is None


def test_followup_names_do_not_change_brand_filters(vocab):
    assert understand("compare Pixel 8a vs iPhone 15", vocab).updates == ()


# -- semantic text, language, vocabulary ------------------------------------------------------

@pytest.mark.parametrize("text, semantic", [
    ("Samsung phone with a nice design, under $300", "phone with a nice design"),
    ("a pretty phone with a matte finish, under $400", "a pretty phone with a matte finish"),
])
def test_semantic_text_keeps_the_taste_words(vocab, text, semantic):
    assert understand(text, vocab).semantic_text == semantic


@pytest.mark.parametrize("text", ["good camera for night shots under 400 dollars", "phone for PUBG under 20000 rupees",
                                  "compact phone that fits in my pocket"])
def test_needs_the_rules_read_leave_the_semantic_text(vocab, text):
    assert understand(text, vocab).semantic_text == ""


def test_a_brand_with_its_model_number_stays_in_the_semantic_text(vocab):
    assert understand("I want an iPhone 15 Pro Max", vocab).semantic_text == "I want an iPhone 15 Pro Max"


@pytest.mark.parametrize("text", ["Samsung under $300", "8GB RAM", "cheaper"])
def test_semantic_text_is_empty_when_only_constraint_words_remain(vocab, text):
    assert understand(text, vocab).semantic_text == ""


@pytest.mark.parametrize("text, language", [("cheap Samsung", "en"), ("三星", "zh"), ("Samsung 手机", "zh"), ("", "en"),
                                            ("😀👍", "en")])
def test_language_is_chinese_when_any_han_character_appears(vocab, text, language):
    assert understand(text, vocab).language == language


def test_message_text_is_kept_verbatim(vocab):
    text = "  Samsung\tunder $300  "
    assert understand(text, vocab).text == text


def test_non_text_message_is_a_request_error(vocab):
    with pytest.raises(RequestError, match="must be text"):
        understand(None, vocab)


def test_very_long_messages_are_cut_with_a_note(vocab):
    request = understand("Samsung under $300. " + "la " * 5000, vocab)
    assert budget_of(request) == Budget("USD", hi=300)
    assert any("first" in note for note in request.notes)


def test_reference_year_can_be_overridden(vocab):
    catalog = load_catalog(FIXTURES / "phones_small.csv")
    later = Vocabulary.from_catalog(catalog, ALIASES, reference_year=2026)
    assert slots(understand("this year", later))["spec:year"] == ("set", Bound(lo=2026))


def test_vocabulary_resolves_family_names_with_or_without_brand(vocab):
    assert vocab.resolve_family("google pixel 8a") == "Pixel 8a"
    assert vocab.resolve_family("Xiaomi 14 Ultra 512GB") == "14 Ultra"
    assert vocab.resolve_family("phone") is None


def test_family_names_resolve_without_the_network_suffix():
    vocab = Vocabulary.build(brands=["Oppo"], families=[("Oppo", "A55 5G")], chipsets=[], aliases={}, reference_year=2024)
    assert vocab.resolve_family("Oppo A55") == "A55 5G"


def test_alias_brands_are_spelled_as_in_the_catalog(vocab):
    assert vocab.aliases["iphone"] == frozenset({"Apple"})
    assert vocab.aliases["传音"] == frozenset({"Tecno", "Infinix"})


def test_missing_aliases_file_is_a_catalog_error(tmp_path):
    catalog = load_catalog(FIXTURES / "phones_small.csv")
    with pytest.raises(CatalogError, match=r"aliases\.csv"):
        Vocabulary.from_catalog(catalog, tmp_path / "aliases.csv")


def test_malformed_aliases_row_names_the_row(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,brand,lang\niphone,Apple,en\npixel,,en\n", encoding="utf-8")
    catalog = load_catalog(FIXTURES / "phones_small.csv")
    with pytest.raises(CatalogError, match="row 3"):
        Vocabulary.from_catalog(catalog, path)


@pytest.mark.parametrize("text, kind, refs, options", [
    ("more like this", "similar", (0,), ()),  # 0: the phone in focus
    ("more like #2", "similar", (2,), ()),
    ("similar to the Pixel 8a but cheaper", "similar", ("Pixel 8a",), ("cheaper",)),
    ("I have an iPhone 15, what should I upgrade to?", "upgrade", ("iPhone 15",), ()),
    ("我用的是iPhone 15，换什么好", "upgrade", ("iPhone 15",), ()),
])
def test_more_like_this_and_upgrade_questions(vocab, text, kind, refs, options):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs, followup.options) == (kind, refs, options)


def test_the_owned_phone_is_not_taken_as_a_brand_filter(vocab):
    request = understand("I have an iPhone 15, what should I upgrade to under $600?", vocab)
    assert [u.slot for u in request.updates] == ["budget"]
