"""Numbers before their noun or glued to their unit, loose money words, and lexicon gaps read as patterns."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ("5000+ battery", "battery_mah", Bound(lo=5000)), ("a 6000 or more battery", "battery_mah", Bound(lo=6000)),
    ("5000以上电池", "battery_mah", Bound(lo=5000)), ("8 ram and 256 storage", "storage_gb", Bound(lo=256)),
    ("6.7in+ screen", "screen_in", Bound(lo=6.7)), ("6.5以下", "screen_in", Bound(hi=6.5)),
    ("screen under 6.7", "screen_in", Bound(hi=6.7)),
])
def test_number_before_its_noun_is_that_spec(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found[f"spec:{spec}"], "budget" in found) == (("set", bound), False)


@pytest.mark.parametrize("text", ["what about 12GB RAM?", "how about 12GB RAM"])
def test_what_about_is_not_around(vocab, text):
    assert slots(understand(text, vocab))["spec:ram_gb"] == ("set", Bound(lo=12))


@pytest.mark.parametrize("text, budget", [
    ("300usd", Budget("USD", hi=300)), ("under 20000inr", Budget("INR", hi=20000)), ("3000rmb以内", Budget("CNY", hi=3000)),
])
def test_currency_glued_to_the_amount(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


@pytest.mark.parametrize("text, lo", [("两千出头", 2000), ("预算三千块出头", 3000), ("3000元出头", 3000)])
def test_just_over_an_amount_is_that_amount_up_to_fifteen_percent_more(vocab, text, lo):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", lo=lo, hi=round(lo * 1.15, 2)))


@pytest.mark.parametrize("text", ["a featherweight phone", "something feather-light", "an ultralight phone"])
def test_featherweight_words_ask_for_a_light_compact_phone(vocab, text):
    assert understand(text, vocab).intents == ("compact",)


@pytest.mark.parametrize("text", ["lasts two days on a charge", "a battery that lasts all day"])
def test_lasting_words_ask_for_battery(vocab, text):
    assert understand(text, vocab).intents == ("battery",)


@pytest.mark.parametrize("text", ["big screen for my grandma", "适合老人用的大屏手机"])
def test_phones_for_older_people_ask_for_a_big_screen(vocab, text):
    assert "big_screen" in understand(text, vocab).intents


@pytest.mark.parametrize("text, currency", [("under 300 euros", "EUR"), ("£400 max", "GBP"), ("max 300 pounds", "GBP"),
                                            ("compare the first two, under 500 euros", "EUR"),
                                            ("compare the first two, budget 500 euros", "EUR")])
def test_a_currency_we_have_no_prices_in_is_said_not_dropped(vocab, text, currency):
    request = understand(text, vocab)
    assert (slots(request).get("budget"), request.notes) == (None, (
        f"Prices are known in USD, INR, CNY, PKR and AED only, not {currency}; the amount was not used as a budget.",))


def test_the_unknown_currency_note_is_in_chinese_for_a_chinese_message(vocab):
    assert understand("预算300欧元", vocab).notes == ("价格只有美元、卢比、人民币、巴基斯坦卢比和迪拉姆的数据，没有欧元（EUR）；这个金额没有用作预算。",)


@pytest.mark.parametrize("text, spec, bound", [
    ("不晚于2021年", "year", Bound(hi=2021)), ("不早于2022年的", "year", Bound(lo=2022)),
    ("2021年及以前", "year", Bound(hi=2021)), ("晚于2020年", "year", Bound(lo=2021)),
    ("at most RAM 6gb", "ram_gb", Bound(hi=6)), ("no more than battery 4500mAh", "battery_mah", Bound(hi=4500)),
    ("4000mah battery or less", "battery_mah", Bound(hi=4000)), ("存储最多128GB", "storage_gb", Bound(hi=128)),
    ("3200万像素以上前摄", "front_camera_mp", Bound(lo=32)), ("5000万像素以下主摄", "main_camera_mp", Bound(hi=50)),
    ("200 grams or heavier", "weight_g", Bound(lo=200)),
])
def test_bound_words_anywhere_around_the_quantity(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found[f"spec:{spec}"], "sort" in found) == (("set", bound), False)


def test_most_storage_without_a_number_is_still_an_ordering(vocab):
    assert understand("存储最多的", vocab).sort is not None


@pytest.mark.parametrize("text", ["a tab", "recommend something: tab?"])
def test_tab_alone_means_a_tablet(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"tablet"}))


@pytest.mark.parametrize("text, key, descending, limit", [
    ("top 3 heaviest", "weight_g", True, 3), ("最轻的前三款", "weight_g", False, 3), ("the first two cheapest", "price", False, 2),
    ("show the 3 heaviest", "weight_g", True, 3), ("3 lightest phones", "weight_g", False, 3),
    ("heaviest 5 phones", "weight_g", True, 5), ("the two newest ones", "year", True, 2),
    ("largest battery, top 4", "battery_mah", True, 4),
])
def test_top_n_of_a_superlative_is_an_ordering_with_a_limit(vocab, text, key, descending, limit):
    request = understand(text, vocab)
    assert (request.sort, request.limit, request.followup) == (Sort(key, descending), limit, None)


def test_other_asks_beside_a_top_n_are_kept(vocab):
    assert slots(understand("要5G，屏幕最小的前三款", vocab))["needs_5g"] == ("set", True)


@pytest.mark.parametrize("text, bound", [("RAM up to 6gb and 5G", Bound(hi=6)), ("5G 运行内存最多8G", Bound(hi=8)),
                                         ("8G以上运行内存", Bound(lo=8))])
def test_5g_next_to_a_ram_figure_is_the_network(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert (found["spec:ram_gb"], found.get("needs_5g")) == (("set", bound), ("set", True) if "5G" in text else None)


@pytest.mark.parametrize("text, bound", [("存储不低于1T", Bound(lo=1024)), ("机身存储1T以上", Bound(lo=1024))])
def test_terabytes_written_as_t_next_to_a_storage_word(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:storage_gb"] == ("set", bound)


def test_4g_after_a_ram_word_is_ram(vocab):
    assert slots(understand("运行内存4G以下", vocab))["spec:ram_gb"] == ("set", Bound(hi=4))


def test_top_n_after_a_superlative_with_words_between(vocab):
    assert understand("最新款的前三款", vocab).limit == 3


@pytest.mark.parametrize("text, budget", [("up to 1.2kusd", Budget("USD", hi=1200)),
                                          ("1.2kusd to 1.5kusd", Budget("USD", lo=1200, hi=1500))])
def test_thousands_glued_to_the_currency(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_at_most_before_a_battery_keyword_is_a_bound_not_an_ordering(vocab):
    request = understand("at most battery capacity 4500mAh", vocab)
    assert (slots(request)["spec:battery_mah"], request.sort) == (("set", Bound(hi=4500)), None)


@pytest.mark.parametrize("text, spec, bound", [
    ("front-facing camera at least 16 megapixels", "front_camera_mp", Bound(lo=16)),
    ("50-megapixel main sensor", "main_camera_mp", Bound(lo=50)), ("6.1-inch or smaller display", "screen_in", Bound(hi=6.1)),
    ("2022 model or newer", "year", Bound(lo=2022)), ("launched no earlier than 2022", "year", Bound(lo=2022)),
    ("at least a 2022 phone", "year", Bound(lo=2022)), ("2020年到2022年之间", "year", Bound(2020, 2022)),
    ("between 2021 and 2023", "year", Bound(2021, 2023)), ("前置摄像头3200万以上", "front_camera_mp", Bound(lo=32)),
])
def test_more_ways_to_say_a_quantity_and_its_side(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found[f"spec:{spec}"], "budget" in found) == (("set", bound), False)


@pytest.mark.parametrize("text", ["预算3000万以内", "2000-2030元"])
def test_wan_and_year_like_amounts_stay_money(vocab, text):
    assert "budget" in slots(understand(text, vocab))


@pytest.mark.parametrize("text, specs", [
    ("主摄4800万像素以上 前置不低于2000万像素", {"main_camera_mp": Bound(lo=48), "front_camera_mp": Bound(lo=20)}),
    ("max 200 grams and 5G", {"weight_g": Bound(hi=200)}), ("screen 10in or bigger", {"screen_in": Bound(lo=10)}),
])
def test_each_figure_keeps_its_own_words(vocab, text, specs):
    found = slots(understand(text, vocab))
    assert ({k[5:]: v[1] for k, v in found.items() if k.startswith("spec:")}, "budget" in found) == (specs, False)


@pytest.mark.parametrize("text, spec, bound", [
    ("2022年或以后", "year", Bound(lo=2022)), ("2022年及之后", "year", Bound(lo=2022)), ("22年以后", "year", Bound(lo=2022)),
    ("最重200克", "weight_g", Bound(hi=200)), ("屏幕最大6.5寸", "screen_in", Bound(hi=6.5)), ("最低8GB运存", "ram_gb", Bound(lo=8)),
])
def test_chinese_bounds_and_years_in_more_words(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert (slots(request)[f"spec:{spec}"], request.sort) == (("set", bound), None)


def test_recent_years_count_back_from_the_newest_catalog_year(vocab):
    newest = vocab.reference_year
    assert [slots(understand(t, vocab))["spec:year"] for t in ("近两年", "from the last two years")] == \
        [("set", Bound(lo=newest - 1))] * 2


@pytest.mark.parametrize("text, around, currency", [("三千价位", 3000, "CNY"), ("a $500 price point", 500, "USD")])
def test_a_price_point_is_around_it(vocab, text, around, currency):
    assert slots(understand(text, vocab))["budget"][1].around == around


@pytest.mark.parametrize("text", ["32 MP for selfies", "32MP facetime camera"])
def test_selfie_words_after_a_figure_make_it_the_front_camera(vocab, text):
    assert slots(understand(text, vocab))["spec:front_camera_mp"] == ("set", Bound(lo=32))


@pytest.mark.parametrize("text, budget", [
    ("两千来块", Budget("CNY", lo=1700, hi=2300, around=2000)), ("一两千块的手机", Budget("CNY", lo=1000, hi=2000)),
    ("三四千元", Budget("CNY", lo=3000, hi=4000)),
])
def test_more_chinese_amount_shapes(vocab, text, budget):
    assert slots(understand(text, vocab))["budget"] == ("set", budget)


def test_at_least_a_year_in_chinese(vocab):
    assert slots(understand("至少是2022年的", vocab))["spec:year"] == ("set", Bound(lo=2022))


@pytest.mark.parametrize("text, spec, bound", [
    ("battery 4500-mAh at most", "battery_mah", Bound(hi=4500)), ("12-GB RAM or more", "ram_gb", Bound(lo=12)),
    ("200-gram or above in weight", "weight_g", Bound(lo=200)), ("6000 milliamp-hours or above", "battery_mah", Bound(lo=6000)),
    ("5000 milliamp hours", "battery_mah", Bound(lo=5000)), ("weighing 180 grammes tops", "weight_g", Bound(hi=180)),
    ("can't be heavier than 0.2 kg", "weight_g", Bound(hi=200)), ("6000+ mah battery", "battery_mah", Bound(lo=6000)),
    ("motorola with 5000 mha battery", "battery_mah", Bound(lo=5000)), ("电池4000mAh毫安及以下", "battery_mah", Bound(hi=4000)),
    ("显示屏最高6.2英吋", "screen_in", Bound(hi=6.2)), ("12G以上", "ram_gb", Bound(lo=12)),
    ("运行内存RAM6 GB及以下", "ram_gb", Bound(hi=6)),
])
def test_a_unit_glued_hyphened_spelled_out_or_after_a_bound_is_read(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found.get(f"spec:{spec}"), "budget" in found) == (("set", bound), False)


@pytest.mark.parametrize("text, budget", [
    ("below Rs.9000", Budget("INR", hi=9000)), ("I won't pay more than USD1500", Budget("USD", hi=1500)),
    ("no pricier than 3000 UAE dirhams", Budget("AED", hi=3000)), ("$400 is my ceiling", Budget("USD", hi=400)),
    ("spending limit 1,500 US dollars", Budget("USD", hi=1500)), ("700 dollars US or more", Budget("USD", lo=700)),
    ("from 900 US dollars upward", Budget("USD", lo=900)), ("40000 rupees INR and above", Budget("INR", lo=40000)),
    ("INR8,000 through INR15,000", Budget("INR", lo=8000, hi=15000)),
    ("price USD600 up to USD800", Budget("USD", lo=600, hi=800)),
    ("anywhere from 1500 UAE dirhams to 2500 UAE dirhams", Budget("AED", lo=1500, hi=2500)),
    ("12,000 Chinese yuan or more", Budget("CNY", lo=12000)), ("Rs 200000 PKR and above", Budget("PKR", lo=200000)),
    ("价格别高于人民币5000元", Budget("CNY", hi=5000)), ("不便宜于人民币3000元", Budget("CNY", lo=3000)),
    ("预算上限2500大洋", Budget("CNY", hi=2500)), ("一千二大洋及以上", Budget("CNY", lo=1200)),
    ("人民币1000元和人民币1200元之间", Budget("CNY", lo=1000, hi=1200)), ("从美金400到美金700", Budget("USD", lo=400, hi=700)),
    ("12000盧比（印度）至30000盧比（印度）", Budget("INR", lo=12000, hi=30000)), ("最高1500美元整", Budget("USD", hi=1500)),
])
def test_budget_wordings_with_their_currency_and_side(vocab, text, budget):
    assert slots(understand(text, vocab)).get("budget") == ("set", budget)


@pytest.mark.parametrize("text, amount, currency", [
    ("give or take $400", 400, "USD"), ("USD150, a bit more or less", 150, "USD"), ("around the 250 dollars US mark", 250, "USD"),
    ("₹ 20,000, more or less", 20000, "INR"), ("3500大洋上下浮动", 3500, "CNY"), ("人民币2500元前后", 2500, "CNY"),
    ("3000元人民币左右浮动", 3000, "CNY"),
])
def test_approximate_budget_wordings_are_around_the_amount(vocab, text, amount, currency):
    budget = slots(understand(text, vocab))["budget"][1]
    assert (budget.currency, budget.around) == (currency, amount)


@pytest.mark.parametrize("text, spec, bound", [
    ("20 MP of front camera minimum", "front_camera_mp", Bound(lo=20)), ("RAM memory capped at 8G", "ram_gb", Bound(hi=8)),
    ("a 4000 mAh batt max", "battery_mah", Bound(hi=4000)), ("6.1 inches of screen max", "screen_in", Bound(hi=6.1)),
    ("220gr or more in weight", "weight_g", Bound(lo=220)), ("机身至少200公克", "weight_g", Bound(lo=200)),
    ("a 4G RAM memory at minimum", "ram_gb", Bound(lo=4)), ("最晚2022年的", "year", Bound(hi=2022)),
    ("4500 mAh of battery max", "battery_mah", Bound(hi=4500)),
])
def test_nouns_after_of_abbreviated_units_and_caps_are_read(vocab, text, spec, bound):
    assert slots(understand(text, vocab)).get(f"spec:{spec}") == ("set", bound)


@pytest.mark.parametrize("text, budget", [
    ("in the region of 30K Pakistani rupees", Budget("PKR", lo=25500, hi=34500, around=30000)),
    ("600USD的样子", Budget("USD", lo=510, hi=690, around=600)),
    ("不少于五百阿联酋迪拉姆", Budget("AED", lo=500)),
])
def test_more_budget_wordings(vocab, text, budget):
    assert slots(understand(text, vocab)).get("budget") == ("set", budget)


def test_somewhere_near_an_amount_is_around_it(vocab):
    assert slots(understand("somewhere near INR 25,000", vocab))["budget"][1].around == 25000


@pytest.mark.parametrize("text", ["compare the first two, budget 500 dollars", "compare the first two under $500",
                                  "compare 1 and 2, up to 500 dollars"])
def test_a_budget_beside_a_comparison_is_kept(vocab, text):
    request = understand(text, vocab)
    assert (request.followup.kind, slots(request)["budget"][1].hi) == ("compare", 500)


@pytest.mark.parametrize("text, spec, bound", [
    ("display between 6.3 and 6.6", "screen_in", Bound(6.3, 6.6)), ("screen size from 6.1 to 6.4", "screen_in", Bound(6.1, 6.4)),
    ("ram 8 to 12", "ram_gb", Bound(8, 12)), ("weight between 150 and 180", "weight_g", Bound(150, 180)),
])
def test_a_range_after_a_spec_word_needs_no_unit(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text", ["released in 2023 or 2024", "a 2023 or 2024 model"])
def test_two_neighbouring_years_joined_by_or_are_both_allowed(vocab, text):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(2023, 2024))


def test_a_ram_figure_and_a_storage_figure_are_no_range(vocab):
    found = slots(understand("ram 8 and 256 storage", vocab))
    assert found["spec:ram_gb"] == ("set", Bound(lo=8)) and "spec:storage_gb" in found


@pytest.mark.parametrize("text, lo", [("1T存储", 1024), ("512G或者1T", 512), ("存储512G或者1T", 512)])
def test_a_lone_t_after_one_or_two_is_terabytes_of_storage(vocab, text, lo):
    found = slots(understand(text, vocab))
    assert (found["spec:storage_gb"], "spec:weight_g" in found) == (("set", Bound(lo=lo)), False)


def test_a_models_t_suffix_is_no_terabyte(vocab):
    assert "spec:storage_gb" not in slots(understand("Xiaomi 11T", vocab))
