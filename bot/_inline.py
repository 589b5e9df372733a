"""Inline mode: `@bot best camera under $400` in any chat lists the top picks as cards.

The request goes through the same understanding and ranking as a chat message, in a fresh
session: no stored filters, likes or history take part (the card is posted where others see it),
and nothing is stored. Only exact matches are offered, so a card never breaks what was asked;
without one, the answer is empty with a button that opens the chat. A failure answers empty too:
an inline query never gets an error.
"""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from advisor import AdvisorError, Answer, Pick
from bot._render import format_price
from bot._services import AdvisorContext
from bot._share import PICKS, share_link
from bot._texts import language_of

log = logging.getLogger(__name__)

MAX_RESULTS = 10  # Telegram allows 50; a shopper reads the first few
CACHE_S = 300  # the catalog changes rarely; the same text gets the same cards
MAX_QUERY_CHARS = 256  # Telegram's own limit on an inline query
_PRICE_CLAIMS = frozenset({"price", "fits_budget"})

_TEXT = {
    "en": {"none": "No exact match: ask me in a chat", "share": "More and comparisons: {link}"},
    "zh": {"none": "没有完全符合的：在对话中问我", "share": "更多推荐和对比：{link}"},
}


async def inline_query(update: Update, context: AdvisorContext) -> None:
    """Answer an inline query with cards of the exact top picks (never an error)."""
    query = update.inline_query
    if query is None:
        return
    text = query.query.strip()[:MAX_QUERY_CHARS]
    language = language_of(query.from_user.language_code if query.from_user else None, text or None)
    answer = None
    if text:
        services = context.services
        loop = asyncio.get_running_loop()
        try:
            answer = await loop.run_in_executor(services.executor,
                                                lambda: services.advisor.session().ask(text, language=language))
        except AdvisorError as exc:
            log.info("inline query not understood: %s", type(exc).__name__)
        except Exception:  # an inline query never gets an error; the traceback goes to the log
            log.exception("inline query failed")
    shown = answer if answer is not None and answer.kind == "results" and answer.exact else None
    picks = shown.picks[:MAX_RESULTS] if shown is not None else ()
    lang = answer.language if answer is not None else language
    url = None
    if shown is not None and picks:
        try:
            url = await share_link(context.services, context.bot, PICKS, tuple(p.phone for p in picks),
                                   shown.currency)
        except Exception:  # the cards go out without the link
            log.exception("could not store the shared list of an inline answer")
    results = [_card(pick, shown, url) for pick in picks] if shown is not None else []
    button = None if results or not text else InlineQueryResultsButton(_TEXT[lang]["none"], start_parameter="inline")
    try:
        await query.answer(results, cache_time=CACHE_S, is_personal=False, button=button)
    except TelegramError:
        log.warning("could not answer an inline query", exc_info=True)


def strongest_reasons(pick: Pick, count: int = 2) -> list[str]:
    """The first `count` reasons that say why the phone was picked (explanations list the strongest first);
    price lines come last, since the card shows the price already."""
    pros = [r for r in pick.reasons if r.kind == "pro"]
    about_price = [r for r in pros if r.claim is not None and r.claim.kind in _PRICE_CLAIMS]
    return [r.text for r in [*(r for r in pros if r not in about_price), *about_price]][:count]


def _card(pick: Pick, answer: Answer, url: str | None) -> InlineQueryResultArticle:
    phone = pick.phone
    price = format_price(phone.price(answer.currency), answer.currency, answer.language)
    reasons = strongest_reasons(pick)
    body = [f"<b>{html.escape(phone.display_name, quote=False)}</b> — {html.escape(price, quote=False)}"]
    body += [f"✓ {html.escape(r, quote=False)}" for r in reasons]
    if url is not None:
        body.append(html.escape(_TEXT[answer.language]["share"].format(link=url), quote=False))
    return InlineQueryResultArticle(
        id=f"{pick.rank}:{phone.id}"[:64], title=f"{phone.display_name} — {price}",
        description=" · ".join(reasons) or None,
        input_message_content=InputTextMessageContent("\n".join(body), parse_mode=ParseMode.HTML))
