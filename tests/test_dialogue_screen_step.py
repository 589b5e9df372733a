"""A relative screen word in a conversation moves the screen bound by a size a shopper sees (issue 9): "bigger screen"
after a phone is at least the next size class up (0.2 in past it), "smaller screen" the one down, not 0.01 in."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _looked_at(session):
    session.ask("phones under $2000")
    phone = session.ask("the third one").focus[0]
    assert phone.spec("screen_in") is not None
    return phone


@pytest.mark.parametrize("text", ["bigger screen", "a bit bigger screen", "larger display please"])
def test_a_bigger_screen_raises_the_floor_by_a_size_class(session, text):
    phone = _looked_at(session)
    session.ask(text)
    bound = session.state.constraints.spec("screen_in")
    assert bound is not None and bound.lo == pytest.approx(phone.spec("screen_in") + 0.2)


@pytest.mark.parametrize("text", ["smaller screen", "a smaller display"])
def test_a_smaller_screen_lowers_the_ceiling_by_a_size_class(session, text):
    phone = _looked_at(session)
    session.ask(text)
    bound = session.state.constraints.spec("screen_in")
    assert bound is not None and bound.hi == pytest.approx(phone.spec("screen_in") - 0.2)


def test_more_battery_still_steps_by_its_own_size(session):
    session.ask("phones under $2000")
    phone = session.ask("the third one").focus[0]
    session.ask("more battery")
    assert session.state.constraints.spec("battery_mah").lo == phone.spec("battery_mah") + 500
