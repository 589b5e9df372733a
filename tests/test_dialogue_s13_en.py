"""Readings from SEALED-13's English dialogue failures (issues 9, 10), each beside the closest wording that must
keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a ceiling said as an amount one does not wish, intend or plan to go past ---------------------------------

@pytest.mark.parametrize("text", ["I do not wish to spend more than $400.", "I do not intend to pay more than $400",
                                  "I don't plan to spend over 400 dollars", "i dont wish to go above 400 dollars",
                                  "we are not planning to spend more than $400 on it",
                                  "I'm not looking to spend more than $400", "not hoping to pay over 400 dollars"])
def test_an_amount_one_does_not_wish_to_go_past_is_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("USD", None, 400.0)


def test_an_amount_one_wishes_to_spend_more_than_stays_a_floor(vocab):
    assert budget_read(vocab, "I wish to spend more than $400") == ("USD", 400.0, None)


# -- a yes/no question about the phone in focus, with "1" for "one" and "or nah" for its question mark ------------

@pytest.mark.parametrize("text", ["that 1 got 5g or nah", "that one got 5g or nah", "it got 5g or no",
                                  "this 1 has 5g?", "that 1 supports 5g or not"])
def test_a_question_about_that_1_opens_the_phone_in_focus(session, text):
    answer = ask_all(session, "phones under 300 dollars", "whats the 3rd one", text)
    assert answer.kind == "details"
    assert not answer.constraints.needs_5g


@pytest.mark.parametrize("text", ["need 1 that got 5g", "show me 1 with 5g"])
def test_one_with_a_feature_asked_for_is_still_a_wish(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


# -- a figure taken back in the same breath by keeping the one in force -----------------------------------------

@pytest.mark.parametrize(("text", "floor"), [
    ("hmm make it 6000mah.. no wait leave it 5000 thats ok", 5000.0),
    ("make it 6000mah, no wait, keep it at 5000", 5000.0),
    ("make it 6000mah.. no wait keep it at 5500", 5500.0),
])
def test_a_figure_taken_back_by_leaving_or_keeping_another_is_that_other(session, text, floor):
    answer = ask_all(session, "5g phone, minimum 5000mah battery, max 1200 dirhams", text)
    assert dict(answer.constraints.specs)["battery_mah"] == Bound(lo=floor)


def test_keeping_a_bound_of_another_kind_takes_no_figure_back(session):
    answer = ask_all(session, "5g phone, minimum 5000mah battery, max 1200 dirhams",
                     "make it 6000mah, no wait, keep it under 1000 dirhams")
    assert dict(answer.constraints.specs)["battery_mah"] == Bound(lo=6000.0)
    assert answer.constraints.budget.hi == 1000.0


# -- a limit let go by its figure alone -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok forget the 1200 limit, i can spend more now", "drop the 1200 dirham cap",
                                  "never mind that 1200 max", "ignore the 1.2k limit"])
def test_a_limit_let_go_by_its_figure_drops_the_filter_holding_it(session, text):
    answer = ask_all(session, "5g phone, minimum 5000mah battery, max 1200 dirhams", text)
    assert answer.constraints.budget is None
    assert dict(answer.constraints.specs)["battery_mah"] == Bound(lo=5000.0)


def test_a_limit_let_go_by_its_figure_drops_a_spec_holding_it(session):
    answer = ask_all(session, "5g phone, minimum 5000mah battery, max 1200 dirhams", "forget the 5000 minimum")
    assert "battery_mah" not in dict(answer.constraints.specs)
    assert answer.constraints.budget.hi == 1200.0


def test_a_limit_moved_to_a_new_figure_is_no_release(session):
    answer = ask_all(session, "5g phone, minimum 5000mah battery, max 1200 dirhams", "make the limit 1500 dirhams")
    assert answer.constraints.budget.hi == 1500.0


def test_room_to_spend_more_beside_a_budget_let_go_asks_for_no_dearer_phones(session):
    answer = ask_all(session, "5g phone, max 1200 dirhams", "forget the budget, i can spend more now")
    assert answer.constraints.budget is None


def test_pricier_ones_asked_for_beside_a_budget_let_go_still_move_up(session):
    answer = ask_all(session, "5g phone, max 1200 dirhams", "forget the budget, show me pricier ones")
    assert answer.constraints.budget is not None and answer.constraints.budget.lo is not None


# -- an undo named by the last thing said, and a story of the brand it lets back in -----------------------------

@pytest.mark.parametrize("text", ["ugh undo the last thing i said", "scrap the last change i made",
                                  "forget the last thing i asked for"])
def test_the_last_thing_said_taken_back_is_an_undo(text):
    assert conversation_move(text) == "undo"


def test_the_last_thing_said_judged_is_no_undo():
    assert conversation_move("the last thing i said was wrong") is None


@pytest.mark.parametrize("text", ["wait undo that, my cousin one was fake copy from saddar market not real infinix",
                                  "undo that, turns out the infinix he had was a fake",
                                  "undo and his infinix was a fake one"])
def test_a_story_of_the_brand_an_undo_lets_back_in_is_no_wish_for_it(session, text):
    answer = ask_all(session, "phone under 80k PKR with 6000mah battery", "and no infinix no tecno", text)
    assert not answer.constraints.brands and not answer.constraints.exclude_brands


def test_the_brand_an_undo_lets_back_in_asked_for_is_a_wish(session):
    answer = ask_all(session, "phone under 80k PKR with 6000mah battery", "and no infinix no tecno",
                     "undo that, i want infinix only")
    assert answer.constraints.brands == {"Infinix"}


# -- a tablet put off to be seen later, then back to the phone ------------------------------------------------

@pytest.mark.parametrize("text", ["ok tablet i will see later with her. now back to my phone",
                                  "the tablet we can check later, back to my phone now"])
def test_a_tablet_put_off_to_be_seen_later_goes_back_to_the_phone(session, text):
    answer = ask_all(session, "5g phone, battery min 5000 mah, budget 18k rs max",
                     "my daughter needs a tablet, samsung only, under 20000 rupees", text)
    assert not answer.constraints.devices and not answer.constraints.brands
    assert answer.constraints.budget.hi == 18000.0 and answer.constraints.needs_5g


def test_a_tablet_to_be_seen_now_stays_the_tablet(session):
    answer = ask_all(session, "5g phone, battery min 5000 mah, budget 18k rs max",
                     "my daughter needs a tablet, samsung only, under 20000 rupees", "ok i will see the tablet now, with 5000 mah")
    assert answer.constraints.devices == {"tablet"}


# -- a position said with the list it is in -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ok the number 4 in this list tell me more", "number 4 in this list, tell me more",
                                  "number 2 on your list, how heavy is it"])
def test_a_position_said_with_the_list_it_is_in_opens_that_phone(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "details" and followup.refs[0] in (2, 4)


def test_a_figure_in_inches_after_a_number_is_still_a_screen(vocab):
    assert slots(understand("a 6 in screen", vocab))["spec:screen_in"][0] == "set"


# -- help asked as "what all", after a greeting to "sir", and as one task against another ------------------------

@pytest.mark.parametrize("text", ["hello sir what all u can do?? u tell price also or only suggest phone",
                                  "what all can you do", "hello sir, what can you do?",
                                  "do you give specs too or just recommend models?"])
def test_help_asked_with_what_all_a_greeting_or_a_choice_of_tasks_is_help(session, text):
    assert ask_all(session, text).kind == "help"


def test_a_greeting_to_sir_before_a_wish_is_still_the_wish(session):
    answer = ask_all(session, "hello sir, 5g phone under 15000 rupees")
    assert answer.kind == "results" and answer.constraints.needs_5g


# -- thanks said to the one addressed in the shopper's own word --------------------------------------------------

@pytest.mark.parametrize("text", ["ok thanks chetta", "shukran habibi 👍", "thanks anna", "thank you boss"])
def test_thanks_to_the_one_addressed_is_social(text):
    assert conversation_move(text) == "social"


def test_thanks_to_the_one_addressed_before_a_wish_is_still_the_wish(session):
    answer = ask_all(session, "phones under 300 dollars", "thanks anna, and only samsung")
    assert answer.constraints.brands == {"Samsung"}


# -- a phone named, then the one addressed ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["why not Galaxy A14 bhai, my shop wala says A14 is best seller", "why not Galaxy A14 bro"])
def test_the_one_addressed_after_a_name_is_no_part_of_it(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why_not" and followup.refs == ("galaxy a14",)


def test_a_series_word_like_an_address_stays_part_of_the_name(vocab):
    followup = understand("why not the huawei mate 60", vocab).followup
    assert followup is not None and followup.refs[0] != "huawei"


# -- a question about the phone in focus closed by a comma, then an aside ------------------------------------------

@pytest.mark.parametrize("text", ["how heavy is it tho, I carry like four bags and a steamer to every event lol",
                                  "does it have 5g, we get good signal at the market these days"])
def test_a_question_closed_by_a_comma_before_an_aside_opens_the_phone_in_focus(session, text):
    answer = ask_all(session, "phones under 800 dollars", "the 2nd one", text)
    assert answer.kind == "details"
    assert not answer.constraints.needs_5g and not answer.constraints.specs


def test_a_question_closed_by_a_comma_before_a_wish_reads_the_wish(session):
    answer = ask_all(session, "phones under 800 dollars", "the 2nd one", "how heavy is it, i want one under 180g")
    assert dict(answer.constraints.specs)["weight_g"] == Bound(hi=180.0)


# -- one shown phone put next to another to be compared -----------------------------------------------------------

@pytest.mark.parametrize(("text", "refs"), [("put #1 next to #3, side by side", (1, 3)),
                                            ("put 1 next to 3, side by side", (1, 3)),
                                            ("put the 2nd beside the 4th and compare", (2, 4)),
                                            ("compare #2 to #4", (2, 4))])
def test_a_phone_put_next_to_another_compares_the_two(vocab, text, refs):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == refs


# -- a school year said as an ordinal is no position ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["one more thing my daughter is 10th std she need tablet for online tution, samsung only",
                                  "my son is in 8th grade, he needs a phone under 200 dollars"])
def test_a_school_year_said_as_an_ordinal_points_at_no_phone(vocab, text):
    assert understand(text, vocab).followup is None


@pytest.mark.parametrize("text", ["the 2nd, tell me more", "my son is in 8th standard, what about the 2nd one"])
def test_an_ordinal_for_a_phone_beside_a_school_year_still_points(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (2,)
