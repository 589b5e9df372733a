"""English budget, ordering and brand patterns behind the blind-2 grammar's failures (issue 9), each with wordings of
our own: "US$" after its figure, a currency's word and code said together, a firm side after a figure that a "~"
opened, "near enough", a hyphened "to" between a range's ends, "dollars" before its figure; directions said with a
hyphen ("high-low"), the memory's own size nouns, "heft", "year released", the highest-res main camera, "batt" and 克重;
brands refused by "= no", "not an option", "keep ... out" or ": hard pass" before a sign-off, "also" opening the next
ask, a dislike taken back ("not a huge fan of Apple but open to it") and "thinnest", which the catalog cannot order by."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _sort(vocab, text):
    return understand(text, vocab).sort


def _brands(vocab, text):
    """(wanted op and brands, excluded brands) the text sets."""
    found = slots(understand(text, vocab))
    wanted = found.get("brands")
    excluded = found.get("exclude_brands", (None, frozenset()))[1]
    return (wanted[0], wanted[1]) if wanted else None, excluded


# -- budgets ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("phone recs ~ ideally 500 US$ or below // dont want Exynos", None, 500),
    ("new phone time!! anything android & also between 250 US$ & 350 US$ thank u", 250, 350),
    ("a phone for 450 US$", None, 450),
    ("700 us$ at most", None, 700),
    ("front camera 16 mega pixels minimum & also 250 US$ at least, 600 US$ at most", 250, 600),
])
def test_us_dollar_sign_after_the_figure_is_dollars(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("USD", lo, hi)


def test_us_dollar_sign_after_the_figure_is_dollars_beside_chinese_words(vocab):
    # Chinese in the message makes yuan the default currency: the "US$" must still say dollars
    assert budget_read(vocab, "keep Motorola and Oppo out // price ceiling 400 US$ also 电池不能超过4500mAH") == ("USD", None, 400)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("price 5000 yuan RMB or higher asap", "CNY", 5000, None),
    ("price 50,000 PKR rs or higher; also Vivo pls", "PKR", 50000, None),
    ("3000 rmb yuan or more", "CNY", 3000, None),
    ("40000 rupees inr or above", "INR", 40000, None),
    ("800 aed dirhams or less", "AED", None, 800),
    ("300 usd dollars or more", "USD", 300, None),
])
def test_a_currency_word_and_its_code_together_leave_the_side_after_them_to_the_amount(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("shopping for a phone ~ rs 25000 hard limot what do you suggest?", "INR", None, 25000),
    ("new phone time ~ 600 Dollars absoulte max asap", "USD", None, 600),
    ("phone recs ~ 250 US$ absolyte max what do you suggest?", "USD", None, 250),
    ("phone ~ 400 dollars strict max", "USD", None, 400),
    ("~ rs 30000 firm limit", "INR", None, 30000),
    ("~ 300 dollars bare minimum", "USD", 300, None),
])
def test_a_firm_side_after_the_figure_holds_over_a_tilde_before_it(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize("text", ["~250 dollars", "phone ~ 250 dollars please"])
def test_a_tilde_without_a_side_after_the_figure_is_still_around(vocab, text):
    assert budget_read(vocab, text) == ("USD", 212.5, 287.5)


@pytest.mark.parametrize(("text", "currency", "amount"), [
    ("has to be 5g, n near enough 4000 Yuan // exclude Lenovo pls", "CNY", 4000),
    ("new phone time!! near eonugh 1200 usd, n 5G必备", "USD", 1200),
    ("near enough to 500 dollars", "USD", 500),
    ("near enough 30000 rupees", "INR", 30000),
    ("near-enough 300 dollars", "USD", 300),
])
def test_near_enough_an_amount_is_around_it(vocab, text, currency, amount):
    assert budget_read(vocab, text) == (currency, amount * 0.85, amount * 1.15)


@pytest.mark.parametrize(("text", "currency", "lo", "hi"), [
    ("2023 or later, n 150000 pak rupees-to-200000 pak ripees", "PKR", 150000, 200000),
    ("20000 rupees-to-25000 rupees", "INR", 20000, 25000),
    ("300-to-400 dollars", "USD", 300, 400),
])
def test_to_hyphened_between_a_ranges_ends_joins_them(vocab, text, currency, lo, hi):
    assert budget_read(vocab, text) == (currency, lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("dollars 300", None, 300),
    ("bucks 250 max", None, 250),
    ("dollars 300 to 500", 300, 500),
])
def test_dollars_before_the_figure_is_its_currency(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("USD", lo, hi)


def test_dollars_closing_an_amount_is_not_the_next_figures_currency(vocab):
    assert budget_read(vocab, "under 300 dollars 2 phones to compare") == ("USD", None, 300)


# -- orderings -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sort"), [
    ("arrange by screen diagonal (low-high)", Sort("screen_in", False)),
    ("phone recs!! storage (512 GBs) as a floor; also processor speed high-low pls asap", Sort("performance", True)),
    ("list em by selfie cam MP high-low; also 300 US$ hard limit", Sort("front_camera_mp", True)),
    ("battery high - low", Sort("battery_mah", True)),
    ("sort weight low-high", Sort("weight_g", False)),
])
def test_a_direction_said_with_a_hyphen_orders_the_aspect_before_it(vocab, text, sort):
    assert _sort(vocab, text) == sort


@pytest.mark.parametrize(("text", "sort"), [
    ("ordered ram size high-low asap", Sort("ram_gb", True)),
    ("yo!! sort ram size most to least; also 5g pls", Sort("ram_gb", True)),
    ("list em by ram size high→low, n as long as it's under Rs12k asap", Sort("ram_gb", True)),
    ("list em by storage size from high to low thank u", Sort("storage_gb", True)),
    ("arrange by gigs of ram (high-low) & also 5G!!", Sort("ram_gb", True)),
    ("memory capacity, low to high", Sort("ram_gb", False)),
    ("sort by storage capacity descending", Sort("storage_gb", True)),
])
def test_the_memorys_size_is_no_screen_size(vocab, text, sort):
    assert _sort(vocab, text) == sort


@pytest.mark.parametrize("text", ["sort by size high to low", "screen size high-low"])
def test_a_size_with_no_memory_word_is_still_the_screens(vocab, text):
    assert _sort(vocab, text) == Sort("screen_in", True)


@pytest.mark.parametrize(("text", "sort"), [
    ("yo!! order by heft, high→low; also at or above 250 usd", Sort("weight_g", True)),
    ("also sort heft high-low also front camera (20Mp) or better", Sort("weight_g", True)),
    ("space (64gigs) ceiling also ordered heft from low to high thank u", Sort("weight_g", False)),
    ("new phoe time!! sort heaviness low-high; also Motorola and only Motorola", Sort("weight_g", False)),
    ("rank by heft ascending", Sort("weight_g", False)),
])
def test_heft_and_heaviness_name_the_weight(vocab, text, sort):
    assert _sort(vocab, text) == sort


@pytest.mark.parametrize(("text", "sort"), [
    ("need help w/ a phone ~ year released most to least pls", Sort("year", True)),
    ("list em by year relased high→low thank u", Sort("year", True)),
    ("choosing between Google and Infinix also sort year released high-low", Sort("year", True)),
    ("sorted by year of release, oldest first", Sort("year", False)),
    ("year launched low to high", Sort("year", False)),
])
def test_the_year_named_with_its_verb_orders_by_the_year(vocab, text, sort):
    assert _sort(vocab, text) == sort


@pytest.mark.parametrize("text", [
    "highesst-res main camera pls, n 190 grms or less in weight",
    "only Infinix or Google & also rank highest-res main camera first",
    "show highest-res main camera at the top, n aed 4000 absolute max",
    "highest resolution rear camera",
    "highest-res back camera please",
])
def test_the_highest_res_main_camera_orders_by_the_main_camera(vocab, text):
    assert _sort(vocab, text) == Sort("main_camera_mp", True)


@pytest.mark.parametrize("text", [
    "new phhone time!! list biggest batt first; also Vivo pls",
    "got to have 16gigs RAM or more, n biggest batt pls",
    "largest batt",
])
def test_the_biggest_batt_orders_by_battery(vocab, text):
    assert _sort(vocab, text) == Sort("battery_mah", True)


def test_the_biggest_batt_with_a_figure_is_a_bound_not_an_order(vocab):
    request = understand("biggest batt 6000mah", vocab)
    assert request.sort is None


@pytest.mark.parametrize(("text", "sort"), [
    ("released no earlier than 2021; also 以克重排序，从高往低", Sort("weight_g", True)),
    ("按克重从低到高排", Sort("weight_g", False)),
])
def test_ke_zhong_names_the_weight_in_an_ordering(vocab, text, sort):
    assert _sort(vocab, text) == sort


@pytest.mark.parametrize("text", ["thinnest phone under 400", "the slimmest samsung please", "the least thick one"])
def test_the_thinnest_is_said_to_be_no_known_order(vocab, text):
    request = understand(text, vocab)
    assert request.sort is None
    assert any("'thickness'" in note for note in request.notes)


# -- brands ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brands"), [
    ("hi thre ~ Vivo & Huawei = no // not a folding one", {"Vivo", "Huawei"}),
    ("any recs!! 5G!! // Oppo & Honor = no // a folding screen one", {"Oppo", "Honor"}),
    ("shopping for a phone ~ POCO & Apple = no // needs 5g", {"POCO", "Apple"}),
    ("Samsung = no", {"Samsung"}),
    ("Apple and Google = nope, under 500 dollars", {"Apple", "Google"}),
])
def test_brands_set_equal_to_no_are_refused(vocab, text, brands):
    assert _brands(vocab, text) == (("remove", frozenset(brands)), frozenset(brands))


@pytest.mark.parametrize(("text", "brands"), [
    ("list em by pricing low→high // POCO not an option", {"POCO"}),
    ("price ceiling 500 Dollars // Vivo not an option", {"Vivo"}),
    ("avoid anything Kirin // Honor not an option ... needs 5g thank u", {"Honor"}),
    ("Samsung not an option please", {"Samsung"}),
    ("Realme and Oppo not options", {"Realme", "Oppo"}),
])
def test_a_brand_said_not_to_be_an_option_is_refused(vocab, text, brands):
    assert _brands(vocab, text)[1] == frozenset(brands)


def test_a_brand_said_to_be_an_option_is_wanted(vocab):
    assert _brands(vocab, "Samsung is an option") == (("set", frozenset({"Samsung"})), frozenset())


@pytest.mark.parametrize(("text", "brands"), [
    ("battery (6000 mAH) or better // keep TECNO and Nokia out asap", {"Tecno", "Nokia"}),
    ("6.1Inch screen or less // keep Nokia and Samsung out // 2019 and older", {"Nokia", "Samsung"}),
    ("keep Oppo out / 8gb ram", {"Oppo"}),
    ("keep Apple out asap", {"Apple"}),
    ("keep Apple out pls", {"Apple"}),
])
def test_brands_kept_out_before_a_slash_or_asap_are_refused(vocab, text, brands):
    assert _brands(vocab, text)[1] == frozenset(brands)


@pytest.mark.parametrize(("text", "brands"), [
    ("yo!! as long as it's under 200 usd ... Xiaomi, Oppo: hard pass what do you sugegst?", {"Xiaomi", "Oppo"}),
    ("approximately around 450dollars // Tecno: hard pass thank u", {"Tecno"}),
    ("main camera starting at 200Mp // Infinix: hard pass asap", {"Infinix"}),
    ("Huawei: hard pass thanks", {"Huawei"}),
])
def test_a_hard_pass_before_a_sign_off_refuses_the_brands(vocab, text, brands):
    assert _brands(vocab, text)[1] == frozenset(brands)


def test_a_brand_before_no_more_than_an_amount_is_wanted(vocab):
    assert _brands(vocab, "Samsung, no more than 400 dollars") == (("set", frozenset({"Samsung"})), frozenset())


@pytest.mark.parametrize(("text", "brand"), [
    ("yo ~ strictly a Tecno also 200 Grams or more", "Tecno"),
    ("RAM up to 6 GBs only, n gotta be a Xiaomi also w/ 5g asap", "Xiaomi"),
    ("Samsung also 8gb ram", "Samsung"),
])
def test_also_after_a_brand_that_opens_the_next_ask_does_not_add(vocab, text, brand):
    assert _brands(vocab, text) == (("set", frozenset({brand})), frozenset())


@pytest.mark.parametrize(("text", "brand"), [("Xiaomi also", "Xiaomi"), ("Pixel also, please", "Google"),
                                             ("Xiaomi also works", "Xiaomi"), ("Pixel also an option", "Google")])
def test_also_closing_the_clause_after_a_brand_adds_it(vocab, text, brand):
    assert _brands(vocab, text) == (("add", frozenset({brand})), frozenset())


@pytest.mark.parametrize("text", [
    "not a huge fan of apple but open to it",
    "not a big fan of samsung but i'm open to it, under 500 dollars",
    "not keen on Xiaomi though I'd consider it",
])
def test_a_dislike_taken_back_refuses_no_brand(vocab, text):
    assert _brands(vocab, text) == (None, frozenset())


def test_a_dislike_not_taken_back_refuses_the_brand(vocab):
    assert _brands(vocab, "not a huge fan of apple")[1] == frozenset({"Apple"})
