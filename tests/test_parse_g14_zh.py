"""Chinese wordings of the blind-14 grammar (issue 9), by pattern class, each beside the closest wording that must keep
its meaning: a brand or chip family glossed by its other name or its maker's name in brackets ("苹果（Apple）",
"Infinix（传音）", "POCO（小米）", "麒麟（Kirin）") is named once, and the list or the refusal it stands in reads as if the
gloss were not there."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import budget_after, constraints_after, spec_after


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


@pytest.mark.parametrize("text", [
    # the wordings of the grammar, with a chip of the fixture catalog
    "低于天璣8200的不要", "低于dimensity 8200的不要",
    # wordings of the same kind nobody listed
    "处理器低于天玑8200的不考虑", "低过天玑8200的唔要", "性能低于天玑8200的就算了",
])
def test_the_chips_below_one_refused_keep_that_chip(vocab, text):
    assert spec_after(text, vocab, "chip_score") == (3900, None)


@pytest.mark.parametrize("text, bound", [
    # a side wished keeps its reading; a negation before the comparison keeps the chip
    ("低于天玑8200的", (None, 3900)), ("高于天玑8200的", (3901, None)), ("不低于天玑8200", (3900, None)),
    ("天玑8200以下的不考虑", (3900, None)),
    ("性能莫低于天玑8200", (3900, None)), ("性能别低过天玑8200", (3900, None)), ("比天玑8200弱的不要", (3900, None)),
    ("高于天玑8200的不要", (None, 3900)),
])
def test_the_closest_chip_comparisons_keep_their_sides(vocab, text, bound):
    assert spec_after(text, vocab, "chip_score") == bound


@pytest.mark.parametrize("text, bound", [
    # the wordings of the grammar: the refusal after a complaint, then a pause or a space before the next ask
    ("并且低于220 g的太轻，不要、CNY12,000以内", (220, None)), ("低于220公克的太轻，不要 到手价不超过1万块", (220, None)),
    # wordings of the same kind nobody listed
    ("高于200克的太重，不要、要5G", (None, 200)), ("重量超过200克的太重了，不考虑 预算3000", (None, 200)),
    # the closest wordings, the refusal closing the message
    ("低于220克的太轻，不要", (220, None)), ("低于220克的太轻", (220, None)), ("高于200克就太重了，不要", (None, 200)), ("低于220克的", (None, 220)),
])
def test_a_refusal_after_a_complaint_turns_the_bound_before_a_pause_or_space_too(vocab, text, bound):
    assert spec_after(text, vocab, "weight_g") == bound


@pytest.mark.parametrize("text, refused", [
    # the wordings of the grammar
    ("真我❌！！", {"Realme"}), ("谷歌（Google）❌！！！运行内存（RAM）高于6 GB的不要。", {"Google"}),
    ("摩托罗拉和Tecno传音❌ | 性能比肩骁龙870或更强", {"Motorola", "Tecno"}), ("三星和索尼（Sony）❌", {"Samsung", "Sony"}),
    # wordings of the same kind nobody listed
    ("OPPO ✗，要5G", {"Oppo"}), ("🚫华为", {"Huawei"}), ("vivo❌❌", {"Vivo"}), ("Samsung ❌, Pixel is fine", {"Samsung"}),
])
def test_a_cross_mark_refuses_the_brand_it_is_put_to(vocab, text, refused):
    constraints = constraints_after(text, vocab)
    assert constraints.exclude_brands == frozenset(refused) and not constraints.brands & frozenset(refused)


@pytest.mark.parametrize("text, chips, devices", [
    ("摺疊屏❌，有嗎？", set(), {"phone"}), ("折叠屏❌；卡在$150以內別超", set(), {"phone"}), ("天玑❌ | 折叠形态的就免了", {"Dimensity"}, {"phone"}),
    ("麒麟❌！", {"Kirin"}, set()),
])
def test_a_cross_mark_refuses_the_kind_or_chip_it_is_put_to(vocab, text, chips, devices):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_chipsets, constraints.devices) == (frozenset(chips), frozenset(devices))


@pytest.mark.parametrize("text, wanted", [("三星✅", {"Samsung"}), ("三星×2台", {"Samsung"}), ("小米", {"Xiaomi"})])
def test_other_marks_refuse_nothing(vocab, text, wanted):
    assert constraints_after(text, vocab).brands == frozenset(wanted)


@pytest.mark.parametrize("text", [
    # the wordings of the grammar
    "不要只有4G的～、主摄要50M往上", "不要只有4G的，而且品牌只考慮三星", "求一部手机，不要只有４Ｇ的～",
    # wordings of the same kind nobody listed
    "只支持4G的别推", "别给我只有4G的", "仅支持4G的不考虑",
])
def test_phones_with_only_4g_refused_want_5g(vocab, text):
    assert constraints_after(text, vocab).needs_5g is True


@pytest.mark.parametrize("text", ["只有4G也行", "4G的也可以", "只要4G内存的不要"])
def test_only_4g_accepted_or_4gb_of_memory_wants_no_5g(vocab, text):
    assert constraints_after(text, vocab).needs_5g is not True


@pytest.mark.parametrize("text, amount", [
    # the wordings of the grammar
    ("5000元钱的预算，多少浮动都ok!!", 5000), ("8000米的预算，多少浮动都ok", 8000), ("1500大洋预算上下", 1500),
    ("在￥2500周围，求推荐", 2500), ("在6,000米周围！", 6000), ("预算围绕RMB6K，有吗？", 6000),
    # wordings of the same kind nobody listed
    ("3000块的预算，上下浮动都可以", 3000), ("预算围绕着4000元", 4000), ("2000元周围的机子", 2000), ("4000元预算左右", 4000),
])
def test_an_amount_said_round_about_or_free_to_float_is_about_it(vocab, text, amount):
    assert budget_after(text, vocab) == ("CNY", pytest.approx(amount * 0.85), pytest.approx(amount * 1.15))


@pytest.mark.parametrize("text, floor", [
    # the wordings of the grammar
    ("800大洋只是起点", 800), ("预算起点1,000rmb～", 1000), ("１千ｒｍｂ以下的我看不上", 1000), ("CNY六千以下的我看不上", 6000),
    # wordings of the same kind nobody listed
    ("3000块只是个起点", 3000), ("预算起点是2000元", 2000), ("两千以下的看不上眼", 2000),
])
def test_a_starting_point_or_a_price_below_it_looked_down_on_is_a_floor(vocab, text, floor):
    assert budget_after(text, vocab) == ("CNY", floor, None)


@pytest.mark.parametrize("text, budget", [
    ("5000元的预算", ("CNY", None, 5000)), ("3000元预算以内", ("CNY", None, 3000)), ("3周内到货，预算3000元", ("CNY", None, 3000)),
    ("预算3000，起点要高", ("CNY", None, 3000)),
])
def test_the_closest_budgets_keep_their_sides(vocab, text, budget):
    assert budget_after(text, vocab) == budget


def test_a_brand_looked_down_on_is_refused(vocab):
    assert constraints_after("三星我看不上", vocab).exclude_brands == frozenset({"Samsung"})


@pytest.mark.parametrize("text, floor", [
    # the wordings of the grammar, with chips of the fixture catalog
    ("起步骁龙695～", 1900), ("还要起步骁龙695，入手联想（Lenovo）～", 1900), ("起步dimensity 8200。", 3900),
    # wordings of the same kind nobody listed
    ("起步要天玑8200", 3900), ("处理器起步骁龙695", 1900), ("骁龙695起步", 1900),
])
def test_a_chip_said_as_the_start_is_a_floor(vocab, text, floor):
    constraints = constraints_after(text, vocab)
    assert (constraints.chipset, spec_after(text, vocab, "chip_score")) == (None, (floor, None))


@pytest.mark.parametrize("text", ["6.8寸起步骁龙695", "要骁龙695"])
def test_a_chip_after_another_figures_start_or_wished_stays_that_chip(vocab, text):
    assert constraints_after(text, vocab).chipset == "Snapdragon 695"


@pytest.mark.parametrize("text, descending", [
    # the wordings of the grammar
    ("另外，哪款出得最晚？", True), ("只要出得最晚的，还要只买iPhone～", True), ("按出得最晚排個序", True), ("出得最晚那几款", True),
    # wordings of the same kind nobody listed
    ("哪台出的最新", True), ("要出来最晚的那款", True), ("出得最早的排前面", False),
])
def test_which_came_out_latest_orders_by_year(vocab, text, descending):
    assert understand(text, vocab).sort == Sort("year", descending)


def test_a_year_capped_by_its_latest_stays_a_ceiling(vocab):
    assert spec_after("最晚2019年出的", vocab, "year") == (None, 2019)
