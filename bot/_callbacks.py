"""Compact, signed, versioned `callback_data` for inline buttons (Telegram allows 1-64 bytes).

Layout: ``<version>|<action>|<tag>|<args>|<signature>``. `tag` is the start of the catalog
fingerprint for buttons that name phones by catalog position, so a button drawn before a catalog
import is recognised as stale instead of pointing at another phone. The signature (HMAC keyed by
the bot token) makes forged data recognisable; both cases are answered politely and change nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from telegram import CallbackQuery

from bot._errors import BotError

VERSION = "1"
SEP = "|"
MAX_BYTES = 64

LIKE, DISLIKE, DETAILS, MORE, COMPARE, UNFILTER = "L", "D", "I", "M", "C", "F"
CONSENT_YES, CONSENT_NO, ROLLBACK = "Y", "N", "R"
CATALOG_CONFIRM, CATALOG_CANCEL = "U", "X"
ACTIONS = frozenset({LIKE, DISLIKE, DETAILS, MORE, COMPARE, UNFILTER, CONSENT_YES, CONSENT_NO, ROLLBACK,
                     CATALOG_CONFIRM, CATALOG_CANCEL})
CATALOG_ACTIONS = frozenset({LIKE, DISLIKE, DETAILS, COMPARE})
"""Actions whose args are catalog positions: valid only for the catalog they were drawn from."""

NO_TAG = "-"


@dataclass(frozen=True)
class ButtonData:
    """A decoded button press."""

    action: str
    tag: str
    args: str

    @property
    def positions(self) -> tuple[int, ...]:
        """Catalog positions named by the button ("3" or "0.4.7"); empty when malformed."""
        try:
            values = tuple(int(p) for p in self.args.split("."))
        except ValueError:
            return ()
        return values if all(v >= 0 for v in values) else ()


@dataclass(frozen=True)
class Press:
    """A button press that passed the router's checks: the query to answer, who pressed, what the button says."""

    query: CallbackQuery
    user_id: int
    data: ButtonData


class CallbackCodec:
    """Encodes and checks button data for one bot (keyed by its token)."""

    def __init__(self, secret: str):
        self._key = hashlib.sha256(b"phone-advisor callback v1:" + secret.encode()).digest()

    def encode(self, action: str, args: str = "", tag: str = NO_TAG) -> str:
        """The callback_data for an action; BotError if it would not fit in 64 bytes."""
        if action not in ACTIONS or SEP in args or SEP in tag:
            raise BotError(f"Cannot encode button action {action!r} with args {args!r}.")
        payload = SEP.join((VERSION, action, tag, args))
        data = f"{payload}{SEP}{self._sign(payload)}"
        if len(data.encode()) > MAX_BYTES:
            raise BotError(f"Button data for {action!r} is {len(data.encode())} bytes; Telegram allows {MAX_BYTES}.")
        return data

    def decode(self, data: str | None) -> ButtonData | None:
        """The button press, or None when the data is not ours (old version, forged or garbled)."""
        if not data or len(data.encode()) > MAX_BYTES:
            return None
        parts = data.split(SEP)
        if len(parts) != 5 or parts[0] != VERSION or parts[1] not in ACTIONS:
            return None
        payload, signature = data.rsplit(SEP, 1)
        # Bytes, not str: compare_digest refuses non-ASCII str, and forged data may be anything.
        if not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            return None
        return ButtonData(parts[1], parts[2], parts[3])

    def _sign(self, payload: str) -> str:
        digest = hmac.new(self._key, payload.encode(), hashlib.sha256).digest()[:6]
        return base64.urlsafe_b64encode(digest).decode()


def catalog_tag(fingerprint: str) -> str:
    """The short catalog tag stored in buttons that name phones by position."""
    return fingerprint[:6] or NO_TAG
