"""Brands the catalog does not carry ("only Meizu", "不要黑莓") are read as brands and said to be absent, never
dropped: a wish for one leaves nothing that matches (the answer shows the closest phones and what they break),
and the shopper is told the catalog has none of them."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


@pytest.mark.parametrize("text, brand", [
    ("只要魅族", "Meizu"), ("i want a meizu under 300 dollars", "Meizu"), ("a Fairphone please", "Fairphone"),
    ("想买个华硕的游戏手机", "Asus"), ("ROG phone", "Asus"), ("中兴的就行", "ZTE"), ("blackberry with a keyboard", "BlackBerry"),
])
def test_a_wish_for_an_absent_brand_is_kept_as_the_brand(vocab, text, brand):
    assert _constraints(text, vocab).brands == frozenset({brand})


def test_an_english_wish_for_an_absent_brand_says_the_catalog_has_none(vocab):
    assert understand("only meizu phones", vocab).notes == ("The catalog has no Meizu phones.",)


def test_a_chinese_wish_for_an_absent_brand_says_so_in_chinese(vocab):
    assert understand("只要魅族", vocab).notes == ("目录里没有Meizu的手机。",)


def test_refusing_an_absent_brand_says_there_were_none_to_refuse(vocab):
    result = understand("不要黑莓，3000以内", vocab)
    assert result.notes == ("目录里没有BlackBerry的手机。",)


def test_refusing_an_absent_brand_is_kept_as_an_exclusion(vocab):
    assert _constraints("no blackberry, under $300", vocab).exclude_brands == frozenset({"BlackBerry"})


def test_one_absent_brand_of_two_is_named_and_the_other_kept(vocab):
    result = understand("meizu or samsung", vocab)
    assert result.notes == ("The catalog has no Meizu phones.",)


@pytest.mark.parametrize("text", ["nothing over 170g", "a sharp camera", "lava red colour", "a cat-proof case"])
def test_everyday_words_that_are_also_brand_names_name_no_brand(vocab, text):
    constraints = _constraints(text, vocab)
    assert constraints.brands == frozenset() and constraints.exclude_brands == frozenset()


def test_a_shopper_asking_for_an_absent_brand_sees_the_note_and_the_closest_phones(small_advisor):
    answer = small_advisor.session().ask("只要魅族")
    assert answer.notes == ("目录里没有Meizu的手机。",) and not answer.exact and answer.picks
