"""Single Chinese messages of shoppers read right (issue 9): a least year with a helping verb, the Dimensity written
by its sound, a thing the shopper does not know, a refused 4G network, and 比较 as "rather"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, year", [("太老的不要，起码得是22年出的", 2022), ("最少也要是2021年发布的", 2021),
                                        ("最少23年的", 2023), ("最低也得2023年的", 2023), ("最早是2021年", 2021)])
def test_an_at_least_word_with_a_helping_verb_before_a_year_is_its_floor(vocab, text, year):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound(lo=year))


def test_an_at_most_word_before_a_year_stays_its_ceiling(vocab):
    assert slots(understand("最多是2022年的", vocab))["spec:year"] == ("set", Bound(hi=2022))


@pytest.mark.parametrize("text", ["要天机芯片的", "天机处理器的就行", "天机的u"])
def test_tianji_said_with_a_chip_word_is_the_dimensity(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Dimensity")


def test_tianji_without_a_chip_word_is_no_chip(vocab):
    assert "chipset" not in slots(understand("天机不可泄露 你推荐吧", vocab))


@pytest.mark.parametrize("text, chip", [("要天机芯片的 骁龙的我不太懂", "Dimensity"),
                                        ("高通那些我也不了解，要天玑的", "Dimensity"),
                                        ("三星的我没研究过 要骁龙的", "Snapdragon")])
def test_a_thing_the_shopper_does_not_know_is_no_wish(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert (found["chipset"], "brands" in found) == (("set", chip), False)


@pytest.mark.parametrize("text", ["要骁龙的 我不懂这些", "我不懂手机 要骁龙的"])
def test_a_wish_said_apart_from_not_knowing_stands(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Snapdragon")


@pytest.mark.parametrize("text", ["4G的就别要了，现在谁还用4G", "不要四G的", "no 4g phones", "4G手机就算了"])
def test_a_refused_4g_network_wants_5g(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


@pytest.mark.parametrize("text", ["4G也行", "4g is fine"])
def test_4g_allowed_still_lets_5g_go(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text", ["4G内存的不要", "不要4+64G的"])
def test_refused_4g_of_memory_says_nothing_of_the_network(vocab, text):
    assert "needs_5g" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["我自拍比较多 要oppo的", "打游戏比较多 OPPO的吧", "我比较在意 oppo的拍照"])
def test_bijiao_as_rather_asks_no_comparison(vocab, text):
    request = understand(text, vocab)
    assert (request.followup, slots(request)["brands"]) == (None, ("set", frozenset({"Oppo"})))


@pytest.mark.parametrize("text", ["比较一下第一个和第二个", "第一个和第二个比较"])
def test_bijiao_as_compare_still_compares(vocab, text):
    assert understand(text, vocab).followup.kind == "compare"
