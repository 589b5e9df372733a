"""Conversation patterns of shoppers the advisor was not written next to (issue 10): a shown phone asked to be explained
by its place, compared with the phone just opened, chosen in Chinese, and asked which phone "this" is."""

from __future__ import annotations

import pytest

from advisor.errors import RequestError


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, place", [("explain the first one", 1), ("can you explain #2?", 2),
                                         ("explain the third pick please", 3), ("解释一下第二个", 2)])
def test_asking_to_explain_a_shown_phone_by_its_place_gives_the_reasons_for_that_phone(session, text, place):
    shown = session.ask("samsung phones").picks
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("why", [shown[place - 1].phone.id])



@pytest.mark.parametrize("text", ["and how does it stack up against the first one", "how does it measure up to the first?",
                                  "how does it fare against the first one"])
def test_weighing_the_phone_just_opened_against_a_shown_one_compares_the_two(session, text):
    shown = session.ask("samsung phones").picks
    session.ask("tell me more about the third one")
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("compare", [shown[2].phone.id, shown[0].phone.id])


@pytest.mark.parametrize("text", ["what phone is this?", "这是什么手机", "这是哪款手机啊"])
def test_asking_which_phone_this_is_after_a_list_opens_the_first_shown(session, text):
    shown = session.ask("samsung phones").picks
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("details", [shown[0].phone.id])


@pytest.mark.parametrize("text", ["what phone is this?", "这是什么手机"])
def test_asking_which_phone_this_is_with_nothing_shown_says_nothing_is_shown(session, text):
    with pytest.raises(RequestError):
        session.ask(text)



@pytest.mark.parametrize("text", ["what did I ask for so far?", "what's my budget again?", "what are my filters?",
                                  "现在的条件是什么", "我刚才说了哪些要求"])
def test_asking_what_was_said_so_far_answers_with_the_filters_in_force_and_changes_nothing(session, text):
    session.ask("honor phones with 12gb ram")
    before = (session.state.constraints, session.state.intents, session.state.sort)
    answer = session.ask(text)
    assert ((session.state.constraints, session.state.intents, session.state.sort), answer.kind, answer.notes) \
        == (before, "results", ())


@pytest.mark.parametrize("text", ["vs the first one?", "versus #1", "and vs the first?"])
def test_versus_a_shown_phone_after_the_details_of_another_compares_the_two(session, text):
    shown = session.ask("samsung phones").picks
    session.ask("the second one")
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("compare", [shown[1].phone.id, shown[0].phone.id])


@pytest.mark.parametrize("text, place", [("我就要第一个了", 1), ("那我就选第二个了", 2), ("买第三个吧", 3)])
def test_a_shown_phone_chosen_in_chinese_opens_that_phone(session, text, place):
    shown = session.ask("三星手机").picks
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("details", [shown[place - 1].phone.id])


@pytest.mark.parametrize("text", ["不要那么贵的", "没那么贵的有吗", "something not so expensive", "less pricey ones?"])
def test_refusing_the_price_shown_by_degree_asks_for_cheaper_phones_as_cheaper_does(small_advisor, text):
    said, known = small_advisor.session(), small_advisor.session()
    for session, wording in ((said, text), (known, "cheaper")):
        session.ask("samsung phones under $900")
        session.ask(wording)
    assert said.state.constraints.budget == known.state.constraints.budget
    assert known.state.constraints.budget.hi < 900


@pytest.mark.parametrize("text", ["less weight please", "one that weighs less", "不要那么重的"])
def test_asking_for_less_weight_asks_for_lighter_phones_as_lighter_does(small_advisor, text):
    said, known = small_advisor.session(), small_advisor.session()
    for session, wording in ((said, text), (known, "lighter")):
        session.ask("samsung phones")
        session.ask(wording)
    assert said.state.constraints.specs == known.state.constraints.specs != ()


@pytest.mark.parametrize("text", ["ok go with that one", "i'll take that one"])
def test_choosing_that_one_right_after_comparing_two_phones_asks_which_of_the_two(session, text):
    session.ask("samsung phones")
    compared = session.ask("compare the first two").focus
    answer = session.ask(text)
    assert (answer.focus, answer.notes) == (compared, ())
    assert all(phone.display_name in answer.text.splitlines()[0] for phone in compared)


def test_choosing_that_one_after_opening_a_phone_opens_it_again(session):
    session.ask("samsung phones")
    opened = session.ask("the third one").focus
    answer = session.ask("ok go with that one")
    assert (answer.kind, answer.focus) == ("details", opened)
