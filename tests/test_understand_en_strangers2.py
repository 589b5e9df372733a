"""More English wordings from strangers (issue 9): a refusal softened by "please" after the brand, a range whose upper
end is called the maximum, a relative who pays for the phone without being its user, a year put first (an order),
"for" before a launch year, and a top count bounded by an amount."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.mark.parametrize("text", ["samsung not pls", "samsung not pls, under 300", "budget 100k pkr, samsung not plz"])
def test_a_not_softened_by_please_after_the_brand_excludes_it(vocab, text):
    assert slots(understand(text, vocab)).get("exclude_brands") == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["budget: 300 to max 400", "300 to a maximum of 400", "300 to maximum 400 dollars"])
def test_a_range_whose_upper_end_is_called_the_maximum_keeps_its_floor(vocab, text):
    assert budget_read(vocab, text) == ("USD", 300, 400)


@pytest.mark.parametrize("text", ["my dad gave me 250 dollars for a phone", "mom is paying, 250 max",
                                  "my parents are giving me 250 dollars for it"])
def test_a_relative_who_pays_is_not_the_user(vocab, text):
    request = understand(text, vocab)
    assert request.intents == ()
    assert budget_read(vocab, text) == ("USD", None, 250)


def test_a_phone_for_a_parent_is_still_for_an_older_user(vocab):
    assert understand("a phone for my dad under 200", vocab).intents == ("big_screen",)


@pytest.mark.parametrize("text", ["2024 models first, under 800", "show 2023 phones first", "this year's models first"])
def test_a_year_put_first_orders_the_newest_first_and_filters_no_year(vocab, text):
    request = understand(text, vocab)
    assert request.sort == Sort("year", True)
    assert "spec:year" not in slots(request)


@pytest.mark.parametrize("text", ["phone for 2023", "a phone for 2023 under 500 dollars"])
def test_a_launch_year_after_for_is_the_year_not_an_amount(vocab, text):
    found = slots(understand(text, vocab))
    assert found["spec:year"] == ("set", Bound(2023, 2023))
    assert budget_read(vocab, "phone for 2023") is None


@pytest.mark.parametrize("text", ["phone for 2000", "phone for 2023 rs"])
def test_a_round_or_priced_figure_after_for_stays_an_amount(vocab, text):
    assert budget_read(vocab, text) is not None


@pytest.mark.parametrize("text, count, hi", [("top 5 phones in 300", 5, 300), ("top 5 phones under 300", 5, 300),
                                             ("top 3 under 20k", 3, 20000)])
def test_a_top_count_bounded_by_an_amount_is_how_many_phones_in_that_price(vocab, text, count, hi):
    request = understand(text, vocab)
    assert request.followup is None
    assert not any(f"'{count}'" in note for note in request.notes)
    assert budget_read(vocab, text)[2] == hi
