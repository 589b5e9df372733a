"""SEALED-14 Chinese and mixed wordings (issues 9, 10): chat spellings (一内 for 以内, 表要 for 不要, 木有, 米 for yuan), a
group of brands said as the reason for the brand named (支持国货), fruit photographed (拍果子), and a chip corrected under a
chip floor, each beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.request import Bound
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, slots, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- 以 typed as 一 after a figure -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [("在便宜点吧，1500一内的有木有", ("CNY", None, 1500)),
                                            ("两千一内", ("CNY", None, 2000)), ("预算3000一下的", ("CNY", None, 3000))])
def test_yi_for_yi_after_a_budget_figure_is_its_side(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize(("text", "key", "bound"), [("电池5000毫安一上", "battery_mah", (5000, None)),
                                                    ("200克一内", "weight_g", (None, 200))])
def test_yi_for_yi_after_a_spec_unit_is_its_side(vocab, text, key, bound):
    assert spec_after(text, vocab, key) == bound


def test_eleven_hundred_or_so_keeps_its_yi(vocab):
    assert budget_read(vocab, "一千一上下") == ("CNY", 935, 1265)


# -- 表要 is 不要 ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brands"), [("表要oppo和vivo 之前用过 老卡了", {"Oppo", "Vivo"}),
                                              ("表要三星的 太贵", {"Samsung"}), ("预算两千，表要华为", {"Huawei"})])
def test_biao_yao_refuses_the_brands_after_it(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == frozenset(brands)


def test_a_watch_wanted_to_match_a_brand_refuses_nothing(vocab):
    assert constraints_after("手表要跟华为的配套", vocab).exclude_brands == frozenset()


# -- chat spellings: 木有, 肿么, 平果 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["真我的有木有", "有木有真我的", "真我的 有没有"])
def test_a_brand_asked_for_with_you_mu_you_is_wanted(session, text):
    session.ask("运存至少8G 预算1k6")
    assert session.ask(text).constraints.brands == frozenset({"Realme"})


@pytest.mark.parametrize("text", ["为啥木有平果15", "为什么没有苹果15", "肿么木有iPhone 15"])
def test_why_no_iphone_spelled_by_its_sound_asks_why_not(session, text):
    session.ask("运存至少8G 预算1k6")
    assert session.ask(text).kind == "why_not"


# -- 米 is the yuan after its figure ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [("预算3500米", ("CNY", None, 3500)), ("3500米以内", ("CNY", None, 3500)),
                                            ("2500米左右的小米", ("CNY", 2125, 2875))])
def test_mi_after_a_figure_is_the_yuan(vocab, text, read):
    assert budget_read(vocab, text) == read


def test_xiaomi_after_a_figure_stays_the_brand(vocab):
    assert slots(understand("2500米左右的小米", vocab))["brands"] == ("set", frozenset({"Xiaomi"}))


# -- a group of brands said as the reason ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("华为的有没有？支持国货", "Huawei"), ("oppo有没有，支持国货嘛", "Oppo"),
                                             ("华为有吗？我支持国产", "Huawei")])
def test_a_group_said_after_its_member_as_a_reason_leaves_the_member_wanted(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({brand}))


@pytest.mark.parametrize("text", ["华为，或者别的国产的也行", "小米或者国产的都行"])
def test_a_group_joined_to_its_member_widens_the_wish(vocab, text):
    assert "Oppo" in slots(understand(text, vocab))["brands"][1]


# -- fruit photographed ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["俺是种沙糖桔的，想换个手机看行情拍果子，一千块钱上下", "种苹果的，要个拍照好的",
                                  "摘水果的时候用，一千块钱上下"])
def test_fruit_after_a_verb_done_to_fruit_is_no_brand(vocab, text):
    assert "brands" not in slots(understand(text, vocab))


@pytest.mark.parametrize("text", ["换个果子", "要苹果 拍照好"])
def test_apple_wished_for_stays_the_brand(vocab, text):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({"Apple"}))


# -- a chip corrected under a chip floor --------------------------------------------------------------------------------

_FLOOR = "要骁龙8 Gen 3或者更好的芯片，预算五千"


@pytest.mark.parametrize("text", ["哎呀我看错了，他纸条上写的是骁龙8 Gen 2", "不对，是骁龙8 Gen 2",
                                  "搞错了 应该是骁龙8 Gen 2"])
def test_a_chip_corrected_under_a_floor_is_the_new_floor_at_its_score(session, text):
    constraints = ask_all(session, _FLOOR, text).constraints
    assert (constraints.chipset, constraints.spec("chip_score")) == (None, Bound(lo=5000))


def test_a_chip_named_without_a_correction_is_that_chip(session):
    assert ask_all(session, _FLOOR, "骁龙8 Gen 2").constraints.chipset == "Snapdragon 8 Gen 2"


# -- a figure found too tight beside the budget let go ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["三千有点紧巴，预算先不管了，看看都有啥", "两千五太紧了，价格不限了",
                                  "2000 is a bit tight, forget the budget"])
def test_a_figure_found_too_tight_beside_the_budget_let_go_is_no_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"] == ("clear", None)


@pytest.mark.parametrize("text", ["预算三千，有点紧", "三千有点紧巴"])
def test_a_budget_said_tight_without_letting_it_go_stays_a_ceiling(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 3000)


# -- an aspect let go with a particle or as not counted -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "slot"), [("重量算啦，唔計", "spec:weight_g"), ("重量不计了", "spec:weight_g"),
                                            ("屏幕尺寸算咯", "spec:screen_in"), ("预算算啦", "budget")])
def test_an_aspect_let_go_with_a_particle_or_not_counted_is_cleared(vocab, text, slot):
    assert slots(understand(text, vocab))[slot] == ("clear", None)


def test_a_price_worked_out_lets_nothing_go(vocab):
    assert "budget" not in slots(understand("价格算了一下", vocab))


# -- Cantonese moves: 返上一步, 比吓 -------------------------------------------------------------------------------------

_PIXELS = ("預算人民幣六千以內，要Google Pixel", "預算唔使理住先，睇晒全部Pixel")


@pytest.mark.parametrize("text", ["返上一步啦", "返上一步", "回上一步啦"])
def test_a_cantonese_step_back_restores_the_state_before(session, text):
    before = ask_all(session, *_PIXELS[:1]).constraints
    session.ask(_PIXELS[1])
    assert session.ask(text).constraints.budget == before.budget


@pytest.mark.parametrize("text", ["第三部同第一部比吓", "第三部同第一部比下", "第三个跟第一个比一下"])
def test_two_shown_phones_weighed_with_bi_haa_are_compared(session, text):
    session.ask("安卓手机，预算五千以内")
    assert session.ask(text).kind == "compare"


@pytest.mark.parametrize(("said", "read"), [("第二部詳細啲講吓", "第二部详细点讲一下"), ("吓死人", "吓死人"),
                                            ("咁貴，嚇到我", "咁贵，吓到我")])
def test_haa_after_a_verb_is_once_and_a_fright_stays(said, read):
    assert simplified(said) == read


# -- mixed: "it" in a statement of know-how ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["算了, 苹果也可以, my daughter knows how to fix it",
                                  "ok apple is fine too, my son knows how to repair it", "苹果也行，我老公知道how to set it up"])
def test_a_brand_let_back_with_someone_who_knows_how_to_fix_it_lifts_the_refusal(session, text):
    answer = ask_all(session, "budget under 800 dollars, 不要苹果", text)
    assert (answer.kind, "Apple" in answer.constraints.exclude_brands) == ("results", False)


def test_how_is_it_still_asks_about_the_phone_in_focus(session):
    assert ask_all(session, "budget under 800 dollars", "how is it").kind == "details"


# -- a figure complained of as too dear beside the one allowed -------------------------------------------------------

@pytest.mark.parametrize(("first", "text", "key", "floor"), [
    ("存储512G起，预算3500", "512还是太贵了，256的也行", "storage_gb", 256),
    ("存储512G起，预算3500", "512太贵了 256也行", "storage_gb", 256),
    ("512GB storage, under 500 dollars", "512 is too pricey, 256 works", "storage_gb", 256),
    ("运存12G以上 预算3000", "12用不着，8的就够", "ram_gb", 8)])
def test_the_figure_allowed_beside_one_complained_of_moves_the_floor(session, first, text, key, floor):
    assert ask_all(session, first, text).constraints.spec(key) == Bound(lo=floor)


def test_a_budget_figure_complained_of_leaves_the_new_ceiling(vocab):
    assert budget_read(vocab, "4000太贵了，3000以内吧") == ("CNY", None, 3000)


# -- the last sentence as never said -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["算了 刚那句当我没说", "当我没说过", "上一句就当我没讲"])
def test_the_last_sentence_as_never_said_undoes_it(session, text):
    assert ask_all(session, "存储512G起，预算3500", "256的也行", text).constraints.spec("storage_gb") == Bound(lo=512)


def test_asking_what_never_said_means_is_no_undo():
    assert conversation_move("你当我没说那是什么意思") is None
