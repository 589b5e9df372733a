"""Exceptions raised by the advisor.

AdvisorError                  base of everything the advisor raises on purpose
 +-- ConfigError              settings or config file are invalid
 +-- CatalogError             the catalog cannot be read or is invalid
 |    +-- CatalogImportError  an import was refused; names the row and column at fault
 +-- ModelError               the encoder, an adapter or a model version cannot be used
 +-- TrainingError            training could not run or was interrupted
 +-- RequestError             a shopper's message cannot be handled (e.g. unknown phone reference)
 +-- ConfigValueError         (also ConfigError, ValueError) a training/rating config value or a command's option is invalid
 +-- index.VectorIndexError   the vector index cannot be built, read or searched (index/_errors.py)
 +-- bot.BotError             the bot's settings, the Telegram API or the store (bot/_errors.py)

Every package's deliberate errors derive from AdvisorError, so a caller catches one thing. The CLI
turns these into a one-line message and exit code 2; the bot into a polite reply.
"""

from __future__ import annotations


class AdvisorError(Exception):
    """Base class for errors the advisor raises deliberately, with a message a user can act on."""


class ConfigError(AdvisorError):
    """Settings are missing or invalid."""


class CatalogError(AdvisorError):
    """The catalog cannot be loaded or fails validation."""


class CatalogImportError(CatalogError):
    """An import was refused; the existing catalog is left untouched."""

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None):
        where = []
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + message)
        self.row = row
        self.column = column


class ModelError(AdvisorError):
    """The encoder, a LoRA adapter or a registry version cannot be used."""


class TrainingError(AdvisorError):
    """Training could not run, was interrupted, or produced nothing usable."""


class RequestError(AdvisorError):
    """A shopper's message refers to something the advisor cannot resolve."""


class ConfigValueError(ConfigError, ValueError):
    """A configuration value is invalid: a training or rating config field, or a command's option.

    Also a ValueError, as dataclass validation errors conventionally are, so callers that catch
    ValueError around a config keep working.
    """
