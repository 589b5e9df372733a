"""Chip performance scores: one absolute benchmark figure per chipset, blank where unknown."""

from __future__ import annotations

import csv

import pytest

from advisor.catalog.model import load_catalog, load_chipsets
from advisor.errors import CatalogError
from tests.helpers import DATA, small_catalog


def _rows() -> list[dict[str, str]]:
    with (DATA / "chipsets.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_spelling_of_a_chip_gives_it_the_same_score():
    scores: dict[str, set[str]] = {}
    for row in _rows():
        scores.setdefault(row["canonical"], set()).add(row["score"])
    assert {name for name, seen in scores.items() if len(seen) > 1} == set()


def test_scores_are_blank_or_positive_numbers():
    assert [r["alias"] for r in _rows() if r["score"] and not float(r["score"]) > 0] == []


def test_most_chipsets_have_a_known_score():
    chips = load_chipsets(DATA / "chipsets.csv")
    unknown = [c.name for c in chips.values() if c.score is None]
    assert len(unknown) <= len(chips) // 10


@pytest.mark.parametrize("line", [
    ("Snapdragon 8 Elite", "Snapdragon 8 Gen 3", "Snapdragon 8 Gen 2", "Snapdragon 8 Gen 1", "Snapdragon 865",
     "Snapdragon 855", "Snapdragon 845", "Snapdragon 835"),
    ("MediaTek Dimensity 9400", "MediaTek Dimensity 9300", "MediaTek Dimensity 9200", "MediaTek Dimensity 9000"),
    ("Apple A17 Pro", "Apple A16 Bionic", "Apple A15 Bionic", "Apple A14 Bionic", "Apple A13 Bionic",
     "Apple A12 Bionic", "Apple A11 Bionic"),
])
def test_each_flagship_line_gets_faster_every_generation(line):
    chips = load_chipsets(DATA / "chipsets.csv")
    scores = [chips[name].score for name in line]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == len(scores)


def test_a_2017_flagship_scores_below_a_2021_flagship():
    # Tiers are relative to the chip's year (both are tier 5); scores are absolute.
    chips = load_chipsets(DATA / "chipsets.csv")
    assert chips["Snapdragon 835"].tier == chips["MediaTek Dimensity 9000"].tier
    assert chips["Snapdragon 835"].score < chips["MediaTek Dimensity 9000"].score


def test_loaded_phones_carry_their_chip_score_and_none_when_unknown():
    catalog = small_catalog()
    assert catalog.get("oneplus-12-256gb").chip_score == 7000
    assert catalog.get("huawei-nova-12-256gb").chip_score is None


def test_a_score_that_is_not_a_number_is_a_clear_error(tmp_path):
    bad = tmp_path / "chipsets.csv"
    bad.write_text("alias,canonical,vendor,year,tier,five_g,score\nX1,X1,Acme,2024,3,true,fast\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="score 'fast' of X1 is not a number"):
        load_chipsets(bad)


def test_a_chipsets_file_without_scores_loads_with_unknown_scores(tmp_path):
    old = tmp_path / "chipsets.csv"
    old.write_text("alias,canonical,vendor,year,tier,five_g\nX1,X1,Acme,2024,3,true\n", encoding="utf-8")
    assert load_chipsets(old)["X1"].score is None


def test_committed_catalog_has_a_score_for_nearly_every_phone():
    catalog = load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")
    assert sum(p.chip_score is None for p in catalog) <= len(catalog) // 40


def test_the_evaluation_orders_fastest_by_the_chip_score():
    from advisor.evaluation.cases import EvalCase

    case = EvalCase("fastest", "explicit", ("fastest phone",), order={"key": "performance", "desc": True})
    catalog = load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")
    old_flagship = next(p for p in catalog if p.chipset == "Snapdragon 835")
    newer_mid = next(p for p in catalog if p.chipset == "Snapdragon 7 Gen 3")
    assert case.order_value(old_flagship) < case.order_value(newer_mid)
