"""The message parser on Chinese wordings read wrongly before: ranks and priorities as orderings, 以里 as a ceiling,
'pad' as a tablet, bare figures as yuan, chips by their short names, and questions about the advisor itself."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, sort", [
    ("性能第一", Sort("performance", True)), ("电池第一", Sort("battery_mah", True)),
    ("续航第一", Sort("battery_mah", True)), ("拍照第一，3000以内", Sort("main_camera_mp", True)),
])
def test_an_aspect_ranked_first_orders_by_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("续航放第一位", Sort("battery_mah", True)), ("把电池放在第一位", Sort("battery_mah", True)),
    ("拍照摆第一位", Sort("main_camera_mp", True)),
])
def test_an_aspect_put_in_first_place_orders_by_it_and_points_at_no_shown_phone(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.followup) == (sort, None)


@pytest.mark.parametrize("text, sort", [
    ("优先考虑电池", Sort("battery_mah", True)), ("优先考虑性能，预算四千", Sort("performance", True)),
    ("首先看重续航", Sort("battery_mah", True)),
])
def test_an_aspect_considered_first_orders_by_it(vocab, text, sort):
    request = understand(text, vocab)
    assert (request.sort, request.intents) == (sort, ())


@pytest.mark.parametrize("text, hi", [("2500以里", 2500), ("1800以里的手机", 1800), ("三千以里，要小米", 3000)])
def test_yili_is_a_ceiling(vocab, text, hi):
    assert slots(understand(text, vocab))["budget"] == ("set", Budget("CNY", hi=hi))


@pytest.mark.parametrize("text", ["要个pad", "想买个pad看剧", "小米的pad有哪些", "要个 pad，2000以内"])
def test_pad_in_chinese_is_a_tablet(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"tablet"}))


@pytest.mark.parametrize("text, chip", [
    ("至少695的u", "Snapdragon 695"), ("u起码要695", "Snapdragon 695"), ("至少8200的u，预算2500", "MediaTek Dimensity 8200"),
    ("695以上的处理器", "Snapdragon 695"), ("处理器起码要9200", "MediaTek Dimensity 9200"),
])
def test_a_bare_model_beside_a_chip_word_is_a_chip_floor(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip]))


@pytest.mark.parametrize("text, chip", [
    ("处理器要骁龙8 Gen 2这个级别以上", "Snapdragon 8 Gen 2"), ("芯片要天玑9200这个档次以上", "MediaTek Dimensity 9200"),
    ("骁龙695那种水平往上", "Snapdragon 695"),
])
def test_this_level_or_above_is_a_chip_floor(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found["spec:chip_score"] == ("set", Bound(lo=vocab.chip_scores[chip])) and "chipset" not in found
