"""Money and spec readings from the SEALED-10 traditional-Chinese dialogue failures (issue 10): a counter (元, 块, 蚊)
after a figure counts the currency named before it ("美金250元以內") or apart from it ("用人民幣計，最多4000蚊");
Taiwan's slang "鎂" is dollars ("1300鎂以內"); "想要"/"希望" link a spec noun to its figure ("電池想要5000以上的")."""

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text, hi", [
    ("預算抓美金250元以內應該就夠", 250.0), ("美金300塊以內", 300.0), ("美元 500块以下", 500.0), ("$300元以内", 300.0),
    ("美金600蚊以下", 600.0),
])
def test_a_counter_after_the_figure_counts_the_currency_named_before_it(vocab, text, hi):
    assert budget_read(vocab, text) == ("USD", None, hi)


def test_a_counter_alone_is_still_yuan(vocab):
    assert budget_read(vocab, "3000元以内") == ("CNY", None, 3000.0)
    assert budget_read(vocab, "人民币3000块以内") == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, currency, hi", [
    ("我會返深圳買，所以用人民幣計，最多4000蚊", "CNY", 4000.0), ("用美金算，最多400块", "USD", 400.0),
    ("用人民币算吧，最多3000块", "CNY", 3000.0),
])
def test_a_counter_counts_the_currency_named_apart(vocab, text, currency, hi):
    assert budget_read(vocab, text) == (currency, None, hi)


def test_a_man_amount_alone_is_yuan_not_hong_kong_dollars(vocab):
    """蚊 alone counts the shopper's money, yuan unless Hong Kong dollars are named (it was read as HKD before)."""
    assert budget_read(vocab, "最多4000蚊") == ("CNY", None, 4000.0)


def test_a_man_amount_with_hong_kong_dollars_named_sets_no_budget(vocab):
    assert budget_read(vocab, "用港币计，最多4000蚊") is None


@pytest.mark.parametrize("text, lo, hi", [
    ("1300鎂以內都能接受", None, 1300.0), ("預算900鎂以下", None, 900.0), ("預算800鎂左右", 680.0, 920.0),
])
def test_mei_after_a_figure_is_dollars(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("USD", lo, hi)


def test_magnesium_alloy_is_no_money(vocab):
    assert budget_read(vocab, "镁铝合金机身，3000元以内") == ("CNY", None, 3000.0)


@pytest.mark.parametrize("text, slot, lo", [
    ("大一新生，預算大概300美金左右，電池想要5000以上的", "spec:battery_mah", 5000.0),
    ("电池希望5000以上", "spec:battery_mah", 5000.0), ("運存想要8以上", "spec:ram_gb", 8.0),
])
def test_want_links_a_spec_noun_to_its_figure(vocab, text, slot, lo):
    found = slots(understand(text, vocab))
    assert found[slot] == ("set", Bound(lo=lo))
    assert "budget" not in found or found["budget"][1].currency == "USD"


def test_the_budget_beside_a_wanted_battery_stays(vocab):
    assert budget_read(vocab, "預算大概300美金左右，電池想要5000以上的") == ("USD", 255.0, 345.0)
