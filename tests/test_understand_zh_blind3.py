"""Chinese wordings from blind-3's failures, each read as a general rule: the erhua yuan (块儿, 块儿钱) is 块, and a
bracketed Latin unit after the Chinese unit it glosses ("220克（g）", "1000迪拉姆(AED)") leaves the side word after it
("以上", "起") with the figure."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.normalize import unit_glosses
from advisor.understanding.understand import understand


def _constraints(text, vocab):
    return apply(DialogueState(), understand(text, vocab)).constraints


def _budget(text, vocab):
    b = _constraints(text, vocab).budget
    return (b.currency, b.lo, b.hi)


def _spec(text, vocab, key):
    bound = dict(_constraints(text, vocab).specs)[key]
    return (bound.lo, bound.hi)


@pytest.mark.parametrize("text", ["要3K块儿钱以上的，谢谢啦", "6千块儿以上的手机", "要一千二块儿以上的", "两千五块儿起的手机有哪些"])
def test_an_erhua_yuan_with_yishang_is_a_floor(vocab, text):
    lo = {"要3K块儿钱以上的，谢谢啦": 3000.0, "6千块儿以上的手机": 6000.0, "要一千二块儿以上的": 1200.0,
          "两千五块儿起的手机有哪些": 2500.0}[text]
    assert _budget(text, vocab) == ("CNY", lo, None)


@pytest.mark.parametrize("text, hi", [("价格1.5K块儿钱以下", 1500.0), ("价格6K块儿以下", 6000.0), ("两千块儿以内的手机", 2000.0)])
def test_an_erhua_yuan_with_yixia_is_a_ceiling(vocab, text, hi):
    assert _budget(text, vocab) == ("CNY", None, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("800块儿钱上下就行，推荐几款", 680.0, 920.0),
    ("预算一万块儿左右", 8500.0, 11500.0),
    ("两千块儿上下的手机", 1700.0, 2300.0),
])
def test_an_erhua_yuan_with_zuoyou_is_about_that_much(vocab, text, lo, hi):
    assert _budget(text, vocab) == ("CNY", lo, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("价位在8K块儿钱~12K块儿钱，有推荐的吗", 8000.0, 12000.0),
    ("三千块儿~三千五块儿之间", 3000.0, 3500.0),
    ("一千块儿钱到两千块儿钱的", 1000.0, 2000.0),
    ("1500块儿至2500块儿的华为", 1500.0, 2500.0),
])
def test_an_erhua_yuan_range_keeps_both_ends(vocab, text, lo, hi):
    assert _budget(text, vocab) == ("CNY", lo, hi)


def test_yikuai_er_meaning_together_reads_no_money(vocab):
    # 一块儿 ("together") becomes 一块, and one yuan is below any phone's price: not a budget
    assert _constraints("我们一块儿去挑个手机", vocab).budget is None


@pytest.mark.parametrize("text, lo, hi", [
    ("重量在220克（g）以上", 220.0, None),
    ("210克（g）或更重", 210.0, None),
    ("手感重點，210克（g）起", 210.0, None),
    ("机身200克(g)以下的", None, 200.0),
    ("重量不超过190克 (g)", None, 190.0),
])
def test_a_bracketed_gram_gloss_leaves_the_side_with_the_weight(vocab, text, lo, hi):
    assert _spec(text, vocab, "weight_g") == (lo, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("预算1000迪拉姆(AED)起", 1000.0, None),
    ("800迪拉姆(AED)以上吧", 800.0, None),
    ("1000迪拉姆(AED)到2500迪拉姆(AED)都可以", 1000.0, 2500.0),
    ("3000元(RMB)以上", 3000.0, None),
])
def test_a_bracketed_currency_code_leaves_the_side_with_the_amount(vocab, text, lo, hi):
    cur = "CNY" if "元" in text else "AED"
    assert _budget(text, vocab) == (cur, lo, hi)


@pytest.mark.parametrize("text", ["华为(HUAWEI)的手机", "三星(S系列)不要", "预算(rmb)三千", "256g(存储)以上"])
def test_brackets_that_gloss_no_chinese_unit_stay(text):
    # only a unit code right after the Chinese unit it spells out is dropped
    assert unit_glosses(text) == text


def test_a_bracketed_mah_gloss_leaves_the_side_with_the_battery(vocab):
    assert _spec("电池5000毫安(mAh)以上", vocab, "battery_mah") == (5000.0, None)


def _sort(text, vocab):
    s = apply(DialogueState(), understand(text, vocab)).sort
    return None if s is None else (s.key, s.descending)


@pytest.mark.parametrize("text, expected", [
    ("按尺寸排，低到高，还要存储在256 g或以上", ("screen_in", False)),
    ("按尺寸排序低到高", ("screen_in", False)),
    ("按重量排，高到低", ("weight_g", True)),
    ("按电池排序，小到大", ("battery_mah", False)),
    ("按内存排 高到低", ("ram_gb", True)),
])
def test_a_direction_without_cong_after_an_ordering_by_an_aspect_decides_it(vocab, text, expected):
    assert _sort(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [("按重量排", ("weight_g", False)), ("按尺寸排", ("screen_in", True))])
def test_an_ordering_by_an_aspect_alone_still_starts_at_its_better_end(vocab, text, expected):
    assert _sort(text, vocab) == expected


@pytest.mark.parametrize("text", ["也要按跑分成绩排，高到低？？", "按跑分成绩排序高到低", "跑分分数从高到低"])
def test_the_benchmark_result_is_the_performance_aspect(vocab, text):
    assert _sort(text, vocab) == ("performance", True)


@pytest.mark.parametrize("text, expected", [
    ("Realme 的手机，价格 from low to high", ("price", False)),
    ("电池 high to low", ("battery_mah", True)),
    ("华为，重量 from lowest to highest", ("weight_g", False)),
    ("价格 descending", ("price", True)),
])
def test_an_english_direction_after_a_chinese_aspect_is_an_ordering(vocab, text, expected):
    assert _sort(text, vocab) == expected


def test_an_english_word_with_low_inside_is_no_direction(vocab):
    assert _sort("价格 below to high end", vocab) is None


@pytest.mark.parametrize("text", ["效能最強的手機，不超過5000元", "效能最好的三星", "两千块的 budget, performance 最好的是哪个",
                                  "performance 最强的小米"])
def test_performance_said_in_taiwan_or_english_before_a_superlative_orders_by_it(vocab, text):
    request = understand(text, vocab)
    assert _sort(text, vocab) == ("performance", True)
    assert "flagship" not in request.intents


def test_battery_in_english_before_a_chinese_superlative_orders_by_it(vocab):
    assert _sort("battery 最大的", vocab) == ("battery_mah", True)


@pytest.mark.parametrize("text, hi", [("还要最多到2022年，有推荐的吗", 2022), ("最多到2020年", 2020), ("最多是2019年的", 2019)])
def test_zuiduo_before_a_year_is_a_ceiling(vocab, text, hi):
    assert _spec(text, vocab, "year") == (None, hi)


@pytest.mark.parametrize("text, lo, hi", [
    ("2022年的或更新的，也要价位在两千 块钱~五千 块钱", 2022, None),
    ("2020年的或更新的", 2020, None),
    ("2019年的或更早的", None, 2019),
])
def test_a_year_with_de_then_its_side_keeps_the_side(vocab, text, lo, hi):
    assert _spec(text, vocab, "year") == (lo, hi)


def test_a_year_with_de_alone_is_that_year(vocab):
    assert _spec("2022年的手机", vocab, "year") == (2022, 2022)


@pytest.mark.parametrize("text, family", [
    ("另外不要用骁龙Snapdragon的，谢谢啦", "Snapdragon"), ("不要天玑 Dimensity", "Dimensity"), ("别要麒麟Kirin的", "Kirin"),
])
def test_a_chip_family_named_in_both_languages_is_refused_once(vocab, text, family):
    c = _constraints(text, vocab)
    assert (c.chipset, c.exclude_chipsets) == (None, frozenset({family}))


def test_two_different_chip_families_side_by_side_are_not_one_echo(vocab):
    c = _constraints("不要骁龙，要天玑", vocab)
    assert (c.chipset, c.exclude_chipsets) == ("Dimensity", frozenset({"Snapdragon"}))


def test_zuiduo_dao_after_a_concession_of_older_models_still_limits_how_old(vocab):
    assert _spec("老款也行，但最多到2019年", vocab, "year") == (2019, None)


def _sides(text, vocab):
    c = _constraints(text, vocab)
    return c.brands, [(a.brands, a.specs) for a in c.alternatives]


def _alt(brand, key, lo):
    from advisor.understanding.request import Bound
    return (frozenset({brand}), ((key, Bound(lo=lo)),))


@pytest.mark.parametrize("text, first, second", [
    ("另外荣耀、前置最少16Mp或者Tecno，电池要4500ma以上都可以", _alt("Honor", "front_camera_mp", 16.0),
     _alt("Tecno", "battery_mah", 4500.0)),
    ("三星、电池5000毫安以上或者小米、运存12G以上", _alt("Samsung", "battery_mah", 5000.0), _alt("Xiaomi", "ram_gb", 12.0)),
    ("Tecno、主摄最少48兆像素还是前置至少20Mp的一加都行", _alt("Tecno", "main_camera_mp", 48.0),
     _alt("OnePlus", "front_camera_mp", 20.0)),
])
def test_a_dunhao_between_a_brand_and_its_spec_keeps_them_one_side(vocab, text, first, second):
    assert _sides(text, vocab) == (frozenset(), [first, second])


def test_a_dunhao_between_brands_still_lists_them(vocab):
    assert _sides("荣耀、小米或者三星", vocab) == (frozenset({"Honor", "Xiaomi", "Samsung"}), [])


@pytest.mark.parametrize("text, first, second", [
    ("摩托罗拉配５０００万 像素以上前置；或ＰＯＣＯ，电池得５５００ｍａ以上", _alt("Motorola", "front_camera_mp", 50.0),
     _alt("POCO", "battery_mah", 5500.0)),
    ("摩托罗拉要主摄6400万 像素或以上；或Infinix要存储256 g或以上", _alt("Motorola", "main_camera_mp", 64.0),
     _alt("Infinix", "storage_gb", 256.0)),
    ("小米要前置3200万 像素以上，或者三星要电池5000毫安以上", _alt("Xiaomi", "front_camera_mp", 32.0),
     _alt("Samsung", "battery_mah", 5000.0)),
])
def test_a_space_after_a_chinese_scale_stays_inside_a_side(vocab, text, first, second):
    assert _sides(text, vocab) == (frozenset(), [first, second])


@pytest.mark.parametrize("text, key, lo", [
    ("推荐一下，不要折叠屏，５Ｇ、电池要不少于４０００毫安，谢谢", "battery_mah", 4000.0),
    ("价位人民币一千二到人民币三千、前置要不少于32MP", "front_camera_mp", 32.0),
    ("屏幕要不低于6.5寸", "screen_in", 6.5),
])
def test_yaobu_before_a_comparison_is_a_negated_bound_not_an_or(vocab, text, key, lo):
    assert _constraints(text, vocab).alternatives == ()
    assert _spec(text, vocab, key) == (lo, None)


def test_yaobu_before_a_brand_still_offers_a_fallback(vocab):
    assert [a.brands for a in _constraints("小米12GB内存的，要不华为也行", vocab).alternatives] == [
        frozenset({"Xiaomi"}), frozenset({"Huawei"})]
