"""Chinese wordings of the blind-6 error analysis (issue 9), each read as a general rule."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Sort
from advisor.understanding.understand import understand


def _state(text, vocab):
    return apply(DialogueState(), understand(text, vocab))


def _constraints(text, vocab):
    return _state(text, vocab).constraints


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs).get(key)
    return None if bound is None else (bound.lo, bound.hi)


def _budget(text, vocab):
    b = _constraints(text, vocab).budget
    return None if b is None else (b.currency, b.lo, b.hi)


def _refused_and_wanted(text, vocab):
    constraints = _constraints(text, vocab)
    return constraints.exclude_brands, constraints.brands


# --- brands refused by what is said after them, or by a verb of putting out before them

@pytest.mark.parametrize("text, brand", [
    ("小米就不用推了", "Xiaomi"), ("Xperia就唔使介紹了", "Sony"), ("三星不用看了，要5G", "Samsung"),
])
def test_no_need_to_show_a_brand_refuses_it(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("小米不在名單裏", "Xiaomi"), ("华为不在我的名单上，8G运存", "Huawei")])
def test_a_brand_off_the_list_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("真我家的別出現", "Realme"), ("Poco家的别出现。", "POCO"), ("一加别再出现了", "OnePlus")])
def test_a_brand_that_must_not_turn_up_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("真我別來沾邊", "Realme"), ("谷歌踩過雷，不要", "Google"), ("诺基亚踩过雷，不要，5G", "Nokia")])
def test_a_brand_kept_away_or_burnt_by_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("OPPO不要推给我，把最轻的排第一", "Oppo"), ("vivo别推荐给我", "Vivo")])
def test_a_brand_not_to_be_recommended_to_me_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("排掉一加！", "OnePlus"), ("禁掉Moto", "Motorola"), ("禁用vivo的手机", "Vivo")])
def test_a_brand_put_out_or_banned_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [("vivo以外的牌子别推", "Vivo"), ("小米出现的话最好", "Xiaomi")])
def test_a_brand_wanted_with_a_refusal_of_the_rest_stays_wanted(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset(), frozenset({brand}))


# --- launch years

@pytest.mark.parametrize("text, year", [("2020年款起", 2020), ("2022款起，要5G", 2022), ("2021年起", 2021)])
def test_a_model_year_with_qi_is_a_floor(vocab, text, year):
    assert _spec(text, vocab, "year") == (year, None)


@pytest.mark.parametrize("text", ["2020 model upward", "2020 models upwards please"])
def test_a_model_year_upward_is_a_floor(vocab, text):
    assert _spec(text, vocab, "year") == (2020, None)


@pytest.mark.parametrize("text, year", [("發佈年份不早過2021年", 2021), ("上市时间不早过2022年的", 2022)])
def test_not_earlier_than_in_cantonese_is_a_floor(vocab, text, year):
    assert _spec(text, vocab, "year") == (year, None)


def test_not_later_than_in_cantonese_is_a_ceiling(vocab):
    assert _spec("发布年份不晚过2021年", vocab, "year") == (None, 2021)


@pytest.mark.parametrize("text, year", [("最老2021年款", 2021), ("最旧也要2020年的", 2020)])
def test_the_oldest_allowed_year_is_a_floor_and_no_ordering(vocab, text, year):
    state = _state(text, vocab)
    assert (dict(state.constraints.specs)["year"].lo, state.sort) == (year, None)


def test_the_oldest_without_a_year_still_orders_oldest_first(vocab):
    assert _state("最老的手机", vocab).sort == Sort("year", False)


@pytest.mark.parametrize("text, year", [("年份2019封顶", 2019), ("2020年封顶", 2020), ("上市年份2021为止", 2021)])
def test_a_year_capped_is_a_ceiling(vocab, text, year):
    assert _spec(text, vocab, "year") == (None, year)


def test_a_figure_capped_without_a_year_word_stays_a_budget(vocab):
    assert _budget("预算3000封顶", vocab) == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, bound", [
    ("2022年以前嘅款(包括2022年)", (None, 2022)), ("2021年往后的，含2021年", (2021, None)), ("2023年之后的，包括2023年的", (2023, None)),
])
def test_the_named_year_said_included_after_its_side_is_in(vocab, text, bound):
    assert _spec(text, vocab, "year") == bound


@pytest.mark.parametrize("text, bound", [("no launches before 2022", (2022, None)), ("no releases after 2021", (None, 2021))])
def test_launches_refused_on_one_side_of_a_year_leave_the_other(vocab, text, bound):
    assert _spec(text, vocab, "year") == bound


def test_launches_bounded_without_a_refusal_keep_their_side(vocab):
    assert _spec("launches before 2022", vocab, "year") == (None, 2021)


# --- money and specs: sides said after the figure or between the side word and it

@pytest.mark.parametrize("text, budget", [
    ("8000元人民幣或更貴", ("CNY", 8000.0, None)), ("600刀或更贵", ("USD", 600.0, None)), ("AED 400或更貴", ("AED", 400.0, None)),
])
def test_a_price_or_dearer_is_a_floor(vocab, text, budget):
    assert _budget(text, vocab) == budget


def test_a_price_or_cheaper_stays_a_ceiling(vocab):
    assert _budget("3000元或更便宜", vocab) == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, around", [("預算1500块钱度，唔該", 1500.0), ("预算3000大洋度", 3000.0), ("預算六千软妹币度 照运存降序排好", 6000.0)])
def test_an_amount_closed_by_cantonese_du_is_about_it(vocab, text, around):
    assert _constraints(text, vocab).budget.around == around


def test_du_glued_to_what_follows_makes_no_approximation(vocab):
    assert _budget("预算3000元", vocab) == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, key, figure", [
    ("电池最多只要4500毫安", "battery_mah", 4500.0), ("運行內存最多隻要6GB", "ram_gb", 6.0), ("存储最多只要128G", "storage_gb", 128.0),
])
def test_at_most_only_a_figure_is_a_ceiling_and_no_ordering(vocab, text, key, figure):
    state = _state(text, vocab)
    assert (dict(state.constraints.specs)[key].hi, state.sort) == (figure, None)


def test_at_least_only_a_figure_stays_a_floor(vocab):
    assert _spec("电池最少只要4500mAh", vocab, "battery_mah") == (4500.0, None)


def test_the_most_memory_without_a_figure_still_orders(vocab):
    assert _state("运存最多的", vocab).sort == Sort("ram_gb", True)


@pytest.mark.parametrize("text", ["Poco以外都不要 电池最少要4500mAh", "三星不要 电池至少5000毫安"])
def test_a_refusal_before_a_spaced_clause_break_does_not_turn_the_next_bound(vocab, text):
    assert _spec(text, vocab, "battery_mah")[1] is None


def test_a_refusal_spaced_before_its_own_figure_still_turns_it(vocab):
    assert _spec("不要 5000毫安以上的", vocab, "battery_mah") == (None, 5000.0)


# --- "straight" before a refusal said after the mention

@pytest.mark.parametrize("text, series", [("只看TECNO，Spark系列直接pass", "Spark"), ("只看三星，Galaxy S直接pass。", "Galaxy S")])
def test_a_series_passed_on_straight_is_refused_and_the_brand_kept(vocab, text, series):
    constraints = _constraints(text, vocab)
    assert (constraints.exclude_series, constraints.series) == (frozenset({series}), frozenset())


@pytest.mark.parametrize("text, brand", [("三星直接pass", "Samsung"), ("华为直接不考虑", "Huawei")])
def test_a_brand_refused_straight_is_refused(vocab, text, brand):
    assert _refused_and_wanted(text, vocab) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text", ["直接要三星", "三星直接买"])
def test_a_brand_wanted_straight_stays_wanted(vocab, text):
    assert _refused_and_wanted(text, vocab) == (frozenset(), frozenset({"Samsung"}))


# --- an ordering by price said "in ... order"

@pytest.mark.parametrize("text, descending", [("想换手机！price in low to high order，感謝", False), ("price in high to low order", True)])
def test_price_in_an_order_sorts_by_price(vocab, text, descending):
    assert _state(text, vocab).sort == Sort("price", descending)


def test_price_in_a_range_is_no_ordering(vocab):
    assert _state("price in 300 range", vocab).sort is None
