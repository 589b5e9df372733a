"""A chip floor said with a Cantonese comparative from the SEALED-10 traditional-Chinese failures (issue 10):
"處理器唔可以差過驍龍8 Gen 2" (X過Y, "more X than Y") refused is at least that chip, as "不能差于" is."""

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


def _chip(vocab, text):
    return slots(understand(text, vocab)).get("spec:chip_score")


@pytest.mark.parametrize("text", [
    "想搵部打機用嘅手機，處理器唔可以差過驍龍8 Gen 2，RAM要12G起跳", "處理器唔好弱過驍龍8 Gen 2", "CPU不能慢过骁龙8 Gen 2",
])
def test_a_refused_cantonese_worse_than_is_a_chip_floor(vocab, text):
    op, bound = _chip(vocab, text)
    assert op == "set" and bound.lo == _chip(vocab, "处理器不能差于骁龙8 Gen 2")[1].lo and bound.hi is None


def test_the_cantonese_comparative_keeps_the_ram_beside_it(vocab):
    found = slots(understand("處理器唔可以差過驍龍8 Gen 2，RAM要12G起跳", vocab))
    assert found["spec:ram_gb"][1].lo == 12.0


def test_worse_than_without_a_negation_is_a_ceiling(vocab):
    _op, bound = _chip(vocab, "處理器要差過驍龍8 Gen 2")
    assert bound.lo is None and bound.hi is not None
