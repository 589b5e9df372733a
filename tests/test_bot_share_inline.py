"""Inline mode (`@bot best camera under $400`) and shareable t.me links, end to end through the emulator."""

from __future__ import annotations

import csv
import re

import pytest
from telegram import Bot, InlineQueryResultArticle, InputTextMessageContent
from telegram.error import BadRequest

from bot._services import services_of
from bot._share import MAX_PAYLOAD_CHARS, ShareCodec
from tests.emulator import parse_html
from tests.emulator.harness import Shopper, own_advisor, running_bot, settings_for

LINK = re.compile(r"https://t\.me/phone_advisor_bot\?start=([A-Za-z0-9_-]+)")


async def inline(emulator, user, text: str) -> dict:
    query_id = emulator.inline_query(user, text)
    await emulator.wait_for(lambda: emulator.inline_answer(query_id) is not None, 30, "the inline answer")
    return emulator.inline_answer(query_id)


def phone_of(advisor, result: dict):
    return advisor.catalog.get(result["id"].split(":", 1)[1])


async def test_an_inline_query_lists_cards_that_keep_the_budget(emulator, shared_advisor, tmp_path):
    emulator.enable_inline()
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        answer = await inline(emulator, emulator.user(1), "best camera under $400")
    results = answer["results"]
    assert results and answer["is_personal"] is False
    assert all(phone_of(shared_advisor, r).price("USD") <= 400 for r in results)
    first = phone_of(shared_advisor, results[0])
    card = parse_html(results[0]["input_message_content"]["message_text"]).splitlines()
    assert card[0] == f"{first.display_name} — ${first.price('USD'):,.0f}"
    assert [line[:2] for line in card[1:3]] == ["✓ ", "✓ "]  # the two strongest reasons
    assert not card[1].startswith("✓ fits your budget")  # the card shows the price already


async def test_a_chinese_inline_query_gets_chinese_cards_in_yuan(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        answer = await inline(emulator, emulator.user(2, "Li", "zh-hans"), "3000元以内拍照好的手机")
    results = answer["results"]
    assert results and all(phone_of(shared_advisor, r).price("CNY") <= 3000 for r in results)
    card = parse_html(results[0]["input_message_content"]["message_text"]).splitlines()
    assert card[0].endswith(f"¥{phone_of(shared_advisor, results[0]).price('CNY'):,.0f}")
    assert card[-1].startswith("更多推荐和对比：https://t.me/phone_advisor_bot?start=")


async def test_an_impossible_inline_request_offers_no_card_that_breaks_it(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        answer = await inline(emulator, emulator.user(1), "iPhone under $100")
    assert answer["results"] == []


async def test_inline_mode_uses_no_personal_history(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        await ann.say("only Samsung")
        answer = await inline(emulator, ann.user, "phone under $400")
    fresh = shared_advisor.session().ask("phone under $400")
    assert [phone_of(shared_advisor, r).id for r in answer["results"]] == [p.phone.id for p in fresh.picks]


async def test_a_shared_pick_list_opens_with_the_same_phones_and_current_prices(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        ann = Shopper(emulator, emulator.user(1))
        picks = (await ann.say("phone under $300"))[0]
        url = LINK.search(picks.text).group(0)
        bob = Shopper(emulator, emulator.user(3, "Bob"))
        before = len(bob.replies)
        emulator.open_link(bob.user, url)
        shown = (await emulator.wait_sent(3, before + 1))[-1]
    fresh = shared_advisor.session().ask("phone under $300")
    assert shown.text.splitlines() == ["Shared picks (current prices):"] + [
        f"{n}. {p.phone.display_name} — ${p.phone.price('USD'):,.0f}" for n, p in enumerate(fresh.picks, 1)]


async def test_a_shared_chinese_comparison_opens_as_the_table_and_its_chart(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        li = Shopper(emulator, emulator.user(2, "Li", "zh-hans"))
        table, _ = await li.say("/compare Pixel 8a vs Galaxy A55", expect=2)
        url = LINK.search(table.text).group(0)
        wu = Shopper(emulator, emulator.user(4, "Wu", "zh-hans"))
        emulator.open_link(wu.user, url)
        opened, chart = await emulator.wait_sent(4, 2)
    assert opened.text.splitlines()[0].split() == table.text.splitlines()[0].split()  # the same two phones
    assert chart.photo is not None


async def test_an_edited_link_is_refused_politely(emulator, shared_advisor, tmp_path):
    codec = ShareCodec(emulator.token)
    payload = codec.encode(codec.share_id("picks", ["google-pixel-8a-128gb", "oneplus-12-256gb"], "USD"))
    edited = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        bob = Shopper(emulator, emulator.user(3, "Bob"))
        emulator.open_link(bob.user, f"https://t.me/phone_advisor_bot?start={edited}")
        (reply,) = await emulator.wait_sent(3, 1)
    assert reply.text == "This link is damaged or not from this bot. Tell me what you are looking for instead."


async def test_a_link_whose_list_is_past_retention_says_it_expired(emulator, shared_advisor, tmp_path):
    codec = ShareCodec(emulator.token)  # a signed id the store does not hold (any more)
    payload = codec.encode(codec.share_id("picks", ["google-pixel-8a-128gb"], "USD"))
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor):
        emulator.open_link(emulator.user(3, "Bob"), f"https://t.me/phone_advisor_bot?start={payload}")
        (reply,) = await emulator.wait_sent(3, 1)
    assert reply.text.startswith("This shared list has expired (shared lists are kept 180 days).")


def _change_catalog(advisor, removed: str, repriced: str, column: str, price: int) -> None:
    """Take a phone out of the advisor's catalog file, give another a new price, and reload (as an upload does)."""
    path = advisor.settings.catalog_path
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            if row["id"] != removed:
                writer.writerow({**row, column: str(price)} if row["id"] == repriced else row)
    advisor.reload()


@pytest.mark.parametrize(("language", "request_text", "currency", "gone_line"), [
    ("en", "phone under $300", "USD", "No longer in the catalog: {name}."),
    ("zh-hans", "2000元以内的手机", "CNY", "已不在目录中：{name}。"),
])
async def test_a_shared_list_opened_after_a_phone_left_the_catalog_names_it_and_shows_current_prices(
        emulator, tmp_path, language, request_text, currency, gone_line):
    advisor = own_advisor(tmp_path)
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor):
        ann = Shopper(emulator, emulator.user(1, "Ann", language))
        picks = (await ann.say(request_text))[0]
        url = LINK.search(picks.text).group(0)
        shared = [p.phone for p in advisor.session().ask(request_text).picks][:5]
        removed, repriced = shared[1], shared[0]
        _change_catalog(advisor, removed.id, repriced.id, f"price_{currency.lower()}", 111)
        emulator.open_link(emulator.user(3, "Bob", language), url)
        gone, shown = await emulator.wait_sent(3, 2)
    assert gone.text == gone_line.format(name=removed.display_name)
    lines = shown.text.splitlines()[1:]
    assert [line.split(". ", 1)[1].rsplit(" — ", 1)[0] for line in lines] == [
        p.display_name for p in shared if p.id != removed.id]
    assert lines[0].endswith(f"{'$' if currency == 'USD' else '¥'}111")


async def test_a_shared_list_outlives_the_sharers_forget(emulator, shared_advisor, tmp_path):
    async with running_bot(settings_for(emulator, tmp_path), shared_advisor) as app:
        ann = Shopper(emulator, emulator.user(1))
        url = LINK.search((await ann.say("phone under $300"))[0].text).group(0)
        await ann.say("/forget")
        emulator.open_link(emulator.user(3, "Bob"), url)
        (shown,) = await emulator.wait_sent(3, 1)
        rows = services_of(app).store.rows("shares")
    assert shown.text.startswith("Shared picks (current prices):") and rows == 1


def test_payloads_fit_telegrams_start_parameter():
    codec = ShareCodec("123:secret")
    payload = codec.encode(codec.share_id("compare", ["a-phone-id-that-is-long-256gb"] * 5, "AED"))
    assert len(payload) <= MAX_PAYLOAD_CHARS and re.fullmatch(r"[A-Za-z0-9_-]+", payload)
    assert codec.decode(payload) == codec.share_id("compare", ["a-phone-id-that-is-long-256gb"] * 5, "AED")


def test_another_list_gets_another_share_id():
    codec = ShareCodec("123:secret")
    ids = {codec.share_id("picks", ["a", "b"], "USD"), codec.share_id("picks", ["b", "a"], "USD"),
           codec.share_id("compare", ["a", "b"], "USD"), codec.share_id("picks", ["a", "b"], "CNY")}
    assert len(ids) == 4


# -- the emulator's answerInlineQuery checks, as Telegram's -------------------------------------


def article(result_id: str) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(result_id, "title", InputTextMessageContent("text"))


@pytest.mark.parametrize(("results", "error"), [
    ([article("a"), article("a")], "RESULT_ID_DUPLICATE"),
    ([article("x" * 65)], "RESULT_ID_INVALID"),
    ([article(str(i)) for i in range(51)], "RESULTS_TOO_MUCH"),
])
async def test_the_emulator_refuses_inline_answers_telegram_refuses(emulator, results, error):
    query_id = emulator.inline_query(emulator.user(9), "anything")
    async with Bot(emulator.token, base_url=emulator.api_url) as bot:
        with pytest.raises(BadRequest, match=f"(?i){error}"):
            await bot.answer_inline_query(query_id, results)
