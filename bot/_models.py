"""The model registry for the rollback command: check and perform a rollback (the list is bot/_admin_view.py).

The registry is imported lazily, so a bot that is never asked about models never loads it.
"""

from __future__ import annotations

from advisor import Settings


def _registry(settings: Settings):
    from advisor import Registry

    return Registry(settings.models_dir)


def can_roll_back(settings: Settings) -> bool:
    """True when something was promoted before, so a rollback has somewhere to go."""
    registry = _registry(settings)
    return registry.current() is not None or bool(registry.history())


def rollback(settings: Settings) -> None:
    """Serve the previously promoted version again (ModelError when there is none)."""
    _registry(settings).rollback()
