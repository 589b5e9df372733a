"""SEALED-16 Chinese and mixed wordings (issues 9, 10): a refusal settled with 好了 after the brand, an undo after
the search was cleared (the clearing is a step taken back), the clearing named as what the undo goes back before, and
the help question put as something to see ("help me 看看what you can do"), each beside the closest wording that must
keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move
from tests.helpers import ask_all, constraints_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a refusal after the brand, settled with 好了 ("let's") or 得了 -------------------------------------------------

@pytest.mark.parametrize("text", ["三星的也先排除好了", "三星不要好了", "三星也不考虑好了", "三星的排除掉好了",
                                  "三星就算了得了"])
def test_a_refusal_after_the_brand_settled_with_hao_le_refuses_it(vocab, text):
    c = constraints_after(text, vocab)
    assert (c.exclude_brands, c.brands) == ({"Samsung"}, frozenset())


@pytest.mark.parametrize("text", ["三星好了", "就三星好了", "三星就好了"])
def test_a_brand_settled_on_with_hao_le_is_still_wanted(vocab, text):
    c = constraints_after(text, vocab)
    assert (c.brands, c.exclude_brands) == ({"Samsung"}, frozenset())


# -- an undo after a start-over brings the search before it back -----------------------------------------------------

@pytest.mark.parametrize(("clear", "undo"), [("全部清掉重來好了，改看三星，美金500以內", "還是復原上一步好了"),
                                             ("条件全部清空，重新来，要三星，500美元以内", "撤销"),
                                             ("start over, samsung under $500", "undo")])
def test_an_undo_after_a_start_over_with_new_wishes_restores_the_search_before_it(session, clear, undo):
    answer = ask_all(session, "预算400美元以内，OPPO或vivo", "要5G", clear, undo)
    c = answer.constraints
    assert (c.brands, c.needs_5g, c.budget.hi) == ({"Oppo", "Vivo"}, True, 400)


@pytest.mark.parametrize("clear", ["全部清掉重来", "清空", "start over"])
def test_an_undo_after_a_bare_start_over_restores_the_search_before_it(session, clear):
    answer = ask_all(session, "华为或者荣耀，价格4000到6000之间", clear, "撤回")
    c = answer.constraints
    assert (c.brands, c.budget.lo, c.budget.hi) == ({"Huawei", "Honor"}, 4000, 6000)


def test_the_reset_command_still_starts_a_new_shopper_with_nothing_to_undo(session):
    ask_all(session, "华为或者荣耀，价格4000到6000之间", "/reset")
    answer = session.ask("撤回")
    assert (answer.kind, answer.constraints.brands, answer.constraints.budget) == ("social", frozenset(), None)


# -- the clearing named as the step the undo goes back before ---------------------------------------------------------

@pytest.mark.parametrize("text", ["还是撤回吧，回到清空之前的条件", "回到清空之前的条件", "恢复到重置前的样子",
                                  "算了，回到全部清掉之前那样"])
def test_going_back_to_before_the_clearing_is_an_undo(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["清空之前的条件是什么", "清空条件"])
def test_the_clearing_asked_about_or_done_is_no_undo(text):
    assert conversation_move(text) != "undo"


def test_back_to_before_the_clearing_skips_the_wishes_said_since(session):
    answer = ask_all(session, "华为或者荣耀，价格4000到6000之间", "清空", "小屏的，6.3寸以下", "这些里头最便宜的是哪款",
                     "回到清空之前的条件")
    c = answer.constraints
    assert (c.brands, c.budget.lo, c.budget.hi, c.specs) == ({"Huawei", "Honor"}, 4000, 6000, ())


def test_a_plain_undo_after_a_clearing_and_a_wish_takes_back_only_the_wish(session):
    answer = ask_all(session, "华为或者荣耀，价格4000到6000之间", "清空", "小屏的，6.3寸以下", "撤回")
    c = answer.constraints
    assert (c.brands, c.budget, c.specs) == (frozenset(), None, ())


# -- the help question put as something to see or know -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["还有 help me 看看what you can do", "让我看看你能做什么", "想了解一下你能干啥",
                                  "另外，帮我看看你会什么", "i want to know what you can do"])
def test_asking_to_see_what_the_advisor_can_do_is_help(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["help me 看看 Pixel 8a", "帮我看看三星", "还有上一个", "帮我看看这款能做什么"])
def test_asking_to_see_a_phone_is_no_help_question(text):
    assert conversation_move(text) != "help"
