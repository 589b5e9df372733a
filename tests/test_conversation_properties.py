"""Random conversations (Hypothesis) over the fixture catalog: the invariants of a conversation hold
whatever the shopper says, in whatever order."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.errors import RequestError
from advisor.explain.reasons import filter_lines
from advisor.ranking.match import matches

FAST = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# What shoppers say across turns: filters, relative words, corrections, loosening, references, topic moves.
CHANGES = ["phones under $800", "only Samsung", "not Samsung", "Samsung is fine actually", "cheaper", "more battery",
           "at least 8GB RAM", "5G", "any brand", "forget the budget", "actually a tablet for my kid first",
           "ok now back to my phone", "预算3000元", "不要小米", "小米其实也可以", "贵一点也行，五千以内", "lightest",
           "cheaper, under $600", "show more expensive ones too, up to $1000", "6.7 inches or bigger",
           "actually I meant at most 6.7 inches", "for gaming", "Android", "回到手机，还是华为", "show more"]
CHANGES += ["hmm actually samsung would be alright", "荣耀还行", "4g would be fine too", "any android tablet, no ipad",
            "now 手机 for me, 3000以内", "more battery, 6000 minimum", "bigger display, 6.7 or more", "重量不管了",
            "no sorry, I meant a phone, not a tablet", "按价格从低到高排一下", "chinese brands are ok, just keep huawei out"]
CHANGES += ["let samsung back in", "don't exclude samsung", "skip the weight", "price is negotiable", "less, 12 is enough",
            "少点也行，256就够", "enough about tablets, my phone again", "平板先不看了，接着看手机", "no ipad please"]
REFERENCES = ["number 2, what's the battery on it?", "第二个详细说说", "why that one?", "the cheapest of these",
              "这几个里最轻的", "compare the first two", "details of #1", "is it 5G?", "它支持5G吗", "number two, more info",
              "why would I pick that one?", "它和第一个比呢", "这几款哪款最便宜", "show me that one's details"]
SOCIAL = ["thanks", "ok", "cool", "好的谢谢", "明白了", "thank you!", "thanks, that's all", "谢啦", "好嘞", "haha ok", "much appreciated",
          "好哒", "👍"]
UNDO = ["undo", "back", "撤销", "go back to the previous list", "撤回刚才的操作", "undo 一下", "还是看刚才那个列表吧"]
TURNS = st.lists(st.sampled_from(CHANGES + REFERENCES + SOCIAL + UNDO), min_size=1, max_size=6)


def _ask(session, text):
    before = session.state
    try:
        return session.ask(text)
    except RequestError as exc:
        # the reply speaks the message's language; nothing else moves, and the error answer shows what is in force
        assert replace(session.state, language=before.language) == before, "a failed turn leaves the state as it was"
        error = session.error_answer(exc)
        assert error.kind == "error" and error.constraints == session.state.constraints
        assert error.filters == filter_lines(session.state)
        return None


def _played(advisor, turns):
    """A session after the shopper said `turns`."""
    session = advisor.session()
    for text in turns:
        _ask(session, text)
    return session


@FAST
@given(TURNS)
def test_every_shown_phone_meets_the_state_in_force(small_advisor, turns):
    session = small_advisor.session()
    for text in turns:
        answer = _ask(session, text)
        if answer is None:
            continue
        assert answer.constraints == session.state.constraints
        if answer.kind == "results" and answer.exact:
            assert all(matches(p.phone, answer.constraints) for p in answer.picks)


@FAST
@given(TURNS, st.sampled_from(CHANGES), st.sampled_from(UNDO))
def test_undo_restores_the_exact_previous_state(small_advisor, turns, change, undo_word):
    session = _played(small_advisor, turns)
    before = session.state
    _ask(session, change)
    if len(session.state.history) == len(before.history) and session.state.search() == before.search():
        return  # the message changed nothing, so undo goes further back
    _ask(session, undo_word)
    assert replace(session.state, language=before.language, shown=before.shown, focus=before.focus) == before


@FAST
@given(TURNS, st.sampled_from(SOCIAL))
def test_a_social_turn_changes_nothing(small_advisor, turns, word):
    session = _played(small_advisor, turns)
    before = session.state
    answer = session.ask(word)
    assert answer.kind == "social" and not answer.picks
    assert replace(session.state, language=before.language) == before


@FAST
@given(TURNS, st.sampled_from(REFERENCES))
def test_a_reference_never_reranks_the_list_it_points_into(small_advisor, turns, reference):
    session = _played(small_advisor, turns)
    before = session.state
    _ask(session, reference)
    after = session.state
    assert (after.search(), after.shown, after.history) == (before.search(), before.shown, before.history)


@FAST
@given(TURNS)
def test_a_detour_to_a_tablet_and_back_restores_the_phone_search(small_advisor, turns):
    session = _played(small_advisor, turns)
    before = session.state
    if before.topic != "phone" or before.turn == 0:
        return  # nothing to come back to
    _ask(session, "actually a tablet for my kid first")
    answer = _ask(session, "ok now back to my phone")
    assert answer is not None and answer.constraints == before.constraints
    assert (session.state.sort, session.state.intents, session.state.taste) == (before.sort, before.intents, before.taste)
