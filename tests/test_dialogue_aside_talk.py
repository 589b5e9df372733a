"""Social and help turns with words about the talk itself (issue 10, from the SEALED-3 dialogue failures): saying
one knows where one stands ("我心里有数了", "I have a good idea now") is social, and a help question with an aside
("what is this bot for anyway", "话说你到底能干嘛", "你能做什么 btw") is help; neither changes the search."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", [
    "嗯嗯 我心里有数了", "好的 心里有数了", "明白了 心中有数", "大概有谱了 谢谢",
    "got it, I have a good idea now", "ok I've got a clear picture now",
])
def test_saying_one_knows_where_one_stands_is_social_and_changes_nothing(session, text):
    shown = session.ask("要一台5G手机，不要vivo和oppo")
    answer = session.ask(text)
    assert answer.kind == "social"
    assert answer.constraints == shown.constraints


def test_knowing_where_one_stands_then_a_wish_is_a_request(session):
    session.ask("要一台手机，不要vivo")
    answer = session.ask("心里有数了，再看看5G的")
    assert answer.kind == "results"
    assert answer.constraints.needs_5g


@pytest.mark.parametrize("text", [
    "what is this bot for anyway", "so what can you do anyway?", "anyway, how does this thing work",
    "你能做什么 btw", "话说你到底能干嘛", "所以你到底是做什么的", "顺便问一下，你能做什么",
])
def test_a_help_question_with_an_aside_is_help_and_changes_nothing(session, text):
    shown = session.ask("under 900$, 6.1 inch screen or bigger")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, brand", [("anyway show me samsung", "Samsung"), ("话说有没有小米", "Xiaomi")])
def test_an_aside_before_a_brand_stays_a_request(session, text, brand):
    session.ask("under 900$")
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints.brands == frozenset({brand})



@pytest.mark.parametrize("text", ["what can you do lol", "你都能帮我做什么呀 顺便问下"])
def test_a_help_question_closed_by_laughter_or_an_aside_is_still_help(session, text):
    shown = session.ask("phones under $400")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", [
    "besides suggesting phones what else?", "apart from phone lists anything else?", "除了推荐手机还有什么？",
])
def test_what_else_after_naming_the_advisors_job_is_help_and_changes_nothing(session, text):
    shown = session.ask("under 900$, 6.1 inch screen or bigger")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["besides samsung what else?", "除了三星还有什么"])
def test_what_else_after_naming_a_brand_is_no_help_question(session, text):
    session.ask("under 900$, 6.1 inch screen or bigger")
    assert session.ask(text).kind != "help"
