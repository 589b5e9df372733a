"""English single-message wordings once misread (issue 9): a negation before "with a"/"that has a" and a spec's
noun, a bare "above"/"below"/"up"/"down" after a figure, and an ordering said by the end it starts from before "by"
the aspect."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _spec(vocab, text: str, spec: str) -> Bound | None:
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]  # type: ignore[return-value]


@pytest.mark.parametrize("text, spec, bound", [
    ("nothing with a display larger than 6.6 inches", "screen_in", Bound(hi=6.6)),
    ("no phone that has a battery below 4500mAh", "battery_mah", Bound(lo=4500)),
    ("no handsets with a screen bigger than 6.4 inches", "screen_in", Bound(hi=6.4)),
])
def test_a_negation_before_with_a_and_the_specs_noun_turns_the_bound(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


def test_a_long_refusal_before_the_specs_noun_still_turns_the_bound(vocab):
    text = "I really don't want anything that has a display bigger than 6.6 inches"
    assert _spec(vocab, text, "screen_in") == Bound(hi=6.6)


@pytest.mark.parametrize("text, spec, bound", [
    ("display 6.6 above", "screen_in", Bound(lo=6.6)), ("screen 6.3 below, 5G", "screen_in", Bound(hi=6.3)),
    ("battery 4000 down", "battery_mah", Bound(hi=4000)), ("display 6.4 up", "screen_in", Bound(lo=6.4)),
])
def test_a_bare_side_word_after_the_figure_at_a_clause_end_sets_the_side(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


def test_a_bare_above_before_other_words_says_no_side(vocab):
    assert _spec(vocab, "screen 6.5 above all else", "screen_in") != Bound(lo=6.5)


@pytest.mark.parametrize("text, sort", [
    ("lowest first by battery", Sort("battery_mah", False)), ("top down by weight", Sort("weight_g", True)),
    ("top down by ram", Sort("ram_gb", True)), ("highest first by camera", Sort("main_camera_mp", True)),
])
def test_the_end_the_list_starts_from_before_by_an_aspect_orders_by_it(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_a_year_said_acceptable_too_is_the_oldest_taken(vocab):
    assert _spec(vocab, "2022年的老款也可以", "year") == Bound(lo=2022)


@pytest.mark.parametrize("text, bound", [
    ("老款也行，但最多2019年", Bound(lo=2019)), ("older models are fine, but 2020 at most", Bound(lo=2020)),
])
def test_a_cap_after_a_concession_of_older_models_limits_how_old(vocab, text, bound):
    assert _spec(vocab, text, "year") == bound


@pytest.mark.parametrize("text", ["powered by the A15", "a phone running an A15"])
def test_an_apple_number_after_a_verb_only_a_chip_takes_is_the_chip(vocab, text):
    assert slots(understand(text, vocab))["chipset"][1] == "Apple A15 Bionic"


def test_a_galaxy_number_after_running_stays_a_phone(vocab):
    assert "chipset" not in slots(understand("a galaxy A15 running android 14", vocab))
