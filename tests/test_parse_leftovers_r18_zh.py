"""Chinese leftovers of earlier rounds (issues 9 and 10), each beside the closest wording that must keep its meaning:
a camera floor in M asked as a question after a topic word ("前置的话不低于50M？"); a model number of another maker said
beside the phone in focus ("它和a55比呢" after a Xiaomi); alternatives each with their own brand and figure, a pause
between the two ("选项一：小米，12G内存；选项二：三星，256G存储", "X也行，只要…"), and a note where the conversation cannot
keep a brand's figure to that brand; and the money Cantonese 蚊 counts, switched back to yuan by a
later amount in 人民币 or 块, with an undo of the turn that named 港币 going back to the state before it."""

from __future__ import annotations

import pytest

from tests.helpers import ask_all, constraints_after, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a camera floor in M after a topic word, asked as a question ----------------------------------------------------

@pytest.mark.parametrize("text", ["前置的话不低于50M？", "前置这块不低于50M？", "前摄的话至少50M?", "自拍的话50M以上吗",
                                  "前置的话，不少于50M？"])
def test_a_front_camera_floor_in_m_after_a_topic_word_and_a_question_mark_is_kept(vocab, text):
    assert spec_after(text, vocab, "front_camera_mp") == (50.0, None)


def test_a_main_camera_floor_in_m_asked_as_a_question_is_the_main_cameras(vocab):
    assert spec_after("主摄的话不低于50M？", vocab, "main_camera_mp") == (50.0, None)
    assert spec_after("主摄的话不低于50M？", vocab, "front_camera_mp") is None


@pytest.mark.parametrize("text, key, bound", [
    ("内存的话不低于12G？", "ram_gb", (12.0, None)), ("电池呢不低于5000毫安？", "battery_mah", (5000.0, None)),
    ("屏幕的话6.7寸以上？", "screen_in", (6.7, None)), ("重量的话200克以下吧", "weight_g", (None, 200.0)),
])
def test_other_specs_after_a_topic_word_and_a_question_mark_keep_their_bound(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_a_front_camera_ceiling_asked_as_a_question_stays_a_ceiling(vocab):
    assert spec_after("前置的话不高于50M？", vocab, "front_camera_mp") == (None, 50.0)


# -- a model number of another maker beside the phone in focus ------------------------------------------------------

@pytest.mark.parametrize("text", ["它和a55比呢", "它跟A55比怎么样", "它和a55差在哪"])
def test_another_makers_model_number_beside_it_is_that_makers_model(session, text):
    answer = ask_all(session, "小米14 Ultra怎么样", text)
    assert answer.kind == "compare"
    assert [p.id for p in answer.focus] == ["xiaomi-14-ultra-512gb", "samsung-galaxy-a55-128gb"]


def test_the_focused_makers_own_model_number_stays_that_makers_model(session):
    answer = ask_all(session, "谷歌手机", "它和7a比呢")
    assert "google-pixel-7a-128gb" in [p.id for p in answer.focus]
    assert {p.brand for p in answer.focus} == {"Google"}


# -- Hong Kong dollars, then yuan again -----------------------------------------------------------------------------

@pytest.mark.parametrize("yuan", ["人民币2000以内", "2000块以内", "预算改成2000元", "rmb 2000 max"])
def test_an_amount_in_yuan_after_hong_kong_dollars_makes_wen_count_yuan_again(session, yuan):
    answer = ask_all(session, "预算3000港币", yuan, "3500蚊以内")
    assert not session.state.hong_kong_dollars
    assert (answer.constraints.budget.currency, answer.constraints.budget.hi) == ("CNY", 3500.0)


def test_a_message_without_an_amount_in_yuan_keeps_wen_in_hong_kong_dollars(session):
    ask_all(session, "预算3000港币", "重量这块轻一点", "3500蚊以内")
    assert session.state.hong_kong_dollars


def test_dollars_counted_in_kuai_do_not_switch_back_to_yuan(session):
    ask_all(session, "预算3000港币", "四百块美金以内")
    assert session.state.hong_kong_dollars


@pytest.mark.parametrize("hkd", ["预算3000港币", "换成港币3000", "改成3000港元"])
def test_an_amount_in_hong_kong_dollars_leaves_the_budget_in_force_as_it_was(session, hkd):
    answer = ask_all(session, "预算2000", hkd)
    assert (answer.constraints.budget.currency, answer.constraints.budget.hi) == ("CNY", 2000.0)


@pytest.mark.parametrize("undo", ["撤销", "撤回上一步", "undo"])
def test_undoing_the_turn_that_named_hong_kong_dollars_restores_the_state_before_it(session, undo):
    ask_all(session, "要三星", "预算2000")
    before = session.state
    ask_all(session, "预算3000港币", undo)
    assert session.state.constraints == before.constraints and not session.state.hong_kong_dollars
    assert session.state.history == before.history


# -- alternatives each with their own brand and figure -------------------------------------------------------------

def _choices(constraints) -> set[tuple[frozenset[str], tuple]]:
    return {(alt.brands, tuple((key, bound.lo) for key, bound in alt.specs)) for alt in constraints.alternatives}


_XIAOMI_12_OR_SAMSUNG_256 = {(frozenset({"Xiaomi"}), (("ram_gb", 12.0),)), (frozenset({"Samsung"}), (("storage_gb", 256.0),))}


@pytest.mark.parametrize("text", [
    "选项一：小米，12G内存；选项二：三星，256G存储", "方案1：三星，256G存储；方案2：小米，12G内存",
    "三星、256G存储，另外小米、12G内存也能接受", "三星256G存储，小米也行，只要12G内存", "小米，12G内存；三星，256G存储，二选一",
])
def test_each_brand_with_its_own_figure_after_a_pause_is_one_choice(vocab, text):
    constraints = constraints_after(text, vocab)
    assert _choices(constraints) == _XIAOMI_12_OR_SAMSUNG_256 and not constraints.specs


@pytest.mark.parametrize("text", ["苹果或者小米，8G以上", "三星，小米，12G内存"])
def test_a_figure_after_a_list_of_brands_holds_for_all_of_them(vocab, text):
    constraints = constraints_after(text, vocab)
    assert not constraints.alternatives and len(constraints.brands) == 2 and constraints.specs


def test_two_figures_offered_after_a_brand_and_a_pause_keep_the_looser_floor(vocab):
    constraints = constraints_after("小米，256G或512G存储", vocab)
    assert constraints.brands == frozenset({"Xiaomi"}) and not constraints.alternatives
    assert spec_after("小米，256G或512G存储", vocab, "storage_gb") == (256.0, None)


def test_a_latin_brand_and_its_figure_after_a_pause_read_as_no_model_name(vocab):
    constraints = constraints_after("OPPO，2000元左右", vocab)
    assert constraints.brands == frozenset({"Oppo"}) and constraints.budget.around == 2000.0


def test_a_brand_then_a_figure_alone_is_that_brands_wish(vocab):
    constraints = constraints_after("要小米，12G内存", vocab)
    assert constraints.brands == frozenset({"Xiaomi"}) and spec_after("要小米，12G内存", vocab, "ram_gb") == (12.0, None)


@pytest.mark.parametrize("text", ["小米也行，只要12G内存", "小米12G内存的也行", "小米也可以，只要12G运存"])
def test_a_brand_let_in_later_with_its_own_figure_is_allowed_and_the_merge_is_said(session, text):
    answer = ask_all(session, "要三星", text)
    assert answer.constraints.brands == frozenset({"Samsung", "Xiaomi"})
    assert any("没能把" in note and "12G" in note for note in answer.notes)


def test_a_figure_for_every_brand_later_gets_no_merge_note(session):
    answer = ask_all(session, "三星小米都行", "12G内存")
    assert not any("没能把" in note for note in answer.notes)


def test_alternatives_kept_apart_get_no_merge_note(session):
    answer = session.ask("选项一：小米，12G内存；选项二：三星，256G存储")
    assert not any("没能把" in note for note in answer.notes)
