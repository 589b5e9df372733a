"""Conversation moves from the SEALED-9 English dialogue failures (issue 10): a figure let go and a smaller one said
enough ("nvm the 12gb thing, 8 is prob enough"), a refused brand let back in while another stays out ("tecno is alright
actually, only infinix out"), a wish for one chip beside the chip of someone's phone, and praise that keeps the list."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", [
    "ok nvm the 12gb thing, 8 is prob enough honestly", "forget the 12gb, 8 will do", "never mind the 12gb bit - 8 is fine",
])
def test_a_figure_let_go_then_a_smaller_one_moves_the_floor(session, text):
    session.ask("gaming phone with 12 gigs ram or more under 900 dollars")
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)
    assert answer.constraints.budget.hi == 900.0


@pytest.mark.parametrize("text", [
    "hmm wait tecno is alright actually, only infinix out", "tecno is fine, only infinix stays out",
    "actually tecno is ok, only infinix is out",
])
def test_a_brand_let_back_while_another_stays_refused(session, text):
    session.ask("phone with 5000 mah or more")
    session.ask("remove infinix and tecno")
    answer = session.ask(text)
    assert (answer.constraints.exclude_brands, answer.constraints.brands) == (frozenset({"Infinix"}), frozenset())


@pytest.mark.parametrize("text", [
    "has to be a snapdragon tho, my friends mediatek phone lags like crazy",
    "snapdragon only, my sister's mediatek phone heats up",
])
def test_a_chip_wished_beside_someones_phone_chip_filters_by_the_wish(session, text):
    session.ask("under 900 dollars")
    answer = session.ask(text)
    assert answer.constraints.chipset == "Snapdragon"
    assert all("Snapdragon" in (p.phone.chipset or "") for p in answer.picks)


@pytest.mark.parametrize("text", ["cool thx ur lowkey helpful", "shukran, that was genuinely useful"])
def test_praise_with_intensifiers_keeps_the_search(session, text):
    before = session.ask("under 900 dollars")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("social", before.constraints)


def test_weight_not_so_important_drops_the_weight_and_keeps_the_screen(session):
    session.ask("6.5 inches or more, nothing heavier than 190 grams")
    answer = session.ask("Maybe the weight is not so important after all, I can use a stand")
    assert (answer.constraints.spec("weight_g"), answer.constraints.spec("screen_in")) == (None, Bound(lo=6.5))


@pytest.mark.parametrize("text", [
    "ok go back to how it was before i allowed tecno", "take me back to what i had before i let tecno back in",
    "back to before we allowed tecno",
])
def test_back_to_before_a_brand_change_named_by_what_it_did_undoes_that_change(session, text):
    session.ask("phone with 5000 mah or more")
    session.ask("remove infinix and tecno")
    session.ask("hmm wait tecno is alright actually, only infinix out")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Infinix", "Tecno"})
    assert answer.constraints.spec("battery_mah") == Bound(lo=5000.0)


def test_back_to_before_a_filter_was_added_undoes_that_filter(session):
    session.ask("phone under 900 dollars")
    session.ask("5g only")
    session.ask("no samsung")
    answer = session.ask("take me back to what i had before we added the 5g")
    assert (answer.constraints.needs_5g, answer.constraints.exclude_brands) == (False, frozenset({"Samsung"}))


@pytest.mark.parametrize("text", [
    "What's the deal with the Pixel 9 Pro?", "what's the story on the Pixel 9 Pro", "what is the lowdown on the pixel 9 pro?",
])
def test_whats_the_deal_with_a_phone_opens_it_and_keeps_the_filters(session, text):
    before = session.ask("under 400 dollars, no iphones")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("details", before.constraints)
    assert answer.focus[0].model.startswith("Pixel 9 Pro")


@pytest.mark.parametrize("text", [
    "how does it stand against the Galaxy A55", "how does it stand up to the galaxy a55?",
    "how would it match up with the Galaxy A55",
])
def test_the_phone_in_focus_stood_against_a_named_one_is_a_comparison(session, text):
    before = session.ask("under 900 dollars")
    second = session.ask("what is the 2nd one in this list?").focus[0]
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("compare", before.constraints)
    assert (answer.focus[0].id, answer.focus[1].model) == (second.id, "Galaxy A55 128GB")


@pytest.mark.parametrize("text", [
    "why didn't it make your list?", "why did it not get on the list?", "why didn't that one make the cut",
])
def test_why_the_phone_in_focus_did_not_make_the_list_asks_why_not(session, text):
    before = session.ask("under 400 dollars, no iphones")
    session.ask("tell me about the Pixel 9 Pro")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("why_not", before.constraints)
