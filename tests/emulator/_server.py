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
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qsl

import tornado.httpserver
import tornado.netutil
import tornado.web

from tests.emulator._media import MediaMethods
from tests.emulator._model import ApiError, Call, SentMessage, _Bot, _Fault
from tests.emulator._people import ChatSender, SimUser

_JSON_FIELDS = {"reply_markup", "allowed_updates", "commands", "scope", "reply_parameters", "link_preview_options",
                "entities", "show_alert", "drop_pending_updates", "disable_notification", "protect_content",
                "allow_sending_without_reply", "max_connections", "cache_time"}
_INT_FIELDS = {"message_id", "offset", "limit", "timeout", "reply_to_message_id", "user_id"}


class BotApiEmulator(MediaMethods):
    """The fake Bot API. Use as a context manager or call start()/stop()."""

    def __init__(self, token: str = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", username: str = "phone_advisor_bot",
                 telegram_limits: bool = False):
        super().__init__(token, telegram_limits)
        self._thread: threading.Thread | None = None
        self.port = 0
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
        self._wakeup = asyncio.Event()  # made on this loop, which waits on it
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.stop()
            if self._http is not None:
                self._http.close()
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

    def anonymous_admin(self, group_id: int) -> ChatSender:
        """An anonymous admin of a group: every one of them arrives as GroupAnonymousBot."""
        with self._lock:
            group = dict(self._chats[group_id])
        return ChatSender(self, {"id": 1087968824, "is_bot": True, "first_name": "Group",
                                 "username": "GroupAnonymousBot"}, group)

    def channel_member(self, channel_id: int, title: str = "Deals channel") -> ChatSender:
        """A member who writes in groups "as" their channel: they arrive as Channel_Bot."""
        with self._lock:
            channel = self._chats.setdefault(channel_id, {"id": channel_id, "type": "channel", "title": title})
        return ChatSender(self, {"id": 136817688, "is_bot": True, "first_name": "Channel",
                                 "username": "Channel_Bot"}, dict(channel))

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

    def _ensure_private_chat(self, user: SimUser) -> dict:
        with self._lock:
            chat = self._chats.setdefault(user.id, {"id": user.id, "type": "private", "first_name": user.first_name})
            return dict(chat)

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
        text = message.get("text", message.get("caption", ""))
        return SentMessage(key[0], key[1], meta.get("html", text), text, buttons, reply["message_id"] if reply else None,
                           meta["edits"], meta["sent_at"], meta.get("photo"))

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


def _parse_params(request: tornado.httputil.HTTPServerRequest) -> dict:
    content_type = request.headers.get("Content-Type", "")
    if "application/json" in content_type:
        return json.loads(request.body or b"{}")
    if "multipart/form-data" in content_type:
        raw: dict[str, Any] = {k: v[0].decode() for k, v in request.body_arguments.items()}
        raw.update({k: v[0] for k, v in request.files.items()})  # uploads: {filename, body, content_type}
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
