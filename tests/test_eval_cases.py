"""The development evaluation set (data/eval_dev.jsonl) is well formed and its gold sets are sane.

Gold predicates are checked against the committed catalog: a satisfiable case must leave a good
advisor several model families to choose from, an impossible one must leave none. The gold keys are
checked by name too, because `satisfies` ignores keys it does not know (a typo would loosen a gold).
"""

from __future__ import annotations

from collections import Counter

import pytest

from advisor.catalog.model import DEVICES, MARKETS, NUMERIC_SPECS, Catalog, load_catalog
from advisor.evaluation import load_cases
from advisor.evaluation.cases import DEFAULT_CASES, DEV_KINDS, EvalCase, satisfies
from tests.helpers import DATA

MIN_PER_KIND = {"explicit": 30, "explicit_zh": 20, "multi_turn": 20, "vague": 15, "impossible": 15}
MIN_FAMILIES = 3
GOLD_KEYS = {"price", "brand", "not_brand", "device", "spec", "chipset", "min_tier", "5g"}
ORDER_KEYS = {f"price:{m}" for m in MARKETS} | set(NUMERIC_SPECS) | {"performance"}
UNSUPPORTED_FEATURES = {"wireless charging", "IP68", "headphone jack", "eSIM", "stylus", "expandable storage",
                        "NFC", "refresh rate", "fast charging"}

CASES = load_cases(DEFAULT_CASES)
SATISFIABLE = [c for c in CASES if not c.impossible]
IMPOSSIBLE = [c for c in CASES if c.impossible]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The committed catalog, with chipset tiers (min_tier golds need them)."""
    return load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")


def matching_families(catalog: Catalog, case: EvalCase) -> set[str]:
    return {p.family for p in catalog if satisfies(p, case.gold)}


def test_every_nonblank_line_is_a_case():
    lines = [line for line in DEFAULT_CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(CASES) == len(lines)


def test_case_ids_are_unique():
    repeated = [i for i, n in Counter(c.id for c in CASES).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("kind", DEV_KINDS)
def test_each_kind_has_its_minimum_number_of_cases(kind):
    assert sum(c.kind == kind for c in CASES) >= MIN_PER_KIND[kind]


def test_impossible_kind_has_enough_truly_impossible_requests():
    assert sum(c.kind == "impossible" and c.impossible for c in CASES) >= MIN_PER_KIND["impossible"]


def test_multi_turn_cases_have_two_to_four_turns():
    assert all(2 <= len(c.turns) <= 4 for c in CASES if c.kind == "multi_turn")


def test_every_turn_is_nonempty_text():
    assert all(isinstance(t, str) and t.strip() for c in CASES for t in c.turns)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_gold_uses_only_known_keys_and_values(case, catalog):
    gold = case.gold
    assert set(gold) <= GOLD_KEYS
    assert set(gold.get("price", {})) <= set(MARKETS)
    assert set(gold.get("spec", {})) <= set(NUMERIC_SPECS)
    assert all(len(bound) == 2 for bound in [*gold.get("price", {}).values(), *gold.get("spec", {}).values()])
    assert set(gold.get("device", ())) <= set(DEVICES)
    assert set(gold.get("brand", ())) | set(gold.get("not_brand", ())) <= set(catalog.brands)


@pytest.mark.parametrize("case", [c for c in CASES if c.order], ids=lambda c: c.id)
def test_order_names_a_sortable_key(case):
    assert case.order["key"] in ORDER_KEYS
    assert isinstance(case.order.get("desc", False), bool)


@pytest.mark.parametrize("case", [c for c in CASES if c.unsupported], ids=lambda c: c.id)
def test_unsupported_features_use_the_english_feature_names(case):
    assert set(case.unsupported) <= UNSUPPORTED_FEATURES


@pytest.mark.parametrize("case", SATISFIABLE, ids=lambda c: c.id)
def test_satisfiable_gold_matches_several_families(case, catalog):
    assert len(matching_families(catalog, case)) >= MIN_FAMILIES


@pytest.mark.parametrize("case", IMPOSSIBLE, ids=lambda c: c.id)
def test_impossible_gold_matches_nothing(case, catalog):
    assert matching_families(catalog, case) == set()
