"""A brand refused through "those" in Cantonese from the SEALED-10 traditional-Chinese failures (issue 10):
"蘋果嗰啲唔要住" (simplified "苹果那点不要住": 嗰啲 "those", 住 "for now") leaves Apple out, as "苹果的不要" does."""

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, brand", [
    ("蘋果嗰啲唔要住，太貴喇", "Apple"), ("三星那些不要", "Samsung"), ("華為嗰啲唔要住", "Huawei"),
])
def test_those_of_a_brand_refused_leave_it_out(vocab, text, brand):
    found = slots(understand(text, vocab))
    assert found["exclude_brands"] == ("add", frozenset({brand}))
    assert "brands" not in found or found["brands"][0] == "remove"


def test_those_of_a_brand_wanted_is_no_refusal(vocab):
    assert slots(understand("苹果那些我要", vocab))["brands"] == ("set", frozenset({"Apple"}))
