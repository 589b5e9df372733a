"""Chinese leftovers of earlier rounds (issues 9 and 10), each beside the closest wording that must keep its meaning:
an either-or said without 还是 ("一是三星二是华为", "三星华为二选一", "要三星，冇就华为"); a figure refused with its spec
named after it ("少于32M像素的前置不考虑"); a floor laid before the figure or said "或往上" ("屏幕打底6.7''", "6.6 inches或往上");
a ceiling said "就封顶了"; "别整超过" (a colloquial do-verb negated before a bound); a greeting before "就认X这个牌子";
a budget kept at a figure ("预算保持在5000"); a choice put off until a launch ("等华为新款出了再说"); and a bare model
number beside the phone in focus ("它和7a差在哪")."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- an either-or without 还是 / 或: both makers are let in ----------------------------------------------------------

@pytest.mark.parametrize("text, brands", [
    ("一是小米二是红米", {"Xiaomi"}),  # Redmi is Xiaomi's series: one maker
    ("一是三星二是华为", {"Samsung", "Huawei"}), ("三星华为二选一", {"Samsung", "Huawei"}), ("oppo vivo二选一", {"Oppo", "Vivo"}),
    ("要三星，冇就华为", {"Samsung", "Huawei"}), ("首选三星，冇就华为", {"Samsung", "Huawei"}),
    ("要么三星要么华为", {"Samsung", "Huawei"}),
])
def test_an_either_or_without_a_joining_word_lets_both_makers_in(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


def test_a_maker_or_else_nothing_lets_only_that_maker_in(vocab):
    assert constraints_after("要三星，冇就算了", vocab).brands == frozenset({"Samsung"})


# -- a figure refused with its spec named after it ------------------------------------------------------------------

@pytest.mark.parametrize("text, key, floor", [
    ("少于32M像素的前置不考虑", "front_camera_mp", 32.0), ("低于32M像素的前置摄像头不考虑", "front_camera_mp", 32.0),
    ("少于6个G的运行内存不考虑", "ram_gb", 6.0), ("小于八个G的内存不考虑", "ram_gb", 8.0), ("少于6G的运存不考虑", "ram_gb", 6.0),
    ("低于5000毫安的电池不考虑", "battery_mah", 5000.0), ("少于128G的存储不考虑", "storage_gb", 128.0),
])
def test_a_figure_refused_below_with_its_spec_after_it_is_a_floor_on_that_spec(vocab, text, key, floor):
    assert spec_after(text, vocab, key) == (floor, None)


def test_a_figure_refused_with_the_front_camera_after_it_leaves_the_main_camera_alone(vocab):
    assert spec_after("少于32M像素的前置不考虑", vocab, "main_camera_mp") is None


@pytest.mark.parametrize("text, key", [("运行内存不考虑", "ram_gb"), ("前置不考虑", "front_camera_mp")])
def test_a_spec_refused_without_a_figure_is_still_let_go(vocab, text, key):
    assert spec_after(text, vocab, key) is None


def test_a_figure_below_with_its_spec_after_it_unrefused_is_a_ceiling(vocab):
    assert spec_after("少于6个G的运行内存", vocab, "ram_gb") == (None, 6.0)


# -- a screen floor laid before the figure, or said "或往上" after it ------------------------------------------------

@pytest.mark.parametrize("text, key, floor", [
    ("屏幕打底6.7''", "screen_in", 6.7), ("屏幕打底6.7寸", "screen_in", 6.7), ("6.6 inches或往上", "screen_in", 6.6),
    ("屏幕6.7寸或往上", "screen_in", 6.7), ("6.5寸及往上", "screen_in", 6.5), ("电池打底5000", "battery_mah", 5000.0),
    ("内存8G或往上", "ram_gb", 8.0),
])
def test_a_floor_word_before_the_figure_or_or_upwards_after_it_is_a_floor(vocab, text, key, floor):
    assert spec_after(text, vocab, key) == (floor, None)


def test_a_budget_laid_at_a_floor_is_a_floor(vocab):
    assert budget_read(vocab, "预算打底3000") == ("CNY", 3000.0, None)


@pytest.mark.parametrize("text, bound", [("屏幕6.7''", (6.55, 6.85)), ("6.6 inches往下", (None, 6.6))])
def test_a_screen_size_without_a_floor_word_keeps_its_reading(vocab, text, bound):
    assert spec_after(text, vocab, "screen_in") == bound


# -- "就封顶了": a ceiling, the figure in Chinese numerals or digits ---------------------------------------------------

@pytest.mark.parametrize("text, key, ceiling", [
    ("存储六十四个GB就封顶了", "storage_gb", 64.0), ("存储64GB就封顶", "storage_gb", 64.0), ("内存8G就封顶了", "ram_gb", 8.0),
    ("电池5000毫安就封顶", "battery_mah", 5000.0), ("存储64个GB封顶", "storage_gb", 64.0),
])
def test_a_figure_then_capped_is_a_ceiling(vocab, text, key, ceiling):
    assert spec_after(text, vocab, key) == (None, ceiling)


def test_a_figure_said_enough_stays_a_floor(vocab):
    assert spec_after("存储64GB就够了", vocab, "storage_gb") == (64.0, None)


# -- "别整超过": a colloquial do-verb negated before a bound turns it ------------------------------------------------

@pytest.mark.parametrize("text, key, bound", [
    ("电池别整超过四千毫安时的", "battery_mah", (None, 4000.0)), ("别整超过200克的", "weight_g", (None, 200.0)),
    ("电池不要搞超过5000毫安的", "battery_mah", (None, 5000.0)), ("屏幕别弄超过6.5寸的", "screen_in", (None, 6.5)),
    ("别整低于8G内存的", "ram_gb", (8.0, None)),
])
def test_a_do_verb_negated_before_a_bound_turns_its_side(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_the_do_verb_without_a_negation_keeps_the_side(vocab):
    assert spec_after("电池整超过四千毫安时的", vocab, "battery_mah") == (4000.0, None)


# -- a greeting before "就认X这个牌子" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [("在吗。就认Infinix这个牌子", "Infinix"), ("在不在？只认华为这个牌子", "Huawei"),
                                         ("在吗，小米这个品牌可以吗", "Xiaomi"), ("你好。就认华为这个牌子", "Huawei")])
def test_a_greeting_before_this_brand_is_a_brand_request(session, text, brand):
    answer = ask_all(session, "预算3000", text)
    assert answer.kind == "results" and answer.constraints.brands == frozenset({brand})


def test_this_brand_names_no_phone_to_ask_about(vocab):
    assert understand("在吗。就认Infinix这个牌子", vocab).followup is None


def test_this_one_after_a_greeting_still_asks_about_the_phone_in_focus(vocab):
    assert understand("在吗。这个怎么样", vocab).followup is not None


# -- a budget kept at a figure reads as the budget word alone --------------------------------------------------------

@pytest.mark.parametrize("text, hi", [("预算保持在5000", 5000), ("预算维持在四千", 4000), ("预算就保持在3000吧", 3000),
                                      ("预算定在4000", 4000)])
def test_a_budget_kept_at_a_figure_is_that_budget(vocab, text, hi):
    assert budget_read(vocab, text) == ("CNY", None, hi)


def test_a_price_kept_at_a_figure_reads_as_the_price_word_alone(vocab):
    assert budget_read(vocab, "价格维持在5000") == budget_read(vocab, "价格5000")


def test_a_battery_kept_at_a_figure_is_no_budget(vocab):
    assert budget_read(vocab, "电池保持在5000") is None


# -- a choice put off until a launch: no filter now -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["等华为新款出了再说", "华为新款出来再说吧", "等小米15出来以后再考虑", "等苹果降价了再买吧",
                                  "那我等三星新机发布了再看"])
def test_a_choice_put_off_until_a_launch_keeps_the_filters(session, text):
    answer = ask_all(session, "预算3000，要小米", text)
    assert answer.kind == "social"
    assert answer.constraints.brands == frozenset({"Xiaomi"}) and answer.constraints.budget.hi == 3000


@pytest.mark.parametrize("text", ["华为新款出了吗", "华为新款出了，推荐一下", "要华为新款"])
def test_a_launch_asked_about_or_a_new_model_wished_is_no_deferral(text):
    assert conversation_move(text) is None


# -- a bare model number beside the phone in focus ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["它和7a差在哪", "它跟7a比呢", "它和7a有什么区别"])
def test_a_bare_model_number_beside_it_is_the_focused_makers_model(session, text):
    answer = ask_all(session, "谷歌手机", text)
    focused = session.state.focus
    assert answer.kind == "compare" and "google-pixel-7a-128gb" in [p.id for p in answer.focus]
    assert {p.brand for p in answer.focus} == {"Google"} and len(focused) == 2


def test_a_bare_model_number_without_it_names_no_phone_to_compare(vocab):
    assert understand("12r和7a差在哪", vocab).followup is None
