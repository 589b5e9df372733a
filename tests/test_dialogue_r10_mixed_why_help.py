"""Mixed-language why and help turns (issue 10): a shown phone's position, then the why pointing back at it
("第3个 why推荐这个？", "the 3rd one, why recommend it?") asks why that phone was picked; a help question with an example
that compares no phone in particular ("你还能帮我查啥？like 对比 specs 那种?", "比如对比参数之类的") is help, while an
example naming phones stays a comparison."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


_START = "phone under 1000 usd"


@pytest.mark.parametrize("text", ["第3个 why推荐这个？", "the 3rd one, why recommend it?", "#3 why did you pick that one"])
def test_a_position_then_why_pointing_back_asks_why_that_phone(session, text):
    shown = session.ask(_START).picks
    answer = session.ask(text)
    assert answer.kind == "why"
    assert [p.phone.id for p in answer.picks] == [shown[2].phone.id]


@pytest.mark.parametrize("text", ["你还能帮我查啥？like 对比 specs 那种?", "你还能帮我查啥？比如对比参数之类的?",
                                  "what else can you do? like comparing prices and stuff?"])
def test_a_help_question_with_a_comparison_of_no_phone_is_help(session, text):
    before = session.ask(_START).constraints
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == before


def test_a_help_example_naming_phones_stays_a_comparison(session):
    session.ask(_START)
    assert session.ask("你还能帮我查啥？like 对比 Galaxy A55 和 Pixel 8a?").kind == "compare"
