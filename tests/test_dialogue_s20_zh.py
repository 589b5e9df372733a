"""Readings from SEALED-20's Chinese and Chinese-English mixed (sealed20-mxb*) dialogue failures (issues 9, 10), each
beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.talk import conversation_move, hearsay_reason
from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- two phones told of among other words, then a comparison question: those two are compared ----------------------

@pytest.mark.parametrize("text, names", [
    ("我在店里，店员给我推了Pixel 8a和iPhone 15，这俩到底哪个好", ("Pixel 8a", "iPhone 15")),
    ("朋友推荐了Pixel 8a，还有人说iPhone 15，这俩哪个好", ("Pixel 8a", "iPhone 15")),
    ("Pixel 8a跟Pixel 7a看着一模一样 到底有啥区别", ("Pixel 8a", "Pixel 7a")),
    ("iPhone 15和Galaxy S24这俩比一下", ("iPhone 15", "Galaxy S24")),
    ("同事用的Galaxy S24，我看上的iPhone 16，这两款比比看", ("Galaxy S24", "iPhone 16")),
])
def test_two_phones_told_of_before_a_comparison_question_are_compared(vocab, text, names):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == names


@pytest.mark.parametrize("text", ["我用过Pixel 8a，这几个哪个好", "预算三千，哪个好"])
def test_one_phone_told_of_before_which_is_better_is_no_comparison_of_names(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "compare" or all(not isinstance(r, str) for r in followup.refs)


def test_phones_told_of_and_compared_set_no_brand_filter(session):
    answer = ask_all(session, "店员给我推了Pixel 8a和Galaxy S24，这俩到底哪个好")
    assert answer.kind == "compare" and not answer.constraints.brands


# -- a model named without its one-letter line: "Fold6" is the Galaxy Z Fold6 ----------------------------------------

@pytest.mark.parametrize("text", ["fold6", "Fold6", "fold 6", "z fold6", "galaxy z fold6"])
def test_a_model_without_its_one_letter_line_is_that_model(vocab, text):
    assert vocab.resolve_family(text) == "Galaxy Z Fold6"


@pytest.mark.parametrize("text", ["fold", "z6", "fold7"])
def test_a_line_word_alone_or_another_number_names_no_model(vocab, text):
    assert vocab.resolve_family(text) is None


def test_a_model_without_its_line_is_compared(vocab):
    followup = understand("Fold6跟S24比比看", vocab).followup
    assert followup is not None and followup.kind == "compare" and followup.refs == ("Galaxy Z Fold6", "Galaxy S24")


# -- a phone pointed at by its place or a superlative, then its details asked in either language ---------------------

@pytest.mark.parametrize("text, ref", [("二", 2), ("三吧", 3), ("五。", 5), ("2", 2)])
def test_a_numeral_alone_is_the_position_shown(vocab, text, ref):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "details" and followup.refs == (ref,)


@pytest.mark.parametrize("text", ["两", "二手", "一二"])
def test_two_of_or_a_numeral_in_a_word_is_no_position(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is None or followup.kind != "details"


@pytest.mark.parametrize("text", ["top one 多重", "top pick, how heavy?", "top one 电池多大", "the top one 多重"])
def test_the_top_one_opening_the_message_is_the_first_shown(session, text):
    first = ask_all(session, "预算3000以内").picks[0].phone.id
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.id == first


@pytest.mark.parametrize("text, key", [("top pick = largest mAh; screen min 11in", "battery_mah"),
                                       ("top one should be the lightest, under $500", "weight_g"),
                                       ("top pick: biggest screen, 5g", "screen_in")])
def test_the_top_one_opening_a_request_that_says_what_it_should_be_asks_an_ordering(vocab, text, key):
    request = understand(text, vocab)
    assert request.followup is None and request.sort is not None and request.sort.key == key


@pytest.mark.parametrize("text", ["the cheapest one 详细点", "the cheapest one details", "tell me about the cheapest one",
                                  "the cheapest one, specs pls", "the cheapest one"])
def test_the_cheapest_one_with_its_details_asked_is_the_cheapest_shown(session, text):
    shown = ask_all(session, "预算3000以内").picks
    answer = session.ask(text)
    cheapest = min(p.phone.price("CNY") for p in shown)
    assert answer.kind == "details" and answer.picks[0].phone.price("CNY") == cheapest


@pytest.mark.parametrize("text", ["the cheapest one under 2000", "the cheapest one with 5g"])
def test_the_cheapest_one_with_a_wish_still_searches(session, text):
    ask_all(session, "预算3000以内")
    assert session.ask(text).kind == "results"


# -- a correction: the brand refused is another, the one refused before "没问题" (no problem) is let back in -----------

@pytest.mark.parametrize("text", ["不要摩托罗拉，三星没问题", "不要的是摩托罗拉，三星冇問題", "不要摩托罗拉，三星也没问题",
                                  "no motorola, samsung is no problem", "不要摩托罗拉，三星没关系"])
def test_a_brand_said_no_problem_after_a_refused_one_is_let_back_in(vocab, text):
    read = slots(understand(text, vocab))
    assert read["exclude_brands"] == ("add", frozenset({"Motorola"})) and "Samsung" not in read["brands"][1]
    assert all(u.op != "set" for u in understand(text, vocab).updates if u.slot == "brands")


def test_the_brand_refused_corrected_lets_the_other_back_in(session):
    constraints = ask_all(session, "预算3000以内", "唔好三星", "啊唔係，我講錯咗，唔要嘅係摩托羅拉，三星冇問題").constraints
    assert constraints.exclude_brands == {"Motorola"} and not constraints.brands


@pytest.mark.parametrize("text", ["不要摩托罗拉，三星", "不要摩托罗拉、三星", "不要摩托罗拉和三星"])
def test_a_brand_listed_after_a_refused_one_is_still_refused(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Motorola", "Samsung"}))


def test_a_brand_wanted_after_a_refused_one_is_still_the_wish(vocab):
    updates = understand("不要摩托罗拉，三星就行", vocab).updates
    assert ("brands", "set", frozenset({"Samsung"})) in [(u.slot, u.op, u.value) for u in updates]
    assert slots(understand("不要摩托罗拉，三星就行", vocab))["exclude_brands"] == ("add", frozenset({"Motorola"}))


# -- "那个数" (that figure) is the figure said before, no phone pointed at --------------------------------------------

@pytest.mark.parametrize("text", ["换苹果吧，看看苹果的，价格还是那个数", "换苹果吧，预算还是那个数", "换苹果吧 价格还是那个范围"])
def test_that_figure_is_no_phone_and_the_switch_keeps_the_budget(session, text):
    answer = ask_all(session, "想入个三星，五千五以内", text)
    assert answer.kind == "results" and answer.constraints.brands == {"Apple"} and answer.constraints.budget.hi == 5500


def test_that_one_asked_about_is_still_the_phone_in_focus(vocab):
    followup = understand("那个多重", vocab).followup
    assert followup is not None and followup.kind == "details"


# -- an undo whose reason is what one of the family just said goes back to the list before, its words no taste -------

@pytest.mark.parametrize("text", ["我妈刚在旁边说上一个手机就是太沉了才不爱用的", "我老婆说三星不好", "妈妈刚才跟我说太重了",
                                  "my mom just said the last one was too heavy", "朋友说小米不错"])
def test_what_one_of_the_family_said_is_hearsay(text):
    assert hearsay_reason(text)


@pytest.mark.parametrize("text", ["妈妈说要5000毫安", "我妈要大屏", "说实话太沉了"])
def test_a_wish_for_the_family_or_a_figure_is_no_hearsay(text):
    assert not hearsay_reason(text)


def test_an_undo_for_what_the_family_said_restores_the_list_before(session):
    kept = ask_all(session, "预算800美元以内", "还有别太重 200g以内")
    session.ask("算了重量无所谓了，大屏最重要")
    answer = session.ask("emm还是undo吧，我妈刚在旁边说上一个手机就是太沉了才不爱用的")
    assert answer.constraints == kept.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in kept.picks]


# -- "咁" (so) leading on, then one of the two compared pointed at by its maker ---------------------------------------

@pytest.mark.parametrize("text", ["咁三星嗰部幾重", "咁三星那部多重", "然后三星那台呢", "三星那部多重"])
def test_the_maker_of_one_compared_phone_after_an_opener_points_at_it(session, text):
    ask_all(session, "iPhone 15 同 Galaxy S24 邊部好啲？")
    answer = session.ask(text)
    assert answer.kind == "details" and answer.picks[0].phone.family == "Galaxy S24"


def test_the_other_maker_after_the_opener_points_at_the_other(session):
    ask_all(session, "iPhone 15 同 Galaxy S24 邊部好啲？")
    assert session.ask("咁iPhone嗰部幾重").picks[0].phone.family == "iPhone 15"


# -- "想了想还是算了" (thought it over, never mind) takes the last change back, a restated figure and a reason beside it ----

@pytest.mark.parametrize("text", ["想了想还是算了", "还是算了吧", "仔细想想还是算了"])
def test_never_mind_after_all_is_an_undo(text):
    assert conversation_move(text) == "undo"


@pytest.mark.parametrize("text", ["三星还是算了", "5G还是算了", "算了"])
def test_a_thing_let_go_or_never_mind_alone_is_no_undo(text):
    assert conversation_move(text) is None


@pytest.mark.parametrize("text", ["想了想还是算了，回到两万五以内，省点钱", "还是算了，回到两万五以内", "想了想还是算了"])
def test_never_mind_with_the_figure_before_restores_the_list_before(session, text):
    kept = ask_all(session, "两万五卢比以内", "得是5G")
    session.ask("预算其实可以到三万")
    answer = session.ask(text)
    assert answer.constraints == kept.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in kept.picks]


# -- a brand or system the shopper cannot get used to ("用不惯"), said after it, is refused ---------------------------

@pytest.mark.parametrize("text, brand", [("苹果我真用不惯", "Apple"), ("华为的用不来", "Huawei"), ("三星我不习惯", "Samsung"),
                                         ("用不惯苹果", "Apple")])
def test_a_brand_not_taken_to_is_refused(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


def test_a_system_not_taken_to_leaves_the_other(vocab):
    assert slots(understand("iOS我真用不惯", vocab))["platform"] == ("set", "android")


def test_back_to_a_brand_for_a_system_not_taken_to_keeps_that_brand(session):
    answer = ask_all(session, "想入个三星，五千五以内", "换苹果吧，价格还是那个数", "不行不行还是三星，iOS我真用不惯，就刚开始那样")
    assert answer.constraints.brands == {"Samsung"} and not answer.constraints.alternatives
    assert answer.constraints.budget.hi == 5500


@pytest.mark.parametrize("text", ["苹果用起来很顺手", "我用惯了苹果"])
def test_a_brand_taken_to_is_no_refusal(vocab, text):
    assert "exclude_brands" not in slots(understand(text, vocab))


# -- a figure corrected ("是两千五不是两千") beside a filter of another aspect keeps that filter --------------------------

@pytest.mark.parametrize("text", ["不要太重，190克以下，她手腕不好。喔還有剛剛預算打錯了，是兩千五不是兩千",
                                  "190克以下。剛剛預算打錯了，是兩千五不是兩千", "预算打错了，是2500不是2000，还有190克以下"])
def test_a_corrected_budget_keeps_the_weight_said_beside_it(session, text):
    constraints = ask_all(session, "屏幕6.5吋以上，预算人民币两千以内", text).constraints
    assert constraints.budget.hi == 2500 and dict(constraints.specs)["weight_g"].hi == 190
    assert dict(constraints.specs)["screen_in"].lo == 6.5


@pytest.mark.parametrize("text", ["说错了，是2500不是2000", "预算打错了，是两千五不是两千"])
def test_a_corrected_budget_alone_sets_no_other_filter(session, text):
    constraints = ask_all(session, "屏幕6.5吋以上，预算人民币两千以内", text).constraints
    assert constraints.budget.hi == 2500 and set(dict(constraints.specs)) == {"screen_in"}


def test_a_corrected_spec_figure_is_no_budget(session):
    constraints = ask_all(session, "内存8GB以上，预算3000以内", "I said 8GB but I meant 12").constraints
    assert dict(constraints.specs)["ram_gb"].lo == 12 and constraints.budget.hi == 3000
