"""Simulated people: users who send messages, press buttons and upload files; channel posts."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from tests.emulator._html import utf16_len
from tests.emulator._model import SentMessage

if TYPE_CHECKING:
    from tests.emulator._server import BotApiEmulator

_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{3,32}")


class SimUser:
    """A person talking to the bot through the emulator."""

    def __init__(self, emulator: BotApiEmulator, user_id: int, first_name: str, language_code: str | None,
                 username: str | None):
        self.emulator, self.id, self.first_name = emulator, user_id, first_name
        self.language_code, self.username = language_code, username

    @property
    def json(self) -> dict:
        """The User object."""
        data = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data

    def _message(self, chat_id: int | None, body: dict, reply_to: int | None = None) -> dict:
        emu = self.emulator
        chat_id = self.id if chat_id is None else chat_id
        if chat_id == self.id:
            emu._ensure_private_chat(self)
        if reply_to is not None:
            with emu._lock:
                body = {**body, "reply_to_message": emu._messages[(chat_id, reply_to)]}
        return emu._store_message(chat_id, {"from": self.json, **body})

    def say(self, text: str, chat_id: int | None = None, reply_to: int | None = None) -> int:
        """Send a text message (with the entities Telegram would attach); returns the update id."""
        message = self._message(chat_id, {"text": text, **_entities(text)}, reply_to)
        return self.emulator.push({"message": message})

    def press(self, message: SentMessage, label: str | None = None, data: str | None = None) -> tuple[int, str]:
        """Press a button under a bot message (by label prefix, or with raw data); returns (update id, query id)."""
        emu = self.emulator
        if data is None:
            if label is None:
                raise ValueError("give a button label or raw data")
            data = message.data_for(label)
        query_id = str(next(emu._query_ids))
        with emu._lock:
            original = emu._messages[(message.chat_id, message.message_id)]
            emu._queries[query_id] = {"user": self.id}
        update = {"callback_query": {"id": query_id, "from": self.json, "message": original,
                                     "chat_instance": str(message.chat_id), "data": data}}
        return emu.push(update), query_id

    def send_document(self, file_name: str, content: bytes, mime_type: str = "text/csv",
                      chat_id: int | None = None, size_known: bool = True) -> int:
        """Send a file (Telegram may leave out its size: `size_known=False`)."""
        file_id, unique = self.emulator._new_file(content, "documents", "." + file_name.rsplit(".", 1)[-1])
        document: dict[str, Any] = {"file_id": file_id, "file_unique_id": unique, "file_name": file_name,
                                    "mime_type": mime_type}
        if size_known:
            document["file_size"] = len(content)
        return self.emulator.push({"message": self._message(chat_id, {"document": document})})

    def send_sticker(self, chat_id: int | None = None) -> int:
        """Send a sticker."""
        file_id, unique = self.emulator._new_file(b"RIFF", "stickers", ".webp")
        sticker = {"file_id": file_id, "file_unique_id": unique, "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False}
        return self.emulator.push({"message": self._message(chat_id, {"sticker": sticker})})

    def send_photo(self, chat_id: int | None = None) -> int:
        """Send a photo without caption."""
        file_id, unique = self.emulator._new_file(b"\xff\xd8", "photos", ".jpg")
        photo = [{"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90, "file_size": 2}]
        return self.emulator.push({"message": self._message(chat_id, {"photo": photo})})

    def edit(self, message_id: int, text: str, chat_id: int | None = None) -> int:
        """Edit one of the user's earlier messages."""
        emu = self.emulator
        chat_id = self.id if chat_id is None else chat_id
        with emu._lock:
            message = emu._messages[(chat_id, message_id)]
            message.update({"text": text, "edit_date": int(time.time()), **_entities(text)})
            edited = dict(message)
        return emu.push({"edited_message": edited})

    def last_message_id(self, chat_id: int | None = None) -> int:
        """Id of the latest message this user sent in a chat."""
        emu = self.emulator
        chat_id = self.id if chat_id is None else chat_id
        with emu._lock:
            return max(k[1] for k, m in emu._messages.items() if k[0] == chat_id and m["from"]["id"] == self.id)


class ChatSender(SimUser):
    """Someone writing on behalf of a chat: an anonymous group admin (as GroupAnonymousBot, with the
    group as sender_chat) or a member posting "as a channel" (as Channel_Bot, with the channel)."""

    def __init__(self, emulator: BotApiEmulator, user: dict, sender_chat: dict):
        super().__init__(emulator, user["id"], user["first_name"], None, user.get("username"))
        self._user, self.sender_chat = user, sender_chat

    @property
    def json(self) -> dict:
        """The User object Telegram puts in `from` for such messages."""
        return dict(self._user)

    def _message(self, chat_id: int | None, body: dict, reply_to: int | None = None) -> dict:
        if chat_id is None:
            raise ValueError("a chat sender writes in a group: give chat_id")
        return super()._message(chat_id, {**body, "sender_chat": dict(self.sender_chat)}, reply_to)


def channel_post(emulator: BotApiEmulator, chat_id: int, text: str) -> int:
    """A post in a channel the bot administers (no sender user)."""
    with emulator._lock:
        emulator._chats.setdefault(chat_id, {"id": chat_id, "type": "channel", "title": "Deals"})
    message = emulator._store_message(chat_id, {"sender_chat": emulator._chats[chat_id], "text": text,
                                                "from": {"id": 136817688, "is_bot": True, "first_name": "Channel"}})
    message.pop("from")
    return emulator.push({"channel_post": message})


def _entities(text: str) -> dict:
    entities = []
    command = _COMMAND.match(text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))})
    for mention in _MENTION.finditer(text):
        if command and mention.start() < command.end():
            continue
        entities.append({"type": "mention", "offset": utf16_len(text[:mention.start()]),
                         "length": utf16_len(mention.group(0))})
    return {"entities": entities} if entities else {}
