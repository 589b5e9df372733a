"""`import_catalog` and the `data` CLI: raw and normalized imports, error paths, reproducibility."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.catalog.ingest.importer import import_catalog
from advisor.catalog.model import load_catalog, parse_normalized, phone_to_row
from advisor.cli import main
from advisor.errors import CatalogImportError
from tests.helpers import DATA, SMALL_CATALOG, SMALL_CHIPSETS

REPO_CHIPSETS = DATA / "chipsets.csv"

RAW_HEADER = (
    "Company Name,Model Name,Mobile Weight,RAM,Front Camera,Back Camera,Processor,Battery Capacity,Screen Size,"
    "Launched Price (Pakistan),Launched Price (India),Launched Price (China),Launched Price (USA),"
    "Launched Price (Dubai),Launched Year"
)
# Rows in the style of the Kaggle file, with its odd strings: duplicates, a name reused with
# another chipset, POCO/Poco, "¥" and a trailing non-breaking space, a slipped decimal comma.
RAW_ROWS = [
    'Apple,iPhone 16 128GB,174g,6GB,12MP,48MP,A17 Bionic,"3,600mAh",6.1 inches,"PKR 224,999","INR 79,999","CNY 5,799",USD 799,"AED 2,799",2024',
    'Apple,iPhone 16 256GB,174g,6GB,12MP,48MP,A17 Bionic,"3,600mAh",6.1 inches,"PKR 234,999","INR 84,999","CNY 6,099",USD 849,"AED 2,999",2024',
    'Oppo,A3 128GB,186g,4GB,5MP,50MP,Snapdragon 6s 4G Gen 1,5000mAh,6.7 inches,"PKR 59,999","INR 34,999","CNY 2,999",USD 399,"AED 1,499",2024',
    'Oppo,A3 128GB,186g,4GB,5MP,50MP,Snapdragon 6s 4G Gen 1,5000mAh,6.7 inches,"PKR 59,999","INR 34,999","CNY 2,999",USD 399,"AED 1,499",2024',
    'Realme,P2 Pro 5G 256GB,188g,12GB,32MP,50MP + 8MP + 50MP,Qualcomm Snapdragon 7+ Gen 3,"5,500mAh",6.78 inches,"PKR 89,999","INR 32,999","CNY 2,500",USD 340,"AED 1,210",2024',
    'Realme,P2 Pro 5G 256GB,195g,12GB,16MP,50MP + 8MP,MediaTek Dimensity 9200,"5,100mAh",6.7 inches,"PKR 99,999","INR 38,999","CNY 2,900",USD 400,"AED 1,400",2024',
    'Vivo,Pad 128GB,498g,6GB,8MP,13MP,Snapdragon 870,8040mAh,11 inches,"PKR 64,999","INR 34,999","CNY 2,499",USD 329,"AED 1,199",2022',
    'iQOO,Pad 128GB,520g,6GB,8MP,13MP,Snapdragon 870,8040mAh,11 inches,"PKR 69,999","INR 37,999","CNY 2,699",USD 349,"AED 1,299",2023',
    'Nokia,T21,466g,4GB,8MP,8MP,Unisoc T612,8200mAh,10.4 inches,"PKR 52,000","INR 17,999","CNY 1,250","USD 396,22",AED 870,2022',
    'Huawei,P60 Pro,200g,8GB / 12GB,13MP,48MP (wide) + 13MP (ultrawide) + 48MP (telephoto),Snapdragon 8+ Gen 1 4G,"4,815mAh",6.67 inches,"PKR 259,999","INR 89,999","CNY 6,988",USD 999,"AED 3,999",2023',
    'Motorola,Razr 128GB,192g,8GB,32MP,50MP,Snapdragon 8+ Gen 1,3500mAh,"6.7 inches (main), 2.7 inches (external)","PKR 199,999","INR 59,999","CNY 5,999",USD 999,"AED 3,699",2023',
    'POCO,F6 Pro 256GB,210g,8GB,20MP,108MP,Snapdragon 8+ Gen 2,"5,000mAh",6.67 inches,"PKR 129,999","INR 39,999","CNY 2,999",USD 499,"AED 1,799",2024',
    'Poco,Pad 5G 128GB,571g,8GB,8MP,8MP,Snapdragon 7s Gen 2,"10,000mAh",12.1 inches,"PKR 66,220","INR 23,999","CNY 2,099",USD 280,"AED 1,029",2024',
    'Samsung,Galaxy Z Fold6 256GB,239g,12GB,"10MP, 4MP (UDC)",50MP,Snapdragon 8 Gen 3,4400mAh,7.6 inches,"PKR 604,999","INR 164,999","\xa513,999","USD 1,899","AED 7,199",2024',
    'Samsung,Galaxy Z Fold6 1TB,239g,12GB,"10MP, 4MP (UDC)",50MP,Snapdragon 8 Gen 3,4400mAh,7.6 inches,Not available,"INR 200,999","CNY 17,999\xa0","USD 2,259","AED 8,699",2024',
]


def write_raw(path: Path, rows: list[str] = RAW_ROWS, header: str = RAW_HEADER) -> Path:
    """A raw file encoded as the Kaggle original is: latin-1, CRLF-free."""
    path.write_bytes("\n".join([header, *rows, ""]).encode("latin-1"))
    return path


@pytest.fixture
def raw_file(tmp_path) -> Path:
    return write_raw(tmp_path / "mobiles.csv")


@pytest.fixture
def existing_catalog(tmp_path) -> Path:
    """A catalog already in place, which failed imports must leave alone."""
    dest = tmp_path / "out" / "phones.csv"
    dest.parent.mkdir()
    dest.write_bytes(SMALL_CATALOG.read_bytes())
    return dest


def imported(dest: Path) -> dict[str, dict[str, str]]:
    return {p.id: phone_to_row(p) for p in parse_normalized(dest.read_bytes())}


# --- raw import ---------------------------------------------------------------------------------


def test_raw_import_reports_rows_read_kept_dropped_and_fixed(raw_file, tmp_path):
    report = import_catalog(raw_file, tmp_path / "phones.csv", REPO_CHIPSETS)
    assert (report.schema, report.encoding) == ("raw-kaggle", "latin-1")
    assert (report.rows_read, report.rows_kept) == (15, 14)
    assert [(e.row, e.action) for e in report.dropped] == [(5, "dropped")]
    assert "exact duplicate of row 4" in report.dropped[0].reason
    assert [e.row for e in report.fixed] == [10]
    assert [e.row for e in report.of("disambiguated")] == [6, 7]


def test_raw_import_normalizes_brand_spellings_and_keeps_latin1_prices(raw_file, tmp_path):
    dest = tmp_path / "phones.csv"
    import_catalog(raw_file, dest, REPO_CHIPSETS)
    rows = imported(dest)
    assert {rows["poco-f6-pro-256gb"]["brand"], rows["poco-pad-5g-128gb"]["brand"]} == {"POCO"}
    assert rows["samsung-galaxy-z-fold6-256gb"]["price_cny"] == "13999"
    assert rows["samsung-galaxy-z-fold6-1tb"]["price_cny"] == "17999"
    assert rows["samsung-galaxy-z-fold6-1tb"]["price_pkr"] == ""


def test_raw_import_fixes_the_slipped_price_and_notes_why(raw_file, tmp_path):
    dest = tmp_path / "phones.csv"
    import_catalog(raw_file, dest, REPO_CHIPSETS)
    t21 = imported(dest)["nokia-t21"]
    assert t21["price_usd"] == "396.22"
    assert "price_usd fixed" in t21["notes"] and "'USD 396,22'" in t21["notes"]


def test_raw_import_qualifies_a_reused_name_with_its_chipset(raw_file, tmp_path):
    dest = tmp_path / "phones.csv"
    import_catalog(raw_file, dest, REPO_CHIPSETS)
    families = {r["family"] for r in imported(dest).values() if r["brand"] == "Realme"}
    assert families == {"P2 Pro 5G (Snapdragon 7+ Gen 3)", "P2 Pro 5G (MediaTek Dimensity 9200)"}


def test_family_names_shared_by_two_brands_get_the_brand(raw_file, tmp_path):
    dest = tmp_path / "phones.csv"
    import_catalog(raw_file, dest, REPO_CHIPSETS)
    rows = imported(dest)
    assert (rows["vivo-pad-128gb"]["family"], rows["iqoo-pad-128gb"]["family"]) == ("Vivo Pad", "iQOO Pad")


def test_raw_import_derives_device_5g_chipset_and_ram_options(raw_file, tmp_path):
    dest = tmp_path / "phones.csv"
    import_catalog(raw_file, dest, REPO_CHIPSETS)
    rows = imported(dest)
    razr, p60 = rows["motorola-razr-128gb"], rows["huawei-p60-pro"]
    assert (razr["device"], razr["screen_in"], razr["cover_screen_in"]) == ("foldable", "6.7", "2.7")
    assert (rows["nokia-t21"]["device"], rows["poco-pad-5g-128gb"]["is_5g"]) == ("tablet", "true")
    assert (p60["ram_gb"], p60["ram_options"], p60["is_5g"]) == ("12", "8|12", "false")
    assert rows["apple-iphone-16-128gb"]["chipset"] == "Apple A17 Pro"
    assert rows["apple-iphone-16-128gb"]["family"] == "iPhone 16"


def test_same_name_with_other_specs_on_one_chipset_is_merged_into_the_first(tmp_path):
    first = RAW_ROWS[0]
    heavier = first.replace(",174g,", ",180g,")
    report = import_catalog(write_raw(tmp_path / "raw.csv", [first, heavier]), tmp_path / "phones.csv", REPO_CHIPSETS)
    (event,) = report.merged
    assert (event.row, report.rows_kept) == (3, 1)
    assert "other weight" in event.reason
    assert imported(tmp_path / "phones.csv")["apple-iphone-16-128gb"]["weight_g"] == "174"


def test_unknown_processor_is_a_warning_and_leaves_chipset_empty(tmp_path):
    row = RAW_ROWS[0].replace("A17 Bionic", "Acme X1")
    report = import_catalog(write_raw(tmp_path / "raw.csv", [row]), tmp_path / "phones.csv", REPO_CHIPSETS)
    assert [e.action for e in report.events] == ["warning"]
    assert imported(tmp_path / "phones.csv")["apple-iphone-16-128gb"]["chipset"] == ""


def test_reimporting_the_same_raw_file_is_byte_identical(raw_file, tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    import_catalog(raw_file, first, REPO_CHIPSETS)
    import_catalog(raw_file, second, REPO_CHIPSETS)
    assert first.read_bytes() == second.read_bytes()


# --- normalized import ----------------------------------------------------------------------


def test_normalized_catalog_round_trips(tmp_path):
    dest = tmp_path / "phones.csv"
    report = import_catalog(SMALL_CATALOG, dest, SMALL_CHIPSETS)
    assert (report.schema, report.rows_read, report.rows_kept, report.events) == ("normalized", 38, 38, ())
    original = {p.id: phone_to_row(p) for p in parse_normalized(SMALL_CATALOG.read_bytes())}
    assert imported(dest) == original
    again = tmp_path / "again.csv"
    import_catalog(dest, again, SMALL_CHIPSETS)
    assert again.read_bytes() == dest.read_bytes()


def test_normalized_chipset_unknown_to_the_table_is_a_warning(tmp_path):
    text = SMALL_CATALOG.read_text(encoding="utf-8").replace(",Apple A18,", ",Acme X1,", 1)
    (tmp_path / "shop.csv").write_text(text, encoding="utf-8")
    report = import_catalog(tmp_path / "shop.csv", tmp_path / "phones.csv", SMALL_CHIPSETS)
    assert [(e.row, e.action) for e in report.events] == [(2, "warning")]


# --- error paths: the existing catalog stays byte-identical -----------------------------------


def _normalized_with(old: str, new: str) -> bytes:
    return SMALL_CATALOG.read_text(encoding="utf-8").replace(old, new, 1).encode("utf-8")


ERROR_CASES = {
    "empty file": (b"", r"is empty"),
    "header only": (RAW_HEADER.encode("latin-1") + b"\n", r"header but no rows"),
    "raw missing columns": (
        "\n".join([RAW_HEADER.replace(",RAM", ""), RAW_ROWS[0]]).encode("latin-1"), r"row 1: raw file lacks columns: RAM"),
    "raw non-numeric weight": (
        "\n".join([RAW_HEADER, RAW_ROWS[0], RAW_ROWS[1].replace("174g", "heavy")]).encode("latin-1"),
        r"row 3, column 'Mobile Weight': 'heavy' is not a weight"),
    "raw price in wrong currency": (
        "\n".join([RAW_HEADER, RAW_ROWS[0].replace("USD 799", "INR 799")]).encode("latin-1"),
        r"row 2, column 'Launched Price \(USA\)'"),
    "normalized missing columns": (_normalized_with("device,", "kind,"), r"row 1: .* lacks required columns: device"),
    "normalized non-numeric spec": (_normalized_with(",3561,", ",lots,"), r"row 2, column 'battery_mah': 'lots' is not a number"),
    "normalized wrong encoding": (_normalized_with("iPhone 16 128GB", "iPhone 16 128GB caf\xe9").replace(
        "café".encode(), "café".encode("latin-1")), r"row 2, column 'model': byte 0xe9 is not UTF-8"),
    "unknown schema": (b"name,price\nfoo,1\n", r"neither a raw Kaggle file"),
}


@pytest.mark.parametrize("case", sorted(ERROR_CASES))
def test_malformed_input_is_refused_and_leaves_the_catalog_untouched(case, tmp_path, existing_catalog):
    payload, message = ERROR_CASES[case]
    source = tmp_path / "bad.csv"
    source.write_bytes(payload)
    before = existing_catalog.read_bytes()
    with pytest.raises(CatalogImportError, match=message):
        import_catalog(source, existing_catalog, REPO_CHIPSETS)
    assert existing_catalog.read_bytes() == before
    assert [p.name for p in existing_catalog.parent.iterdir()] == ["phones.csv"]


def test_missing_source_is_refused(tmp_path, existing_catalog):
    before = existing_catalog.read_bytes()
    with pytest.raises(CatalogImportError, match="does not exist"):
        import_catalog(tmp_path / "nope.csv", existing_catalog, REPO_CHIPSETS)
    assert existing_catalog.read_bytes() == before


def test_successful_import_replaces_the_catalog_without_leftovers(raw_file, existing_catalog):
    import_catalog(raw_file, existing_catalog, REPO_CHIPSETS)
    assert len(load_catalog(existing_catalog)) == 14
    assert [p.name for p in existing_catalog.parent.iterdir()] == ["phones.csv"]


# --- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def configured(monkeypatch, tmp_path) -> Path:
    """Settings point at a catalog in tmp_path and the repository's chipsets table."""
    catalog = tmp_path / "catalog" / "phones.csv"
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(catalog))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(REPO_CHIPSETS))
    return catalog


def test_cli_import_prints_the_report_and_writes_the_configured_catalog(raw_file, configured, capsys):
    assert main(["data", "import", str(raw_file)]) == 0
    out = capsys.readouterr().out
    assert "rows read: 15, kept: 14" in out
    assert "dropped row 5: exact duplicate of row 4" in out
    assert len(load_catalog(configured)) == 14


def test_cli_import_writes_to_output(raw_file, configured, tmp_path, capsys):
    output = tmp_path / "elsewhere.csv"
    assert main(["data", "import", str(raw_file), "--output", str(output)]) == 0
    assert output.is_file() and not configured.exists()


def test_cli_import_error_exits_2_with_row_and_column(tmp_path, configured, capsys):
    bad = write_raw(tmp_path / "bad.csv", [RAW_ROWS[0].replace("174g", "heavy")])
    assert main(["data", "import", str(bad)]) == 2
    assert "row 2, column 'Mobile Weight'" in capsys.readouterr().err


def test_cli_validate_prints_the_figures(raw_file, configured, capsys):
    main(["data", "import", str(raw_file)])
    capsys.readouterr()
    assert main(["data", "validate"]) == 0
    out = capsys.readouterr().out
    for line in ["variants: 14", "families: 12", "phones: 7", "tablets: 4", "foldables: 3", "fixed prices: 1"]:
        assert line in out


def test_cli_validate_exits_2_on_a_chipset_missing_from_the_table(tmp_path, configured, monkeypatch, capsys):
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))
    assert main(["data", "validate", str(SMALL_CATALOG)]) == 0
    shop = tmp_path / "shop.csv"
    shop.write_bytes(_normalized_with(",Apple A18,", ",Acme X1,"))
    assert main(["data", "validate", str(shop)]) == 2
    assert "1 error(s):\n  apple-iphone-16-128gb: chipset 'Acme X1' is not in" in capsys.readouterr().out


def test_cli_validate_exits_2_on_an_unreadable_catalog(tmp_path, configured, capsys):
    broken = tmp_path / "broken.csv"
    broken.write_bytes(_normalized_with(",3561,", ",lots,"))
    assert main(["data", "validate", str(broken)]) == 2
    assert "column 'battery_mah'" in capsys.readouterr().err


def test_cli_show_lists_matches_case_insensitively(raw_file, configured, capsys):
    main(["data", "import", str(raw_file)])
    capsys.readouterr()
    assert main(["data", "show", "FOLD6"]) == 0
    out = capsys.readouterr().out
    assert "samsung-galaxy-z-fold6-1tb" in out and "12GB/1TB" in out and "2,259" in out
    assert "iphone" not in out.lower()


def test_cli_show_without_matches_exits_1(raw_file, configured, capsys):
    main(["data", "import", str(raw_file)])
    assert main(["data", "show", "zzz"]) == 1
    assert "No phones match 'zzz'" in capsys.readouterr().out
