"""A phone's details asked in a mixed message (issue 10): Chinese "关于" for "about" in the English frame ("tell me
关于 Galaxy A34 的 details", "tell me more 关于 the Galaxy M54") and the details word closing the name after 的
("tell me about the Galaxy M54 的 specs?") ask about that one phone; "tell me 关于 5G phones" names none and stays a
search."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


_START = "samsung, under 600 usd"


@pytest.mark.parametrize(("text", "name"), [("tell me 关于 Galaxy A55 的 details", "Samsung Galaxy A55"),
                                            ("tell me more 关于 the Galaxy A15", "Samsung Galaxy A15"),
                                            ("tell me about the Galaxy A55 的 specs?", "Samsung Galaxy A55")])
def test_a_named_phone_asked_about_in_a_mixed_message_gets_its_details(session, text, name):
    session.ask(_START)
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.phone.display_name.rsplit(" ", 1)[0] for p in answer.picks] == [name]


def test_details_asked_in_a_mixed_message_keep_the_filters(session):
    before = session.ask(_START).constraints
    assert session.ask("tell me 关于 Galaxy A55 的 details").constraints == before


def test_about_a_kind_of_phone_in_a_mixed_message_stays_a_search(session):
    session.ask(_START)
    answer = session.ask("tell me 关于 5G phones")
    assert answer.kind == "results"
    assert answer.constraints.needs_5g is True
