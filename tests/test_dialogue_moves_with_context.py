"""A help question or a thanks said with more words (issue 10, from the SEALED-7 dialogue failures): a message whose
clauses are one help question (or a thanks, a goodbye) and others that ask nothing about phones ("never used a bot
like this", "will check prices this weekend", "我去问问我爸的意见") is that move and changes nothing; a clause with a
wish, a comparison or a phone named beside it keeps the message a request."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _after_a_list(session, text):
    shown = session.ask("phone under 500 dollars")
    return shown, session.ask(text)


@pytest.mark.parametrize("text", [
    "hi, what can you actually do? never used a bot like this",
    "what can you do? first time using one of these chat things",
    "so what can you help with? my son set this up for me",
])
def test_help_question_with_words_about_the_shopper_is_help(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", [
    "what else can i ask u besides prices?",
    "what else can I ask you besides specs",
    "Could you remind me what sorts of things I can ask you here?",
    "remind me what kinds of questions I can ask",
])
def test_what_else_can_i_ask_and_remind_me_are_help(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", [
    "還有，你到底能幫我做什麼？說明一下",
    "我还能问你些什么？比如能比较吗",
    "我还可以问什么？例如能对比吗",
    "what can you do? 你能帮我选手机吗",
    "你能帮我挑手机吗",
])
def test_chinese_and_mixed_help_questions_with_more_clauses_are_help(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["你还能 do what? like compare phones?", "you can do what? like compare phones?",
                                  "你都会 do what? e.g. recommend phones?"])
def test_do_what_with_an_example_ability_is_help(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", [
    "ok jazakallah, will check prices at saddar this weekend",
    "ok shukriya, will go look at the market on sunday",
    "thanks a bunch, you've saved me an hour of reading reviews",
    "cheers, you've saved me a lot of reading",
    "Lovely, thanks - you've been a real help.",
    "great, thanks - you have been very patient",
    "Thanks so much, she'll be thrilled to finally retire her old flip phone",
    "thanks, he'll be glad to finally replace his old android phone",
])
def test_thanks_with_words_about_the_shopper_is_social(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "social"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", [
    "你們這個機器人還挺好用的，謝啦",
    "懂了，谢谢，我去问问我爸的意见",
    "好的，谢谢，我去问问我妈的想法",
    "多谢，挺有用的，我截图发给我老公看看",
    "ok 谢谢 bro, 明天去 mall 看",
    "好的谢谢，周末去店里看看",
])
def test_chinese_and_mixed_thanks_with_more_clauses_are_social(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "social"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["what can you do? I need a phone under 300", "hi what can you do? show me samsung phones"])
def test_help_question_beside_a_wish_is_a_request(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "results"
    assert answer.constraints != shown.constraints


@pytest.mark.parametrize("text", ["thanks! now show me only samsung", "thanks, and under 300 please", "谢谢，再便宜点"])
def test_thanks_beside_a_wish_is_a_request(session, text):
    shown, answer = _after_a_list(session, text)
    assert answer.kind == "results"
    assert answer.constraints != shown.constraints


def test_thanks_beside_a_comparison_is_a_comparison(session):
    _, answer = _after_a_list(session, "thanks, compare the first two")
    assert answer.kind == "compare"


def test_thanks_beside_a_taste_wish_is_a_request(session):
    _, answer = _after_a_list(session, "thanks, I need a good camera too")
    assert answer.kind != "social"


@pytest.mark.parametrize("text", ["what else?", "what about the battery"])
def test_what_else_and_what_about_are_not_help(session, text):
    _, answer = _after_a_list(session, text)
    assert answer.kind != "help"
