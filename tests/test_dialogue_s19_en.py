"""Readings from SEALED-19's English and mixed (sealed19-mxa*) dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import over_shown
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- an aspect said to be "not that big a deal" is let go -----------------------------------------------------------

@pytest.mark.parametrize("text", ["battery isn't that big a deal, drop that part (keep 5g tho)",
                                  "battery is not so big a deal", "the battery's not that huge a deal tbh"])
def test_an_aspect_not_that_big_a_deal_is_let_go(vocab, text):
    assert slots(understand(text, vocab))["spec:battery_mah"] == ("clear", None)


@pytest.mark.parametrize("text", ["a 5000mah battery is that big a deal for me", "battery is a big deal, 5000mah at least"])
def test_an_aspect_said_to_be_a_big_deal_is_kept(vocab, text):
    assert slots(understand(text, vocab))["spec:battery_mah"][0] == "set"


def test_a_battery_let_go_with_keep_5g_keeps_the_5g_filter(session):
    constraints = ask_all(session, "phone under $500, nothing from apple", "needs 5G and a big battery, 5000mah or more",
                          "ok you know what, battery isn't that big a deal, drop that part (keep 5g tho)").constraints
    assert constraints.needs_5g and not dict(constraints.specs).get("battery_mah")
    assert constraints.exclude_brands == frozenset({"Apple"})


# -- a chip recalled as said before, then revised after "but", is no new chip wish ------------------------------------

@pytest.mark.parametrize("text", ["no wait, I said snapdragon but honestly any chip is fine, it just has to be 5G",
                                  "i asked for a dimensity chip, but any processor works",
                                  "we said exynos but whatever chip, 5g is what matters"])
def test_a_chip_recalled_then_any_chip_lets_the_chip_go(vocab, text):
    read = slots(understand(text, vocab))
    assert read["chipset"] == ("clear", None)


def test_a_chip_recalled_then_another_meant_is_the_other(vocab):
    assert slots(understand("i said snapdragon but i meant dimensity", vocab))["chipset"] == ("set", "Dimensity")


@pytest.mark.parametrize("text", ["i said snapdragon and i meant it", "I said snapdragon, keep it"])
def test_a_chip_said_again_without_but_is_still_wanted(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Snapdragon")


def test_any_chip_after_a_recalled_chip_keeps_5g_and_the_budget(session):
    constraints = ask_all(session, "looking for a phone with a snapdragon chip, budget rs 35000",
                          "hmm these are a bit much, show me cheaper ones, under 28k",
                          "no wait, I said snapdragon but honestly any chip is fine, it just has to be 5G").constraints
    assert constraints.chipset is None and constraints.needs_5g
    assert constraints.budget is not None and constraints.budget.hi == 28000


# -- a ceiling said with "cheaper" moves below the old floor too ---------------------------------------------------

@pytest.mark.parametrize("text", ["let's go cheaper: anything up to $550", "cheaper, max 550 dollars",
                                  "something cheaper please, under $550"])
def test_cheaper_with_a_ceiling_drops_the_old_floor(session, text):
    budget = ask_all(session, "phones between $400 and $700", text).constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (None, 550)


def test_a_ceiling_alone_keeps_the_old_floor(session):
    budget = ask_all(session, "phones between $400 and $700", "under $550").constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (400, 550)


def test_pricier_with_a_floor_drops_the_old_ceiling(session):
    budget = ask_all(session, "phones between $400 and $700", "show me pricier ones, at least $500").constraints.budget
    assert budget is not None and (budget.lo, budget.hi) == (500, None)


# -- a verb of weighing before "#n vs #m" opens the comparison, no phone name ---------------------------------------

@pytest.mark.parametrize(("text", "refs"), [("can you stack up #1 vs #2 for me, camera and battery mainly", (1, 2)),
                                            ("could u size up 1 vs 3 pls", (1, 3)), ("pit #2 vs #3", (2, 3))])
def test_a_weighing_verb_before_positions_vs_each_other_compares_them(vocab, text, refs):
    followup = understand(text, vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("compare", refs)


def test_positions_vs_each_other_after_an_opener_still_compare(vocab):
    followup = understand("ok, number 1 vs number 3", vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("compare", (1, 3))


# -- a series wish dropped by name lets the wish go, the brand stays ------------------------------------------------

@pytest.mark.parametrize("text", ["scratch the S series thing, any samsung is fine. 3300 AED still",
                                  "drop the galaxy s series", "lose the S line, any galaxy will do"])
def test_a_wished_series_dropped_lets_the_series_go_and_keeps_the_brand(session, text):
    constraints = ask_all(session, "ok. I want a Samsung, Galaxy S series, up to 3300 dirhams", text).constraints
    assert constraints.brands == frozenset({"Samsung"})
    assert not constraints.series and not constraints.exclude_series


@pytest.mark.parametrize("text", ["drop the galaxy a series", "samsung, lose the galaxy A ones"])
def test_a_series_dropped_with_no_series_wished_is_refused(session, text):
    constraints = ask_all(session, "samsung phones under 800 dollars", text).constraints
    assert constraints.exclude_series == frozenset({"Galaxy A"})


def test_a_wished_series_refused_with_no_stays_refused(session):
    constraints = ask_all(session, "ok. I want a Samsung, Galaxy S series, up to 3300 dirhams", "no galaxy s").constraints
    assert "Galaxy S" in constraints.exclude_series


# -- a superlative over "this lot", "that bunch" is taken over the phones on screen ----------------------------------

@pytest.mark.parametrize("text", ["out of this lot whats the lowest price one", "from that bunch which is the lightest",
                                  "among this batch, the one with the biggest battery?"])
def test_a_superlative_over_this_lot_picks_a_shown_phone(session, text):
    shown = ask_all(session, "budget around 3000 RMB, Huawei or Honor")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.model in [p.phone.model for p in shown.picks]


def test_a_lot_of_said_as_many_is_no_pointing(vocab):
    assert not over_shown("a lot of people like huawei, show me cheaper ones")


# -- "is really my limit": a stressing adverb keeps the ceiling, and restated after an undo it is only the reason ----

@pytest.mark.parametrize(("text", "hi"), [("2000 is really my limit", 2000), ("$500 is honestly the max", 500),
                                          ("700 dollars is definitely my budget", 700)])
def test_a_figure_stressed_as_my_limit_is_a_ceiling(vocab, text, hi):
    update = slots(understand(text, vocab))["budget"]
    assert update[0] == "set" and update[1].hi == hi and update[1].lo is None


def test_a_figure_said_to_be_really_a_lot_sets_no_budget(vocab):
    assert "budget" not in slots(understand("4000 is really a lot", vocab))


@pytest.mark.parametrize("text", ["emmm 撤回吧, 2000 is really my limit", "undo that, 2000 is honestly my max"])
def test_an_undo_whose_reason_restates_the_old_figure_restores_the_list(session, text):
    turns = ask_all(session, "hi, I'm a student in Shenzhen, budget 2000块 max", "必须 5G 哦, campus wifi is terrible")
    ask_all(session, "算了, budget 提高到 2500块吧")
    answer = session.ask(text)
    assert answer.constraints == turns.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in turns.picks]


# -- "it" asked about after a phone told of as someone's is that phone -------------------------------------------

@pytest.mark.parametrize(("text", "name"), [("my colleague has the S24, is it still worth it? details pls", "Galaxy S24"),
                                            ("my wife uses a pixel 7a, is it any good?", "Pixel 7a"),
                                            ("i've got the galaxy a15, what's its battery like", "Galaxy A15")])
def test_it_asked_about_after_a_phone_told_of_is_that_phone(vocab, text, name):
    followup = understand(text, vocab).followup
    assert followup is not None and (followup.kind, followup.refs) == ("details", (name,))


@pytest.mark.parametrize("text", ["my colleague has the S24, i want something under 2000", "i want an s24, is it 5g?"])
def test_a_phone_told_of_with_no_question_of_it_is_no_details(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "details"


def test_details_of_a_told_phone_in_a_session_show_it(session):
    answer = ask_all(session, "ok. I want a Samsung, Galaxy A series, up to 3300 dirhams",
                     "my colleague has the S24, is it still worth it? details pls")
    assert answer.kind == "details" and answer.picks[0].phone.model.startswith("Galaxy S24")
