"""Chinese wordings of the blind-14 grammar (issue 9), by pattern class, each beside the closest wording that must keep
its meaning: a brand or chip family glossed by its other name or its maker's name in brackets ("苹果（Apple）",
"Infinix（传音）", "POCO（小米）", "麒麟（Kirin）") is named once, and the list or the refusal it stands in reads as if the
gloss were not there."""

from __future__ import annotations

import pytest

from tests.helpers import constraints_after


@pytest.mark.parametrize("text, wanted, refused", [
    # the wordings of the grammar
    ("Infinix（傳音）POCO（小米）都別推", set(), {"Infinix", "POCO"}),
    ("苹果（Apple）与POCO（小米）一律排除", set(), {"Apple", "POCO"}),
    ("Infinix（傳音）/1＋除外", set(), {"Infinix", "OnePlus"}),
    ("Infinix（传音）和一加（OnePlus）两家选一家", {"Infinix", "OnePlus"}, set()),
    ("只考虑苹果（Apple）跟Tecno（传音），有吗", {"Apple", "Tecno"}, set()),
    ("联想或者ＰＯＣＯ（小米），两家都行", {"Lenovo", "POCO"}, set()),
    ("一加（ＯｎｅＰｌｕｓ）以外随意", set(), {"OnePlus"}),
    ("諾基亞（Nokia）以外的牌子", set(), {"Nokia"}),
    # wordings of the same kind nobody listed
    ("Tecno (传音) 和 三星(Samsung) 都不要", set(), {"Tecno", "Samsung"}),
    ("华为（Huawei）以外的都行", set(), {"Huawei"}), ("只看 POCO (Xiaomi)", {"POCO"}, set()),
    ("荣耀（Honor）或者vivo（维沃）", {"Honor", "Vivo"}, set()),
])
def test_a_brand_glossed_in_brackets_is_named_once_and_its_list_reads_whole(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text, wanted", [
    # a second brand in brackets is no gloss of the first: both are named
    ("苹果（三星也行）", {"Apple", "Samsung"}), ("国产的（华为）", {"Huawei"}), ("OPPO（或者vivo）", {"Oppo", "Vivo"}),
])
def test_a_bracket_naming_another_brand_is_no_gloss(vocab, text, wanted):
    assert constraints_after(text, vocab).brands == frozenset(wanted)


@pytest.mark.parametrize("text", ["麒麟（Kirin）以外的处理器", "麒麟(Kirin)的不要", "不要紫光展锐（Unisoc）"])
def test_a_chip_family_glossed_in_brackets_is_named_once(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset({"Kirin" if "麒麟" in text else "Unisoc"}))
