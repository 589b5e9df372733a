"""A why-not about a maker or a kind of device is answered with its phone that comes nearest, and truthfully (issue 9, issue 10):
"why are there no motorolas?" names the maker's best match further down the list with its rank, "why no vivos?" with a
Vivo on the list says why that one is there (it is among the picks), a maker the filters rule out is answered
with its phone that breaks them least, and "why is there no foldable?" / "why no ipads?" ask the same of a kind of
device (of a maker's line)."""

from __future__ import annotations

import pytest

START = "phones under $1000"


def _first_rank_of(advisor, of_kind) -> int:
    """The rank of the first phone of a kind when the shopper pages through the whole list."""
    session = advisor.session()
    answer = session.ask(START)
    while not any(of_kind(p.phone) for p in answer.picks):
        answer = session.ask("show more")
    return next(p.rank for p in answer.picks if of_kind(p.phone))


@pytest.mark.parametrize(("text", "brand"), [("why are there no motorolas", "Motorola"), ("why not sony", "Sony"),
                                             ("how come no xiaomis?", "Xiaomi")])
def test_a_maker_with_matches_below_the_list_is_answered_with_its_best_match(small_advisor, text, brand):
    session = small_advisor.session()
    shown = session.ask(START)
    assert brand not in {p.phone.brand for p in shown.picks}
    answer = session.ask(text)
    assert (answer.kind, answer.exact, answer.picks[0].phone.brand) == ("why_not", True, brand)
    assert answer.picks[0].rank == _first_rank_of(small_advisor, lambda phone: phone.brand == brand)


@pytest.mark.parametrize("text", ["why no vivos?", "why isn't there a vivo"])
def test_a_maker_on_the_list_is_answered_with_why_its_phone_is_there(small_advisor, text):
    session = small_advisor.session()
    shown = next(p for p in session.ask(START).picks if p.phone.brand == "Vivo")
    answer = session.ask(text)
    assert (answer.kind, answer.picks[0].phone.id, answer.picks[0].rank) == ("why", shown.phone.id, shown.rank)


def test_a_named_phone_on_the_list_asked_why_not_is_answered_with_why_it_is_there(small_advisor):
    session = small_advisor.session()
    shown = session.ask(START).picks[0]
    answer = session.ask(f"why isn't the {shown.phone.brand} {shown.phone.family} here?")
    assert (answer.kind, answer.picks[0].phone.id) == ("why", shown.phone.id)


def test_a_why_not_about_a_model_whose_name_holds_a_device_word_is_about_that_model(small_advisor):
    session = small_advisor.session()
    session.ask(START)
    pick = session.ask("why not the z fold6?").picks[0]
    assert pick.phone.family == "Galaxy Z Fold6"


def test_a_maker_the_filters_rule_out_is_answered_with_its_phone_that_breaks_them_least(small_advisor):
    session = small_advisor.session()
    session.ask(START)
    session.ask("only samsung")
    answer = session.ask("why no pixels?")
    assert (answer.kind, answer.exact, answer.picks[0].phone.brand) == ("why_not", False, "Google")
    assert [r.slot for r in answer.picks[0].relaxed] == ["brands"]  # under $1000: only the maker filter is broken


@pytest.mark.parametrize("text", ["why is there no foldable?", "为什么没有折叠屏", "how come no foldables"])
def test_a_kind_of_device_the_filters_let_in_is_answered_with_its_best_match(small_advisor, text):
    session = small_advisor.session()
    session.ask(START)
    answer = session.ask(text)
    assert (answer.kind, answer.exact, answer.picks[0].phone.device) == ("why_not", True, "foldable")
    assert answer.picks[0].rank == _first_rank_of(small_advisor, lambda phone: phone.device == "foldable")


def test_a_device_the_filters_leave_out_is_answered_with_its_nearest_one_and_what_it_breaks(small_advisor):
    session = small_advisor.session()
    session.ask(START)
    pick = session.ask("why are there no tablets").picks[0]
    assert (pick.phone.device, [r.slot for r in pick.relaxed]) == ("tablet", ["devices"])


@pytest.mark.parametrize(("text", "brand"), [("why no ipads?", "Apple"), ("why no samsung tablets", "Samsung"),
                                             ("why no galaxy tabs?", "Samsung")])
def test_a_makers_line_of_a_device_is_answered_with_that_makers_nearest_one(small_advisor, text, brand):
    session = small_advisor.session()
    session.ask(START)
    pick = session.ask(text).picks[0]
    assert (pick.phone.brand, pick.phone.device, [r.slot for r in pick.relaxed]) == (brand, "tablet", ["devices"])


@pytest.mark.parametrize("form", ["how come the {name} didn't make the cut", "why has the {name} not made your list?"])
def test_a_why_not_with_the_phone_as_its_subject_is_about_that_phone(small_advisor, form):
    session = small_advisor.session()
    session.ask(START)
    answer = session.ask(form.format(name="z fold6"))
    assert (answer.kind, answer.picks[0].phone.family) == ("why_not", "Galaxy Z Fold6")
