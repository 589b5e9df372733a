"""English conversations a prober found misread (issue 10): a budget moved with a multiplier ("actually make it 90k"),
a figure corrected under a screen window ("no wait I meant 6.1 not 6.7" after a 6.7" screen), a side added to a
bound in force ("not more than 6.7 either" after "at least 6.5"), a brand added after an opener ("hmm also motorola"),
a wanted brand let go ("nokia doesnt matter, motorola only") and "make" said as a verb ("no make that 1500")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# --- a budget moved by a bare figure with a multiplier ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "hi"), [("actually make it 90k", 90000.0), ("hmm thats low, make it 60k", 60000.0),
                                          ("make it 1.2 lakh", 120000.0)])
def test_a_budget_is_moved_by_a_figure_with_a_multiplier(session, text, hi):
    session.ask("an iphone under ₹80,000")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="INR", hi=hi)


def test_a_figure_with_a_multiplier_keeps_the_currency_in_force(session):
    session.ask("yo need a phone, max 45k pkr")
    assert session.ask("make it 60k").constraints.budget == Budget(currency="PKR", hi=60000.0)


@pytest.mark.parametrize("text", ["no make that 1500", "nah make it 1500", "no, make it 1500 then"])
def test_make_that_a_figure_after_no_moves_the_budget_and_keeps_the_brands(session, text):
    session.ask("only samsung")
    session.ask("under 1000 dirhams")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="AED", hi=1500.0)
    assert answer.constraints.brands == frozenset({"Samsung"})


# --- a figure corrected under a screen window -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["no wait I meant 6.1 not 6.7", "i meant 6.1 not 6.7", "sorry, 6.1 not 6.7"])
def test_a_corrected_screen_size_moves_the_window_about_it(session, text):
    session.ask('a phone with 6.7" screen')
    window = session.ask("and 5000 mah battery").constraints.spec("screen_in")
    assert window.lo == pytest.approx(6.55) and window.hi == pytest.approx(6.85)
    moved = session.ask(text).constraints.spec("screen_in")
    assert moved.lo == pytest.approx(5.95) and moved.hi == pytest.approx(6.25)


def test_a_corrected_figure_no_window_is_centred_on_changes_nothing(session):
    session.ask('a phone with 6.7" screen')
    before = session.ask("under $900").constraints
    assert session.ask("i meant 6.3 not 6.5").constraints.spec("screen_in") == before.spec("screen_in")


# --- the other side of a bound in force -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["wait not more than 6.7 either", "and 6.7 at most", "under 6.7 please"])
def test_a_ceiling_said_after_a_floor_keeps_the_floor(session, text):
    session.ask("big screen pls atleast 6.5")
    assert session.ask(text).constraints.spec("screen_in") == Bound(lo=6.5, hi=6.7)


# --- a brand added after an opener ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hmm also motorola", "ok, and motorola", "oh motorola too"])
def test_a_brand_added_after_an_opener_joins_the_wanted_brands(session, text):
    session.ask("my budget's 600 bucks tops")
    session.ask("prefer oneplus or xiaomi")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"OnePlus", "Xiaomi", "Motorola"})
    assert session.ask("remove xiaomi").constraints.brands == frozenset({"OnePlus", "Motorola"})


# --- a wanted brand let go --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["actually nokia doesnt matter, motorola only", "nokia isn't important, just motorola",
                                  "nokia doesn't really matter, motorola only"])
def test_a_brand_said_not_to_matter_leaves_the_wanted_brands(session, text):
    session.ask("a phone up to 600")
    session.ask("only motorola and nokia")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"Motorola"})
    assert answer.constraints.exclude_brands == frozenset()
