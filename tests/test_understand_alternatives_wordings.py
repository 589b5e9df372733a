"""Two alternatives in one message, each a brand and/or its own spec bound ("a Samsung with 12GB RAM or a Pixel with
5000mAh", "华为的话要256G，不然小米也行"), are read as an OR of two sides, whatever joins them ("or else",
"otherwise", "failing that", "w/", brackets, 要么…要么, 不然, 实在不行, 再不济 …); a plain wish for two brands
("Samsung or Xiaomi") or a bound word with "or" ("8GB or more", "6.5寸或更大") is no OR."""

from __future__ import annotations

import pytest

from advisor.catalog.aliases import load_aliases
from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Constraints
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES


def _constraints(text, vocab) -> Constraints:
    return apply(DialogueState(), understand(text, vocab)).constraints


def _side(c: Constraints) -> tuple[str, dict[str, tuple[float | None, float | None]]]:
    """Whose phone a side is (its brands, or its platform) and its spec bounds as (lo, hi)."""
    whose = "+".join(sorted(c.brands)) or (c.platform or "")
    return whose, {name: (b.lo, b.hi) for name, b in c.specs}


def _sides(text, vocab):
    return [_side(alt) for alt in _constraints(text, vocab).alternatives]


@pytest.mark.parametrize("text, sides", [
    ("a Samsung with 12GB RAM or a Pixel with 5000mAh",
     [("Samsung", {"ram_gb": (12, None)}), ("Google", {"battery_mah": (5000, None)})]),
    ("a Motorola w/ 5000mAh+ or else a Samsung w/ 256GB+",
     [("Motorola", {"battery_mah": (5000, None)}), ("Samsung", {"storage_gb": (256, None)})]),
    ("Honor with at least a 50MP main camera, failing that a Realme with 8GB RAM minimum",
     [("Honor", {"main_camera_mp": (50, None)}), ("Realme", {"ram_gb": (8, None)})]),
    ("Either OnePlus w/ 16GB RAM or Xiaomi w/ 1TB",
     [("OnePlus", {"ram_gb": (16, None)}), ("Xiaomi", {"storage_gb": (1024, None)})]),
    ("an Infinix with 8GB+ RAM or a Tecno with 6000mAh+",
     [("Infinix", {"ram_gb": (8, None)}), ("Tecno", {"battery_mah": (6000, None)})]),
])
def test_english_sides_joined_by_an_or_word_keep_their_own_specs(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text, sides", [
    ("Xiaomi (12GB RAM) or OnePlus", [("Xiaomi", {"ram_gb": (12, None)}), ("OnePlus", {})]),
    ("Pixel (256GB storage) or iPhone (512GB storage)",
     [("Google", {"storage_gb": (256, None)}), ("Apple", {"storage_gb": (512, None)})]),
    ("Motorola (5000mAh or more) or Nokia", [("Motorola", {"battery_mah": (5000, None)}), ("Nokia", {})]),
])
def test_a_requirement_in_brackets_after_a_brand_is_that_sides_own(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_a_bound_word_with_or_inside_a_side_does_not_split_it(vocab):
    assert _sides("either an Oppo packing 16GB of RAM or a Vivo with a screen of 6.7 inches or more", vocab) == [
        ("Oppo", {"ram_gb": (16, None)}), ("Vivo", {"screen_in": (6.7, None)})]


def test_otherwise_between_an_iphone_budget_and_an_android_battery_is_an_or(vocab):
    alternatives = _constraints("iPhone under $800, otherwise an Android w/ 5000mAh+", vocab).alternatives
    assert [(_side(a), a.budget.hi if a.budget else None) for a in alternatives] == [
        (("Apple", {}), 800), (("android", {"battery_mah": (5000, None)}), None)]


def test_if_not_after_a_semicolon_opens_the_second_side(vocab):
    assert _sides("a Realme that has a 6000mAh battery; if not, a POCO with 8GB RAM", vocab) == [
        ("Realme", {"battery_mah": (6000, None)}), ("POCO", {"ram_gb": (8, None)})]


def test_a_budget_before_a_colon_holds_for_both_sides(vocab):
    c = _constraints("under $700: a Samsung with 256GB or a Google with 8GB RAM", vocab)
    assert (c.budget.hi, [_side(a) for a in c.alternatives]) == (
        700, [("Samsung", {"storage_gb": (256, None)}), ("Google", {"ram_gb": (8, None)})])


@pytest.mark.parametrize("text, sides", [
    ("要么华为8G以上的，要么小米的", [("Huawei", {"ram_gb": (8, None)}), ("Xiaomi", {})]),
    ("华为的话要256G，不然小米也行", [("Huawei", {"storage_gb": (256, None)}), ("Xiaomi", {})]),
    ("最好是苹果512G的，实在不行三星也可以但要5000毫安",
     [("Apple", {"storage_gb": (512, None)}), ("Samsung", {"battery_mah": (5000, None)})]),
    ("要华为512G的，再不济荣耀12G运存也行", [("Huawei", {"storage_gb": (512, None)}), ("Honor", {"ram_gb": (12, None)})]),
    ("小米电池5000毫安以上，否则realme 8G运存", [("Xiaomi", {"battery_mah": (5000, None)}), ("Realme", {"ram_gb": (8, None)})]),
    ("真我要16G运存，不行就一加", [("Realme", {"ram_gb": (16, None)}), ("OnePlus", {})]),
    ("或者摩托罗拉5000毫安的，或者诺基亚的也行", [("Motorola", {"battery_mah": (5000, None)}), ("Nokia", {})]),
])
def test_chinese_fallback_words_open_a_second_side(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_a_requirement_in_chinese_brackets_is_that_sides_own(vocab):
    assert _sides("OPPO（12G运存）或者荣耀", vocab) == [("Oppo", {"ram_gb": (12, None)}), ("Honor", {})]


def test_de_hua_clauses_each_name_a_brand_and_its_own_spec(vocab):
    assert _sides("三星的话2亿像素主摄，苹果的话512G存储", vocab) == [
        ("Samsung", {"main_camera_mp": (200, None)}), ("Apple", {"storage_gb": (512, None)})]


def test_a_chinese_budget_before_yaome_sides_holds_for_both(vocab):
    c = _constraints("预算4000以内，要么华为256G以上，要么荣耀12G运存以上", vocab)
    assert (c.budget.hi, [_side(a) for a in c.alternatives]) == (
        4000, [("Huawei", {"storage_gb": (256, None)}), ("Honor", {"ram_gb": (12, None)})])


@pytest.mark.parametrize("text, sides", [
    ("要么Samsung 12GB RAM，要么Pixel 5000mAh", [("Samsung", {"ram_gb": (12, None)}), ("Google", {"battery_mah": (5000, None)})]),
    ("华为 with 512GB or 小米 with 16GB RAM", [("Huawei", {"storage_gb": (512, None)}), ("Xiaomi", {"ram_gb": (16, None)})]),
])
def test_sides_in_mixed_languages_are_an_or(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text, brands, specs", [
    ("Samsung or Xiaomi", {"Samsung", "Xiaomi"}, {}),
    ("a Samsung or a Xiaomi, 8GB RAM or more", {"Samsung", "Xiaomi"}, {"ram_gb": (8, None)}),
    ("Pixel or iPhone, screen 6.5 inches or bigger", {"Google", "Apple"}, {"screen_in": (6.5, None)}),
    ("a Motorola with 8GB RAM or more", {"Motorola"}, {"ram_gb": (8, None)}),
    ("小米或者红米", {"Xiaomi"}, {}),
    ("三星或者小米，运存8G以上", {"Samsung", "Xiaomi"}, {"ram_gb": (8, None)}),
    ("vivo或OPPO，6.5寸或更大", {"Vivo", "Oppo"}, {"screen_in": (6.5, None)}),
])
def test_a_brand_set_or_a_bound_word_with_or_is_no_alternative(vocab, text, brands, specs):
    c = _constraints(text, vocab)
    assert (c.alternatives, c.brands, _side(c)[1]) == ((), frozenset(brands), specs)


def test_a_chip_or_better_with_two_brands_is_no_alternative(vocab):
    c = _constraints("Samsung or OnePlus with a Snapdragon 8 Gen 2 or better", vocab)
    assert (c.alternatives, c.brands, c.spec("chip_score") is not None) == ((), frozenset({"Samsung", "OnePlus"}), True)


def test_two_storage_sizes_both_fine_are_a_floor_not_an_or(vocab):
    c = _constraints("128G或256G都行", vocab)
    assert (c.alternatives, _side(c)[1]) == ((), {"storage_gb": (128, None)})


@pytest.mark.parametrize("text, sides", [
    ("Samsung with at least 12GB RAM or, failing that, Pixel with at least 256GB",
     [("Samsung", {"ram_gb": (12, None)}), ("Google", {"storage_gb": (256, None)})]),
    ("an Honor with a 6.7 inch screen or bigger (or a Xiaomi with 1TB)",
     [("Honor", {"screen_in": (6.7, None)}), ("Xiaomi", {"storage_gb": (1024, None)})]),
])
def test_an_or_word_after_a_comma_or_a_bracket_opens_the_second_side(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text, sides", [
    ("I'd go for a Motorola with 8GB RAM but a Nokia with 5000mAh would also do",
     [("Motorola", {"ram_gb": (8, None)}), ("Nokia", {"battery_mah": (5000, None)})]),
    ("Vivo w/ 12GB RAM; Oppo w/ 512GB as a backup", [("Vivo", {"ram_gb": (12, None)}), ("Oppo", {"storage_gb": (512, None)})]),
    ("ideally a Sony with 12GB RAM, but a Samsung with 1TB is OK",
     [("Sony", {"ram_gb": (12, None)}), ("Samsung", {"storage_gb": (1024, None)})]),
    ("最好华为512G的，不过荣耀16G运存的也行", [("Huawei", {"storage_gb": (512, None)}), ("Honor", {"ram_gb": (16, None)})]),
    ("vivo运存16G起，OPPO存储512G起，二选一", [("Vivo", {"ram_gb": (16, None)}), ("Oppo", {"storage_gb": (512, None)})]),
])
def test_a_second_clause_offered_as_also_fine_is_the_other_side(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text, sides", [
    ("三星12G运存的，再不然谷歌256G的", [("Samsung", {"ram_gb": (12, None)}), ("Google", {"storage_gb": (256, None)})]),
    ("首选小米1T存储，备选一加16G运存", [("Xiaomi", {"storage_gb": (1024, None)}), ("OnePlus", {"ram_gb": (16, None)})]),
])
def test_chinese_first_and_second_choice_words_join_two_sides(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_a_requirement_after_the_last_chinese_sides_comma_is_the_whole_requests(vocab):
    c = _constraints("预算5000以内，一加运存12G以上的或者小米机身存储512G以上的，要5G", vocab)
    assert (c.needs_5g, [_side(a) for a in c.alternatives]) == (
        True, [("OnePlus", {"ram_gb": (12, None)}), ("Xiaomi", {"storage_gb": (512, None)})])


def test_yaobu_said_twice_between_two_brands_is_a_brand_set(vocab):
    c = _constraints("要不是OPPO要不就是vivo", vocab)
    assert (c.alternatives, c.brands, c.exclude_brands) == ((), frozenset({"Oppo", "Vivo"}), frozenset())


def test_yaobu_opening_a_clause_does_not_negate_its_spec(vocab):
    assert _sides("摩托罗拉要前摄3200万像素以上，要不6G内存以上的华为也行", vocab) == [
        ("Motorola", {"front_camera_mp": (32, None)}), ("Huawei", {"ram_gb": (6, None)})]


def test_a_shared_requirement_after_yaome_sides_stays_the_whole_requests(vocab):
    c = _constraints("要么真我要么联想 4000到6000", vocab)
    assert (c.alternatives, c.brands, (c.budget.lo, c.budget.hi)) == ((), frozenset({"Realme", "Lenovo"}), (4000, 6000))


def test_galaxy_followed_by_w_slash_names_no_galaxy_w_series():
    # a catalog with a Galaxy W line, which the fixture catalog lacks
    vocab = Vocabulary.build(brands={"Samsung", "Apple"}, chipsets=(), aliases=load_aliases(ALIASES), reference_year=2024,
                             families=[("Samsung", "Galaxy W22 5G"), ("Samsung", "Galaxy S24"), ("Apple", "iPhone 15")])
    alternatives = _constraints("Galaxy w/ a 200MP camera, or else iPhone w/ 512GB", vocab).alternatives
    assert [a.series for a in alternatives] == [frozenset(), frozenset()]


@pytest.mark.parametrize("text, field, value", [
    ("an Oppo with 12GB RAM or a Vivo with 256GB under $400", "budget", (None, 400)),
    ("an Oppo with 12GB RAM or a Vivo with 256GB over $300", "budget", (300, None)),
    ("a Honor with a 5000mAh battery or a Realme with 12GB RAM and 5G", "needs_5g", True),
    ("a Xiaomi with a 200MP camera or a Motorola with 12GB RAM from 2023 or later", "year", (2023, None)),
])
def test_a_requirement_after_the_last_english_side_is_the_whole_requests(vocab, text, field, value):
    c = _constraints(text, vocab)
    whole = {"budget": lambda: (c.budget.lo, c.budget.hi) if c.budget else None, "needs_5g": lambda: c.needs_5g,
             "year": lambda: (c.spec("year").lo, c.spec("year").hi) if c.spec("year") else None}[field]()
    assert (whole, [len(a.specs) for a in c.alternatives]) == (value, [1, 1])


@pytest.mark.parametrize("text", ["a Samsung with 12GB RAM or a OnePlus with 256GB sorted by price",
                                  "三星12G运存以上的或者一加256G以上的价格从低到高"])
def test_an_ordering_after_the_last_side_orders_the_whole_request(vocab, text):
    request = understand(text, vocab)
    alternatives = apply(DialogueState(), request).constraints.alternatives
    assert (request.sort.key, [_side(a) for a in alternatives]) == (
        "price", [("Samsung", {"ram_gb": (12, None)}), ("OnePlus", {"storage_gb": (256, None)})])


@pytest.mark.parametrize("text, sides", [
    ("华为 存储≥512G 或者 荣耀 运存≥16G", [("Huawei", {"storage_gb": (512, None)}), ("Honor", {"ram_gb": (16, None)})]),
    ("vivo牌子运存起码12G，OPPO牌子存储起码512G，哪个都行", [("Vivo", {"ram_gb": (12, None)}), ("Oppo", {"storage_gb": (512, None)})]),
])
def test_chinese_sides_apart_by_spaces_or_followed_by_either_is_fine(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text, whole", [
    ("under $500 Oppo with 12GB RAM or Vivo with 256GB", lambda c: c.budget.hi == 500),
    ("预算3000以内荣耀12G运存以上的或者vivo 256G以上的", lambda c: c.budget.hi == 3000),
    ("5G的小米12G运存或者OPPO 256G", lambda c: c.needs_5g),
])
def test_a_requirement_before_the_first_sides_brand_is_the_whole_requests(vocab, text, whole):
    c = _constraints(text, vocab)
    assert (whole(c), [len(a.specs) + bool(a.budget) + a.needs_5g for a in c.alternatives]) == (True, [1, 1])


def test_an_ordering_before_the_first_side_orders_the_whole_request(vocab):
    request = understand("lightest Samsung with 12GB RAM or OnePlus with 256GB", vocab)
    assert (request.sort.key, len(apply(DialogueState(), request).constraints.alternatives)) == ("weight_g", 2)


def test_a_need_word_inside_a_side_stays_that_sides_spec(vocab):
    assert _sides("a Google with at least 256GB storage or a Xiaomi with at least a 32MP selfie camera", vocab) == [
        ("Google", {"storage_gb": (256, None)}), ("Xiaomi", {"front_camera_mp": (32, None)})]


@pytest.mark.parametrize("text, sides", [
    ("a Honor w/ min. 5000mAh battery or a Xiaomi w/ min. 256GB storage",
     [("Honor", {"battery_mah": (5000, None)}), ("Xiaomi", {"storage_gb": (256, None)})]),
    ("either a Tecno - min. 50MP rear camera or a Realme - 6.7 inch display minimum",
     [("Tecno", {"main_camera_mp": (50, None)}), ("Realme", {"screen_in": (6.7, None)})]),
])
def test_the_point_of_min_does_not_end_a_side(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_a_colon_before_a_figure_does_not_end_a_side(vocab):
    assert _sides("an Apple w/ storage: 256GB+; or a Motorola with display ≥ 6.5 inch", vocab) == [
        ("Apple", {"storage_gb": (256, None)}), ("Motorola", {"screen_in": (6.5, None)})]


def test_a_side_cut_before_a_budget_keeps_its_figures_read_as_a_whole(vocab):
    c = _constraints("OnePlus w/ 16MP front camera or more, or a Nokia with at least a 50MP main camera over $100", vocab)
    assert (c.budget.lo, [_side(a) for a in c.alternatives]) == (
        100, [("OnePlus", {"front_camera_mp": (16, None)}), ("Nokia", {"main_camera_mp": (50, None)})])


def test_a_chinese_side_is_never_cut_inside_a_figure(vocab):
    c = _constraints("前摄1600万像素以上的小米，不然谷歌至少128G存储4000以内", vocab)
    assert (c.budget.hi, [_side(a) for a in c.alternatives]) == (
        4000, [("Xiaomi", {"front_camera_mp": (16, None)}), ("Google", {"storage_gb": (128, None)})])


@pytest.mark.parametrize("text, sides", [
    ("苹果，续航至少四千毫安，联想，运行内存不少于8个G也可以", [("Apple", {"battery_mah": (4000, None)}), ("Lenovo", {"ram_gb": (8, None)})]),
    ("存储256以上的一加，谷歌，屏在6.5寸以上也可以", [("OnePlus", {"storage_gb": (256, None)}), ("Google", {"screen_in": (6.5, None)})]),
])
def test_a_brand_clause_and_its_spec_clause_make_one_side_of_a_run(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_dou_xing_after_a_side_offers_it_and_clears_nothing(vocab):
    assert _sides("三星五千万像素起步的后置主摄还是小米12个G以上的内存都行", vocab) == [
        ("Samsung", {"main_camera_mp": (50, None)}), ("Xiaomi", {"ram_gb": (12, None)})]


def test_a_refusal_of_two_brands_joined_by_huozhe_is_no_alternative(vocab):
    c = _constraints("不要三星或者小米，8G运存", vocab)
    assert (c.alternatives, c.exclude_brands) == ((), frozenset({"Samsung", "Xiaomi"}))


@pytest.mark.parametrize("text, sides", [
    ("a Vivo with 12GB RAM — an Oppo with 512GB would work too", [("Vivo", {"ram_gb": (12, None)}), ("Oppo", {"storage_gb": (512, None)})]),
    ("a Realme with a 6000mAh battery. A Motorola with 12GB RAM is a fine fallback.",
     [("Realme", {"battery_mah": (6000, None)}), ("Motorola", {"ram_gb": (12, None)})]),
    ("an Honor with 16GB RAM, but a Huawei with 512GB is acceptable",
     [("Honor", {"ram_gb": (16, None)}), ("Huawei", {"storage_gb": (512, None)})]),
])
def test_a_second_clause_after_a_dash_or_a_full_stop_offered_as_fallback_is_the_other_side(vocab, text, sides):
    assert _sides(text, vocab) == sides


def test_a_brand_clause_offering_itself_before_a_budget_clause_is_a_brand_set(vocab):
    c = _constraints("小米的，存储256G以上，华为也可以，3000以内", vocab)
    assert (c.alternatives, c.brands, c.budget.hi) == ((), frozenset({"Xiaomi", "Huawei"}), 3000)


def test_requirements_before_the_first_brand_and_a_fallback_brand_are_a_brand_set(vocab):
    c = _constraints("支持5G不超过3000元预算3000一加，不然华为", vocab)
    assert (c.alternatives, c.brands, c.needs_5g) == ((), frozenset({"OnePlus", "Huawei"}), True)
