"""English chip wordings from the blind-2 grammar's failures (issue 9): "not on MediaTek" (a negation before the verb's
preposition) refuses the chip, and a misspelled "no wose than" is the floor "no worse than" says."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, chip", [
    ("not on MediaTek asap", "MediaTek"), ("main camera 108MP // not on Kirin", "Kirin"),
    ("new phone time!! not on Exynos // at minimum a 6.6 inch screen", "Exynos"), ("not running on exynos", "Exynos"),
    ("anything not on a mediatek chip", "MediaTek"), ("not powered by helio", "Helio"),
])
def test_not_on_a_chip_refuses_it(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert found.get("exclude_chipsets") == ("add", frozenset({chip}))
    assert "chipset" not in found


@pytest.mark.parametrize("text, chip", [("runs on snapdragon", "Snapdragon"), ("on snapdragon, not samsung", "Snapdragon")])
def test_on_a_chip_without_a_negation_still_wants_it(vocab, text, chip):
    assert slots(understand(text, vocab)).get("chipset") == ("set", chip)


@pytest.mark.parametrize("text, bound", [
    ("no wose than Snapdragon 8 Gen 3", Bound(lo=7000)), ("a chip no wose than a Snapdragon 8 Gen 2", Bound(lo=5000)),
])
def test_no_wose_than_a_chip_is_its_floor(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert found.get("spec:chip_score") == ("set", bound)
    assert "chipset" not in found
