"""The Telegram front-end of the phone advisor (python-telegram-bot v22).

Public API::

    application = build_application(settings, advisor)   # wiring only; start it yourself, or:
    run_polling(settings, advisor)                        # long polling until SIGINT/SIGTERM
    run_webhook(settings, url, listen, port, workers=2)   # webhook on uvicorn, N worker processes
    app = webhook_app(settings, advisor, url, secret)     # one worker's Starlette app, to embed

Errors raised on purpose derive from BotError (see bot/_errors.py).
"""

from __future__ import annotations

from bot._app import build_application, check_api, run_polling
from bot._errors import BotConfigError, BotConnectionError, BotError, StoreError
from bot._settings import BotSettings
from bot._store import Store
from bot._webhook import run_webhook, webhook_app

__all__ = [
    "BotConfigError",
    "BotConnectionError",
    "BotError",
    "BotSettings",
    "Store",
    "StoreError",
    "build_application",
    "check_api",
    "run_polling",
    "run_webhook",
    "webhook_app",
]
