"""The moves of the SEALED-6 mixed English-Chinese sessions that went wrong (issue 10): an undo that names its change
with words of both languages in each place ("刚才那个 budget change undo 一下 pls", "tecno 那步 撤回 pls"), and a help
question said in both languages with a closing "这里" or with "除了" before an English verb ("其实 what else can u do
除了 recommend phones")."""

from __future__ import annotations

import pytest

from advisor.understanding.request import Bound, Budget


@pytest.fixture
def session(small_advisor):
    return small_advisor.session()


def _budget_lowered(session):
    """Phones under $700 with 8 GB of RAM, then the budget lowered to $500."""
    for text in ("phones under 700 dollars", "at least 8gb ram", "max 500 dollars"):
        answer = session.ask(text)
    return answer


@pytest.mark.parametrize("text", ["刚才那个 budget change undo 一下 pls", "budget 那步 撤回 pls", "撤回 the budget change",
                                  "刚才那个 budget 改动 revert 吧"])
def test_mixed_undo_naming_the_budget_takes_that_change_back(session, text):
    _budget_lowered(session)
    answer = session.ask(text)
    assert answer.constraints.budget == Budget(currency="USD", hi=700.0)
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)


def _sony_added(session):
    """Pixels under $700, then Sony phones allowed too."""
    for text in ("show me pixels", "under 700 dollars pls", "sony too"):
        answer = session.ask(text)
    return answer


@pytest.mark.parametrize("text", ["sony 那步 撤回 pls", "sony 那个 change undo 一下", "刚才那个 sony filter revert 吧"])
def test_mixed_undo_naming_a_brand_takes_that_brand_change_back(session, text):
    added = _sony_added(session)
    assert added.constraints.brands == frozenset({"Google", "Sony"})
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"Google"})
    assert answer.constraints.budget == Budget(currency="USD", hi=700.0)


def test_a_brand_then_buyao_still_refuses_the_brand(session):
    _sony_added(session)
    answer = session.ask("sony 不要了")
    assert "Sony" not in answer.constraints.brands
    assert answer.kind != "help"


@pytest.mark.parametrize("text", ["我还能问什么? need some help 这里", "need some help here", "我该问什么 help 这里 pls"])
def test_help_said_in_both_languages_with_a_closing_here_is_help(session, text):
    before = session.ask("phones under 700 dollars")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == before.constraints


@pytest.mark.parametrize("text", ["其实 what else can u do 除了 recommend phones", "除了 suggest phones 你还能干嘛",
                                  "besides 推荐手机 what else can you do"])
def test_help_besides_its_job_in_either_language_is_help(session, text):
    before = session.ask("phones under 700 dollars")
    answer = session.ask(text)
    assert answer.kind == "help"
    assert answer.constraints == before.constraints


@pytest.mark.parametrize("text", ["其实 sony 这里", "what else 除了 sony"])
def test_a_brand_beside_help_words_is_no_help_question(session, text):
    session.ask("phones under 700 dollars")
    answer = session.ask(text)
    assert answer.kind != "help"


@pytest.mark.parametrize("text", ["sony 那步 撤回 pls", "undo the sony change", "撤回 the sony change"])
def test_undo_naming_a_brand_swapped_in_puts_the_swapped_out_brand_back(session, text):
    session.ask("only google and motorola")
    session.ask("under 700 dollars pls")
    swapped = session.ask("motorola 换成 sony")
    assert swapped.constraints.brands == frozenset({"Google", "Sony"})
    answer = session.ask(text)
    assert answer.constraints.brands == frozenset({"Google", "Motorola"})
    assert answer.constraints.budget == Budget(currency="USD", hi=700.0)


def _ram_asked(session):
    """Phones under $700 with at least 8 GB of RAM."""
    session.ask("phones under 700 dollars")
    return session.ask("at least 8gb ram")


@pytest.mark.parametrize("text", ["ram 多大 我 don't care 了", "内存多大 我 idc 了", "ram 我 whatever 了"])
def test_an_aspect_let_go_with_an_english_release_in_chinese_order_clears_it(session, text):
    _ram_asked(session)
    answer = session.ask(text)
    assert answer.constraints.spec("ram_gb") is None
    assert answer.constraints.budget == Budget(currency="USD", hi=700.0)


def test_how_big_the_ram_is_asked_alone_keeps_the_ram_filter(session):
    _ram_asked(session)
    answer = session.ask("ram 多大")
    assert answer.constraints.spec("ram_gb") == Bound(lo=8.0)
