"""Each update answered once, and an update a kill interrupted never dropped without a word.

Telegram counts an update as delivered once the bot has it: long polling confirms it with the next
`getUpdates` (python-telegram-bot asks again at once), a webhook with the HTTP 200 that goes out as
the update is queued. It re-sends only updates that were not confirmed yet. So when the process is
killed (SIGKILL, a crash, the machine going down; SIGTERM drains and loses nothing):

- an update answered before the kill is never answered again: it is recorded as answered
  (`processed_updates`) right after its handlers finished, and a re-delivered copy is skipped;
- an update re-delivered after the kill and not recorded as answered is answered then. This
  is the one case that can double an answer: a kill after the reply went out and before the
  record (one store write, milliseconds) makes the re-delivered copy answered again. For a shopper
  a repeated answer is better than silence, and an absolute request ("under $300") repeated
  changes nothing; a relative one ("cheaper") would be applied twice, so it is one store write wide;
- an update the process had confirmed but not answered is lost: Telegram will not send it again,
  and its text was never stored (it is personal, and most updates are answered in a second).
  What is kept is an `in_flight` row (update id, chat, sender, language, process; no text) from the moment
  handling starts until the answer is recorded. A restarted process tells each such chat that its
  message was not answered and asks for it again, then drops the row: the loss is said, not silent.
  Rows of a process that still runs (another worker) are left to it; a process is known by
  host, pid and a start token, so only processes of this host are judged (workers on other hosts
  tell their own chats when they restart).
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Coroutine
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, BaseUpdateProcessor

from bot._identity import person_of
from bot._store_records import InFlight
from bot._texts import say

if TYPE_CHECKING:
    from bot._services import Services

log = logging.getLogger(__name__)

REDELIVERY_GRACE_S = 5.0
"""Telegram re-sends unconfirmed updates at the first getUpdates after a restart: interrupted updates
are told about only after this long, so that one re-delivered meanwhile is answered instead."""


def process_owner() -> str:
    """This process, as `in_flight` rows name it: host, pid, and a token new at every start."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


class AnswerOnce(BaseUpdateProcessor):
    """python-telegram-bot's concurrent update processing, with each update recorded in flight before
    its handlers run and answered after they finished (see the module docstring)."""

    def __init__(self, max_concurrent_updates: int, services: Services):
        super().__init__(max_concurrent_updates)
        self._services = services
        self._handling: set[int] = set()  # a copy re-delivered while the first is still being answered

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the handlers of an update that was not answered yet; skip a re-delivered answered one."""
        if not isinstance(update, Update):
            await coroutine
            return
        services, update_id = self._services, update.update_id
        if update_id in self._handling:
            self._skip(update_id, coroutine)
            return
        self._handling.add(update_id)  # before the first await: a copy arriving meanwhile is skipped
        try:
            if not await services.off_loop(self._begin, update):
                self._skip(update_id, coroutine)
                return
            await coroutine
            await services.off_loop(services.store.finish_update, update_id)
        finally:
            self._handling.discard(update_id)

    def _begin(self, update: Update) -> bool:
        """In an I/O thread, one hop from the loop: False for an update answered already; else its
        in-flight row is written (when it has a chat to tell)."""
        services = self._services
        if services.store.update_answered(update.update_id):
            return False
        chat, person = update.effective_chat, person_of(update)
        if chat is not None:
            services.store.begin_update(InFlight(update.update_id, chat.id, person.id if person else None,
                                                 services.language(update), services.owner))
        return True

    @staticmethod
    def _skip(update_id: int, coroutine: Awaitable[Any]) -> None:
        log.info("skipping update %s: already handled", update_id)
        if isinstance(coroutine, Coroutine):  # it is: PTB passes Application.process_update(...)
            coroutine.close()  # never awaited: its handlers do not run

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def interrupted_elsewhere(row: InFlight, owner: str) -> bool:
    """Whether an in-flight row was left by a process of this host that no longer runs (or ran before
    this start under the same pid, as the first process of a container does)."""
    host, pid, token = row.owner.rsplit(":", 2)
    my_host, my_pid, my_token = owner.rsplit(":", 2)
    if host != my_host or not pid.isdigit():
        return False
    return (pid == my_pid and token != my_token) or (pid != my_pid and _gone(int(pid)))


def _gone(pid: int) -> bool:
    """No process with this id runs on this machine (one we may not signal still runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


async def tell_interrupted(application: Application, services: Services) -> int:
    """After the re-delivery grace, tell each chat whose update a dead process left unanswered to send
    it again; returns how many were told."""
    await asyncio.sleep(REDELIVERY_GRACE_S)
    store = services.store
    told = 0
    for row in await services.off_loop(store.in_flight):
        if not interrupted_elsewhere(row, services.owner):
            continue
        try:
            await application.bot.send_message(row.chat_id, say(row.language, "interrupted"))
            told += 1
        except TelegramError:
            log.warning("could not tell chat of update %s that it was not answered", row.update_id)
        await services.off_loop(store.drop_in_flight, row.update_id)
    if told:
        log.warning("told %d chats that a restart interrupted their message", told)
    return told
