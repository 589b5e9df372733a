"""An aspect let go by the figure it was given (issue 10): "forget the 190g thing", "drop that 5000mah requirement",
"ignore my 6.5 inch limit", "drop the 12gb thing". The unit names the aspect (GB the RAM up to 24, the storage above); a figure said as a new cap ("no more than 200g") or the
figures of phones ("the 6.5 inch ones") are no release."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


_START = "RAM至少12GB, under 190g, screen 6.5 inch以上, battery 5000mah以上"


def _specs(answer) -> dict:
    return dict(answer.constraints.specs)


@pytest.mark.parametrize("text", ["weight无所谓了，forget the 190g thing", "forget the 190g thing", "scrap the 190 grams cap",
                                  "never mind that 190g limit"])
def test_a_weight_let_go_by_its_figure_clears_the_weight_only(session, text):
    session.ask(_START)
    specs = _specs(session.ask(text))
    assert "weight_g" not in specs
    assert specs["ram_gb"] == Bound(lo=12.0)
    assert specs["battery_mah"] == Bound(lo=5000.0)


@pytest.mark.parametrize("text", ["drop that 5000mah requirement", "ignore the 5000 mah thing"])
def test_a_battery_let_go_by_its_figure_clears_the_battery(session, text):
    session.ask(_START)
    specs = _specs(session.ask(text))
    assert "battery_mah" not in specs
    assert specs["weight_g"] == Bound(hi=190.0)


def test_a_screen_let_go_by_its_figure_clears_the_screen(session):
    session.ask(_START)
    specs = _specs(session.ask("ignore my 6.5 inch limit"))
    assert "screen_in" not in specs
    assert specs["weight_g"] == Bound(hi=190.0)


def test_a_figure_said_as_a_new_cap_moves_the_weight(session):
    session.ask(_START)
    assert _specs(session.ask("no more than 200g"))["weight_g"] == Bound(hi=200.0)


@pytest.mark.parametrize("text", ["forget the 12GB thing", "drop the 12gb thing, 5000 mah battery is enough",
                                  "forget the 12g thing"])
def test_a_gigabyte_figure_a_phone_s_ram_can_have_lets_the_ram_go(session, text):
    session.ask(_START)
    specs = _specs(session.ask(text))
    assert ("ram_gb" in specs, specs["weight_g"]) == (False, Bound(hi=190.0))


def test_a_gigabyte_figure_above_any_ram_lets_the_storage_go(session):
    session.ask("RAM至少8GB, storage 256GB or more")
    specs = _specs(session.ask("forget the 256gb part"))
    assert ("storage_gb" in specs, specs["ram_gb"]) == (False, Bound(lo=8.0))


@pytest.mark.parametrize("text", ["drop the 5G requirement", "forget the 5g thing"])
def test_a_network_generation_let_go_is_no_weight(session, text):
    session.ask("5g phone under 190g")
    answer = session.ask(text)
    assert answer.constraints.needs_5g is False
    assert _specs(answer)["weight_g"] == Bound(hi=190.0)


@pytest.mark.parametrize("first, text, cap", [("under 60k rupees", "not 60 thousand, I meant 70 thousand", 70000.0),
                                               ("budget 1 lakh", "sorry I meant 2 lakh not 1 lakh", 200000.0)])
def test_a_figure_corrected_with_its_multiplier_word_apart_is_not_noted_as_unread(session, first, text, cap):
    session.ask(first)
    answer = session.ask(text)
    assert (answer.constraints.budget.bound.hi, [n for n in answer.notes if "refers to" in n]) == (cap, [])
