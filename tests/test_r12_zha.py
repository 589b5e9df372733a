"""SEALED-11 Cantonese and Taiwanese wordings (issues 9, 10): a "please" between a brand and its refusal ("OPPO唔該跳過"),
a brand or chip kicked out ("飛走", "踢走"), Hokkien 毋 ("錢毋通超過美金三百"), the renminbi as Cantonese 人仔, the front
and rear lenses (前鏡, 後鏡), a shown brand refused "for now" ("摩托羅拉的先不要"), Hokkien places and questions ("頭一支",
"伊佮第三支比起來按怎"), everything cleared in Cantonese ("全部條件清晒，由頭嚟過"), 5G let go with 免, a tablet put off
till later ("平板我再研究"), which is best asked with a hesitation before it, where two phones differ ("到底差在哪"),
why a phone is recommended with "you" before the why ("你為什麼會推"), and what two phones are weighed at before the
which ("鬥打機邊部掂啲")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget
from advisor.understanding.understand import understand
from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text, refused", [("OPPO唔該跳過，之前部Reno用兩年就甩皮甩骨", "Oppo"), ("三星麻煩排除", "Samsung"),
                                           ("小米请跳过", "Xiaomi")])
def test_a_please_between_a_brand_and_its_refusal_refuses_the_brand(session, text, refused):
    answer = ask_all(session, text)
    assert answer.constraints.exclude_brands == frozenset({refused})
    assert not answer.constraints.brands


def test_a_brand_said_with_thanks_alone_stays_wanted(session):
    assert ask_all(session, "三星唔该").constraints.brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text", ["用Exynos嘅一律飛走，發熱發到煎得蛋", "Exynos的都踢走"])
def test_a_chip_kicked_out_is_refused(session, text):
    assert ask_all(session, text).constraints.exclude_chipsets == frozenset({"Exynos"})


def test_a_brand_kicked_out_is_refused(session):
    assert ask_all(session, "三星飛走").constraints.exclude_brands == frozenset({"Samsung"})


def test_a_brand_said_fast_is_not_kicked_out(session):
    assert not ask_all(session, "三星飞快的那种").constraints.exclude_brands


@pytest.mark.parametrize("text", ["錢毋通超過美金三百", "毋通超过300美金"])
def test_hokkien_must_not_exceed_caps_the_budget(session, text):
    assert ask_all(session, text).constraints.budget == Budget("USD", hi=300)


def test_exceeding_without_the_hokkien_negation_stays_a_floor(session):
    assert ask_all(session, "超过美金三百").constraints.budget == Budget("USD", lo=300)


@pytest.mark.parametrize("text, hi", [("4000蚊人仔以內", 4000), ("预算3000人仔", 3000)])
def test_cantonese_renminbi_is_read_as_yuan(session, text, hi):
    assert ask_all(session, text).constraints.budget == Budget("CNY", hi=hi)


def test_a_child_said_in_cantonese_names_no_renminbi(session):
    """细人仔 (a child) is no 人仔: the 蚊 after the figure is read as yuan by the guess a bare 蚊 gets (said in a note),
    not as the renminbi named (it was read as HKD, no budget, before 蚊 alone became the shopper's money)."""
    answer = ask_all(session, "细人仔用，预算4000蚊")  # 细人仔: a child
    assert any("蚊" in note for note in answer.notes)


@pytest.mark.parametrize("text, spec, bound", [("前鏡要32MP或以上", "front_camera_mp", Bound(lo=32)),
                                               ("前镜最少16MP", "front_camera_mp", Bound(lo=16)),
                                               ("後鏡最少50MP", "main_camera_mp", Bound(lo=50))])
def test_cantonese_lenses_name_their_camera(session, text, spec, bound):
    assert ask_all(session, text).constraints.spec(spec) == bound


def test_the_main_lens_stays_the_main_camera(session):
    assert ask_all(session, "主鏡頭最少50MP").constraints.spec("main_camera_mp") == Bound(lo=50)


@pytest.mark.parametrize("text", ["摩托羅拉的先不要，之前用過覺得不太順", "摩托罗拉的暂时不要"])
def test_a_shown_brand_refused_for_now_is_refused_not_opened(session, text):
    answer = ask_all(session, "摩托罗拉或者三星的手机", text)
    assert answer.kind == "results"
    assert "Motorola" not in {p.phone.brand for p in answer.picks}


def test_a_shown_brand_asked_about_is_opened(session):
    assert ask_all(session, "摩托罗拉或者三星的手机", "摩托罗拉的那款怎么样").kind == "details"


@pytest.mark.parametrize("text", ["頭一支是啥物牌子？講予我聽", "头一个是什么牌子"])
def test_hokkien_first_one_opens_the_first_shown_phone(session, text):
    shown = ask_all(session, "5000mAh以上，美金500以内")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone.id == shown.picks[0].phone.id


def test_a_first_time_is_no_position(vocab):
    assert understand("头一次买手机，预算2000", vocab).followup is None


@pytest.mark.parametrize("text", ["伊佮第三支比起來按怎？", "它佮第三個比起來按怎"])
def test_hokkien_it_and_the_third_compared(session, text):
    assert ask_all(session, "5000mAh以上，美金500以内", "第一个", text).kind == "compare"


@pytest.mark.parametrize("text", ["唉算，全部條件清晒，由頭嚟過", "全部條件清晒", "由頭嚟過"])
def test_cantonese_clear_all_starts_over(session, text):
    answer = ask_all(session, "5G，预算2000以内", text)
    assert answer.constraints.budget is None
    assert not answer.constraints.needs_5g


def test_from_start_to_end_is_no_start_over(session):
    assert ask_all(session, "预算2000以内", "由头到尾都要5G").constraints.budget == Budget("CNY", hi=2000)


@pytest.mark.parametrize("text", ["5G免啦免啦", "5G就免了吧"])
def test_5g_let_go_with_mian_drops_it(session, text):
    assert not ask_all(session, "5G，预算2000以内", text).constraints.needs_5g


def test_5g_said_with_free_stays_wanted(session):
    assert ask_all(session, "5G免费升级的那种").constraints.needs_5g


@pytest.mark.parametrize("text", ["好 平板我再研究，先回來看弟弟的手機", "平板回头再看，先回来看我的手机"])
def test_a_tablet_put_off_goes_back_to_the_phones(session, text):
    answer = ask_all(session, "美金200以下", "對了，想另外買台平板，預算美金300以內", text)
    assert answer.constraints.budget == Budget("USD", hi=200)
    assert "tablet" not in answer.constraints.devices


def test_a_tablet_put_off_without_the_phone_stays_on_tablets(session):
    answer = ask_all(session, "美金200以下", "想另外买台平板，预算美金300以内", "平板我再研究一下")
    assert answer.constraints.devices == frozenset({"tablet"})


@pytest.mark.parametrize("text", ["嗯…那這幾支你覺得哪一支最值得買？", "这些里面你认为哪款最好"])
def test_which_is_best_after_a_hesitation_opens_a_shown_phone(session, text):
    shown = ask_all(session, "iPhone或Pixel，预算美金800以内")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone.id in {p.phone.id for p in shown.picks}


@pytest.mark.parametrize("text", ["還是好難選喔，Pixel 8a 跟 iPhone 15 到底差在哪", "Pixel 8a跟iPhone 15區別在哪裡"])
def test_where_two_named_phones_differ_compares_them(vocab, text):
    assert understand(text, vocab).followup.kind == "compare"


def test_a_feeling_then_a_brand_is_no_comparison(vocab):
    assert understand("好难选，三星吧", vocab).followup is None


@pytest.mark.parametrize("text", ["你為什麼會推 Pixel 8a？說服我一下", "为什么推 Pixel 8a"])
def test_why_you_recommend_a_named_phone_asks_why_it(vocab, text):
    followup = understand(text, vocab).followup
    assert (followup.kind, followup.refs) == ("why", ("Pixel 8a",))


def test_why_you_did_not_recommend_a_phone_asks_why_not(vocab):
    assert understand("你为什么不推荐Pixel 8a", vocab).followup.kind == "why_not"


@pytest.mark.parametrize("text", ["佢同第一部鬥打機邊部掂啲", "它和第一个打游戏哪个更好", "第一个跟第三个拍照哪个强"])
def test_an_aspect_before_the_which_compares_the_phones(vocab, text):
    assert understand(text, vocab).followup.kind == "compare"


def test_an_aspect_asked_of_one_phone_is_no_comparison(vocab):
    assert understand("第一个打游戏怎么样", vocab).followup.kind == "details"


@pytest.mark.parametrize("text", ["5G免啦免啦，退回去頭拄仔彼款就好", "5G不要了，回到刚才那样"])
def test_a_drop_before_a_move_back_restores_the_list_before_the_last_step(session, text):
    before = ask_all(session, "美金250以内 5000mAh以上")
    session.ask("要5G")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


def test_a_new_wish_before_a_move_back_is_applied_not_undone(session):
    answer = ask_all(session, "美金250以内 5000mAh以上", "要5G", "预算300，回到刚才那样")
    assert answer.constraints.budget == Budget("USD", hi=300)
