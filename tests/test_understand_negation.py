"""Negation, exclusions, lists and comparisons: never read backwards, never dropped (EN and ZH)."""

from __future__ import annotations

import pytest

from advisor.catalog.aliases import load_series_words
from advisor.understanding.request import Bound, Constraints
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, slots


@pytest.mark.parametrize("text", ["别要华为", "华为的不要", "华为不考虑", "I want to leave Huawei", "no Huawei please",
                                  "Huawei is out", "I'm done with Huawei", "not a fan of Huawei"])
def test_refused_brand_is_excluded_never_wanted(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["exclude_brands"], "brands" in found and found["brands"][0] != "remove") == \
        (("add", frozenset({"Huawei"})), False)


@pytest.mark.parametrize("text", ["no Samsung, Huawei or Apple", "不要三星、华为和苹果", "三星、华为、苹果的不要"])
def test_a_refused_list_excludes_every_brand_in_it(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Samsung", "Huawei", "Apple"}))


def test_a_postposed_refusal_does_not_swallow_a_following_need(vocab):
    assert slots(understand("华为不要太贵", vocab))["brands"] == ("set", frozenset({"Huawei"}))


@pytest.mark.parametrize("text", ["no Snapdragon", "不要骁龙", "nothing with a Snapdragon", "骁龙的不要",
                                  "anything but Snapdragon chips"])
def test_refused_chipset_family_is_excluded(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_chipsets"), "chipset" in found) == (("add", frozenset({"Snapdragon"})), False)


def test_a_refused_chip_list_excludes_both(vocab):
    assert slots(understand("no Exynos or Snapdragon", vocab))["exclude_chipsets"] == \
        ("add", frozenset({"Exynos", "Snapdragon"}))


def test_chips_joined_by_or_are_alternatives(vocab):
    assert slots(understand("Exynos or Snapdragon", vocab))["alternatives"] == \
        ("set", (Constraints(chipset="Exynos"), Constraints(chipset="Snapdragon")))


@pytest.mark.parametrize("text", ["Samsung but not a Galaxy A", "Samsung, not the Galaxy A series", "三星，Galaxy A系列的不要"])
def test_refused_series_is_excluded_and_the_brand_kept(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["exclude_series"], found["brands"], "exclude_brands" in found) == \
        (("add", frozenset({"Galaxy A"})), ("set", frozenset({"Samsung"})), False)


def test_a_series_named_without_refusal_is_a_brand(vocab):
    assert "exclude_series" not in slots(understand("a Galaxy A phone", vocab))


@pytest.mark.parametrize("text", ["no tablets", "平板不要", "not a tablet"])
def test_refused_device_kind_is_removed(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("remove", frozenset({"tablet"}))


@pytest.mark.parametrize("text, spec, bound", [
    ("nothing over 170g", "weight_g", Bound(hi=170)), ("not under 5000mAh", "battery_mah", Bound(lo=5000)),
    ("重量不要超过180克", "weight_g", Bound(hi=180)), ("not older than 2023", "year", Bound(lo=2023)),
    ("isn't from 2020 or older", "year", Bound(lo=2021)), ("not newer than 2021", "year", Bound(hi=2021)),
])
def test_negated_comparison_turns_its_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("no phones over 200g", "weight_g", Bound(hi=200)), ("no phones before 2022", "year", Bound(lo=2022)),
    ("no models older than 2021", "year", Bound(lo=2021)), ("no phones under 6 inches", "screen_in", Bound(lo=6)),
    ("no handsets that weigh more than 190g", "weight_g", Bound(hi=190)),
])
def test_a_refused_kind_of_phone_before_a_comparison_turns_its_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_no_phones_above_a_price_is_a_ceiling(vocab):
    assert slots(understand("no phones above $500", vocab))["budget"][1].hi == 500


def test_negation_leaves_no_word_in_the_taste_text(vocab):
    assert understand("no tablets, no Snapdragon", vocab).semantic_text == ""


_CHIPS = Vocabulary.build(brands=["Xiaomi"], families=[("Xiaomi", "14")], aliases={}, reference_year=2024,
                          chipsets=["Snapdragon 8 Gen 2", "MediaTek Dimensity 9000", "Snapdragon 888"],
                          chip_scores={"Snapdragon 8 Gen 2": 5000.0, "MediaTek Dimensity 9000": 4200.0,
                                       "Snapdragon 888": 3500.0})


@pytest.mark.parametrize("text, bound", [
    ("Snapdragon 8 Gen 2 or better", Bound(lo=5000)), ("骁龙8Gen2及以上", Bound(lo=5000)),
    ("at least a Dimensity 9000", Bound(lo=4200)), ("Dimensity 9000 or better", Bound(lo=4200)),
    ("faster than a Snapdragon 888", Bound(lo=3501)), ("至少骁龙888", Bound(lo=3500)),
])
def test_chip_comparison_is_a_bound_on_the_chip_score(text, bound):
    found = slots(understand(text, _CHIPS))
    assert (found["spec:chip_score"], "chipset" in found, "budget" in found) == (("set", bound), False, False)


def test_chip_without_a_known_score_is_taken_as_itself_with_a_note():
    vocab = Vocabulary.build(brands=["Xiaomi"], families=[("Xiaomi", "14")], aliases={}, reference_year=2024,
                             chipsets=["Snapdragon 8 Gen 2"])
    request = understand("Snapdragon 8 Gen 2 or better", vocab)
    assert (slots(request)["chipset"], request.notes) == (
        ("set", "Snapdragon 8 Gen 2"),
        ("No benchmark score is known for the Snapdragon 8 Gen 2, so only phones with it are shown.",))


@pytest.mark.parametrize("text, series", [
    ("Honor but not a Magic", "Magic"), ("OPPO但不要Reno", "Reno"), ("Xiaomi but no Redmi", "Redmi"),
    ("Samsung, no Galaxy Z series", "Galaxy Z"),
])
def test_a_weak_series_word_is_a_series_when_its_brand_is_named(text, series):
    vocab = Vocabulary.build(brands=["Honor", "Oppo", "Xiaomi", "Samsung"], chipsets=[], reference_year=2024,
                             families=[("Honor", "Magic6 Pro"), ("Oppo", "Reno5 Pro"), ("Xiaomi", "Redmi Note 13"),
                                       ("Samsung", "Galaxy Z Fold5"), ("Samsung", "Galaxy S24")],
                             aliases={"redmi": frozenset({"Xiaomi"}), "galaxy": frozenset({"Samsung"})})
    assert slots(understand(text, vocab))["exclude_series"] == ("add", frozenset({series}))


def test_a_refused_sub_brand_alone_refuses_only_its_series(vocab):
    # a Xiaomi 14 is no Redmi: "no Redmi" leaves the rest of Xiaomi in (tests/test_understand_r9_subbrand.py)
    found = slots(understand("no Redmi", vocab))
    assert (found.get("exclude_series"), "exclude_brands" in found) == (("add", frozenset({"Redmi"})), False)


@pytest.mark.parametrize("text", ["谷歌、华为都不要", "华为也不要"])
def test_a_refusal_with_all_or_also_excludes(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"][1] >= frozenset({"Huawei"})


@pytest.mark.parametrize("text", ["天玑9000或更好", "Dimensity 9000 or faster"])
def test_or_better_words_in_chinese_and_english_compare_chips(text):
    assert slots(understand(text, _CHIPS))["spec:chip_score"] == ("set", Bound(lo=4200))


@pytest.mark.parametrize("text", ["5G and Huawei", "a tablet around 2500 RMB and Huawei"])
def test_and_before_the_first_brand_of_a_message_sets_the_brand(vocab, text):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({"Huawei"}))


def test_and_opening_a_message_adds_a_brand(vocab):
    assert slots(understand("and Huawei", vocab))["brands"] == ("add", frozenset({"Huawei"}))


def test_a_short_series_word_is_read_for_the_brand_named_with_it():
    vocab = Vocabulary.build(brands=["Oppo", "Samsung"], chipsets=[], reference_year=2024,
                             families=[("Oppo", "A55 5G"), ("Samsung", "Galaxy A55"), ("Samsung", "Galaxy S24")],
                             aliases={"galaxy": frozenset({"Samsung"})})
    assert slots(understand("Samsung但不要A系列", vocab))["exclude_series"] == ("add", frozenset({"Galaxy A"}))


def test_a_chip_model_with_a_g_is_not_a_weight():
    found = slots(understand("至少骁龙888", _CHIPS)) | slots(understand("Snapdragon 888G", _CHIPS))
    assert "spec:weight_g" not in found


@pytest.mark.parametrize("text, bound", [
    ("at least as fast as a Snapdragon 888", Bound(lo=3500)), ("no slower than Snapdragon 888", Bound(lo=3500)),
    ("a chip that beats the Snapdragon 888", Bound(lo=3501)), ("Snapdragon 888 level or better", Bound(lo=3500)),
    ("比骁龙888强", Bound(lo=3501)), ("不弱于骁龙888", Bound(lo=3500)), ("强于骁龙888", Bound(lo=3501)),
])
def test_more_ways_to_compare_chips(text, bound):
    assert slots(understand(text, _CHIPS))["spec:chip_score"] == ("set", bound)


@pytest.mark.parametrize("text, brands", [
    ("I'd rather not have Samsung", {"Samsung"}), ("rule out Apple", {"Apple"}), ("avoid both Samsung and Apple", {"Samsung", "Apple"}),
    ("Samsung? no thanks", {"Samsung"}), ("苹果以外的", {"Apple"}),
])
def test_more_refusals_are_never_read_as_wishes(vocab, text, brands):
    found = slots(understand(text, vocab))
    assert (found["exclude_brands"], found.get("brands", ("remove",))[0]) == (("add", frozenset(brands)), "remove")


def test_a_refused_list_of_device_kinds_refuses_each(vocab):
    assert slots(understand("no tablets or foldables", vocab))["devices"] == ("set", frozenset({"phone"}))


@pytest.mark.parametrize("text, bound", [
    ("Snapdragon 888 at minimum", Bound(lo=3500)), ("Snapdragon 888-level performance or better", Bound(lo=3500)),
    ("minimum chip: Snapdragon 888", Bound(lo=3500)), ("Snapdragon 888 or a better chip", Bound(lo=3500)),
    ("anything faster than or equal to Snapdragon 888", Bound(lo=3500)), ("芯片不低于骁龙888", Bound(lo=3500)),
    ("骁龙888级别或以上", Bound(lo=3500)),
])
def test_chip_comparison_words_after_the_chip_or_before_its_keyword(text, bound):
    assert slots(understand(text, _CHIPS))["spec:chip_score"] == ("set", bound)


def test_a_chip_named_plainly_is_still_that_chip():
    assert slots(understand("Snapdragon 888 phone", _CHIPS))["chipset"] == ("set", "Snapdragon 888")


@pytest.mark.parametrize("text", ["not Samsung, Huawei instead", "不要三星，华为可以"])
def test_a_wish_after_a_refusal_ends_the_refused_list(vocab, text):
    updates = understand(text, vocab).updates
    assert [(u.slot, u.op, u.value) for u in updates if u.op in ("set", "add")] == [
        ("brands", "set", frozenset({"Huawei"})), ("exclude_brands", "add", frozenset({"Samsung"}))]


def test_as_well_as_between_brands_wants_both(vocab):
    assert slots(understand("Samsung as well as Huawei", vocab))["brands"] == ("set", frozenset({"Samsung", "Huawei"}))


@pytest.mark.parametrize("text", ["小米，不要红米系列", "小米但不要紅米"])
def test_a_chinese_sub_brand_name_is_its_series_when_the_brand_is_named(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["exclude_series"], found["brands"]) == (("add", frozenset({"Redmi"})), ("set", frozenset({"Xiaomi"})))


def test_the_series_column_of_the_aliases_file_is_read():
    assert load_series_words(ALIASES)["红米"] == "Redmi"


@pytest.mark.parametrize("text, brands", [
    ("I refuse to buy another Pixel", {"Google"}), ("anything that isn't samsung, huawei or apple", {"Samsung", "Huawei", "Apple"}),
    ("I'll pass on Huawei and Tecno", {"Huawei", "Tecno"}), ("Huawei: no", {"Huawei"}), ("keep Sony off the list", {"Sony"}),
    ("华为的我不要", {"Huawei"}), ("不是苹果就行", {"Apple"}), ("苹果用腻了", {"Apple"}), ("不选华为和谷歌", {"Huawei", "Google"}),
    ("别给摩托罗拉的", {"Motorola"}), ("vivo不在考虑范围", {"Vivo"}), ("苹果跟Tecno都不买", {"Apple", "Tecno"}),
])
def test_more_ways_of_refusing_a_brand_exclude_it(vocab, text, brands):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_brands"), found.get("brands", ("", ""))[0] in ("set", "add")) == \
        (("add", frozenset(brands)), False)


@pytest.mark.parametrize("text, chip", [
    ("samsung w/o exynos", "Exynos"), ("nothing running Helio", "Helio"), ("Tensor chips are a no", "Tensor"),
    ("芯片别是麒麟", "Kirin"), ("不选Exynos", "Exynos"),
])
def test_more_ways_of_refusing_a_chip_exclude_it(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_chipsets"), "chipset" in found) == (("add", frozenset({chip})), False)


@pytest.mark.parametrize("text", ["switching from iOS to android", "leaving iOS"])
def test_leaving_a_platform_asks_for_the_other(vocab, text):
    assert slots(understand(text, vocab))["platform"] == ("set", "android")


@pytest.mark.parametrize("text, spec, bound", [
    ("2021年及以前的不要", "year", Bound(lo=2022)), ("8GB以下的不要", "ram_gb", Bound(lo=8)),
])
def test_a_refusal_after_a_bound_turns_its_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("内存4G的不要", "ram_gb", Bound(lo=6)), ("4G运存的不考虑", "ram_gb", Bound(lo=6)), ("8G内存的不要", "ram_gb", Bound(lo=12)),
    ("128G存储的不要", "storage_gb", Bound(lo=256)), ("200克的不要", "weight_g", Bound(hi=199)),
])
def test_a_refused_figure_without_a_side_refuses_that_size_and_keeps_the_better_ones(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, brands", [
    ("华为不要小米也不要", {"Huawei", "Xiaomi"}), ("三星不考虑苹果也不考虑", {"Samsung", "Apple"}),
    ("oppo免谈vivo也免谈，要5G", {"Oppo", "Vivo"}),
])
def test_a_refusal_followed_by_a_second_one_said_with_also_refuses_both(vocab, text, brands):
    found = slots(understand(text, vocab))
    assert (found["exclude_brands"], found["brands"]) == (("add", frozenset(brands)), ("remove", frozenset(brands)))


@pytest.mark.parametrize("text, found", [
    ("三星不要苹果", {"exclude_brands": ("add", frozenset({"Apple"})), "brands": ("remove", frozenset({"Apple"}))}),
    ("三星不要太贵", {"brands": ("set", frozenset({"Samsung"}))}),
])
def test_a_refusal_word_glued_to_what_follows_without_a_second_refusal_governs_what_follows(vocab, text, found):
    assert slots(understand(text, vocab)) == found


@pytest.mark.parametrize("text, side", [
    ("处理器不能比骁龙8 Gen 2差", "lo"), ("骁龙8gen2或者更强的", "lo"), ("比骁龙8 Gen 2差的", "hi"), ("不比骁龙8 Gen 2强", "hi"),
])
def test_chinese_chip_comparisons_bound_the_score(vocab, text, side):
    found = slots(understand(text, vocab))
    bound = found["spec:chip_score"][1]
    assert ("chipset" in found, bound.lo is not None, bound.hi is not None) == (False, side == "lo", side == "hi")


@pytest.mark.parametrize("text, series", [
    ("a samsung, but none of the cheap galaxy A models", "Galaxy A"),
    ("samsung phone that isn't from the galaxy A line", "Galaxy A"), ("三星手机，Galaxy A系列太贵了不要", "Galaxy A"),
])
def test_a_series_refused_with_words_between_is_excluded_and_the_brand_kept(vocab, text, series):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_series"), found.get("brands"), "exclude_brands" in found) == \
        (("add", frozenset({series})), ("set", frozenset({"Samsung"})), False)


def test_a_refused_series_that_is_also_a_brand_alias_keeps_the_brand(vocab):
    found = slots(understand("Xiaomi but no Redmi", vocab))
    assert ("exclude_brands" in found, found["brands"]) == (False, ("set", frozenset({"Xiaomi"})))


@pytest.mark.parametrize("text", ["高通骁龙系列免了", "骁龙芯片的不要"])
def test_a_chip_family_refused_after_its_series_word_is_excluded(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_chipsets"), "chipset" in found) == (("add", frozenset({"Snapdragon"})), False)


@pytest.mark.parametrize("text, series", [("Samsung minus the Galaxy A line", "Galaxy A")])
def test_minus_refuses_a_series(vocab, text, series):
    assert slots(understand(text, vocab)).get("exclude_series") == ("add", frozenset({series}))


@pytest.mark.parametrize("text", ["nothing that folds", "nothing that folds pls"])
def test_nothing_that_folds_is_plain_phones(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


def test_nothing_slower_than_a_chip_includes_that_chip(vocab):
    found = slots(understand("nothing slower than Snapdragon 8 Gen 2", vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores["Snapdragon 8 Gen 2"]))


def test_a_refused_series_without_its_brand_is_every_brands_series_and_said():
    vocabulary = Vocabulary.build(brands=["Samsung", "Oppo"], families=[("Samsung", "Galaxy A55"), ("Oppo", "A79")],
                                  chipsets=[], aliases={"galaxy": frozenset({"Samsung"})}, reference_year=2024)
    request = understand("不要A系列的", vocabulary)
    assert (slots(request)["exclude_series"][1], any("A系列" in note for note in request.notes)) == \
        (frozenset({"Galaxy A", "A"}), True)


@pytest.mark.parametrize("text", ["looking for a phone: no more than RAM 8gb; without Realme?", "need a phone: no iPhone"])
def test_a_phone_is_no_series(text, vocab):
    assert "exclude_series" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["不打算买华为", "不会考虑华为", "不太喜欢华为", "用不惯华为", "跳过华为", "屏蔽华为", "唔要华为",
                                  "华为家的不要", "华为我是不要的", "华为的手机我是不会买的", "华为不太想要", "华为别来", "华为勿扰",
                                  "华为就不必了", "华为打死不买", "对华为不感兴趣", "把华为排除在外"])
def test_a_chinese_refusal_with_modals_or_words_between_excludes_the_brand(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_brands"), found.get("brands", ("", frozenset()))[0]) == \
        (("add", frozenset({"Huawei"})), "remove")


@pytest.mark.parametrize("text", ["I'm over Huawei", "had enough of Huawei", "not keen on Huawei", "no thanks to Huawei",
                                  "hard no on Huawei", "nothing huawei"])
def test_an_english_refusal_before_the_brand_excludes_it(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Huawei"}))


@pytest.mark.parametrize("text", ["除了华为都不要", "除了华为，别的品牌都不要", "非华为不买", "非华为勿扰", "华为以外的不考虑",
                                  "不是华为的不要", "除华为外不考虑其他", "nothing except Huawei", "no brand other than Huawei",
                                  "I don't want anything but a Huawei", "no other brands than Huawei"])
def test_an_exception_from_a_refusal_of_every_other_brand_is_the_only_wish(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("brands"), "exclude_brands" in found and found["exclude_brands"][0] == "add") == \
        (("set", frozenset({"Huawei"})), False)


@pytest.mark.parametrize("text", ["非华为荣耀不要", "除了华为和荣耀，其他品牌都不考虑", "华为和荣耀以外的不要"])
def test_every_brand_of_an_excepted_list_is_wished(vocab, text):
    assert slots(understand(text, vocab)).get("brands") == ("set", frozenset({"Huawei", "Honor"}))


@pytest.mark.parametrize("text", ["除了华为，荣耀也不要", "I don't mind anything except Huawei and Honor"])
def test_an_exception_without_a_refusal_of_the_rest_excludes_both(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Huawei", "Honor"}))


@pytest.mark.parametrize("text", ["Huawei is not for me", "Huawei isn't my thing", "Huawei is off the cards", "huawei? pass",
                                  "huawei? nah", "Huawei: hard pass", "huawei - hard pass", "Huawei no thanks",
                                  "Huawei, I'm not a fan", "huawei-less", "none from Huawei", "exclude: Huawei",
                                  "华为 no thanks"])
def test_an_english_refusal_after_the_brand_or_a_colon_excludes_it(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Huawei"}))


def test_a_list_of_brands_asked_about_one_by_one_is_refused_whole(vocab):
    assert slots(understand("Huawei? Honor? no thanks", vocab)).get("exclude_brands") == \
        ("add", frozenset({"Huawei", "Honor"}))


def test_a_chinese_refusal_beside_a_budget_still_refuses_the_brand(vocab):
    found = slots(understand("华为打死不买，4000以内", vocab))
    assert (found.get("exclude_brands"), found["budget"][1].hi) == (("add", frozenset({"Huawei"})), 4000)


@pytest.mark.parametrize("text, brand", [("果粉一枚", "Apple"), ("花粉，要5G", "Huawei"), ("我是米粉", "Xiaomi")])
def test_a_fan_name_wishes_its_brand(vocab, text, brand):
    assert slots(understand(text, vocab)).get("brands") == ("set", frozenset({brand}))


@pytest.mark.parametrize("text", ["华为的话不考虑", "华为先不考虑", "华为暂不考虑", "华为先排除", "华为不在考虑内", "华为pass掉",
                                  "华为的不太行", "华为？不要", "华为，算了", "华为有点贵，不考虑", "华为不咋地，不要",
                                  "nope to huawei", "no way huawei", "huawei nope"])
def test_a_refusal_after_an_adverb_a_topic_or_a_bare_clause_excludes_the_brand(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Huawei"}))


@pytest.mark.parametrize("text", ["华为，不要太贵", "华为，不要折叠屏", "华为先看看", "华为，不行就荣耀"])
def test_a_refusal_that_governs_something_else_leaves_the_brand_wished(vocab, text):
    found = slots(understand(text, vocab))
    assert ("Huawei" in found.get("brands", ("", frozenset()))[1], "exclude_brands" in found) == (True, False)


@pytest.mark.parametrize("text", ["不要非华为的", "不考虑非华为的手机"])
def test_a_refusal_of_every_phone_not_of_a_brand_wishes_that_brand(vocab, text):
    assert slots(understand(text, vocab)).get("brands") == ("set", frozenset({"Huawei"}))


def test_a_brand_after_a_released_brand_filter_and_but_is_wished(vocab):
    found = slots(understand("not picky about brand but huawei preferred", vocab))
    assert (found.get("brands", ("", frozenset()))[1], "exclude_brands" in found and found["exclude_brands"][0] == "add") == \
        (frozenset({"Huawei"}), False)


@pytest.mark.parametrize("text, brand", [
    ("brand shouldn't be Huawei, 5000mAh+", "Huawei"), ("the brand must not be samsung", "Samsung"), ("it can't be an iphone", "Apple"),
    ("shouldn't be from huawei", "Huawei"), ("I'd prefer it not be a samsung", "Samsung"), ("maker cannot be google", "Google"),
    ("品牌不可以是华为", "Huawei"), ("最好不要是三星", "Samsung"),
])
def test_a_modal_refusal_before_a_brand_excludes_it(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert ("brands" in found and found["brands"][0] == "set", found["exclude_brands"][1]) == (False, frozenset({brand}))


@pytest.mark.parametrize("text", ["it doesn't have to be a samsung", "it needn't be apple"])
def test_not_having_to_be_a_brand_refuses_nothing(vocab, text):
    assert "exclude_brands" not in slots(understand(text, vocab))


def test_a_modal_refusal_before_a_chip_family_excludes_it(vocab):
    assert slots(understand("the chip shouldn't be a mediatek", vocab))["exclude_chipsets"] == ("add", frozenset({"MediaTek"}))


@pytest.mark.parametrize("text", ["samsung's a no-go", "samsung's out of the question", "no-go on samsung",
                                  "a no-go on samsung"])
def test_a_refusal_said_with_a_contracted_is_or_as_a_no_go_excludes_the_brand(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Samsung"}))


def test_a_refusal_after_the_mention_leaves_no_word_of_it_unread(vocab):
    assert understand("xiaomi is out of the question", vocab).unread == ()


def test_a_possessive_before_a_feature_is_no_refusal(vocab):
    assert slots(understand("samsung's camera", vocab))["brands"] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["不要三星A系列", "不要三星的A系列", "no samsung galaxy a"])
def test_a_refusal_before_a_brand_and_its_series_excludes_the_series_only(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["exclude_series"], "exclude_brands" in found) == (("add", frozenset({"Galaxy A"})), False)


def test_wouldnt_want_more_than_is_a_ceiling(vocab):
    assert slots(understand("i wouldn't want more than 6.5 inches", vocab))["spec:screen_in"] == ("set", Bound(hi=6.5))
