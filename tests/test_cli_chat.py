"""The console boundary: `phone-advisor chat --jsonl` and `phone-advisor ask`."""

import io
import json

import pytest

from advisor.cli import main
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS


@pytest.fixture
def small_env(monkeypatch, small_settings):
    monkeypatch.setenv("PHONE_ADVISOR_HOME", str(small_settings.home))
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(SMALL_CATALOG))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))


def run_jsonl(monkeypatch, capsys, lines):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert main(["chat", "--jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_jsonl_writes_one_object_per_input_line(small_env, monkeypatch, capsys):
    out = run_jsonl(monkeypatch, capsys, ["phones under $400", "only Samsung", "/reset", "预算3000元"])
    assert len(out) == 4
    assert out[1]["filters"]["brands"] == ["Samsung"] and out[1]["filters"]["budget"]["hi"] == 400
    assert out[2]["kind"] == "reset" and out[2]["filters"] == {}
    assert out[3]["language"] == "zh"


def test_jsonl_result_items_carry_ids_prices_specs_and_reasons(small_env, monkeypatch, capsys):
    (answer,) = run_jsonl(monkeypatch, capsys, ["best camera under $500"])
    item = answer["results"][0]
    assert answer["exact"] is True and answer["reply"]
    assert {"id", "brand", "name", "family", "device", "price", "battery_mah", "reasons"} <= set(item)
    assert set(item["price"]) == {"USD", "INR", "CNY", "PKR", "AED"} and item["price"]["USD"] <= 500


def test_jsonl_impossible_request_returns_alternatives_with_what_was_relaxed(small_env, monkeypatch, capsys):
    (answer,) = run_jsonl(monkeypatch, capsys, ["iPhone under $300"])
    assert answer["exact"] is False and answer["results"]
    assert answer["relaxed"] and "over your budget" in answer["results"][0]["relaxed"][0]


def test_jsonl_unknown_reference_is_answered_not_fatal(small_env, monkeypatch, capsys):
    out = run_jsonl(monkeypatch, capsys, ["details of #3", "phones under $400"])
    assert out[0]["kind"] == "error" and out[1]["results"]


def test_ask_answers_once_in_text(small_env, capsys):
    assert main(["ask", "lightest phone"]) == 0
    assert "Filters: order: lightest first" in capsys.readouterr().out


def test_missing_catalog_is_a_one_line_error_with_exit_2(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(tmp_path / "none.csv"))
    assert main(["ask", "hi"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("phone-advisor:") and len(err.strip().splitlines()) == 1


def test_jsonl_writes_or_branches_as_filters_of_their_own(small_env, monkeypatch, capsys):
    (answer,) = run_jsonl(monkeypatch, capsys, ["a Pixel with 256GB or a Samsung with 12GB RAM"])
    branches = answer["filters"]["alternatives"]
    assert sorted(tuple(branch["brands"]) for branch in branches) == [("Google",), ("Samsung",)]
