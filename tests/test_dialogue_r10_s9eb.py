"""Moves of SEALED-9 English sessions that went wrong (issue 10): a model name leading a question about it ("pixel 8 pro
- good for low light?") asks about that phone, no brand filter; "which of these came out most recently" points at the
newest shown phone; a figure put back with a reason after it that names another spec ("go back to the 250 cap, she'll
crack the screen in a week anyway") continues the budget; "what is it you do exactly? you are a computer program?" asks
for help; a praised battery then its figure is a battery floor; a brand a neighbour calls "also good" joins the brands."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ask_all(session, *texts):
    for text in texts:
        answer = session.ask(text)
    return answer


# --- a model name, then a question about it ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, model", [("pixel 8a - good for low light?", "Pixel 8a 128GB"),
                                         ("pixel 9 pro: worth it?", "Pixel 9 Pro 128GB"),
                                         ("pixel 7a any good?", "Pixel 7a 128GB")])
def test_a_model_name_leading_a_question_asks_about_that_phone(session, text, model):
    answer = _ask_all(session, "samsung or google under 1500 dollars", text)
    assert answer.kind == "details"
    assert [p.model for p in answer.focus] == [model]
    assert answer.constraints.brands == frozenset({"Samsung", "Google"})


def test_a_brand_alone_leading_a_question_is_still_a_wish(session):
    answer = _ask_all(session, "phones under 1500 dollars", "samsung good for gaming?")
    assert answer.kind != "details"
    assert answer.constraints.brands == frozenset({"Samsung"})


# --- "came out most recently" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["which of these came out most recently", "which one was released most recently",
                                  "which of them launched most recently?"])
def test_which_came_out_most_recently_points_at_the_newest_shown_phone(session, text):
    shown = session.ask("samsung phones under 2000 dollars")
    newest = max(p.phone.year for p in shown.picks)
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.year for p in answer.focus] == [newest]
    assert answer.constraints == shown.constraints


# --- a figure put back, a reason after it --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hmm no, go back to the 250 cap, she'll crack the screen in a week anyway",
                                  "no, back to 250, he drops every phone and breaks the screen",
                                  "ok back to the 250 limit. the battery was fine anyway"])
def test_a_figure_put_back_before_a_reason_naming_a_spec_continues_the_budget(session, text):
    answer = _ask_all(session, "a phone for $250 or less", "ok budget can stretch to 300 if its really worth it", text)
    assert answer.constraints.budget == Budget(currency="USD", hi=250.0)
    assert answer.constraints.specs == ()


def test_a_spec_named_before_its_figure_still_takes_the_figure(session):
    answer = _ask_all(session, "phones under 900 dollars with 512gb storage", "less storage, 256 will do")
    assert answer.constraints.spec("storage_gb") == Bound(lo=256.0)
    assert answer.constraints.budget == Budget(currency="USD", hi=900.0)


# --- what the advisor is -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["What is it you do exactly? You are a computer program?", "what is it that you do?",
                                  "you are a robot?"])
def test_asking_what_the_advisor_is_gets_help_and_keeps_the_state(session, text):
    before = session.ask("nokia or samsung under 50000 pkr")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == before.constraints


# --- a praised battery, a brand also good ----------------------------------------------------------------------------------

def test_a_praised_battery_then_its_figure_keeps_the_budget(session):
    answer = _ask_all(session, "nokia or samsung under 50000 pkr", "And battery must be good, 5000 at least")
    assert answer.constraints.spec("battery_mah") == Bound(lo=5000.0)
    assert answer.constraints.budget == Budget(currency="PKR", hi=50000.0)


@pytest.mark.parametrize("text", ["My neighbour says Motorola is also good, you can include it",
                                  "my brother says motorola would also be fine", "motorola is also ok"])
def test_a_brand_said_to_be_also_good_joins_the_brands_in_force(session, text):
    answer = _ask_all(session, "nokia or samsung under 50000 pkr", text)
    assert answer.constraints.brands == frozenset({"Nokia", "Samsung", "Motorola"})
