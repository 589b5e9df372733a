"""The admin's view: /models lines and picture, per-day request figures and model loading kept apart."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot import Store
from bot._admin_view import ModelRow, describe_models, models_chart, stats_chart

DAY = 86400.0


class Clock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock(20_000 * DAY + 3600)  # 01:00 UTC on day 20000


@pytest.fixture
def store(tmp_path, clock):
    s = Store(tmp_path / "store.sqlite3", Fernet(Fernet.generate_key()), retention_days=30, clock=clock)
    yield s
    s.close()


ROWS = [ModelRow("v20261201-aaaa", "2026-12-01 10:00", "available", 0.240, 0.242, False),
        ModelRow("v20261202-bbbb", "2026-12-02 02:19", "current", 0.262, 0.242, True),
        ModelRow("v20261202-cccc", "2026-12-02 03:00", "rejected", 0.230, 0.242, True)]


def test_models_are_one_line_each_with_the_served_one_marked():
    lines = describe_models(ROWS, "v20261202-bbbb", "en").splitlines()
    assert lines[2] == ("▶ <b>v20261202-bbbb</b> · 2026-12-02 02:19 · served · "
                        "nDCG 0.262 (base 0.242, +0.020) · source on")
    assert lines[3].startswith(
        "   <b>v20261202-cccc</b> · 2026-12-02 03:00 · rejected · nDCG 0.230 (base 0.242, -0.012)")


def test_with_the_base_model_served_the_list_says_so_in_chinese():
    text = describe_models(ROWS[:1], "base", "zh")
    assert text.splitlines()[-1] == "▶ <b>base</b>（预训练模型，无适配器）正在使用"
    assert "可用" in text.splitlines()[1] and "不用源域数据" in text.splitlines()[1]


def test_the_models_picture_is_a_png_and_none_without_figures():
    assert models_chart(ROWS, "v20261202-bbbb").startswith(b"\x89PNG")
    assert models_chart([ModelRow("v1", "2026-12-01 10:00", "available", None, None, None)], "base") is None


def test_requests_are_counted_per_utc_day_with_empty_days(store, clock):
    clock.now -= DAY
    store.record_request(1, 0.100, "results")
    clock.now += DAY
    store.record_request(1, 0.200, "results")
    store.record_request(2, 0.400, "compare")
    days = store.request_days(3)
    assert [(d.requests, d.p50_ms) for d in days] == [(0, None), (1, pytest.approx(100)), (2, pytest.approx(300))]
    assert days[-1].day == "2024-10-04"  # day 20000 of the epoch


def test_requests_that_began_while_the_model_loaded_are_left_out_of_latency(store, clock):
    store.record_request(1, 0.050, "results")  # answered before the weights were needed
    clock.now += 5
    store.record_request(2, 3.000, "results")  # began at +2 s, while loading
    store.record_model_load(4.0, "base")  # ready at +5 s, 4 s after the start
    clock.now += 10
    store.record_request(3, 0.120, "results")
    load = store.last_model_load()
    assert (load.seconds, load.version, load.waiting) == (4.0, "base", 1)
    today = store.request_days(1)[0]
    assert today.requests == 2 and today.p95_ms == pytest.approx(120, abs=10)


def test_the_stats_picture_is_none_without_requests(store):
    assert stats_chart(store.request_days(7)) is None
