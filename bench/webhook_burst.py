"""Webhook burst bench: bench.bot_burst's 1,000 updates from 200 users, through the webhook on uvicorn.

Each run starts `uvicorn bench.webhook_burst:<factory> --factory --workers N` as a subprocess: the
production worker app (bot._webhook.worker_app: python-telegram-bot behind Starlette, the real advisor
over the bundled catalog, the model's weights loaded before serving). The Bot API emulator runs in this
process and posts every update to the webhook as Telegram does (with the secret header), then the bot's
replies come back to it over HTTP. Runs: 1 vs 2 workers, the SQLite store vs PostgreSQL, Telegram's
limits off (capacity: the emulator answers no 429 and the bot paces nothing) and on (what shoppers see:
30 messages/s overall, about 1/s per private chat, flood control).

    .venv/bin/python -m bench.webhook_burst                                   # all 8 runs
    .venv/bin/python -m bench.webhook_burst --workers 2 --stores sqlite --limits off --users 20

One row per run: replies/s (answers / seconds from the first update to the last answer), reply latency
p50/p95 (update queued at the emulator -> answer received by it), deferred (superseded with a notice) and
dropped (must be 0), 429 answers honoured, resident memory per worker, and the 1-minute load average
before and after the run (the machine is shared: read figures beside it). PostgreSQL runs start a
throwaway server (tests/helpers/postgres.py, durability off, as SQLite's WAL with synchronous=NORMAL
also skips the per-commit fsync) and give each run a fresh schema.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.bot_burst import BurstFigures, burst_figures, send_burst, wait_settled

SECRET = "bench-webhook-secret"
# Telegram's limits off: the bot's own pacing relaxed as far as it goes (flood control stays: it is the
# bot's own rule, and 5 messages per user in 10 s pass it).
_CAPACITY = {"overall_max_rate": 1e6, "group_max_rate": 1e6, "group_time_period": 1.0, "private_chat_interval_s": 0.0}


def limits_on_app():
    """uvicorn factory: the production worker with Telegram's limits, warmed before it serves."""
    from bot._webhook import worker_app

    return worker_app(warm=True)


def capacity_app():
    """uvicorn factory: the production worker with the bot's send pacing off, warmed before it serves."""
    from bot import BotSettings
    from bot._webhook import worker_app

    return worker_app(BotSettings(**_CAPACITY), warm=True)


@dataclass(frozen=True)
class Run:
    """One bench run: its set-up and what came of it."""

    store: str
    workers: int
    limits: bool
    figures: BurstFigures
    rss_mb: tuple[float, ...]
    load_before: float
    load_after: float

    def row(self) -> str:
        """The run as one table row."""
        f = self.figures
        rate = (f.answered - f.failed) / f.wall_s
        p50, p95 = f.latency(50), f.latency(95)
        latency = f"{p50:6.2f} {p95:6.2f}" if p50 is not None else f"{'-':>6} {'-':>6}"
        rss = "/".join(f"{m:.0f}" for m in self.rss_mb) or "-"
        return (f"{self.store:<10} {self.workers:>7} {'on' if self.limits else 'off':>6} {rate:9.1f} {latency} "
                f"{f.failed:>6} {f.deferred:>8} {f.dropped:>7} {f.throttled:>5} {rss:>11} "
                f"{self.load_before:5.1f}->{self.load_after:<5.1f}")


HEADER = (f"{'store':<10} {'workers':>7} {'limits':>6} {'replies/s':>9} {'p50 s':>6} {'p95 s':>6} {'errors':>6} "
          f"{'deferred':>8} {'dropped':>7} {'429s':>5} {'RSS MB/wkr':>11} load(1m)")


def main(argv: list[str] | None = None) -> int:
    """Run every combination asked for and print the table; exit status 1 if any message was dropped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--stores", nargs="+", choices=("sqlite", "postgres"), default=["sqlite", "postgres"])
    parser.add_argument("--limits", nargs="+", choices=("off", "on"), default=["off", "on"])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=5, help="messages each user sends at once")
    parser.add_argument("--catalog", type=Path, default=None, help="catalog CSV (default: data/phones.csv)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds to wait for every answer")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    home = Path(tempfile.gettempdir()) / "phone-advisor-bench-home"  # keeps the phone index between runs
    _prepare(home, args)
    runs: list[Run] = []
    print(HEADER, flush=True)
    for store in args.stores:
        with _database(store) as database:
            for limits in args.limits:
                for workers in args.workers:
                    run = _run(store, database, workers, limits == "on", home, args)
                    print(run.row(), flush=True)
                    runs.append(run)
    print(f"\n{args.users * args.per_user} updates from {args.users} users ({args.per_user} each) per run; "
          f"{os.cpu_count()} CPUs")
    return 1 if any(r.figures.dropped for r in runs) else 0


def _environment(home: Path, args, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PHONE_ADVISOR_", "TELEGRAM_"))}
    env.update({"PHONE_ADVISOR_HOME": str(home), **extra})
    if args.catalog is not None:
        env["PHONE_ADVISOR_CATALOG"] = str(args.catalog.resolve())
    return env


def _prepare(home: Path, args) -> None:
    """Load the advisor once, so the index and the encoder's ONNX export exist before several workers look
    for them at the same moment (`phone-advisor bot --workers N` does the same)."""
    code = ("from advisor import Advisor; e = Advisor.load().resources.encoder; e.wait_loaded(); "
            "e.wait_export()")
    subprocess.run([sys.executable, "-c", code], env=_environment(home, args), check=True)


class _database:
    """The store of a run: None (the SQLite file in the home) or a throwaway PostgreSQL server."""

    def __init__(self, store: str):
        self.store, self.server = store, None

    def __enter__(self):
        if self.store == "postgres":
            from tests.helpers.postgres import PostgresServer, why_not

            reason = why_not()
            if reason is not None:
                raise SystemExit(f"cannot run the PostgreSQL runs: {reason}")
            self.server = PostgresServer()
            self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.server is not None:
            self.server.stop()

    def fresh(self, home: Path, name: str) -> dict[str, str]:
        """Environment for an empty store: a new schema, or no SQLite file."""
        if self.server is None:
            for suffix in ("", "-wal", "-shm"):
                (home / f"store.sqlite3{suffix}").unlink(missing_ok=True)
            return {}
        import psycopg

        with psycopg.connect(self.server.url(), autocommit=True) as connection:
            connection.execute(f"CREATE SCHEMA {name}")
        return {"PHONE_ADVISOR_DATABASE_URL": self.server.url(name)}


def _run(store: str, database: _database, workers: int, limits: bool, home: Path, args) -> Run:
    from cryptography.fernet import Fernet

    from tests.emulator import BotApiEmulator
    from tests.emulator.harness import free_port

    rng = random.Random(args.seed)
    port = free_port()
    name = f"run_{store}_{workers}_{'on' if limits else 'off'}_{os.getpid()}"
    with BotApiEmulator(telegram_limits=limits) as emu, tempfile.TemporaryFile() as log:
        env = _environment(home, args, TELEGRAM_BOT_TOKEN=emu.token, TELEGRAM_API_URL=emu.api_url,
                           PHONE_ADVISOR_KEY=Fernet.generate_key().decode(),
                           PHONE_ADVISOR_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
                           PHONE_ADVISOR_WEBHOOK_SECRET=SECRET, PHONE_ADVISOR_WEBHOOK_WORKERS=str(workers),
                           **database.fresh(home, name))
        factory = "limits_on_app" if limits else "capacity_app"
        server = subprocess.Popen([sys.executable, "-m", "uvicorn", f"bench.webhook_burst:{factory}", "--factory",
                                   "--workers", str(workers), "--host", "127.0.0.1", "--port", str(port),
                                   "--log-level", "warning", "--no-access-log"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            _wait_registered(emu, server, workers, log)
            load_before = os.getloadavg()[0]
            started = time.perf_counter()
            queued = send_burst(emu, args.users, args.per_user, rng)
            asyncio.run(wait_settled(emu, queued, args.timeout))
            wall = time.perf_counter() - started
            load_after = os.getloadavg()[0]
            rss = _worker_rss_mb(server.pid, workers)
        finally:
            server.terminate()
            try:
                server.wait(120)
            except subprocess.TimeoutExpired:
                server.kill()
        figures = burst_figures(emu, queued, wall)
    return Run(store, workers, limits, figures, rss, load_before, load_after)


def _wait_registered(emu, server: subprocess.Popen, workers: int, log) -> None:
    """Until every worker has registered the webhook (each does once it is up and warm)."""
    deadline = time.monotonic() + 600
    while sum(c.status == 200 for c in emu.calls_to("setWebhook")) < workers:
        if server.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            raise SystemExit(f"the webhook workers did not start:\n{log.read().decode()[-3000:]}")
        time.sleep(0.1)


def _worker_rss_mb(pid: int, workers: int) -> tuple[float, ...]:
    """Resident memory of each worker process (the server itself when it runs one worker)."""
    import psutil

    process = psutil.Process(pid)
    if workers == 1:
        return (process.memory_info().rss / 2**20,)
    children = [c for c in process.children() if "spawn_main" in " ".join(c.cmdline())]
    return tuple(c.memory_info().rss / 2**20 for c in children)


if __name__ == "__main__":
    sys.exit(main())
