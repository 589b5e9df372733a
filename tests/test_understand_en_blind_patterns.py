"""English patterns behind the old blind grammar's failures (issue 9), each with wordings of our own: a brand refused by
a verb and its particle around it or by "both no-gos", a side said after a noun phrase ("8GB worth of system memory at
most"), a chip "or something quicker", orderings named by nouns the sort table lacked, folding phones refused or
wished in other words, and a launch year capped by "up to"."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _excluded(vocab, text):
    return slots(understand(text, vocab)).get("exclude_brands", (None, frozenset()))[1]


@pytest.mark.parametrize(("text", "brands"), [
    ("cross OnePlus and Vivo off — phone storage not above 64Gb", {"OnePlus", "Vivo"}),
    ("cross Samsung off the list please", {"Samsung"}),
    ("strike Oppo off, under 300", {"Oppo"}),
    ("I'd cross Apple off my list", {"Apple"}),
])
def test_a_brand_crossed_off_is_refused(vocab, text, brands):
    assert _excluded(vocab, text) == brands
    assert slots(understand(text, vocab))["brands"] == ("remove", frozenset(brands))


@pytest.mark.parametrize(("text", "brands"), [
    ("count out Honor and One Plus. Plus tablets only", {"Honor", "OnePlus"}),
    ("count Poco out — a screen 6.5 Inch or larger", {"POCO"}),
    ("crossing off Samsung, 8gb ram", {"Samsung"}),
])
def test_a_brand_counted_out_is_refused(vocab, text, brands):
    assert _excluded(vocab, text) == brands


@pytest.mark.parametrize("text", ["keep Samsung out of it ta", "keep Samsung out of it thank you!",
                                  "keep Samsung out of this - under 400", "Samsung stays out — 8gb ram"])
def test_a_brand_kept_out_is_refused_whatever_follows_the_clause(vocab, text):
    assert _excluded(vocab, text) == {"Samsung"}


@pytest.mark.parametrize(("text", "brands"), [
    ("Apple and Sony are both no-gos; plus storage at or above 1TB", {"Apple", "Sony"}),
    ("Xiaomi and Realme are all out - 8gb ram", {"Xiaomi", "Realme"}),
    ("Huawei and Honor are non-starters", {"Huawei", "Honor"}),
    ("Samsung is a no go", {"Samsung"}),
])
def test_brands_said_to_be_no_gos_are_refused(vocab, text, brands):
    assert _excluded(vocab, text) == brands


def _spec(vocab, text, name):
    return slots(understand(text, vocab)).get(f"spec:{name}", (None, None))[1]


@pytest.mark.parametrize(("text", "name", "bound"), [
    ("8Gb worth of system memory at most", "ram_gb", Bound(hi=8)),
    ("6Gb worth of RAM at most, 5G", "ram_gb", Bound(hi=6)),
    ("12gb of phone memory max", "ram_gb", Bound(hi=12)),
    ("64Gb worth of storage at most thank you!", "storage_gb", Bound(hi=64)),
    ("128 GB of internal storage or less", "storage_gb", Bound(hi=128)),
    ("4000 MAh worth of battery cell at most", "battery_mah", Bound(hi=4000)),
    ("4.5k mah worth of battery or less", "battery_mah", Bound(hi=4500)),
    ("6.7inches display diagonal or above", "screen_in", Bound(lo=6.7)),
    ("6.5 inch screen size or more", "screen_in", Bound(lo=6.5)),
])
def test_a_side_said_after_the_spec_noun_phrase_is_the_figures(vocab, text, name, bound):
    assert _spec(vocab, text, name) == bound


@pytest.mark.parametrize(("text", "bound"), [
    ("64Gb phone storage as a minimum", Bound(lo=64)),
    ("256gb phone storage at most", Bound(hi=256)),
])
def test_phone_storage_after_a_memory_figure_is_storage_not_a_network(vocab, text, bound):
    assert _spec(vocab, text, "storage_gb") == bound


@pytest.mark.parametrize(("text", "bound"), [
    ("screen maxing out at 6.2-inches", Bound(hi=6.2)),
    ("display diagonal maxing out at 6.5-inches", Bound(hi=6.5)),
    ("a display that tops out at 6.4 inch", Bound(hi=6.4)),
    ("a maximum of a display diagonal of 6.5 Inch", Bound(hi=6.5)),
    ("not less than a screen of 6.5 Inch", Bound(lo=6.5)),
    ("at least a display of 6.6 inches", Bound(lo=6.6)),
])
def test_a_side_before_the_screen_noun_and_its_link_bounds_the_size(vocab, text, bound):
    assert _spec(vocab, text, "screen_in") == bound


@pytest.mark.parametrize("text", ["cross Motorola and Nokia off what do you reckon?", "cross Motorola and Nokia off tia",
                                  "count Motorola and Nokia out thank you"])
def test_a_sign_off_after_the_particle_still_closes_the_refusal(vocab, text):
    assert _excluded(vocab, text) == {"Motorola", "Nokia"}


def _sort(vocab, text):
    return understand(text, vocab).sort


@pytest.mark.parametrize(("text", "key", "descending"), [
    ("arrange by how much they weigh increasing", "weight_g", False),
    ("ordered by how much they weigh (highest to lowest)", "weight_g", True),
    ("rank on how much they weigh smallest first, under 300", "weight_g", False),
    ("sorted by how heavy they are, lightest first", "weight_g", False),
    ("weightiest of the lot", "weight_g", True),
    ("whichever is weightiest, 8gb ram", "weight_g", True),
    ("2023 or a later model — by front camera resolution, biggest first", "front_camera_mp", True),
    ("front camera resolution: highest to lowest", "front_camera_mp", True),
    ("selfie camera megapixels, most first", "front_camera_mp", True),
    ("screen inches: biggest first", "screen_in", True),
    ("price tag: smallest first", "price", False),
    ("sort by price tag, highest first", "price", True),
    ("highest-performing of the lot", "performance", True),
    ("the best performing one under 400", "performance", True),
])
def test_an_ordering_named_by_another_noun_of_its_aspect(vocab, text, key, descending):
    sort = _sort(vocab, text)
    assert (sort.key, sort.descending) == (key, descending)


def test_a_front_camera_typo_is_read_as_the_camera_not_as_speed(vocab):
    request = understand("at least 16 mp of front snappwr and also the tiniest screen one", vocab)
    assert any("'snappwr' as snapper." in note for note in request.notes)  # not "snappier", a word of speed
    assert slots(request)["spec:front_camera_mp"] == ("set", Bound(lo=16))
    assert (request.sort.key, request.sort.descending) == ("screen_in", False)


@pytest.mark.parametrize("text", ["Snapdragon 8 Gen 2 or something quicker tia", "Kirin 9010 or something quicker",
                                  "a Dimensity 8200 or a speedier chip", "Snapdragon 695 or something more capable"])
def test_a_chip_or_something_quicker_is_a_floor_on_chip_speed_not_that_chip(vocab, text):
    found = slots(understand(text, vocab))
    assert "chipset" not in found
    assert found["spec:chip_score"][1].lo is not None and found["spec:chip_score"][1].hi is None


@pytest.mark.parametrize("text", ["not one of those folding ones — a display of 6.5inches at most", "no bendy screens much appreciated",
                                  "none of those flip phones", "foldablees are out", "no flexible displays please"])
def test_folding_phones_refused_in_other_words_leave_plain_phones(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


@pytest.mark.parametrize("text", ["phone storage not exceeding 128Gb along with a bendy phone", "I want a flexible display phone",
                                  "a clamshell under 900 dollars"])
def test_a_bendy_or_flexible_phone_is_a_foldable(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"foldable"}))


@pytest.mark.parametrize("text", ["5G connectivity - any ideas?", "5G - any suggestions?", "need 5G - any thoughts?"])
def test_any_ideas_after_an_aspect_asks_for_advice_and_lets_nothing_go(vocab, text):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", True)


@pytest.mark.parametrize(("text", "bound"), [
    ("launched up to 2020. Plus Lenovo need not apply", Bound(hi=2020)),
    ("launched until 2021. 8gb ram", Bound(hi=2021)),
    ("released after 2021. 8gb ram", Bound(lo=2022)),
    ("2021 to 2023. under 500 dollars", Bound(2021, 2023)),
])
def test_a_full_stop_after_a_year_ends_the_sentence_and_keeps_the_year(vocab, text, bound):
    assert _spec(vocab, text, "year") == bound


@pytest.mark.parametrize("text", ["Samsung - skip the A-series Galaxy models", "Samsung but no A series Galaxy phones"])
def test_a_sub_series_followed_by_its_line_name_refuses_the_sub_series_only(vocab, text):
    assert slots(understand(text, vocab))["exclude_series"] == ("add", frozenset({"Galaxy A"}))


def test_two_sub_series_of_one_line_joined_by_or_are_both_refused(vocab):
    found = slots(understand("Samsung, but not Galaxy A or Galaxy Z", vocab))
    assert found["exclude_series"][1] >= {"Galaxy A", "Galaxy Z"}
