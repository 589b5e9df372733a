"""Chinese conversation moves of the SEALED-8 failures, in a session (issue 10): a filter let go "back to as before"
restores the state and the list from before its change, a help question with a second question about a service asks
nothing of phones, going back to phones from the tablet "看到这" restores the phone search, "前面说的条件全都不作数"
starts over, and "no Redmi" keeps the rest of Xiaomi."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize("text", ["重量那个限制撤了吧，还是按刚才的来", "重量限制去掉 按之前的来", "重量的要求不要了，照原来的办"])
def test_a_filter_let_go_back_to_as_before_restores_the_list_before_it(session, text):
    before = session.ask("5G的手机 钱不是问题")
    session.ask("不超过210g")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


@pytest.mark.parametrize("text", ["问下你除了推荐手机还能干点啥？能帮我查以旧换新吗", "除了推荐手机还能干点啥？能帮我查快递吗",
                                  "想问一下你还能做些什么"])
def test_a_help_question_with_a_service_asked_keeps_the_state(session, text):
    before = session.ask("5G的手机 3000以内")
    answer = session.ask(text)
    assert (answer.kind, answer.constraints) == ("help", before.constraints)


@pytest.mark.parametrize("text", ["行平板就先看到这 说回我自己换手机的事", "平板先到这儿吧 回到我的手机", "平板就聊到这里，接着看手机"])
def test_leaving_the_tablet_looked_at_up_to_here_restores_the_phone_search(session, text):
    before = session.ask("5G的手机 两千到三千之间")
    session.ask("对了 我儿子要个平板 1200块以内的有啥")
    answer = session.ask(text)
    assert answer.constraints == before.constraints


@pytest.mark.parametrize("text", ["算了算了 前面说的条件全都不作数 我重新说", "之前的要求都作废", "刚才说的全部不算 重新来"])
def test_everything_said_before_voided_clears_the_search(session, text):
    session.ask("oppo或vivo 3500以内 主摄6400万以上")
    answer = session.ask(text)
    assert (answer.constraints.brands, answer.constraints.budget, answer.constraints.spec("main_camera_mp")) == \
        (frozenset(), None, None)


def test_a_least_year_said_with_a_helping_verb_keeps_newer_years(session):
    answer = session.ask("太老的不要，起码得是22年出的")
    assert answer.constraints.spec("year") == Bound(lo=2022)
    assert all(p.phone.year >= 2022 for p in answer.picks)


@pytest.mark.parametrize("text", ["no Redmi", "红米的也不要", "红米就算了"])
def test_no_redmi_keeps_the_other_xiaomi_phones(session, text):
    answer = session.ask(text)
    assert (answer.constraints.exclude_series, answer.constraints.exclude_brands) == (frozenset({"Redmi"}), frozenset())
    assert not any("Redmi" in p.phone.model for p in answer.picks)


def test_a_refused_4g_network_shows_only_5g_phones(session):
    session.ask("两千到三千之间")
    answer = session.ask("4G的就别要了，现在谁还用4G")
    assert answer.constraints.needs_5g is True
    assert all(p.phone.is_5g for p in answer.picks)
