"""What blocks an event loop: a watchdog thread samples the loop thread's stack whenever the loop is late.

The loop beats a heartbeat every few milliseconds; when the last beat is older than `late_s`, the
loop thread is running one callback for that long (or waiting for the GIL), and its current stack
names the culprit. Samples are counted by the innermost frames in this repository (or the
innermost frame at all, for library code with no caller of ours).
"""

from __future__ import annotations

import asyncio
import collections
import sys
import threading
import time
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)


class LoopBlame:
    """Start inside a running loop; `stop()` then `report()` lists where the late loop was found."""

    def __init__(self, late_s: float = 0.05, period_s: float = 0.005, depth: int = 3):
        self._late, self._period, self._depth = late_s, period_s, depth
        self._beat = time.monotonic()
        self._loop_thread = threading.get_ident()
        self._seen: collections.Counter[str] = collections.Counter()
        self._samples = 0
        self._stop = threading.Event()
        self._task = asyncio.ensure_future(self._heartbeat())
        self._thread = threading.Thread(target=self._watch, name="loop-blame", daemon=True)
        self._thread.start()

    async def _heartbeat(self) -> None:
        while not self._stop.is_set():
            self._beat = time.monotonic()
            await asyncio.sleep(self._period)

    def _watch(self) -> None:
        while not self._stop.wait(self._period):
            if time.monotonic() - self._beat < self._late:
                continue
            frame = sys._current_frames().get(self._loop_thread)
            if frame is not None:
                self._samples += 1
                self._seen[self._where(frame)] += 1

    def _where(self, frame) -> str:
        """The innermost frame, then the innermost `depth` frames of this repository (outside bench/)."""
        inner = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}"
        ours: list[str] = []
        while frame is not None and len(ours) < self._depth:
            name = frame.f_code.co_filename
            if name.startswith(_ROOT) and "/bench/" not in name and "/.venv/" not in name:
                ours.append(f"{Path(name).relative_to(_ROOT)}:{frame.f_lineno} {frame.f_code.co_name}")
            frame = frame.f_back
        return " <- ".join([inner, *ours])

    async def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()
        await self._task

    def report(self, top: int = 12) -> list[str]:
        """The most frequent places the loop was found late at, with their share of the late samples."""
        lines = [f"loop late (>{self._late * 1000:.0f} ms) in {self._samples} samples every "
                 f"{self._period * 1000:.0f} ms; where:"]
        for where, count in self._seen.most_common(top):
            lines.append(f"  {count / max(self._samples, 1):5.1%}  {where}")
        return lines
