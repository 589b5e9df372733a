"""Cantonese and Taiwan moves (issue 10): the last sentence taken back ("剛那句收回"), a step back said 退返, starting over
by "砍掉重練", help asked of "呢個程式" by someone who "唔係好識用", and "咁 X 又點呢" asking about a phone."""

from __future__ import annotations

import pytest

START = "三星手機，預算美金800以內"


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["剛那句收回，還是只看三星", "預算嗰句當我冇講過，退返上一步", "收回刚才那句话"])
def test_the_last_sentence_taken_back_restores_the_state_before_it(session, text):
    before = session.ask(START)
    session.ask("5G的")
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (before.constraints, ["restore"])


def test_cutting_it_all_down_starts_over_before_the_new_wish(session):
    session.ask(START)
    answer = session.ask("全部砍掉重練，我改成只看iPhone好了")
    assert (answer.constraints.brands, answer.constraints.budget) == (frozenset({"Apple"}), None)


@pytest.mark.parametrize("text", ["你呢個程式可以幫我做啲咩㗎？我唔係好識用", "你到底能幫我做哪些事"])
def test_help_asked_of_the_program_is_help(session, text):
    session.ask(START)
    assert session.ask(text).kind == "help"


def test_then_what_about_a_named_phone_in_cantonese_opens_it(session):
    session.ask(START)
    answer = session.ask("咁 Galaxy A55 又點呢？值唔值得買")
    assert (answer.kind, answer.focus[0].family, answer.constraints.brands) == ("details", "Galaxy A55", frozenset({"Samsung"}))


def test_a_cantonese_so_before_an_adjective_is_no_pointer(session):
    session.ask(START)
    assert session.ask("咁貴㗎").kind != "details"
