"""Readings from SEALED-19's Chinese and mixed (sealed19-mxb*) dialogue failures (issues 9, 10), each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.talk import conversation_move, steps_back
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a chip family or brand not trusted is refused, a refusal in a clause of its own after it too ----------------------

@pytest.mark.parametrize("text, slot, value", [
    ("联发科天玑的我不太放心，排除掉", "exclude_chipsets", "Dimensity"),
    ("天玑的，排除掉", "exclude_chipsets", "Dimensity"),
    ("骁龙的我不放心", "exclude_chipsets", "Snapdragon"),
    ("华为的我不太放心", "exclude_brands", "Huawei"),
    ("三星我信不过，排除了", "exclude_brands", "Samsung"),
])
def test_a_mention_not_trusted_or_then_excluded_is_refused(vocab, text, slot, value):
    read = slots(understand(text, vocab))
    assert read[slot][0] == "add" and value in read[slot][1]


@pytest.mark.parametrize("text, slot, value", [("华为的我很放心", "brands", frozenset({"Huawei"})),
                                               ("我要天玑的，放心", "chipset", "Dimensity")])
def test_a_mention_trusted_stays_the_wish(vocab, text, slot, value):
    assert slots(understand(text, vocab))[slot] == ("set", value)


# -- "要不换成X" (how about X) switches to the brand; "不想换成X" still refuses it -----------------------------------

@pytest.mark.parametrize("text, brand", [("要不换成三星吧 其他条件不变", "Samsung"), ("要不换成小米", "Xiaomi"),
                                         ("要不换个vivo吧", "Vivo")])
def test_how_about_switching_to_a_brand_sets_it(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({brand}))


@pytest.mark.parametrize("text", ["不想换成三星", "别换三星"])
def test_not_switching_to_a_brand_still_refuses_it(vocab, text):
    assert "Samsung" in slots(understand(text, vocab))["exclude_brands"][1]


def test_how_about_another_brand_replaces_it_and_keeps_the_rest(session):
    constraints = ask_all(session, "想买个iPhone 预算6000以内", "存储至少要256G", "要不换成三星吧 其他条件不变").constraints
    assert constraints.brands == {"Samsung"} and not constraints.exclude_brands
    assert constraints.budget.hi == 6000 and dict(constraints.specs)["storage_gb"].lo == 256


# -- "除了推手机你还会干啥" (推 for 推荐) asks what else the advisor does ----------------------------------------------

@pytest.mark.parametrize("text", ["除了推手机你还会干啥呀", "除了给我推手机你还能干嘛", "除了推机子还能做什么",
                                  "除了帮人挑手机你还能干点别的不", "除了推荐机子你还会什么", "你还能干点别的吗", "你还会干点啥别的"])
def test_besides_its_job_said_short_is_a_help_question(text):
    assert conversation_move(text) == "help"


@pytest.mark.parametrize("text", ["除了三星还有啥", "推手机", "还有别的吗", "你还能推荐别的吗"])
def test_besides_a_brand_is_no_help_question(text):
    assert conversation_move(text) != "help"


# -- "话说" (by the way) before a question about a named phone asks about it, no brand filter -----------------------

@pytest.mark.parametrize("text", ["话说Pixel 8a这个咋样 值得买吗", "话说pixel 8a咋样", "顺便问一下 Pixel 8a怎么样",
                                  "对了 Pixel 8a值得买吗", "说起来 Pixel 8a咋样", "另外问一下 Pixel 8a这个咋样", "btw Pixel 8a咋样"])
def test_by_the_way_before_a_named_phone_asks_its_details(session, text):
    answer = ask_all(session, "600刀以下，不要iPhone", text)
    assert answer.kind == "details" and not answer.constraints.brands
    assert answer.constraints.exclude_brands == {"Apple"}


@pytest.mark.parametrize("text", ["话说回来 还是要5G", "另外要5G", "btw 5g is a must"])
def test_that_said_or_besides_before_a_wish_is_still_the_wish(session, text):
    assert ask_all(session, "预算3000", text).constraints.needs_5g


@pytest.mark.parametrize("text", ["btw 400 and 600 dollars", "btw $400 and $600", "btw 20k and 30k rs"])
def test_btw_before_two_figures_is_between_them(session, text):
    """Chat English writes "between" as "btw" too; before two figures it is never "by the way"."""
    budget = ask_all(session, text).constraints.budget
    assert budget is not None and budget.lo is not None and budget.hi is not None


def test_by_the_way_before_another_search_still_starts_it(session):
    assert ask_all(session, "budget 1500 AED", "btw还想给我儿子买个tablet, under 1000 AED").constraints.devices == {"tablet"}


# -- an undo with a slip owned as its reason goes back one step, however often the move word is said --------------------

@pytest.mark.parametrize("text", ["撤销撤销 手滑了", "撤回吧 点错了", "手滑了，撤销", "撤回撤回，刚才点错了", "undo undo, misclicked",
                                  "撤回撤回 说错了", "撤销一下 刚才那个条件加错了", "那句说错了 撤回吧"])
def test_an_undo_with_a_slip_owned_goes_back_one_step(text):
    assert conversation_move(text) == "undo" and steps_back(text) == 1


@pytest.mark.parametrize("text", ["撤销撤销", "undo, undo"])
def test_a_doubled_undo_alone_still_goes_back_twice(text):
    assert steps_back(text) == 2


@pytest.mark.parametrize("text", ["手滑了", "说错了", "哦不对 预算我打错了，是4000左右", "wait 我说错了, budget是6000 not 5000"])
def test_a_slip_without_an_undo_is_no_move(text):
    assert conversation_move(text) is None


def test_a_doubled_undo_after_a_slip_restores_the_brand_before_it(session):
    constraints = ask_all(session, "想买个iPhone 预算6000以内", "存储至少要256G", "要不换成三星吧", "撤销撤销 手滑了").constraints
    assert constraints.brands == {"Apple"} and dict(constraints.specs)["storage_gb"].lo == 256


# -- "这个条件不要加了" (don't add that condition after all) takes the last step back ------------------------------------

@pytest.mark.parametrize("text", ["算了这个条件不要加了 回到上一步", "这个条件不要加了", "刚才那条别加了", "这个条件别加了吧"])
def test_the_condition_not_to_be_added_after_all_is_an_undo(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["这个不要加了", "5G不要加了", "这个条件去掉", "ram 不要求了，这个条件去掉"])
def test_a_thing_not_to_be_added_or_this_condition_removed_is_no_undo(text):
    assert conversation_move(text) is None


def test_the_condition_not_added_after_all_restores_the_search_before_it(session):
    constraints = ask_all(session, "3000到4000之间", "要轻一点的 200g以下", "算了这个条件不要加了 回到上一步").constraints
    assert not constraints.specs and constraints.budget.lo == 3000


# -- Cantonese: 都係 (after all) before the move, 啱先 (just now) for 头先 ----------------------------------------------

@pytest.mark.parametrize("text", ["都係撤回啱先嗰句啦", "撤回啱先嗰句", "都係返上一步啦"])
def test_cantonese_after_all_and_just_now_take_the_last_step_back(text):
    assert conversation_move(simplified(text)) in ("undo", "back")


@pytest.mark.parametrize("text", ["都係三星吧", "都係唔好撤回喇"])
def test_cantonese_after_all_before_a_wish_or_a_kept_step_is_no_undo(text):
    assert conversation_move(simplified(text)) is None


def test_the_cantonese_undo_restores_the_refused_brand(session):
    constraints = ask_all(session, "預算2500人民幣以內", "唔要Samsung同Motorola", "其實Moto都OK嘅", "都係撤回啱先嗰句啦").constraints
    assert constraints.exclude_brands == {"Samsung", "Motorola"}


# -- an undo, then the limit before the step said again (stressed): the undo is the answer ----------------------------

@pytest.mark.parametrize("text", ["2000 is really my limit", "2000 is honestly the max", "2000 is my limit"])
def test_a_stressed_limit_is_a_ceiling(vocab, text):
    assert slots(understand(text, vocab))["budget"][1].hi == 2000


def test_an_undo_then_the_limit_before_it_restores_that_limit(session):
    constraints = ask_all(session, "预算2000以内 要5G", "算了, budget 提高到 2500块吧",
                          "emmm 撤回吧, 2000 is really my limit").constraints
    assert constraints.budget.hi == 2000 and constraints.budget.currency == "CNY" and constraints.needs_5g


# -- "细说下" (tell in detail) after a shown phone asks its details --------------------------------------------------

@pytest.mark.parametrize("text, ref", [("排第二那个给我细说下", 2), ("第二个细说下", 2), ("细说一下第三个", 3), ("第一款细讲讲", 1)])
def test_tell_in_detail_points_at_the_shown_phone(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "details" and followup.refs == (ref,)


def test_tell_in_detail_about_no_phone_points_at_none(vocab):
    assert understand("细说一下预算的事", vocab).followup is None


# -- "why推荐it": the Chinese verb glued to the English pronoun asks why of the phone in focus ------------------------

@pytest.mark.parametrize("text, ref", [("why推荐it", 0), ("why选it", 0), ("why挑this one", 0), ("why推荐the second one", 2)])
def test_why_with_a_chinese_verb_glued_to_the_english_reference(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == (ref,)


def test_why_with_a_chinese_verb_before_a_named_phone_keeps_the_name(vocab):
    followup = understand("why推荐Pixel 8a", vocab).followup
    assert followup is not None and followup.kind == "why" and followup.refs == ("Pixel 8a",)


def test_why_recommend_it_after_a_shown_phone_explains_it(session):
    answer = ask_all(session, "5G phone 5000块以内", "the first one怎么样", "why推荐it")
    assert answer.kind == "why"


# -- Cantonese "tablet先咁" (that's it for the tablet for now) closes the tablet topic --------------------------------

@pytest.mark.parametrize("text", ["ok tablet先咁, back to my own phone 吧", "平板就咁啦，返去睇返我部手机"])
def test_the_tablet_set_aside_in_cantonese_returns_to_the_phone(session, text):
    constraints = ask_all(session, "budget 1500 AED, 不要Huawei, RAM要8GB以上",
                          "btw还想给我儿子买个tablet, under 1000 AED", text).constraints
    assert not constraints.devices and constraints.budget.hi == 1500 and constraints.exclude_brands == {"Huawei"}


def test_the_tablet_judged_so_dear_keeps_the_tablet_search(session):
    constraints = ask_all(session, "budget 1500 AED", "btw还想给我儿子买个tablet, under 1000 AED", "tablet咁贵啊").constraints
    assert constraints.devices == {"tablet"}


# -- the budget or price raised or lowered to a figure ("提到/升到/降到/加到") is the new ceiling -------------------------

@pytest.mark.parametrize("text, hi", [("预算提到4500吧", 4500), ("预算可以加到5000", 5000), ("价格提高到4500", 4500),
                                      ("价钱降到3000吧", 3000), ("预算能升到6000", 6000)])
def test_a_budget_moved_to_a_figure_is_its_ceiling(vocab, text, hi):
    budget = slots(understand(text, vocab))["budget"][1]
    assert budget.hi == hi and budget.around is None


@pytest.mark.parametrize("text", ["价格4000的华为", "价格可以4000左右"])
def test_a_price_level_stays_about_that_much(vocab, text):
    assert slots(understand(text, vocab))["budget"][1].around == 4000


# -- an "oops" or an apology before an undo opens it, as "oops, undo" does; a slip makes a step back an undo --------

@pytest.mark.parametrize("text", ["哎呀 撤销", "不好意思 撤销一下", "抱歉，撤回一下", "哎呀按错了 退回去", "按错了 返回上一步"])
def test_an_oops_or_an_apology_before_the_move_is_an_undo(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["不好意思 要5G", "抱歉 不要撤销"])
def test_an_apology_before_a_wish_or_a_kept_step_is_no_undo(text):
    assert conversation_move(text) is None


def test_a_plain_step_back_stays_a_step_back():
    assert conversation_move("退回去") == "back"
