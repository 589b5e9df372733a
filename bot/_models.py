"""The model registry as the admin commands see it: list versions, check and perform a rollback.

The registry is imported lazily, so a bot that is never asked about models never loads it.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass

from advisor import Settings

_SHOWN_VERSIONS = 10
_SHOWN_METRICS = 4


@dataclass(frozen=True)
class VersionLine:
    """One registry version, ready to show."""

    id: str
    created: str
    verdict: str
    metrics: tuple[tuple[str, float], ...]


def _registry(settings: Settings):
    from advisor import Registry

    return Registry(settings.models_dir)


def list_versions(settings: Settings) -> list[VersionLine]:
    """The most recent registered versions, oldest first, with their own (candidate) metrics."""
    lines = []
    for version in _registry(settings).versions()[-_SHOWN_VERSIONS:]:
        own = tuple((k, v) for k, v in version.metrics.items() if "." not in k)  # not base./current. copies
        created = time.strftime("%Y-%m-%d %H:%M", time.gmtime(version.created_at))
        lines.append(VersionLine(version.id, created, version.verdict, own))
    return lines


def can_roll_back(settings: Settings) -> bool:
    """True when something was promoted before, so a rollback has somewhere to go."""
    registry = _registry(settings)
    return registry.current() is not None or bool(registry.history())


def rollback(settings: Settings) -> None:
    """Serve the previously promoted version again (ModelError when there is none)."""
    _registry(settings).rollback()


def describe(versions: list[VersionLine], current: str) -> str:
    """An HTML list of versions with their headline metrics, marking the one in use."""
    lines = []
    for version in versions:
        mark = "▶ " if version.id == current else ""
        lines.append(f"<b>{mark}{html.escape(version.id, quote=False)}</b> {version.created} UTC · "
                     f"{html.escape(version.verdict, quote=False)}")
        lines += [f"   {html.escape(name, quote=False)}: {value:.4f}" for name, value in version.metrics[:_SHOWN_METRICS]]
    if current == "base":
        lines.append("▶ <b>base</b> (pretrained model, no adapter)")
    return "\n".join(lines)
