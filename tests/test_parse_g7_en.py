"""English wordings of the blind-7 grammar (issue 9), each beside the closest wording that must keep its meaning: room
said on both sides of a budget ("a little up or down is ok", "a bit either side", "plus minus", "give or take,", "but
flexible both ways"), where the money stops as its ceiling ("the wallet stops at", "caps out at"), a range said end
by end ("within X and Y", "X lower end, Y upper end") and "nothing going for less than" as a floor."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def refused(vocab, text: str) -> frozenset[str]:
    found = slots(understand(text, vocab))
    brands, chips = found.get("exclude_brands", ("", frozenset()))[1], found.get("exclude_chipsets", ("", frozenset()))[1]
    return frozenset(brands) | frozenset(chips)  # type: ignore[call-overload]  # exclusions hold sets


def spec(vocab, text: str, name: str) -> Bound:
    return slots(understand(text, vocab))[f"spec:{name}"][1]  # type: ignore[return-value]  # a spec slot holds a Bound


def budget(vocab, text: str) -> Budget:
    return slots(understand(text, vocab))["budget"][1]  # type: ignore[return-value]  # the budget slot holds a Budget


@pytest.mark.parametrize("text", [
    "$400, a little up or down is ok", "$400, a bit up or down", "target price $400, a bit either side",
    "$400, either way is fine", "a little either side of $400", "either side of $400", "plus minus $400",
    "give or take, $400", "budget is $400 but flexible both ways", "$400 but flexible either way",
])
def test_room_said_on_both_sides_makes_the_budget_about_it(vocab, text):
    assert budget(vocab, text) == Budget("USD", lo=340.0, hi=460.0, around=400)


def test_a_width_said_after_plus_minus_stays_the_width(vocab):
    assert budget_read(vocab, "$400 plus minus 50") == ("USD", 350, 450)


def test_a_budget_flexible_upward_only_is_no_range_both_ways(vocab):
    assert budget(vocab, "$400 and below, i can't go up").hi == 400


@pytest.mark.parametrize("text", ["the wallet stops at $400", "my budget ends at $400", "budget caps out at $400",
                                  "my money runs out at $400"])
def test_where_the_money_stops_is_the_ceiling(vocab, text):
    assert budget(vocab, text) == Budget("USD", hi=400)


def test_a_figure_the_phone_stops_at_is_no_budget_word(vocab):
    assert budget(vocab, "the screen stops at 6.5 inches, $400 max") == Budget("USD", hi=400)


@pytest.mark.parametrize("text", ["within $300 and $600", "within 300 and 600 dollars",
                                  "$300 lower end, $600 upper end", "$300 at the lower end, $600 at the upper end"])
def test_a_range_said_end_by_end_is_both_ends(vocab, text):
    assert budget_read(vocab, text) == ("USD", 300, 600)


def test_within_one_amount_stays_its_ceiling(vocab):
    assert budget_read(vocab, "within $600 and 5G please") == ("USD", None, 600)


@pytest.mark.parametrize("text", ["nothing going for less than $300", "nothing selling for under $300",
                                  "nothing that goes for less than $300"])
def test_nothing_going_for_less_than_an_amount_is_a_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", 300, None)


def test_something_going_for_less_than_an_amount_stays_a_ceiling(vocab):
    assert budget_read(vocab, "something going for less than $300") == ("USD", None, 300)
