"""The comparison chart: what its bars mean, the verdict's truth, the picture, Chinese labels and the cache."""

from __future__ import annotations

import logging
import warnings
from dataclasses import replace

import pytest

from advisor.catalog.model import DEVICES, MARKETS, Catalog, load_catalog
from advisor.errors import RequestError
from advisor.explain import fonts as _fonts
from advisor.explain.chart import build_chart, chart_picture
from advisor.explain.claims import ClaimChecker
from advisor.ranking.aspects import Percentiles
from advisor.understanding.request import Constraints
from tests.helpers import FIXTURES

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(FIXTURES / "phones_small.csv", FIXTURES / "chipsets_small.csv")


@pytest.fixture(scope="module")
def percentiles(catalog):
    return Percentiles(catalog, MARKETS)


def row(chart, aspect):
    return next(r for r in chart.rows if r.aspect == aspect)


def test_a_longer_bar_is_better_on_every_aspect(catalog, percentiles):
    light_cheap, heavy_dear = catalog.get("apple-iphone-12-mini-64gb"), catalog.get("samsung-galaxy-z-fold6-256gb")
    chart = build_chart([light_cheap, heavy_dear], percentiles, "en", "USD")
    for aspect in ("price", "weight_g"):  # lower is better: the cheaper, lighter phone has the longer bar
        bars = row(chart, aspect).bars
        assert bars[0].value < bars[1].value and bars[0].score > bars[1].score
    for aspect in ("battery_mah", "screen_in", "year", "performance"):  # higher is better
        bars = row(chart, aspect).bars
        assert bars[1].value > bars[0].value and bars[1].score > bars[0].score


def test_prices_are_in_the_shoppers_currency(catalog, percentiles):
    chart = build_chart([catalog.get("google-pixel-8a-128gb"), catalog.get("samsung-galaxy-a55-128gb")],
                        percentiles, "zh", "CNY")
    assert [b.text for b in row(chart, "price").bars] == ["¥3,999", "¥2,999"]


def test_the_best_value_of_each_row_is_marked_and_ties_mark_every_leader(catalog, percentiles):
    pixel, a55, oneplus = (catalog.get(i) for i in ("google-pixel-8a-128gb", "samsung-galaxy-a55-128gb",
                                                    "oneplus-12-256gb"))
    chart = build_chart([pixel, a55, oneplus], percentiles, "en", "USD")
    assert [b.best for b in row(chart, "price").bars] == [False, True, False]  # $449 of 499/449/799
    assert [b.best for b in row(chart, "front_camera_mp").bars] == [False, True, True]  # 13 / 32 / 32 MP


def test_no_phone_is_marked_where_all_values_are_equal(catalog, percentiles):
    chart = build_chart([catalog.get("apple-iphone-16-128gb"), catalog.get("apple-iphone-16-256gb")],
                        percentiles, "en", "USD")
    assert not any(b.best for b in row(chart, "battery_mah").bars)


def test_an_unknown_value_shows_a_question_mark_and_no_bar(catalog, percentiles):
    chart = build_chart([catalog.get("huawei-pura-70-ultra-512gb"), catalog.get("oneplus-12-256gb")],
                        percentiles, "en", "USD")
    unknown = row(chart, "price").bars[0]
    assert (unknown.text, unknown.score, unknown.best) == ("?", None, False)


def test_no_best_is_claimed_on_a_row_with_an_unknown_value(catalog, percentiles):
    chart = build_chart([catalog.get("huawei-pura-70-ultra-512gb"), catalog.get("oneplus-12-256gb")],
                        percentiles, "en", "USD")
    assert not any(b.best for b in row(chart, "price").bars)
    assert "price:USD" not in [c.aspect for c in chart.claims]


def test_the_chip_row_is_left_out_when_no_compared_phone_has_a_chip_score(catalog, percentiles):
    phones = [replace(catalog.get(i), chip_score=None) for i in ("google-pixel-8a-128gb", "oneplus-12-256gb")]
    assert "performance" not in [r.aspect for r in build_chart(phones, percentiles, "en", "USD").rows]


def test_every_verdict_claim_is_confirmed_by_the_independent_checker(catalog, percentiles):
    phones = [catalog.get(i) for i in ("google-pixel-8a-128gb", "samsung-galaxy-a55-128gb", "oneplus-12-256gb",
                                       "xiaomi-redmi-note-13-128gb")]
    chart = build_chart(phones, percentiles, "en", "USD")
    checker = ClaimChecker(Catalog(phones, "compared"))
    everything = Constraints(devices=frozenset(DEVICES))
    assert chart.claims
    assert [checker.why_false(c, everything) for c in chart.claims] == [None] * len(chart.claims)


def test_the_verdict_says_exactly_the_claims(catalog, percentiles):
    pixel, a55 = catalog.get("google-pixel-8a-128gb"), catalog.get("samsung-galaxy-a55-128gb")
    chart = build_chart([pixel, a55], percentiles, "en", "USD")
    # Pixel 8a: 64 vs 50 MP main camera, Tensor G3 vs Exynos 1480; A55: cheaper, bigger battery, 32 MP selfie,
    # bigger screen (the Pixel is lighter: 188 g vs 213 g); both from 2024.
    assert {(c.phone, c.aspect) for c in chart.claims} == {
        (pixel.id, "main_camera_mp"), (pixel.id, "weight_g"), (pixel.id, "performance"),
        (a55.id, "price:USD"), (a55.id, "battery_mah"), (a55.id, "front_camera_mp"), (a55.id, "screen_in")}
    assert chart.verdict == ("Google Pixel 8a 128GB: more main-camera MP, lighter, higher chip score; "
                             "Samsung Galaxy A55 128GB: lower price, bigger battery, more selfie-camera MP, "
                             "bigger screen.")


def test_the_chinese_verdict_names_the_same_facts(catalog, percentiles):
    phones = [catalog.get("google-pixel-8a-128gb"), catalog.get("samsung-galaxy-a55-128gb")]
    zh, en = (build_chart(phones, percentiles, lang, "CNY") for lang in ("zh", "en"))
    assert zh.claims == en.claims
    assert zh.verdict_lines[0] == "Google Pixel 8a 128GB：主摄像素更高、更轻、芯片跑分更高"


@pytest.mark.parametrize("ids", [["google-pixel-8a-128gb"], ["google-pixel-8a-128gb"] * 2,
                                 ["google-pixel-8a-128gb", "oneplus-12-256gb", "poco-f6-256gb", "vivo-y28-128gb",
                                  "nokia-g42-128gb"]])
def test_a_chart_needs_two_to_four_different_phones(catalog, percentiles, ids):
    with pytest.raises(RequestError, match="2 to 4 different phones"):
        build_chart([catalog.get(i) for i in ids], percentiles, "en", "USD")


def test_the_picture_is_a_png_and_is_drawn_once_per_phones_and_language(catalog, percentiles):
    phones = [catalog.get("poco-f6-256gb"), catalog.get("realme-gt-6-256gb")]
    first = chart_picture(phones, percentiles, "en", "USD", catalog.fingerprint)
    assert first.png.startswith(PNG_SIGNATURE)
    assert chart_picture(phones, percentiles, "en", "USD", catalog.fingerprint) is first
    assert chart_picture(phones, percentiles, "en", "INR", catalog.fingerprint) is not first


def test_the_caption_is_the_verdict(catalog, percentiles):
    phones = [catalog.get("poco-f6-256gb"), catalog.get("realme-gt-6-256gb")]
    picture = chart_picture(phones, percentiles, "en", "USD", catalog.fingerprint)
    assert picture.caption == build_chart(phones, percentiles, "en", "USD").verdict


@pytest.mark.skipif(_fonts.cjk_family() is None, reason="no font with Chinese glyphs on this machine")
def test_a_chinese_chart_draws_every_glyph(catalog, percentiles):
    phones = [catalog.get("vivo-y28-128gb"), catalog.get("tecno-spark-20-128gb"), catalog.get("honor-x9b-256gb")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)" for each box it draws
        picture = chart_picture(phones, percentiles, "zh", "CNY", catalog.fingerprint)
    assert picture.png.startswith(PNG_SIGNATURE) and picture.language == "zh"


def test_without_a_cjk_font_chinese_charts_fall_back_to_english(catalog, percentiles, monkeypatch):
    monkeypatch.setattr(_fonts, "cjk_family", lambda: None)
    phones = [catalog.get("vivo-y28-128gb"), catalog.get("honor-x9b-256gb")]
    english = chart_picture(phones, percentiles, "en", "CNY", catalog.fingerprint)
    assert chart_picture(phones, percentiles, "zh", "CNY", catalog.fingerprint) is english


def test_the_font_search_says_why_when_it_finds_nothing(monkeypatch, caplog):
    monkeypatch.setattr(_fonts, "_KNOWN_FAMILIES", ())
    monkeypatch.setattr(_fonts, "_fontconfig_files", list)
    with caplog.at_level(logging.WARNING, logger="advisor.explain.fonts"):
        assert _fonts.cjk_family.__wrapped__() is None
    assert len(caplog.records) == 1
    assert caplog.records[0].getMessage().startswith("No font with Chinese glyphs found")
