"""The parser's notes (what it read, guessed or ignored) reach the shopper, in the shopper's language, on
every surface: the session's answer, the console and JSON lines, and the bot's rendering."""

from __future__ import annotations

import io
import json

import pytest

from advisor.cli import main
from advisor.understanding.scan import has_cjk
from bot import _callbacks as cb
from bot._render import render_answer
from tests.emulator import parse_html
from tests.emulator.harness import Shopper, running_bot, settings_for
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS

EUROS_ZH = "预算300欧元"  # an unsupported currency: the amount is not used, and the note says so
EUROS_EN = "budget 300 euros"
FAILING_ZH = "我有300欧元。第9个怎么样"  # asks about a ninth phone before any is shown


def _chinese_note_on_euros(notes) -> bool:
    return len(notes) == 1 and has_cjk(notes[0]) and "EUR" in notes[0]


@pytest.fixture
def small_env(monkeypatch, small_settings):
    monkeypatch.setenv("PHONE_ADVISOR_HOME", str(small_settings.home))
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(SMALL_CATALOG))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))


def test_a_chinese_message_gets_its_note_in_chinese_first_in_the_reply(small_advisor):
    answer = small_advisor.session().ask(EUROS_ZH)
    assert _chinese_note_on_euros(answer.notes) and answer.text.splitlines()[0] == f"提示：{answer.notes[0]}"


def test_an_english_message_gets_its_note_in_english(small_advisor):
    answer = small_advisor.session().ask(EUROS_EN)
    assert len(answer.notes) == 1 and not has_cjk(answer.notes[0]) and "EUR" in answer.notes[0]


def test_a_message_that_cannot_be_answered_still_says_its_notes(small_advisor):
    session = small_advisor.session()
    with pytest.raises(Exception) as raised:
        session.ask(FAILING_ZH)  # no phone is on screen yet
    answer = session.error_answer(raised.value)
    assert answer.kind == "error" and _chinese_note_on_euros(answer.notes)


def test_starting_over_still_says_the_notes_of_that_message(small_advisor):
    answer = small_advisor.session().ask(f"重新开始，{EUROS_ZH}")
    assert answer.kind == "reset" and _chinese_note_on_euros(answer.notes)


def test_json_lines_carry_the_chinese_note(small_env, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{EUROS_ZH}\n{FAILING_ZH}\n"))
    assert main(["chat", "--jsonl"]) == 0
    answered, failed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert answered["language"] == "zh" and _chinese_note_on_euros(answered["notes"])
    assert failed["kind"] == "error" and _chinese_note_on_euros(failed["notes"])


def test_the_console_prints_the_chinese_note(small_env, capsys):
    assert main(["ask", EUROS_ZH]) == 0
    assert capsys.readouterr().out.startswith("提示：")


def test_the_bot_shows_each_note_once_and_keeps_the_headline(small_advisor):
    session = small_advisor.session()
    session.ask("三星")
    answer = session.ask("我有300欧元。第1个详细说说")
    text = parse_html("\n".join(render_answer(answer, small_advisor.catalog, cb.CallbackCodec("1:t")).messages))
    assert text.count(answer.notes[0]) == 1 and "详细参数" in text


async def test_a_bot_shopper_reads_the_chinese_note_even_when_the_message_fails(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        reply = (await Shopper(emulator, emulator.user(1, "Li", "zh-hans")).say(FAILING_ZH))[0]
    assert "EUR" in reply.text and "还没有展示任何机型" in reply.text
