"""Chinese conversation words read right in one message (issue 10): everything said before voided, a filter pointed at
as "那个" let go, a refusal by 算了 glued to the next wish, the tablet left "看到这", a help question opened by "问下",
a comparison asked with "比的话呢" or "哪个…更稳", and a shown phone placed "列表里"."""

from __future__ import annotations

import pytest

from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.talk import back_to_phones, undone_filters
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text", ["算了算了 前面说的条件全都不作数 我重新说", "之前的要求都作废", "刚才说的全部不算 重新来",
                                  "所有条件全部取消"])
def test_everything_said_before_voided_starts_over(vocab, text):
    assert understand(text, vocab).reset is True


@pytest.mark.parametrize("text", ["这些都不算贵", "全都不要了", "三星的都不算"])
def test_a_verdict_on_phones_is_no_start_over(vocab, text):
    assert understand(text, vocab).reset is False


@pytest.mark.parametrize("text, slot", [("重量那个限制撤了吧", "spec:weight_g"), ("预算这个条件取消", "budget"),
                                        ("内存那个要求不要了", "spec:ram_gb")])
def test_a_filter_pointed_at_by_its_aspect_is_let_go(vocab, text, slot):
    assert slots(understand(text, vocab))[slot] == ("clear", None)


@pytest.mark.parametrize("text, slot", [("重量那个限制撤了吧，还是按刚才的来", "spec:weight_g"),
                                        ("预算去掉 按之前的来", "budget"), ("内存的要求不要了，照原来的办", "spec:ram_gb")])
def test_a_filter_let_go_back_to_as_before_takes_its_change_back(text, slot):
    assert undone_filters(text) == (slot,)


def test_a_filter_let_go_alone_takes_no_change_back():
    assert undone_filters("重量那个限制撤了吧") == ()


@pytest.mark.parametrize("text, wanted, refused", [
    ("vivo就算了只看oppo，还有后置主摄要6400万像素往上的", "Oppo", "Vivo"), ("三星算了还是要华为", "Huawei", "Samsung"),
    ("小米就算了换个荣耀的", "Honor", "Xiaomi"),
])
def test_a_refusal_by_suanle_glued_to_a_wish_refuses_only_its_own_brand(vocab, text, wanted, refused):
    brand_updates = {(u.slot, u.op, u.value) for u in understand(text, vocab).updates if "brands" in u.slot}
    assert brand_updates == {("brands", "set", frozenset({wanted})), ("exclude_brands", "add", frozenset({refused})),
                             ("brands", "remove", frozenset({refused}))}


def test_suanle_alone_still_refuses(vocab):
    assert slots(understand("华为算了", vocab))["exclude_brands"] == ("add", frozenset({"Huawei"}))


@pytest.mark.parametrize("text, rest", [("行平板就先看到这 说回我自己换手机的事", "行"),
                                        ("平板先到这儿吧 回到我的手机", ""), ("平板就聊到这里，接着看手机", "")])
def test_the_tablet_looked_at_up_to_here_goes_back_to_phones(text, rest):
    assert back_to_phones(text) == rest


def test_the_tablet_named_without_leaving_it_is_no_return():
    assert back_to_phones("平板和手机都看看") is None


@pytest.mark.parametrize("text", ["问下你除了推荐手机还能干点啥", "除了推荐手机还能干点啥", "想问一下你还能做些什么"])
def test_asking_what_else_the_advisor_does_is_help(text):
    assert is_help_question(text) is True


def test_asking_leave_to_ask_about_a_phone_is_no_help():
    assert is_help_question("问下 红米note14多少钱") is False


@pytest.mark.parametrize("text, refs", [("它跟列表里排第一那台比，哪个打游戏更稳", (0, 1)), ("它和第二个比的话呢", (0, 2)),
                                        ("它跟列表上第三款比的话呢", (0, 3)), ("它跟第一个比，哪个拍照更稳", (0, 1))])
def test_the_phone_in_focus_weighed_against_a_shown_one_compares(vocab, text, refs):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("compare", refs)


@pytest.mark.parametrize("text, place", [("列表里排第一那台", 1), ("结果中第二个详细说说", 2)])
def test_a_shown_phone_placed_in_the_list_is_that_place(vocab, text, place):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("details", (place,))
