"""The moves of the SEALED-7 English sessions that went wrong (issue 10): a brand refused by a pronoun in a clause
after it ("She's had bad luck with Tecno, so skip those"), a brand said to be no option for the person the phone is for
("Apple isn't an option for him"), a question about what a shown phone is like with a trailing word of talk ("whats
the 2nd one like then"), a figure taken back said in thousands ("sorry meant 80000 not 60" under a cap of 60000), and
the side a bound keeps out accepted before it ("I'll live with smaller"), which lets that bound go."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# --- a brand refused by a pronoun after it -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("She's had bad luck with Tecno, so skip those.", "Tecno"),
                                             ("had issues with xiaomi, avoid them", "Xiaomi"),
                                             ("bad experience with Realme so avoid those ones", "Realme"),
                                             ("oppo? skip it", "Oppo")])
def test_a_brand_refused_by_a_pronoun_after_it_is_excluded(session, text, brand):
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({brand})
    assert answer.constraints.brands == frozenset()


@pytest.mark.parametrize(("text", "brand"), [("samsung phone, skip the case", "Samsung"),
                                             ("samsung please, don't skip them", "Samsung"),
                                             ("samsung, so skip those cheap ones", "Samsung")])
def test_skip_with_no_pronoun_closing_the_clause_does_not_refuse_the_brand(session, text, brand):
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({brand})
    assert answer.constraints.exclude_brands == frozenset()


@pytest.mark.parametrize(("text", "brand"), [("don't skip samsung", "Samsung"), ("dont skip xiaomi", "Xiaomi"),
                                             ("do not skip oppo", "Oppo")])
def test_skip_said_with_a_negation_does_not_refuse_the_brand(session, text, brand):
    answer = session.ask(text)
    assert brand not in answer.constraints.exclude_brands
    assert answer.constraints.brands == frozenset({brand})


def test_skip_before_a_brand_still_refuses_it(session):
    answer = session.ask("phones under 300, skip xiaomi")
    assert answer.constraints.exclude_brands == frozenset({"Xiaomi"})


# --- a brand that is no option for the person the phone is for -----------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("Apple isn't an option for him, his dad's rule.", "Apple"),
                                             ("Samsung is not an option for her", "Samsung"),
                                             ("xiaomi isn't ok for my son", "Xiaomi")])
def test_a_brand_not_an_option_for_someone_is_excluded(session, text, brand):
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({brand})
    assert answer.constraints.brands == frozenset()


def test_a_brand_that_is_an_option_for_someone_is_wanted(session):
    answer = session.ask("apple is an option for him")
    assert answer.constraints.brands == frozenset({"Apple"})
    assert answer.constraints.exclude_brands == frozenset()


# --- what a shown phone is like, with a trailing word ----------------------------------------------------------------

def _listed(session):
    return session.ask("phones under 400 dollars")


@pytest.mark.parametrize(("text", "position"), [("hmm ok whats the 2nd one like then", 2),
                                                ("how's #3 like tho?", 3),
                                                ("what is the first one like now", 1)])
def test_what_a_shown_phone_is_like_with_a_trailing_word_opens_that_phone(session, text, position):
    listed = _listed(session)
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.phone.id for p in answer.picks] == [listed.picks[position - 1].phone.id]
    assert answer.constraints == listed.constraints


def test_a_question_about_it_after_a_phone_like_question_asks_about_that_phone(session):
    listed = _listed(session)
    session.ask("hmm ok whats the 2nd one like then")
    answer = session.ask("is it 5g tho")
    assert answer.kind == "details"
    assert [p.phone.id for p in answer.picks] == [listed.picks[1].phone.id]
    assert answer.constraints.needs_5g is False


def test_something_like_a_shown_phone_then_still_asks_for_similar_phones(session):
    _listed(session)
    answer = session.ask("something like the 2nd one then")
    assert answer.kind == "similar"


# --- a figure taken back said in thousands ---------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "text", "currency", "hi"), [
    ("under 60000 pkr", "sorry meant 80000 not 60", "PKR", 80000.0),
    ("under 60k pkr", "meant 80k not 60", "PKR", 80000.0),
    ("under 25000 inr", "i meant 30000 not 25", "INR", 30000.0)])
def test_a_figure_taken_back_in_thousands_is_the_cap_in_force(session, first, text, currency, hi):
    session.ask(first)
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency=currency, hi=hi)


def test_a_small_figure_taken_back_is_not_scaled_when_the_one_meant_is_small(session):
    session.ask("under 600 usd")
    answer = session.ask("meant 800 not 6")
    assert answer.constraints.budget == Budget(currency="USD", hi=600.0)


def test_a_figure_taken_back_said_whole_still_replaces_the_cap(session):
    session.ask("under 60000 pkr")
    answer = session.ask("80000 not 60000")
    assert answer.constraints.budget == Budget(currency="PKR", hi=80000.0)


# --- the other side accepted before it lets the bound go ------------------------------------------------------------

@pytest.mark.parametrize("text", ["ignore the screen size, I'll live with smaller", "i can live with a smaller screen",
                                  "I'm fine with smaller"])
def test_a_smaller_screen_accepted_lets_the_screen_floor_go(session, text):
    session.ask("phones under 350 dollars with a 6.7 inch screen or bigger")
    answer = session.ask(text)
    assert answer.constraints.spec("screen_in") is None
    assert answer.constraints.budget == Budget(currency="USD", hi=350.0)


def test_heavier_accepted_lets_the_weight_cap_go(session):
    session.ask("phones under 350 dollars, under 180 grams")
    answer = session.ask("I don't mind heavier")
    assert answer.constraints.spec("weight_g") is None


def test_a_wish_for_smaller_is_still_a_cap(session):
    session.ask("phones under 350 dollars with a 6.7 inch screen or bigger")
    answer = session.ask("i want smaller")
    bound = answer.constraints.spec("screen_in")
    assert bound is not None and bound.lo is None and bound.hi is not None and bound.hi < 6.7


def test_smaller_accepted_with_a_new_limit_is_that_limit(session):
    session.ask("phones under 350 dollars with a 6.7 inch screen or bigger")
    answer = session.ask("fine with smaller, 6.1 max")
    assert answer.constraints.spec("screen_in") == Bound(hi=6.1)
