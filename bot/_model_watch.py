"""Every worker serves the promoted model and the current catalog: a cheap check on a timer, a warm swap.

Several bot processes (webhook workers, maybe on two machines sharing the registry and the catalog)
each hold their own Advisor. A promotion, a rollback or a catalog upload happens in one of them, or
in `phone-advisor models promote`; every other process notices it here within one interval. The
check reads the registry's pointer and stats the catalog file (`Advisor.outdated`); on a change the
new encoder, index and catalog are loaded beside the live ones, the encoder's weights included, and
swapped in by one reference (`Advisor.reload(warm=True)`): a request in flight finishes on the old
set, the next one starts on the new set, and none waits for weights to load.
"""

from __future__ import annotations

import asyncio
import logging
import time

from bot._services import Services

log = logging.getLogger(__name__)


async def watch_served_model(services: Services, interval_s: float) -> None:
    """Forever: every `interval_s`, reload the advisor when the registry or the catalog changed on disk."""
    advisor = services.advisor
    while True:
        await asyncio.sleep(interval_s)
        try:
            change = await asyncio.to_thread(advisor.outdated)
            if change is None:
                continue
            before, started = advisor.model_version, time.perf_counter()
            version = await asyncio.to_thread(advisor.reload, warm=True)
        except Exception:  # a bad promotion must not take serving down: keep the old set
            log.warning("could not load the changed model or catalog; still serving %s", advisor.model_version,
                        exc_info=True)
            continue
        log.info("the %s changed on disk: serving %s (was %s), swapped in after %.1f s of loading",
                 change, version, before, time.perf_counter() - started)
