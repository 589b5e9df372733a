"""SEALED-13 Chinese and mixed wordings (issues 9, 10): a phone named and asked about in Cantonese or Taiwan's words, an
aspect let go (不要管, 沒差), a limit moved (上限拉到), a correction (不是OPPO 我想看的是小米, 12G 啦 不是 8G), a question
closed by 不 and an undo with a particle or "after all" before it, each beside the closest wording that must keep its
meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_read, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


START = "三星手機 人民幣4000以內"


# -- a phone named and asked about ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "read"), [
    ("好唔好用", "好不好用"), ("得唔得", "得不得"), ("可唔可以幫我", "可不可以帮我"), ("Pixel 8a 點呀", "Pixel 8a 怎样呀"),
    ("第二部點呢", "第二部怎样呢")])
def test_a_cantonese_a_not_a_question_and_dim_after_a_phone_are_read_as_questions(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize(("said", "read"), [("唔好要三星", "不要三星"), ("便宜點呀", "便宜点呀"), ("大一點呢", "大一点呢")])
def test_a_refusal_and_a_bit_more_keep_their_reading(said, read):
    assert simplified(said) == read


@pytest.mark.parametrize("text", ["Pixel 8a 點呀 好唔好用", "Pixel 8a 點呀", "Pixel 8a 好唔好用", "麻煩介紹一下 Pixel 8a 這支",
                                  "介紹一下 Pixel 8a 這個"])
def test_a_phone_named_and_asked_about_opens_it_and_filters_nothing(session, text):
    before = session.ask(START)
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0].family, answer.constraints) == ("details", "Pixel 8a", before.constraints)


def test_a_brand_refused_with_cantonese_wo_hou_stays_refused(session):
    assert ask_all(session, START, "唔好要Google").constraints.exclude_brands == frozenset({"Google"})


# -- an aspect let go in Taiwan's and Cantonese words ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "slot"), [("價錢先不要管了 好用比較重要", "budget"), ("不要管價錢了", "budget"),
                                            ("欸晶片其實沒差 不限了", "chipset"), ("處理器都沒差", "chipset")])
def test_an_aspect_said_not_to_matter_is_let_go(vocab, text, slot):
    assert slots(understand(text, vocab)).get(slot) == ("clear", None)


@pytest.mark.parametrize("text", ["晶片沒差多少", "價錢先不要太貴"])
def test_a_gap_measured_or_a_price_kept_down_lets_nothing_go(vocab, text):
    assert "chipset" not in slots(understand(text, vocab)) and "budget" not in slots(understand(text, vocab))


# -- a limit moved to its figure, the other kept -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lo", "hi"), [("預算上限拉到6000好了 下限一樣3000", 3000, 6000),
                                                ("上限提高到6000 下限还是3000", 3000, 6000), ("预算上限调到4500", None, 4500)])
def test_a_limit_moved_or_kept_at_a_figure_is_that_side(vocab, text, lo, hi):
    assert budget_read(vocab, text) == ("CNY", lo, hi)


def test_a_figure_or_another_stays_the_first_figure(vocab):
    assert budget_read(vocab, "预算5000还是6000") == ("CNY", None, 5000)


# -- a correction: the one meant after the one taken back --------------------------------------------------------

@pytest.mark.parametrize("text", ["嗐说错了 不是OPPO 我想看的是小米", "不是OPPO，我要的是小米", "不要OPPO 我想要的是小米"])
def test_the_brand_meant_after_the_one_taken_back_is_the_wish(session, text):
    session.ask("OPPO的 六千块以内")
    answer = session.ask(text)
    assert (answer.constraints.brands, "Oppo" in answer.constraints.brands) == (frozenset({"Xiaomi"}), False)


@pytest.mark.parametrize("text", ["我不想要的是三星", "我最不想要的就是三星", "我不想看的是三星"])
def test_the_brand_said_to_be_the_one_not_wanted_is_refused(vocab, text):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({"Samsung"}))


def test_two_brands_refused_in_a_row_stay_refused(vocab):
    assert slots(understand("不要OPPO和小米", vocab))["exclude_brands"] == ("add", frozenset({"Oppo", "Xiaomi"}))


@pytest.mark.parametrize("text", ["阿 我是說 RAM 12G 啦 不是 8G", "I meant 12GB RAM, not 8GB", "运存12G吧 不是8G"])
def test_a_figure_meant_with_a_particle_or_its_aspect_before_not_replaces_the_old(session, text):
    session.ask("预算4000以内 RAM 8G以上")
    assert dict(session.ask(text).constraints.specs)["ram_gb"].lo == 12


def test_a_new_floor_said_alone_still_replaces_the_old(session):
    session.ask("预算4000以内 RAM 8G以上")
    assert dict(session.ask("RAM 12G以上").constraints.specs)["ram_gb"].lo == 12


# -- 不 closing a question --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["能再便宜点不 一千二以内", "行不 1200以内"])
def test_a_question_closed_by_bu_turns_no_ceiling_after_it(vocab, text):
    assert budget_read(vocab, text) == ("CNY", None, 1200)


@pytest.mark.parametrize(("text", "read"), [("不要 两千以上的", ("CNY", None, 2000)), ("不两千以上", ("CNY", None, 2000))])
def test_a_refusal_before_a_side_still_turns_it(vocab, text, read):
    assert budget_read(vocab, text) == read


# -- an undo with a Cantonese particle or its reason -------------------------------------------------------------------

_CLEARED = ("預算美金1500以內", "要5G", "預算唔使理住先")


@pytest.mark.parametrize("text", ["undo啊 都係要有budget先得", "都係唔好 撤銷返上一步", "還是不要 撤銷返上一步", "undo啦"])
def test_an_undo_with_a_particle_or_after_after_all_not_takes_the_step_back(session, text):
    before = ask_all(session, *_CLEARED[:2])
    session.ask(_CLEARED[2])
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (before.constraints, ["restore"])


def test_undo_refused_after_after_all_keeps_the_step(session):
    step = ask_all(session, *_CLEARED)
    answer = session.ask("還是不要撤銷了")
    assert (answer.constraints, [c.op for c in answer.changes]) == (step.constraints, [])


def test_a_refusal_said_after_after_all_is_still_a_refusal(session):
    session.ask(_CLEARED[0])
    assert session.ask("都係唔要三星").constraints.exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text", ["嗯…撤銷 都係唔要Samsung", "哎还是撤销吧 5G得要", "嗯…撤銷", "唉~~撤回"])
def test_an_undo_after_a_drawn_out_pause_or_before_its_reason_takes_the_step_back(session, text):
    before = ask_all(session, "预算3000以内 要5G", "不要三星")
    session.ask("三星也可以 5G不要求了")
    answer = session.ask(text)
    assert (answer.constraints, [c.op for c in answer.changes]) == (before.constraints, ["restore"])


def test_a_wish_said_after_an_undo_before_a_latin_word_still_applies(session):
    ask_all(session, "预算3000以内", "要5G")
    assert session.ask("撤销吧 OPPO也要").constraints.brands == frozenset({"Oppo"})


# -- help asked in Taiwan's and Cantonese words, with a self-introduction ----------------------------------------------

@pytest.mark.parametrize("text", ["等等 你這個到底可以幫我做哪些事啊😅", "what else can u do ah? 可唔可以幫我比較", "可唔可以幫我比較",
                                  "您好 我是退休的國文老師 手機的東西不太懂 請問您可以幫我做些什麼呢",
                                  "您好 我是退休的國文老師 請問您可以幫我做些什麼呢"])
def test_help_asked_after_a_pause_a_particle_or_who_the_shopper_is_is_help(session, text):
    before = session.ask(START)
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("help", before.constraints)


@pytest.mark.parametrize("text", ["可唔可以幫我比較第一部同第二部", "等等 要5G", "我是退休老師 要三星 請問您可以幫我做些什麼呢"])
def test_a_comparison_or_a_wish_beside_those_words_is_no_help(session, text):
    session.ask(START)
    assert session.ask(text).kind != "help"


# -- 说道说道 asks about a phone --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["第二个给我说道说道", "给我说道说道第二个"])
def test_shuodao_shuodao_opens_the_phone_at_that_place(session, text):
    shown = session.ask(START).picks
    answer = session.ask(text)
    assert (answer.kind, answer.focus[0]) == ("details", shown[1].phone)
