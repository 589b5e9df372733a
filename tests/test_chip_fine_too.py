"""A chip model said to be fine too ("8 gen 2 is fine too", "8gen2也行") widens the chips that will do, as a chip family
said so does: beside a chip wanted, earlier or in the same message, either chip will do (issue 10: loosening is never
read as narrowing)."""

from __future__ import annotations

import pytest

from tests.helpers import ask_all


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def either_chip(constraints) -> set[str | None]:
    return {alternative.chipset for alternative in constraints.alternatives}


@pytest.mark.parametrize("text", ["8 gen 2 is fine too", "snapdragon 8 gen 2 also ok", "8gen2也行", "骁龙8 Gen 2也可以"])
def test_a_chip_model_fine_too_after_another_chip_lets_either_do(session, text):
    constraints = ask_all(session, "a snapdragon 8 gen 3 phone", text).constraints
    assert (constraints.chipset, either_chip(constraints)) == (None, {"Snapdragon 8 Gen 3", "Snapdragon 8 Gen 2"})


@pytest.mark.parametrize("text", ["phone with 8 gen 3, 8 gen 2 is fine too", "8gen3的手机，8gen2也可以",
                                  "snapdragon 8 gen 3 please, though 8 gen 2 works too"])
def test_a_chip_model_fine_too_beside_a_chip_wanted_in_the_same_message_lets_either_do(session, text):
    constraints = ask_all(session, text).constraints
    assert (constraints.chipset, either_chip(constraints)) == (None, {"Snapdragon 8 Gen 3", "Snapdragon 8 Gen 2"})


def test_a_chip_model_fine_too_with_no_chip_wanted_adds_no_chip_filter(session):
    constraints = ask_all(session, "8 gen 2 is fine too").constraints
    assert (constraints.chipset, constraints.alternatives) == (None, ())


@pytest.mark.parametrize("text", ["actually make it 8 gen 2", "其实要8gen2"])
def test_another_chip_said_without_fine_too_replaces_the_chip_wanted(session, text):
    constraints = ask_all(session, "a snapdragon 8 gen 3 phone", text).constraints
    assert (constraints.chipset, constraints.alternatives) == ("Snapdragon 8 Gen 2", ())


@pytest.mark.parametrize("text", ["不用非得8gen3，8gen2也行", "doesn't have to be 8 gen 3, 8 gen 2 is fine too"])
def test_a_chip_no_longer_required_beside_another_fine_too_lets_either_do(session, text):
    constraints = ask_all(session, "a snapdragon 8 gen 3 phone", text).constraints
    assert (constraints.chipset, either_chip(constraints)) == (None, {"Snapdragon 8 Gen 3", "Snapdragon 8 Gen 2"})
