"""SEALED-15 Chinese and mixed wordings (issues 9, 10): Cantonese 睇 (look) and 头先 / 返去, Sichuanese 哈 and 啥子, the
northern 多钱, a unit and a brand typed by their sound (毫按, 诺基压), Chinese brands named as a group (中国品牌), a
comparison asked of the advisor between the phones and the verb (帮我比下) or by the slang 香, each beside the closest
wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.followups import FOCUS
from advisor.understanding.talk import conversation_move
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, constraints_after, spec_after

CHINESE_BRANDS = frozenset({"Xiaomi", "POCO", "Huawei", "Honor", "Oppo", "Vivo", "iQOO", "OnePlus", "Realme", "Lenovo",
                            "Tecno", "Infinix"})


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _followup(vocab, text):
    followup = understand(text, vocab).followup
    return None if followup is None else (followup.kind, followup.refs)


# -- Cantonese 睇 is 看: a brand not to be looked at is refused ------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("三星就唔使睇喇", "Samsung"), ("小米唔使睇", "Xiaomi"),
                                             ("OPPO唔使再睇", "Oppo"), ("华为就不用再看了", "Huawei")])
def test_a_brand_no_need_to_look_at_is_refused(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_brands == frozenset({brand}) and not constraints.brands


def test_a_brand_only_looked_at_is_wanted(vocab):
    assert constraints_after("只睇三星", vocab).brands == frozenset({"Samsung"})


# -- Chinese brands named as a group -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["中國品牌的先不考慮喔", "不要中国牌子", "大陸品牌的我不太想要", "中国的手机先不考虑"])
def test_chinese_brands_refused_as_a_group_are_each_refused(vocab, text):
    assert constraints_after(text, vocab).exclude_brands == CHINESE_BRANDS


def test_chinese_brands_wanted_as_a_group_are_wanted(vocab):
    assert constraints_after("中国的手机就行", vocab).brands == CHINESE_BRANDS


def test_being_in_china_names_no_brand(vocab):
    constraints = constraints_after("我在中国，想买手机", vocab)
    assert not constraints.brands and not constraints.exclude_brands


# -- a unit and a brand typed by their sound -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "bound"), [("电池要大的 能撑两天那种 五千毫按以上", (5000, None)),
                                             ("电池6000毫按起", (6000, None)), ("4500毫按以上的", (4500, None))])
def test_hao_an_typed_for_mah_is_the_battery(vocab, text, bound):
    assert spec_after(text, vocab, "battery_mah") == bound


@pytest.mark.parametrize("text", ["一千以下 要诺基压的", "诺基压的手机", "就看诺基压"])
def test_nokia_typed_by_its_sound_is_wanted(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Nokia"})


def test_a_budget_pressed_down_names_no_brand(vocab):
    assert budget_read(vocab, "预算压到一千以下") == ("CNY", None, 1000)
    assert not constraints_after("预算压到一千以下", vocab).brands


# -- a comparison asked of the advisor, or by the slang 香 ------------------------------------------------------------

@pytest.mark.parametrize(("text", "refs"), [("第一部同第二部帮我比下", (1, 2)), ("第一个和第三个给我对比一下", (1, 3)),
                                            ("第二个跟第四个帮我比较一下", (2, 4))])
def test_phones_then_help_me_compare_compares_them(vocab, text, refs):
    assert _followup(vocab, text) == ("compare", refs)


def test_one_phone_then_help_me_look_opens_it(vocab):
    assert _followup(vocab, "第一个帮我看下") == ("details", (1,))


@pytest.mark.parametrize(("text", "refs"), [("它跟第一个比谁更香", (FOCUS, 1)), ("第二个和第三个哪个更香", (2, 3)),
                                            ("它和第二个比哪个香", (FOCUS, 2))])
def test_which_is_more_tempting_compares(vocab, text, refs):
    assert _followup(vocab, text) == ("compare", refs)


def test_one_phone_said_tempting_compares_nothing(vocab):
    followup = understand("第二个好香", vocab).followup
    assert followup is None or followup.kind != "compare"


# -- how much, asked the northern way; Sichuanese 哈 and 啥子 -------------------------------------------------------------

@pytest.mark.parametrize(("text", "ref"), [("第一个多钱", 1), ("第三台多钱啊", 3), ("第二款要多钱", 2)])
def test_how_much_asked_duo_qian_of_a_position_opens_it(vocab, text, ref):
    assert _followup(vocab, text) == ("details", (ref,))


def test_a_budget_of_a_thousand_odd_stays_a_budget(vocab):
    assert budget_read(vocab, "预算一千多钱") is not None and understand("预算一千多钱", vocab).followup is None


@pytest.mark.parametrize(("text", "followup"), [("看哈第四个", ("details", (4,))), ("第二个讲哈", ("details", (2,))),
                                                ("比哈第一个和第二个", ("compare", (1, 2)))])
def test_ha_after_a_verb_is_once(vocab, text, followup):
    assert _followup(vocab, text) == followup


def test_ha_closing_a_wish_keeps_the_wish(vocab):
    assert spec_after("屏幕要6.7寸以上的哈", vocab, "screen_in") == (6.7, None)

@pytest.mark.parametrize(("text", "read"), [("预算大概30000块卢比哈", ("INR", 25500, 34500)),
                                            ("預算大概１０萬塊盧比哈", ("INR", 85000, 115000))])
def test_ha_closing_a_budget_in_rupees_keeps_the_budget(vocab, text, read):
    assert budget_read(vocab, text) == read


@pytest.mark.parametrize(("text", "refs"), [("为啥子推荐这个给我", (FOCUS,)), ("为啥子推荐第二个", (2,)),
                                            ("这个为啥子排第一", (FOCUS,))])
def test_wei_sha_zi_asks_why(vocab, text, refs):
    assert _followup(vocab, text) == ("why", refs)


def test_any_brand_said_with_sha_zi_lets_the_brands_go(vocab):
    assert not constraints_after("啥子牌子都可以", vocab).brands


# -- the price change just made, unsaid, then back to the search before it ---------------------------------------------

@pytest.mark.parametrize("text", ["头先改嘅价钱唔算，返去之前嗰个啦", "刚才改的价格不算，回到之前那个吧",
                                  "刚才改的预算不算了，还是按之前的来"])
def test_the_price_change_unsaid_then_back_restores_the_budget(session, text):
    before = ask_all(session, "两千左右，要5G", "三星就唔使睇喇")
    ask_all(session, "一千五以内啦")
    answer = session.ask(text)
    assert answer.constraints.budget == before.constraints.budget
    assert answer.constraints.exclude_brands == frozenset({"Samsung"})


def test_another_change_unsaid_then_back_takes_back_that_change_and_keeps_the_budget(session):
    ask_all(session, "两千左右", "运存8G以上", "一千五以内啦")
    answer = session.ask("刚才改的内存不算，回到之前那个吧")
    assert answer.constraints.budget is not None and answer.constraints.budget.hi == 1500
    assert "ram_gb" not in dict(answer.constraints.specs)


# -- an undo opened by a Latin interjection glued to it ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["emmm撤回上一条", "lol撤回上一条", "hmm恢复刚才的设置"])
def test_an_undo_after_a_glued_interjection_is_an_undo(text):
    assert conversation_move(text) == "undo"


def test_an_undo_then_brands_acceptable_too_is_the_undo(vocab, session):
    before = ask_all(session, "3k以内 运存12g起步", "存储也要256g往上")
    ask_all(session, "蓝绿厂的统统不要")
    answer = session.ask("emmm撤回上一条 蓝绿厂也能接受")
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


# -- a brand acceptable too ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["蓝绿厂也能接受", "华为也没问题", "小米也可以接受"])
def test_a_brand_acceptable_too_narrows_no_open_search(session, text):
    assert ask_all(session, "3k以内", text).constraints.brands == frozenset()


@pytest.mark.parametrize("text", ["华为也能接受", "华为也没问题"])
def test_a_refused_brand_acceptable_too_is_let_back(session, text):
    assert ask_all(session, "3k以内 不要华为", text).constraints.exclude_brands == frozenset()


def test_a_brand_acceptable_without_too_is_wanted(session):
    assert ask_all(session, "3k以内", "华为能接受").constraints.brands == frozenset({"Huawei"})


# -- the tablet settled, back to the phone -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["好的平板我心里有数了，咱们再回到我妈妈那个手机", "OK tablet 遲啲先算，back to my phone",
                                  "平板心里有底了，看回我的手机", "tablet先不看了，手机呢"])
def test_the_tablet_settled_then_the_phone_goes_back_to_the_phone_search(session, text):
    phone = ask_all(session, "两千左右，不超过190克")
    ask_all(session, "另外我自己想配个平板，三千以内的有哪些？")
    answer = session.ask(text)
    assert answer.constraints == phone.constraints


def test_the_tablet_not_yet_settled_keeps_the_tablet(session):
    ask_all(session, "两千左右，不超过190克", "另外我自己想配个平板，三千以内的有哪些？")
    assert session.ask("平板我心里还没数，再看看骁龙的").constraints.devices == frozenset({"tablet"})


# -- what the advisor can do, asked of a piece of software, with a task as the example ---------------------------------

@pytest.mark.parametrize("text", ["闺女，你这个软件都能帮我弄啥呀，我不太会使", "你这个软件能帮我干啥", "这个小帮手能做哪些事",
                                  "想問一下這個小幫手能做哪些事？可以幫忙比較規格嗎", "这个小帮手能做哪些事？能对比参数吗",
                                  "What else can you do 呀？識唔識 compare"])
def test_what_the_software_can_do_is_a_help_question(session, text):
    ask_all(session, "一千五以内")
    assert session.ask(text).kind == "help"


def test_asking_it_to_compare_two_shown_phones_compares_them(session):
    ask_all(session, "一千五以内")
    assert session.ask("可以帮我比较第一个和第二个吗").kind == "compare"


# -- the positions after the comparing verb ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "refs"), [("那幫我比較第一支跟第三支", (1, 3)), ("那你帮我对比第一个和第二个", (1, 2)),
                                            ("帮我比较一下第二个和第四个", (2, 4))])
def test_help_me_compare_then_positions_compares_those_positions(vocab, text, refs):
    assert _followup(vocab, text) == ("compare", refs)


def test_help_me_compare_with_no_position_compares_the_shown_phones(vocab):
    assert _followup(vocab, "那帮我比较一下") == ("compare", ())
