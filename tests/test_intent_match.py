"""Vague needs the keyword rules miss are read by the encoder's similarity to intent descriptions."""

import pytest

from advisor.intent_match import IntentMatcher


@pytest.fixture(scope="module")
def matcher(small_advisor):
    return IntentMatcher(small_advisor.resources.encoder)


def test_an_unlisted_english_need_lands_on_its_intent(matcher):
    assert matcher.match("fits my jeans front pocket easily") == "compact"


def test_small_talk_is_no_need(matcher):
    assert matcher.match("thanks a lot") is None


def test_chinese_is_left_to_the_keyword_rules_with_the_english_encoder(matcher):
    assert matcher.match("谢谢") is None


def test_an_empty_text_is_no_need(matcher):
    assert matcher.match("  ") is None
