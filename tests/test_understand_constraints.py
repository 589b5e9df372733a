"""New constraint kinds end to end: exclusions of chipsets and series, OR between alternatives,
read from a message, folded into the dialogue state and shown as filter lines (EN and ZH)."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.explain.reasons import filter_lines
from advisor.understanding.request import Bound, Constraints, Language, Request, SlotUpdate, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _state_after(*updates: SlotUpdate, language: Language = "en") -> DialogueState:
    request = Request(text="x", language=language, updates=updates)
    return apply(DialogueState(language=language), request)


def test_dialogue_folds_a_chipset_exclusion():
    state = _state_after(SlotUpdate("exclude_chipsets", "add", frozenset({"Snapdragon"})))
    assert state.constraints.exclude_chipsets == frozenset({"Snapdragon"})


def test_excluding_the_wanted_chipset_drops_it():
    state = _state_after(SlotUpdate("chipset", "set", "Snapdragon"),
                         SlotUpdate("exclude_chipsets", "add", frozenset({"Snapdragon"})))
    assert state.constraints.chipset is None


def test_dialogue_folds_a_series_exclusion():
    state = _state_after(SlotUpdate("exclude_series", "add", frozenset({"Galaxy A"})))
    assert state.constraints.exclude_series == frozenset({"Galaxy A"})


def test_dialogue_sets_alternatives():
    alternatives = (Constraints(brands=frozenset({"Google"})), Constraints(platform="ios"))
    assert _state_after(SlotUpdate("alternatives", "set", alternatives)).constraints.alternatives == alternatives


def test_filter_lines_show_exclusions_in_english():
    state = DialogueState(constraints=Constraints(exclude_chipsets=frozenset({"Snapdragon"}),
                                                  exclude_series=frozenset({"Galaxy A"})))
    assert [line.text for line in filter_lines(state)] == ["not chipset: Snapdragon", "not series: Galaxy A"]


def test_filter_lines_show_exclusions_in_chinese():
    state = DialogueState(language="zh", constraints=Constraints(exclude_chipsets=frozenset({"Snapdragon"}),
                                                                 exclude_series=frozenset({"Galaxy A"})))
    assert [line.text for line in filter_lines(state)] == ["排除芯片: Snapdragon", "排除系列: Galaxy A"]


def test_filter_lines_show_alternatives_as_one_line():
    state = DialogueState(constraints=Constraints(alternatives=(Constraints(brands=frozenset({"Google"})),
                                                                Constraints(platform="ios"))))
    assert [line.text for line in filter_lines(state)] == ["any of: (brand: Google) or (platform: iOS)"]


def test_filter_lines_name_the_chip_score_bound():
    state = DialogueState(constraints=Constraints(specs=(("chip_score", Bound(lo=1500)),)))
    assert [line.text for line in filter_lines(state)] == ["chip score ≥ 1500"]


@pytest.mark.parametrize("text", ["an iPad or an Android tablet", "苹果或者安卓平板"])
def test_a_brand_or_a_platform_that_exclude_each_other_are_alternatives(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["alternatives"], "platform" in found, "brands" in found) == (
        ("set", (Constraints(brands=frozenset({"Apple"})), Constraints(platform="android"))), False, False)


def test_both_platforms_named_with_or_filter_neither(vocab):
    assert "platform" not in slots(understand("Android or iOS, under $400", vocab))


def test_two_brands_joined_by_or_are_both_wanted(vocab):
    assert slots(understand("Pixel or iPhone", vocab))["brands"] == ("set", frozenset({"Google", "Apple"}))


@pytest.mark.parametrize("text", ["a Huawei with at least 8GB RAM or a Samsung with a 50MP camera",
                                  "要么运存8GB以上的华为，要么5000万像素主摄的三星",
                                  "either Huawei with at least 8GB RAM or Samsung with a 50MP camera",
                                  "Huawei with at least 8GB RAM, or Samsung with a 50MP camera",
                                  "a Huawei with at least 8GB RAM or maybe a Samsung with a 50MP camera",
                                  "a Huawei with at least 8GB RAM or perhaps a Samsung with a 50MP camera"])
def test_two_branded_sides_joined_by_or_are_alternatives_with_their_own_specs(vocab, text):
    assert slots(understand(text, vocab))["alternatives"] == ("set", (
        Constraints(brands=frozenset({"Huawei"}), specs=(("ram_gb", Bound(lo=8)),)),
        Constraints(brands=frozenset({"Samsung"}), specs=(("main_camera_mp", Bound(lo=50)),))))


def test_constraints_outside_the_either_sides_stay_for_both(vocab):
    found = slots(understand("under $800, a Huawei with 8GB RAM or a Samsung with 12GB RAM", vocab))
    assert (found["budget"][1].hi, len(found["alternatives"][1])) == (800, 2)


def test_sides_joined_by_huozhe_are_alternatives(vocab):
    found = slots(understand("带8GB运存的华为或者带5000万像素主摄的三星", vocab))
    assert [c.brands for c in found["alternatives"][1]] == [frozenset({"Huawei"}), frozenset({"Samsung"})]


def test_brands_alone_joined_by_or_stay_a_brand_set(vocab):
    found = slots(understand("华为或者小米", vocab))
    assert (found["brands"], "alternatives" in found) == (("set", frozenset({"Huawei", "Xiaomi"})), False)


def test_a_decimal_point_does_not_end_an_either_side(vocab):
    found = slots(understand("a Huawei with a 6.7 inch screen or a Samsung with 8GB RAM", vocab))
    assert found["alternatives"][1][0].spec("screen_in") == Bound(6.55, 6.85)


def test_an_either_side_joined_by_huozhe_ends_at_a_space(vocab):
    found = slots(understand("华为或者小米 重量200g以下", vocab))
    assert (found["brands"], found["spec:weight_g"]) == (("set", frozenset({"Huawei", "Xiaomi"})), ("set", Bound(hi=200)))


@pytest.mark.parametrize("text, bound", [
    ("from the year 2020 on", Bound(lo=2020)), ("2023年之后发布（含2023年）", Bound(lo=2023)), ("2021年或之前", Bound(hi=2021)),
])
def test_launch_year_wordings_with_their_side_and_inclusion(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


@pytest.mark.parametrize("text", ["front-facing camera starting from 32 Mpx", "front-facing camera of 16 Mpx or higher"])
def test_a_long_front_camera_noun_still_names_the_front_camera(vocab, text):
    found = slots(understand(text, vocab))
    assert ("spec:front_camera_mp" in found, "spec:main_camera_mp" in found) == (True, False)


@pytest.mark.parametrize("text", ["Honor phones only", "Huawei phones only plus sort by biggest screen"])
def test_brand_phones_only_limits_the_brand_not_the_device_kind(vocab, text):
    found = slots(understand(text, vocab))
    assert ("devices" in found, found["brands"][0]) == (False, "set")


@pytest.mark.parametrize("text, brands", [
    ("a Sony one plus needs 5G", {"Sony"}), ("a folding one plus works on 5G", set()), ("I want a one plus", {"OnePlus"}),
])
def test_one_plus_after_a_described_one_is_a_joiner_not_the_brand(vocab, text, brands):
    assert slots(understand(text, vocab)).get("brands", ("set", frozenset()))[1] == frozenset(brands)


@pytest.mark.parametrize("text", ["keep Samsung Galaxy off the list", "Samsung Galaxy: no", "keep Google's Pixel off the list"])
def test_a_brand_name_with_its_line_word_refused_is_a_brand_exclusion(vocab, text):
    found = slots(understand(text, vocab))
    assert ("exclude_series" in found, "exclude_brands" in found) == (False, True)


@pytest.mark.parametrize("text, sort", [("按发布最晚来", Sort("year", True)), ("优先发布最晚的", Sort("year", True))])
def test_latest_release_wordings_order_by_year(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, brands, rest", [
    ("looking for a samsung or a google phone under 450 usd", {"Samsung", "Google"}, "budget"),
    ("an ipad or a samsung tablet", {"Apple", "Samsung"}, "devices"), ("OPPO或者vivo的平板", {"Oppo", "Vivo"}, "devices"),
])
def test_sides_that_differ_only_in_brand_are_a_brand_set_with_a_shared_rest(vocab, text, brands, rest):
    found = slots(understand(text, vocab))
    assert (found["brands"], rest in found, "alternatives" in found) == (("set", frozenset(brands)), True, False)


@pytest.mark.parametrize("text", [
    "a Vivo with a 32MP front camera; alternatively an Infinix with 8GB RAM",
    "a Vivo with a 32MP front camera, otherwise an Infinix with 8GB RAM",
    "a Vivo with a 32MP front camera, or else an Infinix with 8GB RAM",
    "前置3200万像素的vivo手机；也可以8GB运存的Infinix", "vivo，要前置3200万像素，或是Infinix，要运存8GB",
])
def test_alternative_wordings_between_two_sides_are_read_as_or(vocab, text):
    alternatives = slots(understand(text, vocab))["alternatives"][1]
    assert [(a.brands, dict(a.specs)) for a in alternatives] == [
        (frozenset({"Vivo"}), {"front_camera_mp": Bound(lo=32)}), (frozenset({"Infinix"}), {"ram_gb": Bound(lo=8)})]


def test_two_or_groups_in_one_message_are_both_kept(vocab):
    request = understand("a Vivo with 8GB RAM or a Samsung with 256GB storage, Snapdragon or Dimensity", vocab)
    state = apply(DialogueState(), request)
    alternatives = state.constraints.alternatives
    assert ([a.brands for a in alternatives], [[b.chipset for b in a.alternatives] for a in alternatives]) == (
        [frozenset({"Vivo"}), frozenset({"Samsung"})], [["Snapdragon", "Dimensity"], ["Snapdragon", "Dimensity"]])


def test_an_or_side_ends_at_a_full_stop_not_at_a_decimal_point(vocab):
    alternatives = slots(understand("either a foldable under $1000 or a regular phone with a 6.9 inch screen", vocab))["alternatives"][1]
    assert dict(alternatives[1].specs) == {"screen_in": Bound(lo=6.75, hi=7.05)}


def test_iphone_only_is_the_brand_not_phones_only(vocab):
    found = slots(understand("iphone only, 5G please", vocab))
    assert (found["brands"], "devices" in found) == (("set", frozenset({"Apple"})), False)


@pytest.mark.parametrize("text, brands", [("made by Mi", {"Xiaomi"}), ("no 1+ thanks", None), ("I want a 1+", {"OnePlus"}),
                                          ("in the 150$-400$ range as well as made by Realme", {"Realme"})])
def test_short_brand_names_and_as_well_as(vocab, text, brands):
    found = slots(understand(text, vocab))
    if brands is None:
        assert found["exclude_brands"] == ("add", frozenset({"OnePlus"}))
    else:
        assert found["brands"] == ("set", frozenset(brands))


def test_a_number_with_a_plus_is_not_oneplus(vocab):
    assert "brands" not in slots(understand("6.1+ inch screen", vocab))


@pytest.mark.parametrize("text, chip", [("a SD 8 Gen 2 or something faster", "Snapdragon 8 Gen 2")])
def test_chip_family_abbreviations(vocab, text, chip):
    assert "spec:chip_score" in slots(understand(text, vocab))


@pytest.mark.parametrize("text, sort", [("最沉的那款", Sort("weight_g", True)), ("最近发布的那款", Sort("year", True))])
def test_more_chinese_superlatives(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, spec, bound", [
    ("more battery, 6000 minimum", "battery_mah", Bound(lo=6000)), ("bigger display, 6.7 or more", "screen_in", Bound(lo=6.7)),
    ("电池再大一点，6000以上", "battery_mah", Bound(lo=6000)), ("lighter, 180 at most", "weight_g", Bound(hi=180))])
def test_a_bare_number_beside_a_relative_word_bounds_the_spec_that_word_names(vocab, text, spec, bound):
    updates = understand(text, vocab).updates
    assert SlotUpdate(f"spec:{spec}", "set", bound) in updates
    assert not any(u.slot == "budget" for u in updates)


@pytest.mark.parametrize("text", ["any android tablet, no ipad", "安卓平板，不要iPad"])
def test_refusing_a_tablet_line_while_wanting_tablets_refuses_that_line_not_the_brand(vocab, text):
    updates = understand(text, vocab).updates
    assert SlotUpdate("devices", "set", frozenset({"tablet"})) in updates
    assert SlotUpdate("exclude_series", "add", frozenset({"iPad"})) in updates
    assert not any(u.slot in ("brands", "exclude_brands") for u in updates)


@pytest.mark.parametrize("text, sort", [("按价格从低到高排一下", Sort("price", False)), ("价格从高到低", Sort("price", True)),
                                        ("sort by price, low to high", Sort("price", False)),
                                        ("order by price high to low", Sort("price", True))])
def test_an_ordering_asked_for_outright_sorts_by_price(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("sorted by battery", Sort("battery_mah", True)), ("sort by battery life", Sort("battery_mah", True)),
    ("order by screen size", Sort("screen_in", True)), ("rank them by screen size", Sort("screen_in", True)),
    ("sorted by price", Sort("price", False)), ("rank them by price", Sort("price", False)),
    ("sort by weight", Sort("weight_g", False)), ("ordered by release date", Sort("year", True)),
    ("sort by RAM", Sort("ram_gb", True)), ("sort by storage", Sort("storage_gb", True)),
    ("sorted by performance", Sort("performance", True)), ("sort by selfie camera", Sort("front_camera_mp", True)),
    ("sorted by battery, smallest first", Sort("battery_mah", False)),
    ("order by weight, heaviest first", Sort("weight_g", True)),
    ("sort by screen size ascending", Sort("screen_in", False)),
    ("sort by weight descending", Sort("weight_g", True)),
])
def test_sort_by_an_aspect_orders_by_it_the_way_a_shopper_means(vocab, text, sort):
    """Without a direction the order is the one a shop lists first: more battery, lower price, lighter, newer."""
    assert understand(text, vocab).sort == sort


def test_a_chinese_or_side_may_hold_a_spaced_unit(vocab):
    alternatives = slots(understand("同时POCO，要存储达到64 GB；也可以小米，要前置达到1600万像素", vocab))["alternatives"][1]
    assert [(a.brands, dict(a.specs)) for a in alternatives] == [
        (frozenset({"POCO"}), {"storage_gb": Bound(lo=64)}), (frozenset({"Xiaomi"}), {"front_camera_mp": Bound(lo=16)})]


@pytest.mark.parametrize("text", ["no foldables or tablets", "not Samsung or Xiaomi, under $500"])
def test_a_negation_before_or_covers_both_sides_and_makes_no_alternatives(vocab, text):
    assert "alternatives" not in slots(understand(text, vocab))



@pytest.mark.parametrize("text, family", [("Dimensity 5G phone", "Dimensity"), ("a snapdragon 5g phone under $400", "Snapdragon"),
                                          ("天玑5G手机", "Dimensity"), ("exynos 4g phone", "Exynos")])
def test_a_network_word_after_a_chip_family_is_the_network_not_a_chip_model(vocab, text, family):
    assert slots(understand(text, vocab))["chipset"][1] == family  # not "Dimensity 5G", a chip no catalog holds


# Wanted series: a series named without a refusal limits its own brand to that series; other brands named beside it
# stay whole ("a Galaxy S or a OnePlus": every OnePlus, and of Samsung only the Galaxy S).

@pytest.mark.parametrize("text", ["only Galaxy S", "只要Galaxy S系列", "Galaxy S series please", "只看三星S系列"])
def test_a_series_named_alone_is_wanted_with_its_brand(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["brands"], found["series"]) == (("set", frozenset({"Samsung"})),
                                                  ("set", frozenset({("Samsung", "Galaxy S")})))


@pytest.mark.parametrize("text", ["a Galaxy S or a OnePlus", "Galaxy S系列或者一加", "Galaxy S or OnePlus, under $900"])
def test_a_series_or_another_brand_keeps_the_other_brand_whole(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["brands"][1], found["series"][1], "alternatives" in found) == (
        frozenset({"Samsung", "OnePlus"}), frozenset({("Samsung", "Galaxy S")}), False)


def test_a_tier_word_after_a_line_names_the_numbered_models_of_that_tier(vocab):
    found = slots(understand("Pixel or iPhone mini under $900", vocab))
    assert (found["brands"][1], found["series"][1]) == (frozenset({"Google", "Apple"}),
                                                        frozenset({("Apple", "iPhone # mini")}))


def test_a_numbered_series_and_a_letter_line_after_its_brand_are_series(vocab):
    found = slots(understand("只看小米数字系列或者vivo X", vocab))
    assert (found["brands"][1], found["series"][1]) == (frozenset({"Xiaomi", "Vivo"}),
                                                        frozenset({("Xiaomi", "Xiaomi #"), ("Vivo", "X")}))


@pytest.mark.parametrize("text", ["Samsung Galaxy phones under $500", "google pixel please", "a galaxy s24 under $900",
                                  "samsung a phone with 8GB RAM", "xiaomi redmi with 5000mah"])
def test_a_brand_word_or_a_model_name_is_no_series_wish(vocab, text):
    assert "series" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["I'm done with my Z Fold, want a Motorola", "something cheaper than a Galaxy S",
                                  "coming from a Galaxy S, what now?", "比Galaxy S便宜的"])
def test_a_series_owned_left_or_compared_with_is_no_series_wish(vocab, text):
    assert "series" not in slots(understand(text, vocab))


def test_a_series_left_behind_adds_no_brand(vocab):
    assert slots(understand("I'm done with my Z Fold, want a Motorola", vocab))["brands"] == ("set", frozenset({"Motorola"}))


def test_a_series_side_with_its_own_spec_is_an_alternative(vocab):
    alternatives = slots(understand("a Galaxy S with 12GB RAM or a OnePlus with 16GB RAM", vocab))["alternatives"][1]
    assert [(a.brands, a.series) for a in alternatives] == [
        (frozenset({"Samsung"}), frozenset({("Samsung", "Galaxy S")})), (frozenset({"OnePlus"}), frozenset())]


def test_setting_other_brands_drops_the_series_of_brands_no_longer_wanted():
    state = _state_after(SlotUpdate("brands", "set", frozenset({"Samsung"})),
                         SlotUpdate("series", "set", frozenset({("Samsung", "Galaxy S")})))
    after = apply(state, Request(text="x", language="en", updates=(SlotUpdate("brands", "set", frozenset({"Apple"})),)))
    assert after.constraints.series == frozenset()


def test_an_excluded_tier_series_reads_without_its_number_placeholder():
    state = DialogueState(constraints=Constraints(exclude_series=frozenset({"iPhone # Pro"})))
    assert [line.text for line in filter_lines(state)] == ["not series: iPhone Pro"]


def test_any_brand_clears_the_wanted_series():
    state = _state_after(SlotUpdate("brands", "set", frozenset({"Samsung"})),
                         SlotUpdate("series", "set", frozenset({("Samsung", "Galaxy S")})),
                         SlotUpdate("brands", "clear"))
    assert state.constraints.series == frozenset()


@pytest.mark.parametrize("language, text", [("en", "series: Galaxy S, Xiaomi (numbered), iPhone Pro"),
                                            ("zh", "系列: Galaxy S, Xiaomi数字系列, iPhone Pro")])
def test_filter_lines_name_the_wanted_series(language, text):
    series = frozenset({("Samsung", "Galaxy S"), ("Apple", "iPhone # Pro"), ("Xiaomi", "Xiaomi #")})
    state = DialogueState(language=language, constraints=Constraints(series=series))
    assert [line.text for line in filter_lines(state)] == [text]


# Chip comparisons name Apple's chips without "Apple" in front when the words say a chip is meant.

@pytest.mark.parametrize("text", ["A16 Bionic or better", "processor at least an A16", "处理器至少A16", "芯片不低于A16"])
def test_an_apple_chip_named_in_a_comparison_is_a_bound_on_the_chip_score(vocab, text):
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores["Apple A16 Bionic"]))


def test_a_galaxy_a_model_is_no_apple_chip(vocab):
    assert "spec:chip_score" not in slots(understand("Galaxy A15 or better", vocab))


@pytest.mark.parametrize("text, strict", [("faster than a Dimensity 9200", True), ("比天玑9200强", True),
                                          ("不低于天玑9200", False), ("Dimensity 9200 or better", False)])
def test_faster_than_is_strict_and_or_better_inclusive(vocab, text, strict):
    score = vocab.chip_scores["MediaTek Dimensity 9200"]
    assert slots(understand(text, vocab))["spec:chip_score"] == ("set", Bound(lo=score + 1 if strict else score))


def test_a_compared_chip_nobody_knows_is_said_not_dropped(vocab):
    assert any("Snapdragon 9 Gen 5" in note for note in understand("faster than a Snapdragon 9 Gen 5", vocab).notes)
