"""A Telegram Bot API emulator on loopback, for end-to-end tests of the bot's real networking.

It runs a tornado HTTP server in its own thread (its own event loop), so the bot under test talks
to it over real HTTP exactly as it would to api.telegram.org. It validates requests the way
Telegram does (token, chat, text length after entity parsing, HTML entities, callback_data size,
keyboard shape, callback query ids), can inject errors (429 with retry_after, 502), and lets a
test push updates (messages, button presses, documents, stickers, edits, channel posts) and read
what the bot sent.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import tornado.httpclient
import tornado.httpserver
import tornado.netutil
import tornado.web

from tests.emulator._html import EntityError, parse_html, utf16_len

_JSON_FIELDS = {"reply_markup", "allowed_updates", "commands", "scope", "reply_parameters", "link_preview_options",
                "entities", "show_alert", "drop_pending_updates", "disable_notification", "protect_content",
                "allow_sending_without_reply", "max_connections", "cache_time"}
_INT_FIELDS = {"message_id", "offset", "limit", "timeout", "reply_to_message_id", "user_id"}
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{3,32}")
_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_BUTTON_KINDS = {"callback_data", "url", "web_app", "login_url", "switch_inline_query",
                 "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
                 "callback_game", "pay"}
_CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                 "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"}


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent (as it is now, after any edits)."""

    chat_id: int
    message_id: int
    html: str
    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...]  # rows of (label, callback_data)
    reply_to: int | None
    edits: int
    sent_at: float

    @property
    def button_data(self) -> list[str]:
        """Every callback_data under the message, row by row."""
        return [data for row in self.buttons for _, data in row]

    def data_for(self, label_start: str) -> str:
        """The callback_data of the first button whose label starts with `label_start`."""
        for row in self.buttons:
            for label, data in row:
                if label.startswith(label_start):
                    return data
        raise LookupError(f"no button starting with {label_start!r} under message {self.message_id}: {self.buttons}")


@dataclass(frozen=True)
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    status: int
    at: float


@dataclass
class _Fault:
    method: str
    code: int
    description: str
    parameters: dict | None
    remaining: int


@dataclass
class _Bot:
    token: str
    user: dict
    updates: list[dict] = field(default_factory=list)
    webhook: dict | None = None
    commands: dict[str, list] = field(default_factory=dict)
    poll_generation: int = 0


class BotApiEmulator:
    """The fake Bot API. Use as a context manager or call start()/stop()."""

    def __init__(self, token: str = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", username: str = "phone_advisor_bot"):
        self._lock = threading.RLock()
        self._bots: dict[str, _Bot] = {}
        self._chats: dict[int, dict] = {}
        self._messages: dict[tuple[int, int], dict] = {}
        self._meta: dict[tuple[int, int], dict] = {}
        self._message_ids: dict[int, itertools.count] = {}
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._queries: dict[str, dict] = {}
        self._files: dict[str, tuple[bytes, str]] = {}
        self._faults: list[_Fault] = []
        self.calls: list[Call] = []
        self.deliveries: list[int] = []  # HTTP status of each webhook delivery
        self._delivered: dict[int, dict] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeup: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.token = token
        self.add_bot(token, username)

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> BotApiEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> BotApiEmulator:
        """Serve on 127.0.0.1 on a free port (in a background thread)."""
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="bot-api-emulator", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the Bot API emulator did not start")
        return self

    def stop(self) -> None:
        """Stop serving and join the thread."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    @property
    def url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The base_url to give python-telegram-bot (the token is appended to it)."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """The base_file_url to give python-telegram-bot."""
        return f"{self.url}/file/bot"

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        app = tornado.web.Application([
            (r"/bot([^/]*)/([A-Za-z]+)", _ApiHandler, {"emulator": self}),
            (r"/file/bot([^/]*)/(.+)", _FileHandler, {"emulator": self}),
        ], log_function=lambda handler: None)  # access lines would carry the token
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        server = tornado.httpserver.HTTPServer(app)
        server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        self._loop = loop
        self._wakeup = asyncio.Event()
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.stop()
            loop.run_until_complete(server.close_all_connections())
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    # -- world set-up ----------------------------------------------------------------------------

    def add_bot(self, token: str, username: str) -> None:
        """Register a valid token (its bot id is the number before the colon)."""
        bot_id = int(token.split(":", 1)[0])
        with self._lock:
            self._bots[token] = _Bot(token, {"id": bot_id, "is_bot": True, "first_name": "Phone Advisor",
                                             "username": username, "can_join_groups": True,
                                             "can_read_all_group_messages": False,
                                             "supports_inline_queries": False})

    @property
    def bot_user(self) -> dict:
        """The bot's User object."""
        return self._bots[self.token].user

    def user(self, user_id: int, first_name: str = "Ann", language_code: str | None = "en",
             username: str | None = None) -> SimUser:
        """A simulated person; their private chat with the bot has the same id."""
        return SimUser(self, user_id, first_name, language_code, username)

    def group(self, chat_id: int, title: str = "Phone fans") -> int:
        """Create a supergroup chat the bot is a member of; returns its id (negative)."""
        with self._lock:
            self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": title}
        return chat_id

    def inject(self, method: str, code: int = 429, retry_after: int | None = 1, count: int = 1,
               description: str | None = None) -> None:
        """Make the next `count` calls of `method` fail (429 Too Many Requests by default)."""
        parameters = {"retry_after": retry_after} if code == 429 and retry_after else None
        text = description or (f"Too Many Requests: retry after {retry_after}" if code == 429 else "Bad Gateway")
        with self._lock:
            self._faults.append(_Fault(method.lower(), code, text, parameters, count))

    # -- pushing updates -------------------------------------------------------------------------

    def push(self, body: dict) -> int:
        """Queue an update (its update_id is assigned here) for getUpdates or the webhook."""
        with self._lock:
            update_id = next(self._update_ids)
            update = {"update_id": update_id, **body}
            bot = self._bots[self.token]
            if bot.webhook:
                self._loop.call_soon_threadsafe(self._loop.create_task, self._deliver(bot.webhook, update))
            else:
                bot.updates.append(update)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._wake)
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Queue a copy of an update that was already delivered (as after an unconfirmed poll)."""
        with self._lock:
            original = self._delivered.get(update_id)
        if original is None:
            raise LookupError(f"update {update_id} was never delivered")
        with self._lock:
            self._bots[self.token].updates.insert(0, original)
        self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        event, self._wakeup = self._wakeup, asyncio.Event()
        event.set()

    def _ensure_private_chat(self, user: SimUser) -> dict:
        with self._lock:
            chat = self._chats.setdefault(user.id, {"id": user.id, "type": "private", "first_name": user.first_name})
            return dict(chat)

    def _store_message(self, chat_id: int, body: dict, meta: dict | None = None) -> dict:
        with self._lock:
            counter = self._message_ids.setdefault(chat_id, itertools.count(1))
            message = {"message_id": next(counter), "date": int(time.time()), "chat": dict(self._chats[chat_id]),
                       **body}
            self._messages[(chat_id, message["message_id"])] = message
            self._meta[(chat_id, message["message_id"])] = {"edits": 0, "sent_at": time.monotonic(), **(meta or {})}
            return message

    def _new_file(self, content: bytes, folder: str, suffix: str) -> tuple[str, str]:
        with self._lock:
            number = next(self._file_ids)
            file_id = f"FILE{number:06d}"
            self._files[file_id] = (content, f"{folder}/file_{number}{suffix}")
        return file_id, f"U{number:06d}"

    # -- reading what the bot did ----------------------------------------------------------------

    def sent(self, chat_id: int) -> list[SentMessage]:
        """Messages the bot sent to a chat, oldest first, as they are now."""
        bot_id = self.bot_user["id"]
        with self._lock:
            keys = sorted(k for k, m in self._messages.items() if k[0] == chat_id and m["from"]["id"] == bot_id)
            return [self._snapshot(k) for k in keys]

    def _snapshot(self, key: tuple[int, int]) -> SentMessage:
        message, meta = self._messages[key], self._meta[key]
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        buttons = tuple(tuple((b["text"], b.get("callback_data", "")) for b in row) for row in rows)
        reply = message.get("reply_to_message")
        return SentMessage(key[0], key[1], meta.get("html", message.get("text", "")), message.get("text", ""),
                           buttons, reply["message_id"] if reply else None, meta["edits"], meta["sent_at"])

    async def wait_sent(self, chat_id: int, count: int, timeout: float = 15.0) -> list[SentMessage]:
        """Wait until the bot has sent at least `count` messages to a chat; returns them all."""
        deadline = time.monotonic() + timeout
        while True:
            messages = self.sent(chat_id)
            if len(messages) >= count:
                return messages
            if time.monotonic() > deadline:
                raise TimeoutError(f"chat {chat_id}: expected {count} bot messages, got {len(messages)}: "
                                   f"{[m.text[:80] for m in messages]}")
            await asyncio.sleep(0.01)

    async def wait_for(self, predicate, timeout: float = 15.0, what: str = "condition") -> None:
        """Wait until `predicate()` is true."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            await asyncio.sleep(0.01)

    def calls_to(self, method: str) -> list[Call]:
        """The bot's requests to one method, in order."""
        with self._lock:
            return [c for c in self.calls if c.method == method.lower()]

    def query_answered(self, query_id: str) -> dict | None:
        """The answerCallbackQuery parameters for a query, or None when unanswered."""
        with self._lock:
            return self._queries.get(query_id, {}).get("answer")

    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by getUpdates."""
        with self._lock:
            return len(self._bots[self.token].updates)

    # -- the API ---------------------------------------------------------------------------------

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
                for chat in self._chats.values():
                    if chat.get("username") == value[1:]:
                        return chat
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
        handler = getattr(self, f"_m_{name}", None)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        result = handler(bot, params)
        if asyncio.iscoroutine(result):
            result = await result
        return result

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
        with self._lock:
            bot.webhook = {"url": url, "secret_token": secret} if url else None
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
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    def _m_sendmessage(self, bot: _Bot, params: dict) -> dict:
        chat = self._chat(params.get("chat_id"))
        html_text, text = self._text(params)
        markup = _check_markup(params.get("reply_markup"))
        body: dict[str, Any] = {"from": bot.user, "text": text}
        reply = params.get("reply_parameters") or (
            {"message_id": params["reply_to_message_id"]} if params.get("reply_to_message_id") else None)
        if reply:
            with self._lock:
                original = self._messages.get((chat["id"], int(reply["message_id"])))
            if original is None and not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
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
        message, key = self._own_message(bot, params)
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

    async def _deliver(self, webhook: dict, update: dict) -> None:
        headers = {"Content-Type": "application/json"}
        if webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook["secret_token"]
        client = tornado.httpclient.AsyncHTTPClient()
        try:
            response = await client.fetch(webhook["url"], method="POST", body=json.dumps(update), headers=headers,
                                          raise_error=False, request_timeout=10)
            code = response.code
        except Exception:  # noqa: BLE001 - a dead webhook is recorded, like Telegram's last_error_message
            code = 599
        with self._lock:
            self.deliveries.append(code)

    def _record(self, method: str, params: dict, status: int) -> None:
        with self._lock:
            self.calls.append(Call(method.lower(), params, status, time.monotonic()))


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
                      chat_id: int | None = None) -> int:
        """Send a file."""
        file_id, unique = self.emulator._new_file(content, "documents", "." + file_name.rsplit(".", 1)[-1])
        document = {"file_id": file_id, "file_unique_id": unique, "file_name": file_name, "mime_type": mime_type,
                    "file_size": len(content)}
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


def _parse_params(request: tornado.httputil.HTTPServerRequest) -> dict:
    content_type = request.headers.get("Content-Type", "")
    if "application/json" in content_type:
        return json.loads(request.body or b"{}")
    if "multipart/form-data" in content_type:
        raw = {k: v[0].decode() for k, v in request.body_arguments.items()}
    else:
        raw = dict(parse_qsl(request.body.decode(), keep_blank_values=True))
        raw.update({k: v[0].decode() for k, v in request.query_arguments.items()})
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except json.JSONDecodeError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif key in _INT_FIELDS:
            try:
                params[key] = int(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: {key} must be an integer") from None
        else:
            params[key] = value
    return params


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    async def post(self, token: str, method: str) -> None:
        await self._handle(token, method)

    async def get(self, token: str, method: str) -> None:
        await self._handle(token, method)

    async def _handle(self, token: str, method: str) -> None:
        params: dict = {}
        try:
            params = _parse_params(self.request)
            result = await self.emulator.call(token, method, params)
        except ApiError as exc:
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            self.emulator._record(method, params, exc.code)
            self.set_status(exc.code)
            self.finish(body)
            return
        self.emulator._record(method, params, 200)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": True, "result": result}))


class _FileHandler(tornado.web.RequestHandler):
    def initialize(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator

    def get(self, token: str, path: str) -> None:
        try:
            self.emulator._bot(token)
        except ApiError as exc:
            self.set_status(exc.code)
            self.finish({"ok": False, "error_code": exc.code, "description": exc.description})
            return
        with self.emulator._lock:
            match = [c for c, p in self.emulator._files.values() if p == path]
        if not match:
            self.set_status(404)
            self.finish({"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self.finish(match[0])
