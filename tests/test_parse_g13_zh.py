"""Chinese wordings of the blind-13 grammar (issue 9), each beside the closest wording that must keep its meaning: a brand
refused by a refusal word anywhere in its clause, whatever the verb ("X的给我划掉", "推荐里不要出现X", "X看都不想看", "X退散"),
or in a bare refusal clause right after it ("X的售后太烂，别推"), while a negation said of another constraint, a double
negation and an exception leave the brand wished."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Sort
from advisor.understanding.understand import understand
from tests.helpers import constraints_after


@pytest.mark.parametrize("text, brand", [
    # the wordings of the grammar
    ("谷歌的给我划掉", "Google"), ("联想LENOVO家的就别列了", "Lenovo"), ("推荐里不要出现谷歌pixel的说", "Google"),
    ("vivo先排除掉的说", "Vivo"), ("华为看都不想看", "Huawei"), ("honor榮耀的給我劃掉哦", "Honor"),
    ("小米跟摩托罗拉的都别来的说", "Motorola"),
    # refusal verbs nobody listed
    ("三星的就别塞给我了", "Samsung"), ("推荐列表里别放华为", "Huawei"), ("小米的我已经拉黑了", "Xiaomi"),
    ("魅族不予考虑", "Meizu"), ("OPPO的不想再碰了", "Oppo"), ("苹果给我删掉", "Apple"), ("荣耀家的踢出去吧", "Honor"),
    ("索尼的别推了", "Sony"), ("苹果的话不想考虑", "Apple"),
])
def test_a_refusal_word_anywhere_in_the_brands_clause_refuses_it(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert brand in constraints.exclude_brands and not constraints.brands


def test_a_refusal_after_a_list_refuses_every_brand_of_it(vocab):
    assert constraints_after("小米跟摩托罗拉的都别来的说", vocab).exclude_brands == frozenset({"Xiaomi", "Motorola"})


@pytest.mark.parametrize("text, brand", [
    ("1+一加的售后太烂，别推", "OnePlus"), ("联想的售后太烂，别推", "Lenovo"), ("三星的售后太差，不想要", "Samsung"),
    ("华为之前用过一台，这次不想再买了", "Huawei"),
])
def test_a_bare_refusal_clause_after_the_brands_clause_refuses_it(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.exclude_brands, constraints.brands) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text, brand", [
    # the negation is said of another constraint
    ("华为的不要太贵", "Huawei"), ("华为的别太重", "Huawei"), ("三星的不用太新", "Samsung"), ("华为，不要太贵", "Huawei"),
    ("三星的，不要折叠屏", "Samsung"), ("华为的拍照好，别太贵", "Huawei"), ("三星不用给我打折", "Samsung"),
    # a wish with a negated adjective, a doubt, a double negation, a question, a degree
    ("华为的不错", "Huawei"), ("三星不贵的", "Samsung"), ("华为的不卡", "Huawei"), ("不一定要华为", "Huawei"),
    ("小米也不是不行", "Xiaomi"), ("华为要不要考虑", "Huawei"), ("三星拍照好得不要不要的", "Samsung"),
    ("华为的，没用过", "Huawei"),
])
def test_a_negation_said_of_something_else_leaves_the_brand_wished(vocab, text, brand):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({brand}), frozenset())


@pytest.mark.parametrize("text", ["除了华为都不要", "华为以外的牌子不考虑", "只要华为，别的不要"])
def test_a_refusal_of_every_other_brand_keeps_the_brand_the_only_wish(vocab, text):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({"Huawei"}), frozenset())


@pytest.mark.parametrize("text", ["不排除华为", "别划掉小米"])
def test_a_shutting_out_verb_denied_refuses_nothing_it_names_after_it(vocab, text):
    assert not constraints_after(text, vocab).exclude_brands


def test_a_refusal_followed_by_another_brand_refuses_that_brand(vocab):
    constraints = constraints_after("三星不要苹果", vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset({"Samsung"}), frozenset({"Apple"}))


@pytest.mark.parametrize("text, brand", [
    ("TECNO傳音的機子吧", "Tecno"), ("infinix 传音的就行", "Infinix"), ("要一台Tecno传音", "Tecno"),
])
def test_a_group_makers_name_said_after_its_brand_only_says_whose_it_is(vocab, text, brand):
    assert constraints_after(text, vocab).brands == frozenset({brand})


@pytest.mark.parametrize("text, brand", [("tecno传音退散", "Tecno"), ("坚决不碰infinix传音哈", "Infinix")])
def test_a_brand_refused_with_its_group_makers_name_after_it_refuses_that_brand_only(vocab, text, brand):
    assert constraints_after(text, vocab).exclude_brands == frozenset({brand})


def test_the_group_makers_name_alone_still_names_every_brand_of_it(vocab):
    assert constraints_after("传音的就行", vocab).brands == frozenset({"Tecno", "Infinix"})


def test_a_brand_and_the_group_maker_joined_by_or_are_both_wished(vocab):
    assert constraints_after("OPPO家或传音家", vocab).brands == frozenset({"Oppo", "Tecno", "Infinix"})


@pytest.mark.parametrize("text, key, descending", [
    # the weight counted in grams
    ("选出克数最少的", "weight_g", False), ("挑出克数最多的那款", "weight_g", True), ("克数按从高到低排哈", "weight_g", True),
    ("按克数由低到高排列呀", "weight_g", False), ("克数按降序排", "weight_g", True),
    # a camera by its pixel count or unit, the memory by its tier
    ("想要主摄MP最高的哦", "main_camera_mp", True), ("从里面挑主摄像素数最高的", "main_camera_mp", True),
    ("把主摄ＭＰ最高的放第一个", "main_camera_mp", True), ("想要运存档位最高的哦", "ram_gb", True),
    ("存储档位最大的", "storage_gb", True),
])
def test_an_aspect_named_by_its_unit_count_or_tier_orders_by_it(vocab, text, key, descending):
    assert understand(text, vocab).sort == Sort(key, descending)


@pytest.mark.parametrize("text, key", [("机身存储最多的", "storage_gb"), ("电池最多的", "battery_mah"),
                                       ("重量最轻的", "weight_g")])
def test_the_nouns_beside_the_new_ones_keep_their_orderings(vocab, text, key):
    assert understand(text, vocab).sort.key == key


@pytest.mark.parametrize("text, brands", [
    ("荣耀、sam sung两家选一", {"Honor", "Samsung"}), ("sam sung的可以", {"Samsung"}), ("a sam sung phone", {"Samsung"}),
    ("小米poco的机子", {"POCO"}), ("xiaomi poco please", {"POCO"}), ("poco xiaomi please", {"POCO"}),
])
def test_a_brand_spelled_apart_or_with_its_makers_name_is_that_brand(vocab, text, brands):
    assert constraints_after(text, vocab).brands == frozenset(brands)


def test_the_maker_and_its_sub_brand_joined_by_a_word_are_both_wished(vocab):
    assert constraints_after("小米或poco的机子", vocab).brands == frozenset({"Xiaomi", "POCO"})


@pytest.mark.parametrize("text", ["不玩折叠屏", "折叠的不考虑的说，有的话说下", "別來摺疊屏，謝謝大家", "折叠屏给我划掉",
                                  "折叠屏太脆了，不要，多谢", "折叠款就别塞给我了"])
def test_a_foldable_refused_by_any_verb_of_its_clause_leaves_plain_phones(vocab, text):
    assert constraints_after(text, vocab).devices == frozenset({"phone"})


@pytest.mark.parametrize("text, devices", [("只看折叠屏", {"foldable"}), ("折叠屏不错", {"foldable"}),
                                           ("平板的不要太贵", {"tablet"}), ("不一定要平板", {"tablet"})])
def test_a_kind_wished_beside_a_negation_of_something_else_stays_wished(vocab, text, devices):
    assert constraints_after(text, vocab).devices == frozenset(devices)


@pytest.mark.parametrize("text, wanted, refused", [
    ("品牌只要poco小米的说", {"POCO"}, set()), ("小米 poco", {"POCO"}, set()), ("牌子限定poco小米或一加", {"POCO", "OnePlus"}, set()),
    ("poco小米家劝退啊", set(), {"POCO"}), ("任何poco小米的都不要", set(), {"POCO"}),
    ("谷歌pixel跟poco小米的都别来", set(), {"Google", "POCO"}),
])
def test_a_maker_glued_to_its_own_sub_brand_only_says_whose_it_is(vocab, text, wanted, refused):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(wanted), frozenset(refused))


@pytest.mark.parametrize("text", ["小米或poco的机子", "小米和poco都行", "小米、poco", "小米poco或者小米"])
def test_a_maker_and_its_sub_brand_joined_or_named_apart_are_both_wished(vocab, text):
    assert constraints_after(text, vocab).brands == frozenset({"Xiaomi", "POCO"})


@pytest.mark.parametrize("text, key", [("挑出运存最顶的那款", "ram_gb"), ("存储最顶的", "storage_gb"),
                                       ("性能最能打的", "performance"), ("处理器最能打的那台", "performance")])
def test_top_and_holding_its_own_are_the_most_of_an_aspect(vocab, text, key):
    assert understand(text, vocab).sort == Sort(key, True)


@pytest.mark.parametrize("text, brands", [("唔好淨係睇索尼，三星都睇埋", {"Sony", "Samsung"}), ("别净是推华为", {"Huawei"}),
                                          ("不要只看索尼", {"Sony"}), ("别光看华为", {"Huawei"})])
def test_a_refusal_of_a_brand_alone_is_no_refusal_of_it(vocab, text, brands):
    constraints = constraints_after(text, vocab)
    assert (constraints.brands, constraints.exclude_brands) == (frozenset(brands), frozenset())


@pytest.mark.parametrize("text", ["不用跳过oppo", "不用划掉华为", "不要排除小米"])
def test_a_negation_before_a_shutting_out_verb_keeps_the_brand(vocab, text):
    assert not constraints_after(text, vocab).exclude_brands


def test_a_refusal_closed_by_a_pause_does_not_reach_the_kind_after_it(vocab):
    assert constraints_after("预算400美元，超了不要、平板哈，不是手机", vocab).devices == frozenset({"tablet"})


def test_a_kind_wished_with_only_after_another_refusal_stays_wished(vocab):
    assert constraints_after("没有5G的不要 only folding ones", vocab).devices == frozenset({"foldable"})


@pytest.mark.parametrize("text", ["平板就得，真我不要", "平板嘅就得，真我直接跳過", "平板都得，真我的别推"])
def test_a_kind_said_to_do_keeps_it_and_the_brand_refused_in_the_next_clause_is_that_brands(vocab, text):
    """就得 / 都得 (Cantonese and northern "will do") say the kind is fine, and 真我 (Realme) opening the next clause is
    the brand refused there, not "really, I" refusing the kind before it."""
    constraints = constraints_after(text, vocab)
    assert (constraints.devices, constraints.exclude_brands) == (frozenset({"tablet"}), frozenset({"Realme"}))


def test_really_opening_a_bare_refusal_clause_still_refuses_the_brand_before_it(vocab):
    assert constraints_after("三星的售后太差，真的不想要", vocab).exclude_brands == frozenset({"Samsung"})
