"""Two readings turned round (issue 10): one rear camera said with no side ("a single camera phone", "单摄手机") is
exactly one, not a floor that admits every phone; and a verb of shutting a brand out under a negation ("不跳过华为",
"别跳过小米"), as "don't skip Samsung" in English, refuses nothing."""

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _rear(vocab, text):
    return slots(understand(text, vocab)).get("spec:rear_cameras")


# --- one rear camera ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a single camera phone under 300", "单摄手机", "one rear camera",
                                  "just one camera on the back", "单摄像头", "后置单摄", "a single-lens phone please",
                                  "我要一个后置摄像头的"])
def test_one_rear_camera_said_with_no_side_is_exactly_one(vocab, text):
    assert _rear(vocab, text) == ("set", Bound(lo=1, hi=1))


@pytest.mark.parametrize("text", ["at least one camera", "one or more rear cameras", "单摄就够了"])
def test_one_rear_camera_said_as_a_floor_stays_a_floor(vocab, text):
    assert _rear(vocab, text) == ("set", Bound(lo=1))


@pytest.mark.parametrize("text", ["dual camera", "双摄", "a phone with two rear cameras"])
def test_two_rear_cameras_said_with_no_side_stay_a_floor(vocab, text):
    assert _rear(vocab, text) == ("set", Bound(lo=2))


@pytest.mark.parametrize("text", ["a single phone", "single sim phone under 300", "one phone for my mum", "单卡手机"])
def test_single_without_a_camera_noun_sets_no_camera_count(vocab, text):
    assert _rear(vocab, text) is None


# --- a refusal verb under a negation ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("不跳过华为", "Huawei"), ("别跳过小米", "Xiaomi"), ("华为不用跳过", "Huawei"),
                                             ("不用跳过oppo", "Oppo"), ("不拉黑vivo", "Vivo"), ("不要跳过三星", "Samsung")])
def test_a_chinese_shutting_out_verb_under_a_negation_does_not_refuse_the_brand(vocab, text, brand):
    read = slots(understand(text, vocab))
    assert "exclude_brands" not in read
    assert read["brands"] == ("set", frozenset({brand}))


@pytest.mark.parametrize(("text", "brand"), [("跳过华为", "Huawei"), ("华为跳过吧", "Huawei"), ("拉黑vivo", "Vivo"),
                                             ("三星略过", "Samsung")])
def test_a_chinese_shutting_out_verb_without_a_negation_still_refuses_the_brand(vocab, text, brand):
    read = slots(understand(text, vocab))
    assert read["exclude_brands"] == ("add", frozenset({brand}))
