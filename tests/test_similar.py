""""More like this" and upgrade advice, through the session API."""

import pytest

from advisor.errors import RequestError
from advisor.ranking.match import matches


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def test_more_like_this_returns_other_families_most_alike_first(session):
    answer = session.similar_to("google-pixel-8a-128gb")
    assert answer.kind == "similar" and answer.reference.id == "google-pixel-8a-128gb"
    assert answer.picks[0].phone.family == "Pixel 7a"
    assert all(p.phone.family != "Pixel 8a" for p in answer.picks)


def test_more_like_this_cheaper_only_returns_cheaper_phones(session):
    answer = session.similar_to("Pixel 8a", cheaper=True)
    assert answer.picks and all(p.phone.price("USD") < 499 for p in answer.picks)


def test_more_like_this_newer_only_returns_newer_phones(session):
    answer = session.similar_to("Pixel 7a", newer=True)
    assert answer.picks and all(p.phone.year > 2023 for p in answer.picks)


def test_more_like_this_keeps_the_filters_in_force(session):
    session.ask("anything except Google under $500")
    answer = session.similar_to("google-pixel-8a-128gb")
    assert answer.picks and all(matches(p.phone, answer.constraints) for p in answer.picks)


def test_more_like_a_shown_position_uses_the_last_answer(session):
    shown = session.ask("phones under $300").picks
    answer = session.similar_to(1)
    assert answer.reference.id == shown[0].phone.id


def test_upgrade_is_better_on_what_matters_and_says_by_how_much(session):
    answer = session.upgrade_from("iPhone 12 mini")
    assert answer.kind == "upgrade" and answer.picks
    top = answer.picks[0]
    assert top.phone.battery_mah > 2227
    assert any(r.text.startswith("battery 2,227 mAh → ") for r in top.reasons)


def test_upgrade_respects_the_stated_budget(session):
    session.ask("under $500")
    answer = session.upgrade_from("iPhone 12 mini")
    assert answer.picks and all(p.phone.price("USD") <= 500 for p in answer.picks)


def test_upgrade_follows_a_single_intent(session):
    session.ask("for selfies")
    answer = session.upgrade_from("Galaxy A15")
    assert answer.picks and all(p.phone.front_camera_mp >= 13 * 1.25 for p in answer.picks)


def test_upgrade_from_an_unknown_phone_says_it_cannot_compare(session):
    with pytest.raises(RequestError, match="can't find"):
        session.upgrade_from("Nokia 3310")


def test_upgrade_from_the_best_phone_can_find_nothing(session):
    session.ask("under $150")
    answer = session.upgrade_from("Galaxy S24 Ultra")
    assert answer.picks == () and "meaningfully better" in answer.text


def test_more_like_this_in_chat_uses_the_first_phone_shown(session):
    shown = session.ask("phones under $400").picks
    answer = session.ask("more like this")
    assert answer.kind == "similar" and answer.reference.id == shown[0].phone.id


def test_similar_but_cheaper_in_chat(session):
    answer = session.ask("similar to the Pixel 8a but cheaper")
    assert answer.kind == "similar" and all(p.phone.price("USD") < 499 for p in answer.picks)


def test_upgrade_question_in_chat_applies_the_budget_in_the_same_message(session):
    answer = session.ask("I have an iPhone 12 mini, what should I upgrade to under $600?")
    assert answer.kind == "upgrade" and answer.reference.family == "iPhone 12 mini"
    assert answer.picks and all(p.phone.price("USD") <= 600 for p in answer.picks)
    assert answer.constraints.brands == frozenset()


def test_upgrade_question_in_chinese(session):
    answer = session.ask("我用的是iPhone 12 mini，换什么好")
    assert answer.kind == "upgrade" and answer.language == "zh" and "升级" in answer.text


def test_details_show_no_rating_prediction_when_none_was_fitted(session):
    answer = session.details("google-pixel-8a-128gb")
    assert not [r for r in answer.picks[0].reasons if r.kind == "prediction"]
