"""Readings from SEALED-19's Chinese and mixed (sealed19-mxb*) dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a chip family or brand not trusted is refused, a refusal in a clause of its own after it too ----------------------

@pytest.mark.parametrize("text, slot, value", [
    ("联发科天玑的我不太放心，排除掉", "exclude_chipsets", "Dimensity"),
    ("天玑的，排除掉", "exclude_chipsets", "Dimensity"),
    ("骁龙的我不放心", "exclude_chipsets", "Snapdragon"),
    ("华为的我不太放心", "exclude_brands", "Huawei"),
    ("三星我信不过，排除了", "exclude_brands", "Samsung"),
])
def test_a_mention_not_trusted_or_then_excluded_is_refused(vocab, text, slot, value):
    read = slots(understand(text, vocab))
    assert read[slot][0] == "add" and value in read[slot][1]


@pytest.mark.parametrize("text, slot, value", [("华为的我很放心", "brands", frozenset({"Huawei"})),
                                               ("我要天玑的，放心", "chipset", "Dimensity")])
def test_a_mention_trusted_stays_the_wish(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == ("set", value)


# -- "要不换成X" (how about X) switches to the brand; "不想换成X" still refuses it -----------------------------------

@pytest.mark.parametrize("text, brand", [("要不换成三星吧 其他条件不变", "Samsung"), ("要不换成小米", "Xiaomi"),
                                         ("要不换个vivo吧", "Vivo")])
def test_how_about_switching_to_a_brand_sets_it(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({brand}))


@pytest.mark.parametrize("text", ["不想换成三星", "别换三星"])
def test_not_switching_to_a_brand_still_refuses_it(vocab, text):
    assert "Samsung" in slots(understand(text, vocab))["exclude_brands"][1]


def test_how_about_another_brand_replaces_it_and_keeps_the_rest(session):
    constraints = ask_all(session, "想买个iPhone 预算6000以内", "存储至少要256G", "要不换成三星吧 其他条件不变").constraints
    assert constraints.brands == {"Samsung"} and not constraints.exclude_brands
    assert constraints.budget.hi == 6000 and dict(constraints.specs)["storage_gb"].lo == 256


# -- "除了推手机你还会干啥" (推 for 推荐) asks what else the advisor does ----------------------------------------------

@pytest.mark.parametrize("text", ["除了推手机你还会干啥呀", "除了给我推手机你还能干嘛", "除了推机子还能做什么"])
def test_besides_its_job_said_short_is_a_help_question(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["除了三星还有啥", "推手机"])
def test_besides_a_brand_is_no_help_question(text):
    assert conversation_move(text) != "help"


# -- "话说" (by the way) before a question about a named phone asks about it, no brand filter -----------------------

@pytest.mark.parametrize("text", ["话说Pixel 8a这个咋样 值得买吗", "话说pixel 8a咋样", "顺便问一下 Pixel 8a怎么样"])
def test_by_the_way_before_a_named_phone_asks_its_details(session, text):
    answer = ask_all(session, "600刀以下，不要iPhone", text)
    assert answer.kind == "details" and not answer.constraints.brands
    assert answer.constraints.exclude_brands == {"Apple"}


def test_that_said_before_a_wish_is_still_the_wish(session):
    assert ask_all(session, "预算3000", "话说回来 还是要5G").constraints.needs_5g
