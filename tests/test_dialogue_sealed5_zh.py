"""Chinese conversation moves from the SEALED-5 dialogue failures (issue 10), in simplified and traditional characters:
an undo that names the aspect it takes back ("撤回刚才那个价格") or says the undo twice over ("剛才改的不算 改回來"), a slip
owned before the figure meant ("打错了 是2500"), a place asked to be seen ("第一个给我看下", "給我看第二個"), "它" inside
words of choosing ("就它吧 为啥推荐这个"), Taiwan's counter 隻 ("這隻為什麼推薦", "哪隻最輕") and the storage by its other
names ("不限容量了")."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- an undo that names the aspect it takes back ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["撤回刚才那个价格", "撤銷剛才改的預算", "刚才改的价格不算", "價格那個改動撤回吧"])
def test_an_undo_naming_the_price_takes_back_its_last_change_and_keeps_later_ones(session, text):
    session.ask("小米的 4000块以下")
    session.ask("再便宜点 最多2500")
    session.ask("运存8g以上")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="CNY", hi=4000.0)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)
    assert answer.constraints.brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text", ["撤回刚才那个价格", "撤回一下價格", "刚才的预算撤销掉"])
def test_an_undo_naming_the_price_as_the_last_step_restores_the_list_before_it(session, text):
    first = session.ask("小米的 4000块以下")
    session.ask("再便宜点 最多2500")
    session.ask("这几个哪个最轻啊")
    answer = session.ask(text)
    assert answer.constraints == first.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in first.picks]


@pytest.mark.parametrize("text", ["把价格撤回", "价格恢复原来的", "價格還原吧"])
def test_the_price_put_back_as_it_was_takes_back_its_last_change(session, text):
    session.ask("小米的 4000块以下")
    session.ask("再便宜点 最多2500")
    session.ask("运存8g以上")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="CNY", hi=4000.0)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)


@pytest.mark.parametrize("text", ["取消预算", "取消價格"])
def test_cancelling_the_price_without_naming_a_step_lets_the_budget_go(session, text):
    session.ask("小米的 4000块以下")
    session.ask("再便宜点 最多2500")
    answer = session.ask(text)
    assert answer.constraints.budget is None
    assert answer.constraints.brands == frozenset({"Xiaomi"})


# -- an undo said twice over is one step -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["剛才改的不算 改回來", "刚才那个不要了，还原吧", "刚才设的那个不算，改回去吧"])
def test_an_undo_said_twice_over_takes_one_step_back(session, text):
    session.ask("四千以內 儲存256g以上")
    before = session.ask("5G的")
    session.ask("說錯了 預算是三千")
    answer = session.ask(text)
    assert answer.constraints == before.constraints


# -- a slip owned before the figure meant --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["打错了 是2500", "寫錯了，應該是2500", "输错了 2500", "口誤 是2500"])
def test_a_typed_slip_then_a_figure_replaces_the_budget(session, text):
    session.ask("vivo或者oppo 3500以内")
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="CNY", hi=2500.0)
    assert answer.constraints.brands == frozenset({"Vivo", "Oppo"})


@pytest.mark.parametrize("text", ["打错了 是12", "按錯了 是12"])
def test_a_typed_slip_then_a_figure_replaces_the_spec_of_that_scale(session, text):
    session.ask("运存8g以上 3000以内")
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") == Bound(lo=12.0)
    assert answer.constraints.budget == Budget(currency="CNY", hi=3000.0)


@pytest.mark.parametrize("text", ["不错了 谢谢", "還不錯了"])
def test_praise_with_cuo_is_no_correction(session, text):
    shown = session.ask("vivo或者oppo 3500以内")
    answer = session.ask(text)
    assert answer.constraints == shown.constraints


# -- a place asked to be seen --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [("第一个给我看下", 1), ("給我看第二個", 2), ("让我瞧瞧第三个", 3),
                                             ("第二個給我瞅一眼", 2)])
def test_asking_to_see_a_place_opens_that_shown_phone(session, text, place):
    shown = session.ask("2000元以内的手机")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone == shown.picks[place - 1].phone
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize(("text", "place"), [("第三个我看看", 3), ("麻烦给我看下第一个", 1), ("點開第二個", 2),
                                             ("第一个打开看看", 1)])
def test_asking_politely_or_to_open_a_place_opens_that_shown_phone(session, text, place):
    shown = session.ask("2000元以内的手机")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone == shown.picks[place - 1].phone
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["给我看三星的", "給我看三星的", "我看看三星", "麻烦推荐一下三星的"])
def test_asking_to_see_a_brand_is_still_a_request(session, text):
    session.ask("1800以内")
    answer = session.ask(text)
    assert answer.kind == "results"
    assert answer.constraints.brands == frozenset({"Samsung"})


# -- "it" inside words of choosing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["就它吧 为啥推荐这个", "就它了 为什么推荐它", "就是它吧，為什麼推薦它"])
def test_why_about_it_said_with_words_of_choosing_is_about_the_phone_in_focus(session, text):
    session.ask("两千以内 电池5000毫安以上")
    focus = session.ask("这几个里面哪个最便宜")
    answer = session.ask(text)
    assert answer.kind == "why"
    assert [p.id for p in answer.focus] == [focus.picks[0].phone.id]
    assert answer.constraints == focus.constraints


# -- Taiwan's counter 隻 (and a simplified writer's 只) ------------------------------------------------------------

@pytest.mark.parametrize("text", ["這隻為什麼推薦", "这只为什么推荐", "那隻為啥推薦"])
def test_this_zhi_asked_why_is_the_phone_in_focus(session, text):
    session.ask("六千塊以內 不要蘋果")
    focus = session.ask("給我看第二個")
    answer = session.ask(text)
    assert answer.kind == "why"
    assert [p.id for p in answer.focus] == [focus.picks[0].phone.id]


@pytest.mark.parametrize("text", ["哪隻最輕", "哪只最轻", "這幾隻哪隻最輕"])
def test_which_zhi_is_lightest_picks_among_the_shown_phones(session, text):
    shown = session.ask("三星手機 預算五千")
    answer = session.ask(text)
    lightest = min(p.phone.spec("weight_g") for p in shown.picks)
    assert answer.kind == "details"
    assert answer.picks[0].phone.spec("weight_g") == lightest
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize(("text", "kept"), [("只要小米", "只要"), ("那只看三星吧", "只看"), ("这只要两千吗", "只要")])
def test_zhi_before_a_verb_stays_only(text, kept):
    assert kept in simplified(text)


def test_only_after_this_keeps_its_brand_wish(session):
    session.ask("3000以内")
    answer = session.ask("那只看三星吧")
    assert answer.constraints.brands == frozenset({"Samsung"})


# -- the storage by its other names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["不限容量了", "儲存空間無所謂了", "容量随便", "存储容量不限", "不要求容量了", "不再要求儲存了"])
def test_letting_the_capacity_go_clears_the_storage(session, text):
    session.ask("四千以內 儲存256g以上")
    answer = session.ask(text)
    assert answer.constraints.spec("storage_gb") is None
    assert answer.constraints.budget == Budget(currency="CNY", hi=4000.0)


def test_letting_the_battery_capacity_go_keeps_the_storage(session):
    session.ask("四千以內 储存256g以上 电池5000毫安以上")
    answer = session.ask("电池容量不限了")
    assert answer.constraints.spec("battery_mah") is None
    assert answer.constraints.spec("storage_gb") == Bound(lo=256.0)


# -- a model named with a space before its number, after the moves above ------------------------------------------

@pytest.mark.parametrize(("text", "family"), [("一加 12 怎麼樣", "12"), ("荣耀 X9b 怎么样", "X9b"),
                                              ("華為 Nova 12 呢", "Nova 12")])
def test_a_model_named_with_a_space_opens_it_and_keeps_the_filters(session, text, family):
    session.ask("四千以內 儲存256g以上")
    session.ask("說錯了 預算是三千")
    kept = session.ask("剛才改的不算 改回來")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone.family == family
    assert answer.constraints == kept.constraints
