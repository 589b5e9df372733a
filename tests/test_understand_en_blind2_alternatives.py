"""English alternatives from the blind-2 grammar's failures (issue 9): a second side opened by a bracket runs to the
bracket's close ("… (or a Samsung, screen 6.6 in or above)"), and a second side whose spec is said in the blind-2
wordings ("screen (6.5 ins) or more", "space is 512 GBs or more") keeps its spec, so what is said before the sides
stays the whole request's."""

from __future__ import annotations

import pytest

from advisor.understanding.bounds import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _sides(vocab, text: str) -> list[tuple[frozenset[str], dict[str, Bound]]]:
    found = slots(understand(text, vocab)).get("alternatives")
    if found is None:
        return []
    assert isinstance(found[1], tuple)
    return [(side.brands, dict(side.specs)) for side in found[1]]


@pytest.mark.parametrize("text, second", [
    ("w/ 5g // a OnePlus w/ at least front camera (32Mp) (or a Samsung, screen (6.6″) or above) what do you suggest?",
     ({"Samsung"}, {"screen_in": Bound(lo=6.6)})),
    ("a Pixel with 8gb ram (or a Xiaomi, 5000 mah battery at least), under 500 dollars",
     ({"Xiaomi"}, {"battery_mah": Bound(lo=5000)})),
    ("a Pixel with 8gb ram (or a Xiaomi with 12gb ram, screen 6.7 inch or more) please",
     ({"Xiaomi"}, {"ram_gb": Bound(lo=12), "screen_in": Bound(lo=6.7)})),
])
def test_a_side_opened_by_a_bracket_runs_to_its_close(vocab, text, second):
    sides = _sides(vocab, text)
    assert len(sides) == 2 and sides[1] == (frozenset(second[0]), second[1])


def test_a_budget_in_the_bracket_stays_the_whole_requests(vocab):
    found = slots(understand("a Pixel with 8gb ram (or a Xiaomi, under 300 dollars)", vocab))
    assert found["budget"][1].hi == 300
    assert [side.specs for side in found["alternatives"][1]] == [(("ram_gb", Bound(lo=8)),), ()]


@pytest.mark.parametrize("text, sides, shared", [
    ("released no earlier than 2021 & also 5g is a must // a Samsung w/ main camera (108 mega pixels) min, or if not, "
     "a Huawei rocking screen (6.5 ins) or more thank u",
     [({"Samsung"}, {"main_camera_mp": Bound(lo=108)}), ({"Huawei"}, {"screen_in": Bound(lo=6.5)})], "spec:year"),
    ("200 Grams and up weight-wise // an Honor that has RAM (4 GBs) min, or an Oppo sporting front camera (20Mp) or up "
     "works too", [({"Honor"}, {"ram_gb": Bound(lo=4)}), ({"Oppo"}, {"front_camera_mp": Bound(lo=20)})], "spec:weight_g"),
    ("5g network // a Motorola sporting main camera (200 mega pixels) or up OR a Vivo whose space is 512 GBs or more",
     [({"Motorola"}, {"main_camera_mp": Bound(lo=200)}), ({"Vivo"}, {"storage_gb": Bound(lo=512)})], "needs_5g"),
])
def test_each_side_keeps_its_own_spec_and_what_is_said_before_stays_shared(vocab, text, sides, shared):
    request = understand(text, vocab)
    assert _sides(vocab, text) == [(frozenset(b), s) for b, s in sides]
    assert shared in slots(request)
    assert all(side.needs_5g is False for side in slots(request)["alternatives"][1])
