"""Readings from SEALED-20's English dialogue failures (issues 9, 10), each beside the closest wording that must keep its
meaning."""

from __future__ import annotations

import pytest

from advisor.dialogue.pointing import reorders_shown
from advisor.understanding.followups import over_shown
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _price(pick):
    return pick.phone.price("USD")


# -- an ordering asked of the list on screen reorders those phones -------------------------------------------------

@pytest.mark.parametrize("text", ["put the cheapest at the top pls", "ok sort the list by price, cheapest first",
                                  "could you line them up cheapest first", "sort these by price, low to high",
                                  "can you rank them cheapest first", "move the cheapest one to the top",
                                  "put the most expensive ones first"])
def test_an_ordering_of_the_shown_list_is_told(text):
    assert reorders_shown(text)


@pytest.mark.parametrize("text", ["sort by price", "cheapest first", "show the cheapest at the top under $500",
                                  "the one at the top", "what's the cheapest"])
def test_an_ordering_without_the_list_named_is_no_reordering(text):
    assert not reorders_shown(text)


@pytest.mark.parametrize("text", ["put the cheapest at the top pls", "could you line them up cheapest first",
                                  "ok sort the list by price, cheapest first"])
def test_reordering_the_shown_list_keeps_its_phones_cheapest_first(session, text):
    before = ask_all(session, "5g phone with a big battery, under $800")
    after = session.ask(text)
    assert after.kind == "results"
    assert {p.phone.id for p in after.picks} == {p.phone.id for p in before.picks}
    prices = [_price(p) for p in after.picks if _price(p) is not None]
    assert prices == sorted(prices) and after.focus == (after.picks[0].phone,)
    assert after.constraints == before.constraints


def test_an_ordering_without_the_list_named_ranks_every_match(session):
    ask_all(session, "5g phone with a big battery, under $800")
    after = session.ask("sort by price")
    prices = [_price(p) for p in after.picks if _price(p) is not None]
    assert prices == sorted(prices) and after.focus == ()


# -- "the cheapest one in that list" picks among the phones on screen ----------------------------------------------

@pytest.mark.parametrize("text", ["then just give me the cheapest one in that list", "the lightest phone in the list",
                                  "which is the cheapest on this list"])
def test_a_superlative_in_the_list_is_over_the_shown_phones(text):
    assert over_shown(text)


def test_top_of_the_list_is_no_pick_over_it():
    assert not over_shown("put the biggest battery at the top of the list")


def test_the_cheapest_one_in_that_list_is_its_details(session):
    before = ask_all(session, "5g phone with a big battery, under $800")
    answer = session.ask("then just give me the cheapest one in that list")
    cheapest = min((p for p in before.picks if _price(p) is not None), key=_price)
    assert answer.kind == "details" and answer.focus == (cheapest.phone,)


# -- two phones told of in one message that asks "which?" are compared, then pointed at ------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("standing in the store with a Galaxy A55 in one hand and a Pixel 7a in the other. which one??",
     ("Galaxy A55", "Pixel 7a")),
    ("my sister says the redmi note 13, my dad the galaxy a15, which should i get", ("Redmi Note 13", "Galaxy A15")),
    ("the shop offered me a pixel 8a and an iphone 15. so which would you pick", ("Pixel 8a", "iPhone 15"))])
def test_two_phones_told_of_then_which_are_compared(vocab, text, names):
    read = understand(text, vocab)
    assert read.followup is not None and read.followup.kind == "compare"
    assert {str(ref).casefold() for ref in read.followup.refs} == {name.casefold() for name in names}
    assert not read.updates


@pytest.mark.parametrize("text", ["i have a pixel 7a and a budget of 500, which one should i get?",
                                  "my pixel 7a is dying. which phone would suit me under $600?"])
def test_one_phone_told_of_then_which_is_no_comparison(vocab, text):
    read = understand(text, vocab)
    assert read.followup is None or len(read.followup.refs) < 2


def test_the_maker_one_after_the_comparison_is_that_phone_asked_about(session):
    ask_all(session, "standing in the store with a Galaxy A55 in one hand and a Pixel 7a in the other. which one??")
    answer = session.ask("the google one - how's the battery on it really")
    assert answer.kind == "details" and [p.phone.family for p in answer.picks] == ["Pixel 7a"]
    assert answer.constraints.brands == frozenset()


def test_the_cheaper_of_the_two_after_opening_one_picks_between_both(session):
    ask_all(session, "galaxy a55 vs pixel 7a", "the google one - how's the battery on it really")
    answer = session.ask("and the cheaper of the two?")
    pair = [p for p in session.advisor.catalog if p.family in ("Galaxy A55", "Pixel 7a")]
    cheapest = min(pair, key=lambda p: p.price("USD") or 1e9)
    assert answer.kind == "details" and answer.focus[0].family == cheapest.family


def test_the_cheaper_one_after_opening_one_phone_is_no_pick_of_the_pair(session):
    ask_all(session, "galaxy a55 vs pixel 7a", "the google one - how's the battery on it really")
    assert session.ask("show me cheaper ones").kind == "results"


# -- tabs a browser holds are no tablets -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["atleast 6gb ram, i keep like 20 tabs open. can go to 13k for that",
                                  "8gb ram, I have loads of chrome tabs", "i always have 50 tabs running, so lots of ram",
                                  "need to keep tabs on my kids, under 300"])
def test_tabs_a_browser_holds_are_no_tablet(vocab, text):
    assert "devices" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["a tab for my son, under 300", "tabs only, no phones", "galaxy tab please"])
def test_a_tab_wished_for_is_still_a_tablet(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"tablet"}))


# -- a maker called no good is refused ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["My grandson tells me Infinix is no good, so none of those please.",
                                  "samsung is rubbish", "tecno phones are useless, under 300", "honestly motorola is junk"])
def test_a_maker_called_no_good_is_refused(vocab, text):
    read = slots(understand(text, vocab))
    assert read["exclude_brands"][0] == "add" and "brands" not in {k for k, (op, _) in read.items() if op == "set"}


@pytest.mark.parametrize("text", ["is the infinix any good?", "samsung is good", "motorola is no worse than the rest"])
def test_a_maker_asked_about_or_praised_is_no_refusal(vocab, text):
    assert "exclude_brands" not in slots(understand(text, vocab))


def test_a_refused_maker_with_a_stretched_budget_keeps_the_specs(session):
    constraints = ask_all(session, "big screen, 6.7 inches or more, under 20,000 rupees", "battery 6000 mAh or more",
                          "My grandson tells me Infinix is no good, so none of those please. If it helps I can stretch "
                          "to Rs 25,000.").constraints
    assert constraints.exclude_brands == frozenset({"Infinix"}) and not constraints.brands
    assert constraints.budget is not None and constraints.budget.hi == 25000 and len(constraints.specs) == 2


# -- a chip family said with "or not" beside not caring is let go, its speed floor kept --------------------------------

@pytest.mark.parametrize("text", ["tbh i dont care if its snapdragon or not as long as its that fast",
                                  "exynos or not, doesnt matter", "not bothered if it's mediatek or not, 8gb ram",
                                  "dont really care whether its exynos or not"])
def test_a_chip_family_or_not_is_let_go(vocab, text):
    assert slots(understand(text, vocab))["chipset"] == ("clear", None)


@pytest.mark.parametrize("text", ["is it snapdragon or not?", "snapdragon only"])
def test_a_chip_family_asked_about_or_wished_is_not_let_go(vocab, text):
    assert slots(understand(text, vocab)).get("chipset", ("set",))[0] != "clear"


def test_a_chip_family_let_go_keeps_the_speed_floor(session):
    constraints = ask_all(session, "gaming phone. snapdragon only, 12gb ram or more, under 700 bucks",
                          "chip needs to be 8 gen 2 level minimum",
                          "tbh i dont care if its snapdragon or not as long as its that fast").constraints
    assert constraints.chipset is None and dict(constraints.specs).get("chip_score") is not None


# -- a maker priced out is no wish ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Pixels are more than I thought. Something cheaper then, under 350, any make",
                                  "samsungs are way too expensive", "iphones are out of my range, show me android"])
def test_a_maker_priced_out_is_no_brand_wished(vocab, text):
    assert slots(understand(text, vocab)).get("brands", ("clear",))[0] != "set"


@pytest.mark.parametrize("text", ["samsung phones are great", "pixels are what I want, under 500"])
def test_a_maker_praised_or_wanted_is_still_wished(vocab, text):
    assert slots(understand(text, vocab))["brands"][0] == "set"


def test_cheaper_any_make_after_a_maker_priced_out_lets_the_maker_go(session):
    constraints = ask_all(session, "It's my son's 16th next month and he's set on a Pixel. I'd rather stay under $500.",
                          "Pixels are more than I thought. Something cheaper then, under 350, any make").constraints
    assert not constraints.brands and constraints.budget is not None and constraints.budget.hi == 350


# -- "any <maker>" wishes every line of it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["not much there. fine, any samsung then, still under 3500", "any old xiaomi phone will do",
                                  "ok any samsung is fine"])
def test_any_maker_lets_its_line_go(vocab, text):
    assert slots(understand(text, vocab))["series"] == ("clear", None)


@pytest.mark.parametrize("text", ["any samsung galaxy s", "any samsung a55 in stock?", "samsung only"])
def test_a_maker_with_a_line_or_without_any_keeps_the_line(vocab, text):
    assert slots(understand(text, vocab)).get("series", ("set",))[0] != "clear"


def test_any_samsung_after_the_galaxy_s_keeps_samsung_and_the_budget(session):
    constraints = ask_all(session, "i want a samsung galaxy S, less than 3500 dirhams",
                          "not much there. fine, any samsung then, still under 3500").constraints
    assert constraints.brands == frozenset({"Samsung"}) and not constraints.series
    assert constraints.budget is not None and constraints.budget.hi == 3500


# -- a chip said of the shopper's own phone is the one to beat ------------------------------------------------------

@pytest.mark.parametrize("text", ["want something properly faster than my poco x6 (dimensity 8200). max 40k rupees",
                                  "faster than my poco x6 with the dimensity 8200 please",
                                  "should be quicker than my old phone (snapdragon 695)"])
def test_a_chip_said_of_the_phone_compared_is_the_floor(vocab, text):
    read = slots(understand(text, vocab))
    assert read["spec:chip_score"][0] == "set" and read["spec:chip_score"][1].lo is not None
    assert "chipset" not in read


def test_a_chip_compared_outright_is_still_the_floor(vocab):
    assert slots(understand("faster than the dimensity 8200", vocab))["spec:chip_score"][0] == "set"


def test_a_phone_with_its_chip_wished_is_still_a_chip_wish(vocab):
    assert slots(understand("a phone with the dimensity 8200 please", vocab))["chipset"][0] == "set"


# -- an undo said with words that only drop or allow what it takes back restores the step before ----------------------

@pytest.mark.parametrize("undo_text", ["eh scratch that last bit, brand dont matter if it works",
                                       "scratch that last bit, any brand is fine", "scratch that, brand doesnt matter"])
def test_an_undo_whose_words_drop_what_it_takes_back_restores_the_list(session, undo_text):
    before = ask_all(session, "need a new one TODAY. 400 max", "5g pls")
    ask_all(session, "no samsung tho, last 2 died on me")
    after = session.ask(undo_text)
    assert after.constraints == before.constraints
    assert [p.phone.id for p in after.picks] == [p.phone.id for p in before.picks]


def test_a_retraction_with_a_new_wish_still_replaces_the_step(session):
    ask_all(session, "need a new one TODAY. 400 max", "5g pls", "no samsung tho")
    constraints = session.ask("scratch that, make it 550").constraints
    assert constraints.budget is not None and constraints.budget.hi == 550


@pytest.mark.parametrize("undo_text", ["hmm that kills most of them. undo, mediatek is fine",
                                       "too few now. undo that, mediatek is ok"])
def test_an_undo_whose_words_allow_what_it_lets_back_restores_the_list(session, undo_text):
    before = ask_all(session, "phone under $900 with 8gb ram")
    ask_all(session, "no mediatek this time")
    after = session.ask(undo_text)
    assert after.constraints == before.constraints and not after.constraints.chipset
    assert [p.phone.id for p in after.picks] == [p.phone.id for p in before.picks]


# -- a device put off to later is no wish now -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok we'll look at the tablet later. back to my wife's phone", "the tablet can wait",
                                  "tablet later, phone first", "the tablet thing another day"])
def test_a_device_put_off_is_no_wish_now(vocab, text):
    assert "devices" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["a tablet please", "i want a tablet later this year", "a tablet for later use"])
def test_a_device_wished_with_a_time_is_still_wished(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"tablet"}))


def test_back_to_her_phone_with_the_tablet_put_off_restores_her_search(session):
    before = ask_all(session, "budget $600, it's for my wife", "she only wants Samsung or Google")
    ask_all(session, "also my son needs a tablet for school, something under $400")
    after = session.ask("ok we'll look at the tablet later. back to my wife's phone")
    assert after.constraints == before.constraints
    assert [p.phone.id for p in after.picks] == [p.phone.id for p in before.picks]


# -- the "it" of the weather is no phone ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["btw is it gonna rain in london tomorrow lol", "will it snow this weekend",
                                  "is it going to be sunny tomorrow", "is it cold outside today"])
def test_the_it_of_the_weather_asks_about_no_phone(vocab, text):
    read = understand(text, vocab)
    assert read.followup is None and not read.updates


@pytest.mark.parametrize("text", ["is it waterproof?", "will it run genshin?", "is it good in the rain?"])
def test_a_question_about_it_still_asks_about_the_phone(vocab, text):
    read = understand(text, vocab)
    assert read.followup is not None and read.followup.kind == "details"


def test_a_weather_question_leaves_the_list_as_it_is(session):
    before = ask_all(session, "budget 600 and it has to be samsung again")
    after = session.ask("btw is it gonna rain in london tomorrow lol")
    assert after.constraints == before.constraints
    assert not after.picks or [p.phone.id for p in after.picks] == [p.phone.id for p in before.picks]
