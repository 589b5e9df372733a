"""SEALED-12 wordings (issues 9, 10): Cantonese words read as their Mandarin ones (仲 还, 识做 会做, 揾 找, 係咪 是不是,
呢部 这部, 支援 支持, 最大电 电池最大), and 讲一下 / 讲下 asking about a phone as 讲讲 does."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


START = "三星手機，預算美金1500以內"


# -- Cantonese words in their Mandarin form ------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "read"), [
    ("你仲識做啲咩", "你还会做点什么"), ("佢係咪5G㗎", "它是不是5G㗎"), ("呢部支唔支援5G", "这部支不支持5G"),
    ("除咗搵手機", "除了找手机"), ("最大電嗰部係邊部", "电池最大那部是哪部"), ("呢個幾重", "这个几重")])
def test_cantonese_words_are_read_in_their_mandarin_form(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize("text", ["仲裁", "最大电流几多", "最大电池", "第二个呢"])
def test_mandarin_words_holding_those_characters_stay(text):
    assert simplified(text) == text


@pytest.mark.parametrize("text", ["你仲識做啲咩", "你仲可以做咩", "what else can u do 除咗搵手機?"])
def test_a_cantonese_what_else_can_you_do_is_help(session, text):
    session.ask(START)
    assert session.ask(text).kind == "help"


@pytest.mark.parametrize("text", ["佢係咪5G㗎?", "呢部支唔支援5G㗎", "佢支唔支援5G"])
def test_a_cantonese_yes_no_question_after_a_phone_asks_about_it(session, text):
    answer = ask_all(session, START, "Galaxy A15 點樣?", text)
    assert (answer.kind, answer.focus[0].family, answer.constraints.needs_5g) == ("details", "Galaxy A15", False)


@pytest.mark.parametrize("text", ["最大電嗰部係邊部", "邊部最大電", "電池最大嗰部係邊部"])
def test_the_biggest_battery_said_in_cantonese_picks_it_from_the_list(session, text):
    shown = session.ask(START).picks
    answer = session.ask(text)
    assert answer.focus[0] == max((p.phone for p in shown), key=lambda phone: phone.battery_mah)


# -- 讲一下 / 讲下 ask about a phone --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["講下第二部", "讲一下第二个", "第二部講一下"])
def test_tell_me_about_a_shown_place_opens_that_phone(session, text):
    shown = session.ask(START).picks
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0]) == ("details", shown[1].phone)


@pytest.mark.parametrize("text", ["講一下Galaxy Z Fold6", "讲下 Galaxy Z Fold6", "Galaxy Z Fold6 讲一下"])
def test_tell_me_about_a_named_phone_opens_it_without_filtering_on_it(session, text):
    before = session.ask("預算美金2000以內")
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0].family, answer.constraints) == ("details", "Galaxy Z Fold6", before.constraints)


def test_telling_about_a_budget_still_sets_it(session):
    session.ask(START)
    assert session.ask("我讲一下我的预算 美金1000以内").constraints.budget.hi == 1000


# -- an undo said with its reason and the search it goes back to ------------------------------------------------------

_CHEAPER = ("预算3000以内", "再便宜点 2000以内")


@pytest.mark.parametrize("text", ["2000的都不咋地 撤回去 还是按三千来", "2000的都一般，撤销，还是三千以内吧",
                                  "兩千的都唔得 撤回去 還是按三千來"])
def test_a_verdict_an_undo_and_the_old_search_said_again_take_the_step_back(session, text):
    first = session.ask(_CHEAPER[0])
    session.ask(_CHEAPER[1])
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (first.constraints, ["restore"])


def test_a_new_figure_after_the_undo_is_a_wish(session):
    answer = ask_all(session, *_CHEAPER, "2000的都不咋地 撤回去 还是按两千五来")
    assert answer.constraints.budget.hi == 2500


@pytest.mark.parametrize("text", ["撤回刚才屏幕那一步 问了我妈 她说不用那么大", "撤销刚才屏幕那一步 问过我老婆了",
                                  "撤回刚才屏幕的修改，问了我爸"])
def test_a_named_step_taken_back_before_whom_the_shopper_asked_drops_only_that_filter(session, text):
    before = ask_all(session, "预算3000以内", "要5G的")
    session.ask("屏幕大点 至少6.5寸")
    assert session.ask(text).constraints == before.constraints


def test_a_wish_after_a_named_step_taken_back_still_applies(session):
    answer = ask_all(session, "预算3000以内", "屏幕大点 至少6.5寸", "撤回刚才屏幕那一步 要5G的")
    assert (answer.constraints.needs_5g, answer.constraints.specs) == (True, ())


@pytest.mark.parametrize("text", ["把刚才改的撤回去 还是两个都不要", "把刚刚改的撤回去", "刚才那条撤回去吧"])
def test_the_last_change_dropped_by_che_hui_qu_is_an_undo(session, text):
    first = ask_all(session, "预算3000以内", "vivo跟oppo都不要")
    session.ask("哦不对 vivo可以的 就是不要oppo")
    assert session.ask(text).constraints == first.constraints


@pytest.mark.parametrize("text", ["hmm 300以内选择太少了, undo 刚刚那步 lah", "300以内选项太少了，撤销刚才那步",
                                  "300以内的选择太少, undo that"])
def test_a_verdict_naming_the_figure_in_force_is_the_reason_for_the_undo(session, text):
    first = session.ask("budget 800 USD, 256GB storage or more")
    session.ask("便宜点吧, 300以内")
    assert session.ask(text).constraints == first.constraints


# -- Sichuanese 有好重 asks how heavy; a model named after who recommended it ----------------------------------------

@pytest.mark.parametrize("text", ["这台有好重哦 举久了手酸不", "這部有好重", "这台有好大"])
def test_a_sichuanese_how_heavy_asks_about_the_phone_in_focus(session, text):
    shown = session.ask(START).picks
    session.ask("讲讲第一个")
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0]) == ("details", shown[0].phone)


def test_there_are_many_stays_a_mandarin_many():
    assert simplified("有好多选择") == "有好多选择"


_MAKER_OF_NAMED = {"同事推荐荣耀Magic6 Pro 给我讲讲": "Honor", "朋友推荐的Pixel 8a怎么样": "Google", "我妈说的Galaxy A55 讲讲": "Samsung"}


@pytest.mark.parametrize("text", list(_MAKER_OF_NAMED))
def test_a_model_named_after_who_recommended_it_is_that_model(session, text):
    session.ask("预算美金2000以内")
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0].brand) == ("details", _MAKER_OF_NAMED[text])


def test_a_brand_recommended_by_a_colleague_stays_a_wish_for_that_brand(session):
    session.ask("预算美金2000以内")
    assert session.ask("同事推荐荣耀").constraints.brands == frozenset({"Honor"})
