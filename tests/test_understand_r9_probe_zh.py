"""The parser on Chinese shoppers' wordings found by probing (issue 9): Cantonese/Taiwan "X都得" / "X亦可以" / "X都OK"
add a brand as "X也行" does; 幾 (几) after a round figure is 多 ("四千幾"); "不用理" / "唔使理" / "别理" and 忘掉 let an
aspect go ("不用理重量了", "预算唔使理", "忘掉存储的要求"); "有咩分別" / "有什么分别" / "差别" ask for a comparison."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.request import Budget
from advisor.understanding.understand import understand
from tests.helpers import slots


def read(text, vocab):
    return understand(simplified(text), vocab)


# --- "X都得": X joins the wanted brands ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [("其實小米都得", "Xiaomi"), ("三星都OK", "Samsung"), ("小米亦可以", "Xiaomi"),
                                         ("谷歌都可以啦", "Google"), ("其实华为都行", "Huawei")])
def test_a_brand_said_fine_with_dou_joins_the_wanted_brands(vocab, text, brand):
    assert slots(read(text, vocab))["brands"] == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, brands", [("三星苹果都可以", {"Samsung", "Apple"}), ("华为小米都行", {"Huawei", "Xiaomi"}),
                                          ("OV都行", {"Oppo", "Vivo"})])
def test_dou_after_a_list_or_a_group_says_both_are_the_wish(vocab, text, brands):
    assert slots(read(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text", ["4G都得", "其实4G都可以", "4g亦得"])
def test_4g_said_fine_with_dou_or_yi_drops_5g(vocab, text):
    assert slots(read(text, vocab))["needs_5g"] == ("set", False)


def test_a_brand_refused_with_dou_stays_refused(vocab):
    read_slots = slots(read("三星都不要", vocab))
    assert (read_slots["exclude_brands"], read_slots["brands"]) == (("add", frozenset({"Samsung"})),
                                                                    ("remove", frozenset({"Samsung"})))


# --- 幾 after a round figure is 多 --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, budget", [
    ("想買支拍照好嘅手機，預算四千幾", Budget("CNY", 4000.0, 5000.0)), ("两千几块的手机", Budget("CNY", 2000.0, 3000.0)),
    ("預算一千幾人民幣", Budget("CNY", 1000.0, 2000.0)),
])
def test_ji_after_a_round_figure_is_that_figure_and_some(vocab, text, budget):
    assert slots(read(text, vocab))["budget"] == ("set", budget)


def test_ji_before_a_scale_is_no_figure(vocab):
    assert "budget" not in slots(read("几千块的手机都有吗", vocab))


# --- "pay it no mind" and "forget" let an aspect go ----------------------------------------------------------------

@pytest.mark.parametrize("text, slot", [
    ("不用理重量了", "spec:weight_g"), ("重量唔使理", "spec:weight_g"), ("預算唔使理", "budget"), ("唔好理價錢", "budget"),
    ("别理价格了", "budget"), ("忘掉存储的要求", "spec:storage_gb"), ("预算忘掉吧", "budget"), ("存储的要求忘了吧", "spec:storage_gb"),
    ("忘记内存", "spec:ram_gb"),
])
def test_paying_no_mind_or_forgetting_an_aspect_clears_it(vocab, text, slot):
    assert slots(read(text, vocab))[slot] == ("clear", None)


@pytest.mark.parametrize("text", ["预算不理想", "别忘记预算", "不要忘记内存"])
def test_li_of_ideal_and_do_not_forget_clear_nothing(vocab, text):
    assert all(u.op != "clear" for u in read(text, vocab).updates)


def test_forgot_to_say_the_budget_sets_it(vocab):
    assert slots(read("预算忘了说，3000以内", vocab))["budget"] == ("set", Budget("CNY", None, 3000.0))


# --- 分别 / 差别 asked about two phones: a comparison ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["iphone 15 同 iphone 16 有咩分別", "iphone 15 和 iphone 16 有什么分别",
                                  "pixel 8a跟galaxy s24差别大吗", "pixel 8a 同 pixel 7a 的分别"])
def test_asking_the_difference_between_two_phones_compares_them(vocab, text):
    request = read(text, vocab)
    assert (request.followup is not None and request.followup.kind, len(request.followup.refs)) == ("compare", 2)
    assert "brands" not in slots(request)


def test_fenbie_as_each_is_no_comparison(vocab):
    request = read("它们分别多少钱", vocab)
    assert request.followup is None or request.followup.kind != "compare"
