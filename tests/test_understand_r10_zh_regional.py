"""Chinese single-message readings from the SEALED-9 dialogue failures (issue 10): Cantonese 边 before a counter asks
which ("边部最轻"), 讲返 is "back to"; help questions that ask what else the advisor does ("你除了推荐手机还会点别的不"),
by which criteria it filters ("你能用哪些条件帮我筛手机") or name it as a service ("这个服务还可以查什么")."""

from __future__ import annotations

import pytest

from advisor.understanding.normalize import simplified
from advisor.understanding.smalltalk import is_help_question

# --- Cantonese 边 before a counter is 哪 --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [("邊部最輕", "哪部最轻"), ("边个电池最大", "哪个电池最大"),
                                            ("邊一部最平", "哪一部最便宜")])
def test_cantonese_which_before_a_counter_reads_as_na(text, read):
    assert simplified(text) == read


@pytest.mark.parametrize("text", ["这边个人觉得不错", "旁边那部", "左边个按键", "屏幕边框窄"])
def test_a_side_or_a_bezel_is_no_which(text):
    assert simplified(text) == text


def test_cantonese_jiang_faan_reads_as_back_to():
    assert simplified("講返我部手機先") == "说回我部手机先"


# --- help questions ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["对了 你除了推荐手机还会点别的不", "你除了找手机还能做些别的吗", "除了推荐手机 你还可以干点什么呢"])
def test_what_else_besides_recommending_phones_is_help(text):
    assert is_help_question(simplified(text))


@pytest.mark.parametrize("text", ["你能用哪些條件幫我篩手機？", "可以按什么参数筛选", "你能根据哪些标准来找手机",
                                  "what filters can you use", "what can I filter phones by"])
def test_asking_which_criteria_the_advisor_filters_by_is_help(text):
    assert is_help_question(simplified(text))


@pytest.mark.parametrize("text", ["這個服務還可以查什麼？", "这个平台还能做什么", "这个网站可以查什么"])
def test_the_advisor_named_as_a_service_is_asked_about(text):
    assert is_help_question(simplified(text))


@pytest.mark.parametrize("text", ["这个服务还可以查三星吗", "你能筛三星手机吗", "用什么条件好", "你还会点别的不", "有别的吗"])
def test_a_brand_or_no_besides_keeps_these_out_of_help(text):
    assert not is_help_question(simplified(text))
