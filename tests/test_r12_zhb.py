"""SEALED-11 wordings (issues 9, 10): someone's first phone ever is no shown position ("给闺女买她第一部手机",
"my son's first phone"), and a brand refused after its "的" refuses the brand even when one of its phones is on the
list ("荣耀的先pass掉哈"), and Chinese typed by its sound ("八千一下", "三心", "从新来") is read as the word meant, and the northern 头一个 is the first shown phone."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", [
    "给闺女买她第一部手机 屏幕别太大 6.5寸以下",
    "兒子人生第一台手機 屏幕唔好太大 6.5寸以下",
    "my son's very first smartphone, screen not too big, 6.5 inches or less",
    "her first phone, screen under 6.5 inches",
])
def test_someones_first_phone_is_a_search_not_the_first_shown_phone(session, text):
    answer = ask_all(session, text)
    assert answer.kind == "results"
    assert answer.constraints.spec("screen_in") == Bound(hi=6.5)


@pytest.mark.parametrize("text", ["第一部手机屏幕多大", "first phone, how big is the screen?"])
def test_the_first_phone_with_no_owner_still_points_at_the_list(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (1,)


_BIG_BATTERY = ("电池5600毫安以上", "预算2000以内")


@pytest.mark.parametrize("text", ["荣耀的先pass掉哈", "榮耀的暫時不考慮了", "荣耀的也不要了"])
def test_a_brand_refused_after_its_de_refuses_the_brand_though_one_of_its_phones_is_shown(session, text):
    shown = ask_all(session, *_BIG_BATTERY)
    assert any(pick.phone.brand == "Honor" for pick in shown.picks)
    answer = ask_all(session, text)
    assert answer.kind == "results"
    assert set(answer.constraints.exclude_brands) == {"Honor"}


def test_the_shown_brand_asked_about_after_its_de_still_opens_its_phone(session):
    ask_all(session, *_BIG_BATTERY)
    assert ask_all(session, "荣耀的咋样").kind == "details"


def _budget_hi(vocab, text):
    (update,) = [u for u in understand(text, vocab).updates if u.slot == "budget"]
    return update.value.hi


@pytest.mark.parametrize("text, hi", [("价格在八千一下", 8000), ("预算一万一下", 10000), ("5000块一下的", 5000)])
def test_a_ceiling_typed_by_its_sound_as_yixia_is_below(vocab, text, hi):
    assert _budget_hi(vocab, text) == hi


def test_yixia_after_a_verb_is_no_ceiling(vocab):
    request = understand("预算8000 帮我看一下", vocab)
    assert [u.value.hi for u in request.updates if u.slot == "budget"] == [8000]


@pytest.mark.parametrize("text", ["要三心的", "想买三心手机"])
def test_the_brand_typed_by_its_sound_is_read(vocab, text):
    assert [u.value for u in understand(text, vocab).updates if u.slot == "brands"] == [frozenset({"Samsung"})]


def test_sanxin_eryi_names_no_brand(vocab):
    assert not [u for u in understand("我有点三心二意", vocab).updates if u.slot == "brands"]


@pytest.mark.parametrize("text", ["全不要了 从新来吧", "咱们从新开始吧", "從新來過"])
def test_starting_over_typed_by_its_sound_resets(vocab, text):
    assert understand(text, vocab).reset


@pytest.mark.parametrize("text", ["头一个是啥牌子的 给俺唠唠", "頭一台多少錢", "头一款怎么样"])
def test_the_northern_touyi_points_at_the_first_shown_phone(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (1,)
