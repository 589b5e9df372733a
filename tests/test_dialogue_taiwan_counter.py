"""Traditional-character references with the Taiwan counter 支 and a request to see a phone (issue 10, from the
SEALED-4 dialogue failures): "第三支給我看看" is the third shown phone, "這支有多重啊" the phone in focus, "電池最大的事哪支"
(的事 a slip for 的是) the shown phone with the biggest battery; 支持 / 支付 keep their own meaning, and 頻果 is 蘋果."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize(("text", "place"), [("第三支給我看看", 3), ("第2支呢", 2), ("第二支給我介紹一下", 2)])
def test_a_place_counted_with_zhi_is_that_shown_phone(session, text, place):
    shown = session.ask("想換隻手機 預算７００美金以內")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone == shown.picks[place - 1].phone
    assert answer.constraints == shown.constraints


@pytest.mark.parametrize("text", ["第三个给我看看", "第三款看看", "第三个让我瞧瞧"])
def test_asking_to_see_a_place_is_details_of_it(session, text):
    shown = session.ask("2000元以内的手机")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone == shown.picks[2].phone


@pytest.mark.parametrize("text", ["這支有多重啊", "那支電池多大", "这支多少钱"])
def test_this_zhi_is_the_phone_in_focus(session, text):
    session.ask("想換隻手機 預算７００美金以內")
    focus = session.ask("第二個")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert answer.picks[0].phone == focus.picks[0].phone


@pytest.mark.parametrize("text", ["電池最大的事哪支", "电池最大的是哪支", "哪支電池最大"])
def test_which_zhi_with_a_superlative_is_the_best_shown(session, text):
    shown = session.ask("2000元以内的手机")
    answer = session.ask(text)
    best = max(p.phone.battery_mah or 0 for p in shown.picks)
    assert answer.kind == "details"
    assert answer.picks[0].phone.battery_mah == best


@pytest.mark.parametrize(("text", "kept"), [("这支持5G吗", "支持"), ("那支持无线充电吗", "支持"), ("这支付方便吗", "支付"),
                                            ("換機的事再說", "的事")])
def test_zhi_of_support_or_pay_and_shi_of_a_matter_stay(text, kept):
    assert kept in simplified(text)
    assert "个" not in simplified(text)


@pytest.mark.parametrize("text", ["推薦一下頻果手機 ６０００人民幣內", "频果的手机 6000以内", "要頻果 六千以內"])
def test_pin_guo_is_apple(session, text):
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"Apple"})
    assert answer.constraints.budget.hi == 6000
