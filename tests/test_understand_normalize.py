"""Normalization before parsing: traditional characters, full-width forms and typos read as key words."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import Speller, simplified
from advisor.understanding.request import Bound, Budget
from advisor.understanding.understand import understand
from tests.helpers import slots


def test_traditional_characters_become_simplified():
    assert simplified("預算三千人民幣，華為") == "预算三千人民币，华为"


@pytest.mark.parametrize("traditional, simple", [
    ("預算三千人民幣以內", "预算三千人民币以内"), ("華為的手機", "华为的手机"), ("要蘋果，電池大一點", "要苹果，电池大一点"),
])
def test_traditional_message_parses_like_its_simplified_twin(vocab, traditional, simple):
    assert understand(traditional, vocab).updates == understand(simple, vocab).updates


def test_full_width_forms_parse_like_ascii(vocab):
    assert understand("ＳＡＭＳＵＮＧ　ｕｎｄｅｒ　＄３００", vocab).updates == understand("Samsung under $300", vocab).updates


def test_typos_of_brand_unit_and_key_words_are_read(vocab):
    request = understand("cheep samsng fone undr 250 dolars", vocab)
    assert slots(request)["budget"] == ("set", Budget("USD", hi=250))
    assert slots(request)["brands"] == ("set", frozenset({"Samsung"}))


def test_a_guess_is_reported_as_a_note(vocab):
    notes = understand("a samsng under $300", vocab).notes
    assert notes == ("Guessed: 'samsng' as Samsung.",)


def test_a_guess_is_reported_in_chinese_for_a_chinese_message(vocab):
    assert understand("samsng 预算3000", vocab).notes == ("猜测：把“samsng”当作 Samsung。",)


@pytest.mark.parametrize("word", ["apply", "great", "good", "honour", "daughter", "nothing", "sample"])
def test_ordinary_words_are_not_guessed(word):
    assert Speller(["apple", "google", "honor", "samsung", "nothing"]).guess(word) is None


def test_words_unlike_any_key_word_are_left_alone():
    assert Speller(["samsung"]).guess("zxqv") is None


def test_original_text_is_kept_on_the_request(vocab):
    assert understand("cheep samsng", vocab).text == "cheep samsng"


def test_an_unknown_chip_is_said_in_the_language_of_the_message(vocab):
    assert understand("骁龙8 Gen 9", vocab).notes == ("目录里没有搭载Snapdragon 8 Gen 9芯片的手机。",)


def test_a_cut_message_is_said_in_chinese_for_a_chinese_message(vocab):
    assert understand("预算" * 1500, vocab).notes == ("消息太长，只读了前2000个字符。",)


@pytest.mark.parametrize("text, spec, bound", [
    ("released 2019 or ealrier", "spec:year", ("set", Bound(hi=2019))),
])
def test_typos_of_comparison_words_are_read(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[spec] == bound


@pytest.mark.parametrize("word, read", [("neer", "newer"), ("phobe", "phone"), ("fone", "phone")])
def test_the_closer_of_spelling_and_sound_decides_a_guess(word, read):
    assert Speller([]).guess(word).read == read


@pytest.mark.parametrize("text, note", [
    ("a phone with 120 for my kid", "Did not understand what '120' refers to, so it was not used as a filter."),
    ("我要7", "没看懂“7”指的是什么，没有用它筛选。"),
])
def test_a_number_nothing_understood_is_said(vocab, text, note):
    assert understand(text, vocab).notes == (note,)


def test_the_numbers_nothing_understood_are_kept_as_said(vocab):
    assert understand("a phone with 120 for my kid, 7 maybe", vocab).unread_numbers == ("120", "7")


@pytest.mark.parametrize("text", ["Redmi Note 13 Pro", "iPhone 15 vs Galaxy S24", "compare 1 and 3", "show me 5 phones",
                                  "给我看3款", "under $300"])
def test_model_numbers_counts_and_read_numbers_get_no_note(vocab, text):
    assert understand(text, vocab).notes == ()


@pytest.mark.parametrize("word, read", [("frnot", "front"), ("anytihng", "anything"), ("latrst", "latest")])
def test_transposed_letters_in_key_words_are_guessed(word, read):
    assert Speller([]).guess(word).read == read


@pytest.mark.parametrize("text, word", [("excllude Helio chips", "exclude"), ("no priccier than $300", "pricier"),
                                        ("give me the haeviest", "heaviest")])
def test_misspelled_comparison_and_refusal_words_are_guessed(vocab, text, word):
    assert word in understand(text, vocab).notes[0]


@pytest.mark.parametrize("text, slot, value", [
    ("laaunched 2024", "spec:year", ("set", Bound(lo=2024, hi=2024))),
    ("nothimg older than 2022", "spec:year", ("set", Bound(lo=2022))),
    ("Vivo not wanetd", "exclude_brands", ("add", frozenset({"Vivo"}))),
])
def test_a_typo_of_any_word_the_patterns_read_is_guessed(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == value


@pytest.mark.parametrize("word", ["matte", "stylus", "vibrant"])
def test_dictionary_words_the_patterns_do_not_read_are_not_guessed(vocab, word):
    assert vocab.speller.guess(word) is None


def test_words_of_the_patterns_outside_english_are_never_guessed(vocab):
    assert vocab.speller.guess("paas") is None  # "25k ke aas paas": Hindi for "around", not "pass"


def test_a_guessed_pattern_word_is_reported_as_a_guess(vocab):
    assert understand("laaunched 2024", vocab).notes == ("Guessed: 'laaunched' as launched.",)


def test_a_misspelled_brand_glued_to_chinese_characters_is_guessed(vocab):
    assert slots(understand("不要Xiaomii", vocab))["exclude_brands"] == ("add", frozenset({"Xiaomi"}))


@pytest.mark.parametrize("word", ["shouldnt", "wouldnt", "couldnt"])
def test_a_negated_modal_without_its_apostrophe_is_not_cut_to_its_stem(vocab, word):
    assert vocab.speller.guess(word) is None


def test_a_doubled_last_letter_is_mended(vocab):
    assert vocab.speller.guess("samsungg").read == "samsung"


def test_a_ceiling_said_with_shouldnt_stays_a_ceiling(vocab):
    assert slots(understand("it shouldnt cost more than 400 dollars", vocab))["budget"] == (
        "set", Budget("USD", hi=400.0))


@pytest.mark.parametrize("word", ["wasnt", "isnt", "werent", "dont", "cant", "wont", "hasnt", "havent", "didnt", "arent"])
def test_a_negated_contraction_without_its_apostrophe_is_never_guessed(vocab, word):
    assert vocab.speller.guess(word) is None


@pytest.mark.parametrize("text, ref", [
    ("why wasnt the iphone 15 listed", "iPhone 15"),  # the failing wording: "wasnt" was read as "wants"
    ("why wasnt the galaxy s24 shown", "Galaxy S24"),
    ("why isnt the pixel 8 in the list", "pixel 8"),
])
def test_why_not_said_without_an_apostrophe_asks_about_the_phone_left_out(vocab, text, ref):
    request = understand(text, vocab)
    assert (request.followup.kind, request.followup.refs, request.notes) == ("why_not", (ref,), ())
