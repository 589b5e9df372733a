"""A space between two Chinese clauses ends the first, as "，" does (issue 10, from the SEALED-4 dialogue failures):
in "vivo可以了 荣耀还是不要" the refusal closing the second clause is Honor's alone, and in "算了谷歌不要 只看三星"
the wish after the space is no part of Google's refusal. A space inside one phrase splits nothing: a figure after its
word ("预算 3000", "小米 14"), words leaning on what came before ("PKR 80000 以内", "华为 不要"), or a refusal
spaced from what it refuses ("不要 华为")."""

from __future__ import annotations

import pytest

from advisor.understanding.clauses import break_spaced_clauses
from advisor.understanding.request import Bound, Budget
from advisor.understanding.scan import SPACE_BREAK, Scan
from advisor.understanding.understand import understand


def _read(text, vocab):
    """The slot updates the parser reads, as (slot, op, value) triples."""
    return {(u.slot, u.op, u.value) for u in understand(text, vocab).updates}


def _spaces_read_as_breaks(text):
    """The clauses of the text as the scan splits them at spaces (punctuation left alone)."""
    scan = Scan(text)
    break_spaced_clauses(scan)
    return [" ".join(part.split()) for part in scan.low.split(SPACE_BREAK) if part.strip()]


def _wish_and_refusal(wanted, refused):
    return {("brands", "set", frozenset({wanted})), ("exclude_brands", "add", frozenset({refused})),
            ("brands", "remove", frozenset({refused}))}


@pytest.mark.parametrize(("text", "wanted", "refused"), [
    ("vivo可以了 荣耀还是不要", "Vivo", "Honor"),
    ("三星可以 小米不要", "Samsung", "Xiaomi"),
    ("小米可以\u3000华为不行", "Xiaomi", "Huawei"),  # a full-width space
    ("荣耀可以了 vivo还是不要", "Honor", "Vivo"),   # an English name glued to the second clause
    ("苹果就行  三星的不考虑", "Apple", "Samsung"),  # two spaces
])
def test_a_refusal_after_a_space_refuses_only_its_own_clause(vocab, text, wanted, refused):
    assert _read(text, vocab) == _wish_and_refusal(wanted, refused)


@pytest.mark.parametrize(("text", "refused", "wanted"), [
    ("算了谷歌不要 只看三星", "Google", "Samsung"),
    ("華為就算了 看看榮耀", "Huawei", "Honor"),
    ("oppo不考虑 来个小米", "Oppo", "Xiaomi"),
])
def test_a_wish_after_a_spaced_refusal_is_no_part_of_it(vocab, text, refused, wanted):
    assert _read(text, vocab) == _wish_and_refusal(wanted, refused)


def test_a_budget_then_a_spaced_refusal_reads_both(vocab):
    assert _read("预算2000 不要vivo", vocab) == {
        ("budget", "set", Budget(currency="CNY", hi=2000.0)),
        ("exclude_brands", "add", frozenset({"Vivo"})), ("brands", "remove", frozenset({"Vivo"}))}


def test_a_figure_with_its_unit_before_a_space_ends_its_clause(vocab):
    assert _read("2000以内 三星可以 华为不要", vocab) == {
        ("budget", "set", Budget(currency="CNY", hi=2000.0)), *_wish_and_refusal("Samsung", "Huawei")}


@pytest.mark.parametrize("text", ["不要 华为", "别推荐 华为", "不考虑 华为"])
def test_a_refusal_spaced_from_its_brand_still_refuses_it(vocab, text):
    assert _read(text, vocab) == {("exclude_brands", "add", frozenset({"Huawei"})),
                                  ("brands", "remove", frozenset({"Huawei"}))}


def test_a_refusal_spaced_from_a_list_refuses_every_name(vocab):
    assert _read("不要 华为 小米", vocab) == {("exclude_brands", "add", frozenset({"Huawei", "Xiaomi"})),
                                           ("brands", "remove", frozenset({"Huawei", "Xiaomi"}))}


def test_a_refusal_spaced_after_its_brand_still_refuses_it(vocab):
    assert _read("华为 不要", vocab) == {("exclude_brands", "add", frozenset({"Huawei"})),
                                       ("brands", "remove", frozenset({"Huawei"}))}


def test_an_addition_spaced_from_its_brand_still_adds_it(vocab):
    assert _read("加上 小米", vocab) == {("brands", "add", frozenset({"Xiaomi"}))}


def test_a_wish_said_of_a_brand_read_just_before_is_no_opening_word(vocab):
    # "还可以" (still fine) after vivo says vivo will do; it does not add the brand after the space
    assert _read("vivo还可以 荣耀不要", vocab) == _wish_and_refusal("Vivo", "Honor")


def test_a_chip_refusal_spaced_from_the_chip_still_refuses_it(vocab):
    assert ("exclude_chipsets", "add", frozenset({"Snapdragon"})) in _read("不要 骁龙", vocab)


@pytest.mark.parametrize(("text", "expected"), [
    ("预算 3000", {("budget", "set", Budget(currency="CNY", hi=3000.0))}),
    ("PKR 80000 以内", {("budget", "set", Budget(currency="PKR", hi=80000.0))}),
    ("camera 50MP 以上", {("spec:main_camera_mp", "set", Bound(lo=50.0))}),
    ("骁龙 8 Gen 2", {("chipset", "set", "Snapdragon 8 Gen 2")}),
    ("三星 Galaxy S24", {("brands", "set", frozenset({"Samsung"}))}),
])
def test_a_space_inside_one_phrase_splits_nothing(vocab, text, expected):
    assert _read(text, vocab) == expected



@pytest.mark.parametrize(("text", "refused", "wanted"), [
    ("不要骁龙 天玑可以", "Snapdragon", "Dimensity"),
    ("不要骁龙，天玑可以", "Snapdragon", "Dimensity"),
    ("不要天玑 骁龙也行", "Dimensity", "Snapdragon"),
    ("no exynos, snapdragon instead", "Exynos", "Snapdragon"),
])
def test_a_chip_said_to_be_fine_after_a_refused_chip_is_wanted(vocab, text, refused, wanted):
    assert _read(text, vocab) == {("chipset", "set", wanted), ("exclude_chipsets", "add", frozenset({refused}))}


@pytest.mark.parametrize(("text", "refused"), [
    ("不要骁龙 天玑", {"Snapdragon", "Dimensity"}), ("不要骁龙和天玑", {"Snapdragon", "Dimensity"}),
    ("no exynos or snapdragon", {"Exynos", "Snapdragon"}),
])
def test_a_chip_listed_after_a_refused_chip_is_refused_too(vocab, text, refused):
    assert _read(text, vocab) == {("exclude_chipsets", "add", frozenset(refused))}


@pytest.mark.parametrize(("text", "clauses"), [
    ("vivo可以了 荣耀还是不要", ["vivo可以了", "荣耀还是不要"]),
    ("算了谷歌不要\u3000只看三星", ["算了谷歌不要", "只看三星"]),
    ("荣耀可以了 vivo还是不要", ["荣耀可以了", "vivo还是不要"]),
    ("8gb 三星不要", ["8gb", "三星不要"]),
    ("2000以内 三星可以 华为不要", ["2000以内", "三星可以", "华为不要"]),
])
def test_a_space_between_two_chinese_clauses_is_a_break(text, clauses):
    assert _spaces_read_as_breaks(text) == clauses


@pytest.mark.parametrize("text", [
    "预算 3000", "小米 14", "三星 Galaxy S24", "iPhone 15 Pro", "PKR 80000 以内", "camera 50MP 以上", "两千 左右",
    "华为 不要", "三星 也行", "苹果 就行", "5G 手机", "2000 元", "华为 的", "三星 太贵了", "vivo 荣耀",
])
def test_a_space_inside_one_phrase_is_no_break(text):
    assert _spaces_read_as_breaks(text) == [text.lower()]
