"""The conversation on Chinese shoppers' wordings found by probing (issue 10): after a Chinese refusal verb a bare space
lists the refused brands ("不要oppo vivo" refuses both, not Vivo in Oppo's place), while a mark or a verb still says the
brand meant ("不要华为，荣耀", "不要三星 要小米"); a brand the platform in force rules out, said fine too ("苹果也行" after
"安卓的"), lets the platform go."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, refused", [
    ("不要oppo vivo", {"Oppo", "Vivo"}), ("哦对了 不要oppo vivo", {"Oppo", "Vivo"}), ("不要华为 荣耀", {"Huawei", "Honor"}),
    ("不看三星 苹果", {"Samsung", "Apple"}),
])
def test_brands_spaced_after_a_chinese_refusal_are_all_refused(session, text, refused):
    session.ask("预算5000以内")
    c = session.ask(text).constraints
    assert (c.brands, c.exclude_brands) == (frozenset(), frozenset(refused))


@pytest.mark.parametrize("text, wanted", [("不要华为，荣耀", "Honor"), ("不要三星 要小米", "Xiaomi"),
                                          ("不要华为了 要荣耀", "Honor"), ("不是三星 小米", "Xiaomi")])
def test_a_brand_after_a_mark_or_a_verb_is_the_one_meant(session, text, wanted):
    session.ask("预算5000以内")
    assert session.ask(text).constraints.brands == frozenset({wanted})


@pytest.mark.parametrize("first, then", [("安卓的", "苹果也行"), ("android phones please", "apple is fine too"),
                                         ("要安卓手机", "其實蘋果都得")])
def test_apple_said_fine_after_android_lets_the_platform_go(session, first, then):
    assert session.ask(first).constraints.platform == "android"
    c = session.ask(then).constraints
    assert (c.platform, c.brands) == (None, frozenset())


def test_a_brand_said_fine_after_ios_joins_apple(session):
    session.ask("ios only")
    c = session.ask("samsung is fine too").constraints
    assert (c.platform, c.brands) == (None, frozenset({"Apple", "Samsung"}))


def test_apple_said_fine_after_android_with_brands_joins_them(session):
    session.ask("安卓 三星的")
    c = session.ask("苹果也可以").constraints
    assert (c.platform, c.brands) == (None, frozenset({"Samsung", "Apple"}))


def test_an_android_brand_said_fine_after_android_keeps_the_platform(session):
    session.ask("安卓的")
    assert session.ask("小米也行").constraints.platform == "android"


@pytest.mark.parametrize("text", ["回上一步", "回去上一步", "返回上一步"])
def test_going_back_one_step_restores_the_filter_before(session, text):
    session.ask("我要一隻手機 螢幕小一點 6.1吋以下")
    before = session.ask("重量不要超過170克").constraints
    session.ask("其實6.3吋以下也可以")
    assert session.ask(text).constraints == before
