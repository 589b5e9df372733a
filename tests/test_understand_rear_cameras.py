"""The number of rear cameras as a constraint (issue 9): "at least 3 rear cameras", "a quad camera phone", "后置三摄",
"后摄不少于四颗" read as spec:rear_cameras with their side; megapixels, front cameras and counts of other things do not."""

import pytest

from advisor.understanding.request import Bound, Budget, Relative
from advisor.understanding.understand import understand
from tests.helpers import slots


def _rear(vocab, text):
    return slots(understand(text, vocab)).get("spec:rear_cameras")


@pytest.mark.parametrize("text, bound", [
    ("at least 3 rear cameras", Bound(lo=3)), ("3+ cameras on the back", Bound(lo=3)),
    ("two or more back cameras", Bound(lo=2)), ("a phone with at least 3 cameras on the back", Bound(lo=3)),
    ("minimum of 4 rear lenses", Bound(lo=4)), ("three back-facing cameras and up", Bound(lo=3)),
    ("no more than 2 rear cameras", Bound(hi=2)), ("2 rear cameras or fewer", Bound(hi=2)),
    ("at most one back camera", Bound(hi=1)), ("no fewer than 3 rear cameras", Bound(lo=3)),
])
def test_a_count_before_the_camera_noun_is_the_rear_camera_count_with_its_side(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("triple camera", Bound(lo=3)), ("a triple-camera setup", Bound(lo=3)), ("a quad camera phone", Bound(lo=4)),
    ("dual camera system please", Bound(lo=2)), ("a 3-camera phone", Bound(lo=3)),
])
def test_a_setup_named_by_its_count_is_a_floor(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("后置三摄", Bound(lo=3)), ("三摄以上", Bound(lo=3)), ("至少3个后置摄像头", Bound(lo=3)), ("四摄", Bound(lo=4)),
    ("双摄就够", Bound(lo=2)), ("后置双摄就行", Bound(lo=2)), ("我要三个摄像头的手机", Bound(lo=3)),
    ("后置摄像头不超过两个", Bound(hi=2)), ("三摄以下", Bound(hi=3)),
])
def test_chinese_counts_of_cameras_are_the_rear_camera_count(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("rear cameras: at least 3", Bound(lo=3)), ("number of back cameras no more than 2", Bound(hi=2)),
    ("rear camera count of at least 4", Bound(lo=4)),
    ("后摄不少于四颗", Bound(lo=4)), ("后置摄像头至少3个", Bound(lo=3)), ("后置镜头数量不少于3个", Bound(lo=3)),
])
def test_a_count_after_the_rear_cameras_noun_takes_the_side_between_them(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("phones with more than one camera", Bound(lo=2)), ("more than 2 rear cameras", Bound(lo=3)),
    ("fewer than 3 back cameras", Bound(hi=2)), ("less than three cameras", Bound(hi=2)),
    ("超过两个后置摄像头", Bound(lo=3)), ("少于三个摄像头", Bound(hi=2)), ("后置摄像头多于两个", Bound(lo=3)),
])
def test_a_strict_comparison_moves_a_whole_count_by_one(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("not fewer than 2 cameras", Bound(lo=2)), ("不能少于三个后置摄像头", Bound(lo=3)), ("后置摄像头不少于三个", Bound(lo=3)),
])
def test_a_negated_strict_comparison_keeps_the_count(vocab, text, bound):
    assert _rear(vocab, text) == ("set", bound)


def test_a_strict_comparison_on_a_figure_with_a_unit_stays_inclusive(vocab):
    assert slots(understand("more than 8gb ram", vocab))["spec:ram_gb"] == ("set", Bound(lo=8))


@pytest.mark.parametrize("text", ["exactly 2 rear cameras", "only 2 back cameras"])
def test_exactly_a_count_is_that_count(vocab, text):
    assert _rear(vocab, text) == ("set", Bound(2, 2))


def test_the_count_goes_with_the_other_constraints_of_the_message(vocab):
    request = understand("a triple-camera setup under $500 with 8GB RAM", vocab)
    found = slots(request)
    assert (found["spec:rear_cameras"], found["spec:ram_gb"], found["budget"]) == (
        ("set", Bound(lo=3)), ("set", Bound(lo=8)), ("set", Budget("USD", hi=500)))


@pytest.mark.parametrize("text, mp", [("50MP rear camera", 50.0), ("rear camera at least 50", 50.0),
                                      ("后置5000万像素", 50.0), ("a 50MP triple camera", 50.0)])
def test_megapixels_stay_the_main_camera(vocab, text, mp):
    found = slots(understand(text, vocab))
    assert found["spec:main_camera_mp"] == ("set", Bound(lo=mp))


@pytest.mark.parametrize("text", ["50MP rear camera", "rear camera at least 50", "后置5000万像素", "后置三千万"])
def test_megapixels_are_no_camera_count(vocab, text):
    assert _rear(vocab, text) is None


@pytest.mark.parametrize("text", ["3 front cameras", "selfie camera with 2 lenses", "2 cameras on the front",
                                  "前置双摄", "dual selfie cameras"])
def test_a_count_of_front_cameras_is_not_the_rear_count(vocab, text):
    assert _rear(vocab, text) is None


@pytest.mark.parametrize("text", ["a phone that lasts 3 years", "3 phones under 300", "top 3 phones",
                                  "top 3 camera phones", "show me 2 camera phones", "a good camera", "拍照好的三款手机",
                                  "用三年的手机", "how is the pixel 3 camera", "小米4摄像头怎么样", "操作简单摄像头好用"])
def test_counts_of_other_things_are_no_camera_count(vocab, text):
    assert _rear(vocab, text) is None


@pytest.mark.parametrize("text", ["more cameras", "more rear cameras", "摄像头多一点"])
def test_more_cameras_is_a_relative_move_on_the_count(vocab, text):
    assert understand(text, vocab).relative == (Relative("rear_cameras", 1),)


@pytest.mark.parametrize("text", ["any camera", "forget the camera thing", "fewer cameras is fine"])
def test_letting_the_camera_go_clears_the_count_too(vocab, text):
    assert _rear(vocab, text) == ("clear", None)
