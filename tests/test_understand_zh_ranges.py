"""Chinese figures for specs: ranges ("介于X和Y之间"), comparative verbs ("大过", "少过"), unit words ("兆像素") and a bare
figure after a camera's noun ("主摄50"), in every numeric slot (issue 9)."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget
from advisor.understanding.understand import understand
from tests.helpers import slots


def _spec(vocab, text: str, spec: str) -> Bound | None:
    found = slots(understand(text, vocab)).get(f"spec:{spec}")
    return None if found is None else found[1]  # type: ignore[return-value]


def _budget(vocab, text: str) -> Budget | None:
    found = slots(understand(text, vocab)).get("budget")
    return None if found is None else found[1]  # type: ignore[return-value]


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕介于6.1和6.5英寸之间", "screen_in", Bound(6.1, 6.5)),
    ("屏幕介于6.2与6.6之间", "screen_in", Bound(6.2, 6.6)),
    ("电池在4500和5000mAh之间", "battery_mah", Bound(4500, 5000)),
    ("电池在5000跟6000毫安之间", "battery_mah", Bound(5000, 6000)),
    ("电池介于4000和4500之间", "battery_mah", Bound(4000, 4500)),
    ("机身重量介于170g和190g之间", "weight_g", Bound(170, 190)),
    ("重量介于170和190克之间", "weight_g", Bound(170, 190)),
    ("内存介于8和12GB之间", "ram_gb", Bound(8, 12)),
    ("存储在256和512GB之间", "storage_gb", Bound(256, 512)),
    ("主摄像头介于5000万和1亿像素之间", "main_camera_mp", Bound(50, 100)),
])
def test_he_between_two_figures_then_zhijian_is_a_range(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


def test_he_without_zhijian_joins_two_specs_not_a_range(vocab):
    found = slots(understand("运存8G和256G存储", vocab))
    assert found["spec:ram_gb"] == ("set", Bound(lo=8)) and found["spec:storage_gb"] == ("set", Bound(lo=256))


@pytest.mark.parametrize("text", ["屏幕6.1吋到6.5吋", "屏幕6.1英寸到6.5英寸", "螢幕介於6.1吋和6.5吋之間"])
def test_a_screen_range_may_give_both_ends_their_unit(vocab, text):
    assert _spec(vocab, text, "screen_in") == Bound(6.1, 6.5)


@pytest.mark.parametrize("text, spec, bound", [
    ("主摄在4800万到6400万之间", "main_camera_mp", Bound(48, 64)),
    ("主摄4800万到6400万像素", "main_camera_mp", Bound(48, 64)),
    ("后摄5000万至1亿像素", "main_camera_mp", Bound(50, 100)),
    ("前置1600万到3200万之间", "front_camera_mp", Bound(16, 32)),
    ("自拍2000万~3200万像素", "front_camera_mp", Bound(20, 32)),
])
def test_a_range_of_wan_figures_after_a_camera_word_is_megapixels(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert slots(request)[f"spec:{spec}"] == ("set", bound) and "budget" not in slots(request)


@pytest.mark.parametrize("text, spec, bound", [
    ("屏幕大过6.5寸", "screen_in", Bound(lo=6.5)),
    ("屏幕高过6.5", "screen_in", Bound(lo=6.5)),
    ("电池多过5000mAh", "battery_mah", Bound(lo=5000)),
    ("主摄高过4800万像素", "main_camera_mp", Bound(lo=48)),
    ("运存大过8G", "ram_gb", Bound(lo=8)),
    ("屏幕小过6.3寸", "screen_in", Bound(hi=6.3)),
    ("重量轻过190克", "weight_g", Bound(hi=190)),
    ("存储少过256G也行", "storage_gb", Bound(hi=256)),
])
def test_comparative_verbs_with_guo_put_the_figure_on_their_side(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, hi", [("价钱少过2000", 2000), ("价格低过2500块", 2500), ("价格不高过3000", 3000)])
def test_a_price_less_than_with_guo_is_a_ceiling(vocab, text, hi):
    assert _budget(vocab, text) == Budget("CNY", hi=hi)


@pytest.mark.parametrize("text, spec, lo", [
    ("屏幕6.7吋开外", "screen_in", 6.7), ("电池五千毫安开外", "battery_mah", 5000), ("主摄五千万开外", "main_camera_mp", 50)])
def test_kaiwai_after_a_figure_is_a_floor(vocab, text, spec, lo):
    assert _spec(vocab, text, spec) == Bound(lo=lo)


@pytest.mark.parametrize("text, spec, lo", [
    ("相机至少50兆像素", "main_camera_mp", 50), ("前置32兆像素以上", "front_camera_mp", 32), ("后置镜头64兆", "main_camera_mp", 64)])
def test_zhao_pixels_are_megapixels(vocab, text, spec, lo):
    assert _spec(vocab, text, spec) == Bound(lo=lo)


@pytest.mark.parametrize("text, spec, lo", [
    ("主摄50", "main_camera_mp", 50), ("后摄64", "main_camera_mp", 64), ("前置16以上", "front_camera_mp", 16),
    ("主摄要50的", "main_camera_mp", 50), ("相机64以上", "main_camera_mp", 64), ("后置108，预算两千五", "main_camera_mp", 108),
])
def test_a_sensor_size_right_after_a_chinese_camera_word_is_its_megapixels(vocab, text, spec, lo):
    assert _spec(vocab, text, spec) == Bound(lo=lo)


def test_two_bare_camera_figures_each_go_to_their_own_camera(vocab):
    found = slots(understand("主摄50，前摄32", vocab))
    assert found["spec:main_camera_mp"] == ("set", Bound(lo=50)) and found["spec:front_camera_mp"] == ("set", Bound(lo=32))


@pytest.mark.parametrize("text", ["拍照好，3000以内", "自拍5G手机", "前置 5G"])
def test_a_figure_after_a_camera_word_that_is_no_sensor_size_is_no_megapixels(vocab, text):
    found = slots(understand(text, vocab))
    assert "spec:main_camera_mp" not in found and "spec:front_camera_mp" not in found


def test_bi_figure_da_after_a_spec_word_is_a_floor(vocab):
    assert _spec(vocab, "电池比5000大，价格比3000低", "battery_mah") == Bound(lo=5000)


def test_a_wish_for_more_then_the_figure_without_a_comma(vocab):
    text = "华为三千以内，电池大点5000以上"
    assert _spec(vocab, text, "battery_mah") == Bound(lo=5000) and _budget(vocab, text) == Budget("CNY", hi=3000)


def test_a_currency_word_before_the_next_figure_is_that_figures(vocab):
    text = "存储顶多64 人民币两千以下"
    assert _spec(vocab, text, "storage_gb") == Bound(hi=64) and _budget(vocab, text) == Budget("CNY", hi=2000)


@pytest.mark.parametrize("text, budget", [
    ("3000以上的不要", Budget("CNY", hi=3000)), ("贵过3000的不要", Budget("CNY", hi=3000)),
    ("三千以上不考虑", Budget("CNY", hi=3000)), ("一千以下的不考虑", Budget("CNY", lo=1000)),
])
def test_a_price_side_refused_after_it_wants_the_other_side(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, spec, bound", [
    ("螢幕唔好大過6.3吋", "screen_in", Bound(hi=6.3)), ("屏幕唔好細過6.5吋", "screen_in", Bound(lo=6.5)),
    ("屏幕喺6.5吋以上", "screen_in", Bound(lo=6.5)),
])
def test_cantonese_negation_and_comparatives_read_as_mandarin(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


def test_cantonese_negation_turns_a_price_side(vocab):
    assert _budget(vocab, "價錢唔好超過三千") == Budget("CNY", hi=3000)


@pytest.mark.parametrize("text, hi", [("2k5以内", 2500), ("预算1w5", 15000), ("3K5以下", 3500)])
def test_a_digit_after_k_or_w_counts_the_next_place_down(vocab, text, hi):
    assert _budget(vocab, text) == Budget("CNY", hi=hi)


@pytest.mark.parametrize("text", ["3000块人民币以内", "3000软妹币以内", "3000块钱人民币以内"])
def test_slang_and_doubled_yuan_words_are_yuan(vocab, text):
    assert _budget(vocab, text) == Budget("CNY", hi=3000)


@pytest.mark.parametrize("text, bound", [
    ("屏幕大小6.5", Bound(6.35, 6.65)), ("屏幕别太小6.5以上", Bound(lo=6.5)), ("屏幕不要太大，6.4以下", Bound(hi=6.4)),
    ("屏幕≧6.5吋", Bound(lo=6.5)), ("屏幕≦6.3吋", Bound(hi=6.3)),
])
def test_screen_wordings_with_a_wish_a_size_word_or_a_sign(vocab, text, bound):
    assert _spec(vocab, text, "screen_in") == bound


@pytest.mark.parametrize("text, spec, bound", [
    ("屏目6.5", "screen_in", Bound(6.35, 6.65)), ("电尺5000", "battery_mah", Bound(lo=5000)),
    ("相素5000万", "main_camera_mp", Bound(lo=50)), ("运纯8G", "ram_gb", Bound(lo=8)),
])
def test_common_miswritings_of_spec_words_are_read_as_the_word(vocab, text, spec, bound):
    assert _spec(vocab, text, spec) == bound


@pytest.mark.parametrize("text, brand", [("平果手机", "Apple"), ("华维手机", "Huawei")])
def test_a_brand_written_with_a_same_sounding_character_is_the_brand(vocab, text, brand):
    assert slots(understand(text, vocab))["brands"] == ("set", frozenset({brand}))


def test_a_bracketed_refusal_after_a_brand_excludes_it(vocab):
    found = slots(understand("华为（不要），三千以内", vocab))
    assert "brands" not in found or found["brands"][0] != "set"
    assert "Huawei" in found["exclude_brands"][1]


@pytest.mark.parametrize("text, bound", [
    ("6点7寸", Bound(6.55, 6.85)), ("屏幕6点5英寸以上", Bound(lo=6.5)), ("屏幕六到七寸", Bound(6.0, 7.0)),
    ("屏幕在六到七寸之间", Bound(6.0, 7.0)), ("6.5in以上", Bound(lo=6.5)),
])
def test_screen_sizes_with_digits_around_dian_a_written_out_range_start_or_in_before_chinese(vocab, text, bound):
    assert _spec(vocab, text, "screen_in") == bound


def test_a_clock_time_is_no_decimal(vocab):
    assert _spec(vocab, "晚上8点30分前送到，屏幕6寸以下", "screen_in") == Bound(hi=6)


def test_a_megapixel_figure_glued_to_the_next_amount_stays_apart(vocab):
    text = "主摄5000万2000以内"
    assert _spec(vocab, text, "main_camera_mp") == Bound(lo=50) and _budget(vocab, text) == Budget("CNY", hi=2000)


def test_a_chinese_amount_glued_to_a_latin_brand_after_it_is_read(vocab):
    found = slots(understand("一千五OPPO", vocab))
    assert found["budget"] == ("set", Budget("CNY", hi=1500)) and found["brands"] == ("set", frozenset({"Oppo"}))


@pytest.mark.parametrize("text, spec, bound", [
    ("主摄最好有5000万", "main_camera_mp", Bound(lo=50)), ("电池最好是5000毫安以上", "battery_mah", Bound(lo=5000)),
    ("屏幕最好要6.5寸以上", "screen_in", Bound(lo=6.5)),
])
def test_zui_hao_before_a_verb_is_preferably_not_an_ordering(vocab, text, spec, bound):
    request = understand(text, vocab)
    assert slots(request)[f"spec:{spec}"] == ("set", bound) and request.sort is None


@pytest.mark.parametrize("text, budget", [
    ("三百多美元", Budget("USD", lo=300, hi=400)), ("两千多块", Budget("CNY", lo=2000, hi=3000)),
    ("两万多卢比", Budget("INR", lo=20000, hi=30000)),
])
def test_duo_after_an_amount_keeps_the_currency_said_after_it(vocab, text, budget):
    assert _budget(vocab, text) == budget


@pytest.mark.parametrize("text, brand", [("用腻了苹果，换个安卓", "Apple"), ("厌倦了三星", "Samsung"), ("三星OK，苹果NO", "Apple")])
def test_tired_of_before_a_brand_or_no_closing_its_clause_excludes_it(vocab, text, brand):
    assert brand in slots(understand(text, vocab))["exclude_brands"][1]


def test_no_before_more_words_is_not_a_refusal_of_the_brand_before_it(vocab):
    assert "exclude_brands" not in slots(understand("samsung no more than $500", vocab))


@pytest.mark.parametrize("text, key, descending", [
    ("拍照好的排前面", "main_camera_mp", True), ("自拍好的优先", "front_camera_mp", True), ("先看便宜的", "price", False),
    ("续航好的放前面", "battery_mah", True), ("屏幕小的排在前面", "screen_in", False),
])
def test_what_comes_first_said_by_an_aspect_and_its_better_end_is_an_ordering(vocab, text, key, descending):
    sort = understand(text, vocab).sort
    assert sort is not None and (sort.key, sort.descending) == (key, descending)


def test_zui_hao_between_a_spec_word_and_its_figure_is_a_link(vocab):
    text = "屏幕最好是6.5寸以上，电池最好5000以上"
    assert _spec(vocab, text, "battery_mah") == Bound(lo=5000) and _budget(vocab, text) is None


def test_you_opens_a_range_like_cong(vocab):
    assert _spec(vocab, "屏幕由6.5到6.8", "screen_in") == Bound(6.5, 6.8)
