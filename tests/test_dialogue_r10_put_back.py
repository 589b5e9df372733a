"""An aspect let go and then put back by its name (issue 10): "emm 还是把RAM那个条件加回去吧, undo", "内存的要求加回来",
"put the ram requirement back", "bring back the weight limit": that filter goes back to what it was before it was let
go, the other filters stay; "add ram" with no "back" and "go back to the list" are no such move."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget
from advisor.understanding.talk import conversation_move, undone_filters


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["emm 还是把RAM那个条件加回去吧, undo", "内存的要求加回来", "put the ram requirement back",
                                  "add the ram filter back please", "bring back the memory limit"])
def test_a_ram_floor_let_go_is_put_back_by_name(session, text):
    session.ask("RAM 12G起步, 预算5000块")
    session.ask("算了 RAM 不限了, 无所谓")
    answer = session.ask(text)
    assert dict(answer.constraints.specs)["ram_gb"] == Bound(lo=12.0)
    assert answer.constraints.budget == Budget(currency="CNY", hi=5000.0)


def test_a_filter_put_back_keeps_a_later_change_to_another_filter(session):
    session.ask("RAM 12G起步, under 190g, 预算5000块")
    session.ask("weight doesn't matter")
    session.ask("预算改成6000")
    answer = session.ask("put the weight limit back")
    assert dict(answer.constraints.specs)["weight_g"] == Bound(hi=190.0)
    assert answer.constraints.budget == Budget(currency="CNY", hi=6000.0)


@pytest.mark.parametrize("text", ["add ram", "go back to the list", "put it back"])
def test_no_aspect_put_back_is_named(text):
    assert undone_filters(text) == ()


@pytest.mark.parametrize("text", ["emm undo", "emm 还是撤回吧"])
def test_emm_opens_an_undo(text):
    assert conversation_move(text) == "undo"
