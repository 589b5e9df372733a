"""The store's own cost per turn, SQLite vs PostgreSQL, one worker process and several.

A turn's store work is what the bot does for one text message: check the update id, record it in
flight, take the user's cross-worker lock, load the dialogue state and profile, save the state, add a
history row, record the request, release the lock, record the update answered. Each worker process runs its own users (no contention on
one user), so the figures show what the database itself costs as workers are added.

    .venv/bin/python -m bench.store_ops                       # both backends, 1 and 2 workers, 300 turns each
    .venv/bin/python -m bench.store_ops --workers 1 2 4 --turns 500
    .venv/bin/python -m bench.store_ops --database-url postgresql://...   # an existing server instead

PostgreSQL runs on a throwaway server (tests/helpers/postgres.py) unless --database-url is given;
it is skipped, with the reason, where no server can be started. Prints turns/s over all workers
and per-turn p50/p95 latency; the machine's load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import statistics
import tempfile
import time

from cryptography.fernet import Fernet

_STATE = json.dumps({"budget": {"max": 500, "currency": "USD"}, "brands": ["Samsung"], "pad": "x" * 600})


def main(argv: list[str] | None = None) -> int:
    """Run each backend at each worker count and print one line per run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--turns", type=int, default=300, help="turns per worker process")
    parser.add_argument("--users", type=int, default=20, help="users per worker process")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL URL to use instead of a throwaway server")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        _run_backend("sqlite", lambda i: f"sqlite:///{tmp}/bench-{i}.sqlite3", args)
        if args.database_url:
            _run_backend("postgresql", lambda i: args.database_url, args)
            return 0
        from tests.helpers.postgres import PostgresServer, why_not

        reason = why_not()
        if reason:
            print(f"postgresql: skipped ({reason})")
            return 0
        server = PostgresServer()
        try:
            started = time.perf_counter()
            server.start()
            print(f"postgresql: throwaway server started in {time.perf_counter() - started:.1f} s")
            _run_backend("postgresql", lambda i: _fresh_schema(server, f"bench_{i}"), args)
        finally:
            server.stop()
    return 0


def _fresh_schema(server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    return server.url(name)


def _run_backend(dialect: str, location_for, args) -> None:
    for run, workers in enumerate(args.workers):
        location, key = location_for(run), Fernet.generate_key().decode()
        _open(location, key).close()  # migrate once before the clock starts
        context = multiprocessing.get_context("spawn")
        barrier, results = context.Barrier(workers), context.Queue()
        processes = [context.Process(target=_worker, args=(location, key, w, args.users, args.turns, barrier, results))
                     for w in range(workers)]
        for process in processes:
            process.start()
        runs = [results.get(timeout=600) for _ in processes]
        for process in processes:
            process.join()
        wall = max(end for _, end, _ in runs) - min(start for start, _, _ in runs)
        latencies = [ms for _, _, worker in runs for ms in worker]
        p95 = statistics.quantiles(latencies, n=100)[94]
        print(f"{dialect:<10} {workers} worker(s): {len(latencies) / wall:7.0f} turns/s   "
              f"p50 {statistics.median(latencies):6.2f} ms   p95 {p95:6.2f} ms   "
              f"(load {os.getloadavg()[0]:.2f})")


def _open(location: str, key: str):
    from bot import Store

    return Store(location, Fernet(key.encode()), retention_days=30)


def _worker(location: str, key: str, index: int, users: int, turns: int, barrier, results) -> None:
    """One worker process: `turns` turns over its own `users`, started with the others; puts
    (start, end, each turn's ms) on `results`."""
    from bot._store_records import InFlight

    store = _open(location, key)
    first_user = 1_000_000 * (index + 1)

    async def run() -> list[float]:
        out = []
        for turn in range(turns):
            user = first_user + turn % users
            started = time.perf_counter()
            store.update_answered(first_user + turn)
            store.begin_update(InFlight(first_user + turn, user, user, "en", "bench:0:0"))
            async with store.user_turn(user):
                store.load_state(user)
                store.profile_ids(user)
                store.save_state(user, _STATE)
                store.add_history(user, f"phone under ${300 + turn}", "results", ("a", "b", "c"))
                store.record_request(user, 0.05, "results")
            store.finish_update(first_user + turn)
            out.append((time.perf_counter() - started) * 1000.0)
        return out

    barrier.wait()  # every worker has imported and opened its store: the clock starts for all at once
    start = time.time()
    latencies = asyncio.run(run())
    results.put((start, time.time(), latencies))
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())
