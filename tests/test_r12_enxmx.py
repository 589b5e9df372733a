"""Readings and conversation moves from the SEALED-11 failures (issues 9, 10): a year said in figures beside "this year's",
an aspect named with "spec", the shopper's own last phone, a pronoun for the position the message names, a step back
said twice around its reason or named after it, chat spellings with the vowels dropped, a corrected budget said as a
centre, "第三那部", a yes/no question with 有冇 about the phone in focus, and a Cantonese undo."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound

CHIP_AND_WEIGHT = "a chip no slower than a Snapdragon 8 Gen 2, under 200 g"
RIDER = ("5000mah or more, 5G needed, budget max 15k rs", "skip oppo pls. and minimum 6 gb ram", "i can go till ₹18,000 now")


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _followup(vocab, text):
    from advisor.understanding.understand import understand

    return understand(text, vocab).followup


def _year(vocab, text):
    from advisor.understanding.understand import understand

    return next(u.value for u in understand(text, vocab).updates if u.slot == "spec:year")


@pytest.mark.parametrize("text", [
    "this year's flagship: 2024 or newer", "2024 or later, this year's phones basically", "今年的旗舰, 2024年或更新",
    "今年的旗艦，2024年或之後的",
])
def test_a_year_in_figures_says_what_this_years_means(vocab, text):
    assert _year(vocab, text) == Bound(lo=2024)


def test_this_years_alone_is_still_the_newest_catalog_year(vocab):
    assert _year(vocab, "this year's phones only") == Bound(lo=vocab.reference_year)


@pytest.mark.parametrize("text", [
    "On reflection the processor spec doesn't matter that much to me; drop it.", "forget the chipset specs",
    "the cpu specification is not important",
])
def test_an_aspect_named_with_spec_is_let_go(session, text):
    session.ask(CHIP_AND_WEIGHT)
    assert session.ask(text).constraints.spec("chip_score") is None


def test_a_spec_given_a_new_figure_is_moved_not_let_go(session):
    session.ask("8gb ram, under 200 g")
    assert session.ask("the ram spec is 12gb now").constraints.spec("ram_gb") == Bound(lo=12.0)


@pytest.mark.parametrize("text", [
    "skip oppo pls, my last one died in the rain lol. and minimum 6 gb ram else the maps app lags",
    "minimum 6 gb ram, my last one lagged", "8gb ram at least, our last phone was so laggy",
])
def test_the_shoppers_own_last_phone_is_no_position(vocab, text):
    assert _followup(vocab, text) is None


def test_the_last_one_on_the_list_is_still_a_position(vocab):
    assert _followup(vocab, "does the last one have 8gb ram").refs == (-1,)


@pytest.mark.parametrize(("text", "position"), [
    ("3rd in that list - whats the story with it?", 3), ("#3, tell me more about it", 3),
    ("the second one, why did you pick it?", 2), ("第三个, 详细说说它", 3),
])
def test_a_pronoun_stands_for_the_position_the_message_names(vocab, text, position):
    assert _followup(vocab, text).refs == (position,)


def test_a_pronoun_alone_is_the_phone_in_focus(vocab):
    assert _followup(vocab, "whats the story with it?").refs == (0,)


@pytest.mark.parametrize("text", [
    "nah cancel that, bonus is going for rent actually. put it back how it was",
    "undo that, my wife said no. put it back how it was", "撤销吧，钱要交房租，改回去",
])
def test_an_undo_said_twice_around_its_reason_is_one_step(session, text):
    for said in RIDER:
        session.ask(said)
    answer = session.ask(text)
    assert (answer.constraints.budget.hi, answer.constraints.exclude_brands) == (15000.0, frozenset({"Oppo"}))


def test_an_undo_then_a_wish_still_reads_the_wish(session):
    for said in RIDER:
        session.ask(said)
    answer = session.ask("undo that, and add 12gb ram")
    assert (answer.constraints.budget.hi, answer.constraints.spec("ram_gb")) == (15000.0, Bound(lo=12.0))


@pytest.mark.parametrize("text", [
    "No, I take that back. Reinstate the chip requirement.", "I take that back.",
    "undo that - put the processor requirement back", "撤销吧，把芯片的要求加回去",
])
def test_a_step_back_named_after_the_undo_restores_that_filter_once(session, text):
    session.ask(CHIP_AND_WEIGHT)
    session.ask("weight ceiling 190 grams, not 200")
    session.ask("the processor spec does not matter that much to me; drop it.")
    answer = session.ask(text)
    assert (answer.constraints.spec("chip_score"), answer.constraints.spec("weight_g")) == (Bound(lo=5000.0), Bound(hi=190.0))


@pytest.mark.parametrize("text", ["IS IT BTR THAN #1?? CMPR", "is it bttr than #1", "cmpr it with #1 - which is btr?"])
def test_chat_spellings_without_vowels_compare(vocab, text):
    from advisor.understanding.normalize import chat_spellings

    assert _followup(vocab, chat_spellings(text)).kind == "compare"


@pytest.mark.parametrize("text", [
    "WAIT BUDGET IS ~50K NOT 60", "wait budget is around 50k not 60", "budget is roughly 50k, not 60k", "预算大概5万 不是6万",
])
def test_a_corrected_budget_said_as_a_centre_is_around_it(session, text):
    session.ask("NEED NEW PH, MAX 60K PKR, MIN 8GB RAM")
    budget = session.ask(text).constraints.budget
    assert (budget.currency, budget.lo, budget.hi) == ("PKR", 42500.0, 57500.0)


def test_a_corrected_budget_without_a_centre_moves_the_cap(session):
    session.ask("NEED NEW PH, MAX 60K PKR, MIN 8GB RAM")
    budget = session.ask("wait budget is 50k not 60").constraints.budget
    assert (budget.lo, budget.hi) == (None, 50000.0)


@pytest.mark.parametrize(("text", "position"), [
    ("排第三那部 show me details", 3), ("排第三嘅嗰部 show me details", 3), ("第二这款 tell me more", 2),
])
def test_a_place_before_a_pointing_word_is_that_position(vocab, text, position):
    from advisor.understanding.normalize import simplified

    assert _followup(vocab, simplified(text)).refs == (position,)


@pytest.mark.parametrize("text", ["嗰部有冇 8GB RAM 㗎?", "那部有没有 8GB RAM?", "這部有沒有 12GB 記憶體呀?"])
def test_asking_whether_the_phone_in_focus_has_a_spec_asks_about_it(vocab, text):
    from advisor.understanding.normalize import simplified
    from advisor.understanding.understand import understand

    request = understand(simplified(text), vocab)
    assert (request.followup.refs, request.updates) == ((0,), ())


def test_a_wish_after_youmeiyou_with_more_words_stays_a_wish(vocab):
    from advisor.understanding.normalize import simplified
    from advisor.understanding.understand import understand

    request = understand(simplified("那部有没有 8GB RAM 以上的 推荐几部"), vocab)
    assert any(u.slot == "spec:ram_gb" for u in request.updates)


@pytest.mark.parametrize("text", [
    "算啦, undo 返啱啱嗰下 la, 唔好咁多限制", "算了, 撤销刚刚那个, 不要那么多条件", "撤销返啱啱嗰下啦",
])
def test_a_cantonese_undo_takes_the_last_change_back(session, text):
    session.ask("5G phone under 200g, budget 600 USD")
    session.ask("唔要 Huawei 同 Honor 啊 thx")
    answer = session.ask(text)
    assert (answer.constraints.exclude_brands, answer.constraints.needs_5g) == (frozenset(), True)
