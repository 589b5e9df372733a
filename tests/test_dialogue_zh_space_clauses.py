"""A space between two Chinese clauses ends the first in a conversation too (issue 10, from the SEALED-4 dialogue
failures): "vivo可以了 荣耀还是不要" lifts Vivo's refusal and keeps Honor's, "算了谷歌不要 只看三星" narrows the
brands to Samsung, and what was asked before stays."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["vivo可以了 荣耀还是不要", "vivo可以了\u3000荣耀还是不要", "荣耀还是不要 vivo可以了"])
def test_one_of_two_refused_brands_let_back_after_a_space_is_no_wish(session, text):
    session.ask("要个5G手机 2500以内得")
    session.ask("不要荣耀和vivo")
    session.ask("其实4G也无所谓")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Honor"})
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.needs_5g is False
    assert answer.constraints.budget == Budget(currency="CNY", hi=2500.0)


def test_the_state_after_a_spaced_loosening_holds_through_a_reference_and_a_why(session):
    for text in ("要个5G手机 2500以内得", "不要荣耀和vivo", "其实4G也无所谓", "vivo可以了 荣耀还是不要"):
        loosened = session.ask(text)
    for text in ("这几个里最新的是哪个", "为啥推荐它"):
        assert session.ask(text).constraints == loosened.constraints


@pytest.mark.parametrize("text", ["算了谷歌不要 只看三星", "谷歌算了 就看三星吧", "算了 谷歌不要 只要三星"])
def test_dropping_one_of_two_brands_after_a_space_keeps_the_other_and_the_rest(session, text):
    session.ask("想換隻手機 預算７００美金已內")
    session.ask("要三星或谷歌的")
    session.ask("RAM要８G以上")
    session.ask("第三支給我看看")
    session.ask("這支有多重啊")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"Samsung"})
    assert answer.constraints.budget == Budget(currency="USD", hi=700.0)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)
    assert all(pick.phone.brand == "Samsung" for pick in answer.picks)


def test_a_refusal_spaced_from_its_brand_in_a_conversation_still_refuses_it(session):
    session.ask("要三星或谷歌的")
    answer = session.ask("不要 谷歌")
    assert answer.constraints.brands == frozenset({"Samsung"})
    assert answer.constraints.exclude_brands == frozenset({"Google"})
