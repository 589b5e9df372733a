"""Chinese wordings of the blind-11 error analysis (issues 9 and 10), each read as a general rule, beside the closest
wording whose meaning must not change: brand nicknames (谷哥, 荣曜, 泰克诺, 一+, 🍎), forum refusals after a name ("达咩",
"退散", "就别提了", "都别给", a fault in a clause of its own: "发热太大，不要") or before it ("避雷", "不接受"), a refusal after
a name's bracketed other spelling ("苹果(Apple)踩过雷，不要"), "运存容量" as RAM, "前面摄像头" as the front camera, and a
maker's name glued to its other spelling or to its own line ("moto摩托罗拉", "MOTO EDGE") read as the maker."""

from __future__ import annotations

import pytest

from advisor.understanding.understand import understand
from tests.helpers import constraints_after, spec_after


def sort_of(text, vocab):
    sort = understand(text, vocab).sort
    return None if sort is None else (sort.key, sort.descending)


# --- brand nicknames

@pytest.mark.parametrize("text, brand", [
    ("摩托罗拉（Motorola），不然谷哥", "Google"), ("谷哥的有无", "Google"), ("想整台谷哥", "Google"),
    ("荣曜党，求推荐荣曜的", "Honor"), ("榮曜就好", "Honor"),
    ("只考虑泰克诺出的", "Tecno"), ("特克诺的有无", "Tecno"),
    ("在Infinix英菲尼克斯、一+中间选一个", "OnePlus"), ("要一+的手机", "OnePlus"),
    ("只认🍎这个牌子", "Apple"), ("🍎就好", "Apple"),
])
def test_a_brands_nickname_names_the_brand(vocab, text, brand):
    assert brand in constraints_after(text, vocab).brands


@pytest.mark.parametrize("text, spec, bound", [
    ("电池四千零一+", "battery_mah", (4001.0, None)), ("主摄五千万+", "main_camera_mp", (50.0, None)),
])
def test_a_figure_ending_in_one_plus_stays_a_floor_not_oneplus(vocab, text, spec, bound):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, spec_after(text, vocab, spec)) == (frozenset(), bound)


# --- refusals after a name

@pytest.mark.parametrize("text, brands", [
    ("大佬们帮看看！Tecno达咩～", {"Tecno"}), ("Honor荣耀达咩。", {"Honor"}), ("SamSung、華爲（HUAWEI）達咩；", {"Huawei", "Samsung"}),
    ("三星达咩，要5G", {"Samsung"}),
])
def test_a_brand_said_to_be_dame_is_refused(vocab, text, brands):
    assert constraints_after(text, vocab).exclude_brands == frozenset(brands)


def test_cantonese_me_still_asks_what(vocab):
    assert constraints_after("咩牌子都得", vocab).exclude_brands == frozenset()


@pytest.mark.parametrize("text, brand", [
    ("求推薦 Nokia諾基亞退散，另外單手握持", "Nokia"), ("TeCNO退散", "Tecno"), ("小米退散，要5G", "Xiaomi"),
    ("vivo就别提了，主摄5000万像素起", "Vivo"), ("华为（HUAWEI）就别提了", "Huawei"), ("三星别提了", "Samsung"),
    ("vivo跟Nokia诺基亚都别给；电池", "Vivo"), ("三星别给", "Samsung"),
])
def test_a_brand_sent_away_or_not_to_be_mentioned_is_refused(vocab, text, brand):
    assert brand in constraints_after(text, vocab).exclude_brands


def test_a_brand_not_to_be_mentioned_said_of_another_still_leaves_it_wanted(vocab):
    assert constraints_after("三星就好，别的别提了", vocab).brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, refused", [
    ("荣耀honor跟苹果(Apple)踩过雷，不要，低于3000", {"Honor", "Apple"}), ("realme（真我）就pass吧", {"Realme"}),
    ("三星(Samsung)不要", {"Samsung"}), ("华为（HUAWEI）免谈", {"Huawei"}),
])
def test_a_refusal_after_a_names_bracketed_other_spelling_refuses_it(vocab, text, refused):
    assert constraints_after(text, vocab).exclude_brands == frozenset(refused)


def test_a_bracketed_other_spelling_with_no_refusal_stays_wanted(vocab):
    assert constraints_after("华为（HUAWEI），5G", vocab).brands == frozenset({"Huawei"})


@pytest.mark.parametrize("text, chip", [
    ("Helio发热太大，不要", "Helio"), ("麒麟Kirin发热太大，不要", "Kirin"), ("骁龙发热严重，不要", "Snapdragon"),
    ("紫光展锐翻车过，不要", "Unisoc"), ("天玑翻车了，不考虑", "Dimensity"), ("曦力Helio达咩", "Helio"),
])
def test_a_chip_faulted_then_refused_in_a_clause_of_its_own_is_refused(vocab, text, chip):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.chipset) == (frozenset({chip}), None)


def test_a_chip_said_to_run_cool_stays_wanted(vocab):
    assert constraints_after("骁龙发热小，要骁龙", vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text", ["折叠屏不靠谱，不要", "折叠屏达咩，要直板", "折叠的不靠谱，不考虑"])
def test_a_foldable_called_unreliable_or_dame_is_refused(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


# --- refusals before a name

@pytest.mark.parametrize("text, brand", [
    ("避雷诺基亚，求大佬推荐", "Nokia"), ("避雷三星", "Samsung"), ("避雷oppo和vivo", "Oppo"),
    ("不接受TeCNO，谢啦", "Tecno"), ("不接受realme（真我）。", "Realme"), ("不能接受三星", "Samsung"), ("不太接受华为", "Huawei"),
])
def test_a_brand_steered_clear_of_or_not_accepted_is_refused(vocab, text, brand):
    assert brand in constraints_after(text, vocab).exclude_brands


def test_a_brand_accepted_stays_wanted(vocab):
    assert constraints_after("接受小米", vocab).brands == frozenset({"Xiaomi"})


@pytest.mark.parametrize("text, hi", [("价格不接受超过3000", 3000.0), ("不能接受超过2000块的", 2000.0)])
def test_a_price_over_a_figure_not_accepted_is_a_ceiling(vocab, text, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (None, hi)


# --- spec nouns

@pytest.mark.parametrize("text, bound", [
    ("运存容量超过8g就不要了", (None, 8.0)), ("運存容量：≥8G", (8.0, None)), ("运行内存容量的话6gb以内", (None, 6.0)),
    ("运存容量最大8个G哈", (None, 8.0)), ("8G运存容量以上", (8.0, None)),
])
def test_rams_capacity_is_ram_not_storage(vocab, text, bound):
    assert (spec_after(text, vocab, "ram_gb"), spec_after(text, vocab, "storage_gb")) == (bound, None)


@pytest.mark.parametrize("text", ["存储容量至少128G", "内存容量至少128G"])
def test_storages_capacity_stays_storage(vocab, text):
    assert spec_after(text, vocab, "storage_gb") == (128.0, None)


@pytest.mark.parametrize("text, bound", [
    ("前面摄像头1600万像素+的", (16.0, None)), ("起码要一千六百万前面摄像头", (16.0, None)),
    ("２０００万前面摄像头以上那种", (20.0, None)), ("前面的镜头至少20MP", (20.0, None)), ("前面摄像头的下限3200万像素", (32.0, None)),
])
def test_the_camera_in_front_is_the_front_camera(vocab, text, bound):
    assert (spec_after(text, vocab, "front_camera_mp"), spec_after(text, vocab, "main_camera_mp")) == (bound, None)


def test_a_year_before_the_front_camera_stays_a_year(vocab):
    assert spec_after("2020年前面摄像头20MP", vocab, "front_camera_mp") == (20.0, None)


# --- a maker's name glued to its other spelling or its own line

@pytest.mark.parametrize("text, refused", [
    ("求推荐：排除moto摩托罗拉以及Infinix", {"Motorola", "Infinix"}), ("任何牌子都行就是不要moto摩托羅拉，謝謝", {"Motorola"}),
    ("不要Moto 摩托罗拉", {"Motorola"}), ("不要moto摩托罗拉", {"Motorola"}),
])
def test_moto_glued_to_motorola_refuses_the_maker_not_a_moto_line(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.exclude_series) == (frozenset(refused), frozenset())


@pytest.mark.parametrize("text", ["Moto摩托罗拉除MOTO EDGE系列外都行", "买MotoRola，不买MOTO EDGE", "摩托罗拉，不要moto edge",
                                  "moto edge不要"])
def test_the_makers_name_before_its_line_refuses_only_that_line(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_series) == (frozenset({"Motorola"}), frozenset({"Edge"}))


def test_a_moto_line_refused_alone_stays_that_line(vocab):
    assert constraints_after("摩托罗拉不要moto g", vocab).exclude_series == frozenset({"Moto G"})


# --- orderings

@pytest.mark.parametrize("text, order", [
    ("最好是储存空间最大的那个", ("storage_gb", True)), ("看看哪个储存空间最大", ("storage_gb", True)),
    ("存储大小最大的", ("storage_gb", True)),
    ("给推价格最亲民的", ("price", False)), ("看看哪个价格最亲民", ("price", False)), ("给推开价最低的", ("price", False)),
    ("挑性能最炸裂的那台", ("performance", True)), ("跑分最炸裂的", ("performance", True)),
    ("分量最足者优先", ("weight_g", True)), ("想要最压秤的", ("weight_g", True)),
    ("运存给得最多那台", ("ram_gb", True)), ("发布得最晚的推一个", ("year", True)), ("上市最早的", ("year", False)),
    ("帮挑最新一代的", ("year", True)), ("最新一款", ("year", True)),
    ("最好是最小尺寸屏幕的那个", ("screen_in", False)), ("帮挑最大尺寸屏幕的", ("screen_in", True)), ("最多运存的", ("ram_gb", True)),
])
def test_a_superlative_of_an_aspect_orders_by_it(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text", ["最好屏幕大一点", "最好拍照好"])
def test_preferably_before_an_aspect_orders_nothing(vocab, text):
    assert sort_of(text, vocab) is None


@pytest.mark.parametrize("text, hi", [("最大内存8G", 8.0), ("最多运存6G", 6.0)])
def test_a_superlative_glued_to_its_noun_before_a_figure_is_a_ceiling(vocab, text, hi):
    assert (sort_of(text, vocab), spec_after(text, vocab, "ram_gb")) == (None, (None, hi))


def test_the_highest_price_before_a_figure_stays_a_budget(vocab):
    constraints = constraints_after("最高价格在3000以内", vocab)
    assert (sort_of("最高价格在3000以内", vocab), constraints.budget.hi) == (None, 3000.0)


@pytest.mark.parametrize("text, order", [
    ("由高到低排电池", ("battery_mah", True)), ("从高到低排存储", ("storage_gb", True)), ("升序排屏幕大小", ("screen_in", False)),
    ("从大到小排自拍像素", ("front_camera_mp", True)), ("降序排后置主摄像素", ("main_camera_mp", True)),
    ("由高到低按机身重量排", ("weight_g", True)), ("降序按机身存储排", ("storage_gb", True)), ("从小到大按价格排序", ("price", False)),
])
def test_a_direction_said_before_the_aspect_orders_that_way(vocab, text, order):
    assert sort_of(text, vocab) == order


@pytest.mark.parametrize("text, order", [
    ("电池，按由高到低", ("battery_mah", True)), ("主摄像素，按降序", ("main_camera_mp", True)),
    ("屏幕大小，按从高到低", ("screen_in", True)), ("重量，按從小到大", ("weight_g", False)), ("运存，按从大到小", ("ram_gb", True)),
])
def test_an_aspect_then_by_its_direction_after_a_pause_orders_that_way(vocab, text, order):
    assert sort_of(text, vocab) == order


def test_a_direction_alone_before_a_budget_orders_nothing(vocab):
    assert sort_of("从高到低排，价格3000以内", vocab) is None


# --- prices

@pytest.mark.parametrize("text, hi", [("限价5k米", 5000.0), ("限价4,000", 4000.0), ("限價¥6k、5G的機型", 6000.0), ("限价是3000", 3000.0)])
def test_a_price_limit_is_a_ceiling(vocab, text, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (None, hi)


@pytest.mark.parametrize("text, lo", [
    ("起价一万元人民币", 10000.0), ("起價8千元人民幣", 8000.0), ("起步价两千～", 2000.0), ("起步价3k块钱", 3000.0),
    ("价格底线￥5千～", 5000.0), ("两千五米是底线", 2500.0), ("四百迪是底線", 400.0), ("价格底线6kRMB；屏幕尺寸排序", 6000.0),
    ("预算起步3000", 3000.0),
])
def test_a_starting_price_or_a_bottom_line_is_a_floor(vocab, text, lo):
    budget = constraints_after(text, vocab).budget
    assert (budget.lo, budget.hi) == (lo, None)


def test_a_figure_with_a_spec_starting_before_a_budget_leaves_the_budget_a_ceiling(vocab):
    constraints = constraints_after("8个G起步 预算300", vocab)
    assert (constraints.budget.hi, spec_after("8个G起步 预算300", vocab, "ram_gb")) == (300.0, (8.0, None))


@pytest.mark.parametrize("text, around", [
    ("800米出头一点或少一点", 800.0), ("¥3,000出头一点或少一点？", 3000.0), ("5000块出头一些或者少一些", 5000.0),
    ("2000出头或者稍低都行", 2000.0),
])
def test_a_little_over_or_a_little_under_is_about_the_figure(vocab, text, around):
    assert constraints_after(text, vocab).budget.around == around


def test_just_over_alone_stays_from_the_figure_up(vocab):
    budget = constraints_after("３０００块出头", vocab).budget
    assert (budget.lo, budget.around) == (3000.0, None)


@pytest.mark.parametrize("text, currency, lo, hi", [
    ("两千块≤价格≤两千五块", "CNY", 2000.0, 2500.0), ("18k印度盧比≤價格≤40k印度盧比", "INR", 18000.0, 40000.0),
    ("1000元≤预算≤3000元", "CNY", 1000.0, 3000.0),
])
def test_a_price_between_two_signs_with_its_chinese_name_is_a_range(vocab, text, currency, lo, hi):
    budget = constraints_after(text, vocab).budget
    assert (budget.currency, budget.lo, budget.hi) == (currency, lo, hi)


@pytest.mark.parametrize("text, currency", [("价格区间60000印度币~80000印度币", "INR"), ("5万巴基斯坦币以内", "PKR")])
def test_a_countrys_money_said_as_its_coin_names_the_currency(vocab, text, currency):
    assert constraints_after(text, vocab).budget.currency == currency


@pytest.mark.parametrize("text, spec, hi", [
    ("存储大小128个G就够了，别超，而且", "storage_gb", 128.0), ("64G的存储就够了，不要超 平板呀", "storage_gb", 64.0),
    ("运存8g就够，别超。", "ram_gb", 8.0), ("5000毫安，不要超", "battery_mah", 5000.0),
])
def test_a_figure_not_to_be_passed_is_a_ceiling(vocab, text, spec, hi):
    assert spec_after(text, vocab, spec) == (None, hi)


def test_a_figure_said_enough_without_a_limit_stays_a_floor(vocab):
    assert spec_after("运存8G就够了", vocab, "ram_gb") == (8.0, None)


@pytest.mark.parametrize("text", ["¥两千预算，别超", "预算3000，别超过"])
def test_a_budget_not_to_be_passed_is_a_ceiling(vocab, text):
    assert constraints_after(text, vocab).budget.lo is None


# --- the network and chips

@pytest.mark.parametrize("text", ["4G机就别推了", "4G機就別推了 照片視頻多", "４Ｇ机就别推了，", "4G机不要"])
def test_a_4g_phone_refused_wants_5g(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


def test_a_4g_phone_accepted_wants_no_5g(vocab):
    assert constraints_after("4G机也行", vocab).needs_5g is False


@pytest.mark.parametrize("text, chip", [
    ("骁龙那颗不要", "Snapdragon"), ("麒麟Kirin那颗U不要？", "Kirin"), ("MEDIATEK那颗U不要，还有", "MediaTek"),
    ("天玑这颗芯片不要", "Dimensity"), ("麒麟不香，不要", "Kirin"),
    ("不接受张量Tensor。", "Tensor"), ("处理器除了张量Tensor都行", "Tensor"),
])
def test_a_chip_counted_or_found_wanting_then_refused_is_refused(vocab, text, chip):
    assert constraints_after(text, vocab).exclude_chipsets == frozenset({chip})


def test_a_chip_counted_and_wanted_stays_wanted(vocab):
    assert constraints_after("骁龙那颗就行", vocab).chipset == "Snapdragon"


@pytest.mark.parametrize("text, lo", [
    ("处理器起步天玑8200。", 3900.0), ("处理器起步骁龙695，有推荐吗", 1900.0), ("达到d8200水准或更好", 3900.0),
    ("达到驍龍695水準或更好", 1900.0), ("U最少骁龙8g2；", 5000.0), ("骁龙695水准", 1900.0),
])
def test_a_chip_as_the_least_level_is_a_floor_on_the_chip_score(vocab, text, lo):
    assert spec_after(text, vocab, "chip_score") == (lo, None)


@pytest.mark.parametrize("text", ["最多电池在5000毫安", "最多运存在8G"])
def test_a_superlative_glued_to_its_noun_with_a_figure_close_after_orders_nothing(vocab, text):
    assert sort_of(text, vocab) is None
