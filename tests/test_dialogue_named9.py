"""Phones named loosely that are not on screen, and the phone in focus weighed against a shown one (issue 10):
"tell me more about the Pixel" with no Pixel shown opens the best Pixel the filters let in (not a brand filter),
"the last moto" counts every shown Motorola, and "vs the cheapest one" after one phone's details compares the two."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _unshown_brand(session, shown):
    """A brand the filters in force let in whose phones are all below the page shown, and its first phone."""
    on_screen = {p.phone.brand for p in shown.picks}
    return next((r.phone.brand, r.phone) for r in session.ranking().matches if r.phone.brand not in on_screen)


@pytest.mark.parametrize("text", [
    "tell me more about the {brand}", "can you tell me a bit more about the {brand}?", "details on the {brand} please",
    "tell me more about that {brand}",
])
def test_details_of_a_brand_not_on_screen_open_its_best_phone_within_the_filters(session, text):
    shown = session.ask("phones under $1000")
    brand, best = _unshown_brand(session, shown)
    answer = session.ask(text.format(brand=brand.lower()))
    assert answer.kind == "details" and answer.picks[0].phone.id == best.id
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["你推荐的那台{brand}怎么样", "the {brand} you showed", "列表里那台{brand}"])
def test_a_brand_said_to_be_shown_but_not_shown_opens_its_best_phone_within_the_filters(session, text):
    shown = session.ask("phones under $1000")
    brand, best = _unshown_brand(session, shown)
    answer = session.ask(text.format(brand=brand.lower()))
    assert answer.kind == "details" and answer.picks[0].phone.id == best.id
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text, place", [("the last moto", -1), ("the first moto", 1), ("最后那台moto", -1)])
def test_a_brand_nickname_counts_every_shown_phone_of_the_brand(session, text, place):
    shown = session.ask("motorola phones")
    motorolas = [p.phone for p in shown.picks if p.phone.brand == "Motorola"]
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.id == motorolas[place if place < 0 else place - 1].id


@pytest.mark.parametrize("text, key", [
    ("vs the cheapest one", "price"), ("and versus the lightest?", "weight"), ("和最便宜的那个比呢", "price"),
    ("how does it compare with the lightest one", "weight"),
])
def test_the_phone_in_focus_against_a_superlative_of_the_list_is_a_comparison(session, text, key):
    shown = session.ask("phones under $1000")
    focus = session.ask("details on the second one").picks[0].phone
    answer = session.ask(text)
    by = (lambda p: p.price("USD")) if key == "price" else (lambda p: p.weight_g)
    first = min((p.phone for p in shown.picks), key=by)
    assert answer.kind == "compare" and [p.id for p in answer.focus] == [focus.id, first.id]
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["drop {brand} from the list", "remove the {brand} ones from the list"])
def test_a_brand_refused_with_words_about_the_list_is_refused_not_opened(session, text):
    shown = session.ask("phones under $1000")
    brand, _ = _unshown_brand(session, shown)
    answer = session.ask(text.format(brand=brand.lower()))
    assert (answer.kind, answer.constraints.exclude_brands) == ("results", frozenset({brand}))
