"""A worker process for the cross-worker lock test (tests/test_store_backends.py).

    python -m tests.helpers.store_worker LOCATION FERNET_KEY USER_ID TURNS

Opens the store, prints "ready", waits for a line on stdin, then runs TURNS turns of one user, each
under `Store.user_turn`: read a counter from the user's dialogue state, pause, write it back plus
one (the read-change-write of a real turn). Overlapping turns would lose increments.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from cryptography.fernet import Fernet

from bot import Store

_PAUSE_S = 0.004  # between read and write: long enough that an overlap would lose an increment


async def _turns(store: Store, user_id: int, turns: int) -> None:
    for _ in range(turns):
        async with store.user_turn(user_id):
            count = json.loads(store.load_state(user_id) or '{"count": 0}')["count"]
            time.sleep(_PAUSE_S)  # noqa: ASYNC251 - a blocking pause on purpose, as advisor work in a thread would be
            store.save_state(user_id, json.dumps({"count": count + 1}))
        await asyncio.sleep(0)


def main(location: str, key: str, user_id: str, turns: str) -> None:
    store = Store(location, Fernet(key.encode()), retention_days=30)
    print("ready", flush=True)
    sys.stdin.readline()
    asyncio.run(_turns(store, int(user_id), int(turns)))
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
