"""References and help turns from SEALED-21 (issues 9, 10): a position asked about with words after it, "that one" and
"它" after a details answer, a superlative over the list in mixed Hindi, Chinese and English, a named phone asked about
in Hindi, the phones to compare set apart, a model number two makers use, and help asked as how to compare; each beside
the closest wording that must keep its meaning. A reference never changes the filters."""

from __future__ import annotations

import pytest

from advisor.config import Settings
from advisor.understanding.followups import over_shown, pointed_names
from advisor.understanding.normalize import simplified
from advisor.understanding.understand import understand
from tests.helpers import FIXTURES, ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


START = "phones under $2000"


def _opened(session, text):
    """(the list shown, the answer to `text` asked after it)."""
    shown = session.ask(START)
    return shown, session.ask(text)


# -- help asked as how a task is done, for phones of no name ---------------------------------------------------------

@pytest.mark.parametrize("text", ["how do I compare two phones?", "how can we compare phones", "how do i 对比两台 phone?",
                                  "how do I 比较两台 phone？这个 bot 怎么用", "呢個app點用㗎？可唔可以幫我比較兩部機",
                                  "你點用㗎", "可不可以帮我对比两台手机"])
def test_how_to_compare_phones_of_no_name_is_help_and_keeps_the_filters(session, text):
    shown, answer = _opened(session, text)
    assert (answer.kind, answer.constraints) == ("help", shown.constraints)


@pytest.mark.parametrize("text", ["how do I compare the first and the second?", "可唔可以幫我比較第一部同第二部"])
def test_how_to_compare_phones_named_is_a_comparison(session, text):
    assert _opened(session, text)[1].kind == "compare"


@pytest.mark.parametrize(("said", "read"), [("呢個bot點用㗎", "这个bot怎么用㗎"), ("部機點樣", "部机怎样")])
def test_cantonese_dim_before_use_or_manner_asks_how(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize("said", ["好點用", "便宜點呀"])
def test_dim_after_an_adjective_stays_a_bit(said):
    assert "怎" not in simplified(said)


# -- a position asked about, with words after it ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [("what's the 3rd one like, any good?", 3), ("whats the 2nd one like, worth it?", 2),
                                             ("can the 4th one take a memory card", 4), ("does the first one have nfc", 1),
                                             ("第三台是哪一年的", 3), ("第四款是哪个牌子的", 4), ("第二支是哪個牌子的", 2)])
def test_a_question_about_a_position_opens_that_phone_and_filters_nothing(session, text, place):
    shown, answer = _opened(session, text)
    assert answer.kind == "details" and answer.focus == (shown.picks[place - 1].phone,)
    assert answer.constraints == shown.constraints


def test_phones_like_a_named_one_are_still_asked_for(vocab):
    assert understand("something like the pixel 8a but cheaper", vocab).followup.kind == "similar"


@pytest.mark.parametrize(("text", "places"), [("把第一台和第三台拉出来对比下", (1, 3)), ("把第二个和第四个拿出来比一下", (2, 4)),
                                              ("第一台和第五台放一起对比", (1, 5))])
def test_positions_set_apart_to_compare_are_compared(vocab, text, places):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("compare", places)


# -- "that one", "它" after the details of one phone ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["that one, does it do 5g?", "this phone - is it waterproof?", "that model: does it have nfc?",
                                  "它是哪年出的", "它是哪个牌子的"])
def test_a_question_about_the_phone_in_focus_opens_it_and_filters_nothing(session, text):
    shown = session.ask(START)
    opened = session.ask("the second one")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus == opened.focus
    assert answer.constraints == shown.constraints


# -- a superlative over the list, in mixed words --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key", "descending"), [("inme sabse 便宜 kaunsa hai", "price", False),
                                                         ("in sab mein sabse 轻 kaunsa hai", "weight_g", False),
                                                         ("inme se sabse 贵 wala kaunsa hai", "price", True)])
def test_sabse_before_a_chinese_word_is_that_superlative(vocab, text, key, descending):
    sort = understand(text, vocab).sort
    assert (sort.key, sort.descending) == (key, descending)


@pytest.mark.parametrize("text", ["list 里 cheapest 的那个 details 给我看看", "results 里最轻的是哪个"])
def test_the_list_named_in_english_in_a_chinese_sentence_is_the_list_on_screen(text):
    assert over_shown(text)


@pytest.mark.parametrize(("text", "key"), [("inme sabse 便宜 kaunsa hai", "price"),
                                           ("list 里 cheapest 的那个 details 给我看看", "price"),
                                           ("in sab mein sabse 轻 kaunsa hai", "weight_g")])
def test_a_mixed_superlative_over_the_list_opens_the_shown_phone_that_wins(session, text, key):
    shown, answer = _opened(session, text)
    phones = [p.phone for p in shown.picks]
    value = (lambda p: p.price("USD")) if key == "price" else (lambda p: p.weight_g)
    assert answer.kind == "details" and answer.focus == (min(phones, key=value),)
    assert answer.constraints == shown.constraints


# -- a named phone asked about in Hindi or by an aspect "on" it --------------------------------------------------------

@pytest.mark.parametrize(("text", "model"), [("Pixel 8a kaisa hai?", "Pixel 8a"), ("Galaxy A55 ke baare mein batao", "Galaxy A55"),
                                             ("OnePlus 12 kitne ka hai", "12"),
                                             ("redmi note 13 ke bare me kuch batao yaar", "Redmi Note 13"),
                                             ("how's the battery on the pixel 8a", "Pixel 8a"),
                                             ("how is the camera on the galaxy a55?", "Galaxy A55")])
def test_a_phone_named_and_asked_about_opens_it_and_filters_nothing(session, text, model):
    shown, answer = _opened(session, text)
    assert answer.kind == "details" and [p.family for p in answer.focus] == [model]
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["samsung kaisa hai?", "xiaomi ke baare mein batao"])
def test_a_maker_alone_asked_about_in_hindi_points_at_no_model(text):
    assert not pointed_names(text)


# -- a comparative question after a comparison ------------------------------------------------------------------------

def test_which_of_the_two_with_a_place_after_it_weighs_the_compared_phones_again(session):
    compared = ask_all(session, START, "compare the first two")
    answer = session.ask("which of the two is cheaper here in india?")
    assert answer.kind == "compare" and {p.id for p in answer.focus} == {p.id for p in compared.focus}
    assert answer.constraints == compared.constraints


# -- a model number two makers use ---------------------------------------------------------------------------------

_NAMESAKES = ("oppo-a54-5g-128gb,Oppo,A54 5G 128GB,A54 5G,phone,2021,True,128,6,,190,5000,6.5,,48,4,16,1,Snapdragon 480,"
              "Snapdragon 480,200,15999,1599,34999,1100,",
              "samsung-galaxy-a54-128gb,Samsung,Galaxy A54 128GB,Galaxy A54,phone,2023,True,128,8,,202,5000,6.4,,50,3,32,1,"
              "Exynos 1380,Exynos 1380,450,38999,2999,114999,1700,")


@pytest.fixture(scope="module")
def namesakes_advisor(tmp_path_factory):
    """The fixture catalog with two phones whose model number is "a54": the Oppo A54 5G and the Samsung Galaxy A54."""
    from advisor import Advisor

    home = tmp_path_factory.mktemp("namesakes")
    catalog = home / "phones.csv"
    catalog.write_text((FIXTURES / "phones_small.csv").read_text(encoding="utf-8").rstrip("\n") + "\n"
                       + "\n".join(_NAMESAKES) + "\n", encoding="utf-8")
    return Advisor.load(Settings(home=home, catalog_path=catalog, chipsets_path=FIXTURES / "chipsets_small.csv"))


def test_a_model_number_two_makers_use_is_the_phone_the_conversation_spoke_of(namesakes_advisor):
    session = namesakes_advisor.session()
    ask_all(session, "pixel 8a vs galaxy a54", "ok show me phones under $300")
    answer = session.ask("2nd one vs the a54")
    assert "samsung-galaxy-a54-128gb" in {p.id for p in answer.focus}


def test_with_none_spoken_of_the_model_number_is_the_one_the_filters_let_in(namesakes_advisor):
    session = namesakes_advisor.session()
    session.ask("phones under $300")
    answer = session.ask("2nd one vs the a54")
    assert "oppo-a54-5g-128gb" in {p.id for p in answer.focus}
