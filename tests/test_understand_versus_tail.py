"""Two phones named against each other and a requirement after them ("pixel 8 vs galaxy s24 with 8gb ram", "iphone 15 vs
pixel 8 under $800") compare the two and read the requirement: the requirement had been taken for a third phone
name, and the shopper got "I could not find '8gb ram'"."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, slot", [("pixel 8 vs galaxy s24 with 8gb ram", "spec:ram_gb"),
                                        ("iphone 16 vs pixel 9 under $800", "budget")])
def test_a_requirement_after_two_phones_compared_is_read_and_the_two_are_compared(vocab, text, slot):
    request = understand(text, vocab)
    assert (request.followup.kind, len(request.followup.refs), slot in slots(request)) == ("compare", 2, True)


def test_a_compare_with_a_requirement_answers_without_an_error(small_advisor):
    answer = small_advisor.session().ask("iphone 16 vs pixel 9 under $800")
    assert answer.comparison is not None
