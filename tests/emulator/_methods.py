"""The Bot API methods the emulator implements, validating parameters the way Telegram does.

A layer of BotApiEmulator over EmulatorState: it reads and writes the emulator's world (chats,
messages, updates) under its lock. Method `_m_<name>` answers `<name>` (case-insensitive, as Telegram's are).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from typing import Any

from tests.emulator._html import EntityError, parse_html, utf16_len
from tests.emulator._model import ApiError, _Bot
from tests.emulator._state import EmulatorState

_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_BUTTON_KINDS = {"callback_data", "url", "web_app", "login_url", "switch_inline_query",
                 "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
                 "callback_game", "pay"}
_CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                 "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"}


class ApiMethods(EmulatorState):
    """Bot API methods over the emulator's state (see BotApiEmulator)."""

    def _bot(self, token: str) -> _Bot:
        if not _TOKEN.match(token):
            raise ApiError(404, "Not Found")
        bot = self._bots.get(token)
        if bot is None:
            raise ApiError(401, "Unauthorized")
        return bot

    def _fault(self, method: str) -> None:
        with self._lock:
            for fault in self._faults:
                if fault.method == method and fault.remaining > 0:
                    fault.remaining -= 1
                    raise ApiError(fault.code, fault.description, fault.parameters)

    def _chat(self, value: Any) -> dict:
        with self._lock:
            if isinstance(value, str) and value.startswith("@"):
                for named in self._chats.values():
                    if named.get("username") == value[1:]:
                        return named
                raise ApiError(400, "Bad Request: chat not found")
            try:
                chat_id = int(value)
            except (TypeError, ValueError):
                raise ApiError(400, "Bad Request: chat not found") from None
            chat = self._chats.get(chat_id)
            if chat is None:
                raise ApiError(400, "Bad Request: chat not found")
            return chat

    async def call(self, token: str, method: str, params: dict) -> Any:
        """Run one API method (on the emulator's loop)."""
        bot = self._bot(token)
        name = method.lower()
        self._fault(name)
        if self.telegram_limits and name.startswith("send") and name != "sendchataction":
            self._limit(params.get("chat_id"))
        handler = getattr(self, f"_m_{name}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        result = handler(bot, params)
        if asyncio.iscoroutine(result):
            result = await result
        return result

    def _limit(self, chat_id: Any) -> None:
        """Telegram's send rates, as leaky buckets (a burst up to the capacity, then the rate): about 30
        messages a second overall, 20 a minute in a group, about one a second in a private chat.
        Past them: 429 with retry_after."""
        try:
            chat = int(chat_id)
        except (TypeError, ValueError):
            chat = 0
        # (bucket key, capacity, seconds for one message to drain)
        rules = [(None, 30, 1 / 30), (chat, 20, 3.0) if chat < 0 else (chat, 1, 0.9)]
        now = time.monotonic()
        with self._lock:
            levels = []
            for key, capacity, drain in rules:
                level, at = self._buckets.get(key, (0.0, now))
                level = max(0.0, level - (now - at) / drain)
                if level + 1 > capacity:
                    retry = max(1, int((level + 1 - capacity) * drain + 0.999))
                    raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
                levels.append((key, level + 1))
            for key, level in levels:
                self._buckets[key] = (level, now)

    def _m_getme(self, bot: _Bot, params: dict) -> dict:
        return bot.user

    def _m_close(self, bot: _Bot, params: dict) -> bool:
        return True

    def _m_logout(self, bot: _Bot, params: dict) -> bool:
        return True

    def _m_setmycommands(self, bot: _Bot, params: dict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 BotCommand")
        for command in commands:
            name, text = command.get("command", ""), command.get("description", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name) or not 1 <= len(text) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        with self._lock:
            bot.commands[params.get("language_code") or ""] = commands
        return True

    def _m_deletemycommands(self, bot: _Bot, params: dict) -> bool:
        with self._lock:
            bot.commands.pop(params.get("language_code") or "", None)
        return True

    def _m_getmycommands(self, bot: _Bot, params: dict) -> list:
        with self._lock:
            return bot.commands.get(params.get("language_code") or "", [])

    def _m_setwebhook(self, bot: _Bot, params: dict) -> bool:
        url = params.get("url", "")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        connections = int(params.get("max_connections") or 40)
        if not 1 <= connections <= 100:
            raise ApiError(400, "Bad Request: max_connections must be between 1 and 100")
        with self._lock:
            # Deliveries in flight at once are capped per webhook, as Telegram caps its connections.
            bot.webhook = {"url": url, "secret_token": secret, "max_connections": connections,
                           "gate": asyncio.Semaphore(connections)} if url else None
            if params.get("drop_pending_updates"):
                bot.updates.clear()
        return True

    def _m_deletewebhook(self, bot: _Bot, params: dict) -> bool:
        with self._lock:
            bot.webhook = None
            if params.get("drop_pending_updates"):
                bot.updates.clear()
        return True

    def _m_getwebhookinfo(self, bot: _Bot, params: dict) -> dict:
        with self._lock:
            return {"url": (bot.webhook or {}).get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": len(bot.updates)}

    async def _m_getupdates(self, bot: _Bot, params: dict) -> list:
        if bot.webhook:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0, min(50, int(params.get("timeout") or 0)))
        allowed = params.get("allowed_updates") or None
        with self._lock:
            bot.poll_generation += 1
            generation = bot.poll_generation
        self._wake()  # an older long poll, if any, now ends with a conflict
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if bot.poll_generation != generation:
                    raise ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only "
                                        "one bot instance is running")
                if offset:
                    bot.updates = [u for u in bot.updates if u["update_id"] >= offset]
                ready = [u for u in bot.updates if _allowed(u, allowed)][:limit]
                if ready:
                    for update in ready:
                        self._delivered[update["update_id"]] = update
                    return ready
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            event = self._wakeup
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    def _m_sendmessage(self, bot: _Bot, params: dict) -> dict:
        chat = self._chat(params.get("chat_id"))
        html_text, text = self._text(params)
        markup = _check_markup(params.get("reply_markup"))
        body: dict[str, Any] = {"from": bot.user, "text": text}
        original = self._replied_to(chat["id"], params)
        if original is not None:
            body["reply_to_message"] = original
        if markup:
            body["reply_markup"] = markup
        return self._store_message(chat["id"], body, {"html": html_text})

    def _m_editmessagetext(self, bot: _Bot, params: dict) -> dict:
        message, key = self._own_message(bot, params)
        html_text, text = self._text(params)
        markup = _check_markup(params.get("reply_markup"))
        with self._lock:
            if text == message.get("text") and markup == message.get("reply_markup"):
                raise ApiError(400, "Bad Request: message is not modified: specified new message content and "
                                    "reply markup are exactly the same as a current content and reply markup of "
                                    "the message")
            message["text"] = text
            message["edit_date"] = int(time.time())
            if markup:
                message["reply_markup"] = markup
            else:
                message.pop("reply_markup", None)
            self._meta[key]["html"] = html_text
            self._meta[key]["edits"] += 1
            return dict(message)

    def _m_editmessagereplymarkup(self, bot: _Bot, params: dict) -> dict:
        message, key = self._own_message(bot, params)
        markup = _check_markup(params.get("reply_markup"))
        with self._lock:
            if markup == message.get("reply_markup"):
                raise ApiError(400, "Bad Request: message is not modified")
            if markup:
                message["reply_markup"] = markup
            else:
                message.pop("reply_markup", None)
            self._meta[key]["edits"] += 1
            return dict(message)

    def _own_message(self, bot: _Bot, params: dict) -> tuple[dict, tuple[int, int]]:
        chat = self._chat(params.get("chat_id"))
        key = (chat["id"], int(params.get("message_id") or 0))
        with self._lock:
            message = self._messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != bot.user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message, key

    def _m_answercallbackquery(self, bot: _Bot, params: dict) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        text = params.get("text") or ""
        with self._lock:
            query = self._queries.get(query_id)
            if query is None or "answer" in query:
                raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
            if len(text) > 200:
                raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
            query["answer"] = {"text": text, "show_alert": bool(params.get("show_alert"))}
        return True

    def _m_sendchataction(self, bot: _Bot, params: dict) -> bool:
        self._chat(params.get("chat_id"))
        if params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _m_getfile(self, bot: _Bot, params: dict) -> dict:
        file_id = params.get("file_id", "")
        with self._lock:
            entry = self._files.get(file_id)
        if entry is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        content, path = entry
        return {"file_id": file_id, "file_unique_id": "U" + file_id, "file_size": len(content), "file_path": path}

    def _m_deletemessage(self, bot: _Bot, params: dict) -> bool:
        _, key = self._own_message(bot, params)  # raises as Telegram does for a message not the bot's
        with self._lock:
            self._messages.pop(key, None)
        return True

    def _text(self, params: dict) -> tuple[str, str]:
        raw = params.get("text")
        if not isinstance(raw, str):
            raise ApiError(400, "Bad Request: message text is empty")
        mode = (params.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                text = parse_html(raw)
            except EntityError as exc:
                raise ApiError(400, f"Bad Request: {exc}") from None
        elif mode in ("", "none"):
            text = raw
        else:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {mode!r} in this emulator")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return raw, text


def _allowed(update: dict, allowed: list | None) -> bool:
    if not allowed:
        return True
    return any(key in allowed for key in update if key != "update_id")


def _check_markup(markup: Any) -> dict | None:
    """Validate an InlineKeyboardMarkup as Telegram does; returns it."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup  # reply keyboards and the like: not used by this bot
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ApiError(400, "Bad Request: field \"inline_keyboard\" must be an Array of Array")
    if sum(len(r) for r in rows) > 100:
        raise ApiError(400, "Bad Request: too many inline keyboard buttons")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str) or not button["text"]:
                raise ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed "
                                    "in the inline keyboard")
            kinds = [k for k in _BUTTON_KINDS if k in button]
            if len(kinds) != 1:
                raise ApiError(400, "Bad Request: can't parse inline keyboard button: exactly one of the optional "
                                    "fields must be used")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup
