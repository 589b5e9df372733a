"""Helpers for end-to-end bot tests: a running bot, its settings, simulated shoppers.

The fixtures they take (`emulator`, `shared_advisor`) live in tests/conftest.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from advisor.config import Settings
from bot import BotSettings, build_application
from tests.emulator import BotApiEmulator, SentMessage, SimUser
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS

ADMIN_ID = 999


def own_advisor(tmp_path: Path):
    """An Advisor of its own (for tests that import a catalog or retrain), over a copy of the fixture."""
    from advisor import Advisor

    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    shutil.copy(SMALL_CATALOG, data / "phones.csv")
    shutil.copy(SMALL_CHIPSETS, data / "chipsets.csv")
    return Advisor.load(Settings(home=tmp_path / "home", catalog_path=data / "phones.csv",
                                 chipsets_path=data / "chipsets.csv"))


def bot_settings(**changes) -> BotSettings:
    """Limits for tests: Telegram's rate limits relaxed (the emulator does not enforce them), no start-up retries."""
    values = dict(workers=2, flood_messages=50, flood_window_s=10.0, overall_max_rate=1000, group_max_rate=1000,
                  group_time_period=1, private_chat_interval_s=0.0, max_retries=3, connect_retries=0,
                  progress_interval_s=0.1)
    return BotSettings(**{**values, **changes})


def settings_for(emu: BotApiEmulator, tmp_path: Path, advisor=None, admins=(ADMIN_ID,)) -> Settings:
    """Bot settings pointing at the emulator, with the store in tmp_path/home and the key outside it."""
    base = advisor.settings if advisor is not None else Settings(
        home=tmp_path / "home", catalog_path=SMALL_CATALOG, chipsets_path=SMALL_CHIPSETS)
    from dataclasses import replace

    home = base.home if advisor is not None and base.home.is_relative_to(tmp_path) else tmp_path / "home"
    return replace(base, home=home, admins=frozenset(admins), telegram_api_url=emu.api_url,
                   key_file=tmp_path / "keys" / "store.key", telegram_token=emu.token)


@contextlib.asynccontextmanager
async def running_bot(settings: Settings, advisor, options: BotSettings | None = None) -> AsyncIterator[Application]:
    """The real Application, long polling the emulator, stopped gracefully on exit (as on SIGTERM)."""
    app = build_application(settings, advisor, options or bot_settings())
    updater = app.updater
    if updater is None:
        raise RuntimeError("build_application made an Application without an updater: nothing would poll")
    await app.initialize()
    if app.post_init is not None:  # build_application always sets both hooks (as bot._webhook also checks)
        await app.post_init(app)
    await updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    try:
        yield app
    finally:
        await updater.stop()
        await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


class Shopper:
    """A simulated user with helpers that wait for the bot's replies."""

    def __init__(self, emu: BotApiEmulator, user: SimUser, chat_id: int | None = None):
        self.emu, self.user = emu, user
        self.chat_id = user.id if chat_id is None else chat_id

    @property
    def replies(self) -> list[SentMessage]:
        """Everything the bot sent to this chat."""
        return self.emu.sent(self.chat_id)

    async def say(self, text: str, expect: int = 1, timeout: float = 20.0) -> list[SentMessage]:
        """Send a message and return the `expect` new bot messages it produced."""
        before = len(self.replies)
        self.user.say(text, chat_id=None if self.chat_id == self.user.id else self.chat_id)
        return (await self.emu.wait_sent(self.chat_id, before + expect, timeout))[before:]

    async def press(self, message: SentMessage, label: str | None = None, data: str | None = None,
                    expect: int = 1, timeout: float = 20.0) -> tuple[list[SentMessage], dict]:
        """Press a button; returns the new bot messages and the answerCallbackQuery parameters."""
        before = len(self.replies)
        _, query_id = self.user.press(message, label=label, data=data)
        await self.emu.wait_for(lambda: self.emu.query_answered(query_id) is not None, timeout, "the query answer")
        messages = (await self.emu.wait_sent(self.chat_id, before + expect, timeout))[before:] if expect else []
        answer = self.emu.query_answered(query_id)
        if answer is None:  # waited for above, and an answer is never taken back
            raise RuntimeError(f"callback query {query_id} lost its answer")
        return messages, answer

    async def quiet(self, seconds: float = 0.3) -> list[SentMessage]:
        """Wait a moment and return what the bot sent meanwhile (for "nothing happened" checks)."""
        before = len(self.replies)
        await asyncio.sleep(seconds)
        return self.replies[before:]


@contextlib.asynccontextmanager
async def serving(app, port: int) -> AsyncIterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1:`port` in this event loop (its lifespan included);
    yields the base URL. On exit it stops as on SIGTERM: requests finish, then the lifespan ends."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", log_level="warning",
                                          access_log=False))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # a start-up failure: raise it here
            raise RuntimeError("uvicorn stopped before it started")
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli_env(emu: BotApiEmulator, tmp_path: Path, **extra: str) -> dict[str, str]:
    """Environment for a `phone-advisor bot` child process: the emulator, the fixture catalog, a home and key in tmp_path."""
    import os

    return {**os.environ, "TELEGRAM_BOT_TOKEN": emu.token, "TELEGRAM_API_URL": emu.api_url,
            "PHONE_ADVISOR_HOME": str(tmp_path / "home"), "PHONE_ADVISOR_CATALOG": str(SMALL_CATALOG),
            "PHONE_ADVISOR_CHIPSETS": str(SMALL_CHIPSETS), "PHONE_ADVISOR_KEY_FILE": str(tmp_path / "k" / "key"),
            **extra}


@contextlib.contextmanager
def cli_process(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen]:
    """`phone-advisor ARGS` as a child process; killed if the block leaves it running."""
    process = subprocess.Popen([sys.executable, "-m", "advisor.cli", *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def sigterm(process: subprocess.Popen, timeout: float = 60) -> bytes:
    """Stop a child as a service manager does (SIGTERM) and wait for it; returns what it wrote to stderr."""
    process.send_signal(signal.SIGTERM)
    return process.communicate(timeout=timeout)[1]


def stored_queries(tmp_path: Path, user_id: int) -> list[str]:
    """The requests a child process stored for a user, read back with the key in tmp_path (see cli_env)."""
    from bot import Store
    from bot._crypto import load_fernet

    store = Store(tmp_path / "home" / "store.sqlite3", load_fernet(tmp_path / "home", tmp_path / "k" / "key"), 30)
    try:
        return [entry.query for entry in store.history(user_id, 5)]
    finally:
        store.close()
