"""The request generator: deterministic, satisfiable, and its two grammar splits share no phrasing."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from advisor.catalog.model import NUMERIC_SPECS, Catalog, load_catalog
from advisor.evaluation import generator_dev
from advisor.evaluation.cases import satisfies
from advisor.evaluation.generator import HELDOUT_SPLITS, LANGUAGES, SPLIT_LABELS, SPLITS, generate
from advisor.evaluation.generator_lexicon import WORDS
from advisor.evaluation.generator_text import full_width, typo, zh_numeral
from tests.helpers import DATA, REPO

GOLD_KEYS = {"price", "brand", "not_brand", "device", "spec", "chipset", "5g", "not_chipset", "not_series",
             "chip_at_least", "any_of"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_same_seed_gives_the_same_requests(catalog, split, language):
    first = generate(catalog, 40, language, split, seed=3)
    again = generate(catalog, 40, language, split, seed=3)
    assert [(c.text, c.gold, c.order) for c in first] == [(c.text, c.gold, c.order) for c in again]


def test_another_seed_gives_other_requests(catalog):
    texts = {c.text for c in generate(catalog, 40, "en", "dev", seed=1)}
    others = {c.text for c in generate(catalog, 40, "en", "dev", seed=2)}
    assert len(texts & others) < 10


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gold_admits_a_catalog_phone(catalog, split, language):
    for case in generate(catalog, 60, language, split, seed=5):
        assert any(satisfies(p, case.gold) for p in catalog), case.text


@pytest.mark.parametrize("split", SPLITS)
def test_golds_use_only_known_keys(catalog, split):
    for case in generate(catalog, 60, "zh", split, seed=7):
        assert set(case.gold) <= GOLD_KEYS
        for alt in case.gold.get("any_of", ()):
            assert set(alt) <= GOLD_KEYS


PAIRS = list(combinations(SPLITS, 2))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("split", SPLITS)
def test_every_split_has_templates_for_every_part_and_adds_only_spec_specific_ones(language, split):
    """Each split covers the development grammar's parts; beyond them it may only add a bound of one spec
    ("spec_lo:ram_gb"), which the generator uses for that spec half the time instead of the generic bound."""
    kinds = set(SPLITS[split].TEMPLATES[language])
    assert set(generator_dev.TEMPLATES[language]) <= kinds
    assert {k for k in kinds - set(generator_dev.TEMPLATES[language])
            if k.partition(":")[0] not in ("spec_lo", "spec_hi") or k.partition(":")[2] not in NUMERIC_SPECS} == set()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("one", "other"), PAIRS)
def test_template_splits_are_disjoint(language, one, other):
    theirs = {t for ts in SPLITS[other].TEMPLATES[language].values() for t in ts}
    assert _places(SPLITS[one].TEMPLATES[language], theirs) == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("one", "other"), PAIRS)
def test_variants_of_shared_names_and_words_are_disjoint_between_splits(language, one, other):
    """A split's other spellings of a brand, chip or series, and of a word all splits share, are its own. Joiners,
    money forms, units and sort words have no shared wording: each split says them its own common way, and
    forcing the eighth grammar's writer off every common form ("{n} dollars") made text no shopper writes."""
    a, b = SPLITS[one].LEXICON[language], SPLITS[other].LEXICON[language]
    shared = [(key, i) for key in set(a) & set(b) if _has_a_shared_wording(language, key)
              for i, word in enumerate(a[key]) if word and word in b[key]]
    assert shared == []  # places only, never the words (see _places)


def _has_a_shared_wording(language: str, key: str) -> bool:
    return key.partition(":")[0] in ("brand", "chip", "series") or bool(WORDS[language].get(key))


def _places(own: dict, theirs: set) -> list[tuple[str, int]]:
    """Where (part, position) `own` holds a string of `theirs`. A failure names places, never the strings: one
    side may be a held-out or sealed part, and printing its wording would show it to whoever fixes the parser."""
    return [(part, i) for part, strings in own.items() for i, s in enumerate(strings) if s in theirs]


def test_no_parser_code_reads_the_heldout_grammar():
    parser_files = sorted((REPO / "advisor" / "understanding").glob("*.py"))
    assert parser_files
    assert [f.name for f in parser_files if "heldout" in f.read_text(encoding="utf-8")] == []


def test_only_evaluation_code_names_the_sealed_material():
    """Parser, dialogue, ranking and explanation modules never open the sealed grammar or sealed data files;
    only the evaluation package and the command that prints its figures do."""
    evaluation = REPO / "advisor" / "evaluation"
    outside = [f for f in (REPO / "advisor").rglob("*.py")
               if evaluation not in f.parents and f != REPO / "advisor" / "cli" / "measure.py"]
    assert [str(f.relative_to(REPO)) for f in outside if "sealed" in f.read_text(encoding="utf-8")] == []


LATER_STRANGERS = ("heldout_sealed", "heldout_blind", "heldout_blind2", "heldout_blind3", "heldout_blind4", "heldout_blind5",
                   "heldout_blind6", "heldout_blind7", "heldout_blind8", "heldout_blind9", "heldout_blind10",
                   "heldout_blind11", "heldout_blind12", "heldout_blind13", "heldout_blind14", "heldout_blind15",
                   "heldout_blind16")
"""Held-out grammars written later by strangers to the parser, with more templates per part than the first ones."""


@pytest.mark.parametrize("language", LANGUAGES)
# the blind grammars, later strangers' with more templates per part, are not a bar the sealed one must reach
@pytest.mark.parametrize("other", [s for s in HELDOUT_SPLITS if s not in LATER_STRANGERS])
def test_the_sealed_grammar_has_as_many_templates_per_part_as_each_other_heldout_part(language, other):
    sealed, them = SPLITS["heldout_sealed"].TEMPLATES[language], SPLITS[other].TEMPLATES[language]
    assert {kind: (len(sealed[kind]), len(ts)) for kind, ts in them.items() if len(sealed[kind]) < len(ts)} == {}


BLIND_PARTS = ("heldout_blind2", "heldout_blind3", "heldout_blind4", "heldout_blind5", "heldout_blind6", "heldout_blind7",
               "heldout_blind8", "heldout_blind9", "heldout_blind10", "heldout_blind11", "heldout_blind12",
               "heldout_blind13", "heldout_blind14", "heldout_blind15", "heldout_blind16")
"""The numbered blind grammars, oldest first: each was written to be at least as rich as every held-out part before it."""


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("newer", "older"), [(b, s) for b in BLIND_PARTS for s in HELDOUT_SPLITS
                                              if s not in BLIND_PARTS[BLIND_PARTS.index(b):]])
def test_each_blind_grammar_has_as_many_templates_per_part_as_each_older_heldout_part(language, newer, older):
    mine, them = SPLITS[newer].TEMPLATES[language], SPLITS[older].TEMPLATES[language]
    assert {kind: (len(mine[kind]), len(ts)) for kind, ts in them.items() if len(mine[kind]) < len(ts)} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_newest_untouched_grammar_has_enough_templates(language):
    assert sum(map(len, SPLITS["heldout_blind16"].TEMPLATES[language].values())) >= {"en": 300, "zh": 280}[language]


def test_the_newest_untouched_grammar_is_reported_first_then_the_older_blind_ones_and_the_sealed_one():
    assert HELDOUT_SPLITS[:16] == ("heldout_blind16", "heldout_blind15", "heldout_blind14", "heldout_blind13", "heldout_blind12", "heldout_blind11",
                                   "heldout_blind10", "heldout_blind9", "heldout_blind8", "heldout_blind7", "heldout_blind6",
                                   "heldout_blind5", "heldout_blind4", "heldout_blind3", "heldout_blind2", "heldout_sealed")
    assert set(HELDOUT_SPLITS) == set(SPLITS) - {"dev"}


def test_every_heldout_split_is_reported_under_a_readable_label():
    assert SPLIT_LABELS["heldout_blind16"].startswith("blind-16")
    assert SPLIT_LABELS["heldout_blind15"].startswith("blind-15") and SPLIT_LABELS["heldout_blind14"].startswith("blind-14")
    assert SPLIT_LABELS["heldout_blind13"].startswith("blind-13")
    assert SPLIT_LABELS["heldout_blind12"].startswith("blind-12")
    assert SPLIT_LABELS["heldout_blind11"].startswith("blind-11")
    assert SPLIT_LABELS["heldout_blind10"].startswith("blind-10") and SPLIT_LABELS["heldout_blind9"].startswith("blind-9")
    assert SPLIT_LABELS["heldout_blind7"].startswith("blind-7") and SPLIT_LABELS["heldout_blind6"].startswith("blind-6")
    assert SPLIT_LABELS["heldout_blind5"].startswith("blind-5") and SPLIT_LABELS["heldout_blind4"].startswith("blind-4")
    assert SPLIT_LABELS["heldout_blind3"].startswith("blind-3") and SPLIT_LABELS["heldout_blind2"].startswith("blind-2")
    assert set(SPLIT_LABELS) <= set(HELDOUT_SPLITS)


@pytest.mark.parametrize(("n", "words"), [(2000, "两千"), (2500, "两千五"), (12000, "一万二"), (800, "八百"),
                                          (10500, "一万零五百"), (1999, None)])
def test_chinese_numerals_are_written_as_spoken(n, words):
    assert zh_numeral(n) == words


def test_a_typo_changes_one_long_word_by_one_edit():
    text = "cheap samsung phone under 300 dollars"
    noisy = typo(text, random.Random(4))
    changed = [(a, b) for a, b in zip(text.split(), noisy.split()) if a != b]
    assert len(changed) == 1 and len(changed[0][0]) >= 5 and abs(len(changed[0][0]) - len(changed[0][1])) <= 1


def test_full_width_turns_digits_and_letters_only():
    assert full_width("8GB，5000mAh") == "８ＧＢ，５０００ｍＡｈ"


@pytest.fixture(scope="module")
def english_dev_texts(catalog) -> list[str]:
    return [c.text.casefold() for seed in range(2) for c in generate(catalog, 500, "en", "dev", seed=seed)]


@pytest.mark.parametrize("wrong", ["a honor", "a asus", "a apple", "an oneplus", "an samsung"])
def test_a_brand_name_takes_the_article_of_its_sound(english_dev_texts, wrong):
    assert [t for t in english_dev_texts if f" {wrong}" in t] == []


def test_a_request_records_the_traditional_characters_it_was_turned_into(catalog):
    cases = generate(catalog, 200, "zh", "dev", seed=4)
    noisy = [c for c in cases if "traditional" in c.noise]
    assert noisy and all(c.text != traditional_to_simplified(c.text) for c in noisy)


def test_a_request_without_recorded_noise_is_in_simplified_half_width_characters(catalog):
    clean = [c for c in generate(catalog, 200, "zh", "dev", seed=4) if not c.noise]
    assert clean and all(c.text == traditional_to_simplified(c.text) == full_width_to_ascii(c.text) for c in clean)


def test_an_english_request_records_the_typo_it_was_given(catalog):
    cases = generate(catalog, 200, "en", "dev", seed=4)
    assert 20 < sum("typo" in c.noise for c in cases) < 100  # NOISE["typo"] is a quarter


def traditional_to_simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def full_width_to_ascii(text: str) -> str:
    """Full-width digits and letters back to ASCII (Chinese punctuation is full-width in any case)."""
    return "".join(chr(ord(ch) - 0xFEE0) if "\uff10" <= ch <= "\uff5a" and ch.isalnum() else ch for ch in text)
