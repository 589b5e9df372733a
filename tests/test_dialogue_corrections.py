"""Corrections, replacements, loose positions, clearing and undo over several turns (issue 10): a newer statement
about a filter replaces the older one, a corrected figure said bare keeps the side in force, a position said loosely
points into the list, a model number inside one maker's series is that maker's, undo gives back the state before."""

from __future__ import annotations

import pytest

from advisor.dialogue.figures import withdrawn_unread
from advisor.understanding.request import Bound, Followup
from advisor.understanding.understand import Vocabulary, understand, unread_numbers_note


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("first, correction", [
    ("phones under $900, 6.7 inches or bigger", "no wait, 6.5 inches"),
    ("phones under $900, 6.7 inches or bigger", "no — 6.5 inches"),
    ("4000元以内，屏幕6.7寸以上", "不对，6.5寸"),
])
def test_a_corrected_bare_figure_takes_the_side_of_the_filter_in_force(session, first, correction):
    session.ask(first)
    session.ask(correction)
    assert session.state.constraints.spec("screen_in") == Bound(6.5, None)


def test_a_corrected_figure_said_with_around_stays_around(session):
    session.ask("phones under $900, 6.7 inches or bigger")
    session.ask("no wait, around 6.5 inches")
    bound = session.state.constraints.spec("screen_in")
    assert bound is not None and bound.lo is not None and bound.hi is not None and bound.lo < 6.5 < bound.hi


def test_a_newer_year_statement_replaces_the_older_one(session):
    session.ask("samsung phones, only 2024 models")
    session.ask("hmm, nothing older than 2023")
    assert session.state.constraints.spec("year") == Bound(2023, None)


def test_a_smaller_ram_figure_said_as_enough_replaces_the_floor(session):
    session.ask("phone with at least 12gb ram under $900")
    session.ask("actually 8GB is enough")
    assert session.state.constraints.spec("ram_gb") == Bound(8, None)


@pytest.mark.parametrize("text, position", [
    ("go with 3", 3), ("lets see 4", 4), ("I'll take the second", 2), ("就第三个吧", 3), ("看看4号", 4), ("take 2", 2),
    ("3 pls", 3), ("id like the second", 2), ("show the fourth", 4), ("ok 4 then", 4), ("going with number 2", 2),
    ("i'll go for the first", 1), ("3号那个", 3), ("就4吧", 4),
])
def test_a_position_said_loosely_shows_that_phone(session, text, position):
    shown = [p.phone for p in session.ask("phones under $2000").picks]
    answer = session.ask(text)
    assert answer.kind == "details" and list(answer.focus) == [shown[position - 1]]


def test_a_loose_position_never_changes_the_search(session):
    session.ask("phones under $2000")
    before = session.state.constraints
    session.ask("go with 3")
    assert session.state.constraints == before


def _series_vocab() -> Vocabulary:
    return Vocabulary.build(brands=["Oppo", "Samsung"], chipsets=[], aliases={}, reference_year=2024,
                            families=[("Oppo", "A54 5G"), ("Samsung", "Galaxy A54"), ("Samsung", "Galaxy A34")])


def test_two_model_numbers_prefer_the_maker_that_has_both():
    found = understand("is the a54 better than the a34?", _series_vocab()).followup
    assert found == Followup("compare", ("Galaxy A54", "Galaxy A34"))


def test_a_model_number_without_its_series_word_names_that_series_model():
    assert _series_vocab().resolve_family("a34") == "Galaxy A34"


def test_a_model_number_named_in_full_keeps_its_exact_family():
    assert _series_vocab().resolve_family("a54 5g") == "A54 5G"


@pytest.mark.parametrize("first, clearing, slot", [
    ("samsung phones under $900", "budget doesn't matter anymore", "budget"),
    ("phones under $900 with a screen under 6.5 inches", "any size is fine", "spec:screen_in"),
    ("4000元以内，屏幕6.5寸以下", "屏幕大小无所谓了", "spec:screen_in"),
    ("phones under $900 with 12gb ram", "RAM whatever", "spec:ram_gb"),
    ("小米或者三星，4000以内", "不挑品牌了", "brands"),
])
def test_letting_an_aspect_go_removes_only_that_filter(session, first, clearing, slot):
    before = {line.slot for line in session.ask(first).filters}
    after = {line.slot for line in session.ask(clearing).filters}
    assert slot in before and after == before - {slot}


@pytest.mark.parametrize("first_undo, second_undo", [("undo", "undo"), ("撤销", "上一步"), ("go back", "回到刚才那个")])
def test_two_undos_in_a_row_give_back_each_earlier_state(session, first_undo, second_undo):
    session.ask("phones under $900")
    one = session.state.constraints
    session.ask("only samsung")
    two = session.state.constraints
    session.ask("at least 8gb ram")
    first = session.ask(first_undo)
    assert session.state.constraints == two and any(c.op == "restore" for c in first.changes)
    second = session.ask(second_undo)
    assert session.state.constraints == one and any(c.op == "restore" for c in second.changes)



@pytest.mark.parametrize("first, second, compound", [
    ("phones under $600", "only samsung", "undo that and add 5g"),
    ("phones under $600", "only samsung", "go back, but make it 5g"),
    ("3000元以内", "只要小米", "撤销，再加个5G"),
])
def test_an_undo_then_a_wish_takes_the_last_change_back_and_adds_the_wish(session, first, second, compound):
    session.ask(first)
    before = session.state.constraints
    session.ask(second)
    answer = session.ask(compound)
    assert session.state.constraints.brands == before.brands and session.state.constraints.budget == before.budget
    assert session.state.constraints.needs_5g and any(c.op == "restore" for c in answer.changes)


def test_an_undo_after_a_word_of_refusal_takes_the_last_change_back(session):
    session.ask("3000元以内")
    before = session.state.constraints
    session.ask("只要小米")
    session.ask("不要了，撤销")
    assert session.state.constraints == before


def test_a_plus_model_named_is_that_model_not_the_one_without_the_plus():
    from advisor.dialogue.session import _norm  # the names a reference is matched on: "+" is no punctuation

    assert _norm("Galaxy S23+") != _norm("Galaxy S23")


def test_a_model_number_with_a_plus_names_its_series_model():
    vocab = Vocabulary.build(brands=["Samsung"], chipsets=[], aliases={}, reference_year=2024,
                             families=[("Samsung", "Galaxy S23"), ("Samsung", "Galaxy S23+")])
    assert vocab.resolve_family("s23+") == "Galaxy S23+"


def test_how_one_named_phone_compares_to_another_compares_the_two():
    vocab = Vocabulary.build(brands=["Samsung", "Google"], chipsets=[], aliases={}, reference_year=2024,
                             families=[("Samsung", "Galaxy S24"), ("Google", "Pixel 8")])
    found = understand("how does the galaxy s24 compare to the pixel 8", vocab).followup
    assert found == Followup("compare", ("Galaxy S24", "Pixel 8"))


@pytest.mark.parametrize("first, correction", [
    ("phones under $500", "no wait, make it 600"),
    ("a samsung with 12GB RAM", "no wait, 8GB not 12"),
    ("8gb ram phones", "no, 12 not 8"),
    ("三千以内的手机", "不对，是3500"),
])
def test_a_corrected_figure_is_not_also_said_to_be_unread(session, first, correction):
    session.ask(first)
    assert session.ask(correction).notes == ()


@pytest.mark.parametrize("zh", [False, True])
def test_only_the_figure_given_a_meaning_leaves_the_unread_note(zh):
    note = unread_numbers_note(["600", "120"], zh)
    assert withdrawn_unread(("other", note), ("600", "120"), [600.0]) == ("other", unread_numbers_note(["120"], zh))
