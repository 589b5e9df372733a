"""Taking back and restoring in traditional-Chinese and mixed turns of SEALED-8 (issue 10): an undo said twice over
("undo 一下，还是回到刚才那样"); a figure said back with the figure in force complained of ("还是改回刚才 500 那个好了，400
选择太少") restores the earlier search, its list too; a step named by what it did, taken back, with a reason after it
("剛剛加 Pixel 那個取消好了，我還是習慣蘋果")."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.request import Budget
from advisor.understanding.talk import bare_number, conversation_move, named_undo_then


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# --- an undo said twice over, each time with its own opener ---------------------------------------------------------

@pytest.mark.parametrize("text", ["undo 一下，还是回到刚才那样", "撤销吧，还是之前那样", "undo that, ok go back"])
def test_an_undo_said_twice_with_openers_is_one_undo(text):
    assert conversation_move(text) == "undo"


def test_an_undo_then_a_wish_is_no_bare_undo():
    assert conversation_move("undo 一下，还是要5g") is None


def test_an_undo_said_twice_takes_one_step_back(session):
    session.ask("budget 800 dollars, 不要 Oppo")
    before = session.ask("Realme 也不要")
    session.ask("算了，Realme 其实 OK 的")
    answer = session.ask("undo 一下，还是回到刚才那样")
    assert answer.constraints == before.constraints


# --- a figure complained of is no figure; a figure said back restores the search it belonged to ----------------------

@pytest.mark.parametrize("text", ["嗯…還是改回剛才 500 那個好了，400 選擇太少", "还是500吧，400太少了",
                                  "go back to 500, 400 is too limiting"])
def test_the_figure_complained_of_is_not_the_number_said(text):
    assert bare_number(simplified(text))[0] == 500.0


def test_a_figure_with_no_complaint_is_still_the_number_said():
    assert bare_number("400就够了")[0] == 400.0


@pytest.mark.parametrize("text", ["嗯…還是改回剛才 500 那個好了，400 選擇太少", "还是500吧，400太少了",
                                  "500 was fine after all, 400 is too few"])
def test_a_figure_said_back_restores_the_earlier_search_and_its_list(session, text):
    session.ask("想換一支打手遊的手機，500 美元以內")
    earlier = session.ask("重量 200 克以下，太重躺著玩會砸臉")
    lowered = session.ask("有沒有再便宜一點的？400 美元以下好了")
    assert lowered.constraints.budget == Budget(currency="USD", hi=400.0)
    answer = session.ask(text)
    assert answer.constraints == earlier.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in earlier.picks]


# --- a step named by what it did, taken back, with more said after it ------------------------------------------------

@pytest.mark.parametrize("text, first", [("剛剛加 Pixel 那個取消好了，我還是習慣蘋果", "刚刚加 pixel 那个取消好了"),
                                         ("刚才加三星那个不要了，还是苹果吧", "刚才加三星那个不要了"),
                                         ("undo the ram change, 8 is plenty", "undo the ram change")])
def test_a_named_undo_opening_a_message_is_split_from_the_rest(text, first):
    assert named_undo_then(simplified(text))[0] == first


def test_a_plain_wish_is_no_named_undo():
    assert named_undo_then("pixel 也可以，一起列出来") is None


@pytest.mark.parametrize("text", ["剛剛加 Pixel 那個取消好了，我還是習慣蘋果", "刚刚加 Pixel 那个取消好了",
                                  "刚才加谷歌那个不要了，还是苹果吧"])
def test_taking_back_the_step_that_added_a_brand_restores_the_search_before_it(session, text):
    session.ask("請問有推薦的iPhone嗎？預算大概 800 美金以內")
    before = session.ask("要有5G")
    added = session.ask("Pixel 也可以啦，一起列出來")
    assert added.constraints.brands == frozenset({"Apple", "Google"})
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]
