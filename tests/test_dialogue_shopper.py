"""A conversation that follows the shopper (issue 10): references into the list on screen never re-rank it,
picks "among these" stay among these, a phone for someone else is a search of its own, and a named change is
taken back on its own."""

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, position", [("is #5 any good", 5), ("what about number 3?", 3),
                                            ("is number 2 any good?", 2), ("第四个怎么样", 4)])
def test_a_question_about_a_shown_position_opens_that_phone(session, text, position):
    shown = session.ask("phones under $900").picks
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.id for p in answer.focus] == [shown[position - 1].phone.id]


def test_a_question_about_a_shown_position_keeps_the_list_as_it_was(session):
    session.ask("phones under $900")
    before = session.state.shown
    session.ask("is #5 any good")
    assert session.state.shown == before


@pytest.mark.parametrize("text, positions", [("put 1, 2 and 3 side by side", [1, 2, 3]),
                                             ("compare 2, 3 and 4", [2, 3, 4]),
                                             ("对比一下前三个", [1, 2, 3]), ("compare the first two", [1, 2])])
def test_a_compare_of_shown_positions_compares_exactly_those_phones(session, text, positions):
    shown = session.ask("phones under $900").picks
    answer = session.ask(text)
    assert answer.kind == "compare"
    assert [p.id for p in answer.comparison.phones] == [shown[n - 1].phone.id for n in positions]


@pytest.mark.parametrize("text", ["which of these is the best value", "哪个性价比最高", "which one is the best bang for the buck?",
                                  "这几个哪个最划算"])
def test_the_best_value_among_these_is_one_of_the_shown_phones(session, text):
    shown = [p.phone.id for p in session.ask("phones under $900").picks]
    answer = session.ask(text)
    assert answer.kind == "details" and len(answer.focus) == 1
    assert answer.focus[0].id in shown


def test_the_best_value_among_these_changes_no_filter_and_keeps_the_list(session):
    before = session.ask("phones under $900")
    session.ask("which of these is the best value")
    assert session.state.constraints == before.constraints and session.state.intents == ()
    assert session.state.shown == tuple(p.phone.id for p in before.picks)


def test_the_best_value_among_these_is_the_cheaper_of_two_alike_phones(session):
    # the shown list is a Pixel 8a and a Pixel 9 Pro when the shopper asks only for Pixels of 2024
    session.ask("google pixel from 2024")
    answer = session.ask("which of these is the best value")
    assert answer.focus[0].family == "Pixel 8a"
