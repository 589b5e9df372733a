"""The claim checker recomputes each explanation claim from the catalog, and real answers make none false."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.errors import AdvisorError
from advisor.explain.answer import Claim
from advisor.explain.claims import ClaimChecker
from advisor.understanding.request import Budget, Constraints
from bench.claims import random_conversation
from tests.helpers import small_catalog

GOOGLE_AND_HUAWEI = Constraints(brands=frozenset({"Google", "Huawei"}))


@pytest.fixture(scope="module")
def checker():
    return ClaimChecker(small_catalog())


def _claim(checker, kind, phone, aspect, constraints, value=None):
    scope = checker.matching_ids(constraints)
    value = checker.catalog.get(phone).spec(aspect) if value is None else value
    return Claim(kind, phone, aspect, value, scope)


def test_the_true_best_battery_among_the_matches_passes(checker):
    scope = [checker.catalog.get(i) for i in checker.matching_ids(GOOGLE_AND_HUAWEI)]
    biggest = max(scope, key=lambda p: p.battery_mah).id
    claim = _claim(checker, "best", biggest, "battery_mah", GOOGLE_AND_HUAWEI)
    assert checker.why_false(claim, GOOGLE_AND_HUAWEI) is None


def test_fastest_is_false_when_another_chip_scores_as_high(checker):
    # Pixel 9 Pro (Tensor G4) and Pura 70 Ultra (Kirin 9010) have the same score in the fixture.
    claim = _claim(checker, "best", "google-pixel-9-pro-128gb", "performance", GOOGLE_AND_HUAWEI)
    assert checker.why_false(claim, GOOGLE_AND_HUAWEI) == "another chip scores as high: huawei-pura-70-ultra-512gb"


def test_worse_than_most_is_false_for_a_value_most_matches_share(checker):
    only_pixels = Constraints(brands=frozenset({"Google"}))  # Pixel 7a 8 GB, 8a 8 GB, 9 Pro 16 GB
    rams = sorted(checker.catalog.get(i).ram_gb for i in checker.matching_ids(only_pixels))
    assert rams == [8.0, 8.0, 16.0]
    claim = _claim(checker, "weak", "google-pixel-8a-128gb", "ram_gb", only_pixels)
    assert checker.why_false(claim, only_pixels) == "1 better of 3: not worse than most"


def test_fits_the_budget_is_false_above_the_budget(checker):
    budget = Constraints(budget=Budget("USD", hi=600))
    claim = Claim("fits_budget", "apple-iphone-16-128gb", "price:USD", 799.0)
    assert checker.why_false(claim, budget) == "799 is outside the budget None..600"


def test_a_match_claim_about_a_phone_outside_the_matches_is_false(checker):
    claim = _claim(checker, "best", "apple-iphone-16-128gb", "battery_mah", GOOGLE_AND_HUAWEI)
    assert checker.why_false(claim, GOOGLE_AND_HUAWEI) == "apple-iphone-16-128gb is not among the phones that match"


def test_a_claim_relative_to_part_of_the_matches_is_false(checker):
    claim = _claim(checker, "best", "google-pixel-9-pro-128gb", "ram_gb", GOOGLE_AND_HUAWEI)
    partial = Claim(claim.kind, claim.phone, claim.aspect, claim.value, frozenset({"google-pixel-9-pro-128gb",
                                                                                   "google-pixel-7a-128gb"}))
    assert checker.why_false(partial, GOOGLE_AND_HUAWEI).startswith("scope has 2 phones")


def test_a_wrong_difference_is_false(checker):
    claim = Claim("diff", "google-pixel-9-pro-128gb", "ram_gb", 4.0, frozenset({"google-pixel-8a-128gb"}))
    assert checker.why_false(claim, Constraints()) == "ram_gb difference is 8.0, not 4.0"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_random_conversations_make_no_false_claim(small_advisor, rng):
    checker = ClaimChecker(small_advisor.catalog)
    language, messages = random_conversation(rng, small_advisor.catalog)
    session = small_advisor.session()
    for message in messages:
        try:
            answer = session.ask(message, language)
        except AdvisorError:
            continue  # a clear message ("no phones on screen yet"), not an answer with claims
        assert [(message, f.text, f.why) for f in checker.false_claims(answer)] == []
        unclaimed = [r.text for p in answer.picks for r in p.reasons if r.kind in ("pro", "con") and r.claim is None]
        assert unclaimed == []
