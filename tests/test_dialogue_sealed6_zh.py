"""Chinese conversation moves from the SEALED-6 dialogue failures (issue 10), in simplified and traditional characters and
Cantonese: a brand refused with a colloquial verb ("华为荣耀别整", "華為的先跳過") never comes back in the list, the back's
camera count let go ("三摄不强求了"), any brand said in Cantonese ("其實咩牌子都得"), and "does it have 5G" about the phone
in focus ("佢有冇5G㗎") asks, never filters."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, brands", [
    ("华为荣耀别整", {"Huawei", "Honor"}), ("華為的先跳過", {"Huawei"}), ("小米的先略过吧", {"Xiaomi"}), ("三星别搞", {"Samsung"}),
])
def test_a_brand_refused_colloquially_is_excluded_and_never_shown(session, text, brands):
    session.ask("3000块以内")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset(brands)
    assert not any(p.phone.brand in brands for p in answer.picks)


@pytest.mark.parametrize("text", ["三摄不强求了", "後置三攝算了", "不强求三摄了"])
def test_letting_the_camera_count_go_keeps_the_other_filters(session, text):
    session.ask("两千到三千 后置三摄起步")
    before = session.ask("电池5000以上")
    answer = session.ask(text)
    assert answer.constraints.spec("rear_cameras") is None
    assert answer.constraints.spec("battery_mah") == Bound(lo=5000.0)
    assert answer.constraints.budget == before.constraints.budget


@pytest.mark.parametrize("text", ["其實咩牌子都得", "乜嘢牌子都得啦", "什么牌子都得"])
def test_any_brand_in_cantonese_lets_the_brand_go(session, text):
    session.ask("淨係要oppo 預算2500")
    answer = session.ask(text)
    assert (answer.constraints.brands, answer.constraints.budget.hi) == (frozenset(), 2500.0)


@pytest.mark.parametrize("text", ["佢有冇5G㗎", "它有没有5G", "它支持５g不"])
def test_asking_if_the_phone_in_focus_has_5g_keeps_the_state(session, text):
    session.ask("5000以内")
    before = session.ask("第二个详细讲下")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("details", before.constraints)


@pytest.mark.parametrize("text", ["刚才不要华为荣耀那个撤了吧", "剛才排除華為那步取消", "刚刚不要华为那条不算了"])
def test_an_undo_naming_the_step_by_what_it_said_restores_the_state_before_it(session, text):
    before = session.ask("3000块以内 电池5000以上")
    session.ask("华为荣耀别整")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


def test_a_step_named_by_what_it_said_but_not_dropped_is_no_undo(session):
    session.ask("3000块以内")
    answer = session.ask("刚才那个华为不要")
    assert answer.constraints.exclude_brands == frozenset({"Huawei"})


@pytest.mark.parametrize("text, brands", [
    ("算了还是刚才那样 真我就行", {"Realme"}), ("还是刚才那样吧 真我就行", {"Realme"}), ("算了还是之前的 小米的", {"Xiaomi"}),
])
def test_an_undo_then_a_wish_after_a_space_takes_back_then_applies_it(session, text, brands):
    session.ask("3000左右")
    session.ask("只要真我的")
    session.ask("真我不要了 换成小米跟vivo")
    answer = session.ask(text)
    assert (answer.constraints.brands, answer.constraints.budget.around) == (frozenset(brands), 3000.0)


@pytest.mark.parametrize("text", ["最便宜那台", "最轻那个", "電池最大那款"])
def test_a_superlative_pointer_without_de_opens_the_best_shown_phone_and_keeps_the_list(session, text):
    before = session.ask("5000以内")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("details", before.constraints)
    assert answer.picks[0].phone.id in [p.phone.id for p in before.picks]


@pytest.mark.parametrize("text", ["要最便宜的", "最好是小米"])
def test_a_superlative_wish_without_a_pointer_is_still_a_request(session, text):
    session.ask("5000以内")
    assert session.ask(text).kind == "results"


@pytest.mark.parametrize("text", ["iphone15为啥没推荐", "iPhone 15為什麼沒有呢", "iphone 15为什么不推荐"])
def test_a_phone_named_then_asked_why_it_is_missing_is_answered_why_not_and_keeps_the_state(session, text):
    before = session.ask("三星的 两千到三千")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("why_not", before.constraints)
    assert answer.picks[0].phone.family == "iPhone 15"


@pytest.mark.parametrize("text", ["红米 note 13那款呢", "redmi note 13那款呢", "小米14 ultra那台呢"])
def test_a_model_name_with_spaces_opens_that_model_and_keeps_the_state(session, text):
    before = session.ask("5000以内 5g")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("details", before.constraints)
