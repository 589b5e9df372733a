"""Answers rendered as Telegram HTML: escaped, split below the limit, with prices, reasons and buttons."""

from __future__ import annotations

import pytest

from advisor.explain.answer import Answer, Comparison, FilterLine, Pick, Reason
from advisor.understanding.request import Constraints
from bot import _callbacks as cb
from bot._render import MESSAGE_LIMIT, format_price, render_answer, render_text
from tests.emulator import parse_html, utf16_len
from tests.helpers import small_catalog


@pytest.fixture(scope="module")
def catalog():
    return small_catalog()


@pytest.fixture
def codec():
    return cb.CallbackCodec("123:test")


def answer(catalog, **fields) -> Answer:
    phones = list(catalog)[:3]
    defaults = dict(kind="results", text="plain", language="en", currency="USD", constraints=Constraints(),
                    filters=(FilterLine("budget", "under $500"), FilterLine("brands", "Samsung or <Apple>")),
                    picks=tuple(Pick(p, i + 1, 0.9, (Reason("5000 mAh & fast <charging>"),
                                                     Reason("heavier than most", "con")))
                                for i, p in enumerate(phones)),
                    match_count=7)
    return Answer(**{**defaults, **fields})


def test_every_message_is_valid_telegram_html(catalog, codec):
    reply = render_answer(answer(catalog), catalog, codec)
    for message in reply.messages:
        parse_html(message)


def test_text_from_the_advisor_is_escaped(catalog, codec):
    visible = parse_html(render_answer(answer(catalog), catalog, codec).messages[0])
    assert "5000 mAh & fast <charging>" in visible and "Samsung or <Apple>" in visible


def test_filters_picks_prices_and_reasons_are_shown(catalog, codec):
    a = answer(catalog)
    visible = parse_html("\n".join(render_answer(a, catalog, codec).messages))
    first = a.picks[0].phone
    assert "under $500" in visible
    assert f"1. {first.display_name} — ${first.price('USD'):,.0f}" in visible
    assert "heavier than most" in visible


def test_prices_follow_the_answer_currency(catalog, codec):
    a = answer(catalog, currency="CNY")
    visible = parse_html(render_answer(a, catalog, codec).messages[0])
    assert f"¥{a.picks[0].phone.price('CNY'):,.0f}" in visible


def test_the_bot_writes_money_as_the_advisor_does():
    assert format_price(50000, "PKR", "en") == "PKR 50,000"
    assert format_price(799.5, "USD", "en") == "$800"


def test_missing_price_is_said_not_invented():
    assert format_price(None, "USD", "en") == "price n/a"


def test_buttons_per_pick_more_compare_and_one_per_filter(catalog, codec):
    keyboard = render_answer(answer(catalog), catalog, codec).keyboard
    rows = [[(b.text, codec.decode(b.callback_data)) for b in row] for row in keyboard.inline_keyboard]
    assert [d.action for _, d in rows[0]] == [cb.LIKE, cb.DISLIKE, cb.DETAILS]
    assert rows[0][0][1].positions == (catalog.position(next(iter(catalog)).id),)
    assert [d.action for _, d in rows[3]] == [cb.MORE, cb.COMPARE]
    assert [d.args for _, d in rows[4] + rows[5]] == ["budget", "brands"]


def test_all_callback_data_fits_in_64_bytes(catalog, codec):
    keyboard = render_answer(answer(catalog), catalog, codec).keyboard
    assert all(len(b.callback_data.encode()) <= 64 for row in keyboard.inline_keyboard for b in row)


def test_long_answers_split_below_the_limit_at_line_boundaries(catalog, codec):
    long_reasons = tuple(Reason(f"reason {i} " + "<&>" * 40) for i in range(150))
    a = answer(catalog, picks=tuple(Pick(p, i + 1, 0.5, long_reasons) for i, p in enumerate(list(catalog)[:3])))
    reply = render_answer(a, catalog, codec)
    assert len(reply.messages) > 1
    for message in reply.messages:
        assert utf16_len(message) <= MESSAGE_LIMIT
        parse_html(message)
    assert "".join(parse_html(m) for m in reply.messages).count("reason") == 450


def test_a_single_huge_line_is_split_too():
    messages = render_text("&" * 10_000)
    assert all(utf16_len(m) <= MESSAGE_LIMIT for m in messages)
    assert "".join(parse_html(m) for m in messages) == "&" * 10_000


def test_comparison_is_a_preformatted_table(catalog, codec):
    phones = tuple(list(catalog)[:2])
    comparison = Comparison(phones, (("Battery", ("3561 mAh", "5000 mAh")), ("Weight", ("170 g", "<200 g"))))
    a = answer(catalog, kind="compare", picks=(), filters=(), comparison=comparison, text="")
    message = render_answer(a, catalog, codec).messages[0]
    assert message.startswith("<pre>") and "&lt;200 g" in message
    assert "Battery" in parse_html(message)


def test_chinese_answers_get_chinese_labels(catalog, codec):
    a = answer(catalog, language="zh", exact=False)
    reply = render_answer(a, catalog, codec)
    assert "最接近" in parse_html(reply.messages[0])
    assert reply.keyboard.inline_keyboard[3][0].text.startswith("更多")


def test_picks_no_longer_in_the_catalog_get_no_buttons(catalog, codec):
    from tests.helpers import make_phone

    a = answer(catalog, picks=(Pick(make_phone(id="gone"), 1, 0.5),), filters=())
    assert render_answer(a, catalog, codec).keyboard.inline_keyboard[0][0].text.startswith("More")
