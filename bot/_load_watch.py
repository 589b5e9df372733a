"""Measuring how long the served model's weights take to be ready after the bot starts.

The advisor loads the encoder's weights in the background (constraint-only messages are answered
meanwhile), so the first requests that need them wait. /stats reports that loading time on its own
line and leaves the requests that began before the model was ready out of turn latency.
"""

from __future__ import annotations

import asyncio
import logging
import time

from bot._services import Services

log = logging.getLogger(__name__)


async def watch_model_load(services: Services) -> None:
    """Wait for the served model's weights in a worker thread; record the seconds since this call."""
    started = time.perf_counter()
    version = services.advisor.model_version
    try:
        await asyncio.to_thread(services.advisor.resources.encoder.wait_loaded)
    except Exception:  # the first request reports a failed load to the shopper; here only log it
        log.warning("the model did not load; no loading time recorded", exc_info=True)
        return
    services.store.record_model_load(time.perf_counter() - started, version)
