"""Leftovers of read dialogue sets (issues 9 and 10): a bare 蚊 in a conversation sets a yuan budget and says it was a
guess; a sentence unsaid before a step back after a phone's details ("預算嗰句當我冇講過，退返上一步") takes that change
back, where a step back alone returns to the list."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget

START = "RAM要12G起跳，三星同蘋果都唔使考慮"


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def test_a_bare_man_budget_in_a_conversation_is_yuan(session):
    session.ask(START)
    assert session.ask("最多4000蚊").constraints.budget == Budget("CNY", hi=4000)


def test_a_bare_man_budget_in_a_conversation_says_the_yuan_was_guessed(session):
    session.ask(START)
    assert any("蚊" in note for note in session.ask("最多4000蚊").notes)


@pytest.mark.parametrize("text", ["唉，預算嗰句當我冇講過，退返上一步", "预算那句当我没说过，退回上一步", "价钱那句话不算，回上一步"])
def test_a_sentence_unsaid_before_a_step_back_after_details_takes_the_change_back(session, text):
    before = session.ask(START)
    session.ask("最多4000元")
    session.ask("第一部点样？")
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (before.constraints, ["restore"])


def test_a_step_back_alone_after_details_returns_to_the_list_and_keeps_the_budget(session):
    session.ask(START)
    session.ask("最多4000元")
    session.ask("第一部点样？")
    assert session.ask("退返上一步").constraints.budget == Budget("CNY", hi=4000)
