"""Properties of the message parser over arbitrary text: it always answers with a well-formed Request."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.catalog.model import MARKETS, load_catalog
from advisor.errors import RequestError
from advisor.understanding.request import INTENTS, SLOTS, SORT_KEYS, Bound, Budget, Request
from advisor.understanding.understand import Vocabulary, understand
from tests.helpers import ALIASES, FIXTURES

VOCAB = Vocabulary.from_catalog(load_catalog(FIXTURES / "phones_small.csv", FIXTURES / "chipsets_small.csv"), ALIASES)

FAST = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Words the parser reacts to, mixed with noise, so generated messages exercise its real paths.
_WORDS = ["under", "over", "between", "and", "around", "$", "₹", "元", "块", "以内", "左右", "以上", "两千", "三千五", "1万",
          "k", "lakh", "300", "2000", "6.5", "inch", "寸", "mAh", "GB", "RAM", "g", "MP", "selfie", "5G", "Samsung", "三星",
          "iPhone", "not", "no", "except", "不要", "also", "or", "cheapest", "最便宜", "cheaper", "便宜点", "compare", "why",
          "the", "first", "two", "#2", "第二个", "详细", "more", "换一批", "Snapdragon", "骁龙", "8", "Gen", "3", "tablet",
          "平板", "any", "brand", "budget", "ignore", "预算不限", "start", "over", "gaming", "拍照", "IP68", "2024", "from",
          "+", "-", "~", "?", ",", "。"]
_PHRASES = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)
_UNICODE = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)
_RTL = st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), max_size=80)
_CONTROL = st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=80)
_EMOJI = st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=40)
_ANY_TEXT = st.one_of(_PHRASES, _UNICODE, _RTL, _CONTROL, _EMOJI,
                      st.tuples(_PHRASES, _UNICODE, _PHRASES).map("".join))


def _check_well_formed(request: Request, text: str) -> None:
    assert request.text == text
    assert request.language in ("en", "zh")
    assert isinstance(request.semantic_text, str)
    for update in request.updates:
        assert update.slot in SLOTS
        assert update.op in ("set", "add", "remove", "clear")
        if update.slot == "budget" and update.op == "set":
            assert isinstance(update.value, Budget) and update.value.currency in MARKETS
            assert update.value.lo is None or update.value.hi is None or update.value.lo <= update.value.hi
        if update.slot.startswith("spec:") and update.op == "set":
            assert isinstance(update.value, Bound)
            assert update.value.lo is None or update.value.hi is None or update.value.lo <= update.value.hi
        if update.slot in ("brands", "exclude_brands", "devices") and update.op != "clear":
            assert isinstance(update.value, frozenset) and update.value
    assert request.sort is None or request.sort.key in SORT_KEYS
    assert all(r.key in SORT_KEYS and r.direction in (-1, 1) for r in request.relative)
    assert set(request.intents) <= set(INTENTS)
    if request.followup is not None:
        assert all(isinstance(ref, (int, str)) and (not isinstance(ref, int) or ref >= 1)
                   for ref in request.followup.refs)


@FAST
@given(_ANY_TEXT)
def test_any_text_gives_a_well_formed_request(text):
    _check_well_formed(understand(text, VOCAB), text)


@FAST
@given(_PHRASES)
def test_parsing_is_deterministic(text):
    assert understand(text, VOCAB) == understand(text, VOCAB)


@FAST
@given(_PHRASES)
def test_surrounding_whitespace_does_not_change_the_meaning(text):
    plain, padded = understand(text, VOCAB), understand(f"  {text}\n", VOCAB)
    assert (plain.updates, plain.sort, plain.relative, plain.intents, plain.followup) == \
           (padded.updates, padded.sort, padded.relative, padded.intents, padded.followup)


@pytest.mark.parametrize("text", ["", " ", "\n\t", "\x00\x01\x7f", "\u200f\u202e", "\ud800", "😀" * 500,
                                  "מה הטלפון הכי טוב", "أفضل هاتف تحت 300 دولار", "a" * 10_000, "三" * 10_000,
                                  "$" * 3000, "9" * 5000, "under $" + "9" * 400, "8+" * 2000])
def test_edge_case_messages(text):
    _check_well_formed(understand(text, VOCAB), text)


@pytest.mark.parametrize("value", [None, 42, b"under $300", ["Samsung"]])
def test_non_text_raises_only_request_error(value):
    with pytest.raises(RequestError):
        understand(value, VOCAB)
