"""SEALED-11 wordings (issues 9, 10): someone's first phone ever is no shown position ("给闺女买她第一部手机",
"my son's first phone")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ask(session, *texts):
    answer = None
    for text in texts:
        answer = session.ask(text)
    return answer


@pytest.mark.parametrize("text", [
    "给闺女买她第一部手机 屏幕别太大 6.5寸以下",
    "兒子人生第一台手機 屏幕唔好太大 6.5寸以下",
    "my son's very first smartphone, screen not too big, 6.5 inches or less",
    "her first phone, screen under 6.5 inches",
])
def test_someones_first_phone_is_a_search_not_the_first_shown_phone(session, text):
    answer = _ask(session, text)
    assert answer.kind == "results"
    assert answer.constraints.spec("screen_in") == Bound(hi=6.5)


@pytest.mark.parametrize("text", ["第一部手机屏幕多大", "first phone, how big is the screen?"])
def test_the_first_phone_with_no_owner_still_points_at_the_list(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (1,)
