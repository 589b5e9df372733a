"""Sending replies: HTML messages, split answers with their keyboard, a delayed typing indicator."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from telegram import Chat, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType, MessageEntityType, ParseMode

from bot._render import Reply

_TYPING_DELAY_S = 0.8  # show "typing…" only for answers that are not instant


def in_group(update: Update) -> bool:
    """True for group and supergroup chats."""
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def send_html(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message | None:
    """Send one HTML message to the chat of the update (quoting the user's message in groups).

    In groups an answer to a button press quotes the same message as the answer the button was
    under, so every answer names its owner (whose buttons they are, see bot/_identity.py)."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message
    if message is not None and update.callback_query is None:
        return await message.reply_html(text, reply_markup=keyboard, do_quote=in_group(update))
    quoted = getattr(message, "reply_to_message", None) if in_group(update) else None
    reply = None if quoted is None else ReplyParameters(quoted.message_id, allow_sending_without_reply=True)
    return await chat.send_message(text, parse_mode=ParseMode.HTML, reply_markup=keyboard, reply_parameters=reply)


async def send_reply(update: Update, reply: Reply) -> Message | None:
    """Send every message of a reply; the keyboard goes under the last one."""
    last = None
    for i, text in enumerate(reply.messages):
        keyboard = reply.keyboard if i == len(reply.messages) - 1 else None
        last = await send_html(update, text, keyboard)
    return last


@contextlib.asynccontextmanager
async def typing(chat: Chat | None) -> AsyncIterator[None]:
    """Show "typing…" in `chat` if the body takes longer than a moment."""
    if chat is None:
        yield
        return

    async def later() -> None:
        await asyncio.sleep(_TYPING_DELAY_S)
        with contextlib.suppress(Exception):  # a cosmetic call must never fail the answer
            await chat.send_action(ChatAction.TYPING)

    task = asyncio.create_task(later())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def addressed_text(update: Update, bot_id: int, bot_username: str | None) -> str | None:
    """The text meant for the bot: all of it in private chats; in groups only when the bot is
    mentioned (the mention removed) or replied to; None when the message is not for the bot."""
    message = update.message
    if message is None or message.text is None:
        return None
    if not in_group(update):
        return message.text
    reply_to = message.reply_to_message
    if reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot_id:
        return message.text
    if not message.text:
        return None  # an empty text holds no mention (and its entities cannot be read)
    mention = f"@{bot_username}".lower() if bot_username else None
    for entity in message.entities:
        if entity.type not in (MessageEntityType.MENTION, MessageEntityType.TEXT_MENTION):
            continue
        try:
            value = message.parse_entity(entity)
        except UnicodeDecodeError:
            continue  # offsets that split a character (no Telegram client sends them) point at no mention
        if (entity.type == MessageEntityType.MENTION and mention and value.lower() == mention) or (
                entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == bot_id):
            return message.text.replace(value, " ").strip()
    return None
