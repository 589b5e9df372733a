"""`phone-advisor bot`: serve shoppers on Telegram by long polling, or by webhook with --webhook.

The token comes from TELEGRAM_BOT_TOKEN only; TELEGRAM_API_URL points at a self-hosted Bot API
server. A missing or rejected token or an unreachable API ends with one line on stderr and exit
status 2, before the model is loaded. SIGTERM/SIGINT stop it cleanly: replies in flight finish and
the store is flushed. Polling is one process; a webhook runs on uvicorn with --workers processes.
"""

from __future__ import annotations

import asyncio
import sys


def register(sub) -> None:
    """Add the bot command."""
    parser = sub.add_parser("bot", help="run the Telegram bot (long polling, or a webhook with --webhook)")
    parser.add_argument("--webhook", metavar="URL", help="public https URL Telegram should post updates to")
    parser.add_argument("--listen", default="127.0.0.1", metavar="HOST",
                        help="address the webhook server binds to (default 127.0.0.1, behind a TLS proxy)")
    parser.add_argument("--port", type=int, default=8443, metavar="N", help="webhook server port (default 8443)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="webhook worker processes (default 1); each loads its own model")
    parser.set_defaults(handler=run_bot)


def run_bot(args) -> int:
    """Check token and API, then serve until stopped (polling loads the advisor here, webhook workers their own)."""
    from advisor.config import Settings
    from bot import BotError, check_api, run_polling, run_webhook

    settings = Settings.from_env()
    if not args.webhook and args.workers != 1:
        print("phone-advisor: --workers needs --webhook: polling is one process", file=sys.stderr)
        return 2
    if args.webhook and not 0 < args.port < 65536:
        print(f"phone-advisor: --port must be 1-65535, got {args.port}", file=sys.stderr)
        return 2
    try:
        username = asyncio.run(check_api(settings))
        if args.webhook:
            print(f"phone-advisor: connected as @{username}; starting {args.workers} webhook worker(s) on "
                  f"{args.listen}:{args.port}…", file=sys.stderr)
            run_webhook(settings, args.webhook, args.listen, args.port, workers=args.workers,
                        secret_token=settings.webhook_secret)
            return 0
        print(f"phone-advisor: connected as @{username}; loading the model…", file=sys.stderr)
        from advisor import Advisor  # the heavy part, only once the token and the API are known to work

        run_polling(settings, Advisor.load(settings))
    except BotError as exc:
        print(f"phone-advisor: {exc}", file=sys.stderr)
        return 2
    return 0
