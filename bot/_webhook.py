"""Webhook serving on a standard ASGI server: a Starlette app in each of N uvicorn worker processes.

python-telegram-bot's custom-webhook pattern: the Application is built without an Updater; one
route checks Telegram's secret token (403 without it), turns the body into an Update, puts it on
the Application's update queue and answers 200 at once, so the handlers run after the answer, as
with python-telegram-bot's own webhook. `GET /healthz` says which model the worker serves.

`run_webhook` starts uvicorn with `workers` processes on one port; each loads its own Advisor in
`worker_app` (settings, URL and secret from the environment), registers the webhook on start (the
same URL and secret from every worker, so the call is idempotent and Telegram only delivers once
a worker is up) and follows promotions and catalog uploads made elsewhere (bot/_model_watch.py).
What the workers share: the store (one SQLite file in WAL mode on one machine, or PostgreSQL with
PHONE_ADVISOR_DATABASE_URL), the model registry and the catalog; see the README's "From one process to
two machines".
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import re
import secrets
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.error import InvalidToken

from advisor import Settings
from bot._app import build_application
from bot._errors import BotConfigError
from bot._settings import BotSettings

if TYPE_CHECKING:
    from advisor import Advisor

log = logging.getLogger(__name__)

URL_ENV = "PHONE_ADVISOR_WEBHOOK_URL"
SECRET_ENV = "PHONE_ADVISOR_WEBHOOK_SECRET"
WORKERS_ENV = "PHONE_ADVISOR_WEBHOOK_WORKERS"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
_SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram's setWebhook accepts


def webhook_path(url: str) -> str:
    """The path served for a public webhook URL ("https://shop.example/tg" -> "/tg"); BotConfigError if it is no URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise BotConfigError(f"--webhook must be an http(s) URL, got {url!r}.")
    path = parts.path or "/"
    if path == HEALTH_PATH:
        raise BotConfigError(f"The webhook URL cannot end in {HEALTH_PATH}: that path is the health check.")
    return path


def check_secret(secret: str) -> str:
    """The secret when Telegram accepts it (1-256 of A-Z, a-z, 0-9, _ and -); BotConfigError otherwise."""
    if not _SECRET_PATTERN.fullmatch(secret):
        raise BotConfigError(f"{SECRET_ENV} must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).")
    return secret


def webhook_app(settings: Settings, advisor: Advisor, url: str, secret: str,
                bot_settings: BotSettings | None = None) -> Starlette:
    """One worker's web app: the webhook route at `url`'s path, the health check, and the bot's life cycle."""
    path, secret = webhook_path(url), check_secret(secret)
    application = build_application(settings, advisor, bot_settings, updater=False)
    expected = secret.encode()

    async def receive(request: Request) -> Response:
        """Telegram posts one update: check the secret, queue the update, answer at once."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not secrets.compare_digest(given, expected):
            return Response(status_code=403)
        try:
            data = await request.json()
            update = Update.de_json(data, application.bot) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError):
            update = None
        if update is None:
            return Response(status_code=400)
        await application.update_queue.put(update)
        return Response()

    async def health(request: Request) -> Response:
        """Liveness for the proxy or orchestrator, with the model version this worker serves."""
        return JSONResponse({"status": "ok", "model": advisor.model_version, "worker": os.getpid()})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            await application.initialize()
        except InvalidToken:
            raise BotConfigError("The Bot API rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token.") from None
        if application.post_init is not None:  # build_application always sets both hooks
            await application.post_init(application)
        await application.start()
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        try:
            yield
        finally:
            # Updates already queued are answered before the store closes (Application.stop drains the queue).
            await application.stop()
            await application.shutdown()
            if application.post_shutdown is not None:
                await application.post_shutdown(application)

    return Starlette(routes=[Route(path, receive, methods=["POST"]), Route(HEALTH_PATH, health, methods=["GET"])],
                     lifespan=lifespan)


def worker_app(bot_settings: BotSettings | None = None, *, warm: bool = False) -> Starlette:
    """The app of one uvicorn worker (`uvicorn bot._webhook:worker_app --factory`), configured by the environment:
    the usual settings, the public URL in PHONE_ADVISOR_WEBHOOK_URL, the secret in PHONE_ADVISOR_WEBHOOK_SECRET,
    and the number of workers on this machine in PHONE_ADVISOR_WEBHOOK_WORKERS (they share Telegram's
    overall send rate). `warm`: answer one request before serving, so the model's weights are in."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    from advisor import Advisor

    settings = Settings.from_env()
    url, secret = settings.webhook_url, settings.webhook_secret
    if not url or not secret:
        raise BotConfigError(f"A webhook worker needs {URL_ENV} and {SECRET_ENV}; `phone-advisor bot --webhook` "
                             "sets both.")
    advisor = Advisor.load(settings)
    if warm:
        advisor.session().ask("a phone that feels premium")
    return webhook_app(settings, advisor, url, secret, _worker_bot_settings(settings.webhook_workers, bot_settings))


def _worker_bot_settings(workers: int, base: BotSettings | None = None) -> BotSettings:
    """`base` (the defaults) with Telegram's overall send rate shared among this machine's `workers`."""
    base = base or BotSettings()
    return replace(base, overall_max_rate=base.overall_max_rate / workers)


def run_webhook(settings: Settings, url: str, listen: str, port: int, *, workers: int = 1,
                secret_token: str | None = None, factory: str = "bot._webhook:worker_app") -> None:
    """Serve the webhook with uvicorn on listen:port in `workers` processes until SIGINT/SIGTERM.

    Requests without the secret token (`secret_token`, else a random one per start) are refused.
    With several workers, the store, its key and the index are created once here first, so the
    workers do not race to create them. `factory` names the app factory (benchmarks pass their own).
    """
    import uvicorn

    webhook_path(url)
    if workers < 1:
        raise BotConfigError(f"--workers must be at least 1, got {workers}.")
    secret = check_secret(secret_token or secrets.token_urlsafe(32))
    if workers > 1:
        _prepare_in_child(settings)
    # The workers are spawned processes: they read these from the environment they inherit.
    os.environ.update({URL_ENV: url, SECRET_ENV: secret, WORKERS_ENV: str(workers)})
    uvicorn.run(factory, factory=True, host=listen, port=port, workers=workers, lifespan="on",
                access_log=False, log_level="warning", timeout_graceful_shutdown=30)


def _prepare_in_child(settings: Settings) -> None:
    """Open the store (creating its key, migrating its schema) and load the advisor (building a missing index
    and ONNX export) in a short-lived child."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        pool.apply(_prepare, (replace(settings, telegram_token=None),))


def _prepare(settings: Settings) -> None:
    from advisor import Advisor
    from bot._store import open_store

    open_store(settings).close()
    encoder = Advisor.load(settings).resources.encoder
    encoder.wait_loaded()
    encoder.wait_export()  # the ONNX export, when this start makes one: workers then load it, not race to write it

