"""Readings from SEALED-20's Chinese and Chinese-English mixed (sealed20-mxb*) dialogue failures (issues 9, 10), each
beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- two phones told of among other words, then a comparison question: those two are compared ----------------------

@pytest.mark.parametrize("text, names", [
    ("我在店里，店员给我推了Pixel 8a和iPhone 15，这俩到底哪个好", ("Pixel 8a", "iPhone 15")),
    ("朋友推荐了Pixel 8a，还有人说iPhone 15，这俩哪个好", ("Pixel 8a", "iPhone 15")),
    ("Pixel 8a跟Pixel 7a看着一模一样 到底有啥区别", ("Pixel 8a", "Pixel 7a")),
    ("iPhone 15和Galaxy S24这俩比一下", ("iPhone 15", "Galaxy S24")),
    ("同事用的Galaxy S24，我看上的iPhone 16，这两款比比看", ("Galaxy S24", "iPhone 16")),
])
def test_two_phones_told_of_before_a_comparison_question_are_compared(vocab, text, names):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == names


@pytest.mark.parametrize("text", ["我用过Pixel 8a，这几个哪个好", "预算三千，哪个好"])
def test_one_phone_told_of_before_which_is_better_is_no_comparison_of_names(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "compare" or all(not isinstance(r, str) for r in followup.refs)


def test_phones_told_of_and_compared_set_no_brand_filter(session):
    answer = ask_all(session, "店员给我推了Pixel 8a和Galaxy S24，这俩到底哪个好")
    assert answer.kind == "compare" and not answer.constraints.brands


# -- a model named without its one-letter line: "Fold6" is the Galaxy Z Fold6 ----------------------------------------

@pytest.mark.parametrize("text", ["fold6", "Fold6", "fold 6", "z fold6", "galaxy z fold6"])
def test_a_model_without_its_one_letter_line_is_that_model(vocab, text):
    assert vocab.resolve_family(text) == "Galaxy Z Fold6"


@pytest.mark.parametrize("text", ["fold", "z6", "fold7"])
def test_a_line_word_alone_or_another_number_names_no_model(vocab, text):
    assert vocab.resolve_family(text) is None


def test_a_model_without_its_line_is_compared(vocab):
    followup = understand("Fold6跟S24比比看", vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == ("Galaxy Z Fold6", "Galaxy S24")
