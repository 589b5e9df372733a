"""Two figures offered for one spec ("8GB or 12GB RAM", "128或256G存储") are either-will-do: the looser floor holds.
'a Samsung with 8GB or 12GB RAM' had read at least 12 GB, hiding the 8 GB phones the shopper offered to take."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ("a Samsung with 8GB or 12GB RAM", "ram_gb", Bound(lo=8)), ("xiaomi, 256gb or 512gb storage", "storage_gb", Bound(lo=256)),
    ("三星，8G或者12G运存", "ram_gb", Bound(lo=8)),
])
def test_two_floors_offered_for_one_spec_keep_the_looser(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_two_floors_said_apart_keep_the_newer(vocab):
    assert slots(understand("8GB RAM, actually make it 12GB RAM", vocab))["spec:ram_gb"] == ("set", Bound(lo=12))


@pytest.mark.parametrize("text", ["要5G运存8G以上的三星", "支持5G运存8G"])
def test_a_network_glued_to_a_memory_word_that_has_its_own_figure_is_the_network(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["needs_5g"], found["spec:ram_gb"][1].lo) == (("set", True), 8)


def test_four_gigabytes_glued_to_a_memory_word_is_memory(vocab):
    assert slots(understand("要4G运存的老人机", vocab))["spec:ram_gb"][1].lo == 4


@pytest.mark.parametrize("text, lo", [("8G或12G运存都行", 8), ("12G运存都行", 12)])
def test_sizes_offered_before_a_memory_word_and_either_will_do_are_a_floor(vocab, text, lo):
    assert slots(understand(text, vocab))["spec:ram_gb"] == ("set", Bound(lo=lo))


def test_a_memory_word_alone_before_either_will_do_lets_go_of_memory(vocab):
    assert slots(understand("运存都行", vocab))["spec:ram_gb"] == ("clear", None)


@pytest.mark.parametrize("text, lo", [("小米 12G", 12), ("要8G的", 8), ("还是要12G吧", 12)])
def test_a_bare_gigabyte_figure_too_small_for_storage_and_no_network_is_ram(vocab, text, lo):
    assert slots(understand(text, vocab))["spec:ram_gb"] == ("set", Bound(lo=lo))


def test_a_small_figure_before_a_memory_word_whose_next_figure_is_another_specs_is_memory(vocab):
    found = slots(understand("四G以下的内存 储存空间不低于256GB", vocab))
    assert (found["spec:ram_gb"][1], "needs_5g" in found) == (Bound(hi=4), False)
