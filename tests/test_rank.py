"""Ranking: only matches are presented, superlatives cover the whole catalog, variants are grouped."""

import pytest

from advisor.catalog.model import MARKETS
from advisor.dialogue.state import DialogueState
from advisor.ranking.aspects import INTENT_ASPECTS, Percentiles
from advisor.ranking.match import matches
from advisor.ranking.rank import rank
from advisor.understanding.request import Bound, Budget, Constraints, Sort
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


def _catalog(*phones):
    from advisor.catalog.model import Catalog

    return Catalog(phones, "test")


def _old_and_new():
    from tests.helpers import make_phone

    old = make_phone(id="old-mini", family="Old Mini", year=2016, ram_gb=2.0, screen_in=4.7, weight_g=130.0,
                     chip_score=600.0, prices={"USD": 99.0})
    new = make_phone(id="new-small", family="New Small", year=2024, ram_gb=8.0, screen_in=6.1, weight_g=165.0,
                     chip_score=3000.0, prices={"USD": 599.0})
    big = make_phone(id="new-big", family="New Big", year=2024, ram_gb=8.0, screen_in=6.8, weight_g=210.0,
                     chip_score=3000.0, prices={"USD": 399.0})
    return _catalog(old, new, big)


def test_a_vague_need_recommends_a_phone_of_today_over_a_small_old_one():
    catalog = _old_and_new()
    result = rank(DialogueState(intents=("compact",)), catalog, Percentiles(catalog, MARKETS))
    assert [r.phone.id for r in result.matches] == ["new-small", "new-big", "old-mini"]


def test_a_launch_year_bound_lets_an_old_phone_lead_a_vague_need():
    catalog = _old_and_new()
    state = DialogueState(intents=("compact",), constraints=Constraints(specs=(("year", Bound(lo=2014)),)))
    result = rank(state, catalog, Percentiles(catalog, MARKETS))
    assert result.matches[0].phone.id == "old-mini"


def test_cheapest_stays_strict_without_a_need():
    catalog = _old_and_new()
    result = rank(DialogueState(sort=Sort("price", False)), catalog, Percentiles(catalog, MARKETS))
    assert [r.phone.id for r in result.matches] == ["old-mini", "new-big", "new-small"]


def test_cheap_for_gaming_is_cheap_among_phones_that_can_game(catalog, pct):
    result = rank(DialogueState(sort=Sort("price", False), intents=("gaming",)), catalog, pct)
    from advisor.ranking.rank import INTENT_CHIP_FLOORS

    gamers = [r for r in result.matches if (r.phone.chip_score or 0) >= INTENT_CHIP_FLOORS["gaming"]]
    assert gamers and result.matches[:len(gamers)] == tuple(gamers)
    prices = [r.phone.price("USD") for r in gamers]
    assert prices == sorted(prices, key=lambda p: (p is None, p or 0))


def test_floors_reorder_the_matches_and_never_drop_one(catalog, pct):
    c = Constraints(budget=Budget("USD", hi=700))
    plain = rank(DialogueState(constraints=c, sort=Sort("price", False)), catalog, pct)
    vague = rank(DialogueState(constraints=c, intents=("gaming", "compact")), catalog, pct)
    assert {r.phone.family for r in vague.matches} == {r.phone.family for r in plain.matches}


def test_a_need_the_rules_read_is_ranked_by_its_aspects_alone(small_advisor):
    """The encoder does not judge a need the rules read a second time by its own notion of it."""
    session = small_advisor.session()
    session.ask("compact phone that fits in my pocket")
    pct = small_advisor.resources.percentiles
    ranked = session.ranking().matches
    assert [r.score for r in ranked] == pytest.approx([pct.score(r.phone, INTENT_ASPECTS["compact"], "USD")
                                                      for r in ranked])


def test_variants_tied_on_price_and_score_show_the_one_first_in_the_catalog():
    from tests.helpers import make_phone

    second, first = (make_phone(id=i, family="Twin", prices={"USD": 299.0}) for i in ("twin-a", "twin-b"))
    result = rank(DialogueState(), _catalog(first, second), Percentiles(_catalog(first, second), MARKETS))
    assert [(r.phone.id, r.variants) for r in result.matches] == [("twin-b", ("twin-a",))]


def test_a_variant_without_a_price_in_the_market_is_shown_only_when_no_variant_has_one():
    from tests.helpers import make_phone

    unpriced = make_phone(id="fam-unpriced", family="Fam", prices={"INR": 9999.0})
    priced = make_phone(id="fam-priced", family="Fam", prices={"USD": 799.0})
    catalog = _catalog(unpriced, priced)
    result = rank(DialogueState(), catalog, Percentiles(catalog, MARKETS))
    assert result.matches[0].phone.id == "fam-priced"
