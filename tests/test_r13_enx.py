"""Readings from the SEALED-12 English dialogue failures (issues 9, 10): a figure taken back after a reason that leads
to the one meant, a year that dates a purchase, the phone in hand described ("my phone is an old iPhone", "mine is
like 194")."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize(("text", "meant"), [
    ("budget 60 thousand.. no wait my brother is adding 10k so 70000 PKR", ("PKR", None, 70000.0)),
    ("budget 500 dollars, no wait, make it 600", ("USD", None, 600.0)),
    ("under 40k rupees, sorry, my dad is giving 5k more so 45k", ("INR", None, 45000.0)),
])
def test_a_figure_taken_back_gives_way_to_the_one_a_reason_leads_to(vocab, text, meant):
    assert budget_read(vocab, text) == meant


def test_a_reason_with_no_figure_after_it_takes_nothing_back(vocab):
    assert budget_read(vocab, "under 500 dollars, sorry i have 2 kids so cheap please") == ("USD", None, 500.0)


@pytest.mark.parametrize("text", ["no infinix, the ones i bought last year started hanging",
                                  "skip samsung, last year i got one and it died",
                                  "不要小米，去年买的那台卡死了"])
def test_a_year_that_dates_a_purchase_is_no_age_wished_for(vocab, text):
    assert "spec:year" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["phones from last year under 300 dollars", "要去年发布的"])
def test_last_year_said_of_the_phone_wanted_still_sets_its_year(vocab, text):
    assert "spec:year" in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["my phone is an old iphone 11 with a cracked back. i want something under $600",
                                  "my current phone was a cracked samsung, want 5g under 300 dollars"])
def test_the_phone_in_hand_described_as_old_or_cracked_is_no_brand_wish(vocab, text):
    assert "brands" not in slots(understand(text, vocab))


def test_an_old_iphone_asked_for_is_still_a_brand_wish(vocab):
    assert slots(understand("an old iphone under 400 dollars", vocab))["brands"] == ("set", frozenset({"Apple"}))


@pytest.mark.parametrize("text", ["under 180g, the one i have now is like 194", "under 180g, mine is like 194",
                                  "under 180g, my phone is about 200"])
def test_a_figure_said_of_the_phone_in_hand_is_no_budget(vocab, text):
    assert budget_read(vocab, text) is None


def test_a_budget_said_to_be_like_a_figure_stays_a_budget(vocab):
    assert budget_read(vocab, "my budget is like 300") == ("USD", 255.0, 345.0)


@pytest.mark.parametrize("text", [
    "hi sorry its 3am and im on my break lol. what can this thing actually do, like can you compare phones or only "
    "list them?",
    "can this bot compare models or just list them",
    "what can you do? like compare phones or only recommend phones?"])
def test_asking_whether_the_advisor_compares_or_only_lists_is_help(session, text):
    assert session.ask(text).kind == "help"


def test_listing_phones_asked_with_a_filter_stays_a_request(session):
    assert session.ask("can you list phones under 300 dollars").kind == "results"


@pytest.mark.parametrize("text", ["my coworker has the pixel 8a and wont shut up about it, why isnt it on here??",
                                  "my sister uses the pixel 8a, why isn't it in the list"])
def test_why_not_it_after_a_phone_someone_has_asks_about_that_phone(session, text):
    session.ask("phones under 300 dollars")
    answer = session.ask(text)
    assert (answer.kind, [p.phone.family for p in answer.picks]) == ("why_not", ["Pixel 8a"])
    assert not answer.constraints.brands


def test_a_phone_someone_else_wants_is_still_a_brand_wish(vocab):
    assert slots(understand("my friend wants a samsung", vocab))["brands"] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["ok honestly forget the weight thing, ill just buy scrubs with a bigger pocket",
                                  "forget the weight, i will get a larger bag",
                                  "fine, drop the weight, she will buy a smaller purse lol"])
def test_a_size_comparative_said_of_a_pocket_or_bag_wishes_no_screen_size(vocab, text):
    request = understand(text, vocab)
    assert (request.relative, request.intents) == ((), ())


def test_bigger_said_alone_still_asks_for_a_bigger_screen(vocab):
    assert [r.key for r in understand("a bigger one", vocab).relative] == ["screen_in"]


@pytest.mark.parametrize("text", ["does it support 5g? i think jazz has 5g in lahore now",
                                  "is it 5g? my network got 5g last month"])
def test_an_aside_naming_only_the_feature_asked_about_keeps_the_question_about_the_phone(session, text):
    session.ask("samsung phones under 300 dollars")
    session.ask("tell me about the 1st one")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints.needs_5g) == ("details", False)


def test_an_aside_asking_a_new_filter_after_the_question_is_still_a_wish(session):
    session.ask("samsung phones under 300 dollars")
    session.ask("tell me about the 1st one")
    answer = session.ask("does it have 5g? also show me ones with 8gb ram")
    assert dict(answer.constraints.specs)["ram_gb"].lo == 8.0


@pytest.mark.parametrize("text", ["for the cash counter i need one tablet also, only samsung, under 300 dollars",
                                  "i also need a tablet too for the shop, samsung, under 300 dollars"])
def test_a_tablet_the_shopper_also_needs_starts_a_search_of_its_own(session, text):
    session.ask("phones under 200 dollars, no tecno")
    answer = session.ask(text)
    assert (answer.constraints.devices, answer.constraints.exclude_brands) == (frozenset({"tablet"}), frozenset())


def test_a_tablet_said_fine_too_still_joins_the_phones(session):
    session.ask("phones under 200 dollars")
    assert "phone" in session.ask("a tablet is fine too").constraints.devices


@pytest.mark.parametrize("text", ["ok the tablet i will decide next week. back to the phones for my boys",
                                  "the tablet can wait, back to the phones",
                                  "tablet, i'll think about it later. now the phones again"])
def test_a_tablet_put_off_till_later_goes_back_to_the_phone_search(session, text):
    session.ask("phones under 200 dollars, no tecno")
    session.ask("for the cash counter i need one tablet also, only samsung, under 300 dollars")
    answer = session.ask(text)
    assert (answer.constraints.devices, answer.constraints.exclude_brands) == (frozenset(), frozenset({"Tecno"}))
    assert answer.constraints.budget.hi == 200.0


def test_a_wish_about_the_tablet_keeps_the_tablet_search(session):
    session.ask("phones under 200 dollars, no tecno")
    session.ask("for the cash counter i need one tablet also, only samsung, under 300 dollars")
    assert session.ask("the tablet should be lighter").constraints.devices == frozenset({"tablet"})


@pytest.mark.parametrize("text", ["whats the real difference between the pixel 8a and the pixel 7a, is the extra money "
                                  "worth it",
                                  "compare the pixel 8a and the pixel 7a, worth the extra 100?",
                                  "whats the difference between the pixel 8a and the pixel 7a, is it worth it"])
def test_a_question_after_two_named_phones_is_no_third_phone(vocab, text):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("compare", ("Pixel 8a", "Pixel 7a"))


def test_two_named_phones_and_a_budget_after_them_still_compare_those_two(vocab):
    request = understand("compare the pixel 8a and the pixel 7a under 500 dollars", vocab)
    assert request.followup.refs == ("Pixel 8a", "Pixel 7a")


@pytest.mark.parametrize(("text", "refs"), [("can u put the 1st and the 3rd side by side for me", (1, 3)),
                                            ("could you line up the second and the fourth side by side", (2, 4)),
                                            ("would you put 2 and 4 next to each other", (2, 4))])
def test_a_polite_request_to_set_positions_side_by_side_compares_them(vocab, text, refs):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("compare", refs)
