"""Readings from SEALED-17's Chinese dialogue failures (issues 9, 10), each beside the closest wording that must keep
its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.smalltalk import is_help_question
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _spec(answer, key):
    return dict(answer.constraints.specs).get(key)


# -- Cantonese 蚊 counting the renminbi named after it --------------------------------------------------------------

@pytest.mark.parametrize(("text", "hi"), [("幫我個女睇下平板，1500蚊人民幣以內", 1500.0), ("3000蚊人民币以下的手机", 3000.0),
                                          ("最多两千蚊人民币", 2000.0)])
def test_wen_before_renminbi_is_a_yuan_budget(vocab, text, hi):
    assert budget_read(vocab, text) == ("CNY", None, hi)


def test_wen_before_us_dollars_stays_dollars(vocab):
    assert budget_read(vocab, "500蚊美金以内") == ("USD", None, 500.0)


# -- two phones compared, then a question of its own after a comma --------------------------------------------------

@pytest.mark.parametrize("text", ["幫我比一下第一支和第二支，差在哪", "对比下第一个和第二个，有啥区别",
                                  "比较一下第一个和第二个，哪个好", "比一下1和2，区别在哪里"])
def test_a_difference_asked_after_the_compared_positions_is_no_name(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == (1, 2)


def test_the_difference_asked_with_no_comma_still_compares(vocab):
    followup = understand("第一个和第二个差在哪", vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == (1, 2)


# -- "besides recommending" inside a help question put to "你这个" ------------------------------------------------

@pytest.mark.parametrize("text", ["你这个除了推荐还能干嘛？", "您这个除了推荐手机之外还能做啥", "你这个助手除了找手机还会什么"])
def test_besides_its_job_after_you_this_is_a_help_question(text):
    assert is_help_question(text)


@pytest.mark.parametrize("text", ["这个除了贵还有什么缺点", "除了推荐的这几个还有吗"])
def test_besides_something_else_is_no_help_question(text):
    assert not is_help_question(text)


# -- a bounded memory figure after a clause asking for more memory -------------------------------------------------

@pytest.mark.parametrize(("text", "key", "lo"), [("内存大一点的，至少6G", "spec:ram_gb", 6.0), ("运存大点，最少4G", "spec:ram_gb", 4.0),
                                                 ("内存大一些吧，起码6G", "spec:ram_gb", 6.0)])
def test_the_memory_word_before_names_the_bounded_figure(vocab, text, key, lo):
    found = slots(understand(text, vocab)).get(key)
    assert found is not None and found[1].lo == lo


@pytest.mark.parametrize("text", ["256 GB storage n above, and 160g or under", "存储空间大一点，重量210g以上"])
def test_grams_after_a_storage_word_stay_a_weight(vocab, text):
    assert "spec:weight_g" in slots(understand(text, vocab))


def test_the_network_beside_a_wish_for_more_memory_stays_the_network(vocab):
    request = understand("内存大一点的，要5G", vocab)
    assert slots(request).get("needs_5g") is not None and "spec:ram_gb" not in slots(request)


# -- a count of pixels corrected with no camera word -----------------------------------------------------------------

def test_a_corrected_pixel_count_is_the_main_camera_in_force(session):
    answer = ask_all(session, "预算四千左右，主摄要5000万像素以上的", "华为先不看", "啊打错了，是6400万以上")
    assert _spec(answer, "main_camera_mp").lo == 64.0
    assert answer.constraints.budget is not None and answer.constraints.budget.around == 4000.0


@pytest.mark.parametrize(("first", "fix", "key", "lo"), [
    ("四千左右，主摄5000万像素以上", "不对，我说错了，1亿以上", "main_camera_mp", 100.0),
    ("四千左右，前置2000万像素以上", "写错了，3200万以上", "front_camera_mp", 32.0),
    ("四千左右，前置2000万像素以上", "打错了 应该是3200万起", "front_camera_mp", 32.0)])
def test_a_corrected_pixel_count_is_the_camera_in_force(session, first, fix, key, lo):
    answer = ask_all(session, first, fix)
    assert _spec(answer, key).lo == lo
    assert answer.constraints.budget is not None and answer.constraints.budget.around == 4000.0


def test_a_pixel_count_with_two_cameras_in_force_moves_neither(session):
    answer = ask_all(session, "主摄5000万以上，前置2000万以上", "是6400万以上")
    assert _spec(answer, "main_camera_mp").lo == 50.0 and _spec(answer, "front_camera_mp").lo == 20.0


# -- a chip that no longer has to be --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["芯片其实不用非得8gen3，不挑了", "不一定要8gen3", "处理器没必要是骁龙8gen3"])
def test_the_chip_in_force_said_not_to_be_required_is_dropped(session, text):
    answer = ask_all(session, "4000-6000元 骁龙8gen3的有哪些", text)
    assert answer.constraints.chipset is None
    assert answer.constraints.budget is not None and answer.constraints.budget.hi == 6000.0


def test_the_chip_in_force_said_to_be_required_stays(session):
    answer = ask_all(session, "4000-6000元 骁龙8gen3的有哪些", "一定要8gen3")
    assert answer.constraints.chipset == "Snapdragon 8 Gen 3"


def test_a_brand_said_not_to_be_required_leaves_the_chip(session):
    answer = ask_all(session, "4000-6000元 三星 骁龙8gen3", "不用非得三星")
    assert answer.constraints.chipset == "Snapdragon 8 Gen 3" and not answer.constraints.brands


# -- thanks, then what the shopper does with the answer ------------------------------------------------------------

@pytest.mark.parametrize("text", ["好嘞，谢啦，我截个图给我爸看看", "谢谢，截图发给我老婆看看", "好的多谢，拍下来给我妈看"])
def test_thanks_then_showing_the_answer_to_someone_is_social(session, text):
    before = ask_all(session, "3000元以内")
    answer = session.ask(text)
    assert answer.kind == "social" and answer.constraints == before.constraints


def test_a_look_for_someone_after_thanks_stays_a_request(session):
    answer = ask_all(session, "3000元以内", "给我爸看看大屏的")
    assert answer.kind == "results"
