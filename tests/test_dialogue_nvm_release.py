""""nvm" lets an aspect go as "never mind" does (issue 10, from the SEALED-4 dialogue failures): "nvm the year, doesnt
matter" drops the year filter; a bare "nvm" or "nvm" before another wish drops nothing it does not name."""

from __future__ import annotations

import pytest


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


@pytest.mark.parametrize(("first", "text", "key"), [
    ("only 2023 or newer", "nvm the year, doesnt matter", "year"),
    ("at least 8gb ram", "nvm about the ram", "ram_gb"),
    ("battery 5000mah or more", "nvm the battery", "battery_mah"),
])
def test_nvm_an_aspect_drops_its_filter(session, first, text, key):
    session.ask("samsung under $900")
    assert key in dict(session.ask(first).constraints.specs)
    answer = session.ask(text)
    assert key not in dict(answer.constraints.specs)
    assert answer.constraints.brands == frozenset({"Samsung"})
    assert answer.constraints.budget.hi == 900


def test_nvm_before_another_wish_keeps_the_year(session):
    session.ask("samsung under $900, 2023 or newer")
    answer = session.ask("nvm, show me pixels")
    assert dict(answer.constraints.specs)["year"].lo == 2023
