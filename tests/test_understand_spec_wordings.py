"""Spec bounds as strangers write them (issue 9): memory figures each glued to its own word, pixel counts, number
words, traditional camera words, and launch years said with signs, prefixes and articles."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound
from advisor.understanding.understand import understand
from tests.helpers import slots


def _specs(vocab, text: str) -> dict[str, object]:
    """spec name -> the bound the text sets on it."""
    return {slot[5:]: value for slot, (_, value) in slots(understand(text, vocab)).items() if slot.startswith("spec:")}


@pytest.mark.parametrize("text, ram, storage", [
    ("运存8G存储256G", 8, 256), ("内存8G存储128G", 8, 128), ("RAM8G ROM128G", 8, 128), ("运行内存12G机身存储512G", 12, 512),
    ("运存16G存储1T", 16, 1024), ("storage 256GB RAM 8GB", 8, 256),
])
def test_a_memory_word_before_a_figure_names_it_when_the_word_after_has_a_figure_of_its_own(vocab, text, ram, storage):
    assert _specs(vocab, text) == {"ram_gb": Bound(lo=ram), "storage_gb": Bound(lo=storage)}


@pytest.mark.parametrize("text, spec, bound", [
    ("存储空间一个T", "storage_gb", Bound(lo=1024)), ("运存8个G", "ram_gb", Bound(lo=8)),
])
def test_a_measure_word_between_a_figure_and_its_memory_unit_is_read_through(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("主攝5000萬畫素以上", "main_camera_mp", Bound(lo=50)), ("後攝影機6400萬畫素", "main_camera_mp", Bound(lo=64)),
    ("自拍鏡頭2000萬畫素", "front_camera_mp", Bound(lo=20)),
])
def test_taiwan_words_for_pixels_and_camera_read_as_their_mainland_words(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("前置摄像头2千万像素以上", "front_camera_mp", Bound(lo=20)), ("后置50百万像素", "main_camera_mp", Bound(lo=50)),
    ("主摄5千万像素", "main_camera_mp", Bound(lo=50)), ("camera with 50 million pixels", "main_camera_mp", Bound(lo=50)),
])
def test_a_count_of_pixels_is_megapixels(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


def test_a_small_count_of_pixels_is_no_camera(vocab):
    assert _specs(vocab, "1080 pixels") == {}


@pytest.mark.parametrize("text, spec, bound", [
    ("fifty megapixel camera", "main_camera_mp", Bound(lo=50)), ("a forty-eight MP camera", "main_camera_mp", Bound(lo=48)),
    ("eight gigs of RAM", "ram_gb", Bound(lo=8)), ("half a terabyte of storage", "storage_gb", Bound(lo=512)),
    ("a terabyte of storage", "storage_gb", Bound(lo=1024)), ("five thousand mAh battery", "battery_mah", Bound(lo=5000)),
    ("six point seven inches or more", "screen_in", Bound(lo=6.7)),
])
def test_number_words_before_a_spec_unit_are_its_figure(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


def test_number_words_before_money_are_left_to_the_budget(vocab):
    assert slots(understand("two hundred dollars", vocab))["budget"][1].hi == 200


@pytest.mark.parametrize("text", ["at least 32 megapixels for the front camera", "32MP for selfies"])
def test_a_front_camera_named_after_for_the_owns_the_figure(vocab, text):
    assert _specs(vocab, text) == {"front_camera_mp": Bound(lo=32)}


@pytest.mark.parametrize("text, bound", [
    ("post-2022", Bound(lo=2023)), ("post 2022", Bound(lo=2023)), ("pre-2020 phones", Bound(hi=2019)),
    ("release year ≥ 2023", Bound(lo=2023)), ("launch year 2024", Bound(2024, 2024)), ("model year 2023", Bound(2023, 2023)),
    ("2022 model at the earliest", Bound(lo=2022)), ("2023-or-newer", Bound(lo=2023)), ("2024's flagship", Bound(2024, 2024)),
])
def test_a_launch_year_said_with_a_prefix_a_sign_or_its_noun_is_bounded(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, brand", [("a 2024 Pixel", "Google"), ("the 2023 iPhone", "Apple")])
def test_a_year_between_an_article_and_a_name_is_that_launch_year(vocab, text, brand):
    found = slots(understand(text, vocab))
    year = int(text.split()[1])
    assert found["spec:year"] == ("set", Bound(year, year)) and found["brands"] == ("set", frozenset({brand}))


def test_a_year_like_figure_after_an_article_before_money_words_is_no_year(vocab):
    assert "spec:year" not in slots(understand("a 2000 budget", vocab))
