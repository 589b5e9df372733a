"""Traditional-Chinese, Cantonese and mixed Chinese-English readings of SEALED-8 turns (issue 10): 比较 as the adverb
"rather" before an adjective is no comparison ("螢幕大一點比較好，6.5 吋以上"); Cantonese 係 / 嗰 / 嚟 / 咗 / 晒 / 唔該 read
in their Mandarin form ("最平嗰部係咩嚟㗎", "都係重新嚟過啦", "多謝晒"); "it" dismissed by "remove" / "去掉" is the aspect
let go ("screen size 不限了, remove it"); the phone in focus compared on an aspect ("這支的相機跟 iPhone 15 比起來差多少");
"can you help me pick a phone?" is the help question "你能帮我选个手机吗" is."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import FOCUS
from advisor.understanding.normalize import simplified
from advisor.understanding.request import Bound, SlotUpdate
from advisor.understanding.understand import understand


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def read(text, vocab):
    return understand(simplified(text), vocab)


# --- 比较 before an adjective: "rather", not "compare" -------------------------------------------------------------

@pytest.mark.parametrize("text, slot, bound", [
    ("螢幕大一點比較好，6.5 吋以上，他眼睛不太好", "spec:screen_in", Bound(lo=6.5)),
    ("电池比较大的好，5000毫安以上", "spec:battery_mah", Bound(lo=5000.0)),
    ("重量轻一点比较好，180克以下", "spec:weight_g", Bound(hi=180.0)),
])
def test_bijiao_before_an_adjective_is_no_comparison(vocab, text, slot, bound):
    request = read(text, vocab)
    assert request.followup is None
    assert SlotUpdate(slot, "set", bound) in request.updates


@pytest.mark.parametrize("text, refs", [("比较三星S24和第二个", ("Galaxy S24", 2)),
                                        ("第一个和第二个比较", (1, 2)), ("比较一下第一个和第三个", (1, 3))])
def test_bijiao_before_phones_still_compares(vocab, text, refs):
    request = read(text, vocab)
    assert request.followup is not None and request.followup.kind == "compare"
    assert request.followup.refs == refs


def test_a_screen_floor_said_with_bijiao_is_kept_in_the_session(session):
    session.ask("想幫阿公買一支手機，不要超過 200 美元")
    answer = session.ask("螢幕大一點比較好，6.5 吋以上，他眼睛不太好")
    assert answer.kind == "results"
    assert dict(answer.constraints.specs)["screen_in"] == Bound(lo=6.5)


# --- Cantonese words read before and after the character conversion ------------------------------------------------

@pytest.mark.parametrize("text, said", [("最平嗰部係咩嚟㗎？", "最便宜那部是什么来㗎？"), ("佢係咪5G㗎", "它是不是5G㗎"),
                                        ("講錯咗，預算係 1500", "讲错了，预算是 1500"), ("唔該晒", "谢谢晒")])
def test_cantonese_words_are_read_in_their_mandarin_form(text, said):
    assert simplified(text) == said


@pytest.mark.parametrize("text, said", [("沒關係", "没关系"), ("係數", "系数"), ("聯係客服", "联系客服"),
                                        ("小米14系列", "小米14系列")])
def test_the_xi_of_relation_and_series_is_no_cantonese_is(text, said):
    assert simplified(text) == said


def _cheapest_shown(answer):
    return min((p.phone for p in answer.picks), key=lambda phone: phone.price("USD")).id


@pytest.mark.parametrize("text", ["最平嗰部係咩嚟㗎？", "最平嗰個係咩？", "嗰啲入面最平嗰部係咩型號？"])
def test_the_cheapest_that_one_in_cantonese_opens_the_cheapest_shown(session, text):
    listed = session.ask("預算最多 800 美金")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone.id == _cheapest_shown(listed)
    assert answer.constraints == listed.constraints


@pytest.mark.parametrize("text", ["都係重新嚟過啦，之前啲條件全部唔要", "重新嚟過啦", "不如重新嚟過"])
def test_starting_over_in_cantonese_clears_every_filter(session, text):
    session.ask("預算最多 800 美金，唔要三星")
    answer = session.ask(text)
    assert answer.constraints.budget is None and not answer.constraints.exclude_brands


@pytest.mark.parametrize("text", ["多謝晒，你幫咗我好多", "唔該晒", "多謝晒"])
def test_cantonese_thanks_is_social_and_changes_nothing(session, text):
    listed = session.ask("預算最多 800 美金，唔要三星")
    answer = session.ask(text)
    assert answer.kind == "social"
    assert answer.constraints == listed.constraints


# --- "it" dismissed by a removing verb is the aspect let go, no phone --------------------------------------------

@pytest.mark.parametrize("text", ["算了 screen size 不限了, remove it", "screen size doesnt matter, remove it",
                                  "屏幕不限了，去掉它"])
def test_removing_it_after_releasing_an_aspect_is_no_phone_reference(vocab, text):
    request = read(text, vocab)
    assert request.followup is None
    assert SlotUpdate("spec:screen_in", "clear") in request.updates


def test_removing_it_lets_the_screen_filter_go_in_the_session(session):
    session.ask("samsung or google, max 900 dollars")
    kept = session.ask("screen not bigger than 6.7 inch pls")
    answer = session.ask("算了 screen size 不限了, remove it")
    assert answer.kind == "results"
    assert answer.constraints.spec("screen_in") is None
    assert answer.constraints.budget == kept.constraints.budget and answer.constraints.brands == kept.constraints.brands


def test_what_is_it_still_points_at_the_phone(vocab):
    request = read("what is it like?", vocab)
    assert request.followup is not None and request.followup.refs == (FOCUS,)


# --- the phone in focus compared on an aspect ------------------------------------------------------------------------

@pytest.mark.parametrize("text, refs", [("這支的相機跟 iPhone 15 比起來差多少", (FOCUS, "iPhone 15")),
                                        ("这个的电池跟第一个比起来差多少", (FOCUS, 1)),
                                        ("它的屏幕和第二个比起来怎么样", (FOCUS, 2))])
def test_the_phone_in_focus_compared_on_an_aspect(vocab, text, refs):
    request = read(text, vocab)
    assert request.followup is not None and request.followup.kind == "compare"
    assert request.followup.refs == refs
    assert not request.updates


# --- "can you help me pick a phone?" is the help question "你能帮我选个手机吗" is ---------------------------------------

@pytest.mark.parametrize("text", ["hi 你好, can you help me pick a phone? 我能问你些什么", "can you help me pick a phone?",
                                  "could you help me choose a new phone", "can u help me find a smartphone pls"])
def test_asking_for_help_picking_a_phone_is_help(session, text):
    assert session.ask(text).kind == "help"


@pytest.mark.parametrize("text", ["can you help me pick a samsung phone?", "can you help me pick a phone under 300?"])
def test_help_picking_a_phone_of_some_kind_is_a_request(session, text):
    assert session.ask(text).kind == "results"
