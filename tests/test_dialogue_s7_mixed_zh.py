"""Chinese and mixed-language turns of SEALED-7 (issue 10): a maker refused with its device ("三星的平板不要" while
shopping for a tablet refuses Samsung and keeps the tablet), a clear said with 不用限制 ("重量就不用限制了"), and a
correction "是 A 不是 B" where B was refused: A is refused in B's place ("sorry 是 Tecno 不是 Infinix")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, SlotUpdate
from advisor.understanding.talk import is_correction
from advisor.understanding.understand import understand


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# --- a maker refused together with its device kind -------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [("三星的平板不要", "Samsung"), ("苹果的平板我不要", "Apple"),
                                          ("华为的平板不考虑", "Huawei")])
def test_a_maker_refused_with_its_device_refuses_the_maker_not_the_kind(vocab, text, brand):
    request = understand(text, vocab)
    assert SlotUpdate("exclude_brands", "add", frozenset({brand})) in request.updates
    assert not [u for u in request.updates if u.slot == "devices"]
    assert not [u for u in request.updates if u.slot == "brands" and u.op in ("set", "add")]


@pytest.mark.parametrize("text", ["平板不要", "我妈的平板不要"])
def test_a_device_refused_without_a_maker_is_still_the_kind_refused(vocab, text):
    request = understand(text, vocab)
    assert SlotUpdate("devices", "remove", frozenset({"tablet"})) in request.updates


def test_a_maker_with_its_device_unrefused_is_still_a_wish(vocab):
    request = understand("三星的平板", vocab)
    assert SlotUpdate("brands", "set", frozenset({"Samsung"})) in request.updates
    assert SlotUpdate("devices", "set", frozenset({"tablet"})) in request.updates


def test_a_refused_maker_of_a_tablet_keeps_the_tablet_search_and_the_phone_comes_back(session):
    session.ask("想换个手机，两千五以内，骁龙的")
    session.ask("先不说我的，我妈要个平板看剧，预算两千")
    refused = session.ask("三星的平板不要")
    assert refused.constraints.devices == frozenset({"tablet"})
    assert refused.constraints.exclude_brands == frozenset({"Samsung"})
    assert refused.constraints.budget == Budget(currency="CNY", hi=2000.0)
    back = session.ask("行，还是说回我的手机")
    assert back.constraints.budget == Budget(currency="CNY", hi=2500.0)
    assert back.constraints.chipset == "Snapdragon"
    assert back.constraints.exclude_brands == frozenset()


# --- a slot let go with 不用限制 ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, slot", [("重量就不用限制了", "spec:weight_g"), ("预算不必限制了", "budget"),
                                        ("电池也不需要再限定了", "spec:battery_mah")])
def test_an_aspect_said_no_longer_limited_is_cleared(vocab, text, slot):
    request = understand(text, vocab)
    assert SlotUpdate(slot, "clear") in request.updates


def test_no_longer_limiting_one_aspect_keeps_another_said_with_a_figure(vocab):
    request = understand("重量不用限制了，预算三千以内", vocab)
    assert SlotUpdate("spec:weight_g", "clear") in request.updates
    assert SlotUpdate("budget", "set", Budget(currency="CNY", hi=3000.0)) in request.updates
    assert SlotUpdate("budget", "clear") not in request.updates


def test_a_weight_limit_let_go_in_a_conversation_keeps_the_budget(session):
    session.ask("请推荐轻一点的手机，不超过190克，预算五千")
    answer = session.ask("重量就不用限制了")
    assert dict(answer.constraints.specs).get("weight_g") is None
    assert answer.constraints.budget == Budget(currency="CNY", hi=5000.0)


# --- "是 A 不是 B": a correction, unless asked -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["sorry 是 Tecno 不是 Infinix", "抱歉，是小米不是红米", "是华为，不是荣耀", "应该是6.5寸，不是6.7"])
def test_it_is_a_not_b_corrects(text):
    assert is_correction(text) is True


@pytest.mark.parametrize("text", ["为什么是 Tecno 不是 Infinix", "是 Tecno 不是 Infinix 吗", "是三星的平板", "why not the Galaxy Z Fold6?"])
def test_it_is_a_not_b_asked_or_without_a_contrast_corrects_nothing(text):
    assert is_correction(text) is False


@pytest.mark.parametrize("first, refused, fix, now", [
    ("brand 不要 Xiaomi", "Xiaomi", "sorry 是 Samsung 不是 Xiaomi", "Samsung"),
    ("不要小米", "Xiaomi", "抱歉，是华为不是小米", "Huawei"),
    ("no Xiaomi", "Xiaomi", "sorry, I meant Google, not Xiaomi", "Google"),
])
def test_a_correction_of_a_refused_brand_refuses_the_brand_meant_instead(session, first, refused, fix, now):
    session.ask("phone under 3000 CNY, 8GB RAM")
    assert session.ask(first).constraints.exclude_brands == frozenset({refused})
    answer = session.ask(fix)
    assert answer.constraints.exclude_brands == frozenset({now})
    assert answer.constraints.brands == frozenset()
    assert answer.constraints.budget == Budget(currency="CNY", hi=3000.0)
    assert dict(answer.constraints.specs)["ram_gb"] == Bound(lo=8.0)


def test_a_correction_of_a_wanted_brand_still_wants_the_brand_meant(session):
    session.ask("phone under 3000 CNY")
    session.ask("only xiaomi")
    answer = session.ask("不对，是华为不是小米")
    assert answer.constraints.brands == frozenset({"Huawei"})
    assert answer.constraints.exclude_brands == frozenset()


# --- a yes/no question about the phone in focus, with a Chinese subject or "or not" ---------------------------------

@pytest.mark.parametrize("text", ["这个 is 5G or not?", "这款 has NFC?", "那个 supports wireless charging or not", "it is 5G or not"])
def test_a_mixed_yes_no_question_about_the_phone_in_focus_asks_and_filters_nothing(vocab, text):
    request = understand(text, vocab)
    assert request.updates == ()
    assert request.followup is not None and request.followup.kind == "details"


@pytest.mark.parametrize("text", ["this is 5G", "phones that have 5G?"])
def test_a_statement_or_a_question_about_phones_still_asks_for_5g(vocab, text):
    assert SlotUpdate("needs_5g", "set", True) in understand(text, vocab).updates


def test_a_5g_question_about_a_shown_phone_keeps_the_refusals(session):
    session.ask("budget 3000 RMB phone")
    session.ask("no Apple please, 也不要 Honor")
    session.ask("第二个 details 发我看看")
    answer = session.ask("这个 is 5G or not?")
    assert answer.constraints.needs_5g is False
    assert answer.constraints.exclude_brands == frozenset({"Apple", "Honor"})


# --- going back to the foldable is going back to the phone search ---------------------------------------------------

@pytest.mark.parametrize("text", ["ok back to 我的 foldable", "back to my foldable", "回到我的折叠屏吧"])
def test_going_back_to_the_foldable_restores_the_phone_search(session, text):
    session.ask("想找个 foldable, under $1800")
    session.ask("先不管这个, my sister needs a tablet, around $500")
    session.ask("只要 Samsung 的 tablet")
    answer = session.ask(text)
    assert answer.constraints.devices == frozenset({"foldable"})
    assert answer.constraints.budget == Budget(currency="USD", hi=1800.0)
    assert answer.constraints.brands == frozenset()


# --- the rest of a session after the corrected refusal: a comparison, one slot let go, a cap over "cheaper" ---------

@pytest.mark.parametrize("text", ["RAM 不重要了, forget it", "内存不重要了", "ram doesn't matter anymore"])
def test_one_aspect_said_unimportant_clears_only_that_aspect(vocab, text):
    request = understand(text, vocab)
    assert request.updates == (SlotUpdate("spec:ram_gb", "clear"),)


def test_after_a_corrected_refusal_compare_release_and_cap_keep_the_refusal(session):
    session.ask("看看 Pakistan 价格, under 70k PKR 的 phone, 最好 8GB RAM")
    session.ask("brand 不要 Xiaomi")
    session.ask("sorry 是 Samsung 不是 Xiaomi")
    compared = session.ask("第一个跟第二个 compare 一下")  # the fixture catalog shows fewer than three here
    assert compared.kind == "compare"
    assert compared.constraints.exclude_brands == frozenset({"Samsung"})
    released = session.ask("RAM 不重要了, forget it")
    assert dict(released.constraints.specs).get("ram_gb") is None
    assert released.constraints.budget == Budget(currency="PKR", hi=70000.0)
    capped = session.ask("cheaper 的, 5万以下")
    assert capped.constraints.budget == Budget(currency="PKR", hi=50000.0)
    assert capped.constraints.exclude_brands == frozenset({"Samsung"})
