"""Readings from SEALED-17's English and mixed (sealed17-mxa*) dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a chip family said to be fine too widens, never narrows -------------------------------------------------------

@pytest.mark.parametrize("text", ["chip at least as fast as snapdragon 8 gen 2 (dimensity is fine too)",
                                  "processor no slower than a snapdragon 8 gen 2, mediatek is ok too",
                                  "性能 at least 骁龙8 Gen 2 level, 天玑 also OK",
                                  "snapdragon 8 gen 2 or better, exynos works too"])
def test_a_chip_family_fine_too_beside_a_chip_floor_keeps_only_the_floor(vocab, text):
    read = slots(understand(text, vocab))
    assert read["spec:chip_score"] == ("set", Bound(lo=5000.0))
    assert read.get("chipset", ("add",))[0] == "add"


@pytest.mark.parametrize("text", ["a dimensity phone please", "dimensity chip, 8gb ram"])
def test_a_chip_family_asked_for_is_still_the_chip_wish(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("set", "Dimensity")


@pytest.mark.parametrize("text", ["dimensity is fine too", "mediatek dimensity also ok", "天玑也行"])
def test_a_chip_family_fine_too_after_another_family_lets_either_do(session, text):
    constraints = ask_all(session, "snapdragon phone under 900 dollars", text).constraints
    assert constraints.chipset is None
    assert {alternative.chipset for alternative in constraints.alternatives} == {"Snapdragon", "Dimensity"}


def test_a_chip_family_fine_too_with_no_chip_wish_adds_no_chip_filter(session):
    constraints = ask_all(session, "gaming phone under 900 dollars", "dimensity is fine too").constraints
    assert constraints.chipset is None and not constraints.alternatives


def test_a_refused_chip_family_said_fine_is_let_back(session):
    constraints = ask_all(session, "no dimensity, under 900 dollars", "dimensity is fine too").constraints
    assert not constraints.exclude_chipsets and constraints.chipset is None


# -- an undo whose reason speaks of the brand the undo takes back ------------------------------------------------

@pytest.mark.parametrize("text", ["nah undo that, realme UI is full of bloatware",
                                  "undo that, realme phones feel cheap", "scratch that, realme's software is laggy"])
def test_an_undo_then_a_complaint_about_the_brand_it_drops_keeps_the_brands_before(session, text):
    answer = ask_all(session, "Samsung or Motorola only please", "ok Realme is fine too", text)
    assert answer.constraints.brands == frozenset({"Samsung", "Motorola"})


@pytest.mark.parametrize("text", ["undo that, realme only", "undo that, i want realme", "undo that, realme"])
def test_an_undo_then_a_wish_for_that_brand_alone_is_that_wish(session, text):
    answer = ask_all(session, "Samsung or Motorola only please", "ok Realme is fine too", text)
    assert answer.constraints.brands == frozenset({"Realme"})


# -- a device kind let go by "scratch", "get rid of", "remove" -------------------------------------------------------

@pytest.mark.parametrize("text", ["hmm scratch the foldable idea. just a normal phone", "scratch the foldable idea",
                                  "get rid of the whole foldable idea", "remove the foldable"])
def test_a_foldable_let_go_by_name_is_no_foldable_wish(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


def test_a_foldable_asked_for_after_scratch_that_is_wanted(vocab):
    assert slots(understand("scratch that, a foldable please", vocab))["devices"] == ("set", frozenset({"foldable"}))


# -- a figure let go by name, then "make it" the new one ------------------------------------------------------------

@pytest.mark.parametrize(("text", "slot", "floor"), [
    ("scratch the 8gb, make it 12gb ram minimum", "spec:ram_gb", 12.0),
    ("forget the 8gb, make it 12gb ram at least", "spec:ram_gb", 12.0),
    ("drop the 128gb, make it 256gb storage minimum", "spec:storage_gb", 256.0),
])
def test_a_figure_dropped_then_made_another_sets_the_new_figure(vocab, text, slot, floor):
    assert slots(understand(text, vocab))[slot] == ("set", Bound(lo=floor))


@pytest.mark.parametrize(("text", "figure"), [("8gb ram, make it 12", 12.0), ("at least 8gb ram, sorry 12", 12.0)])
def test_a_figure_taken_back_in_the_same_breath_is_still_the_one_meant(vocab, text, figure):
    assert slots(understand(text, vocab))["spec:ram_gb"][1].lo == figure


# -- the last step taken back in words, then "undo that" ------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok remove xiaomi again, undo that", "drop xiaomi again, undo that",
                                  "remove xiaomi. undo that"])
def test_a_wish_that_gives_what_the_undo_gives_is_the_undo(session, text):
    answer = ask_all(session, "Samsung phone under 900 dollars", "xiaomi is also fine", text)
    assert answer.constraints.brands == frozenset({"Samsung"})


def test_a_new_wish_then_undo_that_still_takes_the_wish_back(session):
    answer = ask_all(session, "Samsung phone under 900 dollars", "xiaomi is also fine", "oppo too. undo that")
    assert answer.constraints.brands == frozenset({"Samsung", "Xiaomi"})


# -- a superlative among the shown phones, then "what's it like" ----------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("the cheapest of those, what's it like?", lambda phone: phone.price("USD")),
    ("the lightest of these, what's it like?", lambda phone: phone.weight_g),
    ("the cheapest one on the list, tell me about it", lambda phone: phone.price("USD")),
])
def test_a_superlative_of_the_shown_then_it_opens_that_pick(session, text, key):
    shown = [p.phone for p in session.ask("phone under 1000 dollars").picks]
    session.ask("tell me about the second one")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert key(answer.picks[0].phone) == min(key(phone) for phone in shown)


def test_what_is_it_like_alone_asks_of_the_phone_in_focus(session):
    session.ask("phone under 1000 dollars")
    second = session.ask("tell me about the second one").picks[0].phone
    assert session.ask("what's it like?").picks[0].phone == second


# -- "how does that one stack up vs the very first phone on the list" ----------------------------------------------

@pytest.mark.parametrize("text", ["how does that one stack up vs the very first phone on the list",
                                  "how does it stack up versus the first one", "how does this one measure up vs #1",
                                  "how does that one compare to the first one"])
def test_the_phone_in_focus_weighed_against_the_first_shown(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == (0, 1)


def test_a_name_before_the_comparison_stays_that_name(vocab):
    followup = understand("how does the pixel compare to the first one", vocab).followup
    assert followup is not None and followup.refs == ("pixel", 1)


@pytest.mark.parametrize(("text", "position"), [("tell me about the second phone on the list", 2),
                                                ("the very first one", 1)])
def test_an_ordinal_with_very_or_on_the_list_is_that_position(vocab, text, position):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (position,)


# -- why, asked in Chinese with the English verb -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "ref"), [("为什么 recommend 它?", 0), ("为啥 you picked this one", 0),
                                           ("为什么 suggest 第一个", 1)])
def test_a_chinese_why_with_an_english_verb_asks_why_of_that_phone(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (ref,)


def test_a_chinese_why_with_the_chinese_verb_still_asks_why(vocab):
    followup = understand("为什么推荐它?", vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (0,)
