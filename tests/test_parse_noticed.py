"""Readings noticed wrong in review, and leftovers of the older read grammars (issue 9): a list refused after a symbol
("brand != Oppo, Realme"), a floor said after the figure's noun and a need word ("6.6-inch screen needed at minimum"), a
direction after "排序按<aspect>" whose name starts with another aspect's ("排序按机身重量，从大到小"), a floor word opening the
clause or followed by who wants it ("起步我要6.8吋屏幕", "至少我要6.8寸屏幕"), Hindi and Urdu bounds in Latin letters ("kam se
kam", "zyada se zyada"), a sub-brand refused with its gloss in brackets ("不要红米(Redmi)"), a figure said enough with more
refused ("6gb运行内存就够，别更多了"), "最次" (at worst), the plain slab refused ("直板的不要"), a refused side whose unit is
spaced from its figure before the aspect's noun ("少于6 个G的运行内存不考虑"), "最多就到" and "超了…就不要" (ceilings), the chat's
"的说" after a refusal, and a fallback said as what the shop may lack ("if not available", "实在没有就")."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


def sort_after(text, vocab):
    """The ordering in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).sort


@pytest.mark.parametrize("text, brands", [
    ("brand != Oppo, Realme", {"Oppo", "Realme"}),
    ("brand ≠ Xiaomi, Honor, Vivo", {"Xiaomi", "Honor", "Vivo"}),
    ("not: Samsung, Apple", {"Samsung", "Apple"}),
    ("❌ Tecno, Infinix", {"Tecno", "Infinix"}),
])
def test_a_list_after_a_symbol_negation_refuses_every_brand_listed(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == brands


@pytest.mark.parametrize("text, key, bound", [
    ("6.6-inch screen needed at minimum", "screen_in", (6.6, None)),
    ("6.7 inch display required at minimum", "screen_in", (6.7, None)),
    ("5000mAh battery needed at the very least", "battery_mah", (5000, None)),
    ("12GB RAM is needed at minimum", "ram_gb", (12, None)),
    ("256GB storage required, at minimum", "storage_gb", (256, None)),
    ("190g weight wanted at most", "weight_g", (None, 190)),
])
def test_a_side_said_after_the_noun_and_a_need_word_is_the_figures(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_side_after_a_need_word_that_opens_the_next_figure_stays_that_ones(vocab):
    found = dict(constraints_after("5000mAh battery required, max 200 grams", vocab).specs)
    assert (found["battery_mah"].lo, found["weight_g"].hi) == (5000, 200)


@pytest.mark.parametrize("text, key, descending", [
    ("排序按机身重量，从大到小", "weight_g", True),
    ("排序按屏幕尺寸，从小到大", "screen_in", False),
    ("排序按机身存储，从小到大", "storage_gb", False),
    ("排序按主摄像素，从小到大", "main_camera_mp", False),
    ("排列按屏幕大小，由小到大", "screen_in", False),
])
def test_a_direction_after_sort_by_an_aspect_decides_the_order(vocab, text, key, descending):
    sort = sort_after(text, vocab)
    assert (sort.key, sort.descending) == (key, descending)


@pytest.mark.parametrize("text, key", [("排序按机身重量", "weight_g"), ("排序按屏幕尺寸", "screen_in")])
def test_sort_by_an_aspect_alone_still_orders_by_its_whole_name(vocab, text, key):
    assert sort_after(text, vocab).key == key


@pytest.mark.parametrize("text, key, bound", [
    ("起步我要6.8吋屏幕", "screen_in", (6.8, None)),
    ("起步要12G内存", "ram_gb", (12, None)),
    ("至少我要6.8寸屏幕", "screen_in", (6.8, None)),
    ("打底我要6.7寸的屏幕", "screen_in", (6.7, None)),
    ("最低咱们得有6.5寸屏幕", "screen_in", (6.5, None)),
])
def test_a_floor_word_before_who_wants_the_figure_makes_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_floor_word_glued_after_a_figure_stays_that_figures(vocab):
    assert spec_after("8个G起步 预算3000", vocab, "ram_gb") == (8, None)
    assert budget_after("8个G起步 预算3000", vocab) == ("CNY", None, 3000)


@pytest.mark.parametrize("text, key, bound", [
    ("RAM kam se kam 8", "ram_gb", (8, None)),
    ("kam se kam 6.5 inch screen", "screen_in", (6.5, None)),
    ("8GB RAM kam se kam", "ram_gb", (8, None)),
    ("battery kam az kam 5000", "battery_mah", (5000, None)),
    ("zyada se zyada 180 grams", "weight_g", (None, 180)),
])
def test_hindi_and_urdu_bounds_in_latin_letters(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_hindi_ceiling_on_the_budget(vocab):
    assert budget_after("budget zyada se zyada 30k inr", vocab) == ("INR", None, 30000)


@pytest.mark.parametrize("text", ["不要红米(Redmi)", "不要 Redmi（红米）", "别给我推红米（Redmi）的", "no Redmi (红米)"])
def test_a_sub_brand_refused_with_its_gloss_refuses_only_that_series(vocab, text):
    found = constraints_after(text, vocab)
    assert (found.exclude_series, found.exclude_brands, found.brands) == ({"Redmi"}, frozenset(), frozenset())


@pytest.mark.parametrize("text, key, bound", [
    ("6gb运行内存就够，别更多了", "ram_gb", (None, 6)),
    ("8G运存就够了，不要更多", "ram_gb", (None, 8)),
    ("128G存储就够，不用更多了", "storage_gb", (None, 128)),
    ("4500毫安电池就够，别更多了", "battery_mah", (None, 4500)),
])
def test_a_figure_said_enough_with_more_refused_is_a_ceiling(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_more_results_asked_for_stay_a_follow_up(vocab):
    assert understand("更多推荐", vocab).followup.kind == "more"


@pytest.mark.parametrize("text, key, bound", [
    ("最次也要骁龙695啊", "chip_score", (1900, None)),
    ("最次也得是8 gen 3", "chip_score", (7000, None)),
    ("屏幕最次也要6.5寸", "screen_in", (6.5, None)),
])
def test_at_worst_said_before_a_figure_or_a_chip_is_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text", ["折叠屏，直板的不要", "直板的不要", "只看折叠屏，直板机不考虑", "no slab phones, foldables only"])
def test_the_plain_slab_refused_leaves_the_foldables(vocab, text):
    assert constraints_after(text, vocab).devices == {"foldable"}


@pytest.mark.parametrize("text", ["直板", "normal phones only", "不要折叠屏"])
def test_the_plain_slab_asked_for_or_foldables_refused_keep_the_phones(vocab, text):
    assert constraints_after(text, vocab).devices == {"phone"}


@pytest.mark.parametrize("text, key, bound", [
    ("少于32M 像素的前置不考虑", "front_camera_mp", (32, None)),
    ("少于6 个G的运行内存不考虑", "ram_gb", (6, None)),
    ("低于5000 毫安的电池不要", "battery_mah", (5000, None)),
    ("少于8 GB的内存不考虑", "ram_gb", (8, None)),
    ("前置低于20M像素的不要", "front_camera_mp", (20, None)),
])
def test_a_refused_side_with_its_unit_spaced_or_its_pixels_named_is_a_floor(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


@pytest.mark.parametrize("text, key, bound", [
    ("存储最多就到六十四个GB", "storage_gb", (None, 64)),
    ("内存最多也就到8G", "ram_gb", (None, 8)),
    ("容量超了六十四个GB就莫要", "storage_gb", (None, 64)),
    ("重量超了200克就不要", "weight_g", (None, 200)),
])
def test_the_most_reached_or_a_figure_not_to_be_passed_is_a_ceiling(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound
    assert sort_after(text, vocab) is None


@pytest.mark.parametrize("text, bound", [("低于800块钱的不看的说", ("CNY", 800, None)),
                                         ("2000块以下的不要的说", ("CNY", 2000, None))])
def test_the_chats_de_shuo_after_a_refusal_keeps_it_a_refusal(vocab, text, bound):
    assert budget_after(text, vocab) == bound


@pytest.mark.parametrize("text, brands", [
    ("an Honor boasting 50MP front camera or above. if not available, a Huawei whose screen is 6.6 inches or above",
     ({"Honor"}, {"Huawei"})),
    ("a Samsung whose storage is 256GB or above, and if that's not possible, a Motorola with front camera 20 megapixel",
     ({"Samsung"}, {"Motorola"})),
    ("a POCO whose battery is 5500 mah or above or if you don't have, a Pixel with screen 6.6\" minimum", ({"POCO"}, {"Google"})),
    ("vivo，主摄最少六千四百万像素的；实在没有就前置2000万像素往上的一加", ({"Vivo"}, {"OnePlus"})),
])
def test_a_fallback_said_as_what_the_shop_may_lack_offers_two_choices(vocab, text, brands):
    sides = constraints_after(text, vocab).alternatives
    assert tuple(side.brands for side in sides) == brands


def _after_two(vocab, first, second):
    state = apply(DialogueState(), understand(first, vocab))
    return apply(state, understand(second, vocab)).constraints


@pytest.mark.parametrize("second", ["take the 5g off", "take off the 5g", "take the 5g requirement off",
                                    "ok take that 5g filter out"])
def test_taking_a_filter_off_lets_it_go(vocab, second):
    after = _after_two(vocab, "phones under $600 with 5g", second)
    assert after.needs_5g is False and after.budget.hi == 600


@pytest.mark.parametrize("second, key", [("take the ram filter out", "ram_gb"), ("take off the battery limit", "battery_mah")])
def test_taking_a_spec_off_lets_only_that_spec_go(vocab, second, key):
    after = _after_two(vocab, "8gb ram, 5000mah battery, under $600", second)
    assert key not in dict(after.specs) and after.budget.hi == 600


def test_taking_off_something_that_is_no_filter_changes_nothing(vocab):
    after = _after_two(vocab, "phones under $600 with 5g", "take the case off and show me the back")
    assert after.needs_5g is True and after.budget.hi == 600


@pytest.mark.parametrize("text, refs", [
    ("iphone 15 or 16", ("iPhone 15", "iPhone 16")),
    ("iphone 15 or 16, a pro model", ("iPhone 15", "iPhone 16")),
    ("compare iphone 16 and 15", ("iPhone 16", "iPhone 15")),
])
def test_a_bare_number_after_a_named_model_is_the_next_generation_of_its_line(vocab, text, refs):
    assert understand(text, vocab).followup.refs == refs


def test_a_bare_number_far_from_the_named_models_stays_a_position(vocab):
    assert understand("compare the iphone 16 and 2", vocab).followup.refs == ("iPhone 16", 2)
