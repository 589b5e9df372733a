"""Burst bench of the Telegram bot: 1,000 updates from 200 users at once, Telegram's limits enforced.

The Bot API emulator answers 429 past Telegram's send rates (30 messages/s overall, 20/min per
group, about 1/s per private chat); the bot runs with its default settings (flood control, rate
limiter, private-chat pacing), the real advisor and python-telegram-bot's real networking.

    .venv/bin/python -m bench.bot_burst                 # 200 users x 5 messages
    .venv/bin/python -m bench.bot_burst --users 20 --per-user 5 --catalog tests/fixtures/phones_small.csv
    .venv/bin/python -m bench.bot_burst --retrain --blame   # an admin's /retrain runs through the burst

Prints: messages answered, explicitly deferred (superseded, with a notice) and dropped without a
word (must be 0); reply latency p50/p95 (update queued -> answer at the emulator); event-loop lag
p95 during the burst (and, with --retrain, while the training ran, until its outcome was posted);
429 answers the bot had to honour. --blame samples the event loop's stack whenever it is late and
prints where it was found. Whether everything is answered is checked in a thread every 0.2 s:
reading the emulator's messages on the loop would be lag of the bench's own making.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from bench._loop_blame import LoopBlame
from bench.bot_load import QUERIES, start_polling, stop_polling

NOTICE = "You are writing faster than I can answer"
ERROR = "Sorry, something went wrong"
ADMIN = 1
RETRAIN_OUTCOMES = ("✅", "⚠️", "❌")


def main(argv: list[str] | None = None) -> int:
    """Run the burst and print the figures; exit status 1 if any message was dropped without a word."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=5, help="messages each user sends at once")
    parser.add_argument("--catalog", type=Path, default=None, help="catalog CSV (default: data/phones.csv)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for every answer")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "phone-advisor-bench-home",
                        help="data directory (its phone index is kept between runs, its store wiped)")
    parser.add_argument("--blame", action="store_true", help="sample and print where the event loop is late")
    parser.add_argument("--retrain", action="store_true", help="an admin sends /retrain as the burst starts")
    parser.add_argument("--retrain-args", default="quick max_steps=10", help="what follows /retrain")
    return asyncio.run(_run(parser.parse_args(argv)))


async def _lag_probe(samples: list[tuple[float, float]], stop: asyncio.Event, period: float = 0.01) -> None:
    """How late the event loop wakes a 10 ms sleeper: the delay every handler sees at that moment
    (samples are (when, lag) pairs, `when` on time.monotonic())."""
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        start = loop.time()
        await asyncio.sleep(period)
        samples.append((time.monotonic(), loop.time() - start - period))


async def _run(args) -> int:

    from advisor import Advisor
    from advisor.config import Settings
    from bot import BotSettings, build_application
    from tests.emulator import BotApiEmulator

    rng = random.Random(args.seed)
    home = args.home
    for name in ("store.sqlite3", "store.sqlite3-wal", "store.sqlite3-shm"):
        (home / name).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="bot-burst-") as tmp, BotApiEmulator(telegram_limits=True) as emu:
        base = Settings.from_env({})
        settings = replace(base, home=home, catalog_path=args.catalog or base.catalog_path,
                           telegram_api_url=emu.api_url, telegram_token=emu.token, admins=frozenset({ADMIN}),
                           key_file=Path(tmp) / "key" / "store.key")
        advisor = await asyncio.to_thread(Advisor.load, settings)
        await asyncio.to_thread(advisor.session().ask, "a phone that feels premium")  # weights in: warm figures
        app = build_application(settings, advisor, BotSettings())
        updater = await start_polling(app)
        lag: list[tuple[float, float]] = []
        stop = asyncio.Event()
        probe = asyncio.create_task(_lag_probe(lag, stop))
        blame = LoopBlame() if args.blame else None
        try:
            started = time.perf_counter()
            retrain_began = time.monotonic()
            if args.retrain:
                emu.user(ADMIN, first_name="admin").say(f"/retrain {args.retrain_args}")
            queued = send_burst(emu, args.users, args.per_user, rng)
            await wait_settled(emu, queued, args.timeout)
            wall = time.perf_counter() - started
            burst_ended = time.monotonic()
            if args.retrain:
                await _until(lambda: _retrain_settled(emu), args.timeout, "the retraining's outcome")
            retrain_ended = time.monotonic()
        finally:
            stop.set()
            await probe
            if blame is not None:
                await blame.stop()
                print("\n".join(blame.report()))
            await stop_polling(app, updater)
    if args.retrain:
        print(f"/retrain {args.retrain_args}: {_retrain_outcome(emu)} after {retrain_ended - retrain_began:.1f} s")
    retrain_lag = [v for t, v in lag if retrain_began <= t <= retrain_ended] if args.retrain else []
    return _report(burst_figures(emu, queued, wall), [v for t, v in lag if t <= burst_ended], retrain_lag, args)


def send_burst(emu, users: int, per_user: int, rng: random.Random) -> dict[int, list[float]]:
    """Push `per_user` messages from each of `users` users, interleaved as a burst from many people
    arrives; returns user id -> the monotonic time each of their messages was queued."""
    queued: dict[int, list[float]] = {}
    for _ in range(per_user):
        for i in range(users):
            uid = 10_000 + i
            queued.setdefault(uid, []).append(time.monotonic())
            emu.user(uid, first_name=f"u{uid}").say(rng.choice(QUERIES))
    return queued


async def wait_settled(emu, queued: dict[int, list[float]], timeout: float) -> None:
    """Until every message is answered, or deferred with a notice (its latest one answered)."""
    await _until(lambda: all(_settled(emu, uid, len(q)) for uid, q in queued.items()), timeout,
                 "every message answered or deferred")


async def _until(predicate, timeout: float, what: str) -> None:
    """Wait until `predicate()` (run in a thread: it reads every message the emulator holds) is true."""
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


def _retrain_settled(emu) -> bool:
    """The admin's status message says how the training ended."""
    return any(m.text.startswith(RETRAIN_OUTCOMES) for m in emu.sent(ADMIN))


def _retrain_outcome(emu) -> str:
    return next((m.text.splitlines()[0] for m in emu.sent(ADMIN) if m.text.startswith(RETRAIN_OUTCOMES)), "?")


@dataclass(frozen=True)
class BurstFigures:
    """What a burst came to: counts by outcome, reply latencies (queued -> answer at the API), wall time."""

    total: int
    users: int
    answered: int  # with an answer (error replies included)
    failed: int  # answered with an error reply
    deferred: int  # superseded by the user's later message, with a notice
    dropped: int  # neither answered nor deferred: must be 0
    latencies: tuple[float, ...]
    wall_s: float
    throttled: int  # 429 answers the bot had to honour

    def latency(self, percent: int) -> float | None:
        """The given percentile of reply latency in seconds (None without latencies)."""
        return statistics.quantiles(self.latencies, n=100)[percent - 1] if len(self.latencies) > 1 else None


def burst_figures(emu, queued: dict[int, list[float]], wall_s: float) -> BurstFigures:
    """Count the burst's outcomes from what the emulator saw."""
    answered = deferred = dropped = failed = 0
    latencies: list[float] = []
    for uid, times in queued.items():
        answers, notices = _answers(emu, uid)
        failed += sum(a.text.startswith(ERROR) for a in answers)
        answered += len(answers)
        missing = len(times) - len(answers)
        if missing and notices:
            deferred += missing
        else:
            dropped += missing
        if not missing:  # answers come in order per user (one turn at a time): the i-th answers the i-th
            latencies += [a.sent_at - t for a, t in zip(answers, times)]
    return BurstFigures(sum(len(t) for t in queued.values()), len(queued), answered, failed, deferred, dropped,
                        tuple(latencies), wall_s, sum(1 for c in emu.calls if c.status == 429))


def _answers(emu, uid: int) -> tuple[list, int]:
    """(answers and error replies, notices) the bot sent to a user's chat."""
    sent = emu.sent(uid)
    return [m for m in sent if not m.text.startswith(NOTICE)], sum(m.text.startswith(NOTICE) for m in sent)


def _settled(emu, uid: int, messages: int) -> bool:
    """Every message answered, or (after a notice) the latest one answered."""
    answers, notices = _answers(emu, uid)
    latest_answered = bool(emu.sent(uid)) and not emu.sent(uid)[-1].text.startswith(NOTICE)
    return len(answers) == messages or (notices > 0 and latest_answered)


def _report(figures: BurstFigures, lag: list[float], retrain_lag: list[float], args) -> int:
    print(f"burst: {figures.total} updates from {figures.users} users ({args.per_user} each), Telegram limits on; "
          f"settled in {figures.wall_s:.1f} s")
    print(f"answered {figures.answered - figures.failed}, answered with an error reply {figures.failed}, deferred "
          f"with a notice {figures.deferred}, dropped without a word {figures.dropped}")
    if figures.latencies:
        print(f"reply latency: p50 {figures.latency(50):.2f} s, p95 {figures.latency(95):.2f} s, "
              f"max {max(figures.latencies):.2f} s")
    for during, samples in (("the burst", lag), ("the retraining", retrain_lag)):
        if len(samples) > 1:
            cuts = statistics.quantiles(samples, n=100)
            print(f"event-loop lag during {during}: p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
                  f"max {max(samples) * 1000:.0f} ms ({len(samples)} samples)")
    print(f"429 answers honoured by the bot: {figures.throttled}")
    return 1 if figures.dropped else 0


if __name__ == "__main__":
    sys.exit(main())
