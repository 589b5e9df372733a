"""An undo said casually (issue 10, from the SEALED-3 dialogue failures): the step named before the verb that drops
it ("刚才那条不要了", "刚才那个 undo 一下吧"), an undo opened with assent or laughter ("lol undo that"), and an undo
followed by its reason ("undo that, he doesn't care about 5g"): each restores the state before the last change and
answers as a restore."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ids(answer):
    return [p.phone.id for p in answer.picks]


@pytest.mark.parametrize("text", [
    "算了，刚才那条不要了", "刚才那个 undo 一下吧", "刚才加的那个条件去掉吧", "把刚才那个 undo 掉", "上一条不要了",
    "刚才说的不算", "刚才那步 revert 一下",
])
def test_an_undo_that_names_the_step_first_restores_the_state_before_it(session, text):
    before = session.ask("要一台5G手机，不要vivo和oppo")
    session.ask("电池起码5000毫安的")
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints == before.constraints
    assert _ids(answer) == _ids(before)
    assert [c.op for c in answer.changes] == ["restore"]


@pytest.mark.parametrize("text", ["lol undo that", "yeah undo that last bit", "nah undo that one", "alright, undo that"])
def test_an_undo_opened_with_assent_or_laughter_restores_the_state_before_the_last_change(session, text):
    before = session.ask("phones under $400")
    session.ask("it needs 5g")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert _ids(answer) == _ids(before)
    assert [c.op for c in answer.changes] == ["restore"]


def test_a_phone_named_with_a_past_word_is_no_undo(session):
    session.ask("要5G手机")
    answer = session.ask("刚才那台怎么样")
    assert all(c.op != "restore" for c in answer.changes)
    assert answer.constraints.needs_5g


@pytest.mark.parametrize("text", [
    "undo that, he doesn't care about 5g", "undo that, 5g isn't needed", "撤销吧，5G无所谓", "撤回，不需要5G了",
])
def test_an_undo_with_its_reason_is_answered_as_the_undo(session, text):
    before = session.ask("cheap phone for my dad, below 200 usd")
    session.ask("it needs 5g")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert _ids(answer) == _ids(before)
    assert [c.op for c in answer.changes] == ["restore"]


def test_an_undo_with_a_new_wish_still_applies_the_wish(session):
    session.ask("phones below 600 usd")
    session.ask("it needs 5g")
    answer = session.ask("undo that, and 8gb ram or more")
    assert not answer.constraints.needs_5g
    assert answer.constraints.spec("ram_gb") == Bound(lo=8)


def test_the_lightest_of_the_list_after_an_undo_is_picked_from_the_restored_list(session):
    session.ask("要一台5G手机，不要vivo和oppo")
    session.ask("电池起码5000毫安的")
    restored = session.ask("算了，刚才那条不要了")
    assert restored.constraints.spec("battery_mah") is None
    answer = session.ask("这里面最轻的")
    lightest = min((p.phone for p in restored.picks if p.phone.spec("weight_g") is not None),
                   key=lambda phone: phone.spec("weight_g"))
    assert answer.kind == "details"
    assert answer.picks[0].phone.id == lightest.id
    assert answer.constraints == restored.constraints


@pytest.mark.parametrize("text", ["can u undo that", "undo that lol", "hmm undo that real quick", "撤回刚才那条"])
def test_an_undo_closed_by_laughter_or_a_softener_or_with_a_named_step_after_the_verb_restores(session, text):
    before = session.ask("phones under $400")
    session.ask("it needs 5g")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [c.op for c in answer.changes] == ["restore"]


@pytest.mark.parametrize("text", ["返回", "回上一步", "回到之前的列表", "退回"])
def test_a_short_chinese_undo_word_restores_the_state_before_the_last_change(session, text):
    before = session.ask("荣耀手机，三千以内，要5G")
    session.ask("内存至少8G")
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (before.constraints, ["restore"])
