"""A figure said too dear and another said fine (issue 10, from the SEALED-6 mixed sessions): under "RAM >= 12GB",
"12g 太贵 8g is fine" moves the floor to 8 (the figure too dear is no bound of its own); and "this" before a filter word
("去掉这个 filter", "这个条件") names a filter, not the phone in focus, so a release said with it is kept."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ram_floor_12(session):
    """Phones under 4000 yuan, then 5G with 12 GB of RAM."""
    session.ask("拍照好的 phone 预算 4000 rmb")
    return session.ask("must be 5g 而且 ram 12g")


@pytest.mark.parametrize("text", ["12g 太贵 8g is fine", "12gb is too expensive, 8 is ok", "12G有点贵了 8G吧",
                                  "12gb is way too pricey, 8gb is fine"])
def test_a_figure_said_too_dear_then_another_makes_that_the_floor(session, text):
    _ram_floor_12(session)
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)
    assert answer.constraints.budget == Budget(currency="CNY", hi=4000.0)
    assert answer.constraints.needs_5g is True


def test_a_budget_said_too_dear_then_another_moves_the_budget(session):
    _ram_floor_12(session)
    answer = session.ask("4000 太贵了 3000 吧")
    assert answer.constraints.budget == Budget(currency="CNY", hi=3000.0)
    assert answer.constraints.spec("ram_gb") == Bound(lo=12.0)


@pytest.mark.parametrize("text", ["ram 多大 我 don't care 了, 去掉这个 filter", "内存无所谓了 去掉这个限制",
                                  "ram 不要求了，这个条件去掉"])
def test_a_release_said_with_this_filter_drops_that_aspect(session, text):
    _ram_floor_12(session)
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints.spec("ram_gb") is None
    assert answer.constraints.budget == Budget(currency="CNY", hi=4000.0)
    assert answer.constraints.needs_5g is True


@pytest.mark.parametrize("text", ["这个怎么样", "这个多重"])
def test_this_alone_still_points_at_the_phone(session, text):
    shown = _ram_floor_12(session)
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.constraints == shown.constraints
