"""English wordings of the blind-12 grammar (issue 9), each beside the closest wording that must keep its meaning."""

from __future__ import annotations

import pytest

from tests.helpers import spec_after


@pytest.mark.parametrize("text, bound", [
    ("6 gigs ram mem or less ok", (None, 6.0)), ("4 gb RAM (memory) at the most", (None, 4.0)),
    ("at most RAM (memory) 8gigs plz", (None, 8.0)), ("12 GB of ram mem max", (None, 12.0)),
    ("memory (ram) 8gb tops", (None, 8.0)), ("RAM (mem) of 6GB or better", (6.0, None)),
])
def test_ram_glossed_by_its_other_name_keeps_the_side_said_with_it(vocab, text, bound):
    assert spec_after(text, vocab, "ram_gb") == bound


def test_a_bare_ram_figure_without_a_side_is_still_a_floor(vocab):
    assert spec_after("8gb ram mem and 5g", vocab, "ram_gb") == (8.0, None)
