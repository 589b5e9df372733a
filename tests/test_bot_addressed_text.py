"""Which text of a group message is meant for the bot, on entities Telegram itself would never send."""

from __future__ import annotations

import datetime as dt

from telegram import Chat, Message, MessageEntity, Update, User

from bot._replying import addressed_text

BOT_ID, BOT_NAME = 42, "advisor_bot"


def _group_update(text: str, entities: list[MessageEntity]) -> Update:
    message = Message(message_id=1, date=dt.datetime(2026, 12, 3, tzinfo=dt.UTC), chat=Chat(-100, Chat.SUPERGROUP),
                      from_user=User(7, "Ann", False), text=text, entities=tuple(entities))
    return Update(update_id=1, message=message)


def test_a_mention_whose_offsets_split_a_character_addresses_nobody():
    # the mention starts inside the second half of an astral character's UTF-16 surrogate pair
    update = _group_update("/000000000\U00015fc7\U00101b84", [MessageEntity(MessageEntity.MENTION, 13, 1)])
    assert addressed_text(update, BOT_ID, BOT_NAME) is None


def test_an_empty_group_message_with_a_mention_entity_addresses_nobody():
    assert addressed_text(_group_update("", [MessageEntity(MessageEntity.MENTION, 0, 3)]), BOT_ID, BOT_NAME) is None


def test_a_mention_of_the_bot_next_to_astral_characters_still_addresses_it():
    update = _group_update("\U0001f600 @advisor_bot best camera", [MessageEntity(MessageEntity.MENTION, 3, 12)])
    assert addressed_text(update, BOT_ID, BOT_NAME) == "\U0001f600   best camera"
