"""SEALED-10 English dialogue moves (issue 10): a brand's app is no brand ("google maps"), a refusal kept or repeated
with "still" / "also" ("infinix still no", "vivo also no"), what is left of the list is no wish ("only tecno left
now"), an undo after a verdict on the list ("this list i not like. give before one"), "before" said for "previous",
an opener closed by a full stop ("nah. go back.") and a figure closing a sentence after a comparative ("cheaper. 250.")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


_START = "5g, under $300"


@pytest.mark.parametrize("text", ["no samsung, the last one hung everytime google maps open",
                                  "no samsung, i live in google photos",
                                  "no samsung. my day is google maps and google drive"])
def test_a_brands_app_asks_for_no_brand(session, text):
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.exclude_brands == frozenset({"Samsung"})


def test_the_brand_itself_is_still_wanted(session):
    assert session.ask("a google phone under $400").constraints.brands == frozenset({"Google"})


@pytest.mark.parametrize("text", ["samsung no, xiaomi also no, i not like", "samsung no, xiaomi still no",
                                  "samsung no, xiaomi too no"])
def test_a_refusal_kept_or_repeated_refuses(session, text):
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Samsung", "Xiaomi"})
    assert answer.constraints.brands == frozenset()


def test_a_kept_refusal_stays_beside_a_loosened_brand(session):
    session.ask("samsung no, xiaomi also no")
    answer = session.ask("ok xiaomi can be, my cousin say xiaomi good. samsung still no")
    assert answer.constraints.exclude_brands == frozenset({"Samsung"})
    assert answer.constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["only xiaomi left now", "just xiaomi phones remaining", "only xiaomi ones left lol"])
def test_what_is_left_of_the_list_is_no_wish(session, text):
    session.ask(_START)
    assert session.ask(text).constraints.brands == frozenset()


def test_only_a_brand_is_still_a_wish(session):
    session.ask(_START)
    assert session.ask("only xiaomi please").constraints.brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text", ["no sir, this list i not like. give before one",
                                  "hmm these look too basic. forget that, go back to what you had before",
                                  "nah only xiaomi left now, take me back to the list before this one",
                                  "nah. go back.", "meh these are ugly, show me the before list"])
def test_an_undo_after_a_verdict_on_the_list_restores_the_state(session, text):
    session.ask(_START)
    session.ask("cheaper")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="USD", hi=300.0)
    assert answer.constraints.needs_5g is True


def test_a_wish_before_the_move_makes_it_no_undo(session):
    session.ask(_START)
    session.ask("cheaper")
    answer = session.ask("no samsung, go back")
    assert answer.constraints.budget != Budget(currency="USD", hi=300.0)


@pytest.mark.parametrize(("text", "hi"), [("cheaper. 250.", 250.0), ("bit cheaper pls. 260.", 260.0),
                                          ("lower. 240!", 240.0)])
def test_a_figure_closing_a_sentence_after_a_comparative_is_the_cap(session, text, hi):
    session.ask(_START)
    assert session.ask(text).constraints.budget == Budget(currency="USD", hi=hi)


@pytest.mark.parametrize("text", ["the ram, scrap that", "my storage - forget that"])
def test_an_aspect_named_before_the_drop_is_no_verdict_on_the_list(session, text):
    session.ask("phones under $300 with 8gb ram and 256gb storage")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="USD", hi=300.0)
    assert len(answer.constraints.specs) == 1


_CHINESE = frozenset({"Honor", "Huawei", "Infinix", "Lenovo", "OnePlus", "Oppo", "POCO", "Realme", "Tecno", "Vivo",
                      "Xiaomi", "iQOO"})


@pytest.mark.parametrize("text", ["he says android is also fine, any brand ok", "android is fine too",
                                  "android works as well"])
def test_android_allowed_beside_an_iphone_widens_to_both(session, text):
    session.ask("want an iphone under $900, 5g")
    answer = session.ask(text)
    assert answer.constraints.platform is None
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.needs_5g is True


def test_only_android_after_an_iphone_still_switches(session):
    session.ask("want an iphone under $900, 5g")
    answer = session.ask("actually only android")
    assert answer.constraints.platform == "android"
    assert answer.constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["but avoid chinese companies please", "no phones from chinese makers",
                                  "skip chinese manufacturers"])
def test_chinese_companies_are_the_chinese_brands(session, text):
    assert session.ask(text).constraints.exclude_brands == _CHINESE


def test_a_company_phone_names_no_brand(session):
    answer = session.ask("my company phone is fine, under $500")
    assert answer.constraints.exclude_brands == frozenset()
    assert answer.constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["real q: is the pixel 7a worth stretching for? how's its camera next to these",
                                  "quick question: is the pixel 7a any good?",
                                  "honest question - is the pixel 7a any good?"])
def test_an_announced_question_about_a_named_phone_is_answered_about_it(session, text):
    session.ask("phones under $450 with a 50mp camera")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.budget == Budget(currency="USD", hi=450.0)


def test_an_announcement_before_a_wish_keeps_the_wish(session):
    session.ask("phones under $450")
    answer = session.ask("q: 8gb ram please")
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8.0


@pytest.mark.parametrize("text", ["thx yaar, you saved me 5 trips to hafeez centre",
                                  "thanks, you just saved me 3 hours of youtube reviews",
                                  "thanks a lot, you helped me 2 times today"])
def test_a_thanks_counting_what_the_advisor_saved_is_social(session, text):
    session.ask("phones under $300")
    answer = session.ask(text)
    assert answer.kind == "social"
    assert answer.constraints.budget == Budget(currency="USD", hi=300.0)


def test_a_thanks_beside_a_figure_wish_is_no_social_turn(session):
    session.ask("phones under $300")
    answer = session.ask("thanks, 8gb ram now")
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8.0
