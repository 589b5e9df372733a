"""Phone documents and the ranking floors say how fast a chip is from its absolute score, never its year's tier."""

from __future__ import annotations

import pytest

from advisor.catalog.chip_classes import DEMANDING_GAMES_SCORE, FLAGSHIP_SCORE, chip_class
from advisor.ranking.rank import INTENT_CHIP_FLOORS, MIN_CHIP_SCORE
from advisor.retrieval.documents import phone_document
from tests.helpers import make_phone

OLD_FLAGSHIP = make_phone(id="old", chipset="Snapdragon 835", chipset_tier=5, chip_score=1800.0, year=2017)
NEW_MIDRANGE = make_phone(id="new", chipset="Snapdragon 7 Gen 3", chipset_tier=3, chip_score=3000.0, year=2024)
UNSCORED = make_phone(id="unscored", chipset="Acme X1", chipset_tier=5, chip_score=None)


def test_a_2017_flagship_chip_is_not_described_as_flagship_class():
    assert "(everyday performance)" in phone_document(OLD_FLAGSHIP) and "flagship" not in phone_document(OLD_FLAGSHIP)


def test_a_fast_chip_of_a_mid_range_phone_is_described_by_its_score():
    assert "(fast performance, runs demanding games)" in phone_document(NEW_MIDRANGE)


def test_a_chip_without_a_score_is_named_without_a_claim():
    assert "Acme X1 processor." in phone_document(UNSCORED) and "performance" not in phone_document(UNSCORED)


@pytest.mark.parametrize("need", sorted(INTENT_CHIP_FLOORS))
def test_a_chip_that_meets_a_needs_floor_is_described_as_meeting_it(need):
    floor = INTENT_CHIP_FLOORS[need]
    assert chip_class(floor) != chip_class(floor - 1)


def test_below_the_everyday_floor_is_entry_level():
    assert chip_class(MIN_CHIP_SCORE - 1) == "entry-level performance"


def test_a_flagship_chip_is_described_with_every_claim_of_the_slower_classes():
    """A query for a gaming phone should not find mid-range chips by words the faster chips' documents lack."""
    assert "runs demanding games" in chip_class(DEMANDING_GAMES_SCORE)
    assert "runs demanding games" in chip_class(FLAGSHIP_SCORE)
