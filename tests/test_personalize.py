"""Personalization reorders matches by history and never breaks a constraint."""

import pytest

from advisor.ranking.match import matches
from advisor.ranking.personalize import Profile


def ranked_ids(advisor, text, profile=None):
    session = advisor.session(profile=profile)
    answer = session.ask(text)
    return [p.phone.id for p in answer.picks], answer


def test_new_shopper_gets_the_unpersonalized_ranking(small_advisor):
    plain, _ = ranked_ids(small_advisor, "phones under $500")
    cold, _ = ranked_ids(small_advisor, "phones under $500", Profile())
    assert plain == cold


def test_disliked_phone_sinks(small_advisor):
    plain, _ = ranked_ids(small_advisor, "phones under $500")
    after, _ = ranked_ids(small_advisor, "phones under $500", Profile(disliked=(plain[0],)))
    assert after[0] != plain[0]


def test_other_variants_of_a_disliked_family_sink_too(small_advisor):
    session = small_advisor.session(profile=Profile(disliked=("apple-iphone-16-256gb",)))
    answer = session.ask("Apple phones")
    assert answer.picks[0].phone.family != "iPhone 16"


def _full_ranking(advisor, text, profile=None):
    session = advisor.session(profile=profile)
    answer = session.ask(text)
    return [r.phone.id for r in session.ranking().matches], answer


def test_phones_similar_to_a_liked_one_rise_and_say_why(small_advisor):
    plain, _ = _full_ranking(small_advisor, "phones under $700")
    liked = "google-pixel-7a-128gb"
    after, answer = _full_ranking(small_advisor, "phones under $700", Profile(liked=(liked,)))
    assert after.index(liked) < plain.index(liked)
    reasons = [r.text for p in answer.picks for r in p.reasons if r.kind == "personal"]
    assert any("because you liked the Google Pixel 7a 128GB" in r for r in reasons)


def test_history_never_brings_in_a_phone_that_breaks_a_filter(small_advisor):
    profile = Profile(liked=("samsung-galaxy-s24-ultra-256gb",))
    _, answer = ranked_ids(small_advisor, "phones under $300", profile)
    assert answer.picks and all(matches(p.phone, answer.constraints) for p in answer.picks)
    assert "samsung-galaxy-s24-ultra-256gb" not in [p.phone.id for p in answer.picks]


def test_phones_no_longer_in_the_catalog_are_ignored(small_advisor):
    plain, _ = ranked_ids(small_advisor, "phones under $500")
    after, _ = ranked_ids(small_advisor, "phones under $500", Profile(liked=("gone-phone",)))
    assert after == plain


@pytest.mark.parametrize("lang_text", ["预算3000元"])
def test_personal_reason_is_in_the_shoppers_language(small_advisor, lang_text):
    session = small_advisor.session(profile=Profile(liked=("xiaomi-redmi-note-13-128gb",)))
    answer = session.ask(lang_text)
    texts = [r.text for p in answer.picks for r in p.reasons if r.kind == "personal"]
    assert texts and all("因为你喜欢" in t for t in texts)
