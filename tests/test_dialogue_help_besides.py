"""Help questions about what else the advisor does (issue 10, from the SEALED-4 dialogue failures): "你还会啥 besides
this?" and "can you do anything else or just phones?" ask about the advisor and change nothing; a bare "anything
else?" still asks for more phones, and a brand after "besides" is a request."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["你还会啥 besides this?", "what else can you do besides this?", "你还能干啥 besides this"])
def test_besides_this_in_a_help_question_is_help(session, text):
    shown = session.ask("phone under 500 dollars")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["can you do anything else or just phones?", "do you do anything else besides phones",
                                  "could you help me with anything else than phones?"])
def test_can_you_do_anything_else_is_help(session, text):
    shown = session.ask("phone under 500 dollars")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["anything else?", "what else?"])
def test_a_bare_anything_else_is_not_help(session, text):
    session.ask("phone under 500 dollars")
    assert session.ask(text).kind != "help"


def test_besides_a_brand_is_a_request(session):
    session.ask("phone under 500 dollars")
    answer = session.ask("besides samsung what do you have")
    assert answer.kind == "results"
