"""The message parser on Chinese spec, year, device, brand and chip wordings of the blind-2 grammar's failures and
their neighbours (issue 9): a side refused with 不可, a ceiling said 到头 or 为止, launch years said with a launch word
before their side or refused as a side."""

from __future__ import annotations

import pytest

from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Bound, Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


@pytest.mark.parametrize("text, spec, bound", [
    ("存储不可低于64 gb", "storage_gb", Bound(lo=64)), ("ROM容量不可低於256 gb", "storage_gb", Bound(lo=256)),
    ("屏幕不可超过六点一吋", "screen_in", Bound(hi=6.1)), ("屏幕不可低於6.8\"", "screen_in", Bound(lo=6.8)),
    ("运行内存不可低于8gb", "ram_gb", Bound(lo=8)), ("前置不可低于两千万", "front_camera_mp", Bound(lo=20)),
    ("主摄不可低于50mp像素", "main_camera_mp", Bound(lo=50)), ("电池不可低于6000 毫安", "battery_mah", Bound(lo=6000)),
    ("存储不可超過128 gb", "storage_gb", Bound(hi=128)),
    # wordings of our own
    ("重量不可超过190克", "weight_g", Bound(hi=190)), ("电池容量不可少于4500mAh", "battery_mah", Bound(lo=4500)),
    ("运存不可小于12G", "ram_gb", Bound(lo=12)),
])
def test_a_side_refused_with_bu_ke_is_the_other_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_budget_refused_with_bu_ke_is_a_ceiling(vocab):
    assert slots(understand("价格不可超过3000元", vocab))["budget"] == ("set", Budget("CNY", hi=3000))


@pytest.mark.parametrize("text, spec, bound", [
    ("电池4000 毫安到头", "battery_mah", Bound(hi=4000)), ("運行內存6 gb爲止", "ram_gb", Bound(hi=6)),
    ("屏幕6.1\"到头", "screen_in", Bound(hi=6.1)), ("屏幕六點一吋到頭", "screen_in", Bound(hi=6.1)),
    ("电池4500mAH为止", "battery_mah", Bound(hi=4500)), ("运行内存6个g到头", "ram_gb", Bound(hi=6)),
    # wordings of our own
    ("存储256G就到头了", "storage_gb", Bound(hi=256)), ("重量200克为止", "weight_g", Bound(hi=200)),
    ("屏幕6.7寸到头了", "screen_in", Bound(hi=6.7)),
])
def test_a_figure_said_to_be_the_end_is_a_ceiling(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_budget_said_to_be_the_end_is_a_ceiling(vocab):
    assert slots(understand("预算3000块到头了", vocab))["budget"] == ("set", Budget("CNY", hi=3000))


@pytest.mark.parametrize("text, bound", [
    ("2022款或更老的", Bound(hi=2022)), ("2022年往前的", Bound(hi=2022)), ("2021年往后的", Bound(lo=2021)),
    ("２０２２款或更新的哈", Bound(lo=2022)), ("2023年出的或更新的", Bound(lo=2023)), ("2020年發佈及之後", Bound(lo=2020)),
    # wordings of our own
    ("2021年上市的或更早的", Bound(hi=2021)), ("2022年推出及以后的", Bound(lo=2022)), ("2019款或更旧的", Bound(hi=2019)),
])
def test_a_launch_word_between_a_year_and_its_side_keeps_the_side(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("不老于2021年", Bound(lo=2021)), ("不超过2021年发布的", Bound(hi=2021)), ("截至2022年的", Bound(hi=2022)),
    # wordings of our own
    ("不旧于2022年的机型", Bound(lo=2022)), ("截止到2020年上市的", Bound(hi=2020)), ("不新于2023年", Bound(hi=2023)),
])
def test_a_year_refused_as_a_side_bounds_the_launch_year(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


def test_a_plain_year_stays_that_year(vocab):
    assert slots(understand("2022款", vocab))["spec:year"] == ("set", Bound(2022, 2022))


@pytest.mark.parametrize("text", ["不超过2000", "不超过2000元"])
def test_a_year_like_amount_after_bu_chao_guo_stays_money(vocab, text):
    found = slots(understand(text, vocab))
    assert (found.get("spec:year"), found["budget"]) == (None, ("set", Budget("CNY", hi=2000)))


@pytest.mark.parametrize("text", [
    "折叠机免了", "折叠屏就免了哈", "摺疊機免了!運行內存不能少於12 gb", "问一下…折叠机免了. 品牌：一加哈",
    # wordings of our own
    "折叠机不要了", "折叠机就算了吧", "折叠屏免了啦", "折叠机型免了", "折叠机子不要", "折叠款不要",
])
def test_a_foldable_let_go_leaves_plain_phones(vocab, text):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset({"phone"}))


@pytest.mark.parametrize("text", ["来台折叠机", "要折叠机哈", "折叠机也行"])
def test_a_foldable_asked_for_is_no_refusal(vocab, text):
    assert "foldable" in slots(understand(text, vocab))["devices"][1]


@pytest.mark.parametrize("text, brand", [
    ("Tecno靠边哈", "Tecno"), ("三星就免了哈", "Samsung"),
    # wordings of our own
    ("华为不要了啦", "Huawei"), ("小米算了呀", "Xiaomi"),
])
def test_a_refusal_ending_on_a_particle_still_refuses(vocab, text, brand):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset({brand}))


def test_a_brand_followed_by_a_particle_alone_is_wanted(vocab):
    assert slots(understand("华为哈", vocab))["brands"] == ("set", frozenset({"Huawei"}))


def test_a_series_refused_before_a_particle_is_out(vocab):
    found = slots(understand("OPPO可以，Find系列免談哈", vocab))
    assert (found["brands"], found["exclude_series"]) == (("set", frozenset({"Oppo"})), ("add", frozenset({"Find"})))


@pytest.mark.parametrize("text, spec, bound", [
    ("前置50M像素起跳", "front_camera_mp", Bound(lo=50)),
    # wordings of our own
    ("主摄4800万起跳", "main_camera_mp", Bound(lo=48)), ("屏幕6.5寸起跳", "screen_in", Bound(lo=6.5)),
])
def test_a_figure_said_to_take_off_from_is_a_floor(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("前置一千六百萬是底線", "front_camera_mp", Bound(lo=16)), ("主攝五千萬是底線", "main_camera_mp", Bound(lo=50)),
    # wordings of our own
    ("前置三千二百万为底线", "front_camera_mp", Bound(lo=32)), ("主摄六千四百万是下限", "main_camera_mp", Bound(lo=64)),
])
def test_megapixels_in_wan_said_to_be_the_bottom_line_are_a_floor(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text, spec, bound", [
    ("前置最起码三千二百万……不要三星家的", "front_camera_mp", Bound(lo=32)),
    ("前置不可低于五千万. 折叠的不要", "front_camera_mp", Bound(lo=50)),
    # a wording of our own
    ("主摄五千万. 要5G", "main_camera_mp", Bound(lo=50)),
])
def test_megapixels_in_wan_before_a_pause_are_the_camera_not_money(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found[f"spec:{spec}"], found.get("budget")) == (("set", bound), None)


@pytest.mark.parametrize("text, bound", [
    ("210 公克起的重量，然后50M像素起的前置哈", Bound(lo=50)), ("20M像素起的前置哈", Bound(lo=20)),
    ("１６Ｍ像素起的前置", Bound(lo=16)),
    # wordings of our own
    ("32M像素以上的前置", Bound(lo=32)), ("16M像素的自拍镜头", Bound(lo=16)),
])
def test_megapixels_with_their_noun_before_the_front_camera_word_are_the_front_camera(vocab, text, bound):
    found = slots(understand(text, vocab))
    assert (found["spec:front_camera_mp"], found.get("spec:main_camera_mp")) == (("set", bound), None)


def test_megapixels_with_their_noun_in_a_clause_before_the_front_camera_stay_the_main_camera(vocab):
    found = slots(understand("50M像素，前置32M", vocab))
    assert (found["spec:main_camera_mp"], found["spec:front_camera_mp"]) == (("set", Bound(lo=50)), ("set", Bound(lo=32)))


@pytest.mark.parametrize("text, bound", [
    ("電池不低於5000mA的諾基亞", Bound(lo=5000)), ("5000mA起的電池", Bound(lo=5000)),
    # wordings of our own
    ("电池4500mA以上", Bound(lo=4500)), ("电池 6000 mA 到头", Bound(hi=6000)),
])
def test_milliamps_without_the_hour_are_a_battery_size(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:battery_mah"] == ("set", bound)


def test_a_small_figure_in_milliamps_is_no_battery(vocab):
    assert "spec:battery_mah" not in slots(understand("充电500 ma", vocab))


@pytest.mark.parametrize("text, chip", [
    ("别上麒麟!运行内存要6 gb+", "Kirin"), ("別上紫光展銳. 2023年之後（含）的", "Unisoc"),
    # wordings of our own
    ("不要上骁龙", "Snapdragon"), ("别上天玑的", "Dimensity"), ("不上天玑", "Dimensity"), ("不上骁龙的", "Snapdragon"),
])
def test_a_chip_the_phone_is_not_to_be_fitted_with_is_out(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert (found["exclude_chipsets"], found.get("chipset")) == (("add", frozenset({chip})), None)


def test_a_chip_to_fit_the_phone_with_is_still_wanted(vocab):
    assert slots(understand("上骁龙8 Gen 3", vocab))["chipset"] == ("set", "Snapdragon 8 Gen 3")


@pytest.mark.parametrize("text, chip", [
    ("再就是不能弱於麒麟9010，順便", "HiSilicon Kirin 9010"),
    # wordings of our own
    ("不可以差于骁龙8 Gen 2", "Snapdragon 8 Gen 2"), ("性能别输给天玑9200", "MediaTek Dimensity 9200"),
    ("弱于骁龙695的不要", "Snapdragon 695"),
])
def test_a_chip_refused_to_be_beaten_is_a_floor_that_keeps_it(vocab, text, chip):
    found = slots(understand(text, vocab))
    assert (found["spec:chip_score"], found.get("chipset")) == (("set", Bound(lo=vocab.chip_scores[chip])), None)


def test_weaker_than_a_chip_is_a_ceiling_below_it(vocab):
    found = slots(understand("弱于骁龙695", vocab))
    assert found["spec:chip_score"] == ("set", Bound(hi=vocab.chip_scores["Snapdragon 695"] - 1))


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕要夠六點五吋", "screen_in", Bound(lo=6.5)),
    # wordings of our own
    ("电池得够5000毫安", "battery_mah", Bound(lo=5000)), ("前置够两千万", "front_camera_mp", Bound(lo=20)),
    ("运存也要够8G", "ram_gb", Bound(lo=8)),
])
def test_a_size_a_spec_must_reach_is_a_floor(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


@pytest.mark.parametrize("text", ["够3000块", "手里的钱够3000块"])
def test_enough_money_is_no_floor_on_the_price(vocab, text):
    budget = slots(understand(text, vocab))["budget"][1]
    assert budget.lo is None


@pytest.mark.parametrize("text, spec, bound", [
    ("至少屏幕在六点五吋", "screen_in", Bound(lo=6.5)),
    # wordings of our own
    ("最多电池在5000毫安", "battery_mah", Bound(hi=5000)), ("起码屏幕在6.7寸", "screen_in", Bound(lo=6.7)),
])
def test_a_side_word_before_the_noun_reaches_its_figure_over_zai(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_a_figure_after_zai_alone_keeps_its_plain_reading(vocab):
    assert slots(understand("屏幕在6.5寸", vocab))["spec:screen_in"] == ("set", Bound(6.35, 6.65))


@pytest.mark.parametrize("text, brands", [
    ("Motorola & Huawei = no……预算卡在2,500个大洋以内", {"Motorola", "Huawei"}),
    ("ｋｅｅｐ Ｓｏｎｙ ａｎｄ ＴＥＣＮＯ ｏｕｔ哈", {"Sony", "Tecno"}),
    # wordings of our own
    ("Samsung = no", {"Samsung"}), ("keep Xiaomi out啦，要5G", {"Xiaomi"}), ("Oppo and Vivo = nope", {"Oppo", "Vivo"}),
])
def test_brands_refused_with_an_equals_no_or_out_before_a_particle_are_out(vocab, text, brands):
    assert slots(understand(text, vocab))["exclude_brands"] == ("add", frozenset(brands))


def test_a_brand_after_an_equals_sign_is_wanted(vocab):
    assert slots(understand("brand = Huawei", vocab))["brands"] == ("set", frozenset({"Huawei"}))


def _sides(text, vocab) -> list[tuple[str, dict[str, tuple[float | None, float | None]]]]:
    """Each alternative side read: its brands and its spec bounds as (lo, hi)."""
    alternatives = apply(DialogueState(), understand(text, vocab)).constraints.alternatives
    return [("+".join(sorted(c.brands)), {name: (b.lo, b.hi) for name, b in c.specs}) for c in alternatives]


@pytest.mark.parametrize("text, sides", [
    ("電池不低於5000mA的諾基亞，要麼就vivo（主攝200mp像素起）",
     [("Nokia", {"battery_mah": (5000, None)}), ("Vivo", {"main_camera_mp": (200, None)})]),
    # wordings of our own
    ("5000mAh的诺基亚，要么就vivo（12G运存）", [("Nokia", {"battery_mah": (5000, None)}), ("Vivo", {"ram_gb": (12, None)})]),
    ("三星12G运存的，要么小米", [("Samsung", {"ram_gb": (12, None)}), ("Xiaomi", {})]),
    ("华为256G以上的，要么是荣耀", [("Huawei", {"storage_gb": (256, None)}), ("Honor", {})]),
])
def test_a_lone_yao_me_after_a_side_offers_the_next_as_a_fallback(vocab, text, sides):
    assert _sides(text, vocab) == sides


@pytest.mark.parametrize("text", ["要么三星要么小米", "要么三星，要么小米"])
def test_yao_me_said_twice_between_bare_brands_is_a_brand_set(vocab, text):
    found = slots(understand(text, vocab))
    assert (found["brands"], "alternatives" in found) == (("set", frozenset({"Samsung", "Xiaomi"})), False)


@pytest.mark.parametrize("text", [
    "给我爸买个手机", "我妈用的手机", "给老人用", "买给我妈", "给父亲买个手机", "我爸爸用", "家里老人上了年纪，眼神不好",
])
def test_the_shoppers_parent_or_an_older_user_asks_for_the_elderly_need(vocab, text):
    assert understand(text, vocab).intents == ("big_screen",)


def test_a_parent_named_beside_a_thrifty_wish_keeps_both(vocab):
    request = understand("能省则省，给我爸用", vocab)
    assert (request.sort, request.intents) == (Sort("price", False), ("big_screen",))


@pytest.mark.parametrize("text, hi", [("我爸出钱，我自己用，预算3000", 3000), ("爸妈给的预算两千", 2000), ("老爸给了我2000块", 2000)])
def test_a_parent_who_pays_is_no_user(vocab, text, hi):
    request = understand(text, vocab)
    assert (request.intents, slots(request)["budget"]) == ((), ("set", Budget("CNY", hi=hi)))


@pytest.mark.parametrize("text, bound", [
    ("2021款之前的", Bound(hi=2021)), ("2022年发布以后的", Bound(lo=2022)), ("2020款以后的", Bound(lo=2020)),
])
def test_a_launch_word_then_a_side_without_or_keeps_the_side(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


@pytest.mark.parametrize("text, camera", [("2022年前置3200万", "front_camera_mp"), ("2022年后置5000万", "main_camera_mp")])
def test_a_year_before_a_camera_word_is_no_side(vocab, text, camera):
    found = slots(understand(text, vocab))
    assert (found["spec:year"], camera in {k[5:] for k in found}) == (("set", Bound(2022, 2022)), True)


@pytest.mark.parametrize("text, bound", [
    ("比2021年新的", Bound(lo=2022)), ("新于2021年", Bound(lo=2022)), ("老于2020年的机型", Bound(hi=2019)),
    ("比2023年早的", Bound(hi=2022)),
])
def test_a_year_compared_strictly_leaves_the_year_out(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


@pytest.mark.parametrize("text, bound", [
    ("2020年前发布的不要", Bound(lo=2021)), ("老于2020年的不要", Bound(lo=2020)), ("2022年以后的不考虑哈", Bound(hi=2021)),
    ("2019年之前的不要", Bound(lo=2020)),
])
def test_a_year_side_refused_after_it_is_the_other_side(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


def test_a_refusal_of_a_brand_after_a_year_side_leaves_the_year(vocab):
    found = slots(understand("2022年以后的三星不要", vocab))
    assert (found["spec:year"], found["exclude_brands"]) == (("set", Bound(lo=2022)), ("add", frozenset({"Samsung"})))


@pytest.mark.parametrize("text, bound", [
    ("2021年之后（不含）", Bound(lo=2022)), ("2021年以前（不含2021年）的", Bound(hi=2020)),
    ("2022 or later (exclusive)", Bound(lo=2023)),
])
def test_a_year_side_said_not_to_include_the_year_leaves_it_out(vocab, text, bound):
    assert slots(understand(text, vocab))["spec:year"] == ("set", bound)


def test_a_year_side_said_to_include_the_year_keeps_it(vocab):
    assert slots(understand("2023年之後（含）的", vocab))["spec:year"] == ("set", Bound(lo=2023))


@pytest.mark.parametrize("text, spec, bound", [
    ("运存8G保底", "ram_gb", Bound(lo=8)), ("电池5000毫安是最低要求", "battery_mah", Bound(lo=5000)),
    ("屏幕6.7寸是下限", "screen_in", Bound(lo=6.7)), ("屏幕6.5寸打住", "screen_in", Bound(hi=6.5)),
    ("存储256G就打住", "storage_gb", Bound(hi=256)),
])
def test_a_figure_named_as_the_least_or_the_stop_bounds_its_side(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_an_amount_named_as_the_lower_limit_is_a_floor(vocab):
    assert slots(understand("3000是下限", vocab))["budget"] == ("set", Budget("CNY", lo=3000))


@pytest.mark.parametrize("text", ["看不上苹果的话", "比不上骁龙8 Gen 3的"])
def test_bu_shang_inside_a_verb_is_no_refusal_of_a_chip(vocab, text):
    assert "exclude_chipsets" not in slots(understand(text, vocab))
