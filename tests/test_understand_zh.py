"""The message parser on Chinese phrasings: budgets in 元, Chinese numerals, brands, specs, follow-ups."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget, Followup, Relative, Request, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def budget_of(request: Request) -> Budget | None:
    op, value = slots(request).get("budget", (None, None))
    return value if op == "set" else None  # type: ignore[return-value]  # the budget slot holds a Budget


@pytest.mark.parametrize("text, lo, hi", [
    ("预算两千以内", None, 2000), ("2000以下的手机", None, 2000), ("不超过2500块", None, 2500), ("3000元以下", None, 3000),
    ("三千块以内", None, 3000), ("¥3000以内", None, 3000), ("5千以内", None, 5000), ("1万以上的旗舰", 10000, None),
    ("4000以上", 4000, None), ("从3000起", 3000, None), ("预算1500到2000", 1500, 2000), ("2000-3000元", 2000, 3000),
    ("预算在1000到2000之间", 1000, 2000), ("两三千的手机", 2000, 3000), ("预算三千五", None, 3500),
    ("最多花两千五百块", None, 2500), ("一千多块", 1000, 2000), ("两千多的手机", 2000, 3000), ("一万二以内", None, 12000), ("预算八百", None, 800), ("预算改成4000", None, 4000),
])
def test_budgets_in_yuan(vocab, text, lo, hi):
    assert budget_of(understand(text, vocab)) == Budget("CNY", lo=lo, hi=hi)


@pytest.mark.parametrize("text, amount", [("2000左右", 2000), ("预算一万二左右", 12000), ("大概三千", 3000),
                                          ("两千块上下", 2000), ("1.5万左右", 15000)])
def test_zuoyou_is_around(vocab, text, amount):
    budget = budget_of(understand(text, vocab))
    assert (budget.currency, budget.around) == ("CNY", amount)
    assert budget.lo == pytest.approx(amount * 0.85) and budget.hi == pytest.approx(amount * 1.15)


@pytest.mark.parametrize("text, currency", [("预算500美元", "USD"), ("5000卢比以内", "INR"), ("预算2000", "CNY")])
def test_currency_words_in_chinese(vocab, text, currency):
    assert budget_of(understand(text, vocab)).currency == currency


@pytest.mark.parametrize("text, brands", [
    ("苹果手机", {"Apple"}), ("华为", {"Huawei"}), ("小米或者红米", {"Xiaomi"}), ("三星或者小米", {"Samsung", "Xiaomi"}),
    ("荣耀", {"Honor"}), ("一加", {"OnePlus"}), ("真我", {"Realme"}), ("索尼", {"Sony"}), ("摩托罗拉", {"Motorola"}),
    ("谷歌", {"Google"}), ("诺基亚", {"Nokia"}), ("传音", {"Tecno", "Infinix"}),
    ("国产手机", {"Xiaomi", "POCO", "Huawei", "Honor", "Oppo", "Vivo", "iQOO", "OnePlus", "Realme", "Lenovo", "Tecno", "Infinix"}),
])
def test_chinese_brand_names(vocab, text, brands):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset(brands))


@pytest.mark.parametrize("text, excluded", [
    ("不要三星", {"Samsung"}), ("除了苹果都行", {"Apple"}), ("别推荐华为和小米", {"Huawei", "Xiaomi"}), ("非苹果", {"Apple"}),
    ("不考虑OPPO", {"Oppo"}), ("不喜欢vivo", {"Vivo"}),
])
def test_chinese_exclusions(vocab, text, excluded):
    found = slots(understand(text, vocab))
    assert found["exclude_brands"] == ("add", frozenset(excluded))


@pytest.mark.parametrize("text, brand", [("小米也行", "Xiaomi"), ("或者小米", "Xiaomi"), ("也看看一加", "OnePlus")])
def test_chinese_additions(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("add", frozenset({brand}))


def test_a_game_title_containing_a_brand_name_is_not_a_brand(vocab):
    request = understand("玩王者荣耀的手机", vocab)
    assert "brands" not in slots(request) and request.intents == ("gaming",)


@pytest.mark.parametrize("text, platform", [("安卓手机", "android"), ("苹果系统", "ios")])
def test_chinese_platform(vocab, text, platform):
    assert slots(understand(text, vocab))["platform"] == ("set", platform)


@pytest.mark.parametrize("text, spec, bound", [
    ("12G内存", "ram_gb", Bound(lo=12)), ("运存8G以上", "ram_gb", Bound(lo=8)), ("内存256G", "storage_gb", Bound(lo=256)),
    ("256G存储", "storage_gb", Bound(lo=256)), ("电池5000以上", "battery_mah", Bound(lo=5000)),
    ("5000毫安", "battery_mah", Bound(lo=5000)), ("不超过200克", "weight_g", Bound(hi=200)),
    ("重量不超过190g", "weight_g", Bound(hi=190)), ("屏幕6.7寸以上", "screen_in", Bound(lo=6.7)),
    ("6.1英寸以下", "screen_in", Bound(hi=6.1)), ("前置32MP", "front_camera_mp", Bound(lo=32)),
    ("5000万像素", "main_camera_mp", Bound(lo=50)), ("1亿像素主摄", "main_camera_mp", Bound(lo=100)),
    ("主摄50MP以上", "main_camera_mp", Bound(lo=50)),
    ("2023年以后", "year", Bound(lo=2023)), ("2024年的", "year", Bound(2024, 2024)), ("今年的新机", "year", Bound(lo=2024)),
    ("去年的旗舰", "year", Bound(2023, 2023)),
])
def test_chinese_specs(vocab, text, spec, bound):
    assert slots(understand(text, vocab))[f"spec:{spec}"] == ("set", bound)


def test_six_point_seven_cun_is_a_screen_size_give_or_take(vocab):
    _, bound = slots(understand("6.7寸", vocab))["spec:screen_in"]
    assert bound.lo == pytest.approx(6.55) and bound.hi == pytest.approx(6.85)


def test_ram_plus_storage_in_chinese(vocab):
    found = slots(understand("小米 8+256", vocab))
    assert found["spec:ram_gb"] == ("set", Bound(lo=8)) and found["spec:storage_gb"] == ("set", Bound(lo=256))


@pytest.mark.parametrize("text, chipset", [
    ("骁龙8 Gen 3", "Snapdragon 8 Gen 3"), ("高通骁龙8gen2", "Snapdragon 8 Gen 2"), ("第三代骁龙8", "Snapdragon 8 Gen 3"),
    ("天玑", "Dimensity"), ("天玑9300", "MediaTek Dimensity 9300"), ("麒麟芯片", "Kirin"), ("骁龙处理器", "Snapdragon"),
])
def test_chinese_chipsets(vocab, text, chipset):
    assert slots(understand(text, vocab))["chipset"] == ("set", chipset)


@pytest.mark.parametrize("text, devices", [("平板", {"tablet"}), ("平板电脑", {"tablet"}), ("折叠屏手机", {"foldable"}),
                                           ("不要折叠屏", {"phone"})])
def test_chinese_devices(vocab, text, devices):
    assert slots(understand(text, vocab))["devices"] == ("set", frozenset(devices))


@pytest.mark.parametrize("text, want", [("支持5G", True), ("5G手机", True), ("不需要5G", False), ("5G无所谓", False)])
def test_chinese_5g(vocab, text, want):
    assert slots(understand(text, vocab))["needs_5g"] == ("set", want)


@pytest.mark.parametrize("text, key, descending", [
    ("最便宜的", "price", False), ("最贵的", "price", True), ("最轻的手机", "weight_g", False), ("续航最长", "battery_mah", True),
    ("电池最大的", "battery_mah", True), ("自拍最好", "front_camera_mp", True), ("拍照最好的手机", "main_camera_mp", True),
    ("最新的华为", "year", True), ("内存最大", "ram_gb", True), ("存储最大", "storage_gb", True),
    ("屏幕最大的", "screen_in", True), ("屏幕最小", "screen_in", False), ("性能最强的手机", "performance", True),
])
def test_chinese_superlatives(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, relative", [
    ("便宜点", Relative("price", -1)), ("再便宜一点", Relative("price", -1)), ("更便宜的", Relative("price", -1)),
    ("续航更长", Relative("battery_mah", 1)), ("屏幕大一点", Relative("screen_in", 1)), ("小一点", Relative("screen_in", -1)),
    ("轻一点", Relative("weight_g", -1)), ("内存更大", Relative("ram_gb", 1)), ("拍照更好", Relative("main_camera_mp", 1)),
    ("性能更强", Relative("performance", 1)),
])
def test_chinese_relative_requests(vocab, text, relative):
    assert understand(text, vocab).relative == (relative,)


@pytest.mark.parametrize("text, intent", [
    ("打游戏", "gaming"), ("玩游戏流畅", "gaming"), ("吃鸡", "gaming"), ("拍照好", "photography"), ("拍夜景", "photography"),
    ("自拍", "selfie"), ("拍vlog", "selfie"), ("续航好", "battery"), ("续航", "battery"), ("大电池", "battery"),
    ("小屏手机", "compact"), ("单手操作", "compact"), ("给老人用", "big_screen"), ("大屏", "big_screen"),
    ("学生党", "budget"), ("性价比高", "budget"), ("千元机", "budget"), ("旗舰", "flagship"), ("商务办公", "business"),
])
def test_chinese_intents(vocab, text, intent):
    assert intent in understand(text, vocab).intents


def test_big_battery_is_an_intent_not_a_spec(vocab):
    request = understand("大电池", vocab)
    assert request.intents == ("battery",) and request.updates == ()


def test_qianyuanji_is_not_a_budget_of_one_thousand(vocab):
    assert budget_of(understand("千元机", vocab)) is None


@pytest.mark.parametrize("text, feature", [
    ("无线充电", "wireless charging"), ("防水", "IP68 water resistance"), ("有耳机孔", "headphone jack"),
    ("快充", "fast charging"), ("高刷屏", "refresh rate"), ("双卡双待", "dual SIM"), ("支持存储卡", "expandable storage"),
])
def test_chinese_unsupported_features(vocab, text, feature):
    assert feature in understand(text, vocab).unsupported


@pytest.mark.parametrize("text, cleared", [
    ("预算不限", {"budget"}), ("价格无所谓", {"budget"}), ("不差钱", {"budget"}), ("品牌不限", {"brands", "exclude_brands"}),
    ("不限品牌", {"brands", "exclude_brands"}), ("尺寸无所谓", {"spec:screen_in"}),
])
def test_chinese_clears(vocab, text, cleared):
    found = slots(understand(text, vocab))
    assert {slot for slot, (op, _) in found.items() if op == "clear"} == cleared


@pytest.mark.parametrize("text", ["重新开始", "重来", "清空条件", "重置"])
def test_chinese_start_over(vocab, text):
    assert understand(text, vocab).reset


@pytest.mark.parametrize("text, followup", [
    ("换一批", Followup("more")), ("再来几个", Followup("more")), ("还有别的吗", Followup("more")),
    ("对比前两个", Followup("compare", (1, 2))), ("比较第一个和第三个", Followup("compare", (1, 3))),
    ("前三个对比一下", Followup("compare", (1, 2, 3))), ("第一个和第二个哪个续航好", Followup("compare", (1, 2))),
    ("为什么推荐Pixel 8a", Followup("why", ("Pixel 8a",))), ("为什么没有iPhone 15", Followup("why_not", ("iPhone 15",))),
    ("为什么不推荐三星Galaxy S24", Followup("why_not", ("Galaxy S24",))),
    ("第二个详细", Followup("details", (2,))), ("第三个的详细参数", Followup("details", (3,))),
    ("详细介绍一下第一个", Followup("details", (1,))), ("2号详情", Followup("details", (2,))),
])
def test_chinese_followups(vocab, text, followup):
    assert understand(text, vocab).followup == followup


def test_a_full_chinese_request(vocab):
    request = understand("想要一款拍照好的华为手机，预算三千左右，不要折叠屏", vocab)
    found = slots(request)
    assert request.language == "zh"
    assert found["brands"] == ("set", frozenset({"Huawei"}))
    assert found["budget"][1].around == 3000
    assert found["devices"] == ("set", frozenset({"phone"}))
    assert request.intents == ("photography",)


def test_a_superlative_before_na_kuan_is_an_ordering_not_a_shown_phone(vocab):
    request = understand("Tensor芯片，还有电池容量最大的那款", vocab)
    assert (request.sort, request.followup) == (Sort("battery_mah", True), None)


@pytest.mark.parametrize("text, spec, bound", [
    ("至少6 G的RAM", "ram_gb", Bound(lo=6)), ("1.08亿起的主摄", "main_camera_mp", Bound(lo=108)),
    ("自拍摄像头不少于2000万，多谢", "front_camera_mp", Bound(lo=20)),
])
def test_chinese_quantities_with_de_yi_and_wan(vocab, text, spec, bound):
    found = slots(understand(text, vocab))
    assert (found.get(f"spec:{spec}"), "budget" in found) == (("set", bound), False)


def test_haiyou_joins_asks_and_does_not_add_to_earlier_brands(vocab):
    assert slots(understand("5G，还有小米家的", vocab))["brands"] == ("set", frozenset({"Xiaomi"}))


def test_ordering_by_heaviest_is_not_starting_over(vocab):
    request = understand("按最重来", vocab)
    assert (request.sort, request.reset) == (Sort("weight_g", True), False)


def test_a_budget_range_after_huan_shouji_is_not_an_upgrade(vocab):
    request = understand("想换手机。我要5G的，同时从美金800到美金1500", vocab)
    assert (slots(request)["budget"], request.followup) == (("set", Budget("USD", lo=800, hi=1500)), None)


def test_an_inclusion_mark_before_yiqian_keeps_the_year(vocab):
    assert slots(understand("2020年（含）以前", vocab))["spec:year"] == ("set", Bound(hi=2020))
