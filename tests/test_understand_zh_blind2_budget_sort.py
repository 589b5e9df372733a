"""The message parser on the Chinese budget and ordering wordings of the blind-2 grammar's failures and their
neighbours (issue 9): slang currency words (个大洋, 刀乐), a tilde or an ellipsis as the chat's pause, "这个价" as a price
level, weight nouns (机重, 克重), "最迷你" and "storage size" as orderings."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Budget, Sort
from advisor.understanding.understand import understand
from tests.helpers import slots


def _budget(vocab, text: str) -> Budget | None:
    found = slots(understand(text, vocab)).get("budget")
    if found is None:
        return None
    assert isinstance(found[1], Budget)
    return found[1]


@pytest.mark.parametrize("text, budget", [
    ("兜里就1,500个大洋!OPPO的", Budget("CNY", hi=1500)), ("3,500个大洋以内的", Budget("CNY", hi=3500)),
    ("價格別過1000個大洋", Budget("CNY", hi=1000)), ("2,500个大洋左右就行", Budget("CNY", 2125, 2875, 2500)),
    ("两千个大洋以内", Budget("CNY", hi=2000)), ("预算3000个大洋左右", Budget("CNY", 2550, 3450, 3000)),
])
def test_a_counter_before_the_slang_dayang_is_part_of_the_yuan_word(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("3500个大洋起8000个大洋封顶", Budget("CNY", 3500, 8000)), ("不低于1,500个大洋不高于3,000个大洋", Budget("CNY", 1500, 3000)),
    ("一万~一万二个大洋", Budget("CNY", 10000, 12000)), ("八百个大洋—一千五个大洋", Budget("CNY", 800, 1500)),
    ("介于三千个大洋和五千个大洋", Budget("CNY", 3000, 5000)), ("三千个大洋起五千个大洋封顶", Budget("CNY", 3000, 5000)),
])
def test_ranges_in_dayang_keep_both_ends(vocab, text, budget):
    assert _budget(vocab, text) == budget


def test_a_floor_in_dayang_refused_is_a_floor_wanted(vocab):
    assert _budget(vocab, "低于800个大洋的不要") == Budget("CNY", lo=800)


@pytest.mark.parametrize("text, budget", [
    ("700刀乐左右吧", Budget("USD", 595, 805, 700)), ("800刀樂差不多", Budget("USD", 680, 920, 800)),
    ("700刀乐+", Budget("USD", lo=700)), ("预算区间400刀乐-700刀乐", Budget("USD", 400, 700)),
    ("500刀乐以内", Budget("USD", hi=500)), ("大概600刀乐", Budget("USD", 510, 690, 600)),
])
def test_daole_is_the_dollar_word_whole_so_the_side_after_it_is_the_amounts(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("求安利~手里就5,000块RMB!", Budget("CNY", hi=5000)), ("有没有推荐的手机~6,000元RMB是上限", Budget("CNY", hi=6000)),
    ("在嗎，想買個手機~2,000aed是上限", Budget("AED", hi=2000)), ("帮忙看看手机~200刀乐起400刀乐封顶", Budget("USD", 200, 400)),
    ("帮我看看~预算三千", Budget("CNY", hi=3000)), ("手机求推~4000元以内", Budget("CNY", hi=4000)),
])
def test_a_tilde_glued_after_a_chinese_word_is_a_pause_not_about(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, budget", [
    ("~300 dollars", Budget("USD", 255, 345, 300)), ("预算~3000", Budget("CNY", 2550, 3450, 3000)),
    ("价位~2000的手机", Budget("CNY", 1700, 2300, 2000)), ("3000元~4000元", Budget("CNY", 3000, 4000)),
])
def test_a_tilde_before_a_figure_or_after_a_price_word_is_still_about_or_a_range(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, budget, brands", [
    ("别给我推荣耀跟Tecno……400刀乐左右吧", Budget("USD", 340, 460, 400), ("exclude_brands", {"Honor", "Tecno"})),
    ("要vivo……三千以内", Budget("CNY", hi=3000), ("brands", {"Vivo"})),
    ("OPPO……2000元左右", Budget("CNY", 1700, 2300, 2000), ("brands", {"Oppo"})),
])
def test_a_chinese_ellipsis_after_a_latin_word_is_a_pause_not_a_decimal_point(vocab, text, budget, brands):
    read = slots(understand(text, vocab))
    assert (read["budget"][1], read[brands[0]][1]) == (budget, frozenset(brands[1]))


@pytest.mark.parametrize("text, budget", [
    ("1,200元RMB這個價左右", Budget("CNY", 1020, 1380, 1200)), ("1000個大洋這個價左右", Budget("CNY", 850, 1150, 1000)),
    ("2000块这个价的手机", Budget("CNY", 1700, 2300, 2000)), ("三千那个价的", Budget("CNY", 2550, 3450, 3000)),
])
def test_this_price_after_a_figure_is_a_price_level(vocab, text, budget):
    assert _budget(vocab, text) == budget


def test_a_price_word_naming_no_figure_makes_no_level(vocab):
    assert _budget(vocab, "预算3000，这个价能买啥") == Budget("CNY", hi=3000)


@pytest.mark.parametrize("text, sort", [
    ("克重按由高到低排", Sort("weight_g", True)), ("以克重排序，由高到低", Sort("weight_g", True)),
    ("按照机重，从低往高", Sort("weight_g", False)), ("機重從低往高排一下", Sort("weight_g", False)),
    ("克重从高往低排一下", Sort("weight_g", True)), ("机重最小的先给我看", Sort("weight_g", False)),
    ("克重从大到小排", Sort("weight_g", True)),
])
def test_jizhong_and_kezhong_name_the_weight_in_an_ordering(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_the_weight_in_phone_weight_is_still_read_whole(vocab):
    assert understand("手机重量从高到低", vocab).sort == Sort("weight_g", True)


@pytest.mark.parametrize("text", ["屏幕最迷你的先给我看", "给我屏幕最迷你的那款", "最迷你的手机", "屏幕越迷你越好"])
def test_the_most_mini_screen_is_an_ordering_from_the_smallest(vocab, text):
    assert understand(text, vocab).sort == Sort("screen_in", False)


@pytest.mark.parametrize("text", ["storage size high→low pls", "sort by storage size, largest first",
                                  "storage capacity descending"])
def test_storage_size_orders_by_storage_not_by_screen_size(vocab, text):
    assert understand(text, vocab).sort == Sort("storage_gb", True)


def test_screen_size_still_orders_by_screen(vocab):
    assert understand("screen size high→low", vocab).sort == Sort("screen_in", True)


@pytest.mark.parametrize("text, sort", [
    ("排个序：克重最大在前", Sort("weight_g", True)), ("机重最高的", Sort("weight_g", True)),
    ("屏幕最mini的", Sort("screen_in", False)), ("ram size high to low", Sort("ram_gb", True)),
    ("memory size descending", Sort("ram_gb", True)),
])
def test_more_names_of_weight_small_screens_and_memory_in_orderings(vocab, text, sort):
    assert understand(text, vocab).sort == sort


def test_the_body_at_its_largest_is_no_ordering_by_weight(vocab):
    assert understand("机身最大的", vocab).sort is None


@pytest.mark.parametrize("text, budget", [
    ("预算得有3000", Budget("CNY", hi=3000)), ("预算得有两千五吧", Budget("CNY", hi=2500)),
    ("我的预算得有4000元", Budget("CNY", hi=4000)),
])
def test_the_budget_must_come_to_a_figure_is_that_budget_as_a_ceiling(vocab, text, budget):
    assert _budget(vocab, text) == budget


def test_a_floor_said_on_what_the_budget_must_come_to_is_a_floor(vocab):
    assert _budget(vocab, "预算至少得有3000") == Budget("CNY", lo=3000)


@pytest.mark.parametrize("text, budget", [
    ("两千……三千", Budget("CNY", 2000, 3000)), ("预算两千……三千", Budget("CNY", 2000, 3000)),
    ("2000元……3000元", Budget("CNY", 2000, 3000)), ("1500......2500的手机", Budget("CNY", 1500, 2500)),
])
def test_a_chinese_ellipsis_between_two_amounts_joins_a_range(vocab, text, budget):
    assert _budget(vocab, text) == budget


def test_an_ellipsis_after_a_chinese_word_before_an_amount_stays_a_pause(vocab):
    assert _budget(vocab, "想搵部手机……1500元") == Budget("CNY", hi=1500)


@pytest.mark.parametrize("text, budget, intent", [
    ("1000以内 电池耐用", Budget("CNY", hi=1000), "battery"), ("三千以内电池大", Budget("CNY", hi=3000), "battery"),
    ("2000以下 电池要耐用", Budget("CNY", hi=2000), "battery"),
])
def test_a_figure_before_a_noun_with_its_quality_after_is_the_price_and_the_noun_a_need(vocab, text, budget, intent):
    request = understand(text, vocab)
    read = slots(request)
    assert (read.get("budget"), "spec:battery_mah" in read, intent in request.intents) == (("set", budget), False, True)


@pytest.mark.parametrize("text, spec, value", [
    ("5000以上电池", "battery_mah", 5000), ("5000+ battery", "battery_mah", 5000), ("8以上运存", "ram_gb", 8),
])
def test_a_figure_before_a_bare_noun_is_still_its_spec(vocab, text, spec, value):
    read = slots(understand(text, vocab))
    assert (read[f"spec:{spec}"][1].lo, "budget" in read) == (value, False)


@pytest.mark.parametrize("text, budget", [
    ("兜里就6,000个大洋", Budget("CNY", hi=6000)), ("口袋里就2000", Budget("CNY", hi=2000)),
    ("兜里只剩3000", Budget("CNY", hi=3000)), ("卡里就3000", Budget("CNY", hi=3000)), ("攒了3000", Budget("CNY", hi=3000)),
    ("最多出3000", Budget("CNY", hi=3000)), ("顶多出两千", Budget("CNY", hi=2000)),
])
def test_the_money_in_the_pocket_or_on_the_card_is_a_ceiling(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text", ["存了3000张照片", "身上就3个口袋"])
def test_a_count_after_those_words_is_no_budget(vocab, text):
    assert _budget(vocab, text) is None


def test_a_spec_said_before_a_budget_is_still_read_beside_the_pocket_words(vocab):
    read = slots(understand("想买手机，6G以上运存，5k元之内", vocab))
    assert (read["spec:ram_gb"][1].lo, read["budget"][1]) == (6, Budget("CNY", hi=5000))


@pytest.mark.parametrize("text, budget", [
    ("3000个软妹币以内", Budget("CNY", hi=3000)), ("500个刀以内", Budget("USD", hi=500)),
    ("三百个美金左右", Budget("USD", 255, 345, 300)), ("3k个大洋以内", Budget("CNY", hi=3000)),
])
def test_a_counter_before_any_chinese_currency_word_is_the_amounts(vocab, text, budget):
    assert _budget(vocab, text) == budget


def test_a_counter_before_a_currency_the_catalog_has_no_prices_in_is_named_back(vocab):
    request = understand("3000个港币以内", vocab)
    assert ("budget" in slots(request), any("没有港币（HKD）" in note for note in request.notes)) == (False, True)


@pytest.mark.parametrize("text", ["3000个像素", "要3个"])
def test_a_counter_before_anything_else_is_no_money(vocab, text):
    assert _budget(vocab, text) is None
