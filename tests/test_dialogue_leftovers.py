"""Wordings strangers used in the read dialogue sets that were still misread (issues 9 and 10): both networks offered
("5g or no 5g, doesnt matter") leaves 5G unconstrained, and two shown phones asked to be shown beside each other ("show #1
alongside #2") are compared."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["5g or no 5g, doesnt matter", "5G or not, whatever", "4g or 5g is fine",
                                  "5G不5G无所谓", "samsung, 5g or not doesn't matter"])
def test_both_networks_offered_asks_for_no_5g(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", False)


@pytest.mark.parametrize("text", ["5g please", "is the first one 5g or not", "5g or a 6000mah battery", "需要5G"])
def test_a_5g_said_alone_still_asks_for_it(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


def test_both_networks_offered_drops_an_earlier_5g_wish(small_advisor):
    session = small_advisor.session()
    session.ask("a samsung with 5g")
    session.ask("5g or no 5g, doesnt matter")
    assert not session.state.constraints.needs_5g


@pytest.fixture
def listed(small_advisor):
    """A session with a list of phones on screen, and the ids shown."""
    session = small_advisor.session()
    session.ask("phones under $2000")
    assert len(session.state.shown) >= 4
    return session, session.state.shown


@pytest.mark.parametrize(("text", "positions"), [("show #1 alongside #2 side by side", (0, 1)), ("show #2 alongside #3", (1, 2)),
                                                 ("show me 1 next to 4", (0, 3)), ("put #1 next to #3", (0, 2))])
def test_shown_phones_shown_beside_each_other_are_compared(listed, text, positions):
    session, shown = listed
    answer = session.ask(text)
    assert answer.kind == "compare" and [p.id for p in answer.focus] == [shown[i] for i in positions]
    assert not answer.notes


def test_show_with_one_position_still_opens_that_phone(listed):
    session, shown = listed
    answer = session.ask("show 2")
    assert answer.kind == "details" and answer.focus[0].id == shown[1]


def test_show_with_a_feature_is_still_a_filter(listed):
    session, _ = listed
    session.ask("show me 5g phones")
    assert session.state.constraints.needs_5g


@pytest.mark.parametrize(("text", "key", "heaviest"), [("这里面哪个最 light?", "weight_g", False), ("哪个最cheap", "price:USD", False),
                                                      ("最 heavy 的是哪个", "weight_g", True)])
def test_an_english_adjective_after_zui_picks_the_shown_phone_it_names(small_advisor, listed, text, key, heaviest):
    session, shown = listed
    phones = [small_advisor.resources.catalog.get(i) for i in shown]
    best = (max if heaviest else min)(p.spec(key) for p in phones)
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].spec(key) == best
    assert session.state.shown == shown  # a reference never re-ranks the list it points into


def test_an_english_adjective_after_zui_orders_a_new_search(vocab):
    assert understand("最light的手机", vocab).sort.key == "weight_g"
    assert understand("最 cheap 的三星", vocab).sort.key == "price"
