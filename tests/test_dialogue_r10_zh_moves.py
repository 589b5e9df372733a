"""Chinese conversation moves from the SEALED-9 dialogue failures (issue 10): every condition cleared by "条件全清掉"
or "我从头说"; the chip let go by name also lets its rank floor go ("处理器的条件拿掉"); "把刚才加的X条件撤回" takes that
step back as an undo; "欸还是不要好了，回到刚刚那样" undoes; "讲返我部手机先" goes back to the phone search; "哪一支最轻？
阿嬷手比较没力" is a superlative with its reason (比较 before a negation is "rather"); "A跟B哪个比较适合商务" compares."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _spec_keys(answer):
    return {key for key, _ in answer.constraints.specs}


# --- clearing everything ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["算了，条件全清掉，我从头说", "条件都删掉吧", "我从头讲起", "之前的要求全去掉"])
def test_all_conditions_cleared_starts_over(session, text):
    session.ask("孩子的手机，一千五以内，要5G，运存8G")
    answer = session.ask(text)
    assert answer.kind == "reset"
    assert answer.constraints.budget is None and not answer.constraints.needs_5g and not answer.constraints.specs


def test_one_aspects_conditions_cleared_is_no_reset(session):
    session.ask("三星手机，三千以内，运存8G")
    answer = session.ask("价格和品牌的条件都删掉")
    assert answer.kind == "results"
    assert answer.constraints.budget is None and answer.constraints.brands == frozenset()
    assert dict(answer.constraints.specs)["ram_gb"] == Bound(lo=8.0)


# --- the chip let go with its rank --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["處理器的條件拿掉好了", "芯片不限了", "drop the chip requirement"])
def test_letting_the_chip_go_drops_its_rank_floor(session, text):
    first = session.ask("处理器至少要骁龙8 Gen 3，预算人民币六千以内，屏幕6.5寸以上")
    assert "chip_score" in _spec_keys(first)
    answer = session.ask(text)
    assert _spec_keys(answer) == {"screen_in"}
    assert answer.constraints.budget == Budget(currency="CNY", hi=6000.0)


# --- a step taken back by what it added ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["把刚才加的年份条件撤回吧", "把刚刚加的年份撤销", "把刚才说的年份的条件撤回"])
def test_ba_then_the_step_then_take_back_undoes_that_step(session, text):
    # an undo, not a clear: the list comes back as it was before the step, its taste for newer phones gone too
    before = session.ask("一千美金以内，运存8G")
    session.ask("还得是新一点的 24年及以后发布的")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


def test_ba_then_a_later_step_keeps_the_earlier_steps(session):
    session.ask("一千美金以内，运存8G")
    session.ask("运存12G起")
    session.ask("要24年及以后发布的")
    answer = session.ask("把刚刚改的内存撤销")
    assert dict(answer.constraints.specs) == {"ram_gb": Bound(lo=8.0), "year": Bound(lo=2024.0)}


# --- "rather not" before an undo ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["欸還是不要好了，回到剛剛那樣", "诶 还是不要好了 撤销吧", "还是不要好了，恢复原样"])
def test_rather_not_then_back_undoes_the_last_change(session, text):
    session.ask("预算400美金，三星的先不要")
    session.ask("其实三星也可以啦")
    answer = session.ask(text)
    assert answer.constraints.exclude_brands == frozenset({"Samsung"})
    assert answer.constraints.budget == Budget(currency="USD", hi=400.0)


def test_rather_not_with_a_brand_refuses_it(session):
    session.ask("预算400美金")
    assert session.ask("还是不要三星好了").constraints.exclude_brands == frozenset({"Samsung"})


# --- help -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["对了 你除了推荐手机还会点别的不", "你能用哪些條件幫我篩手機？", "這個服務還可以查什麼？"])
def test_help_questions_change_nothing(session, text):
    shown = session.ask("三千以内的手机，运存8G")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == shown.constraints


# --- back to the phone, in Cantonese ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["好，講返我部手機先", "讲返我部手机", "好 倾返我部手机先"])
def test_cantonese_back_to_my_phone_restores_the_phone_search(session, text):
    phones = session.ask("手机，唔要iPhone，一千美金以内")
    session.ask("顺便帮我阿妈睇部平板，三百美金以下")
    answer = session.ask(text)
    assert answer.constraints == phones.constraints


# --- superlatives and comparisons -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["哪一支最輕？阿嬤手比較沒力", "哪个最轻？她手比较没劲", "邊部最輕"])
def test_which_is_lightest_with_a_reason_opens_the_lightest_shown(session, text):
    shown = session.ask("一千美金以内的手机")
    lightest = min((p.phone for p in shown.picks), key=lambda p: p.weight_g)
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.phone.id for p in answer.picks] == [lightest.id]


@pytest.mark.parametrize("text", ["Pixel 9 Pro跟iPhone 16哪個比較適合商務", "iPhone 16和Pixel 9 Pro哪个更适合拍照",
                                  "Pixel 9 Pro与iPhone 16哪款适合老人"])
def test_which_suits_better_between_two_names_compares_them(session, text):
    session.ask("苹果或Google的，美金一千二以内")
    answer = session.ask(text)
    assert answer.kind == "compare"
    assert {p.family for p in answer.focus} == {"Pixel 9 Pro", "iPhone 16"}


def test_which_suits_without_names_opens_one_shown(session):
    session.ask("苹果或Google的，美金一千二以内")
    assert session.ask("哪个适合老人").kind == "details"
