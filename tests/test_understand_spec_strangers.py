"""Spec bounds in wordings nobody on the team wrote before (issue 9): a negation before the spec's noun, years "at
the oldest", a phone "from" a year, years in two Chinese numerals, and a floor said with 起码有; ranges closed by "range",
"sub-6.2\"", "on or after" a year, "prior to" after a launch verb, a chip "on the level of", "max" after a figure, "batt",
and a chip comparison refused after it ("anything slower than an 8 Gen 1 is a no")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _specs(vocab, text: str) -> dict[str, object]:
    """spec name -> the bound the text sets on it."""
    return {slot[5:]: value for slot, (_, value) in slots(understand(text, vocab)).items() if slot.startswith("spec:")}


@pytest.mark.parametrize("text, spec, bound", [
    ("no screens above 6.4\"", "screen_in", Bound(hi=6.4)), ("no screen above 6.4", "screen_in", Bound(hi=6.4)),
    ("no displays bigger than 6.5 inches", "screen_in", Bound(hi=6.5)),
    ("no batteries under 4500mah", "battery_mah", Bound(lo=4500)),
    ("别给我推荐屏幕超过6.4寸的", "screen_in", Bound(hi=6.4)),
])
def test_a_negation_before_the_specs_noun_turns_the_side_of_its_figure(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, bound", [
    ("2020 at the oldest", Bound(lo=2020)), ("2022 at the newest", Bound(hi=2022)),
])
def test_a_year_at_the_oldest_or_newest_is_a_floor_or_a_ceiling(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text", ["a model from 2023", "an iphone from 2023", "looking for a phone from 2023"])
def test_a_phone_from_a_year_is_one_launched_that_year(vocab, text):
    assert _specs(vocab, text)["year"] == Bound(2023, 2023)


def test_from_a_year_opening_the_ask_is_still_a_floor(vocab):
    assert _specs(vocab, "from 2023, 8gb ram")["year"] == Bound(lo=2023)


@pytest.mark.parametrize("text, bound", [
    ("二三年款的", Bound(2023, 2023)), ("一九年以后的", Bound(lo=2019)), ("二二年发布的", Bound(2022, 2022)),
])
def test_a_year_in_two_chinese_numerals_is_a_year(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


def test_two_chinese_numerals_before_years_of_use_are_no_year(vocab):
    assert "year" not in _specs(vocab, "手机用了二三年了")


@pytest.mark.parametrize("text, spec, bound", [
    ("存储起码有128", "storage_gb", Bound(lo=128)), ("电池至少有5000", "battery_mah", Bound(lo=5000)),
])
def test_a_floor_word_then_you_before_the_figure_is_the_specs_floor(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, bound", [
    ("at the earliest a 2022 release", Bound(lo=2022)), ("at the latest a 2021 model", Bound(hi=2021)),
])
def test_at_the_earliest_or_latest_before_a_year_is_a_floor_or_a_ceiling(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("a 6.7-inch-or-larger screen", "screen_in", Bound(lo=6.7)), ("a 6.1-inch-or-smaller phone", "screen_in", Bound(hi=6.1)),
    ("a 5000mah-or-more battery", "battery_mah", Bound(lo=5000)),
])
def test_a_side_joined_to_its_figure_by_hyphens_is_read_as_the_words(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, bound", [
    ("6.1 or under for the screen", Bound(hi=6.1)), ("6.5 or more for the display", Bound(lo=6.5)),
])
def test_a_figure_and_its_side_before_for_the_screen_is_the_screens(vocab, text, bound):
    assert _specs(vocab, text) == {"screen_in": bound}


@pytest.mark.parametrize("text, bound", [
    ("not older than a 2022 model", Bound(lo=2022)), ("newer than a 2021 phone", Bound(lo=2022)),
])
def test_an_article_between_a_year_comparison_and_the_year_keeps_the_comparison(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("no phones with less than 8gb ram", "ram_gb", Bound(lo=8)), ("no phones with over 200 grams", "weight_g", Bound(hi=200)),
])
def test_no_phones_with_a_side_of_a_figure_turns_the_side(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text", ["不要128G以下的存储", "不要存储128G以下的"])
def test_a_refused_side_of_a_memory_figure_is_out(vocab, text):
    assert _specs(vocab, text) == {"storage_gb": Bound(lo=128)}


@pytest.mark.parametrize("text, bound", [
    ("no phone heavier than 190", Bound(hi=190)), ("nothing heavier than 190", Bound(hi=190)),
    ("no heavier than 200", Bound(hi=200)), ("轻于180", Bound(hi=180)),
])
def test_a_weight_comparison_before_a_bare_figure_is_a_weight(vocab, text, bound):
    assert _specs(vocab, text) == {"weight_g": bound}


def test_a_heavier_than_before_a_money_figure_stays_money(vocab):
    assert "weight_g" not in _specs(vocab, "nothing heavier than 190 dollars")


@pytest.mark.parametrize("text, spec, bound", [
    ("no batteries smaller than 5000", "battery_mah", Bound(lo=5000)),
    ("don't want a screen bigger than 6.1", "screen_in", Bound(hi=6.1)),
])
def test_a_plural_or_an_article_before_the_specs_noun_keeps_the_negation(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text", ["2022年之前的老款也行，一千以内", "2020年以前的也可以"])
def test_older_phones_said_welcome_too_rule_out_no_year(vocab, text):
    assert slots(understand(text, vocab))["spec:year"] == ("set", Bound())


@pytest.mark.parametrize("text, spec, bound", [
    ("screen in the 6.4 to 6.6 range please", "screen_in", Bound(6.4, 6.6)),
    ("screen in the 6.4-6.6 range", "screen_in", Bound(6.4, 6.6)),
    ("display size in the 6.1 to 6.3 range", "screen_in", Bound(6.1, 6.3)),
    ("ram in the 8 to 12 range pls", "ram_gb", Bound(8, 12)),
    ("battery in the 4500-5000 range", "battery_mah", Bound(4500, 5000)),
])
def test_a_range_said_in_the_range_after_a_specs_word_bounds_both_sides(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, spec, bound", [
    ("a sub-6.2\" screen", "screen_in", Bound(hi=6.2)), ("sub-6.2 inch display", "screen_in", Bound(hi=6.2)),
    ("a sub-180g phone", "weight_g", Bound(hi=180)),
])
def test_sub_hyphened_to_a_figure_is_a_ceiling(vocab, text, spec, bound):
    assert _specs(vocab, text) == {spec: bound}


@pytest.mark.parametrize("text, bound", [
    ("on or after 2022", Bound(lo=2022)), ("released on or after 2022", Bound(lo=2022)),
    ("launched in or after 2023", Bound(lo=2023)), ("on or before 2021", Bound(hi=2021)),
    ("released on or before 2021", Bound(hi=2021)),
])
def test_on_or_after_a_year_keeps_the_year_itself(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, bound", [
    ("released prior to 2022", Bound(hi=2021)), ("came out prior to 2021", Bound(hi=2020)),
    ("nothing released prior to 2022", Bound(lo=2022)), ("no phones launched prior to 2023", Bound(lo=2023)),
])
def test_prior_to_after_a_launch_verb_is_before_the_year(vocab, text, bound):
    assert _specs(vocab, text) == {"year": bound}


@pytest.mark.parametrize("text, bound", [
    ("the chip needs to be at least on the level of a Snapdragon 8 Gen 2", Bound(lo=5000)),
    ("processor on the same level as the Dimensity 9200", Bound(lo=5200)),
    ("chip at the level of an A15", Bound(lo=4600)), ("chip on the level of an A15", Bound(lo=4600)),
])
def test_a_chip_said_to_be_the_level_wanted_is_a_chip_score_floor(vocab, text, bound):
    assert _specs(vocab, text)["chip_score"] == bound


@pytest.mark.parametrize("text, spec, bound", [
    ("6.3 inches max for the display", "screen_in", Bound(hi=6.3)),
    ("4500mah max for the battery", "battery_mah", Bound(hi=4500)),
    ("12gb maximum for the ram", "ram_gb", Bound(hi=12)),
])
def test_max_right_after_a_figure_is_its_ceiling_not_an_ordering(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert (_specs(vocab, text)[spec], request.sort) == (bound, None)


def test_max_before_a_specs_noun_with_no_figure_before_it_still_orders(vocab):
    assert understand("under 400, max battery", vocab).sort == Sort("battery_mah", True)


@pytest.mark.parametrize("text, bound", [
    ("batt at least 4500", Bound(lo=4500)), ("batt 5000+", Bound(lo=5000)), ("batt capacity min 5000", Bound(lo=5000)),
])
def test_batt_is_the_battery(vocab, text, bound):
    assert _specs(vocab, text) == {"battery_mah": bound}


@pytest.mark.parametrize("text, bound", [
    ("anything slower than a Snapdragon 8 Gen 2 is a no", Bound(lo=5000)),
    ("anything weaker than the dimensity 9200 is out", Bound(lo=5200)),
    ("比骁龙8 Gen 2弱的不要", Bound(lo=5000)), ("比天玑9200慢的不考虑", Bound(lo=5200)),
])
def test_a_chip_comparison_refused_after_it_wants_the_other_side_and_the_chip_itself(vocab, text, bound):
    assert _specs(vocab, text)["chip_score"] == bound


@pytest.mark.parametrize("text, bound", [
    ("no chip below Snapdragon 8 Gen 2", Bound(lo=5000)), ("no processor below the dimensity 9200", Bound(lo=5200)),
])
def test_no_chip_below_a_named_chip_is_that_chips_floor(vocab, text, bound):
    assert _specs(vocab, text)["chip_score"] == bound


@pytest.mark.parametrize("text, bound", [
    ("no processors slower than the dimensity 9200", Bound(lo=5200)),
    ("no chipset weaker than an A15", Bound(lo=4600)),
    ("no chips worse than a Snapdragon 8 Gen 2", Bound(lo=5000)),
    ("nothing worse than an A15", Bound(lo=4600)),
])
def test_no_chip_word_before_a_slower_chip_refuses_the_slower_side(vocab, text, bound):
    # "no processors" had been read as letting the chip go, which left "slower than" to cap the chip instead
    assert _specs(vocab, text)["chip_score"] == bound


def test_a_chip_worse_than_a_named_one_is_a_ceiling_below_it(vocab):
    assert _specs(vocab, "a processor worse than an A15")["chip_score"] == Bound(hi=4599)
