"""Chinese leftovers of round 19 (issues 9 and 10), each beside the closest wording that must keep its meaning: a brand
the shopper will not switch to ("用惯安卓了，不换苹果", "不考虑换苹果"); a year a range starts from ("2020年开始的"); a chip
that does not have to be ("不一定要8gen3", "不非得是天玑"), alone or after it was wanted; a series refused with no brand
said ("不要A系列"), told in a short note; and the wordings of the round that were already read, kept so: 净重 as the
weight, the front camera in 万 pixels, floors and ceilings said with 起步 / 顶天, a series refused under a wanted brand,
alternatives each with their own figure, and shown phones compared by position, then a cheaper one asked for."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import ask_all, budget_after, constraints_after, spec_after


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


# -- a brand the shopper will not switch to -------------------------------------------------------------------------

@pytest.mark.parametrize("text, brand", [
    ("用惯安卓了，不换苹果", "Apple"), ("不考虑换苹果", "Apple"), ("不想换苹果了", "Apple"), ("不打算换成苹果", "Apple"),
    ("别换华为", "Huawei"), ("我不会换三星的，预算3000", "Samsung"),
])
def test_a_brand_not_switched_to_is_refused_not_wanted(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (brand in constraints.exclude_brands, brand in constraints.brands) == (True, False)


@pytest.mark.parametrize("text", ["想换苹果", "考虑换苹果", "换成苹果吧", "打算换个苹果"])
def test_a_brand_switched_to_stays_wanted(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Apple"})


def test_not_switching_to_android_keeps_ios(vocab):
    assert constraints_after("用惯苹果了，不换安卓", vocab).platform == "ios"


# -- a year a range starts from -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2020年开始的", "2020年开始出的", "20年开始发布的手机", "从2020年开始的机型", "2020年起的",
                                  "2020年及以后"])
def test_a_year_said_as_where_the_range_starts_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "year") == (2020, None)


@pytest.mark.parametrize("text, bound", [("2020年的", (2020, 2020)), ("2020年出的", (2020, 2020)),
                                         ("2020年之前的", (None, 2020))])
def test_a_year_said_without_a_start_keeps_its_meaning(vocab, text, bound):
    assert spec_after(text, vocab, "year") == bound


# -- a chip that does not have to be ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["不一定要8gen3", "不非得是天玑", "不一定非要骁龙", "不是非要8gen3不可", "预算3000，不一定要骁龙"])
def test_a_chip_that_does_not_have_to_be_is_no_chip_filter(session, text):
    constraints = ask_all(session, text).constraints
    assert (constraints.chipset, constraints.exclude_chipsets, constraints.alternatives) == (None, frozenset(), ())


@pytest.mark.parametrize("wanted, text", [("要8gen3的", "不一定要8gen3"), ("要天玑的", "不非得是天玑"),
                                          ("骁龙的手机", "其实不一定要骁龙")])
def test_a_chip_that_does_not_have_to_be_drops_that_chip_wanted(session, wanted, text):
    constraints = ask_all(session, wanted, text).constraints
    assert (constraints.chipset, constraints.exclude_chipsets) == (None, frozenset())


def test_another_chip_not_required_keeps_the_chip_wanted(session):
    assert ask_all(session, "要天玑的", "不一定要骁龙").constraints.chipset == "Dimensity"


@pytest.mark.parametrize("text, chip", [("一定要8gen3", "Snapdragon 8 Gen 3"), ("非得是天玑", "Dimensity")])
def test_a_chip_that_has_to_be_stays_wanted(session, text, chip):
    assert ask_all(session, text).constraints.chipset == chip


def test_a_chip_refused_stays_refused(session):
    assert ask_all(session, "不要8gen3").constraints.exclude_chipsets == frozenset({"Snapdragon 8 Gen 3"})


# -- kept: 净重, the front camera in 万 pixels, 起步 and 顶天 ------------------------------------------------------------

@pytest.mark.parametrize("text", ["净重不超过190克", "净重190g以内", "裸机净重不超过190g", "净重别超过190克"])
def test_net_weight_is_the_weight(vocab, text):
    assert spec_after(text, vocab, "weight_g") == (None, 190.0)


def test_a_net_weight_floor_stays_a_floor(vocab):
    assert spec_after("净重不低于190克", vocab, "weight_g") == (190.0, None)


@pytest.mark.parametrize("text, bound", [("前置低于2000万", (None, 20.0)), ("前置摄像头至少3200万像素", (32.0, None)),
                                         ("前摄不低于3200万", (32.0, None)), ("自拍镜头3200万像素以上", (32.0, None))])
def test_a_front_camera_in_wan_pixels_is_bound_in_megapixels(vocab, text, bound):
    assert spec_after(text, vocab, "front_camera_mp") == bound


def test_a_main_camera_in_wan_pixels_stays_the_main_cameras(vocab):
    assert (spec_after("主摄至少3200万像素", vocab, "main_camera_mp"),
            spec_after("主摄至少3200万像素", vocab, "front_camera_mp")) == ((32.0, None), None)


@pytest.mark.parametrize("text", ["屏幕起步6.5inch", "6.5寸起步", "屏幕6.5英寸起步"])
def test_a_screen_size_said_with_qibu_is_a_floor(vocab, text):
    assert spec_after(text, vocab, "screen_in") == (6.5, None)


@pytest.mark.parametrize("text, hi", [("预算顶天3000", 3000.0), ("价格顶天3000块", 3000.0), ("顶天两千五", 2500.0)])
def test_a_price_said_with_dingtian_is_a_ceiling(vocab, text, hi):
    assert budget_after(text, vocab) == ("CNY", None, hi)


# -- kept: a series refused under a wanted brand, alternatives with their own figures -------------------------------------

@pytest.mark.parametrize("text, brand, series", [
    ("三星可以，但不要A系列", "Samsung", "Galaxy A"), ("三星行，A系列除外", "Samsung", "Galaxy A"),
    ("小米的，红米不要", "Xiaomi", "Redmi"), ("小米可以，红米就算了", "Xiaomi", "Redmi"),
])
def test_a_series_refused_under_a_wanted_brand_keeps_the_brand(vocab, text, brand, series):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series, constraints.exclude_brands) == \
        (frozenset({brand}), frozenset({series}), frozenset())


@pytest.mark.parametrize("text", ["要么小米12G，要么三星8G", "要么小米12G内存，要么三星8G内存", "小米12G或者三星8G"])
def test_alternatives_with_their_own_figures_are_read_per_alternative(vocab, text):
    sides = {(tuple(a.brands), a.spec("ram_gb")) for a in constraints_after(text, vocab).alternatives}
    assert {(brands, bound.lo if bound else None) for brands, bound in sides} == {(("Xiaomi",), 12.0), (("Samsung",), 8.0)}


# -- kept: shown phones compared by position, then a cheaper one ---------------------------------------------------------

@pytest.mark.parametrize("text, positions", [("比一下第一个和第二个", (0, 1)), ("对比一下第1个和第2个", (0, 1)),
                                             ("比一下第一个和第三个", (0, 2))])
def test_shown_phones_are_compared_by_position(session, text, positions):
    shown = ask_all(session, "预算3000以内")
    answer = session.ask(text)
    assert (answer.kind, [p.id for p in answer.focus]) == ("compare", [shown.picks[i].phone.id for i in positions])


def test_a_cheaper_one_after_a_comparison_lowers_the_budget(session):
    answer = ask_all(session, "预算3000以内", "比一下第一个和第二个", "便宜一点的")
    assert answer.kind == "results" and answer.constraints.budget.hi < 3000


# -- a series refused with no brand said ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["不要X系列", "X系列的不要", "不要G系列"])
def test_a_series_refused_without_a_brand_is_told_in_a_short_note_naming_each_brand_once(vocab, text):
    # (in the fixture catalog the X series is POCO's, Honor's and Vivo's; the G series Motorola's Moto G and Nokia's)
    notes = [n for n in understand(text, vocab).notes if "系列" in n]
    assert len(notes) == 1 and len(notes[0]) <= 40
    brands = notes[0].split("：", 1)[1].rstrip("。").split("、")
    assert len(brands) == len(set(brands)) > 1


def test_a_series_refused_without_a_brand_in_english_names_each_brand_once(vocab):
    (note,) = understand("no G series", vocab).notes
    assert note.endswith(": Motorola, Nokia.")


def test_a_series_refused_under_its_brand_needs_no_note(vocab):
    assert understand("三星的，不要A系列", vocab).notes == ()


@pytest.mark.parametrize("wanted, series", [("诺基亚的", "G"), ("摩托罗拉的手机", "Moto G"), ("要moto", "Moto G")])
def test_a_series_refused_without_a_brand_is_the_series_of_the_brand_wanted_before(session, wanted, series):
    answer = ask_all(session, wanted, "不要G系列")
    assert (answer.constraints.exclude_series, [n for n in answer.notes if "系列" in n]) == (frozenset({series}), [])


def test_a_series_refused_without_a_brand_and_none_wanted_before_is_every_brands(session):
    answer = ask_all(session, "预算3000", "不要G系列")
    assert answer.constraints.exclude_series == frozenset({"G", "Moto G"})
    assert [n for n in answer.notes if "系列" in n] == ["“G系列”没说是哪个品牌的，已排除这几家的：Motorola、Nokia。"]
