"""Ranking: only matches are presented, superlatives cover the whole catalog, variants are grouped."""

import pytest

from advisor.catalog import MARKETS
from advisor.dialogue import DialogueState
from advisor.intents import Percentiles
from advisor.match import matches
from advisor.rank import rank
from advisor.request import Bound, Budget, Constraints, Sort
from tests.helpers import small_catalog


@pytest.fixture(scope="module")
def catalog():
    return small_catalog()


@pytest.fixture(scope="module")
def pct(catalog):
    return Percentiles(catalog, MARKETS)


def test_every_ranked_phone_satisfies_the_constraints(catalog, pct):
    c = Constraints(budget=Budget("USD", hi=500), specs=(("battery_mah", Bound(lo=5000)),))
    result = rank(DialogueState(constraints=c), catalog, pct)
    assert result.matches and all(matches(r.phone, c) for r in result.matches)


def test_cheapest_is_answered_over_the_whole_catalog(catalog, pct):
    result = rank(DialogueState(sort=Sort("price", False)), catalog, pct)
    phones = [p for p in catalog if p.device != "tablet" and p.price("USD") is not None]
    assert result.matches[0].phone.price("USD") == min(p.price("USD") for p in phones)


def test_lightest_orders_by_weight(catalog, pct):
    result = rank(DialogueState(sort=Sort("weight_g", False)), catalog, pct)
    weights = [r.phone.weight_g for r in result.matches]
    assert weights == sorted(weights)


def test_one_entry_per_family_showing_the_variant_that_fits_the_budget(catalog, pct):
    c = Constraints(budget=Budget("USD", hi=850), brands=frozenset({"Apple"}))
    result = rank(DialogueState(constraints=c), catalog, pct)
    families = [r.phone.family for r in result.matches]
    assert len(families) == len(set(families))
    iphone16 = next(r for r in result.matches if r.phone.family == "iPhone 16")
    assert iphone16.phone.storage_gb == 128


def test_cheapest_variant_is_shown_with_the_others_listed(catalog, pct):
    result = rank(DialogueState(constraints=Constraints(brands=frozenset({"Apple"}))), catalog, pct)
    iphone16 = next(r for r in result.matches if r.phone.family == "iPhone 16")
    assert iphone16.phone.id == "apple-iphone-16-128gb"
    assert iphone16.variants == ("apple-iphone-16-256gb",)


def test_gaming_intent_prefers_fast_chips(catalog, pct):
    result = rank(DialogueState(intents=("gaming",)), catalog, pct)
    assert result.matches[0].phone.chipset_tier == 5


def test_compact_intent_prefers_small_screens(catalog, pct):
    result = rank(DialogueState(intents=("compact",)), catalog, pct)
    assert result.matches[0].phone.screen_in <= 5.4


def test_no_match_offers_alternatives_ordered_by_how_little_they_break(catalog, pct):
    c = Constraints(budget=Budget("USD", hi=600), brands=frozenset({"Apple"}), specs=(("front_camera_mp", Bound(lo=12)), ("screen_in", Bound(hi=5.5))))
    result = rank(DialogueState(constraints=c), catalog, pct)
    assert not result.matches
    first = result.alternatives[0]
    assert first.phone.family == "iPhone 12 mini"
    assert [v.slot for v in first.violations] == ["budget"] and first.violations[0].amount == 99


def test_alternatives_never_include_an_excluded_brand(catalog, pct):
    c = Constraints(exclude_brands=frozenset({"Apple"}), specs=(("screen_in", Bound(hi=5.0)),))
    result = rank(DialogueState(constraints=c), catalog, pct)
    assert result.alternatives and all(r.phone.brand != "Apple" for r in result.alternatives)


def test_semantic_scores_reorder_matches_when_taste_text_is_given(catalog, pct):
    target = catalog.position("sony-xperia-10-v-128gb")

    def semantic(text, positions):
        return {i: (1.0 if i == target else 0.0) for i in positions}

    state = DialogueState(taste="a sony", constraints=Constraints(budget=Budget("USD", hi=460, lo=440)))
    result = rank(state, catalog, pct, semantic)
    assert result.matches[0].phone.brand == "Sony"
