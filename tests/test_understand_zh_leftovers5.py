"""Chinese leftovers strangers write (issue 9): Apple's "Pro" said after the brand ("苹果Pro系列") is the iPhone
Pro tier, not the iPad Pro; the traditional 圓 is 元 ("3000圓以內"); an English sort key with a Chinese direction
("sort by price 从低到高", "price从高到低"); Cantonese 平 for cheap ("最平嘅", "平啲")."""

from __future__ import annotations

import pytest

from advisor.catalog.aliases import load_aliases
from advisor.understanding.request import Budget, Relative, Sort
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, slots


@pytest.fixture(scope="module")
def apple_vocab():
    """Apple's phone and tablet lines as the catalog names them, and Huawei's Pro running through two series."""
    families = [("Apple", "iPhone 15"), ("Apple", "iPhone 15 Pro"), ("Apple", "iPhone 15 Pro Max"),
                ("Apple", "iPad Pro 11-inch"), ("Apple", "iPad Pro 13-inch"), ("Huawei", "Mate 60 Pro"),
                ("Huawei", "P60 Pro"), ("Huawei", "MatePad Pro 11")]
    return Vocabulary.build(brands=["Apple", "Huawei"], families=families, chipsets=[], reference_year=2024,
                            aliases=load_aliases(ALIASES))


@pytest.mark.parametrize("text", ["苹果Pro系列", "想看看苹果的Pro", "苹果pro系列的手机"])
def test_apple_pro_after_the_brand_is_the_iphone_pro_tier(apple_vocab, text):
    assert slots(understand(text, apple_vocab))["series"] == ("set", frozenset({("Apple", "iPhone # Pro")}))


def test_the_ipad_pro_named_as_such_is_still_the_tablet_line(apple_vocab):
    assert slots(understand("苹果iPad Pro", apple_vocab))["series"] == ("set", frozenset({("Apple", "iPad Pro")}))


def test_a_pro_that_runs_through_several_lines_of_the_brand_names_no_series(apple_vocab):
    assert "series" not in slots(understand("华为Pro系列", apple_vocab))


@pytest.mark.parametrize("text, hi", [("3000圓以內", 3000), ("两千圆以内的手机", 2000), ("預算5000圓", None)])
def test_the_traditional_yuan_sign_is_money(vocab, text, hi):
    budget = slots(understand(text, vocab))["budget"][1]
    assert budget.currency == "CNY" and (hi is None or budget.hi == hi)


@pytest.mark.parametrize("text, descending", [
    ("sort by price 从低到高", False), ("按price排序", False), ("price从高到低", True), ("sort by price，从高到低", True),
])
def test_an_english_price_key_with_a_chinese_direction_is_a_price_order(vocab, text, descending):
    read = understand(text, vocab)
    assert read.sort == Sort("price", descending) and not read.unread


@pytest.mark.parametrize("text", ["最平嘅手機", "最平的手机", "要最平嘅三星"])
def test_cantonese_cheapest_orders_by_price(vocab, text):
    read = understand(text, vocab)
    assert read.sort == Sort("price", False) and not read.unread


@pytest.mark.parametrize("text", ["平啲嘅", "再平啲", "有冇平啲嘅"])
def test_cantonese_cheaper_is_a_cheaper_request(vocab, text):
    assert understand(text, vocab).relative == (Relative("price", -1),)


@pytest.mark.parametrize("text", ["2000以下，拍照好点", "拍照好点", "2000以下，拍照好一点"])
def test_better_photos_said_with_a_short_a_bit_is_read_as_said_in_full(vocab, text):
    read = understand(text, vocab)
    assert read.relative == (Relative("main_camera_mp", 1),) and not read.unread


def test_a_ceiling_before_a_wish_for_better_photos_stays_the_budget(vocab):
    assert slots(understand("2000以下，拍照好点", vocab))["budget"][1] == Budget("CNY", None, 2000.0)


@pytest.mark.parametrize("text, relative", [
    ("1500以内，性能强一点", Relative("performance", 1)), ("3000上下，内存大点", Relative("ram_gb", 1)),
    ("预算2500，续航久一点", Relative("battery_mah", 1)), ("存储多一些", Relative("storage_gb", 1)),
])
def test_a_wish_for_a_bit_more_of_a_spec_beside_a_budget_is_that_spec_raised(vocab, text, relative):
    read = understand(text, vocab)
    assert read.relative == (relative,) and not read.unread
