"""The message parser on Chinese wordings from the SEALED-6 dialogue failures (issue 10), in simplified and traditional
characters and Cantonese: a brand refused by a colloquial verb of getting ("华为荣耀别整") or a verb of shutting out said
after it ("華為的先跳過"), the back's camera count let go ("三摄不强求了"), and Cantonese's 咩 (what), 都得 (any is fine)
and 佢 (it): "其實咩牌子都得", "佢有冇5G㗎"."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.smalltalk import is_social
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, brands", [
    ("华为荣耀别整", {"Huawei", "Honor"}), ("荣耀别搞了", {"Honor"}), ("小米的别弄", {"Xiaomi"}),
    ("别整三星", {"Samsung"}), ("華為榮耀別整", {"Huawei", "Honor"}),
])
def test_a_brand_refused_by_a_colloquial_verb_of_getting_is_excluded(vocab, text, brands):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset(brands))


@pytest.mark.parametrize("text, brands", [
    ("華為的先跳過", {"Huawei"}), ("华为先跳过吧", {"Huawei"}), ("三星略过", {"Samsung"}), ("OPPO跟vivo的跳過", {"Oppo", "Vivo"}),
])
def test_a_brand_followed_by_a_verb_of_skipping_is_excluded(vocab, text, brands):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset(brands))


@pytest.mark.parametrize("text", ["华为别整太贵的", "荣耀的别搞那么重"])
def test_a_colloquial_refusal_glued_to_a_degree_does_not_refuse_the_brand(vocab, text):
    assert "exclude_brands" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["三摄不强求了", "後置四攝算了", "不强求三摄", "双摄无所谓", "摄像头数量不强求"])
def test_the_back_camera_count_let_go_clears_only_that_bound(vocab, text):
    read = slots(understand(text, vocab))
    assert (read.get("spec:rear_cameras"), "spec:main_camera_mp" in read) == (("clear", None), False)


@pytest.mark.parametrize("text, key, update", [("5g不强求", "needs_5g", ("set", False)), ("不强求5G了", "needs_5g", ("set", False)),
                                               ("屏幕不再强求了", "spec:screen_in", ("clear", None))])
def test_not_insisting_on_an_aspect_lets_it_go(vocab, text, key, update):
    assert slots(understand(text, vocab))[key] == update


@pytest.mark.parametrize("text", ["后置三摄起步", "要三摄的", "双摄就行"])
def test_a_camera_setup_asked_for_is_still_a_floor(vocab, text):
    assert slots(understand(text, vocab))["spec:rear_cameras"][0] == "set"


@pytest.mark.parametrize("text", ["其實咩牌子都得", "乜嘢牌子都得啦", "什么牌子都得"])
def test_any_brand_said_in_cantonese_clears_the_brands(vocab, text):
    read = slots(understand(text, vocab))
    assert (read["brands"], read["exclude_brands"]) == (("clear", None), ("clear", None))


def test_all_must_be_a_brand_is_no_release(vocab):
    assert slots(understand("牌子都得是三星", vocab))["brands"] == ("set", frozenset({"Samsung"}))


@pytest.mark.parametrize("text, said", [("佢有冇5G㗎", "它有没有5G㗎"), ("佢幾重", "它几重"), ("咩牌子好", "什么牌子好")])
def test_cantonese_it_and_what_read_as_mandarin(text, said):
    assert simplified(text) == said


@pytest.mark.parametrize("text", ["佢有冇5G㗎", "它有没有5G", "它支持５g不"])
def test_asking_whether_it_has_5g_sets_no_filter(vocab, text):
    assert "needs_5g" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["真我就行", "真我的就行"])
def test_realmes_chinese_name_settling_the_brand_is_no_social_turn(vocab, text):
    assert (is_social(text), slots(understand(text, vocab))["brands"]) == (False, ("set", frozenset({"Realme"})))


@pytest.mark.parametrize("text", ["好的就行", "真的谢谢"])
def test_settling_or_thanks_with_fillers_is_still_social(text):
    assert is_social(text)


@pytest.mark.parametrize("text, names", [
    ("红米note14 5G那款呢", ["红米note14 5g"]), ("redmi note14 5g那款呢", ["redmi note14 5g"]), ("小米 14 ultra那台呢", ["小米 14 ultra"]),
])
def test_a_model_name_with_spaces_before_a_pointer_is_pointed_at_whole(text, names):
    from advisor.understanding.followups import pointed_names
    assert [p.name for p in pointed_names(text)][:1] == names


def test_a_figure_alone_before_a_pointer_names_no_phone():
    from advisor.understanding.followups import pointed_names
    assert pointed_names("256g那款呢") == []
