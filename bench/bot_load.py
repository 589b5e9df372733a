"""Load test of the Telegram bot: N simulated shoppers talking at once through the Bot API emulator.

Each shopper sends M messages, one after the other (waiting for the answer, as a person would);
all shoppers run concurrently. The bot runs with the real python-telegram-bot networking, the
real advisor (catalog data/phones.csv by default) and Telegram's own rate limits (about 30
messages per second over all chats) unless --no-rate-limit is given.

    .venv/bin/python -m bench.bot_load --users 50 --messages 3

Prints users served, replies, and p50/p95/max reply latency (from the update being queued to the
reply arriving at the emulator).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from telegram.ext import Application, Updater

QUERIES = [
    "a phone under $400 with a great camera", "lightest 5G Samsung", "long battery for gaming under $600",
    "compact phone", "cheaper", "only Xiaomi", "best selfie camera", "big screen under $300", "flagship",
    "3000元以内拍照好的手机", "续航长的手机", "phone with 12GB RAM", "no Apple", "more battery",
]


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--messages", type=int, default=3, help="messages per user")
    parser.add_argument("--workers", type=int, default=2, help="advisor worker threads")
    parser.add_argument("--catalog", type=Path, default=None, help="catalog CSV (default: data/phones.csv)")
    parser.add_argument("--no-rate-limit", action="store_true", help="lift Telegram's 30 messages/s limit")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    return asyncio.run(_run(args))


async def start_polling(app: Application) -> Updater:
    """Initialize `app` and start it on long polling; returns the updater, to stop it with."""
    from telegram import Update

    updater = app.updater
    if updater is None:  # build_application keeps the builder's updater
        raise RuntimeError("the application has no updater to poll with")
    await app.initialize()
    await updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    return updater


async def stop_polling(app: Application, updater: Updater) -> None:
    """Stop polling and shut `app` down, its post_shutdown hook (which closes the store) included."""
    await updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


async def _run(args) -> int:

    from advisor import Advisor
    from advisor.config import Settings
    from bot import BotSettings, build_application
    from tests.emulator import BotApiEmulator

    random.seed(args.seed)
    # A fixed home keeps the phone index between runs (building it is most of the start-up time);
    # the bot's store in it is wiped at every run.
    home = Path(tempfile.gettempdir()) / "phone-advisor-bench-home"
    for name in ("store.sqlite3", "store.sqlite3-wal", "store.sqlite3-shm"):
        (home / name).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="bot-load-") as tmp, BotApiEmulator() as emu:
        base = Settings.from_env({})
        catalog = args.catalog or base.catalog_path
        settings = replace(base, home=home, catalog_path=catalog, telegram_api_url=emu.api_url,
                           telegram_token=emu.token, key_file=Path(tmp) / "key" / "store.key")
        started = time.perf_counter()
        advisor = await asyncio.to_thread(Advisor.load, settings)
        # The encoder's weights load in the background; wait for them so the figures are warm latency.
        await asyncio.to_thread(advisor.session().ask, "a phone that feels premium")
        print(f"advisor loaded in {time.perf_counter() - started:.1f} s ({len(advisor.catalog)} phones)")
        options = BotSettings(workers=args.workers, flood_messages=max(5, args.messages))
        if args.no_rate_limit:
            options = replace(options, overall_max_rate=10_000, group_max_rate=10_000)
        app = build_application(settings, advisor, options)
        updater = await start_polling(app)
        try:
            started = time.perf_counter()
            results = await asyncio.gather(*(_shopper(emu, 10_000 + i, args.messages) for i in range(args.users)))
            wall = time.perf_counter() - started
        finally:
            await stop_polling(app, updater)
    latencies = [x for r in results for x in r if x is not None]
    served = sum(1 for r in results if all(x is not None for x in r))
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 100
    print(f"users: {args.users} concurrent, {args.messages} messages each; served {served}/{args.users}")
    print(f"replies: {len(latencies)}/{args.users * args.messages} in {wall:.1f} s "
          f"({len(latencies) / wall:.1f} replies/s)")
    if latencies:
        print(f"reply latency: p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")
    return 0 if served == args.users else 1


async def _shopper(emu, user_id: int, messages: int) -> list[float | None]:
    user = emu.user(user_id, first_name=f"u{user_id}")
    latencies: list[float | None] = []
    for n in range(messages):
        queued = time.monotonic()
        user.say(random.choice(QUERIES))
        try:
            sent = await emu.wait_sent(user_id, n + 1, timeout=120)
        except TimeoutError:
            latencies.append(None)
            continue
        latencies.append(sent[n].sent_at - queued)
        await asyncio.sleep(random.uniform(0.0, 0.5))  # a person reads before typing again
    return latencies


if __name__ == "__main__":
    sys.exit(main())
