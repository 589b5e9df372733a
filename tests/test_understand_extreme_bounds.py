"""A superlative that names the far end of what the shopper accepts ("最贵不超过3000", "the cheapest I'd consider is
$200", "最轻也得180克") is a bound, not an ordering: '最贵不超过3000' had also sorted the most expensive first, and 'the
cheapest I'd consider is $200' had become a $200 ceiling."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text", ["最贵不超过3000", "最贵也就三千", "最贵不能超过3000块", "most expensive I'd go is 3000 yuan"])
def test_the_dearest_acceptable_price_is_a_ceiling_and_no_ordering(vocab, text):
    request = understand(text, vocab)
    assert (budget_read(vocab, text), request.sort) == (("CNY", None, 3000), None)


@pytest.mark.parametrize("text", ["the cheapest I'd consider is $200", "the lowest I would go is 200 dollars"])
def test_the_cheapest_acceptable_price_is_a_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", 200, None)


@pytest.mark.parametrize("text, bound", [
    ("最重不能超过200克", Bound(hi=200)), ("最轻也得180克", Bound(lo=180)), ("the heaviest I'd carry is 200g", Bound(hi=200)),
])
def test_the_far_end_of_an_acceptable_weight_is_a_bound_and_no_ordering(vocab, text, bound):
    request = understand(text, vocab)
    assert (slots(request)["spec:weight_g"], request.sort) == (("set", bound), None)


@pytest.mark.parametrize("text, key, descending", [("最贵的三星", "price", True), ("the cheapest samsung", "price", False)])
def test_a_superlative_without_a_figure_is_still_an_ordering(vocab, text, key, descending):
    sort = understand(text, vocab).sort
    assert (sort.key, sort.descending) == (key, descending)


@pytest.mark.parametrize("text, budget", [("最便宜 2000以内", ("CNY", None, 2000)), ("最便宜2000以内的", ("CNY", None, 2000)),
                                          ("最贵 5000以下", ("CNY", None, 5000))])
def test_a_superlative_before_a_figure_with_its_own_side_orders_within_that_bound(vocab, text, budget):
    request = understand(text, vocab)
    assert (budget_read(vocab, text), request.sort.key) == (budget, "price")


def test_the_lightest_under_a_weight_orders_by_weight_within_it(vocab):
    request = understand("最轻 200克以下", vocab)
    assert (slots(request)["spec:weight_g"], request.sort) == (("set", Bound(hi=200)), Sort("weight_g", False))
