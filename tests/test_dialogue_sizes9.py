"""'More ram' and 'more storage' move to the next size phones are sold with (issue 10): "RAM >= 8 GB" after a 6 GB
phone, not "RAM >= 7 GB", admitting the same phones."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import MEMORY_SIZES


@pytest.mark.parametrize("key", ["ram_gb", "storage_gb"])
def test_every_memory_size_of_the_catalog_is_a_size_phones_are_sold_with(small_advisor, key):
    sizes = {p.spec(key) for p in small_advisor.resources.catalog if p.spec(key) is not None}
    assert sizes <= set(MEMORY_SIZES[key])


@pytest.mark.parametrize("text, key", [
    ("more ram", "ram_gb"), ("i need more ram than that", "ram_gb"),
    ("more storage", "storage_gb"), ("more storage please", "storage_gb"),
])
def test_more_memory_is_the_next_size_above_the_first_shown_phone(small_advisor, text, key):
    session = small_advisor.session()
    first = session.ask("samsung under $400").picks[0].phone
    answer = session.ask(text)
    sizes = MEMORY_SIZES[key]
    assert dict(answer.constraints.specs)[key].lo == min(s for s in sizes if s > first.spec(key))
