"""A sub-brand refused alone ("no Redmi", "红米的也不要") refuses its series, not its whole brand (issue 9)."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["no Redmi", "no redmi", "红米的也不要", "红米就算了", "skip redmi please",
                                  "紅米不考慮", "anything but a redmi"])
def test_a_refused_sub_brand_alone_refuses_its_series(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("exclude_series"), "exclude_brands" in found, "brands" in found) == \
        (("add", frozenset({"Redmi"})), False, False)


def test_a_refused_sub_brand_beside_a_refused_brand_refuses_each_its_own(vocab):
    found = slots(understand("oppo的不要 红米的也不要", vocab))
    assert (found["exclude_brands"], found["exclude_series"]) == (("add", frozenset({"Oppo"})), ("add", frozenset({"Redmi"})))


@pytest.mark.parametrize("text", ["Xiaomi but no Redmi", "小米但不要红米"])
def test_the_brand_named_with_its_refused_sub_brand_stays_wanted(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["brands"], found["exclude_series"], "exclude_brands" in found) == \
        (("set", frozenset({"Xiaomi"})), ("add", frozenset({"Redmi"})), False)


@pytest.mark.parametrize("text", ["小米和红米都不要", "no xiaomi or redmi"])
def test_the_brand_refused_with_its_sub_brand_is_refused_whole(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Xiaomi"}))


@pytest.mark.parametrize("text", ["红米的手机", "I want a redmi"])
def test_a_wanted_sub_brand_still_wants_its_brand(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["brands"], "exclude_series" in found) == (("set", frozenset({"Xiaomi"})), False)


def test_a_refused_plain_brand_word_is_still_the_brand(vocab):
    found = slots(understand("no oppo", vocab))
    assert (found["exclude_brands"], "exclude_series" in found) == (("add", frozenset({"Oppo"})), False)


@pytest.mark.parametrize(("text", "brands"), [
    ("no realme/redmi", {"Realme"}), ("不要vivo和红米", {"Vivo"}), ("vivo和红米都不要", {"Vivo"}),
    ("vivo、oppo、红米的都不考虑", {"Vivo", "Oppo"}),
])
def test_a_sub_brand_closing_a_refused_list_of_other_brands_refuses_them_and_its_series(vocab, text, brands):
    found = slots(understand(text, vocab))
    assert (found["exclude_brands"], found["exclude_series"], found["brands"]) == \
        (("add", frozenset(brands)), ("add", frozenset({"Redmi"})), ("remove", frozenset(brands)))


def test_a_refused_sub_brand_said_again_as_what_others_use_wants_nothing(vocab):
    found = slots(understand("红米就算了，宿舍一半人都用红米", vocab))
    assert (found["exclude_series"], "brands" in found) == (("add", frozenset({"Redmi"})), False)


def test_a_refused_brand_said_again_as_what_others_use_stays_refused(vocab):
    found = slots(understand("no samsung, everyone in my class uses a samsung", vocab))
    assert (found["exclude_brands"], found["brands"]) == (("add", frozenset({"Samsung"})), ("remove", frozenset({"Samsung"})))
