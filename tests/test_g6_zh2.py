"""Chinese wordings of the blind-6 error analysis, second round (issue 9), each read as a general rule."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs).get(key)
    return None if bound is None else (bound.lo, bound.hi)


# --- a figure said to be enough, then more refused

@pytest.mark.parametrize("text, key, figure", [
    ("存储128G就够，不要更大", "storage_gb", 128.0), ("电池四千毫安就夠，不要更大", "battery_mah", 4000.0),
    ("存储64GB就行，不用再大了", "storage_gb", 64.0), ("屏幕6.5吋就够，不要更大", "screen_in", 6.5),
])
def test_a_figure_said_enough_with_more_refused_is_a_ceiling(vocab, text, key, figure):
    assert _spec(text, vocab, key) == (None, figure)


def test_a_figure_said_enough_alone_stays_a_floor(vocab):
    assert _spec("运行内存8G就够", vocab, "ram_gb") == (8.0, None)


# --- the least said as a standard, a requirement or a mark to reach

@pytest.mark.parametrize("text, key, figure", [
    ("屏幕最低标准6.8寸", "screen_in", 6.8), ("屏幕最低要求是6.7寸", "screen_in", 6.7),
    ("前置最低标准1600万像素", "front_camera_mp", 16.0), ("屏幕要达到六点六寸", "screen_in", 6.6),
    ("电池得达到5000毫安", "battery_mah", 5000.0),
])
def test_a_lowest_standard_or_a_mark_to_reach_is_a_floor(vocab, text, key, figure):
    assert _spec(text, vocab, key) == (figure, None)


def test_a_bare_screen_size_stays_about_the_figure(vocab):
    assert _spec("屏幕6.6寸", vocab, "screen_in") == (6.45, 6.75)


# --- a chip's level

@pytest.mark.parametrize("text", ["至少和骁龙695一个水平", "至少和骁龙8 Gen 2同一个水平", "起码天玑9000级别"])
def test_a_chip_level_is_a_chip_floor(vocab, text):
    constraints = _constraints(text, vocab)
    assert constraints.chipset is None
    assert dict(constraints.specs)["chip_score"].hi is None


def test_a_chip_named_without_a_level_stays_the_chip_wanted(vocab):
    assert _constraints("要骁龙8 Gen 2", vocab).chipset == "Snapdragon 8 Gen 2"


# --- a maker pointed at and refused

@pytest.mark.parametrize("text, chip", [("联发科这家的不行", "MediaTek"), ("骁龙这家的不要", "Snapdragon")])
def test_a_chip_maker_pointed_at_and_refused_is_refused(vocab, text, chip):
    constraints = _constraints(text, vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset({chip}))


def test_a_brand_pointed_at_and_refused_is_refused(vocab):
    assert _constraints("三星那个牌子的不要", vocab).exclude_brands == frozenset({"Samsung"})


def test_a_chip_maker_pointed_at_and_accepted_stays_wanted(vocab):
    constraints = _constraints("联发科这家的就行", vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == ("MediaTek", frozenset())


# --- chip shorthands

@pytest.mark.parametrize("text", ["芯片：G99", "心脏用G99", "处理器要g99"])
def test_a_helio_model_after_a_chip_word_is_that_chip(vocab, text):
    assert _constraints(text, vocab).chipset == "MediaTek Helio G99"


def test_a_helio_model_without_a_chip_word_is_no_chip(vocab):
    assert _constraints("想要G99", vocab).chipset is None


@pytest.mark.parametrize("text, chip", [("要D700这款芯片", "Dimensity 700"), ("d1200的芯片", "Dimensity 1200")])
def test_a_d_glued_to_a_hundreds_model_is_a_dimensity(vocab, text, chip):
    assert _constraints(text, vocab).chipset == chip


def test_a_spaced_d_before_a_figure_is_no_chip(vocab):
    assert _constraints("预算d 700", vocab).chipset is None
