"""Leftovers of read sets the parser still misread (issues 9 and 10): Cantonese 蚊 as the shopper's own money (yuan
unless Hong Kong dollars are named, said as a guess), a refusal of "old models" before a year ("2020年之前的老款不要"),
"redmi" alone as the Redmi series, and English clauses with Chinese ones ("MediaTek chipset no", "6.3-inch max
screen", "android, no iPhones or iPads")."""

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_read, constraints_after, slots, spec_after

# 蚊: the local unit of the shopper's money (the lead's decision, after blind-7's strangers wrote "两千蚊" in Guangzhou)

@pytest.mark.parametrize("text, budget", [
    ("超过8千蚊的一律劝退", ("CNY", None, 8000)), ("别拿低于一千二蚊的来糊弄我", ("CNY", 1200, None)),
    ("两千蚊左右", ("CNY", 1700, 2300)), ("预算三千蚊鸡以内", ("CNY", None, 3000)), ("一千五蚊以上、三千蚊以下", ("CNY", 1500, 3000)),
])
def test_man_alone_counts_yuan(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_man_read_as_yuan_is_said_to_be_a_guess(vocab):
    assert any("人民币" in note and "港币" in note for note in understand("预算两千蚊", vocab).notes)


def test_man_in_a_mainland_city_is_yuan_without_a_guess(vocab):
    request = understand("我在广州，预算两千蚊", vocab)
    assert budget_read(vocab, "我在广州，预算两千蚊") == ("CNY", None, 2000)
    assert not any("蚊" in note for note in request.notes)


@pytest.mark.parametrize("text", ["港币预算，最多4000蚊", "用港纸计，三千蚊以内", "HKD budget, 3000蚊 max"])
def test_man_counts_hong_kong_dollars_when_the_message_names_them(vocab, text):
    request = understand(text, vocab)
    assert "budget" not in slots(request) and any("HKD" in note for note in request.notes)


@pytest.mark.parametrize("text, budget", [("五百蚊美金", ("USD", None, 500)), ("4000蚊人仔以內", ("CNY", None, 4000)),
                                          ("用美金算，最多400蚊", ("USD", None, 400))])
def test_man_before_or_beside_a_named_currency_counts_that_currency(vocab, text, budget):
    assert budget_read(vocab, text) == budget


# a refusal of old models after a year bound

@pytest.mark.parametrize("text", ["2020年之前的老款不要", "2020年以前的老机型不考虑", "2020年前出的旧款一律不要"])
def test_old_models_before_a_year_refused_leave_the_later_years(vocab, text):
    assert spec_after(text, vocab, "year") == (2021, None)  # 之前 read with the year in, as "2020年之前的不要" is


def test_old_models_before_a_year_wanted_stay_the_earlier_years(vocab):
    assert spec_after("2020年之前的老款", vocab, "year") == (None, 2020)


def test_old_models_before_a_year_accepted_rule_out_no_year(vocab):
    assert spec_after("2022年之前的老款也行", vocab, "year") == (None, None)


# "redmi" alone: the Redmi series of Xiaomi, as "galaxy a" is Samsung's Galaxy A

@pytest.mark.parametrize("text", ["a redmi under 300 dollars", "redmi with 5000mah", "红米两千以内", "any redmi phone"])
def test_redmi_alone_asks_for_the_redmi_series(vocab, text):
    assert ("Xiaomi", "Redmi") in constraints_after(text, vocab).series


@pytest.mark.parametrize("text", ["xiaomi or redmi", "小米或红米，两千以内", "小米红米都行"])
def test_redmi_listed_with_xiaomi_asks_for_the_whole_brand(vocab, text):
    assert not constraints_after(text, vocab).series


@pytest.mark.parametrize("text", ["红米Note系列，2000以内", "红米note系列的", "紅米Note系列就好"])
def test_redmi_before_its_own_line_asks_for_that_line_only(vocab, text):
    assert constraints_after(text, vocab).series == frozenset({("Xiaomi", "Redmi Note")})


def test_redmi_refused_alone_refuses_the_series_only(vocab):
    assert constraints_after("no redmi", vocab).exclude_series == frozenset({"Redmi"})


def test_a_redmi_owned_is_no_wish(vocab):
    assert not constraints_after("my redmi is slow, need a new phone", vocab).series


# English clauses with Chinese ones

@pytest.mark.parametrize("text", ["要5G，MediaTek chipset no", "mediatek chipset no", "MTK chipsets are out"])
def test_a_vendor_with_its_chipset_word_refused_after_it_is_excluded(vocab, text):
    assert "MediaTek" in constraints_after(text, vocab).exclude_chipsets


def test_a_vendor_with_its_chipset_word_wanted_stays_the_chip(vocab):
    assert constraints_after("qualcomm chipset please", vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text, spec, hi", [("屏幕小点，6.3-inch max screen", "screen_in", 6.3),
                                            ("6.5-inch max display", "screen_in", 6.5), ("8-gb max ram", "ram_gb", 8)])
def test_a_hyphened_figure_before_max_and_its_noun_is_a_ceiling(vocab, text, spec, hi):
    assert spec_after(text, vocab, spec) == (None, hi)


def test_a_hyphened_figure_without_max_stays_about_that_size(vocab):
    assert spec_after("a 6.3-inch screen", vocab, "screen_in") == (6.15, 6.45)


@pytest.mark.parametrize("text", ["android, no iPhones or iPads", "no ipads or iphones", "安卓就行，no iPhones or iPads"])
def test_a_makers_phones_and_tablets_refused_together_refuse_the_maker_and_ask_no_tablet(vocab, text):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_brands == frozenset({"Apple"}) and not constraints.devices


def test_a_refused_ipad_alone_with_a_tablet_wish_stays_a_line_refused(vocab):
    constraints = constraints_after("an android tablet, no ipad", vocab)
    assert constraints.exclude_series == frozenset({"iPad"}) and constraints.devices == frozenset({"tablet"})
