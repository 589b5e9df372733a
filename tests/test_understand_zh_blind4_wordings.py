"""Chinese wordings of the blind-4 error analysis (issue 9): a refusal closed by "的" or "就好" after the name, the
vivo of "步步高vivo", and "加上" joining a wanted brand to the asks before it."""

import pytest

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
