"""Quick stand-ins for the training child process (importable by the "spawn" start method)."""

from __future__ import annotations

import os

from bot._training import SECRET_ENVIRONMENT


def report_environment(settings, overrides, pairs, channel) -> None:
    """Answer "done" with the secret variables this child can see (None where absent)."""
    channel.put(("done", {name: os.environ.get(name) for name in SECRET_ENVIRONMENT}))
