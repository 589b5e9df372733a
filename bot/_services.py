"""What every handler needs: settings, the advisor, the store, and advisor work run off the event loop.

`Services.converse` is the one path from a handler to the advisor: it serialises a user's turns
(one lock per user, held across worker processes), loads their dialogue state, runs the advisor in a worker thread, saves the
state and records stats, so handlers stay small.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from advisor import AdvisorError, Answer, Settings
from bot._callbacks import CallbackCodec
from bot._delivery import process_owner
from bot._flood import FloodGate
from bot._logging import describe_error
from bot._settings import BotSettings
from bot._store import Store
from bot._texts import language_of

if TYPE_CHECKING:
    from advisor import Advisor
    from bot._training import RetrainJob

log = logging.getLogger(__name__)

_SERVICES_KEY = "phone_advisor_services"
T = TypeVar("T")


@dataclass
class Services:
    """Shared objects of one running bot."""

    settings: Settings
    bot_settings: BotSettings
    advisor: Advisor
    store: Store
    codec: CallbackCodec
    flood: FloodGate
    executor: ThreadPoolExecutor
    retrain: RetrainJob
    owner: str = field(default_factory=process_owner)  # this process, as its in-flight updates name it
    io_executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(4, thread_name_prefix="store"))
    _locks: dict[int, list] = field(default_factory=dict)  # user id -> [lock, holders and waiters]
    _tasks: set[asyncio.Task] = field(default_factory=set)

    def spawn(self, coro: Coroutine[Any, Any, object]) -> asyncio.Task:
        """Run a background job (a retraining) that outlives its handler; failures are logged."""
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background job failed", exc_info=task.exception())

    async def shutdown(self) -> None:
        """Stop background jobs (terminating a training process) and close the store."""
        self.retrain.terminate()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.executor.shutdown(wait=True)
        self.io_executor.shutdown(wait=True)
        self.store.close()

    async def converse(self, user_id: int | None, turn: Callable[[Any], Answer], *,
                       query: str | None = None) -> Answer:
        """Run one advisor turn for a user in a worker thread, with their saved state, and save it back.

        `user_id` None (a sender who is not a person, see bot/_identity.py): a fresh conversation,
        and nothing is read or written."""
        if user_id is None:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, _answered, self.advisor.session(), turn)
        async with self._user_lock(user_id):
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.executor, self._turn, user_id, turn, query, time.perf_counter())

    @contextlib.asynccontextmanager
    async def _user_lock(self, user_id: int) -> AsyncIterator[None]:
        """One turn at a time per user (their dialogue state is read, changed and written back), on
        any worker: the asyncio lock orders this process's turns, the store's lock other processes'."""
        entry = self._locks.setdefault(user_id, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0], self.store.user_turn(user_id):
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:  # nobody holds or waits: drop it, so memory follows active users
                del self._locks[user_id]

    def _turn(self, user_id: int, turn: Callable[[Any], Answer], query: str | None, started: float) -> Answer:
        """One turn in a worker thread (every store call of it too, off the event loop); its latency
        counts from `started`, when the turn was queued."""
        from advisor import Profile

        state = self.store.load_state(user_id)
        profile = Profile(*self.store.profile_ids(user_id))  # likes, dislikes and opened phones reorder picks
        try:
            session = self.advisor.session(state_json=state, profile=profile)
        except AdvisorError as exc:
            # A state written by an older advisor version: start the conversation afresh. The
            # message is not logged: it may quote the user's filters.
            log.warning("dropping an unreadable dialogue state of one user (%s)", type(exc).__name__)
            session = self.advisor.session(profile=profile)
        answer = _answered(session, turn)
        self.store.save_state(user_id, session.state_json())
        if query is not None:
            self.store.add_history(user_id, query, answer.kind, tuple(p.phone.id for p in answer.picks))
        self.store.record_request(user_id, time.perf_counter() - started, answer.kind)
        return answer

    def is_admin(self, user_id: int | None) -> bool:
        """True for the Telegram user ids configured as admins (none configured: nobody)."""
        return user_id is not None and user_id in self.settings.admins

    def language(self, update: Update) -> str:
        """The language to talk to this user in: their /lang choice, Telegram's language_code, their text."""
        user = update.effective_user
        if user is not None:
            record = self.store.user(user.id)
            if record is not None and record.language:
                return record.language
        message = update.effective_message
        return language_of(user.language_code if user else None, message.text if message else None)

    async def off_loop(self, call: Callable[..., T], *args: Any) -> T:
        """Run a blocking call (a store query) in the I/O threads, so the event loop goes on meanwhile.

        Not in the advisor's pool: a store call must not wait behind model inference."""
        return await asyncio.get_running_loop().run_in_executor(self.io_executor, call, *args)

    async def forget_user(self, user_id: int) -> None:
        """Delete everything stored about a user and their in-memory traces.

        Under the user's lock: a turn in flight finishes (and writes its rows) first, so nothing it
        writes survives the deletion the user is told about."""
        async with self._user_lock(user_id):
            self.store.forget(user_id)
            self.flood.forget(user_id)


def _answered(session, turn: Callable[[Any], Answer]) -> Answer:
    """The turn's answer; a request the advisor cannot serve (a position never shown) is answered by the
    session's own error answer, which carries the filters still in force, so the shopper does not see them vanish."""
    try:
        return turn(session)
    except AdvisorError as exc:
        log.info("a turn answered with an advisor error: %s", describe_error(exc))
        return session.error_answer(exc)


class AdvisorContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Handler context with typed access to the bot's services."""

    @property
    def services(self) -> Services:
        """The services of the running bot."""
        return services_of(self.application)


def attach(application_bot_data: dict, services: Services) -> None:
    """Make `services` reachable as `context.services` in every handler."""
    application_bot_data[_SERVICES_KEY] = services


def services_of(application: Application) -> Services:
    """The services attached to an application (for its start-up and shut-down hooks, and tests)."""
    return application.bot_data[_SERVICES_KEY]
