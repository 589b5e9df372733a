"""The emulator's world: its bots, chats, messages, files and update queue, under one lock.

The base of BotApiEmulator and of its method mixins (ApiMethods, MediaMethods), so that each of them
sees the same typed state; it also owns the update queue (push, getUpdates' wake-up, webhook delivery).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time

import tornado.httpclient

from tests.emulator._model import ApiError, Call, _Bot, _Fault

# Pauses before the webhook deliveries after a failed one (Telegram's exact schedule is not published).
_REDELIVERY_PAUSES_S = (1.0, 2.0, 4.0, 8.0)


class EmulatorState:
    """The state every part of the emulator reads and writes, and the primitives that change it."""

    def __init__(self, token: str, telegram_limits: bool) -> None:
        self._lock = threading.RLock()
        self.telegram_limits = telegram_limits  # answer 429 past Telegram's send rates (see _methods._limit)
        self._buckets: dict[int | None, tuple[float, float]] = {}  # send-rate buckets: (level, last update)
        self._bots: dict[str, _Bot] = {}
        self._chats: dict[int, dict] = {}
        self._messages: dict[tuple[int, int], dict] = {}
        self._meta: dict[tuple[int, int], dict] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._queries: dict[str, dict] = {}
        self._inline_pending: set[str] = set()  # inline query ids not yet answered
        self._inline_answers: dict[str, dict] = {}  # answerInlineQuery parameters by query id
        self._files: dict[str, tuple[bytes, str]] = {}
        self._faults: list[_Fault] = []
        self.calls: list[Call] = []
        self.deliveries: list[int] = []  # HTTP status of each webhook delivery attempt
        self._http: tornado.httpclient.AsyncHTTPClient | None = None  # the webhook client, made on the emulator's loop
        self._delivered: dict[int, dict] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        # set (and replaced) whenever updates arrive; start() makes a fresh one on the emulator's loop
        self._wakeup = asyncio.Event()
        self.token = token

    # -- pushing updates -------------------------------------------------------------------------

    def push(self, body: dict) -> int:
        """Queue an update (its update_id is assigned here) for getUpdates or the webhook."""
        with self._lock:
            update_id = next(self._update_ids)
            update = {"update_id": update_id, **body}
            bot = self._bots[self.token]
            if bot.webhook:
                loop = self._loop
                if loop is None:
                    raise RuntimeError("start the emulator before pushing updates to a webhook")
                loop.call_soon_threadsafe(loop.create_task, self._deliver(bot.webhook, update))
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
        if self._loop is not None:  # delivered at all means it was served, so this always holds
            self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        event, self._wakeup = self._wakeup, asyncio.Event()
        event.set()

    async def _deliver(self, webhook: dict, update: dict) -> None:
        """POST an update to the webhook as Telegram does: at most `max_connections` requests at once, and
        an update the webhook did not take (an error status, no answer in 10 s) tried again after a pause."""
        headers = {"Content-Type": "application/json"}
        if webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook["secret_token"]
        if self._http is None:  # made here, on the emulator's loop; its own queue is never the bottleneck
            self._http = tornado.httpclient.AsyncHTTPClient(force_instance=True, max_clients=100)
        http = self._http
        for pause in (*_REDELIVERY_PAUSES_S, None):
            async with webhook["gate"]:
                try:
                    response = await http.fetch(webhook["url"], method="POST", body=json.dumps(update),
                                                headers=headers, raise_error=False, request_timeout=10)
                    code = response.code
                except Exception:  # noqa: BLE001 - a dead webhook is recorded, like Telegram's last_error_message
                    code = 599
            with self._lock:
                self.deliveries.append(code)
            if 200 <= code < 300 or pause is None:
                return
            await asyncio.sleep(pause)

    # -- storing what the bot sent and uploaded --------------------------------------------------

    def _store_message(self, chat_id: int, body: dict, meta: dict | None = None) -> dict:
        with self._lock:
            counter = self._message_ids.setdefault(chat_id, itertools.count(1))
            message = {"message_id": next(counter), "date": int(time.time()), "chat": dict(self._chats[chat_id]),
                       **body}
            self._messages[(chat_id, message["message_id"])] = message
            self._meta[(chat_id, message["message_id"])] = {"edits": 0, "sent_at": time.monotonic(), **(meta or {})}
            return message

    def _replied_to(self, chat_id: int, params: dict) -> dict | None:
        """The message a send quotes (reply_parameters, or the older reply_to_message_id), or None.

        A quoted message that does not exist is refused as Telegram does, unless the bot allows sending without it."""
        reply = params.get("reply_parameters") or (
            {"message_id": params["reply_to_message_id"]} if params.get("reply_to_message_id") else None)
        if not reply:
            return None
        with self._lock:
            original = self._messages.get((chat_id, int(reply["message_id"])))
        if original is None and not reply.get("allow_sending_without_reply"):
            raise ApiError(400, "Bad Request: message to be replied not found")
        return original

    def _new_file(self, content: bytes, folder: str, suffix: str) -> tuple[str, str]:
        with self._lock:
            number = next(self._file_ids)
            file_id = f"FILE{number:06d}"
            self._files[file_id] = (content, f"{folder}/file_{number}{suffix}")
        return file_id, f"U{number:06d}"

    def _record(self, method: str, params: dict, status: int) -> None:
        with self._lock:
            self.calls.append(Call(method.lower(), params, status, time.monotonic()))
