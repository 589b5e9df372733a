"""A conversation through the Python API the bot uses: filters accumulate, answers stay honest."""

import pytest

from advisor.errors import RequestError
from advisor.match import matches


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def test_budget_request_returns_only_phones_within_it(session):
    answer = session.ask("best camera phone under $500")
    assert answer.exact and answer.picks
    assert all(p.phone.price("USD") <= 500 for p in answer.picks)
    assert answer.filters[0].slot == "budget"


def test_filters_accumulate_over_turns(session):
    session.ask("phones under $900")
    answer = session.ask("only Samsung")
    assert {p.phone.brand for p in answer.picks} == {"Samsung"}
    assert all(p.phone.price("USD") <= 900 for p in answer.picks)


def test_every_pick_satisfies_the_constraints_in_force(session):
    session.ask("at least 8GB RAM and 5000 mAh")
    answer = session.ask("anything except Xiaomi")
    assert answer.picks and all(matches(p.phone, answer.constraints) for p in answer.picks)


def test_impossible_request_says_so_and_offers_relaxed_alternatives(session):
    answer = session.ask("iPhone under $300")
    assert not answer.exact and answer.picks
    assert all(p.relaxed for p in answer.picks)
    assert "over your budget" in answer.picks[0].relaxed[0].text


def test_chinese_request_is_answered_in_chinese_with_yuan(session):
    answer = session.ask("预算3000元，续航好")
    assert answer.language == "zh" and answer.currency == "CNY"
    assert all(p.phone.price("CNY") <= 3000 for p in answer.picks)
    assert "¥" in answer.text


def test_compare_the_first_two_builds_a_table_of_the_shown_phones(session):
    shown = session.ask("phones under $400").picks
    answer = session.ask("compare the first two")
    assert answer.kind == "compare"
    assert [p.id for p in answer.comparison.phones] == [p.phone.id for p in shown[:2]]


def test_why_not_explains_what_a_phone_breaks(session):
    session.ask("phones under $500")
    answer = session.ask("why not the iPhone 16?")
    assert answer.kind == "why_not" and not answer.exact
    assert "over your budget" in answer.text


def test_removing_a_filter_widens_the_search(session):
    narrow = session.ask("Samsung under $300")
    wide = session.remove_filter("budget")
    assert wide.match_count > narrow.match_count


def test_show_more_pages_through_the_matches(session):
    first = session.ask("5G phones")
    second = session.ask("show more")
    assert not {p.phone.id for p in first.picks} & {p.phone.id for p in second.picks}


def test_unsupported_feature_is_named_back(session):
    answer = session.ask("phone with wireless charging under $800")
    assert "wireless charging" in answer.unsupported
    assert "can't filter on wireless charging" in answer.text


def test_reference_to_a_phone_not_shown_is_a_clear_error(session):
    session.ask("phones under $400")
    with pytest.raises(RequestError):
        session.ask("details of #9")


def test_state_survives_a_restart_of_the_session(small_advisor, session):
    session.ask("only Google")
    restored = small_advisor.session(session.state_json())
    answer = restored.ask("cheaper")
    assert {p.phone.brand for p in answer.picks} <= {"Google"}


@pytest.mark.parametrize("text", ["", " ", "🙂" * 50, "x" * 10_000, "مرحبا", "\x00\x1b[31m"])
def test_odd_input_gets_an_answer_not_a_crash(session, text):
    assert session.ask(text).text
