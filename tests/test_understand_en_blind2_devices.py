"""English device wordings from the blind-2 grammar's failures (issue 9): "keep foldables out //" (a slash closes the
refusal's clause), "fold phones? no thanks", "want a tablet also min 700 dollars" (an "also" that links the next ask adds
no phones to the tablet), and "tabletss" (a key plural with its "s" doubled is still that plural)."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import slots


def _devices(vocab, text: str) -> object:
    return slots(understand(text, vocab)).get("devices")


PHONES_ONLY = ("set", frozenset({"phone"}))
TABLETS = ("set", frozenset({"tablet"}))
ANY_KIND = ("set", frozenset({"tablet", "phone", "foldable"}))


@pytest.mark.parametrize("text", [
    "keep foldables out // budget tops out at 800 usd", "battery up to 4000 mah ... keep foldables out // 5g",
    "keep the foldables out / 8gb ram",
])
def test_a_refusal_closed_by_a_slash_refuses_the_device(vocab, text):
    assert _devices(vocab, text) == PHONES_ONLY


def test_a_brand_kept_out_before_a_slash_is_refused(vocab):
    assert slots(understand("keep samsung out / 5g", vocab))["exclude_brands"] == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["fold phones? no thanks", "fold phone? nope", "help me out ~ fold phones? no thanks // 5g"])
def test_fold_phones_refused_leave_plain_phones(vocab, text):
    assert _devices(vocab, text) == PHONES_ONLY


def test_a_fold_phone_asked_for_is_a_foldable(vocab):
    assert _devices(vocab, "a fold phone please") == ("set", frozenset({"foldable"}))


@pytest.mark.parametrize("text", [
    "any recs!! want a tablet also min 700dollars max 1500dollars", "shopping for a tablet also launched 2021+",
    "a tablet also under 500 dollars",
])
def test_also_before_the_next_ask_keeps_the_tablet_alone(vocab, text):
    assert _devices(vocab, text) == TABLETS


@pytest.mark.parametrize("text", ["a tablet also works", "a tablet also", "tablets too", "a tablet is fine too"])
def test_also_or_too_closing_the_clause_adds_the_tablet_to_the_phones(vocab, text):
    assert _devices(vocab, text) == ANY_KIND


@pytest.mark.parametrize("text, devices", [
    ("tabletss", TABLETS), ("show me tabletss under 500", TABLETS), ("no tabletss", ("remove", frozenset({"tablet"}))),
])
def test_a_plural_device_word_with_its_s_doubled_is_still_that_device(vocab, text, devices):
    assert _devices(vocab, text) == devices


@pytest.mark.parametrize("text", ["glass back", "I want class", "less than 300"])
def test_a_dictionary_word_ending_in_ss_names_no_device(vocab, text):
    assert _devices(vocab, text) is None
