"""SEALED-13 Chinese and mixed wordings (issues 9, 10): a phone named and asked about in Cantonese or Taiwan's words,
each beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


START = "三星手機 人民幣4000以內"


# -- a phone named and asked about ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "read"), [
    ("好唔好用", "好不好用"), ("得唔得", "得不得"), ("可唔可以幫我", "可不可以帮我"), ("Pixel 8a 點呀", "Pixel 8a 怎样呀"),
    ("第二部點呢", "第二部怎样呢")])
def test_a_cantonese_a_not_a_question_and_dim_after_a_phone_are_read_as_questions(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize(("said", "read"), [("唔好要三星", "不要三星"), ("便宜點呀", "便宜点呀"), ("大一點呢", "大一点呢")])
def test_a_refusal_and_a_bit_more_keep_their_reading(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize("text", ["Pixel 8a 點呀 好唔好用", "Pixel 8a 點呀", "Pixel 8a 好唔好用", "麻煩介紹一下 Pixel 8a 這支",
                                  "介紹一下 Pixel 8a 這個"])
def test_a_phone_named_and_asked_about_opens_it_and_filters_nothing(session, text):
    before = session.ask(START)
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0].family, answer.constraints) == ("details", "Pixel 8a", before.constraints)


def test_a_brand_refused_with_cantonese_wo_hou_stays_refused(session):
    assert ask_all(session, START, "唔好要Google").constraints.exclude_brands == frozenset({"Google"})
