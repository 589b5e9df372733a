"""Each cleaning rule of the raw Kaggle import, on the odd strings the real file contains."""

from __future__ import annotations

import pytest

from advisor.catalog.ingest.clean_device import device_type, is_5g
from advisor.catalog.ingest.clean_prices import check_price_consistency, parse_price
from advisor.catalog.ingest.clean_specs import (
    canonical_brand,
    parse_back_cameras,
    parse_battery,
    parse_front_cameras,
    parse_ram,
    parse_screen,
    parse_weight,
    parse_year,
    phone_id,
    split_storage,
    tidy,
)
from advisor.catalog.ingest.raw import decode_raw

# --- encoding -------------------------------------------------------------------------------


def test_raw_file_bytes_are_read_as_latin1_when_they_are_not_utf8():
    text, encoding = decode_raw("¥13,999,CNY 17,999\xa0".encode("latin-1"))
    assert (text, encoding) == ("¥13,999,CNY 17,999\xa0", "latin-1")


def test_raw_file_saved_as_utf8_is_read_as_utf8():
    text, encoding = decode_raw("\ufeff¥13,999".encode("utf-8"))
    assert (text, encoding) == ("¥13,999", "utf-8")


def test_non_breaking_spaces_are_tidied_away():
    assert tidy("CNY 17,999\xa0") == "CNY 17,999"


# --- brand and model name -------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["Poco", "POCO", " poco "])
def test_brand_spelling_variants_become_one_spelling(raw):
    assert canonical_brand(raw) == "POCO"


def test_unknown_brand_keeps_its_spelling():
    assert canonical_brand("Fairphone ") == "Fairphone"


@pytest.mark.parametrize(
    ("raw", "family", "storage"),
    [
        ("iPhone 16 128GB", "iPhone 16", 128),
        ("Galaxy Z Fold6 1TB", "Galaxy Z Fold6", 1024),
        ("iPad Pro 13-inch 2TB", "iPad Pro 13-inch", 2048),
        ("iPad Air 10.9-inch 64GB", "iPad Air 10.9-inch", 64),
        ("Galaxy Tab E 10.1 16GB", "Galaxy Tab E 10.1", 16),
    ],
)
def test_storage_at_the_end_of_a_model_name_is_split_off(raw, family, storage):
    name = split_storage(raw)
    assert (name.model, name.family, name.storage_gb) == (raw, family, storage)


def test_model_name_without_storage_is_its_own_family():
    name = split_storage("P60 Pro")
    assert (name.family, name.storage_gb) == ("P60 Pro", None)


@pytest.mark.parametrize(
    ("brand", "model", "expected"),
    [
        ("Apple", "iPhone 16 128GB", "apple-iphone-16-128gb"),
        ("OnePlus", "OnePlus 12 256GB", "oneplus-12-256gb"),
        ("Samsung", "Galaxy S24+ 128GB", "samsung-galaxy-s24-plus-128gb"),
        ("Samsung", "Galaxy Z Fold6 1TB", "samsung-galaxy-z-fold6-1tb"),
        ("Huawei", "P60 Pro", "huawei-p60-pro"),
    ],
)
def test_id_is_a_slug_of_brand_and_model_with_storage(brand, model, expected):
    assert phone_id(brand, model) == expected


# --- numeric specs --------------------------------------------------------------------------


def test_weight_reads_grams_with_decimals():
    assert (parse_weight("174g"), parse_weight("178.8g")) == (174.0, 178.8)


def test_battery_reads_with_or_without_thousands_commas():
    assert (parse_battery("3,600mAh"), parse_battery("10090mAh"), parse_battery("10,307mAh")) == (3600, 10090, 10307)


def test_single_ram_value_has_no_options():
    ram = parse_ram("1.5GB")
    assert (ram.ram_gb, ram.options) == (1.5, ())


def test_ram_list_takes_the_largest_and_keeps_the_options():
    ram = parse_ram("8GB / 12GB")
    assert (ram.ram_gb, ram.options) == (12.0, (8.0, 12.0))


def test_year_must_be_four_digits():
    assert parse_year("2024") == 2024
    with pytest.raises(ValueError, match="launch year"):
        parse_year("24")


@pytest.mark.parametrize("parse", [parse_weight, parse_battery, parse_ram, parse_screen, parse_back_cameras])
def test_non_numeric_spec_is_refused_with_the_text(parse):
    with pytest.raises(ValueError, match="'heavy'"):
        parse("heavy")


@pytest.mark.parametrize("parse", [parse_weight, parse_battery, parse_year])
def test_empty_cell_is_unknown_not_zero(parse):
    assert parse("") is None


# --- cameras --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "main", "count"),
    [
        ("48MP + 8MP + 2MP + 2MP", 48, 4),
        ("13MP+2MP", 13, 2),
        ("13MP (f/1.8, AF)", 13, 1),
        ("50MP (wide) + 12MP (ultrawide) + 12MP (telephoto)", 50, 3),
        ("200MP (Main) + 8MP (Ultra-wide) + 2MP (Macro)", 200, 3),
        ("12.2MP", 12.2, 1),
    ],
)
def test_back_cameras_keep_the_main_and_the_count(raw, main, count):
    cams = parse_back_cameras(raw)
    assert (cams.main_mp, cams.count) == (main, count)


@pytest.mark.parametrize(
    ("raw", "main", "count"),
    [
        ("12MP / 4K", 12, 1),
        ("Dual 32MP", 32, 2),
        ("Dual 60MP", 60, 2),
        ("10MP, 4MP (UDC)", 10, 2),
        ("60MP (ultrawide) + 8MP (telephoto)", 60, 2),
        ("20MP+8MP", 20, 2),
        ("10.8MP", 10.8, 1),
    ],
)
def test_front_camera_strings_give_main_resolution_and_count(raw, main, count):
    cams = parse_front_cameras(raw)
    assert (cams.main_mp, cams.count) == (main, count)


# --- screens --------------------------------------------------------------------------------


def test_plain_screen_size_has_no_cover_screen():
    screen = parse_screen("6.1 inches")
    assert (screen.main_in, screen.cover_in, screen.foldable_hint) == (6.1, None, False)


@pytest.mark.parametrize(
    ("raw", "main", "cover"),
    [
        ("6.7 inches (main), 2.7 inches (external)", 6.7, 2.7),
        ("6.9 inches (internal), 4.0 inches (external)", 6.9, 4.0),
        ("8.0 inches (unfolded)", 8.0, None),
    ],
)
def test_foldable_screens_give_main_and_cover_sizes(raw, main, cover):
    screen = parse_screen(raw)
    assert (screen.main_in, screen.cover_in, screen.foldable_hint) == (main, cover, True)


# --- prices ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "market", "value"),
    [
        ("PKR 224,999", "PKR", 224999.0),
        ("INR 1,04,999", "INR", 104999.0),
        ("¥13,999", "CNY", 13999.0),
        ("CNY 17,999\xa0", "CNY", 17999.0),
        ("USD 199.00", "USD", 199.0),
        ("USD 1719", "USD", 1719.0),
        ("AED 2,799", "AED", 2799.0),
    ],
)
def test_price_symbol_and_grouping_variants_read_as_numbers(raw, market, value):
    assert parse_price(raw, market) == value


def test_not_available_price_is_none():
    assert parse_price("Not available", "PKR") is None


def test_price_in_another_currency_than_its_column_is_refused():
    with pytest.raises(ValueError, match="priced in INR, not USD"):
        parse_price("INR 17,999", "USD")


def test_decimal_comma_reads_as_grouping_so_the_consistency_check_can_catch_it():
    assert parse_price("USD 396,22", "USD") == 39622.0


def test_price_whose_digits_slipped_is_fixed_by_a_power_of_ten():
    # Nokia T21 in the raw file: USD 396,22 beside INR 17,999 and CNY 1,250.
    prices = {"USD": 39622.0, "INR": 17999.0, "CNY": 1250.0, "PKR": 52000.0, "AED": 870.0}
    (fix,) = check_price_consistency(prices)
    assert (fix.market, fix.old, fix.new) == ("USD", 39622.0, 396.22)
    assert fix.note.startswith("price_usd fixed: ")


def test_price_too_low_by_a_thousand_is_scaled_up():
    prices = {"USD": 0.799, "INR": 79999.0, "CNY": 5799.0, "AED": 2799.0}
    (fix,) = check_price_consistency(prices)
    assert (fix.market, fix.new) == ("USD", 799.0)


def test_price_wildly_off_without_a_power_of_ten_is_nulled():
    prices = {"USD": 7000.0, "INR": 17999.0, "CNY": 1250.0, "AED": 870.0}
    (fix,) = check_price_consistency(prices)
    assert (fix.market, fix.new) == ("USD", None)
    assert fix.note.startswith("price_usd nulled: ")


def test_ordinary_market_differences_are_not_flagged():
    # Vivo V15 in the raw file: an old PKR price is well below today's exchange rate.
    prices = {"PKR": 34999.0, "INR": 22990.0, "CNY": 2199.0, "USD": 299.0, "AED": 1099.0}
    assert check_price_consistency(prices) == []


def test_two_prices_are_too_few_to_tell_which_is_wrong():
    assert check_price_consistency({"USD": 39622.0, "INR": 17999.0}) == []


# --- device type and 5G ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "screen", "hint", "device"),
    [
        ("Galaxy Z Fold6 256GB", 7.6, False, "foldable"),
        ("Galaxy Z Flip 5 256GB", 6.7, False, "foldable"),
        ("Razr 50 256GB", 6.7, True, "foldable"),
        ("Mate X2", 8.0, True, "foldable"),
        ("Magic V2", 7.92, False, "foldable"),
        ("OnePlus Open 256GB", 7.8, False, "foldable"),
        ("iPad Mini 7.9-inch 64GB", 7.9, False, "tablet"),
        ("Galaxy Tab A9 64GB", 8.7, False, "tablet"),
        ("Xpad Lite", 9.7, False, "tablet"),
        ("T21", 10.4, False, "tablet"),
        ("X30 Max", 7.09, False, "phone"),
        ("iPhone 16 128GB", 6.1, False, "phone"),
    ],
)
def test_device_type_from_name_and_screen(model, screen, hint, device):
    assert device_type(model, screen, hint) == device


@pytest.mark.parametrize(
    ("model", "device", "chip_5g", "expected"),
    [
        ("Redmi Note 14 5G 128GB", "phone", False, True),
        ("Redmi Note 14 4G 128GB", "phone", True, False),
        ("Galaxy S24 128GB", "phone", True, True),
        ("Galaxy A14 128GB", "phone", False, False),
        ("Galaxy Tab S9 128GB", "tablet", True, False),
        ("Pad 5G 128GB", "tablet", True, True),
        ("Unknown 1", "phone", None, False),
    ],
)
def test_5g_from_name_first_then_chipset(model, device, chip_5g, expected):
    assert is_5g(model, device, chip_5g) is expected
