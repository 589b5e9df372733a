"""Sending an advisor answer: the text (searchable, copyable) with a share link, and a comparison's chart picture.

The chart is drawn in a worker thread while the text goes out, so neither waits for the other and
the event loop never draws. A picture that cannot be drawn or sent is logged and left out: the
text answer is complete without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from dataclasses import replace

from telegram import Message, ReplyParameters, Update
from telegram.error import TelegramError

from advisor import Answer, answer_chart
from bot._render import MESSAGE_LIMIT, render_answer, utf16_len
from bot._replying import in_group, send_reply
from bot._services import Services
from bot._share import share_line

log = logging.getLogger(__name__)

CAPTION_LIMIT = 1024  # Telegram's limit on a photo caption, after entity parsing


async def send_answer(update: Update, services: Services, answer: Answer) -> Message | None:
    """Send an answer's messages and buttons; after a comparison, its chart picture too."""
    drawing = None
    if answer.kind == "compare":
        drawing = asyncio.ensure_future(asyncio.to_thread(answer_chart, services.advisor, answer))
    reply = render_answer(answer, services.advisor.catalog, services.codec)
    bot = update.get_bot()
    share = await share_line(answer, services, bot)
    if share is not None and reply.messages and utf16_len(reply.messages[-1]) + utf16_len(share) < MESSAGE_LIMIT:
        reply = replace(reply, messages=(*reply.messages[:-1], f"{reply.messages[-1]}\n{html.escape(share)}"))
    try:
        last = await send_reply(update, reply)
    except BaseException:
        if drawing is not None:
            drawing.cancel()
            with contextlib.suppress(BaseException):
                await drawing
        raise
    if drawing is not None:
        await _send_chart(update, drawing)
    return last


async def _send_chart(update: Update, drawing: asyncio.Future) -> None:
    try:
        picture = await drawing
    except Exception:  # a chart that cannot be drawn must not fail the answer
        log.exception("could not draw a comparison chart")
        return
    if picture is not None:
        await send_picture(update, picture.png, picture.caption)


async def send_picture(update: Update, png: bytes, caption: str = "") -> Message | None:
    """Send a PNG to the update's chat (quoting like the text answers do); a refusal is logged, not raised."""
    chat = update.effective_chat
    if chat is None:
        return None
    caption = html.escape(caption[:CAPTION_LIMIT], quote=False)  # the limit counts the text, not the HTML
    try:
        message = update.effective_message
        if message is not None and update.callback_query is None:
            return await message.reply_photo(png, caption=caption, do_quote=in_group(update))
        # A button's answer in a group quotes what the answer above it quoted (its owner, see bot/_identity.py).
        quoted = getattr(message, "reply_to_message", None) if in_group(update) else None
        reply = None if quoted is None else ReplyParameters(quoted.message_id, allow_sending_without_reply=True)
        return await chat.send_photo(png, caption=caption, reply_parameters=reply)
    except TelegramError:
        log.warning("could not send a picture", exc_info=True)
        return None
