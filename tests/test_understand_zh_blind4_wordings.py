"""Chinese wordings of the blind-4 error analysis (issue 9): a refusal closed by "的" or "就好" after the name, the
vivo of "步步高vivo", and "加上" joining a wanted brand to the asks before it."""

import pytest

from advisor.understanding.request import Bound, Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_read, slots


def _slot(vocab, text, slot):
    return slots(understand(text, vocab)).get(slot)


@pytest.mark.parametrize("text, brand", [
    ("處理器要驍龍哦；還有榮耀免谈的，謝謝了", "Honor"), ("三星免谈的", "Samsung"), ("华为不要就好", "Huawei"),
    ("小米不要就行，谢谢", "Xiaomi"), ("OPPO免談的哈", "Oppo"), ("realme不考虑的~", "Realme"),
])
def test_a_refusal_after_the_name_may_close_on_de_or_that_will_do(vocab, text, brand):
    assert _slot(vocab, text, "exclude_brands") == ("add", frozenset({brand}))


@pytest.mark.parametrize("text, chip", [
    ("Ｔｅｎｓｏｒ就算了就好", "Tensor"), ("Exynos的別推哈~", "Exynos"), ("联发科不要就好", "MediaTek"),
])
def test_a_chip_refused_after_its_name_may_close_on_that_will_do_or_a_tilde(vocab, text, chip):
    assert _slot(vocab, text, "exclude_chipsets") == ("add", frozenset({chip}))


@pytest.mark.parametrize("text", ["华为不要太贵", "三星的就好", "OPPO就行的"])
def test_a_wish_or_a_refusal_of_a_degree_is_not_a_refused_brand(vocab, text):
    assert _slot(vocab, text, "exclude_brands") is None


@pytest.mark.parametrize("text, slot, brands", [
    ("排除步步高vivo的哦", "exclude_brands", {"Vivo"}), ("不要步步高vivo和Motorola的", "exclude_brands", {"Vivo", "Motorola"}),
    ("步步高手机就好", "brands", {"Vivo"}), ("除了步步高、榮耀的", "exclude_brands", {"Vivo", "Honor"}),
])
def test_bubugao_is_the_vivo_maker(vocab, text, slot, brands):
    assert _slot(vocab, text, slot)[1] == frozenset(brands)


@pytest.mark.parametrize("text, brands", [
    ("必須5G呀，加上真我牌子的哦", {"Realme"}), ("还要2021年及之前哦，加上三星品牌啊", {"Samsung"}),
    ("预算三千以内，加上小米吧", {"Xiaomi"}), ("要大屏的，加上APPLE還是諾基亞都行", {"Apple", "Nokia"}),
])
def test_jiashang_after_other_asks_joins_a_wanted_brand_to_them(vocab, text, brands):
    assert _slot(vocab, text, "brands") == ("set", frozenset(brands))


@pytest.mark.parametrize("text, budget", [
    ("预算上限4000块迪拉姆吧", ("AED", None, 4000.0)), ("1200块迪拉姆到2500块迪拉姆之间呀", ("AED", 1200.0, 2500.0)),
    ("预算三万块卢比以内", ("INR", None, 30000.0)), ("两千元美金以下", ("USD", None, 2000.0)),
])
def test_a_yuan_counter_before_another_currency_name_counts_that_currency(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("80000卢比钱以上的哈", ("INR", 80000.0, None)), ("５００美元钱～１０００美元钱吧", ("USD", 500.0, 1000.0)),
    ("价格1500美元钱以内~", ("USD", None, 1500.0)), ("3000迪拉姆钱以上", ("AED", 3000.0, None)),
    ("200美元钱及以上啊", ("USD", 200.0, None)),
])
def test_qian_after_a_currency_name_closes_the_amount_so_its_side_is_read(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("4000块钱左右", ("CNY", 3400.0, 4600.0)), ("3000块以内", ("CNY", None, 3000.0)), ("500元整以下", ("CNY", None, 500.0)),
])
def test_a_bare_yuan_counter_is_still_a_yuan(vocab, text, budget):
    assert budget_read(vocab, text) == budget


@pytest.mark.parametrize("text, spec, bound", [
    ("內置存儲１２８Ｇ的以內就好", "storage_gb", Bound(hi=128)), ("rom128GB大小以内就好", "storage_gb", Bound(hi=128)),
    ("运行内存4GB大以内就好", "ram_gb", Bound(hi=4)), ("电池4500毫安的及以下呀", "battery_mah", Bound(hi=4500)),
    ("运存8G的以上", "ram_gb", Bound(lo=8)), ("256GB大小起步的存储", "storage_gb", Bound(lo=256)),
    ("电池5000毫安的以内", "battery_mah", Bound(hi=5000)),
])
def test_a_de_or_the_size_noun_between_a_figure_and_its_side_keeps_the_side(vocab, text, spec, bound):
    assert _slot(vocab, text, f"spec:{spec}") == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("64GB的内置存储", "storage_gb", Bound(lo=64)), ("8GB的运存", "ram_gb", Bound(lo=8)),
])
def test_a_de_before_a_noun_is_no_side(vocab, text, spec, bound):
    assert _slot(vocab, text, f"spec:{spec}") == ("set", bound)


@pytest.mark.parametrize("text", ["6.8″屏幕尺寸大小以上", "6.8寸屏幕大小以上", "6.8寸屏幕尺寸以上的"])
def test_the_screen_size_noun_between_the_figure_and_its_side_keeps_the_side(vocab, text):
    assert _slot(vocab, text, "spec:screen_in") == ("set", Bound(lo=6.8))


@pytest.mark.parametrize("text, sort", [
    ("按照轻重从大到小；还要电池最少6000毫安的啊", Sort("weight_g", True)), ("按轻重由重到轻排序", Sort("weight_g", True)),
    ("按轻重，降序", Sort("weight_g", True)), ("按轻重从小到大排", Sort("weight_g", False)),
    ("按新旧从小到大", Sort("year", False)), ("按轻重排序", Sort("weight_g", False)), ("按新旧排", Sort("year", True)),
])
def test_a_direction_after_a_pair_of_ends_decides_the_order(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, sort", [
    ("主摄像素最大的排第一呀", Sort("main_camera_mp", True)), ("找主攝像素最大的哦", Sort("main_camera_mp", True)),
    ("前置像素最大的", Sort("front_camera_mp", True)), ("后摄像素最大的那款", Sort("main_camera_mp", True)),
])
def test_the_most_pixels_said_as_the_biggest_is_an_order_by_the_camera(vocab, text, sort):
    assert understand(text, vocab).sort == sort


@pytest.mark.parametrize("text, bound", [
    ("6.8 inchs screen or bigger thanks", Bound(lo=6.8)), ("screen 6.5 inchs or smaller", Bound(hi=6.5)),
    ("6.7 inchs big screen minimum ideally", Bound(lo=6.7)), ("6.5 inch large display at most", Bound(hi=6.5)),
])
def test_inchs_is_inches_and_a_big_screen_is_the_screen_noun(vocab, text, bound):
    assert _slot(vocab, text, "spec:screen_in") == ("set", bound)


@pytest.mark.parametrize("text", ["用天机处理器呀", "搭载天机的哦~", "天机的芯片就行"])
def test_tianji_before_a_chip_word_or_after_fitted_is_dimensity(vocab, text):
    assert _slot(vocab, text, "chipset") == ("set", "Dimensity")


def test_tianji_alone_is_no_chip(vocab):
    assert _slot(vocab, "天机不可泄露", "chipset") is None


@pytest.mark.parametrize("text", ["不考慮紫光吧", "紫光的不要", "排除紫光"])
def test_ziguang_alone_names_unisoc(vocab, text):
    assert _slot(vocab, text, "exclude_chipsets") == ("add", frozenset({"Unisoc"}))


@pytest.mark.parametrize("text, spec, bound", [
    ("5000万的起步的后置主摄像头", "main_camera_mp", Bound(lo=50)), ("1600万的以上的前置", "front_camera_mp", Bound(lo=16)),
    ("48MP的以上主摄", "main_camera_mp", Bound(lo=48)),
])
def test_a_de_before_the_side_of_a_camera_figure_keeps_the_side(vocab, text, spec, bound):
    assert _slot(vocab, text, f"spec:{spec}") == ("set", bound)


def _chip_floor(vocab, text):
    found = _slot(vocab, text, "spec:chip_score")
    return found[1].lo if found else None


def test_stronger_than_or_equal_keeps_the_chip_itself(vocab):
    strict = _chip_floor(vocab, "比天玑8200强")
    assert _chip_floor(vocab, "比天玑8200强或一样") == strict - 1
    assert _chip_floor(vocab, "比骁龙695快或者差不多") == _chip_floor(vocab, "骁龙695或以上") == _chip_floor(vocab, "比骁龙695快") - 1


@pytest.mark.parametrize("text, spec, bound", [
    ("至少两百五十六个Grom", "storage_gb", Bound(lo=256)), ("至少256Grom", "storage_gb", Bound(lo=256)),
    ("8gbram at least", "ram_gb", Bound(lo=8)), ("200gram max", "weight_g", Bound(hi=200)),
])
def test_a_memory_unit_glued_to_its_noun_is_read_apart(vocab, text, spec, bound):
    assert _slot(vocab, text, f"spec:{spec}") == ("set", bound)


@pytest.mark.parametrize("text", ["List by ROM in decreasing order", "sort by rom, highest first", "按rom排序"])
def test_rom_names_the_storage_in_an_order(vocab, text):
    assert understand(text, vocab).sort == Sort("storage_gb", True)


@pytest.mark.parametrize("text, bound", [
    ("no less than screen size inch size 6.6 inchs pls", Bound(lo=6.6)), ("at least screen size in inches 6.6 inch", Bound(lo=6.6)),
    ("minimum display size inch size 6.5 inch", Bound(lo=6.5)), ("at most screen size in inches 6.3 inch", Bound(hi=6.3)),
])
def test_the_unit_named_after_the_screen_noun_leaves_the_side_before_it_the_figures(vocab, text, bound):
    assert _slot(vocab, text, "spec:screen_in") == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("折叠屏不考虑，机身存储512以上", "storage_gb", Bound(lo=512)), ("不要折叠屏，运存12以上", "ram_gb", Bound(lo=12)),
    ("摺疊屏就算了，电池5000以上", "battery_mah", Bound(lo=5000)),
])
def test_the_screen_of_a_foldable_is_no_keyword_for_the_bare_figure_after_it(vocab, text, spec, bound):
    assert _slot(vocab, text, f"spec:{spec}") == ("set", bound)


@pytest.mark.parametrize("text, brand", [("三星不要喔", "Samsung"), ("华为免谈喔，要5G", "Huawei"), ("OPPO就算了噢", "Oppo")])
def test_a_refusal_may_end_on_taiwans_particles(vocab, text, brand):
    assert _slot(vocab, text, "exclude_brands") == ("add", frozenset({brand}))
