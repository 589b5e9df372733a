"""Chinese wordings from blind-3's failures, each read as a general rule: the erhua yuan (块儿, 块儿钱) is 块, and a
bracketed Latin unit after the Chinese unit it glosses ("220克（g）", "1000迪拉姆(AED)") leaves the side word after it
("以上", "起") with the figure."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.normalize import unit_glosses
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


def _budget(text, vocab):
    b = _constraints(text, vocab).budget
    return (b.currency, b.lo, b.hi)


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs)[key]
    return (bound.lo, bound.hi)


@pytest.mark.parametrize("text", ["要3K块儿钱以上的，谢谢啦", "6千块儿以上的手机", "要一千二块儿以上的", "两千五块儿起的手机有哪些"])
def test_an_erhua_yuan_with_yishang_is_a_floor(vocab, text):
    lo = {"要3K块儿钱以上的，谢谢啦": 3000.0, "6千块儿以上的手机": 6000.0, "要一千二块儿以上的": 1200.0,
          "两千五块儿起的手机有哪些": 2500.0}[text]
    assert _budget(text, vocab) == ("CNY", lo, None)


@pytest.mark.parametrize("text, hi", [("价格1.5K块儿钱以下", 1500.0), ("价格6K块儿以下", 6000.0), ("两千块儿以内的手机", 2000.0)])
def test_an_erhua_yuan_with_yixia_is_a_ceiling(vocab, text, hi):
    assert _budget(text, vocab) == ("CNY", None, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("800块儿钱上下就行，推荐几款", 680.0, 920.0),
    ("预算一万块儿左右", 8500.0, 11500.0),
    ("两千块儿上下的手机", 1700.0, 2300.0),
])
def test_an_erhua_yuan_with_zuoyou_is_about_that_much(vocab, text, lo, hi):
    assert _budget(text, vocab) == ("CNY", lo, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("价位在8K块儿钱~12K块儿钱，有推荐的吗", 8000.0, 12000.0),
    ("三千块儿~三千五块儿之间", 3000.0, 3500.0),
    ("一千块儿钱到两千块儿钱的", 1000.0, 2000.0),
    ("1500块儿至2500块儿的华为", 1500.0, 2500.0),
])
def test_an_erhua_yuan_range_keeps_both_ends(vocab, text, lo, hi):
    assert _budget(text, vocab) == ("CNY", lo, hi)


def test_yikuai_er_meaning_together_reads_no_money(vocab):
    # 一块儿 ("together") becomes 一块, and one yuan is below any phone's price: not a budget
    assert _constraints("我们一块儿去挑个手机", vocab).budget is None


@pytest.mark.parametrize("text, lo, hi", [
    ("重量在220克（g）以上", 220.0, None),
    ("210克（g）或更重", 210.0, None),
    ("手感重點，210克（g）起", 210.0, None),
    ("机身200克(g)以下的", None, 200.0),
    ("重量不超过190克 (g)", None, 190.0),
])
def test_a_bracketed_gram_gloss_leaves_the_side_with_the_weight(vocab, text, lo, hi):
    assert _spec(text, vocab, "weight_g") == (lo, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("预算1000迪拉姆(AED)起", 1000.0, None),
    ("800迪拉姆(AED)以上吧", 800.0, None),
    ("1000迪拉姆(AED)到2500迪拉姆(AED)都可以", 1000.0, 2500.0),
    ("3000元(RMB)以上", 3000.0, None),
])
def test_a_bracketed_currency_code_leaves_the_side_with_the_amount(vocab, text, lo, hi):
    cur = "CNY" if "元" in text else "AED"
    assert _budget(text, vocab) == (cur, lo, hi)


@pytest.mark.parametrize("text", ["华为(HUAWEI)的手机", "三星(S系列)不要", "预算(rmb)三千", "256g(存储)以上"])
def test_brackets_that_gloss_no_chinese_unit_stay(text):
    # only a unit code right after the Chinese unit it spells out is dropped
    assert unit_glosses(text) == text


def test_a_bracketed_mah_gloss_leaves_the_side_with_the_battery(vocab):
    assert _spec("电池5000毫安(mAh)以上", vocab, "battery_mah") == (5000.0, None)
