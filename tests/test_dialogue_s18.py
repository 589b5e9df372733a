"""Readings from SEALED-18's dialogue failures (issues 9, 10), each beside the closest wording that must keep its
meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import over_shown
from advisor.understanding.normalize import simplified
from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _followup(vocab, text):
    found = understand(text, vocab).followup
    return None if found is None else (found.kind, found.refs)


# -- a superlative taken "in these", then a wish for details --------------------------------------------------------

@pytest.mark.parametrize("text", ["show me the lightest one in these，详细点", "the cheapest in those ones, details pls",
                                  "which is the lightest in these?"])
def test_a_superlative_in_these_is_over_the_shown_phones(text):
    assert over_shown(text)


@pytest.mark.parametrize("text", ["phones with 5g in them", "show me the lightest one"])
def test_in_them_or_no_list_named_is_not_over_the_shown_phones(text):
    assert not over_shown(text)


def test_the_lightest_in_these_with_details_is_the_lightest_shown_phone(session):
    before = ask_all(session, "phones under 500 dollars")
    answer = session.ask("show me the lightest one in these，详细点")
    lightest = min((pick.phone for pick in before.picks), key=lambda phone: phone.weight_g)
    assert answer.kind == "details" and [pick.phone.id for pick in answer.picks] == [lightest.id]
    assert answer.constraints == before.constraints


# -- a position, then why it was picked with the phone left unsaid ---------------------------------------------------

@pytest.mark.parametrize(("text", "ref"), [("the second one why推荐?", 2), ("#3 why recommend?", 3),
                                           ("the 1st one, why picked?", 1), ("第二个 why推荐", 2)])
def test_a_position_then_why_picked_with_no_object_is_a_why(vocab, text, ref):
    assert _followup(vocab, text) == ("why", (ref,))


def test_a_position_then_why_picked_with_its_object_stays_a_why(vocab):
    assert _followup(vocab, "the second one why推荐 this") == ("why", (2,))


# -- Cantonese why and help words -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["點解揀佢？", "点解推荐呢部", "做咩揀佢", "干嘛选它"])
def test_a_cantonese_or_colloquial_why_asks_of_the_phone_in_focus(vocab, text):
    assert _followup(vocab, text) == ("why", (0,))


def test_a_cantonese_why_with_a_position_asks_of_that_phone(vocab):
    assert _followup(vocab, "点解要揀第二部") == ("why", (2,))


@pytest.mark.parametrize("text", ["讲详细点解释下", "再便宜点解决不了吗"])
def test_a_bit_before_explain_or_solve_is_no_why(text):
    assert "为什么" not in simplified(text)


@pytest.mark.parametrize("text", ["你仲識做啲乜", "你仲可以做啲乜嘢", "仲有乜功能", "仲有乜可以幫到我", "还有什么能帮我的",
                                  "你呢個嘢到底識做啲乜", "你呢個嘢識做乜嘢"])
def test_a_cantonese_what_else_can_you_do_is_a_help_question(text):
    assert is_help_question(simplified(text).lower())


@pytest.mark.parametrize("text", ["还有什么可以推荐的", "还有什么"])
def test_what_else_to_recommend_is_no_help_question(text):
    assert not is_help_question(text)


def test_what_this_thing_of_yours_can_do_after_a_pause_is_help_after_a_pick(session):
    ask_all(session, "想換部5G嘅，預算美金800以內", "第二部講詳細啲嚟聽下")
    assert session.ask("等等，你呢個嘢到底識做啲乜？可以點問你").kind == "help"


def test_a_cantonese_why_then_help_after_a_pick(session):
    ask_all(session, "有冇推介？想要部輕啲嘅手機，唔好超過180g", "最平嗰部講多啲")
    assert session.ask("點解揀佢？").kind == "why"
    assert session.ask("你仲識做啲乜").kind == "help"


# -- the filters the shopper may use, asked as a list -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["help me understand what filters i can use", "tell me what criteria we could use",
                                  "what filters can i use?", "i want to know what filters i can set"])
def test_what_filters_one_can_use_is_a_help_question(text):
    assert is_help_question(text)


@pytest.mark.parametrize("text", ["what filters can i use for gaming", "i want to know what options i can pick"])
def test_filters_for_a_need_or_options_to_pick_are_no_help_question(text):
    assert not is_help_question(text)


def test_what_filters_one_can_use_is_answered_with_help_after_a_list(session):
    ask_all(session, "cheap motorola, under 250 dollars")
    assert session.ask("help me understand what filters i can use").kind == "help"


# -- a shown phone's place in the list asked after its name ------------------------------------------------------------

@pytest.mark.parametrize("text", ["why is the pixel 8a on top", "why is the pixel 8a ranked so high", "why is pixel 8a first",
                                  "why is the pixel 8a at the top of the list", "why is the pixel 8a number one"])
def test_why_a_named_phone_stands_high_asks_of_that_phone(vocab, text):
    assert _followup(vocab, text) == ("why", ("Pixel 8a",))


@pytest.mark.parametrize(("text", "ref"), [("why is the one at the top ranked first", 1), ("why is #2 on top", 2)])
def test_why_a_position_stands_high_keeps_the_position(vocab, text, ref):
    assert _followup(vocab, text) == ("why", (ref,))


def test_why_is_the_named_phone_on_top_is_answered_with_why(session):
    ask_all(session, "google phones under 900 dollars")
    answer = session.ask("why is the pixel 8a on top")
    assert answer.kind == "why" and [pick.phone.family for pick in answer.picks] == ["Pixel 8a"]


# -- "diff" for the difference between two phones ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "refs"), [("whats the diff between the pixel 8a and pixel 7a", ("Pixel 8a", "Pixel 7a")),
                                            ("any diff between #1 and #3", (1, 3)),
                                            ("diffs between the galaxy a55 and the pixel 8a?", ("Galaxy A55", "Pixel 8a"))])
def test_the_diff_between_two_phones_compares_them(vocab, text, refs):
    assert _followup(vocab, text) == ("compare", refs)


def test_a_diff_brand_is_no_comparison(vocab):
    assert _followup(vocab, "show me a diff brand") is None


# -- a series named in both scripts, one after the other ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["只看红米Redmi系列的", "只看 Redmi 红米系列", "只看红米(Redmi)系列", "redmi 红米 under 15k"])
def test_a_series_named_in_both_scripts_is_that_series(vocab, text):
    read = slots(understand(text, vocab))
    assert read["series"] == ("set", frozenset({("Xiaomi", "Redmi")}))


@pytest.mark.parametrize("text", ["小米红米都行", "只要小米Xiaomi的"])
def test_a_brand_said_with_its_sub_brand_or_twin_stays_the_brand(vocab, text):
    read = slots(understand(text, vocab))
    assert read["brands"] == ("set", frozenset({"Xiaomi"})) and "series" not in read


def test_a_refused_series_named_in_both_scripts_stays_refused(vocab):
    assert slots(understand("不要红米 Redmi", vocab))["exclude_series"] == ("add", frozenset({"Redmi"}))


# -- an undo, then a verdict on the figure the step taken back held -----------------------------------------------------

def _budget_hi(answer):
    return answer.constraints.budget.hi if answer.constraints.budget else None


@pytest.mark.parametrize("text", ["唔…回到上一步吧，800太多了", "回到上一步吧，800太多了", "撤销吧，800太贵了",
                                  "go back, 800 is too much"])
def test_an_undo_then_a_verdict_on_the_figure_taken_back_restores_the_list(session, text):
    before = ask_all(session, "phones under 500 dollars")
    ask_all(session, "make it 800 dollars")
    answer = session.ask(text)
    assert _budget_hi(answer) == 500.0
    assert [pick.phone.id for pick in answer.picks] == [pick.phone.id for pick in before.picks]


def test_an_undo_then_a_new_figure_is_still_a_wish(session):
    ask_all(session, "phones under 500 dollars", "make it 800 dollars")
    assert _budget_hi(session.ask("回到上一步吧，600美元以内")) == 600.0


@pytest.mark.parametrize("text", ["唔…回到上一步吧", "不，撤销", "唔~撤回"])
def test_a_drawn_out_no_before_an_undo_opens_it(session, text):
    ask_all(session, "1500元以内，要5G", "预算改成2000好了")
    assert _budget_hi(session.ask(text)) == 1500.0


def test_no_glued_to_the_move_is_no_undo(session):
    ask_all(session, "1500元以内，要5G", "预算改成2000好了")
    assert _budget_hi(session.ask("不回到上一步")) == 2000.0


# -- every filter cleared by a verb said first, then a new request in the same message ----------------------------------

@pytest.mark.parametrize("text", ["清掉所有条件，帮我看看1000块左右的备用机", "清掉所有条件", "删掉所有的要求，要三星",
                                  "把条件都清掉，看看华为", "去掉一切限制，1000块左右"])
def test_clearing_every_filter_verb_first_starts_over(vocab, text):
    assert understand(text, vocab).reset


@pytest.mark.parametrize("text", ["去掉这个条件", "取消限制", "去掉价格条件"])
def test_dropping_one_filter_is_no_new_search(vocab, text):
    assert not understand(text, vocab).reset


def test_clear_all_then_a_new_budget_keeps_only_the_budget(session):
    answer = ask_all(session, "打游戏，骁龙8 Gen2以上", "预算5000以内", "小米不考虑", "清掉所有条件，帮我看看1000块左右的备用机")
    constraints = answer.constraints
    assert (constraints.budget.currency, constraints.budget.around) == ("CNY", 1000.0)
    assert not constraints.specs and not constraints.exclude_brands


# -- the northern "right then" and the friend thanked ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["得嘞，谢谢老铁", "得嘞", "多谢兄弟", "谢了哥们"])
def test_right_then_and_thanks_to_a_friend_are_social(text):
    assert conversation_move(text) == "social"


@pytest.mark.parametrize("text", ["老铁推荐个手机", "得嘞，要三星"])
def test_a_wish_said_to_a_friend_is_no_social_turn(text):
    assert conversation_move(text) is None
