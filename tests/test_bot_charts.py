"""Every comparison in the chat comes with its chart picture (sendPhoto), after the text table."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest

from advisor.explain.chart import chart_picture
from bot import _callbacks as cb
from tests.emulator.harness import Shopper, running_bot, settings_for

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def expected_picture(advisor, ids: list[str], language: str, currency: str):
    resources = advisor.resources
    phones = [resources.catalog.get(i) for i in ids]
    return chart_picture(phones, resources.percentiles, language, currency, resources.catalog.fingerprint)


def button_ids(advisor, emulator, message, action: str) -> list[list[str]]:
    """The catalog ids each `action` button under a message names, in button order."""
    codec = cb.CallbackCodec(emulator.token)
    decoded = [codec.decode(d) for d in message.button_data]
    return [[advisor.catalog[p].id for p in d.positions] for d in decoded if d is not None and d.action == action]


def shown_ids(advisor, emulator, results) -> list[str]:
    """The ids of the picks of a results answer, in rank order (from their like buttons)."""
    return [ids[0] for ids in button_ids(advisor, emulator, results, cb.LIKE)]


async def test_the_compare_button_sends_the_table_then_the_chart(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        answer = (await ann.say("a phone under $500 with a great camera"))[0]
        table, chart = (await ann.press(answer, label="Compare", expect=2))[0]
    assert table.html.startswith("<pre>") and table.photo is None
    (ids,) = button_ids(shared_advisor, emulator, answer, cb.COMPARE)
    expected = expected_picture(shared_advisor, ids, "en", "USD")
    assert chart.photo == expected.png and chart.photo.startswith(PNG_SIGNATURE)
    assert chart.text == expected.caption


async def test_compare_the_first_two_sends_a_chart_of_those_two(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        results = (await ann.say("phone under $400"))[0]
        _, chart = await ann.say("compare the first two", expect=2)
    ids = shown_ids(shared_advisor, emulator, results)[:2]
    assert chart.photo == expected_picture(shared_advisor, ids, "en", "USD").png


async def test_a_chinese_comparison_gets_the_chart_in_the_shoppers_language(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        li = Shopper(emulator, emulator.user(2, "Li", "zh-hans"))
        results = (await li.say("3000元以内的手机"))[0]
        _, chart = await li.say("对比一下前两个", expect=2)
    expected = expected_picture(shared_advisor, shown_ids(shared_advisor, emulator, results)[:2], "zh", "CNY")
    assert (chart.photo, chart.text) == (expected.png, expected.caption)
    assert expected.language in ("zh", "en")  # "en" only on a machine without a CJK font (advisor/explain/fonts.py)


async def test_the_compare_command_sends_the_chart(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        _, chart = await ann.say("/compare Pixel 8a vs Galaxy A55", expect=2)
    expected = expected_picture(shared_advisor, ["google-pixel-8a-128gb", "samsung-galaxy-a55-128gb"], "en", "USD")
    assert (chart.photo, chart.text) == (expected.png, expected.caption)


async def test_in_a_group_the_chart_quotes_the_shoppers_message(emulator, shared_advisor, tmp_path):
    group = emulator.group(-100500)
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1), chat_id=group)
        _, chart = await ann.say("/compare Pixel 8a vs Galaxy A55", expect=2)
    asked = ann.user.last_message_id(group)
    assert chart.photo is not None and chart.reply_to == asked


async def test_a_results_answer_sends_no_picture(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("phone under $400")
        assert await ann.quiet() == []
    assert emulator.photos(1) == []


# -- the emulator's sendPhoto checks, as Telegram's --------------------------------------------


@pytest.fixture
async def api(emulator):
    emulator.user(7)._message(None, {"text": "hi"})  # the private chat exists once the user wrote
    bot = Bot(emulator.token, base_url=emulator.api_url)
    async with bot:
        yield bot


async def test_the_emulator_accepts_a_png_and_reports_its_size(api, emulator):
    png = expected_picture_from_fixture()
    message = await api.send_photo(7, png, caption="a chart")
    assert (message.photo[-1].width, message.photo[-1].height) == png_size(png)
    assert emulator.photos(7) == [(png, "a chart")]


@pytest.mark.parametrize(("content", "error"), [
    (b"GIF89a not a photo", "IMAGE_PROCESS_FAILED"),
    (PNG_SIGNATURE + b"\x00" * (10 * 1024 * 1024), "PHOTO_SAVE_FILE_INVALID"),
])
async def test_the_emulator_refuses_what_telegram_refuses(api, content, error):
    with pytest.raises(BadRequest, match=f"(?i){error}"):  # python-telegram-bot capitalises the description
        await api.send_photo(7, content)


async def test_the_emulator_refuses_a_caption_over_1024_characters(api):
    with pytest.raises(BadRequest, match="caption is too long"):
        await api.send_photo(7, expected_picture_from_fixture(), caption="x" * 1025)


def expected_picture_from_fixture() -> bytes:
    from advisor.catalog.model import MARKETS, load_catalog
    from advisor.ranking.aspects import Percentiles
    from tests.emulator.harness import SMALL_CATALOG, SMALL_CHIPSETS

    catalog = load_catalog(SMALL_CATALOG, SMALL_CHIPSETS)
    return chart_picture(list(catalog)[:2], Percentiles(catalog, MARKETS), "en", "USD", catalog.fingerprint).png


def png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
