"""SEALED-10 simplified-Chinese wordings (issue 10): brands counted back before a refusal ("ov两家不要", "这俩不要"), a
filter sifted out ("超过190克的都筛掉"), a brand put in with the others ("再把OPPO也加上"), a chip compared in slang
("比天玑9200猛"), the foldable said as a negated verb ("还是不折叠了"), a slip caught mid-message ("5000以内，哦不，6000")
and an undo said after its reason ("小的揣兜里方便 还是回到上一个")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, refused", [
    ("要5G的 然后ov两家不要", {"Oppo", "Vivo"}),
    ("tecno和infinix这俩不要", {"Tecno", "Infinix"}),
    ("小米和荣耀这两家都不考虑", {"Xiaomi", "Honor"}),
    ("三星苹果这俩pass", {"Samsung", "Apple"}),
])
def test_brands_counted_back_before_a_refusal_are_refused(session, text, refused):
    answer = ask_all(session, text)
    assert set(answer.constraints.exclude_brands) == refused
    assert not answer.constraints.brands


def test_brands_counted_without_a_refusal_stay_wanted(session):
    answer = ask_all(session, "华为这两款都不错")
    assert set(answer.constraints.brands) == {"Huawei"}
    assert not answer.constraints.exclude_brands


@pytest.mark.parametrize("text, spec, bound", [
    ("能不能麻烦把超过190克的都筛掉", "weight_g", Bound(hi=190)),
    ("重于200克的都过滤掉", "weight_g", Bound(hi=200)),
    ("6.8寸以上的都踢掉", "screen_in", Bound(hi=6.8)),
])
def test_a_side_sifted_out_keeps_the_other_side(session, text, spec, bound):
    assert ask_all(session, text).constraints.spec(spec) == bound


@pytest.mark.parametrize("text, refused", [("筛掉三星", "Samsung"), ("三星的都删掉", "Samsung"), ("过滤掉小米的", "Xiaomi")])
def test_a_brand_sifted_out_is_refused(session, text, refused):
    answer = ask_all(session, text)
    assert set(answer.constraints.exclude_brands) == {refused}
    assert not answer.constraints.brands


@pytest.mark.parametrize("text, added", [("再把OPPO也加上", "Oppo"), ("realme也算上", "Realme"), ("华为也放进来看看", "Huawei")])
def test_a_brand_put_in_with_the_others_joins_the_wanted_brands(session, text, added):
    answer = ask_all(session, "牌子就小米、荣耀这几家", text)
    assert set(answer.constraints.brands) == {"Xiaomi", "Honor", added}


@pytest.mark.parametrize("slang", ["猛", "牛", "给力"])
def test_a_chip_compared_in_slang_is_a_strict_floor_as_stronger_is(small_advisor, slang):
    stronger = ask_all(small_advisor.session(), "芯片得比天玑9200强").constraints.spec("chip_score")
    said = ask_all(small_advisor.session(), f"芯片得比天玑9200{slang}").constraints.spec("chip_score")
    assert said == stronger
    assert said.lo is not None and said.lo > 5200 and said.hi is None


def test_a_chip_compared_as_weaker_in_slang_refused_is_a_floor_that_keeps_it(session):
    bound = ask_all(session, "芯片不能比天玑9200菜").constraints.spec("chip_score")
    assert bound == Bound(lo=5200)


@pytest.mark.parametrize("text", ["还是不折叠了 直板就行", "不折叠了", "算了不用折叠的"])
def test_the_foldable_said_as_a_negated_verb_leaves_plain_phones(session, text):
    answer = ask_all(session, "想入个折叠屏 1w以内", text)
    assert set(answer.constraints.devices) == {"phone"}
    assert answer.constraints.budget.hi == 10000


def test_how_about_a_foldable_is_no_refusal(session):
    answer = ask_all(session, "想入个折叠屏 1w以内", "要不折叠屏吧")
    assert set(answer.constraints.devices) == {"foldable"}


@pytest.mark.parametrize("text, hi", [
    ("预算5000以内，哦不，6000", 6000), ("预算5000以内，噢不对，应该是4500", 4500), ("under 500, no wait, 600", 600),
])
def test_a_slip_caught_mid_message_keeps_the_figure_meant(session, text, hi):
    assert ask_all(session, text).constraints.budget.hi == hi


def test_a_slip_caught_mid_message_replaces_the_spec_figure(session):
    assert ask_all(session, "运存8G，不对，12G").constraints.spec("ram_gb") == Bound(lo=12)


def test_a_slip_caught_mid_message_with_a_budget_in_force(session):
    answer = ask_all(session, "想要个小屏的，6.2寸以下", "预算5000以内，哦不，6000")
    assert answer.constraints.budget.hi == 6000
    assert answer.constraints.spec("screen_in") == Bound(hi=6.2)


def test_a_no_without_a_second_figure_is_no_slip(session):
    assert ask_all(session, "5000以内 不对 太贵").constraints.budget.hi == 5000


@pytest.mark.parametrize("text", [
    "不对不对 小的揣兜里方便 还是回到上一个", "想了想单手握着舒服 那还是之前那样吧", "大屏拿着累，还是回到上一个",
])
def test_an_undo_said_after_its_reason_takes_the_last_change_back(session, text):
    answer = ask_all(session, "想要个小屏的，6.2寸以下", "算了还是大屏爽 6.7以上", text)
    assert answer.constraints.spec("screen_in") == Bound(hi=6.2)


def test_a_wish_with_a_figure_before_going_back_is_no_reason(session):
    answer = ask_all(session, "想要个小屏的，6.2寸以下", "算了还是大屏爽 6.7以上", "要5G的 还是回到上一个")
    assert answer.constraints.spec("screen_in") == Bound(lo=6.7)
    assert answer.constraints.needs_5g


@pytest.mark.parametrize("text", ["都清掉 从零开始", "从零再来吧", "条件归零"])
def test_starting_from_zero_clears_every_filter(session, text):
    answer = ask_all(session, "想入个折叠屏 1w以内 三星不要", text)
    assert answer.kind == "reset"
    assert answer.constraints.budget is None and not answer.constraints.devices
    assert not answer.constraints.exclude_brands


def test_a_figure_named_zero_is_no_reset(session):
    answer = ask_all(session, "想入个折叠屏 1w以内", "零售价5000以内")
    assert answer.constraints.budget.hi == 5000
    assert set(answer.constraints.devices) == {"foldable"}


# both readings admit the same phones: no kind said is any phone, foldables included
@pytest.mark.parametrize("text, devices", [
    ("诶折叠的也放回来一起看吧，那预算就还是1w", {"phone", "foldable"}), ("折叠屏也加回来吧", set()), ("折叠的也可以", set()),
])
def test_the_foldables_put_back_join_the_plain_phones(session, text, devices):
    answer = ask_all(session, "想入个折叠屏 1w以内 三星不要", "还是不折叠了 直板就行", text)
    assert set(answer.constraints.devices) == devices
    assert set(answer.constraints.exclude_brands) == {"Samsung"}


def test_a_brand_put_back_leaves_the_device_kind(session):
    answer = ask_all(session, "想入个折叠屏 1w以内 三星不要", "还是不折叠了 直板就行", "三星也放回来")
    assert set(answer.constraints.devices) == {"phone"}
    assert not answer.constraints.exclude_brands


@pytest.mark.parametrize("text", ["冒昧问一下，为什么会推荐这一款呢", "为什么推荐这一款呢", "想问下为啥要选这一台"])
def test_why_this_one_after_a_courtesy_or_a_modal_asks_about_the_phone_in_focus(session, text):
    listed = ask_all(session, "预算四千左右")
    shown = ask_all(session, "第一款具体怎么样")
    answer = session.ask(text)
    assert answer.kind == "why"
    assert answer.focus == shown.focus
    assert answer.constraints == listed.constraints


@pytest.mark.parametrize("text, second", [("它跟第一个比谁强", 0), ("它和第三个比谁的电池更大", 2)])
def test_who_is_stronger_asks_which_of_the_phones_compared(session, text, second):
    listed = ask_all(session, "预算四千左右")
    ask_all(session, "第二个呢")
    answer = session.ask(text)
    assert answer.kind == "compare"
    assert {p.id for p in answer.focus} == {listed.picks[1].phone.id, listed.picks[second].phone.id}


def test_who_without_a_comparison_asks_no_compare(session):
    ask_all(session, "预算四千左右")
    assert session.ask("谁能推荐一个好的").kind != "compare"
