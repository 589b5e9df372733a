"""The emulator's records: API errors, messages the bot sent, calls it made, bots and injected faults."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent (as it is now, after any edits)."""

    chat_id: int
    message_id: int
    html: str
    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...]  # rows of (label, callback_data)
    reply_to: int | None
    edits: int
    sent_at: float
    photo: bytes | None = None  # the picture of a sendPhoto message (its caption is `text`)

    @property
    def button_data(self) -> list[str]:
        """Every callback_data under the message, row by row."""
        return [data for row in self.buttons for _, data in row]

    def data_for(self, label_start: str) -> str:
        """The callback_data of the first button whose label starts with `label_start`."""
        for row in self.buttons:
            for label, data in row:
                if label.startswith(label_start):
                    return data
        raise LookupError(f"no button starting with {label_start!r} under message {self.message_id}: {self.buttons}")


@dataclass(frozen=True)
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    status: int
    at: float


@dataclass
class _Fault:
    method: str
    code: int
    description: str
    parameters: dict | None
    remaining: int


@dataclass
class _Bot:
    token: str
    user: dict
    updates: list[dict] = field(default_factory=list)
    webhook: dict | None = None
    commands: dict[str, list] = field(default_factory=dict)
    poll_generation: int = 0
