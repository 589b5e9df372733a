"""The model registry as the admin commands see it: list versions, find the previous one, roll back.

The registry is imported lazily, so a bot that is never asked about models never loads it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from advisor.config import Settings
from bot._training import flatten_metrics


@dataclass(frozen=True)
class VersionLine:
    """One registry version, ready to show."""

    id: str
    created: str
    metrics: tuple[tuple[str, str], ...]


def _registry(settings: Settings):
    from advisor.registry import Registry

    return Registry(settings.models_dir)


def list_versions(settings: Settings) -> list[VersionLine]:
    """Every registered version, oldest first."""
    return [VersionLine(v.id, str(getattr(v, "created_at", "")), flatten_metrics(v.metrics))
            for v in _registry(settings).versions()]


def previous_version(settings: Settings) -> str | None:
    """The id `rollback` would return to, or None."""
    version = _registry(settings).previous()
    return None if version is None else version.id


def rollback(settings: Settings) -> None:
    """Point the registry's current version back to the previous one."""
    _registry(settings).rollback()


def describe(versions: list[VersionLine], current: str) -> str:
    """An HTML list of versions with their headline metrics, marking the one in use."""
    lines = []
    for version in versions:
        mark = "▶ " if version.id == current else ""
        lines.append(f"<b>{mark}{html.escape(version.id, quote=False)}</b> {html.escape(version.created, quote=False)}")
        lines += [f"   {html.escape(k, quote=False)}: {html.escape(v, quote=False)}" for k, v in version.metrics[:6]]
    if current == "base":
        lines.append("▶ <b>base</b> (pretrained model, no adapter)")
    return "\n".join(lines)[:4000]
