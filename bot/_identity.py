"""Who is behind an update: a real person, or a group/channel identity shared by many.

Anonymous group admins all arrive as GroupAnonymousBot (id 1087968824), and "send as channel"
messages as Channel_Bot (id 136817688), each with `sender_chat` set. Keying personal data on those
ids would mix everyone who writes that way, in every group: one person's /history shown in another
group, one /forget wiping all of them. Personal features therefore need a real person.
"""

from __future__ import annotations

from telegram import Update, User

GROUP_ANONYMOUS_BOT_ID = 1087968824
CHANNEL_BOT_ID = 136817688


def person_of(update: Update) -> User | None:
    """The person who sent or pressed this, or None when the sender is a group, a channel or a bot."""
    user = update.effective_user
    if user is None or user.is_bot or user.id in (GROUP_ANONYMOUS_BOT_ID, CHANNEL_BOT_ID):
        return None
    message = update.effective_message
    if update.callback_query is None and message is not None and message.sender_chat is not None:
        return None  # written on behalf of a chat, whatever `from` says
    return user


def answer_owner(update: Update) -> int | None:
    """For a button press: the id of the person the answer under it was for, or None when unknown.

    In a private chat that is the chat's user; in a group, the sender of the message the answer quotes."""
    query = update.callback_query
    message = query.message if query is not None else None
    if message is None or not hasattr(message, "chat"):
        return None  # an inaccessible message (too old): no owner can be established
    if message.chat.type == "private":
        return message.chat.id
    quoted = getattr(message, "reply_to_message", None)
    if quoted is None or quoted.from_user is None or quoted.from_user.is_bot or quoted.sender_chat is not None:
        return None
    return quoted.from_user.id
