"""State turns from SEALED-21's dialogue failures (issue 10): taking a change back by naming it, going back to an earlier
brand, loosening to a second series, letting filters go, a kind left as too dear, a bound for one alternative; each
beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move, is_loosening, named_undo_then, undone_filters
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _ids(answer):
    return [p.phone.id for p in answer.picks]


# -- dropping just what the last change added brings the search before it back, as an undo does -------------------

@pytest.mark.parametrize("first, added, dropped", [
    ("samsung under $600", "and 5g please", "actually drop the 5g, he won't use it"),
    ("三星的，3000以内", "要5G的", "5G那个条件去掉吧，网速无所谓"),
    ("xiaomi under 1200 AED", "sirf 5G wale dikhao", "nahi, 5G wali shart hata do"),
])
def test_dropping_the_filter_just_added_restores_the_search_before_it(session, first, added, dropped):
    before = session.ask(first)
    session.ask(added)
    after = session.ask(dropped)
    assert after.constraints == before.constraints
    assert _ids(after) == _ids(before)


def test_dropping_the_filter_just_added_stays_a_step_an_undo_takes_back(session):
    ask_all(session, "5g phone between 300 and 450 dollars")
    refused = session.ask("not motorola, not oneplus")
    session.ask("ok whatever, any brand works")
    assert session.ask("hmm no, go back a step").constraints == refused.constraints


def test_dropping_a_filter_added_earlier_keeps_the_changes_since(session):
    ask_all(session, "samsung under $600", "and 5g please")
    after = ask_all(session, "at least 8gb ram", "drop the 5g")
    assert not after.constraints.needs_5g and after.constraints.spec("ram_gb") is not None


# -- an undo naming its change: "刚" alone, openers before it, Hindi ------------------------------------------------

@pytest.mark.parametrize("text", ["刚那步撤了", "刚那个撤回吧", "刚这步不要了"])
def test_a_bare_gang_names_the_step_just_taken(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text, slot", [
    ("刚加的电池要求去掉吧", "spec:battery_mah"),
    ("刚改的预算撤回", "budget"),
    ("ek minute, 5G wali baat undo karo", "needs_5g"),
    ("arre, ram wali shart undo kar do", "spec:ram_gb"),
    ("budget wala filter revert karo", "budget"),
])
def test_a_change_named_in_chinese_or_hindi_is_taken_back(text, slot):
    assert slot in undone_filters(text)


@pytest.mark.parametrize("text, first", [
    ("hmm no, undo the 5g, it costs more and she won't notice", "hmm no, undo the 5g"),
    ("ok wait, revert the ram change, 8 is plenty", "ok wait, revert the ram change"),
    ("undo the ram change, 8 is plenty", "undo the ram change"),
])
def test_interjections_before_a_named_undo_open_it(text, first):
    assert named_undo_then(text)[0] == first


def test_a_named_undo_after_an_interjection_restores_the_search(session):
    before = ask_all(session, "samsung under $700")
    session.ask("and 5g")
    after = session.ask("hmm no, undo the 5g, it pushes the price up")
    assert after.constraints == before.constraints


@pytest.mark.parametrize("dropped", ["哎，刚加的内存要求去掉吧，还按原来的看", "8G的太少了，内存那个要求撤了吧，还是按之前的来"])
def test_a_named_undo_closing_on_as_before_takes_the_steps_needs_too(session, dropped):
    before = session.ask("2000以内的手机")
    session.ask("打游戏用，内存至少8G")
    after = session.ask(dropped)
    assert after.constraints == before.constraints
    assert session.state.intents == ()


# -- "go back to the Y": the earlier search that wanted Y, as it was ------------------------------------------------

@pytest.mark.parametrize("first, moved, back", [
    ("an iphone under $900", "actually no, a samsung, none of the galaxy A ones", "hmm wait go back to the iphones"),
    ("pixel under $600", "no, oneplus instead, with 5g", "ok back to the pixels then"),
    ("小米的 2000以内", "换成vivo吧，要5G", "还是回到小米那边吧"),
])
def test_going_back_to_an_earlier_brand_restores_that_search(session, first, moved, back):
    before = session.ask(first)
    session.ask(moved)
    after = session.ask(back)
    assert after.constraints == before.constraints


def test_going_back_to_a_brand_never_wanted_alone_is_a_plain_wish(session):
    ask_all(session, "samsung or apple under $900", "5g please")
    after = session.ask("go back to the oneplus ones")
    assert after.constraints.brands == frozenset({"OnePlus"}) and after.constraints.needs_5g


# -- a second series allowed joins the one wanted; a series said without its brand is the wanted brand's ---------

@pytest.mark.parametrize("text", ["a galaxy A would be fine too", "the galaxy A series is ok too"])
def test_a_series_allowed_too_joins_the_wanted_one(session, text):
    after = ask_all(session, "a Galaxy S under $900", text)
    assert after.constraints.series == frozenset({("Samsung", "Galaxy S"), ("Samsung", "Galaxy A")})


def test_a_series_said_too_pricey_is_no_wish(vocab):
    assert "series" not in slots(understand("the Galaxy S is too pricey", vocab))


@pytest.mark.parametrize("text, series", [("只看S系列的", "Galaxy S"), ("just the A series", "Galaxy A"),
                                          ("只要A系列", "Galaxy A")])
def test_a_series_word_without_its_brand_is_the_wanted_brands(vocab, text, series):
    read = slots(understand(text, vocab, brands_in_force=frozenset({"Samsung"})))
    assert read["series"] == ("set", frozenset({("Samsung", series)}))


def test_a_series_word_without_any_brand_wanted_names_none(vocab):
    assert "series" not in slots(understand("只看S系列的", vocab))


@pytest.mark.parametrize("text", ["系列无所谓了", "any series is fine", "the series doesnt matter"])
def test_letting_the_series_go_clears_it(vocab, text):
    assert slots(understand(text, vocab))["series"] == ("clear", None)


# -- a message that lets filters go names a wanted brand as its subject, no narrower wish -------------------------

@pytest.mark.parametrize("dropped", ["drop the ram requirement, iphones dont need that much anyway",
                                     "forget the ram, apple phones manage with less"])
def test_a_wanted_brand_named_while_dropping_a_filter_keeps_the_others(session, dropped):
    after = ask_all(session, "samsung or apple under $900", "needs 8gb ram", dropped)
    assert after.constraints.brands == frozenset({"Samsung", "Apple"})
    assert after.constraints.spec("ram_gb") is None


def test_only_still_narrows_while_dropping_a_filter(session):
    after = ask_all(session, "samsung or apple under $900", "needs 8gb ram", "drop the ram requirement, only iphones")
    assert after.constraints.brands == frozenset({"Apple"})


@pytest.mark.parametrize("dropped", ["一加的好像都挺老的，牌子不限了", "小米的都太老了，品牌无所谓了"])
def test_the_wanted_brand_judged_before_brands_are_let_go_is_let_go(session, dropped):
    first = "一加的 4000以内" if "一加" in dropped else "小米的 4000以内"
    after = ask_all(session, first, dropped)
    assert after.constraints.brands == frozenset()


# -- a device kind found too dear is the kind left behind ----------------------------------------------------------

@pytest.mark.parametrize("text", ["折叠屏太贵了，看直板的", "折叠的还是太贵了，改看普通直板机吧",
                                  "foldables are way too expensive, a normal phone then"])
def test_a_kind_found_too_dear_is_left(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


def test_switching_from_a_kind_found_too_dear_keeps_the_other_filters(session):
    after = ask_all(session, "想试试折叠屏，一万块以内", "三星的不考虑", "折叠的还是太贵了，改看普通直板机吧，预算五千")
    assert after.constraints.devices == frozenset({"phone"})
    assert after.constraints.exclude_brands == frozenset({"Samsung"})
    assert after.constraints.budget.hi == 5000


# -- an undo beside a drop of what it takes back --------------------------------------------------------------------

def test_an_undo_with_the_dropped_filter_named_keeps_the_filters_before_the_step(session):
    before = ask_all(session, "phone under $600", "at least 8gb ram")
    after = ask_all(session, "snapdragon only, no mediatek", "undo 一下，chipset 不限")
    assert after.constraints == before.constraints


# -- a bound said for one brand of an either-or search is that alternative's -----------------------------------------

def test_a_bound_for_one_brand_moves_only_its_alternative(session):
    after = ask_all(session, "either a pixel under $500 or a samsung under $400, 5g in both cases",
                    "actually let the pixel go up to 550 as well")
    budgets = {next(iter(a.brands)): a.budget.hi for a in after.constraints.alternatives}
    assert budgets == {"Google": 550, "Samsung": 400}
    assert after.constraints.brands == frozenset() and after.constraints.needs_5g


def test_only_one_brand_with_a_bound_wants_that_brand_alone(session):
    after = ask_all(session, "either a pixel under $500 or a samsung under $400", "only samsung under $350")
    assert {p.phone.brand for p in after.picks} == {"Samsung"}
    assert all(p.phone.price("USD") <= 350 for p in after.picks)


# -- "也无所谓" allows what it names; "只要…就行" is "as long as", no "only" ----------------------------------------------

@pytest.mark.parametrize("text", ["想了想联发科也无所谓了，只要散热顶得住就行", "联发科也无所谓了", "小米也无所谓，只要拍照好就行"])
def test_also_no_matter_loosens(text):
    assert is_loosening(text)


def test_only_still_keeps_a_wish_from_loosening():
    assert not is_loosening("只要小米") and not is_loosening("三星也行，只要三星的也可以")


def test_a_refused_chip_allowed_as_long_as_is_let_back_in_and_not_wished_for(session):
    after = ask_all(session, "四千以内，打游戏", "联发科的不要，发热太顶了", "想了想联发科也无所谓了，只要散热顶得住就行")
    assert after.constraints.exclude_chipsets == frozenset() and after.constraints.chipset is None
