"""`phone-advisor compare A B [--chart out.png]` at the console boundary."""

import pytest

from advisor.cli import main
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def small_env(monkeypatch, small_settings):
    monkeypatch.setenv("PHONE_ADVISOR_HOME", str(small_settings.home))
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(SMALL_CATALOG))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))


def test_compare_prints_the_table_and_writes_the_chart(small_env, capsys, tmp_path):
    out = tmp_path / "out.png"
    assert main(["compare", "Pixel 8a", "Galaxy A55", "--chart", str(out)]) == 0
    header, price = capsys.readouterr().out.splitlines()[:2]
    assert header.split() == ["Google", "Pixel", "8a", "128GB", "Samsung", "Galaxy", "A55", "128GB"]
    assert price.split() == ["price", "$499", "$449"]
    assert out.read_bytes().startswith(PNG_SIGNATURE)


def test_compare_in_chinese_shows_prices_in_yuan(small_env, capsys):
    assert main(["compare", "Pixel 8a", "Galaxy A55", "--lang", "zh"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["价格", "¥3,999", "¥2,999"]


def test_an_unknown_phone_is_a_one_line_error(small_env, capsys):
    assert main(["compare", "Pixel 8a", "Nokia 9999"]) == 2
    assert capsys.readouterr().err.strip() == (
        'phone-advisor: I could not find "nokia 9999" among the phones shown or in the catalog.')


def test_one_phone_is_not_a_comparison(small_env, capsys):
    assert main(["compare", "Pixel 8a"]) == 2
    assert capsys.readouterr().err.strip() == "phone-advisor: Name 2 to 4 phones to compare, got 1."
