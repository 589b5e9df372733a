"""Conversation moves past the edge of what was shown (issue 10): "next one" on the last phone of a page, "which of
the two is better" after a comparison, and a budget said to stretch with no new figure."""

from __future__ import annotations

import pytest

from advisor.errors import RequestError


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["next one", "下一个"])
def test_next_one_on_the_last_phone_of_a_page_opens_the_first_phone_after_it(session, text):
    session.ask("phones")
    session.ask("the last one")
    after = session.ranking().matches[5].phone
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == after.id


def test_next_one_on_the_last_phone_of_a_page_keeps_the_filters_and_the_list(session):
    shown = session.ask("phones")
    session.ask("the last one")
    answer = session.ask("next one")
    assert answer.constraints == shown.constraints and session.state.shown == tuple(p.phone.id for p in shown.picks)


def test_next_one_after_the_last_match_says_there_is_none(session):
    session.ask("only Google")
    session.ask("the last one")
    with pytest.raises(RequestError):
        session.ask("next one")


@pytest.mark.parametrize("text", ["这两个哪个好", "这俩哪个更好", "两个里哪个好"])
def test_which_of_the_two_is_better_after_a_comparison_compares_the_same_phones(session, text):
    session.ask("phones under $900")
    compared = session.ask("compare 1 and 2")
    answer = session.ask(text)
    assert answer.kind == "compare" and answer.focus == compared.focus


@pytest.mark.parametrize("text", ["预算可以再放宽一点", "budget can go a bit higher", "I can spend a bit more",
                                  "预算再高一点也行", "stretch the budget a little"])
def test_a_budget_said_to_stretch_raises_its_ceiling(session, text):
    session.ask("phones under $500")
    budget = session.ask(text).constraints.budget
    assert budget is not None and budget.lo is None and budget.hi is not None and budget.hi > 500


def test_a_budget_said_to_stretch_keeps_its_floor(session):
    session.ask("phones between $300 and $500")
    budget = session.ask("预算可以再放宽一点").constraints.budget
    assert budget is not None and budget.lo == 300 and budget.hi > 500


def test_a_budget_said_to_stretch_adds_no_need(session):
    session.ask("phones under $500")
    session.ask("I can spend a bit more")
    assert session.state.intents == ()


@pytest.mark.parametrize("text", ["三星的吧", "三星的就行"])
def test_a_brand_chosen_with_de_ba_after_a_list_narrows_to_that_brand(session, text):
    session.ask("phones under $1500")
    assert session.ask(text).constraints.brands == {"Samsung"}


def test_that_brand_one_with_ba_still_points_at_the_shown_phone(session):
    shown = session.ask("phones under $1500")
    assert any(p.phone.brand == "Samsung" for p in shown.picks)
    assert session.ask("那个三星的吧").kind == "details"


def test_the_one_above_the_first_match_is_the_phone_talked_about(session):
    session.ask("phones")
    first = session.ask("the first one").focus[0]
    assert session.ask("上面那款").focus == (first,)


@pytest.mark.parametrize("text", ["and the heaviest?", "the lightest?"])
def test_a_bare_superlative_asked_with_phones_on_screen_picks_among_them(session, text):
    shown = session.ask("phones under $900")
    session.ask("which one's the cheapest")
    answer = session.ask(text)
    weights = {p.phone.id: p.phone.spec("weight_g") for p in shown.picks}
    best = (max if "heaviest" in text else min)(weights.values())
    assert answer.kind == "details" and weights[answer.focus[0].id] == best
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text,added", [("再加个荣耀", "Honor"), ("再来个华为", "Huawei"), ("throw in oneplus", "OnePlus")])
def test_a_brand_added_with_wanted_brands_in_force_joins_them(session, text, added):
    session.ask("samsung under $600")
    assert session.ask(text).constraints.brands == {"Samsung", added}


def test_the_previous_one_after_the_details_of_a_listed_phone_is_the_phone_above(session):
    shown = session.ask("phones under $900")
    session.ask("看看第三个")
    answer = session.ask("上一个")
    assert answer.kind == "details" and answer.focus[0].id == shown.picks[1].phone.id


@pytest.mark.parametrize("text", ["再下一个", "然后下一个"])
def test_next_again_moves_one_further(session, text):
    shown = session.ask("phones under $900")
    session.ask("第二个")
    session.ask("下一个")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown.picks[3].phone.id
