"""Brand and ordering wordings strangers use (issue 9): refusals said around or after the brand, brands named as a
phone owned or compared with, superlatives composed from any superlative and any name of the aspect, wishes to go
as far as possible, and misspelt superlatives."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _brands(vocab, text):
    found = slots(understand(text, vocab))
    return found.get("brands"), found.get("exclude_brands")


@pytest.mark.parametrize("text", [
    "never again samsung", "no to Samsung", "boycotting Samsung", "I've sworn off Samsung", "leave out Samsung",
    "I'm not into Samsung", "don't suggest Samsung", "avoid anything from Samsung",
    "谢绝三星", "避开三星", "除开三星", "除去三星", "不要任何三星", "不想再用三星了",
])
def test_a_refusal_word_before_the_brand_excludes_it(vocab, text):
    assert _brands(vocab, text) == (("remove", frozenset({"Samsung"})), ("add", frozenset({"Samsung"})))


@pytest.mark.parametrize("text", [
    "Samsung is a hard no", "Samsung, no thanks", "Samsung - no", "Samsung not wanted", "Samsung is off limits",
    "Samsung-free please", "keep Samsung out of it", "Samsung is out of the question",
    "三星免谈", "三星就别了", "三星的统统不要", "三星除开", "对三星无感",
])
def test_a_refusal_after_the_brand_excludes_it(vocab, text):
    assert _brands(vocab, text)[1] == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["三星跟苹果都别推荐", "三星和苹果免谈"])
def test_a_refusal_after_a_list_excludes_every_brand_in_it(vocab, text):
    assert _brands(vocab, text)[1] == ("add", frozenset({"Samsung", "Apple"}))


@pytest.mark.parametrize("text, wanted", [
    ("better than my Samsung", None), ("cheaper than a pixel", None), ("coming from an iPhone 11, I want a Pixel", "Google"),
    ("I'm replacing my Xiaomi, want a Samsung this time", "Samsung"), ("my old Huawei died, looking for an Honor", "Honor"),
    ("比小米便宜的三星", "Samsung"), ("之前用小米，这次想买一加", "OnePlus"), ("我现在用的是苹果", None),
])
def test_a_brand_owned_or_compared_with_is_no_wish(vocab, text, wanted):
    assert _brands(vocab, text)[0] == (None if wanted is None else ("set", frozenset({wanted})))


@pytest.mark.parametrize("text", ["I don't want Exynos in my next samsung", "it's Samsung for me", "I really like Samsung"])
def test_a_brand_after_my_next_or_a_pronoun_is_still_wished(vocab, text):
    assert _brands(vocab, text)[0] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text, sort", [
    ("most internal storage", Sort("storage_gb", True)), ("most GB of RAM", Sort("ram_gb", True)),
    ("largest mAh", Sort("battery_mah", True)), ("highest resolution main camera", Sort("main_camera_mp", True)),
    ("highest MP", Sort("main_camera_mp", True)), ("best cam", Sort("main_camera_mp", True)),
    ("front camera with the most MP", Sort("front_camera_mp", True)), ("largest-screen phone", Sort("screen_in", True)),
    ("highest antutu score", Sort("performance", True)), ("greatest battery capacity", Sort("battery_mah", True)),
    ("least storage", Sort("storage_gb", False)), ("maximum battery", Sort("battery_mah", True)),
])
def test_any_superlative_before_any_name_of_an_aspect_orders_by_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text", ["max price 500", "min price $300", "minimum storage 128gb", "max RAM 8GB",
                                  "minimum chip: Snapdragon 888", "at most 12gb ram", "内存最大12G", "屏幕最大6.5寸"])
def test_a_superlative_waiting_for_its_amount_is_a_bound_not_an_ordering(vocab, text):
    assert understand(text, vocab).sort is None


@pytest.mark.parametrize("text, sort", [
    ("as light as possible", Sort("weight_g", False)), ("battery as big as possible", Sort("battery_mah", True)),
    ("as cheap as possible", Sort("price", False)), ("display as big as possible", Sort("screen_in", True)),
    ("which one weighs the least", Sort("weight_g", False)), ("costs the most", Sort("price", True)),
    ("电池尽量大", Sort("battery_mah", True)), ("尽可能便宜", Sort("price", False)),
])
def test_a_wish_to_go_as_far_as_possible_is_an_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("in order of price", Sort("price", False)), ("sort on battery", Sort("battery_mah", True)),
    ("low-to-high price", Sort("price", False)), ("price (lowest first)", Sort("price", False)),
    ("battery largest first", Sort("battery_mah", True)), ("high to low battery", Sort("battery_mah", True)),
])
def test_an_ordering_said_with_its_direction_around_the_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("屏幕尺寸最大", Sort("screen_in", True)), ("自拍像素最高", Sort("front_camera_mp", True)),
    ("前置摄像头像素最高", Sort("front_camera_mp", True)), ("摄像头最好", Sort("main_camera_mp", True)),
    ("待机最长", Sort("battery_mah", True)), ("处理器最强", Sort("performance", True)), ("售价最低", Sort("price", False)),
    ("最好的摄像头", Sort("main_camera_mp", True)), ("价位从低到高", Sort("price", False)), ("最近出的", Sort("year", True)),
    ("螢幕最小", Sort("screen_in", False)),
])
def test_a_chinese_superlative_with_any_name_of_its_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [("the smalest screen", Sort("screen_in", False)), ("higest ram first", Sort("ram_gb", True)),
                                        ("longst battery", Sort("battery_mah", True))])
def test_a_misspelt_superlative_is_read_and_said_as_a_guess(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, any("Guessed" in note for note in request.notes)) == (sort, True)


@pytest.mark.parametrize("text", ["不是华为就是荣耀", "不是华为的话就是荣耀吧"])
def test_not_this_then_that_is_either_brand(vocab, text):
    assert _brands(vocab, text) == (("set", frozenset({"Huawei", "Honor"})), None)


@pytest.mark.parametrize("text, series", [("Samsung, no A-series please", "Galaxy A"), ("Xiaomi but no Redmi-series phones", "Redmi")])
def test_a_series_word_after_a_hyphen_names_the_series(vocab, text, series):
    assert slots(understand(text, vocab))["exclude_series"] == ("add", frozenset({series}))


@pytest.mark.parametrize("text", ["least pricey", "the least costly option"])
def test_least_pricey_is_the_cheapest_first(vocab, text):
    assert understand(text, vocab).sort == Sort("price", False)


@pytest.mark.parametrize("text", ["OPPO不考虑 要5G", "OPPO不考虑、大屏", "OPPO的不要 最轻的"])
def test_a_chinese_refusal_ends_at_a_space_or_a_list_mark(vocab, text):
    assert _brands(vocab, text)[1] == ("add", frozenset({"Oppo"}))


def test_a_refusal_glued_to_what_follows_may_govern_it(vocab):
    assert _brands(vocab, "200克以内排除三星")[1] == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["it has to be a Samsung with a big screen", "big screen and it must be a Samsung"])
def test_it_in_a_wish_is_the_phone_wished_for_not_one_on_screen(vocab, text):
    request = understand(text, vocab)
    assert (request.followup, _brands(vocab, text)[0]) == (None, ("set", frozenset({"Samsung"})))


@pytest.mark.parametrize("text, sort", [
    ("重量按降序排", Sort("weight_g", True)), ("电池按从大到小排", Sort("battery_mah", True)), ("价格按由低到高来排", Sort("price", False)),
])
def test_a_chinese_ordering_with_an_after_its_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [("最轻的 要5G", Sort("weight_g", False)), ("价格升序预算3000", Sort("price", False)),
                                        ("最便宜预算3000", Sort("price", False))])
def test_a_need_or_a_budget_after_an_ordering_leaves_it_an_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_selfie_cam_is_the_front_camera_in_an_ordering(vocab):
    assert understand("by selfie cam, biggest first", vocab).sort == Sort("front_camera_mp", True)


@pytest.mark.parametrize("text, sort", [
    ("性能方面最强", Sort("performance", True)), ("屏幕这块最大的", Sort("screen_in", True)), ("电池容量越高越好", Sort("battery_mah", True)),
    ("前置越清晰越好", Sort("front_camera_mp", True)),
])
def test_a_chinese_superlative_with_a_topic_word_or_more_the_better(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("in terms of battery, the biggest", Sort("battery_mah", True)), ("camera-wise the best", Sort("main_camera_mp", True)),
    ("lowest on price", Sort("price", False)), ("the more RAM the better", Sort("ram_gb", True)),
    ("storage: the bigger the better", Sort("storage_gb", True)),
])
def test_an_english_superlative_said_about_an_aspect(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, wanted", [
    ("had a Huawei before, now looking for a Xiaomi", "Xiaomi"), ("my current phone is an iPhone 11, want a Pixel", "Google"),
    ("I have an old iPhone, looking at Nokia", "Nokia"), ("现在用着小米，想换个OPPO", "Oppo"), ("手上是苹果，想换华为", "Huawei"),
    ("用了三年三星了，想换vivo", "Vivo"), ("想把苹果换成华为", "Huawei"),
])
def test_the_phone_owned_is_left_and_the_one_switched_to_is_wanted(vocab, text, wanted):
    assert _brands(vocab, text)[0] == ("set", frozenset({wanted}))


def test_moving_from_a_brand_to_a_platform_wants_no_brand(vocab):
    assert (_brands(vocab, "从苹果换到安卓")[0], slots(understand("从苹果换到安卓", vocab))["platform"]) == (None, ("set", "android"))


def test_a_brand_tired_of_is_refused_and_the_next_one_wanted(vocab):
    request = understand("三星用腻了想换小米", vocab)
    assert ([u.value for u in request.updates if u.slot == "brands" and u.op == "set"], slots(request)["exclude_brands"]) == \
        ([frozenset({"Xiaomi"})], ("add", frozenset({"Samsung"})))


def test_all_before_a_brand_is_no_phone_owned(vocab):
    assert _brands(vocab, "列出所有华为手机")[0] == ("set", frozenset({"Huawei"}))


@pytest.mark.parametrize("text, sort, limit", [
    ("top 3 by battery", Sort("battery_mah", True), 3), ("top five phones by camera", Sort("main_camera_mp", True), 5),
    ("top 5 by price, lowest first", Sort("price", False), 5), ("续航排名前五", Sort("battery_mah", True), 5),
    ("性能排行榜", Sort("performance", True), None), ("价格排行从低到高", Sort("price", False), None),
])
def test_a_ranking_by_an_aspect_is_an_ordering_with_its_count(vocab, text, sort, limit):
    request = understand(text, vocab)
    assert (request.sort, request.limit, request.followup) == (sort, limit, None)


def test_the_top_three_without_an_aspect_still_points_at_shown_phones(vocab):
    assert understand("compare the top 3", vocab).followup is not None


@pytest.mark.parametrize("text, brand", [("only Techno", "Tecno"), ("only One+", "OnePlus"), ("no One-Plus", "OnePlus"),
                                         ("only 1plus", "OnePlus"), ("no Real me", "Realme"), ("only Real-me", "Realme"),
                                         ("只要盖乐世", "Samsung")])
def test_common_spellings_of_smaller_brands_name_them(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert brand in found["exclude_brands" if text.startswith("no ") else "brands"][1]


@pytest.mark.parametrize("text, brands", [
    ("菊花厂的", {"Huawei"}), ("OV都行", {"Oppo", "Vivo"}),
    ("外国品牌的", {"Apple", "Samsung", "Google", "Sony", "Motorola", "Nokia"}),
])
def test_chinese_nicknames_and_groups_of_brands(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text", ["not made in china", "no china phones", "avoid chinese made phones",
                                  "no china brands under 300"])
def test_china_named_as_where_a_phone_comes_from_is_the_chinese_brands(vocab, text):
    refused = slots(understand(text, vocab))["exclude_brands"][1]
    assert {"Xiaomi", "Huawei", "Oppo"} <= refused and "Samsung" not in refused


@pytest.mark.parametrize("text", ["korean phone under 400", "a korean phone for my dad"])
def test_a_korean_phone_is_samsung(vocab, text):
    assert slots(understand(text, vocab))["brands"][1] == frozenset({"Samsung"})


@pytest.mark.parametrize("text", ["used to have a samsung, want to try something else", "used to own a Samsung",
                                  "currently on a Samsung S21", "i'm on a samsung now, budget 500",
                                  "I've been using Samsung for years"])
def test_a_brand_said_as_the_phone_in_hand_without_a_subject_or_with_on_is_no_wish(vocab, text):
    assert _brands(vocab, text)[0] is None


@pytest.mark.parametrize("text", ["whats the best bang for buck", "most bang for bucks under 400", "bang for ur buck",
                                  "the best value for money"])
def test_bang_for_buck_without_its_article_is_value_not_a_flagship(vocab, text):
    assert understand(text, vocab).intents == ("budget",)


@pytest.mark.parametrize("text", ["best cameras first", "sort by the best cameras"])
def test_cameras_in_the_plural_order_by_the_main_camera(vocab, text):
    assert understand(text, vocab).sort == Sort("main_camera_mp", True)
