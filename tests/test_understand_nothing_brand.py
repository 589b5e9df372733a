"""The maker Nothing (issue 9): a bare "nothing" is most often no thing, but listed before another brand it names the
maker, and a wish for a maker the catalog lacks is named back in a note, never dropped."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["anything under 25k inr from nothing or poco", "nothing, poco under 25k",
                                  "Nothing or Samsung"])
def test_nothing_listed_before_another_brand_is_the_maker(vocab, text):
    request = understand(text, vocab)
    assert "Nothing" in slots(request)["brands"][1]
    assert "The catalog has no Nothing phones." in request.notes


def test_nothing_phone_before_a_ceiling_is_the_maker_not_a_refusal(vocab):
    request = understand("nothing phone under 30k", vocab)
    assert slots(request)["budget"][1].hi == 30000


@pytest.mark.parametrize("text", ["nothing over 300 dollars", "nothing fancy, samsung under 300"])
def test_nothing_not_listed_with_a_brand_is_still_no_thing(vocab, text):
    assert "Nothing" not in (slots(understand(text, vocab)).get("brands") or ("", frozenset()))[1]
