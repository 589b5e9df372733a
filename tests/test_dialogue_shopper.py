"""A conversation that follows the shopper (issue 10): references into the list on screen never re-rank it,
picks "among these" stay among these, a phone for someone else is a search of its own, and a named change is
taken back on its own."""

import pytest

from advisor.errors import RequestError
from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, position", [("is #5 any good", 5), ("what about number 3?", 3),
                                            ("is number 2 any good?", 2), ("第四个怎么样", 4)])
def test_a_question_about_a_shown_position_opens_that_phone(session, text, position):
    shown = session.ask("phones under $900").picks
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.id for p in answer.focus] == [shown[position - 1].phone.id]


def test_a_question_about_a_shown_position_keeps_the_list_as_it_was(session):
    session.ask("phones under $900")
    before = session.state.shown
    session.ask("is #5 any good")
    assert session.state.shown == before


@pytest.mark.parametrize("text, positions", [("put 1, 2 and 3 side by side", [1, 2, 3]),
                                             ("compare 2, 3 and 4", [2, 3, 4]), ("compare 1 2 and 3", [1, 2, 3]),
                                             ("对比一下前三个", [1, 2, 3]), ("把第一个和第三个对比下", [1, 3]), ("compare the first two", [1, 2])])
def test_a_compare_of_shown_positions_compares_exactly_those_phones(session, text, positions):
    shown = session.ask("phones under $900").picks
    answer = session.ask(text)
    assert answer.kind == "compare"
    assert [p.id for p in answer.comparison.phones] == [shown[n - 1].phone.id for n in positions]


@pytest.mark.parametrize("text", ["which of these is the best value", "哪个性价比最高", "which one is the best bang for the buck?",
                                  "这几个哪个最划算"])
def test_the_best_value_among_these_is_one_of_the_shown_phones(session, text):
    shown = [p.phone.id for p in session.ask("phones under $900").picks]
    answer = session.ask(text)
    assert answer.kind == "details" and len(answer.focus) == 1
    assert answer.focus[0].id in shown


def test_the_best_value_among_these_changes_no_filter_and_keeps_the_list(session):
    before = session.ask("phones under $900")
    session.ask("which of these is the best value")
    assert session.state.constraints == before.constraints and session.state.intents == ()
    assert session.state.shown == tuple(p.phone.id for p in before.picks)


def test_the_best_value_among_these_is_the_cheaper_of_two_alike_phones(session):
    # the shown list is a Pixel 8a and a Pixel 9 Pro when the shopper asks only for Pixels of 2024
    session.ask("google pixel from 2024")
    answer = session.ask("which of these is the best value")
    assert answer.focus[0].family == "Pixel 8a"


@pytest.mark.parametrize("text", ["which one is best for gaming?", "哪个拍照好", "which of these is best for my dad"])
def test_a_need_asked_of_the_shown_phones_picks_one_of_them_and_keeps_the_list(session, text):
    before = session.ask("phones under $900")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].id in {p.phone.id for p in before.picks}
    assert session.state.shown == tuple(p.phone.id for p in before.picks) and session.state.intents == ()


def test_a_need_asked_for_phones_is_a_new_wish(session):
    session.ask("phones under $900")
    assert session.ask("which phones are good for gaming?").kind == "results"
    assert session.state.intents == ("gaming",)


def test_a_phone_for_someone_else_starts_a_search_of_its_own(session):
    session.ask("samsung phone under $900 with at least 8gb ram")
    answer = session.ask("now one for my dad, something under $300")
    assert answer.constraints.brands == frozenset() and answer.constraints.specs == ()
    assert answer.constraints.budget.hi == 300


@pytest.mark.parametrize("text", ["my son also needs one, under $300", "我老婆也要一个，2000以内"])
def test_someone_else_needing_one_too_starts_a_search_of_its_own(session, text):
    session.ask("samsung phone under $900 with at least 8gb ram")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset() and answer.constraints.specs == ()


def test_for_myself_goes_back_to_the_shoppers_own_search(session):
    own = session.ask("samsung phone under $900 with at least 8gb ram").constraints
    session.ask("now one for my dad, something under $300")
    session.ask("no motorola")
    assert session.ask("and for myself?").constraints == own


@pytest.mark.parametrize("text", ["ok, for me again", "what about me?"])
def test_a_return_to_me_is_no_acknowledgement_after_a_search_for_someone_else(session, text):
    own = session.ask("google pixel under $800").constraints
    session.ask("now one for my dad")
    assert session.ask(text).constraints == own


@pytest.mark.parametrize("text", ["那我自己的呢", "那我呢"])
def test_for_myself_in_chinese_goes_back_to_the_shoppers_own_search(session, text):
    own = session.ask("三星手机，6000以内").constraints
    session.ask("再给我爸看一个手机，2000以内")
    assert session.ask(text).constraints == own


@pytest.mark.parametrize("text", ["undo the 5g", "drop the 5G requirement", "5G不需要了", "no need for 5g anymore"])
def test_taking_back_the_5g_drops_only_the_5g(session, text):
    session.ask("5g phone under $900")
    before = session.ask("at least 128gb storage").constraints
    after = session.ask(text).constraints
    assert not after.needs_5g
    assert (after.budget, after.specs) == (before.budget, before.specs)


def test_undo_of_the_ram_change_just_made_restores_the_state_before_it(session):
    before = session.ask("phone with 12gb ram under $900").constraints
    session.ask("make it 8gb ram instead")
    assert session.ask("undo the ram change").constraints == before


def test_undo_of_an_earlier_ram_change_restores_the_ram_and_keeps_later_changes(session):
    session.ask("phone with 12gb ram under $900")
    session.ask("make it 8gb ram instead")
    after = session.ask("no apple")
    undone = session.ask("undo the ram change").constraints
    assert undone.spec("ram_gb") == Bound(lo=12)
    assert undone.exclude_brands == after.constraints.exclude_brands == frozenset({"Apple"})


def test_undo_of_a_filter_never_changed_changes_nothing(session):
    before = session.ask("phone under $900 with 5g").constraints
    assert session.ask("undo the ram change").constraints == before


def test_a_newer_release_year_replaces_the_one_in_force(session):
    session.ask("samsung phone from 2022 or later")
    answer = session.ask("actually make it 2023 or newer")
    assert answer.constraints.spec("year") == Bound(lo=2023)


def test_a_corrected_screen_size_replaces_the_other_side(session):
    session.ask("phone with at least a 6.7 inch screen")
    answer = session.ask("I meant at most 6.5 inches")
    assert answer.constraints.spec("screen_in") == Bound(hi=6.5)


def test_a_chinese_screen_change_replaces_the_floor(session):
    session.ask("屏幕6.5寸以上的手机")
    answer = session.ask("屏幕改成6.7以上")
    assert answer.constraints.spec("screen_in") == Bound(lo=6.7)


@pytest.mark.parametrize("text", ["预算无所谓了", "钱不是问题", "不限价", "价格不限"])
def test_a_chinese_budget_clear_drops_the_budget_only(session, text):
    before = session.ask("小米手机，3000以内，内存8G以上").constraints
    after = session.ask(text).constraints
    assert after.budget is None
    assert (after.brands, after.specs) == (before.brands, before.specs)


def test_a_chinese_model_name_asked_about_adds_no_brand_filter(session):
    before = session.ask("5000以内的手机，要5G").constraints
    answer = session.ask("那个小米14 Ultra怎么样")
    assert answer.kind == "details" and answer.focus[0].family == "14 Ultra"
    assert answer.constraints == before


@pytest.mark.parametrize("text", ["is the oneplus 13 any good?", "一加13咋样", "what about the galaxy s23?"])
def test_a_model_the_catalog_lacks_is_said_missing_and_adds_no_brand_filter(session, text):
    before = session.ask("phones under $900").constraints
    with pytest.raises(RequestError):
        session.ask(text)
    assert session.state.constraints == before


def test_a_count_before_a_brand_is_no_model_number(session):
    answer = session.ask("the 3 lightest samsungs")
    assert answer.kind == "results" and {p.phone.brand for p in answer.picks} == {"Samsung"}


def test_a_figure_said_after_not_is_no_wish_when_no_filter_holds_it(session):
    session.ask("小米手机")
    answer = session.ask("我说错了，是三千以内不是两千以内")
    assert (answer.constraints.budget.lo, answer.constraints.budget.hi) == (None, 3000)


def test_a_corrections_figure_with_a_unit_replaces_the_filter_of_that_unit(session):
    session.ask("华为手机 4000以内")
    session.ask("内存12G以上")
    assert session.ask("不对，是8G").constraints.spec("ram_gb") == Bound(lo=8)


@pytest.mark.parametrize("text", ["pixel 8a?", "and the pixel 8a?"])
def test_a_model_name_alone_asked_about_opens_it_and_keeps_the_filters(session, text):
    before = session.ask("samsung phones under $900").constraints
    answer = session.ask(text)
    assert answer.kind == "details" and answer.focus[0].family == "Pixel 8a"
    assert answer.constraints == before


def test_one_for_me_after_a_first_search_for_someone_else_starts_the_shoppers_own(session):
    session.ask("samsung phone for my dad under $300")
    answer = session.ask("now one for me, under $900")
    assert answer.constraints.brands == frozenset() and answer.constraints.budget.hi == 900


def test_a_person_named_again_brings_back_their_search(session):
    dads = session.ask("samsung phone for my dad under $300").constraints
    session.ask("now one for me, under $900")
    assert session.ask("and for my dad again?").constraints == dads
