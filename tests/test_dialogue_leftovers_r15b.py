"""Conversation wordings a SEALED-14 fixer found still misread (issues 9, 10): a why-not about a brand, a phone pointed
at with its noun, a chip family got rid of, a bare figure after a spec was spoken of, Patois "mi" before a word of the
shopper's life; each beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import ask_all, slots


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- why the advisor does not like a brand ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "brand"), [("why you dont like samsung?", "samsung"), ("why do u not rate xiaomi", "xiaomi"),
                                             ("why don't you like oppo", "oppo"), ("how come you never pick motorola?", "motorola"),
                                             ("why didn't you show any samsung", "samsung"), ("为什么不喜欢三星", "samsung"),
                                             ("你咋不推荐小米呢", "xiaomi")])
def test_the_advisors_dislike_of_a_brand_asked_is_a_why_not_about_that_brand(vocab, text, brand):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.kind == "why_not" and followup.refs == (brand,)


def test_a_why_not_about_a_brand_is_answered_with_no_error(session):
    answer = ask_all(session, "phones under 800 dollars", "why you dont like samsung?")
    assert answer.kind in ("why_not", "why") and answer.picks[0].phone.brand == "Samsung"


def test_why_the_advisor_likes_a_brand_still_asks_why(vocab):
    followup = understand("why you like samsung?", vocab).followup
    assert followup is not None and followup.kind == "why"


@pytest.mark.parametrize("text", ["why don't you show me samsungs", "why dont we just look at samsung"])
def test_a_wish_put_as_why_dont_you_is_the_brand_wished_for(vocab, text):
    parsed = understand(text, vocab)
    assert parsed.followup is None and slots(parsed)["brands"] == ("set", frozenset({"Samsung"}))


# -- the phone in focus pointed at with a noun --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["tell me about that phone", "specs of that model please", "more details on this handset",
                                  "why that phone?"])
def test_a_pointing_word_with_a_phone_noun_is_the_phone_in_focus(vocab, text):
    followup = understand(text, vocab).followup
    assert followup is not None and followup.refs == (0,)


def test_that_phone_after_opening_one_gives_its_details(session):
    opened = ask_all(session, "phones under 800 dollars", "the 2nd one")
    answer = session.ask("tell me about that phone")
    assert answer.kind == "details" and answer.picks[0].phone.id == opened.picks[0].phone.id


def test_a_pointing_word_with_a_name_still_names_the_phone(vocab):
    followup = understand("tell me about that pixel", vocab).followup
    assert followup is not None and followup.refs == ("pixel",)


# -- a chip family got rid of -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["get rid of snapdragon", "getting rid of exynos would be nice", "get rid of mediatek"])
def test_a_chip_family_got_rid_of_is_refused(vocab, text):
    assert slots(understand(text, vocab))["exclude_chipsets"][0] == "add"


def test_a_brand_got_rid_of_is_refused(vocab):
    assert slots(understand("get rid of samsung", vocab))["exclude_brands"] == ("add", frozenset({"Samsung"}))


@pytest.mark.parametrize("text", ["get rid of the snapdragon filter", "ditch the snapdragon requirement",
                                  "skip the snapdragon condition"])
def test_a_chip_family_filter_got_rid_of_lets_the_wish_go(session, text):
    answer = ask_all(session, "phone with a snapdragon chip under 800 dollars", text)
    assert answer.constraints.chipset is None and not answer.constraints.exclude_chipsets


# -- a bare figure after a spec was spoken of ----------------------------------------------------------------------

@pytest.mark.parametrize(("spoken", "figure", "cap"), [("what about weight? light phones", "keep it under 170", 170.0),
                                                       ("light phones", "under 180 please", 180.0),
                                                       ("lightest first", "nothing over 175", 175.0)])
def test_a_figure_no_phone_costs_after_weight_was_spoken_of_caps_the_weight(session, spoken, figure, cap):
    answer = ask_all(session, "phones under 30000 rupees", spoken, figure)
    assert dict(answer.constraints.specs)["weight_g"].hi == cap and answer.constraints.budget.hi == 30000.0


def test_a_figure_in_yuan_after_weight_was_spoken_of_caps_the_weight(session):
    answer = ask_all(session, "2000元以内的手机", "重量轻一点", "不要超过180")
    assert dict(answer.constraints.specs)["weight_g"].hi == 180.0 and answer.constraints.budget.hi == 2000.0


def test_a_figure_a_phone_may_cost_after_weight_was_spoken_of_stays_the_budget(session):
    answer = ask_all(session, "phones under 30000 rupees", "what about weight? light phones", "keep it under 25000")
    assert answer.constraints.budget.hi == 25000.0 and "weight_g" not in dict(answer.constraints.specs)


def test_a_figure_that_names_the_budget_stays_the_budget(session):
    answer = ask_all(session, "phones under 30000 rupees", "big battery please", "budget at least 9000")
    assert answer.constraints.budget.lo == 9000.0 and "battery_mah" not in dict(answer.constraints.specs)


def test_a_figure_with_no_spec_spoken_of_stays_the_budget(session):
    answer = ask_all(session, "phones under 30000 rupees", "keep it under 170")
    assert answer.constraints.budget.hi == 170.0


# -- Patois "mi" before a word of the shopper's life, and Xiaomi's Mi before a kind of phone -------------------------

@pytest.mark.parametrize("text", ["mi budget is 300", "mi budget is 300 dollars", "mi cash is 200 dollars only"])
def test_mi_before_the_shoppers_budget_names_no_brand(vocab, text):
    parsed = slots(understand(text, vocab))
    assert "brands" not in parsed and parsed["budget"][0] == "set"


@pytest.mark.parametrize("text", ["Mi budget phone", "a Mi budget phone under 300 dollars", "any Mi budget option"])
def test_mi_before_a_kind_of_phone_is_xiaomi(vocab, text):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({"Xiaomi"}))
