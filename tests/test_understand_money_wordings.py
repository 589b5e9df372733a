"""Budgets the way strangers write money (issue 9): currencies the advisor has no prices in are named back, never read
as another market; a place the shopper names decides the market of bare amounts and of rupees; figures written with
spaced thousands, a decimal comma, "grand" or the Chinese shorthand "w"; side words such as "north of", refusals such
as "not willing to pay more than" and "不想超过"; and a Chinese figure with a thousand or ten-thousand unit that
nothing else read is a price."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _notes(vocab, text):
    return " ".join(understand(text, vocab).notes).lower()


@pytest.mark.parametrize("text, named", [
    ("under 1000 swiss francs", "chf"), ("max 2000 saudi riyals", "sar"), ("under 25000 taka", "bdt"),
    ("under 30000 nepali rupees", "npr"), ("below 40k sri lankan rupees", "lkr"), ("under 9000 pesos", "peso"),
    ("budget 5000 turkish lira", "try"), ("under 150000 naira", "ngn"), ("3000 rand max", "zar"),
    ("under 600 new zealand dollars", "nzd"), ("预算200欧", "欧"), ("预算3000瑞士法郎", "chf"), ("一万泰铢以内", "thb"),
    ("预算一百万越南盾", "vnd"),
])
def test_a_currency_without_prices_is_named_back_and_not_used(vocab, text, named):
    assert budget_read(vocab, text) is None
    assert named in _notes(vocab, text)


@pytest.mark.parametrize("text, currency", [
    ("under 3000 renminbi", "CNY"), ("USD$500 max", "USD"), ("under Dhs. 1500", "AED"), ("300美刀以内", "USD"),
    ("under 50000 pak rupees", "PKR"), ("Rs. 50,000 pakistani", "PKR"),
])
def test_a_currency_word_names_its_market(vocab, text, currency):
    assert budget_read(vocab, text)[0] == currency


@pytest.mark.parametrize("text, budget", [
    ("I'm in Karachi, budget Rs. 60,000", ("PKR", None, 60000)), ("Lahore here, under 80k rupees", ("PKR", None, 80000)),
    ("in Dubai, max 1500", ("AED", None, 1500)), ("Abu Dhabi, up to 2500", ("AED", None, 2500)),
    ("在巴基斯坦，预算5万卢比", ("PKR", None, 50000)), ("在迪拜，预算3000以内", ("AED", None, 3000)),
    ("living in the US, under 700", ("USD", None, 700)),
])
def test_a_place_decides_the_market_of_rupees_and_bare_amounts(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_two_places_of_different_markets_decide_nothing(vocab):
    assert budget_read(vocab, "moving from Dubai to Karachi, under 500 dollars") == ("USD", None, 500)
    assert budget_read(vocab, "visiting India from Pakistan, 30k rupees max") == ("INR", None, 30000)


def test_a_market_read_from_a_place_is_said(vocab):
    assert "dubai" in _notes(vocab, "in Dubai, max 1500")


@pytest.mark.parametrize("text, hi", [
    ("budget of 1 200 dollars", 1200), ("₹ 15 000 max", 15000), ("budget: 1,5k dollars", 1500),
    ("2 grand is my absolute limit", 2000), ("2.5 grand", 2500), ("5 grand tops", 5000),
])
def test_figures_written_with_spaces_a_decimal_comma_or_grand(vocab, text, hi):
    assert budget_read(vocab, text)[1:] == (None, hi)


def test_grand_is_dollars_even_when_large(vocab):
    assert budget_read(vocab, "under 6 grand")[0] == "USD"


def test_spaced_digits_without_a_currency_are_not_one_figure(vocab):
    assert budget_read(vocab, "pixel 8 128gb under 500 dollars") == ("USD", None, 500)


@pytest.mark.parametrize("text, budget", [
    ("1.2w以内", ("CNY", None, 12000)), ("1w出头", ("CNY", 10000, 11500)), ("1.5w左右", ("CNY", 12750, 17250)),
])
def test_w_after_a_small_figure_is_ten_thousand(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_w_after_a_charging_figure_is_watts_not_money(vocab):
    assert budget_read(vocab, "33w快充，两千以内") == ("CNY", None, 2000)


@pytest.mark.parametrize("text, budget", [
    ("anything north of $900", ("USD", 900, None)), ("south of 400 bucks", ("USD", None, 400)),
    ("not willing to pay more than $400", ("USD", None, 400)), ("please don't show anything over $400", ("USD", None, 400)),
    ("不想超过三千", ("CNY", None, 3000)), ("不希望超过两千块", ("CNY", None, 2000)), ("三千是极限", ("CNY", None, 3000)),
    ("两千块是我的上限", ("CNY", None, 2000)),
])
def test_side_words_and_refusals_of_a_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("两千五", ("CNY", None, 2500)), ("12+256，三千", ("CNY", None, 3000)), ("我有三千", ("CNY", None, 3000)),
    ("手里有1万", ("CNY", None, 10000)),
])
def test_a_chinese_figure_with_a_thousand_unit_nothing_else_read_is_a_price(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["五千毫安电池", "5000mAh，8G", "一亿像素", "4k视频", "2k屏"])
def test_a_chinese_figure_with_its_unit_is_no_price(vocab, text):
    assert budget_read(vocab, text) is None


@pytest.mark.parametrize("text, budget", [
    ("300 or 400 dollars", ("USD", 300, 400)), ("300/400 dollars", ("USD", 300, 400)),
])
def test_two_amounts_joined_by_or_are_a_range(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("minimum price 300 usd", ("USD", 300, None)), ("lower limit 300 dollars", ("USD", 300, None)),
    ("price floor of 300 dollars", ("USD", 300, None)), ("最低预算两千", ("CNY", 2000, None)),
    ("预算下限两千", ("CNY", 2000, None)), ("价格下限3000", ("CNY", 3000, None)), ("max price 500$", ("USD", None, 500)),
])
def test_a_side_word_before_or_after_the_budget_noun_is_the_budgets_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("最低价格3000", ("CNY", 3000, None)), ("最低价3000", ("CNY", 3000, None)), ("最贵三千", ("CNY", None, 3000)),
    ("最便宜也要两千", ("CNY", 2000, None)),
])
def test_a_superlative_before_a_price_sized_figure_is_a_bound_not_an_ordering(vocab, text, budget):
    request = understand(text, vocab)
    assert (budget_read(vocab, text), request.sort) == (budget, None)


def test_a_superlative_alone_still_orders(vocab):
    assert understand("最便宜的手机", vocab).sort is not None


@pytest.mark.parametrize("text, budget", [
    ("在2000与3000之间", ("CNY", 2000, 3000)), ("不想花超过三千", ("CNY", None, 3000)), ("under 3000 kuai", ("CNY", None, 3000)),
])
def test_more_chinese_joiners_refusals_and_currency_words(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("atleast $500", ("USD", 500, None)), ("atmost 500 dollars", ("USD", None, 500)), ("叁仟元以内", ("CNY", None, 3000)),
])
def test_glued_side_words_and_capital_numerals(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [("千把块钱的手机", ("CNY", 850, 1150)), ("万把块", ("CNY", 8500, 11500))])
def test_ba_after_a_round_figure_is_about_that_much(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("$500 ± 10%", ("USD", 450, 550)), ("around 500 dollars, plus or minus 10%", ("USD", 450, 550)),
    ("3000元上下浮动10%", ("CNY", 2700, 3300)),
])
def test_a_tolerance_in_percent_is_that_share_of_the_amount(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("$500 and upwards", ("USD", 500, None)), ("500 usd, roughly", ("USD", 425, 575)), ("300 to 500", ("USD", 300, 500)),
])
def test_more_side_words_after_an_amount_and_a_bare_range(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_range_of_years_is_no_price(vocab):
    assert budget_read(vocab, "2021-2023") is None


@pytest.mark.parametrize("text, hi", [
    ("under three fifty dollars", 350), ("twelve ninety nine dollars max", 1299), ("a couple hundred bucks", 200),
    ("a couple of hundred dollars", 200), ("half a grand", 500),
])
def test_amounts_in_words_as_people_say_them(vocab, text, hi):
    assert budget_read(vocab, text)[1:] == (None, hi)


@pytest.mark.parametrize("text, said", [
    ("a few hundred bucks", "a few hundred bucks"), ("under $", "under $"), ("预算几千美元", "预算几千美元"),
    ("好几千块", "好几千块"),
])
def test_an_amount_nobody_could_read_is_said_not_dropped(vocab, text, said):
    assert budget_read(vocab, text) is None
    assert said in _notes(vocab, text)


def test_a_count_of_pieces_is_no_price(vocab):
    assert budget_read(vocab, "要两块电池") is None


@pytest.mark.parametrize("text, budget", [
    ("接近三千", ("CNY", 2550, 3450)), ("约莫三千", ("CNY", 2550, 3450)), ("小三千", ("CNY", 2550, 3450)),
])
def test_chinese_words_for_close_to_an_amount(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("500 د.إ", ("AED", None, 500)), ("under 40000 روپے", ("PKR", None, 40000)), ("under 30000 रुपये", ("INR", None, 30000)),
    ("₹1.5L", ("INR", None, 150000)), ("rs 80k-1L", ("INR", 80000, 100000)),
])
def test_currency_signs_and_words_of_the_markets_own_scripts_and_lakh_as_l(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_l_without_a_money_word_is_no_price(vocab):
    assert budget_read(vocab, "5l water") is None


def test_a_change_by_an_amount_is_no_ceiling_and_is_said(vocab):
    assert budget_read(vocab, "预算再加一千") is None
    assert "加一千" in _notes(vocab, "预算再加一千")


@pytest.mark.parametrize("text, currency", [
    ("PTA approved phone under Rs 50,000", "PKR"), ("non-pta under 40k rupees", "PKR"),
])
def test_a_rule_or_shop_of_one_country_names_its_market(vocab, text, currency):
    assert budget_read(vocab, text)[0] == currency


@pytest.mark.parametrize("text, currency", [
    ("卢比20000以内", "INR"), ("迪拉姆2000以内", "AED"), ("卢比两万到三万", "INR"), ("在巴基斯坦，卢比5万以内", "PKR"),
])
def test_a_chinese_currency_name_before_the_figure_names_its_market(vocab, text, currency):
    assert budget_read(vocab, text)[0] == currency


@pytest.mark.parametrize("text", ["欧元400以内", "日元5万以内"])
def test_a_chinese_currency_name_without_prices_before_the_figure_is_named_back(vocab, text):
    assert budget_read(vocab, text) is None
    assert text[:2] in _notes(vocab, text)


@pytest.mark.parametrize("text, budget", [
    ("exceeding $300", ("USD", 300, None)), ("not exceeding $300", ("USD", None, 300)),
    ("not to exceed 300 usd", ("USD", None, 300)), ("without exceeding $300", ("USD", None, 300)),
    ("greater than or equal to $300", ("USD", 300, None)), ("less than or equal to $300", ("USD", None, 300)),
])
def test_exceed_and_or_equal_to_keep_their_side(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["5万卢比（巴基斯坦）以内", "50000 rupees (PKR) max"])
def test_rupees_named_pakistani_in_brackets_are_pakistani(vocab, text):
    assert budget_read(vocab, text) == ("PKR", None, 50000)
    assert understand(text, vocab).notes == ()


@pytest.mark.parametrize("text", ["$30 a month", "EMI under 2000", "emi of 1500 per month", "月供300以内", "分期每月不超过500"])
def test_a_monthly_payment_is_no_budget_and_is_said(vocab, text):
    request = understand(text, vocab)
    assert "budget" not in slots(request)
    assert any("month" in note or "月供" in note for note in request.notes)


@pytest.mark.parametrize("text, budget", [
    ("20 hazar rupees", ("INR", None, 20000)), ("50k tak", ("INR", None, 50000)), ("30k se kam", ("INR", None, 30000)),
    ("20k ke andar", ("INR", None, 20000)), ("40 hazar se zyada", ("INR", 40000, None)),
    ("25k ke aas paas", ("INR", 21250, 28750)),
])
def test_hindi_and_urdu_in_latin_letters(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["3000预算", "3000的预算，买个拍照好的"])
def test_a_budget_word_after_a_bare_figure_makes_it_the_budget(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 3000)


@pytest.mark.parametrize("text, budget", [("上万的", ("CNY", 10000, None)), ("上千的就行", ("CNY", 1000, None)),
                                          ("上两千的", ("CNY", 2000, None))])
def test_upwards_of_a_round_chinese_amount_is_a_floor(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text", ["预算是四百块美金", "四百块美元以内"])
def test_kuai_before_a_dollar_word_counts_dollars(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 400)


@pytest.mark.parametrize("text", ["三千蚊以内", "预算3000蚊"])
def test_cantonese_man_alone_counts_yuan_the_shoppers_money_not_hong_kong_dollars(vocab, text):
    """蚊 is the local unit of the shopper's money: yuan unless Hong Kong dollars are named (the lead's decision after
    strangers wrote "两千蚊" in Guangzhou meaning yuan); it was read as HKD before."""
    assert budget_read(vocab, text) == ("CNY", None, 3000)


@pytest.mark.parametrize("text, budget", [
    ("ok what about in rupees, max 50000", ("INR", None, 50000)), ("in yuan please, under 3000", ("CNY", None, 3000)),
    ("用美元算，最多500", ("USD", None, 500)), ("换成人民币吧，三千以内", ("CNY", None, 3000)),
])
def test_a_currency_named_apart_from_a_bare_amount_is_the_amount_s_currency(vocab, text, budget):
    assert budget_read(vocab, text) == budget


def test_a_bare_amount_in_a_currency_named_apart_is_not_said_to_be_guessed(vocab):
    assert "without a currency" not in _notes(vocab, "ok what about in rupees, max 50000")


@pytest.mark.parametrize("text, named", [("what about in euros, max 400", "eur"), ("in pounds, under 600", "gbp")])
def test_a_bare_amount_in_a_currency_without_prices_named_apart_is_named_back(vocab, text, named):
    assert budget_read(vocab, text) is None
    assert named in _notes(vocab, text)
