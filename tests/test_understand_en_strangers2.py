"""More English wordings from strangers (issue 9): a refusal softened by "please" after the brand, a range whose upper
end is called the maximum, and a relative who pays for the phone without being its user."""

from __future__ import annotations

import pytest

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
