"""Exceptions raised by the bot package.

AdvisorError                    the project's one base (advisor/errors.py)
 +-- BotError                    base of everything the bot raises on purpose
      +-- BotConfigError         the token or bot settings are missing or invalid
      +-- BotConnectionError     the Telegram Bot API cannot be reached
      +-- StoreError             the store's database or its encryption key cannot be used
      +-- RetrainArgumentError   (also ValueError) /retrain arguments are malformed or invalid
      +-- RetrainBusy            a retraining is already running (bot/_training.py)
      +-- RetrainFailed          training raised or its process died (bot/_training.py)

The CLI turns these into a one-line message and a non-zero exit status.
"""

from __future__ import annotations

from advisor import AdvisorError


class BotError(AdvisorError):
    """Base class for errors the bot raises deliberately, with a message an operator can act on."""


class BotConfigError(BotError):
    """The Telegram token or a bot setting is missing or invalid."""


class BotConnectionError(BotError):
    """The Telegram Bot API did not answer (wrong URL, network down, server error)."""


class StoreError(BotError):
    """The store cannot be opened, or personal data cannot be decrypted with the configured key."""


class RetrainArgumentError(BotError, ValueError):
    """/retrain arguments are malformed ("max_steps") or a value the training config refuses."""
