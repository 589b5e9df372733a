"""An undo settled with 好了 / 就好 / 就行 (issue 10, from the SEALED-4 dialogue failures): "還是撤回好了" takes the
last change back like "撤回"; a message that only says 好了 is not an undo."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["還是撤回好了", "撤销就好", "还是撤销就行", "撤回好了"])
def test_an_undo_settled_with_hao_le_takes_the_last_change_back(session, text):
    before = session.ask("2000以内的手机 存储128G以上")
    session.ask("改成256G以上好了")
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints == before.constraints


@pytest.mark.parametrize("text", ["好了", "那就这样好了"])
def test_hao_le_alone_is_not_an_undo(session, text):
    session.ask("2000以内的手机")
    changed = session.ask("不要小米")
    answer = session.ask(text)
    assert answer.constraints == changed.constraints
