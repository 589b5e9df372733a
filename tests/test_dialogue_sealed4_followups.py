"""Follow-ups of the SEALED-4 dialogue failures (issue 10): someone else's device introduced as a search of its own
("my son wants a tablet too, lets do his first") starts a new topic that "back to mine" leaves again; "what's the 2nd one
like" asks for that phone's details ("something like the 2nd one" still asks for similar phones); "undo the realme
thing" takes back the change that named the brand, as a plain "undo" would when it was the last; "tecno 的 Camon 20s 呢"
names a catalog phone (the maker, its possessive, the model), not a brand filter."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _own_android_search(session):
    session.ask("need a new phone, 800 usd tops")
    return session.ask("android only pls")


# ---- someone else's device, a search of its own ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "oh wait my son wants a tablet too, lets do his first. under $900",
    "hmm my wife needs an ipad as well, under 900 dollars",
    "hold on, my daughter would like a tablet too. max $900",
])
def test_someone_elses_tablet_said_with_too_starts_a_tablet_search_of_its_own(session, text):
    _own_android_search(session)
    answer = session.ask(text)
    assert answer.constraints.devices == frozenset({"tablet"})
    assert answer.constraints.platform is None
    assert answer.constraints.budget == Budget(currency="USD", hi=900.0)
    assert session.state.owner != ""


@pytest.mark.parametrize("text", [
    "oh wait my son wants a tablet too, lets do his first. under $900",
    "lets do my wife's first, she wants a tablet under 900",
    "can we sort out my dad's phone first? under $300",
    "start with my son's tablet, 900 max",
])
def test_back_to_mine_after_someone_elses_search_restores_the_own_one(session, text):
    own = _own_android_search(session)
    session.ask(text)
    session.ask("samsung ones?")
    answer = session.ask("cool, ill grab one of those. ok back to mine")
    assert answer.constraints == own.constraints


@pytest.mark.parametrize(("text", "who"), [
    ("lets do my wife's first, she wants a tablet under 900", "wife"),
    ("can we sort out my dad's phone first? under $300", "dad"),
    ("start with my son's tablet, 900 max", "son"),
    ("先帮我儿子找个平板，6000元以内", "儿子"),
])
def test_someone_elses_search_put_first_does_not_keep_the_own_filters(session, text, who):
    _own_android_search(session)
    answer = session.ask(text)
    assert answer.constraints.platform is None
    assert session.state.owner == who


def test_one_for_dad_too_starts_a_search_without_the_own_filters(session):
    _own_android_search(session)
    answer = session.ask("also need one for my dad, a cheap one")
    assert answer.constraints.platform is None
    assert answer.constraints.budget is None
    assert session.state.owner == "dad"


def test_someone_elses_tablet_as_the_first_message_is_an_ordinary_tablet_search(session):
    answer = session.ask("my son wants a tablet too, under $900")
    assert answer.kind == "results"
    assert answer.constraints.devices == frozenset({"tablet"})
    assert answer.constraints.budget == Budget(currency="USD", hi=900.0)


@pytest.mark.parametrize("text", ["a tablet is fine too", "show me tablets too"])
def test_a_tablet_too_for_the_shopper_joins_the_phones_and_keeps_the_filters(session, text):
    own = _own_android_search(session)
    answer = session.ask(text)
    assert {"phone", "tablet"} <= answer.constraints.devices
    assert answer.constraints.platform == "android"
    assert answer.constraints.budget == own.constraints.budget
    assert session.state.owner == ""


# ---- "what's the 2nd one like" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["whats the 2nd one like", "what is the second like?", "ok and what's #2 like",
                                  "how is the second", "tell me about #2"])
def test_what_the_nth_one_is_like_asks_for_its_details(session, text):
    listed = session.ask("android phones under $900")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.id for p in answer.focus] == [listed.picks[1].phone.id]
    assert answer.constraints == listed.constraints


@pytest.mark.parametrize("text", ["something like the 2nd one", "similar to the 2nd one", "anything like the second one?"])
def test_something_like_the_nth_one_still_asks_for_similar_phones(session, text):
    listed = session.ask("android phones under $900")
    answer = session.ask(text)
    assert answer.kind == "similar"
    assert answer.reference is not None and answer.reference.id == listed.picks[1].phone.id


# ---- undoing a change named by its brand ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hmm, undo the realme thing", "revert the realme exclusion", "cancel the no-realme bit",
                                  "撤销不要realme的修改"])
def test_undoing_the_last_change_by_its_brand_is_an_exact_undo(session, text):
    session.ask("want something with 8gb ram or more")
    before = session.ask("keep it under 700 dollars")
    session.ask("no realme")
    answer = session.ask(text)
    assert answer.constraints == before.constraints
    assert [p.phone.id for p in answer.picks] == [p.phone.id for p in before.picks]


def test_undoing_an_earlier_brand_change_keeps_the_changes_since(session):
    session.ask("phones under $900")
    session.ask("no realme")
    session.ask("at least 8gb ram")
    answer = session.ask("undo the realme thing")
    assert answer.constraints.exclude_brands == frozenset()
    assert answer.constraints.spec("ram_gb").lo == 8
    assert answer.constraints.budget.hi == 900


def test_undoing_one_of_two_brands_refused_together_keeps_the_other_refused(session):
    session.ask("phones under $900")
    session.ask("no realme, no oppo")
    answer = session.ask("undo the realme thing")
    assert answer.constraints.exclude_brands == frozenset({"Oppo"})


def test_undoing_an_aspect_by_its_word_still_takes_back_that_aspect_only(session):
    session.ask("phones under $900")
    session.ask("no realme")
    session.ask("at least 8gb ram")
    session.ask("5g please")
    answer = session.ask("undo the ram change")
    assert answer.constraints.spec("ram_gb") is None
    assert answer.constraints.exclude_brands == frozenset({"Realme"})
    assert answer.constraints.needs_5g


# ---- a maker's model, said with its possessive ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phone_id"), [
    ("tecno 的 Spark 20 呢", "tecno-spark-20-128gb"),
    ("三星的 galaxy a55 呢", "samsung-galaxy-a55-128gb"),
    ("what about tecno's spark 20?", "tecno-spark-20-128gb"),
    ("what about the tecno spark 20", "tecno-spark-20-128gb"),
    ("tell me about tecno's spark 20", "tecno-spark-20-128gb"),
])
def test_a_makers_model_said_with_its_possessive_is_that_phone_and_no_brand_filter(session, text, phone_id):
    listed = session.ask("PKR 150000 以内, 8GB 内存以上")
    answer = session.ask(text)
    assert answer.kind == "details"
    assert [p.id for p in answer.focus] == [phone_id]
    assert answer.constraints == listed.constraints


@pytest.mark.parametrize(("text", "brand"), [("tecno 的呢", "Tecno"), ("三星的有吗", "Samsung")])
def test_a_maker_with_its_possessive_and_no_model_still_asks_for_its_phones(session, text, brand):
    session.ask("PKR 150000 以内")
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({brand})


def test_two_makers_models_said_with_their_possessives_are_compared(session):
    listed = session.ask("PKR 150000 以内")
    answer = session.ask("compare tecno's spark 20 and samsung's galaxy a55")
    assert answer.kind == "compare"
    assert [p.id for p in answer.focus] == ["tecno-spark-20-128gb", "samsung-galaxy-a55-128gb"]
    assert answer.constraints == listed.constraints
