"""SEALED-11 wordings (issues 9, 10): a tablet set aside ("平板的事先放放") goes back to the phone search, a help question
calls the advisor "your thing" ("你这玩意儿都能干啥"), a limit is dropped by its figure in Chinese ("200克那个限制去掉吧"),
Sichuanese 好多钱 asks the price of a shown phone, haggling ("抹个零噻") moves no price, an undo that closes on "撤回去"
takes the step back whole, and what others say after an undo is its reason, no wish."""

from __future__ import annotations

import pytest

from advisor.understanding.request import SlotUpdate
from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.understand import understand
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a tablet detour set aside ------------------------------------------------------------------------------------

_PHONE_THEN_TABLET = ("要5G的手机，预算8000以内", "另外帮我老婆挑个平板，三星或者苹果，8000以内")


@pytest.mark.parametrize("text", ["平板的事先放放，接着看我那个手机", "平板先擱一擱，繼續看我那部手機", "平板放一边，回到我的手机",
                                  "平板缓一缓，接着看我的手机"])
def test_a_tablet_set_aside_goes_back_to_the_phone_search(session, text):
    answer = ask_all(session, *_PHONE_THEN_TABLET, text)
    assert answer.constraints.needs_5g and "tablet" not in answer.constraints.devices


def test_a_tablet_question_with_put_in_it_stays_on_the_tablet(session):
    answer = ask_all(session, *_PHONE_THEN_TABLET, "平板放视频卡不卡")
    assert "tablet" in answer.constraints.devices


# -- help: the advisor called "your thing" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["你这玩意儿都能干啥啊？俺岁数大了整不明白", "你這玩意兒都能幹啥？我年紀大了搞不懂", "你这东西能干嘛"])
def test_asking_what_your_thing_can_do_is_a_help_question(session, text):
    assert ask_all(session, "预算2000以内", text).kind == "help"


def test_asking_the_price_of_your_thing_is_no_help_question():
    assert not is_help_question("你这玩意儿多少钱")


# -- a limit dropped by its figure, in Chinese -------------------------------------------------------------------

@pytest.mark.parametrize("text, slot", [("200克那个限制去掉吧", "spec:weight_g"), ("5000毫安的要求不要了", "spec:battery_mah"),
                                        ("6.5寸这个限制删了", "spec:screen_in")])
def test_a_limit_named_by_its_figure_is_dropped(vocab, text, slot):
    assert SlotUpdate(slot, "clear") in understand(text, vocab).updates


def test_a_figure_with_a_limit_word_and_no_verb_is_still_a_bound(vocab):
    updates = understand("重量限制在200克以内", vocab).updates
    assert all(u.op != "clear" for u in updates) and any(u.slot == "spec:weight_g" for u in updates)


# -- Sichuanese 好多钱: the price of a shown phone asked ---------------------------------------------------------

@pytest.mark.parametrize("text, ref", [("第三个好多钱嘛", 3), ("第一台好多錢喃", 1), ("2号好多钱", 2)])
def test_haoduo_qian_after_a_shown_position_asks_about_that_phone(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "details" and followup.refs == (ref,)


@pytest.mark.parametrize("text", ["第三个好多人买", "花了好多钱"])
def test_haoduo_as_a_lot_points_at_no_phone(vocab, text):
    assert understand(text, vocab).followup is None


# -- haggling ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["这个价格还能再少点不嘛，抹个零噻", "老闆打個折唄", "can you knock a bit off?"])
def test_haggling_over_a_shown_phone_changes_no_filter(session, text):
    before = ask_all(session, "预算3000以内，要5G", "第一个多少钱")
    answer = ask_all(session, text)
    assert answer.kind == "social" and answer.constraints == before.constraints


def test_asking_for_cheaper_phones_is_no_haggling(session):
    answer = ask_all(session, "预算3000以内，要5G", "再便宜点")
    assert answer.kind != "social" and answer.constraints.budget.hi < 3000


# -- an undo closed by 撤回去 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["算了，5G那个不要了，撤回去", "5G那个不要了，撤回来"])
def test_an_undo_closing_on_chehuiqu_restores_the_earlier_list(session, text):
    earlier = ask_all(session, "预算3000以内")
    ask_all(session, "要5G的")
    answer = ask_all(session, text)
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in earlier.picks]


# -- what others say, after an undo ----------------------------------------------------------------------------

_HONOR_REFUSED = ("预算8000以内", "荣耀的先pass掉哈")


@pytest.mark.parametrize("text", ["刚刚pass荣耀那步撤回吧，评论区说荣耀直播美颜也挺香", "撤销吧，听说荣耀拍照也不错",
                                  "undo that, reviews say honor is great"])
def test_hearsay_after_an_undo_is_its_reason_not_a_brand_wish(session, text):
    answer = ask_all(session, *_HONOR_REFUSED, text)
    assert not answer.constraints.exclude_brands and not answer.constraints.brands


def test_a_brand_asked_for_after_an_undo_is_still_a_wish(session):
    answer = ask_all(session, *_HONOR_REFUSED, "刚才排除荣耀那步撤回，只要荣耀")
    assert answer.constraints.brands == frozenset({"Honor"})
