"""The committed catalog is what importing the raw Kaggle file gives, and every processor maps."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from advisor.catalog.chipsets import ChipsetAliases
from advisor.catalog.ingest.importer import import_catalog
from advisor.catalog.ingest.raw import decode_raw
from advisor.catalog.model import load_catalog, load_chipsets
from tests.helpers import DATA


@pytest.fixture(scope="module")
def raw_path(shared_datasets) -> Path:
    return shared_datasets / "mobiles-2025.csv"


@pytest.mark.shared_data
def test_importing_the_raw_file_again_gives_the_committed_catalog_byte_for_byte(raw_path, tmp_path):
    dest = tmp_path / "phones.csv"
    report = import_catalog(raw_path, dest, DATA / "chipsets.csv")
    assert (report.rows_read, report.rows_kept) == (930, 915)
    assert dest.read_bytes() == (DATA / "phones.csv").read_bytes()


@pytest.mark.shared_data
def test_every_raw_processor_spelling_maps_to_a_known_chipset(raw_path):
    text, _ = decode_raw(raw_path.read_bytes())
    spellings = {row["Processor"] for row in csv.DictReader(io.StringIO(text))}
    aliases = ChipsetAliases.load(DATA / "chipsets.csv")
    canonical = load_chipsets(DATA / "chipsets.csv")
    assert len(spellings) == 217
    assert sorted(s for s in spellings if s not in aliases) == []
    assert {aliases.resolve(s).canonical for s in spellings} <= set(canonical)


def test_committed_catalog_loads_with_a_tier_for_every_phone():
    catalog = load_catalog(DATA / "phones.csv", DATA / "chipsets.csv")
    assert [p.id for p in catalog if p.chipset_tier is None] == []


def test_chipsets_table_gives_each_chip_one_vendor_year_tier_and_5g():
    with (DATA / "chipsets.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    facts: dict[str, set[tuple[str, ...]]] = {}
    for row in rows:
        facts.setdefault(row["canonical"], set()).add((row["vendor"], row["year"], row["tier"], row["five_g"]))
    assert {name for name, seen in facts.items() if len(seen) > 1} == set()
    assert {row["tier"] for row in rows} <= {"1", "2", "3", "4", "5"}
    assert {row["five_g"] for row in rows} == {"true", "false"}
    assert len({row["alias"].casefold() for row in rows}) == len(rows)
