"""References to the phones on screen in the many ways shoppers write them (issue 10): positions in words, digits,
labels, typos and from the end of the list, inside questions, and the phones compared on both sides of a keyword."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Followup
from advisor.understanding.understand import understand


@pytest.mark.parametrize("text, position", [
    ("1st one pls", 1), ("the secnd one", 2), ("tell me abt the thrid", 3), ("no. 1 plz", 1), ("nr 2", 2),
    ("the secnod one", 2), ("fourht one pls", 4), ("detials of #2", 2),
    ("show me option #4", 4), ("item 2", 2), ("the top pick", 1), ("and the one at the top?", 1),
    ("the bottom one", -1), ("second from last?", -2), ("the forth one", 4),
    ("那就第一个吧", 1), ("最后那个", -1), ("最上面那款", 1), ("排第一的那个详细说说", 1), ("倒数第一个", -1), ("二号机", 2),
])
def test_a_position_in_words_digits_labels_or_typos_asks_about_that_phone(vocab, text, position):
    assert understand(text, vocab).followup == Followup("details", (position,))


@pytest.mark.parametrize("text, position", [
    ("how's the camera on the 2nd?", 2), ("is number 3 waterproof?", 3), ("item 2 — screen size?", 2),
    ("what's the price of the 3rd one?", 3), ("3号多重", 3), ("第一个电池多大", 1), ("why is the top pick ranked first?", 1),
])
def test_a_question_about_one_position_is_about_that_phone(vocab, text, position):
    assert understand(text, vocab).followup.refs == (position,)


@pytest.mark.parametrize("text", ["no 5g phones under $300?", "what's the battery on a 5000mah phone?",
                                  "phones from the last two years", "近两年的手机"])
def test_numbers_with_units_or_spans_of_time_are_no_positions(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or all(not isinstance(r, int) for r in followup.refs)


@pytest.mark.parametrize("text, refs", [
    ("compare the last two", (-2, -1)), ("最后两款对比一下", (-2, -1)), ("how does the 2nd compare to the 4th", (2, 4)),
    ("第一个跟第三个比一下", (1, 3)), ("1 vs 3?", (1, 3)),
])
def test_phones_compared_from_the_end_or_on_both_sides_of_the_keyword(vocab, text, refs):
    assert understand(text, vocab).followup == Followup("compare", refs)


@pytest.mark.parametrize("text, refs", [("那它跟第一个比呢", (0, 1)), ("那么它和第二个相比呢", (0, 2))])
def test_a_pronoun_after_a_conjunction_is_the_phone_in_focus(vocab, text, refs):
    assert understand(text, vocab).followup == Followup("compare", refs)


@pytest.mark.parametrize("text, position", [("the one in second place?", 2), ("the winner", 1), ("看下第二个", 2)])
def test_a_place_on_the_list_or_a_look_at_it_is_a_position(vocab, text, position):
    assert understand(text, vocab).followup == Followup("details", (position,))


def test_phones_named_before_side_by_side_are_compared(vocab):
    assert understand("show me the first 3 side by side", vocab).followup == Followup("compare", (1, 2, 3))


@pytest.mark.parametrize("text", ["would you recommend it", "这个重不重", "它是什么处理器"])
def test_questions_about_the_phone_in_focus_ask_about_it(vocab, text):
    assert understand(text, vocab).followup.refs == (0,)


@pytest.mark.parametrize("text", ["我要7", "要5"])
def test_a_bare_number_after_other_words_is_no_position(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "details"


@pytest.mark.parametrize("text, refs", [("is 2 better than 3?", (2, 3)), ("show me number 2 and 4", (2, 4))])
def test_two_positions_weighed_or_shown_together_are_compared(vocab, text, refs):
    assert understand(text, vocab).followup == Followup("compare", refs)


def test_the_second_of_those_is_the_second_shown(vocab):
    assert understand("tell me more about the second of those", vocab).followup == Followup("details", (2,))


@pytest.mark.parametrize("text, ref", [("第二个有没有5G", 2), ("第三个贵不贵", 3), ("它有没有NFC", 0)])
def test_a_not_a_questions_about_a_shown_phone_ask_about_it(vocab, text, ref):
    assert understand(text, vocab).followup.refs == (ref,)


def test_an_a_not_a_question_about_phones_in_general_is_a_request(vocab):
    assert understand("有没有5G的手机", vocab).followup is None
