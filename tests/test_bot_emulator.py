"""The Bot API emulator validates like Telegram (so the end-to-end tests mean something)."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.emulator import BotApiEmulator, EntityError, parse_html


@pytest.mark.parametrize("text, plain", [
    ("<b>bold</b> &amp; <i>it</i>", "bold & it"),
    ("<pre>a  b\n&lt;c&gt;</pre>", "a  b\n<c>"),
    ('<a href="https://x.y/?a=1&amp;b=2">link</a>', "link"),
    ("1 &gt; 0", "1 > 0"),
])
def test_well_formed_html_parses_to_its_visible_text(text, plain):
    assert parse_html(text) == plain


@pytest.mark.parametrize("text", ["<b>open", "<b><i>x</b></i>", "a < b", "AT&T", "<script>x</script>", "</b>"])
def test_malformed_html_is_refused(text):
    with pytest.raises(EntityError, match="can't parse entities"):
        parse_html(text)


@pytest.fixture
def emu():
    with BotApiEmulator() as emulator:
        yield emulator


def _post(emu, method, token=None, **data):
    return httpx.post(f"{emu.api_url}{token or emu.token}/{method}", data=data)


def test_unknown_token_is_unauthorized(emu):
    assert _post(emu, "getMe", token="999:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status_code == 401


def test_unknown_chat_is_refused(emu):
    body = _post(emu, "sendMessage", chat_id="5", text="hi").json()
    assert body["description"] == "Bad Request: chat not found"


def test_text_over_4096_characters_is_refused(emu):
    emu.user(5).say("hi")
    assert _post(emu, "sendMessage", chat_id="5", text="x" * 4097).json()["description"] == \
        "Bad Request: message is too long"


def test_text_length_counts_after_entity_parsing(emu):
    emu.user(5).say("hi")
    assert _post(emu, "sendMessage", chat_id="5", text="<b>" + "x" * 4096 + "</b>", parse_mode="HTML").json()["ok"]


def test_callback_data_over_64_bytes_is_refused(emu):
    emu.user(5).say("hi")
    markup = json.dumps({"inline_keyboard": [[{"text": "b", "callback_data": "é" * 33}]]})
    body = _post(emu, "sendMessage", chat_id="5", text="x", reply_markup=markup).json()
    assert body["description"] == "Bad Request: BUTTON_DATA_INVALID"


def test_injected_429_carries_retry_after(emu):
    emu.user(5).say("hi")
    emu.inject("sendMessage", retry_after=3)
    body = _post(emu, "sendMessage", chat_id="5", text="x").json()
    assert body["error_code"] == 429 and body["parameters"] == {"retry_after": 3}
    assert _post(emu, "sendMessage", chat_id="5", text="x").json()["ok"]


def test_get_updates_confirms_by_offset(emu):
    emu.user(5).say("one")
    first = _post(emu, "getUpdates").json()["result"]
    assert [u["message"]["text"] for u in first] == ["one"]
    assert _post(emu, "getUpdates", offset=str(first[0]["update_id"] + 1)).json()["result"] == []


def test_a_callback_query_can_be_answered_once(emu):
    user = emu.user(5)
    user.say("hi")
    markup = json.dumps({"inline_keyboard": [[{"text": "b", "callback_data": "d"}]]})
    _post(emu, "sendMessage", chat_id="5", text="x", reply_markup=markup)
    _, query_id = user.press(emu.sent(5)[0], label="b")
    assert _post(emu, "answerCallbackQuery", callback_query_id=query_id).json()["ok"]
    assert not _post(emu, "answerCallbackQuery", callback_query_id=query_id).json()["ok"]


def test_with_telegram_limits_a_second_message_within_a_second_to_a_private_chat_gets_429():
    with BotApiEmulator(telegram_limits=True) as limited:
        limited.user(5).say("hi")  # the private chat exists
        url = f"{limited.api_url}{limited.token}/sendMessage"
        first = httpx.post(url, json={"chat_id": 5, "text": "one"})
        second = httpx.post(url, json={"chat_id": 5, "text": "two"})
    assert first.status_code == 200
    assert second.status_code == 429 and second.json()["parameters"]["retry_after"] >= 1
