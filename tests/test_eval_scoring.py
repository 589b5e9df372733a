"""Extensional scoring: two constraint states are equal when they admit the same catalog phones;
and the paraphrase sets (development and the four sealed ones) are well formed."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from advisor.catalog.model import MARKETS, load_catalog
from advisor.evaluation.cases import (
    DEFAULT_CASES,
    PARAPHRASE_CASES,
    PARAPHRASE_KINDS,
    SEALED2_PARAPHRASE_CASES,
    SEALED2_PARAPHRASE_KINDS,
    SEALED3_PARAPHRASE_CASES,
    SEALED3_PARAPHRASE_KINDS,
    SEALED4_PARAPHRASE_CASES,
    SEALED4_PARAPHRASE_KINDS,
    SEALED_PARAPHRASE_CASES,
    SEALED_PARAPHRASE_KINDS,
    load_cases,
    satisfies,
)
from advisor.evaluation.generator_score import Judge, gold_slots, order_right
from advisor.understanding.request import Bound, Budget, Constraints, Sort
from tests.helpers import DATA

GOLD_KEYS = {"price", "brand", "not_brand", "device", "spec", "chipset", "5g", "not_chipset", "not_series", "series",
             "model_has", "chip_at_least", "chip_above", "any_of"}
CASE_KEYS = {"id", "kind", "turns", "gold", "order", "impossible", "unsupported", "noted", "loose", "answer",
             "intents"}


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(load_catalog(DATA / "phones.csv", DATA / "chipsets.csv"))


def test_android_platform_equals_not_apple(judge):
    assert judge.same(Constraints(platform="android"), {"not_brand": ["Apple"]})


def test_no_constraint_equals_the_empty_gold(judge):
    assert judge.same(Constraints(), {})


def test_budget_equals_the_same_price_bounds(judge):
    assert judge.same(Constraints(budget=Budget("USD", None, 400)), {"price": {"USD": [None, 400]}})


def test_a_different_brand_is_unequal(judge):
    assert not judge.same(Constraints(brands=frozenset({"Samsung"})), {"brand": ["Apple"]})


def test_a_reversed_bound_is_unequal(judge):
    reversed_weight = Constraints(specs=(("weight_g", Bound(170, None)),))
    assert not judge.same(reversed_weight, {"spec": {"weight_g": [None, 170]}})


def test_slot_results_name_the_wrong_slot(judge):
    c = Constraints(budget=Budget("USD", None, 400), brands=frozenset({"Huawei"}))
    results = judge.slot_results(c, {"price": {"USD": [None, 400]}, "not_brand": ["Huawei"]})
    assert results == {"budget": True, "brand": False}


def test_a_constraint_the_gold_never_asked_for_is_spurious(judge):
    c = Constraints(budget=Budget("USD", None, 400), specs=(("main_camera_mp", Bound(50, None)),))
    results = judge.slot_results(c, {"price": {"USD": [None, 400]}})
    assert results == {"budget": True, "spurious:spec:main_camera_mp": False}


def test_a_budget_slot_is_judged_on_every_device(judge):
    c = Constraints(budget=Budget("INR", None, 20000), devices=frozenset({"tablet"}))
    gold = {"price": {"INR": [None, 20000]}, "device": ["tablet"]}
    assert judge.slot_results(c, gold) == {"budget": True, "device": True}


def test_loose_slots_are_left_out(judge):
    assert judge.same_except(Constraints(budget=Budget("USD", None, 300)), {}, loose=("budget",))


def test_order_compares_key_and_direction_not_market():
    assert order_right({"key": "price:CNY", "desc": False}, Sort("price", False)) is True
    assert order_right({"key": "weight_g", "desc": True}, Sort("weight_g", False)) is False
    assert order_right(None, Sort("weight_g", False)) is None


def test_gold_slots_of_a_chip_comparison_is_the_chip_score_spec():
    assert gold_slots({"chip_at_least": "Snapdragon 8 Gen 2", "5g": True}) == ("5g", "spec:chip_score")


PARAPHRASES = load_cases(PARAPHRASE_CASES)
SEALED = load_cases(SEALED_PARAPHRASE_CASES)
SEALED2 = load_cases(SEALED2_PARAPHRASE_CASES)
SEALED3 = load_cases(SEALED3_PARAPHRASE_CASES)
SEALED4 = load_cases(SEALED4_PARAPHRASE_CASES)
FILES = {"paraphrases": PARAPHRASE_CASES, "sealed": SEALED_PARAPHRASE_CASES, "sealed2": SEALED2_PARAPHRASE_CASES,
         "sealed3": SEALED3_PARAPHRASE_CASES, "sealed4": SEALED4_PARAPHRASE_CASES}
SETS = {"paraphrases": PARAPHRASES, "sealed": SEALED, "sealed2": SEALED2, "sealed3": SEALED3, "sealed4": SEALED4}
SEALED_SETS = {"sealed": (SEALED, SEALED_PARAPHRASE_KINDS), "sealed2": (SEALED2, SEALED2_PARAPHRASE_KINDS),
               "sealed3": (SEALED3, SEALED3_PARAPHRASE_KINDS), "sealed4": (SEALED4, SEALED4_PARAPHRASE_KINDS)}
"""Each sealed set with its kinds: English, Chinese, mixed."""


@pytest.mark.parametrize("name", FILES)
def test_every_paraphrase_line_is_a_json_case_with_known_keys(name):
    for line in FILES[name].read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) <= CASE_KEYS and set(raw["gold"]) <= GOLD_KEYS, raw["id"]


@pytest.mark.parametrize("name", FILES)
def test_an_ordering_by_price_names_the_market_its_prices_are_read_in(name):
    keys = [(c.id, c.order["key"]) for c in SETS[name] if c.order]
    assert [(i, key) for i, key in keys if key == "price" or (key.startswith("price:") and key[6:] not in MARKETS)] == []


def test_paraphrase_ids_are_unique_across_all_sets():
    assert [i for i, n in Counter(c.id for c in PARAPHRASES + SEALED + SEALED2 + SEALED3 + SEALED4).items() if n > 1] == []


def test_the_sealed_set_has_sixty_english_sixty_chinese_and_some_mixed_single_requests():
    kinds = Counter(c.kind for c in SEALED)
    assert set(kinds) == set(SEALED_PARAPHRASE_KINDS)
    assert kinds["sealed"] >= 60 and kinds["sealed_zh"] >= 60 and kinds["sealed_mixed"] >= 5
    assert all(len(c.turns) == 1 for c in SEALED)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_second_sealed_set_has_fifty_english_fifty_chinese_some_traditional_and_twenty_mixed_requests():
    from opencc import OpenCC

    kinds = Counter(c.kind for c in SEALED2)
    assert set(kinds) == set(SEALED2_PARAPHRASE_KINDS)
    assert kinds["sealed2"] >= 50 and kinds["sealed2_zh"] >= 50 and kinds["sealed2_mixed"] >= 20
    assert all(len(c.turns) == 1 for c in SEALED2)
    to_simplified = OpenCC("t2s").convert
    traditional = [c.id for c in SEALED2 if c.kind == "sealed2_zh" and to_simplified(c.turns[0]) != c.turns[0]]
    assert len(traditional) >= 10


def test_the_third_sealed_set_has_sixty_english_sixty_chinese_fifteen_traditional_and_thirty_mixed_requests():
    from opencc import OpenCC

    kinds = Counter(c.kind for c in SEALED3)
    assert kinds == {"sealed3": 60, "sealed3_zh": 60, "sealed3_mixed": 30}
    assert all(len(c.turns) == 1 for c in SEALED3)
    to_simplified = OpenCC("t2s").convert
    traditional = [c.id for c in SEALED3 if c.kind == "sealed3_zh" and to_simplified(c.turns[0]) != c.turns[0]]
    assert len(traditional) >= 15


def test_the_fourth_sealed_set_has_sixty_english_sixty_chinese_fifteen_traditional_and_thirty_mixed_requests():
    from opencc import OpenCC

    kinds = Counter(c.kind for c in SEALED4)
    assert kinds == {"sealed4": 60, "sealed4_zh": 60, "sealed4_mixed": 30}
    assert all(len(c.turns) == 1 for c in SEALED4)
    to_simplified = OpenCC("t2s").convert
    traditional = [c.id for c in SEALED4 if c.kind == "sealed4_zh" and to_simplified(c.turns[0]) != c.turns[0]]
    assert len(traditional) >= 15


@pytest.mark.parametrize("name", SEALED_SETS)
def test_sealed_kinds_match_the_language_of_their_text(name):
    """English requests have no Chinese, Chinese ones have Chinese, mixed ones have Chinese and English words."""
    cases, (english, _, mixed) = SEALED_SETS[name]
    wrong = [c.id for c in cases
             if (c.kind == english) == _has_chinese(c.turns[0])
             or (c.kind == mixed and not any(w.isascii() and w.isalpha() for w in c.turns[0].split()))]
    assert wrong == []


@pytest.mark.parametrize("name", SEALED_SETS)
def test_sealed_ids_are_marked_with_their_set(name):
    assert [c.id for c in SEALED_SETS[name][0] if not c.id.startswith(f"{name}-")] == []


def test_sealed_requests_are_worded_anew():
    seen = {t.casefold() for c in load_cases(DEFAULT_CASES) + PARAPHRASES for t in c.turns}
    assert [c.id for c in SEALED if c.turns[0].casefold() in seen] == []


def test_second_sealed_requests_are_worded_anew():
    """Not a wording of the development sets nor of the first sealed set."""
    seen = {t.casefold() for c in load_cases(DEFAULT_CASES) + PARAPHRASES + SEALED for t in c.turns}
    assert [c.id for c in SEALED2 if c.turns[0].casefold() in seen] == []


def test_third_sealed_requests_are_worded_anew():
    """Not a wording of the development sets nor of the first two sealed sets, and no wording said twice."""
    seen = {t.casefold() for c in load_cases(DEFAULT_CASES) + PARAPHRASES + SEALED + SEALED2 for t in c.turns}
    assert [c.id for c in SEALED3 if c.turns[0].casefold() in seen] == []
    assert [t for t, n in Counter(c.turns[0].casefold() for c in SEALED3).items() if n > 1] == []


def test_fourth_sealed_requests_are_worded_anew():
    """Not a wording of the development sets nor of the first three sealed sets, and no wording said twice."""
    seen = {t.casefold() for c in load_cases(DEFAULT_CASES) + PARAPHRASES + SEALED + SEALED2 + SEALED3 for t in c.turns}
    assert [c.id for c in SEALED4 if c.turns[0].casefold() in seen] == []
    assert [t for t, n in Counter(c.turns[0].casefold() for c in SEALED4).items() if n > 1] == []


@pytest.mark.parametrize("name", ("sealed3", "sealed4"))
def test_every_third_and_fourth_sealed_constraint_changes_the_admitted_phones(judge, name):
    """A gold key that admits the same phones with or without it would be scored as said when it was not read."""
    def admitted(gold):
        return {p.id for p in judge.phones if satisfies(p, gold)}

    idle = [(c.id, key) for c in SETS[name] for key in c.gold
            if admitted({k: v for k, v in c.gold.items() if k != key}) == admitted(c.gold)]
    assert idle == []


@pytest.mark.parametrize("name", SEALED_SETS)
def test_sealed_golds_name_only_known_vague_needs_and_answer_kinds(name):
    from advisor.understanding.request import INTENTS

    cases = SEALED_SETS[name][0]
    assert {i for c in cases for i in c.intents} <= set(INTENTS)
    assert {c.answer for c in cases if c.answer} <= {"compare"}


def test_paraphrase_set_has_its_sizes():
    kinds = Counter(c.kind for c in PARAPHRASES)
    assert set(kinds) == set(PARAPHRASE_KINDS)
    assert kinds["paraphrase"] + kinds["paraphrase_zh"] >= 300
    assert kinds["paraphrase_zh"] >= 140
    assert kinds["paraphrase_multi"] >= 40


def test_multi_turn_paraphrases_have_two_to_five_turns():
    assert all(2 <= len(c.turns) <= 5 for c in PARAPHRASES if c.kind == "paraphrase_multi")


@pytest.mark.parametrize("name", SETS)
def test_every_paraphrase_gold_admits_a_catalog_phone(judge, name):
    unsatisfiable = [c.id for c in SETS[name] if not any(satisfies(p, c.gold) for p in judge.phones)]
    assert unsatisfiable == []


@pytest.mark.parametrize("name", SEALED_SETS)
def test_every_sealed_gold_leaves_several_models(judge, name):
    """A gold that admits one or two models would measure the catalog, not the understanding."""
    narrow = [c.id for c in SEALED_SETS[name][0]
              if len({p.family for p in judge.phones if satisfies(p, c.gold)}) < 3]
    assert narrow == []


def test_heldout_failure_listing_counts_slots_without_texts():
    from advisor.evaluation.generator_score import SlotTally, failure_counts, generated_table

    tally = SlotTally()
    tally.add("gen-heldout-en-0", "secret wording under 300 bucks", False, {"budget": False, "brand": True})
    tally.add("gen-heldout-en-1", "another secret wording", True, {"budget": True})
    printed = failure_counts(tally) + generated_table("held-out", {"en": tally})
    assert failure_counts(tally) == "budget 1"
    assert "secret" not in printed


def test_generated_figures_split_clean_requests_from_each_kind_of_noise():
    from advisor.evaluation.generator_score import SlotTally, noise_rates

    tally = SlotTally()
    tally.add("gen-heldout-zh-0", "預算三千", False, {"budget": False}, ("traditional",))
    tally.add("gen-heldout-zh-1", "预算三千", True, {"budget": True})
    tally.add("gen-heldout-zh-2", "预算两千", True, {"budget": True})
    assert noise_rates(tally) == "clean 1.000 (n 2), traditional 0.000 (n 1)"


def test_a_typo_copy_of_a_case_misspells_one_word_of_its_last_turn_only():
    from advisor.evaluation.cases import EvalCase
    from advisor.evaluation.understanding import with_typos

    case = EvalCase("en-1", "paraphrase", ("samsung phones please", "cheaper than that"), {"brand": ["Samsung"]})
    (slipped,) = with_typos([case], seed=1)
    assert slipped.turns[0] == case.turns[0]
    assert [a == b for a, b in zip(slipped.turns[1].split(), case.turns[1].split())].count(False) == 1


def test_a_case_without_a_long_latin_word_gets_no_typo_copy():
    from advisor.evaluation.cases import EvalCase
    from advisor.evaluation.understanding import with_typos

    assert with_typos([EvalCase("zh-1", "paraphrase_zh", ("预算三千",), {"price": {"CNY": [None, 3000]}})]) == []
