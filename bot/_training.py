"""/retrain: training in a separate process, one at a time, reporting progress back to the event loop.

The child is started with the "spawn" method, so it shares nothing with the bot's threads, event
loop or sockets; it imports the training code itself (the bot never does). It sends
("progress", dict), then one ("done", TrainingOutcome) or ("error", message) through a queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import multiprocessing
import os
import queue as queue_module
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from advisor import Settings
from bot._errors import BotError, RetrainArgumentError

log = logging.getLogger(__name__)

_POLL_S = 0.25


@dataclass(frozen=True)
class TrainingOutcome:
    """What the bot reports when training finishes."""

    promoted: bool
    version_id: str
    reason: str  # the guard's comparison, e.g. "ndcg@10 0.61 vs 0.58 for the base model (+0.03; margin 0.005)"
    metrics: tuple[tuple[str, str], ...]  # (name, "served -> candidate"), in the report's order


class RetrainBusy(BotError):  # a signal, not an error condition
    """A retraining is already running."""


class RetrainFailed(BotError):
    """Training raised or its process died; the message says why."""


SECRET_ENVIRONMENT = ("TELEGRAM_BOT_TOKEN", "PHONE_ADVISOR_KEY")
"""Variables the training child must not inherit: it needs neither the bot nor the store."""

_environment_lock = threading.Lock()


@contextlib.contextmanager
def _without_secrets() -> Iterator[None]:
    """The process environment without the secrets, while a child is being started (it copies it)."""
    with _environment_lock:
        saved = {name: os.environ.pop(name) for name in SECRET_ENVIRONMENT if name in os.environ}
        try:
            yield
        finally:
            os.environ.update(saved)


class RetrainJob:
    """Runs at most one training process at a time."""

    def __init__(self, target: Callable[..., None] | None = None) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self._busy = False
        self._target = target or train_in_child  # tests give a quick child; it must be importable

    @property
    def running(self) -> bool:
        """True while a training is claimed or in progress."""
        return self._busy

    def claim(self) -> None:
        """Reserve the single training slot (synchronously, so two quick /retrain cannot both start)."""
        if self._busy:
            raise RetrainBusy()
        self._busy = True

    def release(self) -> None:
        """Free the slot reserved by `claim()` when the training never started."""
        self._busy = False

    async def run(self, settings: Settings, overrides: Mapping[str, Any], pairs: list[tuple[str, str]],
                  on_progress: Callable[[Mapping[str, Any]], Awaitable[None]]) -> TrainingOutcome:
        """Train in a child process (after `claim()`); `on_progress` gets each progress report."""
        if not self._busy:
            self.claim()
        try:
            return await self._run(settings, dict(overrides), pairs, on_progress)
        finally:
            self._busy = False
            self._process = None

    async def _run(self, settings, overrides, pairs, on_progress) -> TrainingOutcome:
        ctx = multiprocessing.get_context("spawn")
        channel = ctx.Queue()
        # The child needs paths and margins, not the Telegram token.
        child_settings = dataclasses.replace(settings, telegram_token=None)
        process = ctx.Process(target=self._target, args=(child_settings, overrides, pairs, channel),
                              name="phone-advisor-retrain", daemon=True)
        self._process = process
        # On the event loop's thread, briefly: the environment is the process's, shared by all threads.
        with _without_secrets():
            process.start()
        try:
            while True:
                try:
                    kind, payload = await asyncio.to_thread(channel.get, True, _POLL_S)
                except queue_module.Empty:
                    if not process.is_alive():
                        raise RetrainFailed(f"the training process exited with code {process.exitcode}") from None
                    continue
                if kind == "progress":
                    await on_progress(payload)
                elif kind == "done":
                    return payload
                else:
                    raise RetrainFailed(str(payload))
        finally:
            await asyncio.to_thread(_finish, process)

    def terminate(self) -> None:
        """Stop a running training (on shutdown); the registry never activates a half-written version."""
        process = self._process
        if process is not None and process.is_alive():
            log.warning("stopping the running training process")
            process.terminate()


def _finish(process: multiprocessing.process.BaseProcess) -> None:
    process.join(timeout=30)
    if process.is_alive():
        process.kill()
        process.join(timeout=5)


def train_in_child(settings: Settings, overrides: dict[str, Any], pairs: list[tuple[str, str]],
                   channel: Any) -> None:
    """Entry point of the training process (importable for the spawn method)."""
    try:
        from advisor import AdvisorError
        from advisor.models.training.config import TrainingConfig
        from advisor.models.training.pipeline import train_and_register
    except ImportError as exc:
        channel.put(("error", f"training is not available in this installation ({exc})"))
        return
    try:
        config = make_config(TrainingConfig, overrides)
        report = train_and_register(settings, config, progress=lambda info: channel.put(("progress", as_dict(info))),
                                    feedback_pairs=pairs)
        channel.put(("done", outcome_of(report)))
    except (AdvisorError, ValueError, TypeError) as exc:
        channel.put(("error", str(exc)))
    except BaseException as exc:  # the parent must always hear back
        logging.getLogger(__name__).exception("training crashed")
        channel.put(("error", f"{type(exc).__name__}: {exc}"))


def make_config(config_class: Any, overrides: Mapping[str, Any]) -> Any:
    """A TrainingConfig from /retrain arguments ("quick" selects the quick preset); ValueError/TypeError if invalid."""
    values = dict(overrides)
    if values.pop("quick", False):
        return config_class.quick_run(**values)
    return config_class(**values)


def check_overrides(overrides: Mapping[str, Any]) -> None:
    """Validate /retrain arguments in the bot process before starting a child (imports only the config)."""
    try:
        from advisor.models.training.config import TrainingConfig
    except ImportError as exc:
        raise RetrainArgumentError(f"training is not available in this installation ({exc})") from None
    try:
        make_config(TrainingConfig, overrides)
    except (TypeError, ValueError) as exc:
        raise RetrainArgumentError(str(exc)) from None


def outcome_of(report: Any) -> TrainingOutcome:
    """The figures of a TrainingReport that an admin needs to judge it: served vs candidate per metric."""
    rows = []
    for name, candidate in report.candidate_metrics.items():
        served = report.current_metrics.get(name)
        rows.append((name, f"{served:.4f} → {candidate:.4f}" if served is not None else f"{candidate:.4f}"))
    if report.domain_distance_before is not None and report.domain_distance_after is not None:
        rows.append(("domain distance", f"{report.domain_distance_before:.4f} → {report.domain_distance_after:.4f}"))
    rows.append(("steps", f"{report.steps} ({report.train_seconds:.0f} s on {report.device}), loss {report.first_loss:.3f} → "
                          f"{report.final_loss:.3f}"))
    rows.append(("feedback pairs used", str(report.feedback_used)))
    return TrainingOutcome(bool(report.promoted), str(report.version_id), str(report.reason), tuple(rows))


def as_dict(info: Any) -> dict[str, Any]:
    """A progress report (a dataclass such as training.loop.Progress, or a mapping) as a plain dict."""
    if dataclasses.is_dataclass(info) and not isinstance(info, type):
        return dataclasses.asdict(info)
    return dict(info)


def parse_overrides(args: list[str]) -> dict[str, Any]:
    """`/retrain quick max_steps=5` -> {"quick": True, "max_steps": 5}; RetrainArgumentError on malformed input."""
    out: dict[str, Any] = {}
    for arg in args:
        if arg.lower() == "quick":
            out["quick"] = True
            continue
        key, sep, raw = arg.partition("=")
        if not sep or not key.isidentifier():
            raise RetrainArgumentError(f"expected name=value, got {arg!r}")
        out[key] = _value(raw)
    return out


def _value(raw: str) -> Any:
    lowered = raw.lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return raw


def describe_progress(info: Mapping[str, Any]) -> str:
    """One line for the status message: "train · step 12/40 · loss 0.532 · ETA 20 s", or the stage name."""
    phase = str(info.get("phase") or info.get("stage") or "…")
    parts = [phase]
    if info.get("total"):
        parts.append(f"step {info.get('step', 0)}/{info['total']}")
    if info.get("loss") is not None:
        parts.append(f"loss {info['loss']:.3f}")
    if info.get("eta_s") is not None:
        parts.append(f"ETA {info['eta_s']:.0f} s")
    return " · ".join(parts)
