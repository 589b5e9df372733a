"""Conversation moves that follow the phone in focus (issue 10): its neighbour on the shown list ("the one above
it", "下一个"), the other shown phone of its brand ("the other infinix"), the other phone of a comparison ("另一个呢"),
a yes/no question about it ("有5G吗") that is no new filter, and a big screen allowed after a compact one."""

from __future__ import annotations

from collections import Counter

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _opened(session, position: str):
    """A list, then the details of one of its phones; the list's phone ids."""
    session.ask("phones under $2000")
    shown = session.state.shown
    assert len(shown) >= 4
    session.ask(position)
    return shown


@pytest.mark.parametrize("text", ["the one above it", "what about the one above that?", "上面那个", "那前面那个呢"])
def test_the_one_above_the_phone_in_focus_is_its_neighbour_up_the_list(session, text):
    shown = _opened(session, "the third one")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown[1]


@pytest.mark.parametrize("text", ["the one below that", "and the next one?", "下一个", "下面那个呢"])
def test_the_one_below_the_phone_in_focus_is_its_neighbour_down_the_list(session, text):
    shown = _opened(session, "the second one")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown[2]


def test_a_neighbour_move_keeps_the_list_and_the_filters(session):
    shown = _opened(session, "the second one")
    constraints = session.state.constraints
    session.ask("the one below that")
    assert session.state.shown == shown and session.state.constraints == constraints


def test_next_alone_still_shows_more(session):
    _opened(session, "the second one")
    assert session.ask("next").kind == "results"


def _pair_of_one_brand(session):
    """A list with exactly two phones of one brand: that brand and their positions (1-based)."""
    session.ask("phones under $500")
    phones = [session.advisor.resources.catalog.get(i) for i in session.state.shown]
    counts = Counter(p.brand for p in phones)
    brand = next(b for b, n in counts.items() if n == 2)
    return brand, [n for n, p in enumerate(phones, start=1) if p.brand == brand]


@pytest.mark.parametrize("form", ["the other {brand}", "what about the other {brand}?", "另一个{brand}", "另外那个{brand}呢"])
def test_the_other_phone_of_a_brand_is_the_shown_one_not_in_focus(session, form):
    brand, (first, second) = _pair_of_one_brand(session)
    session.ask(f"#{first}")
    answer = session.ask(form.format(brand=brand.lower()))
    assert answer.kind == "details" and answer.focus[0].id == session.state.shown[second - 1]
    assert session.state.constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["and the other one?", "the other one", "另一个呢", "那另外一个呢"])
def test_the_other_one_after_a_comparison_is_the_compared_phone_not_in_focus(session, text):
    shown = _opened(session, "compare the first two")
    session.ask("tell me more about the first")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown[1]


@pytest.mark.parametrize("text", ["有5G吗", "它有5G吗", "does it have 5g?", "is it waterproof?", "这款支持5G吗",
                                  "它 support 5g 吗 bro", "这款有NFC吗兄弟"])
def test_a_yes_no_question_after_details_is_about_the_phone_in_focus(session, text):
    shown = _opened(session, "the second one")
    constraints = session.state.constraints
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown[1]
    assert session.state.constraints == constraints


@pytest.mark.parametrize("text", ["有5G的吗", "any with 5g?"])
def test_asking_for_any_with_a_feature_after_details_filters_the_list(session, text):
    _opened(session, "the second one")
    answer = session.ask(text)
    assert answer.kind == "results" and session.state.constraints.needs_5g


@pytest.mark.parametrize("turns", [("屏幕别太大", "其实大屏也可以"), ("not too big a screen", "actually a big screen is fine too")])
def test_a_big_screen_allowed_after_a_compact_one_drops_the_compact_need(session, turns):
    session.ask("phones under $2000")
    for text in turns:
        session.ask(text)
    assert "compact" not in session.state.intents


@pytest.mark.parametrize("text", ["and the other one?", "另一个呢"])
def test_the_other_one_right_after_comparing_the_phone_in_focus_with_another_is_that_other(session, text):
    shown = _opened(session, "the second one")
    session.ask("compare it with the fourth")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id == shown[3]


def test_the_other_one_right_after_comparing_two_listed_phones_opens_neither_by_guess(session):
    _opened(session, "compare the first two")
    assert session.ask("and the other one?").kind != "details"


@pytest.mark.parametrize("text", ["forget the screen size, it was a silly idea", "forget the screen size, it's not important",
                                  "forget the screen size, it doesn't matter"])
def test_it_judging_the_wish_let_go_points_at_no_phone(session, text):
    session.ask("phones under $2000 with a 6.5 inch screen")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints.specs) == ("results", ())
