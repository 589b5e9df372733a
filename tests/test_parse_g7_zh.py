"""Chinese wordings of the blind-7 error analysis (issue 9), each read as a general rule, with the closest wording
whose meaning must not change."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs).get(key)
    return None if bound is None else (bound.lo, bound.hi)


def _budget(text, vocab):
    budget = _constraints(text, vocab).budget
    return None if budget is None else (budget.currency, budget.lo, budget.hi)


# --- a refusal said after what it refuses: "勿推", "免推", "已拉黑", "劝退", "入不了眼"

@pytest.mark.parametrize("text", ["三星勿推", "三星免推", "三星已拉黑", "三星一律劝退", "小米/三星劝退", "三星的入不了眼"])
def test_a_brand_refused_after_it_is_excluded(vocab, text):
    constraints = _constraints(text, vocab)
    assert "Samsung" in constraints.exclude_brands
    assert not constraints.brands


def test_a_brand_recommended_stays_wanted(vocab):
    assert _constraints("三星推荐一下", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, side", [
    ("超过3000元的一律劝退", (None, 3000.0)), ("低于3000元的勿推", (3000.0, None)),
    ("不到3000元的入不了眼", (3000.0, None)), ("别拿低于3000元的来糊弄我", (3000.0, None)),
])
def test_a_price_side_refused_after_it_wants_the_other_side(vocab, text, side):
    assert _budget(text, vocab) == ("CNY", *side)


def test_a_price_side_without_refusal_keeps_its_side(vocab):
    assert _budget("超过3000元的", vocab) == ("CNY", 3000.0, None)
