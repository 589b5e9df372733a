"""A Telegram Bot API emulator for end-to-end tests (see _server.py)."""

from tests.emulator._html import EntityError, parse_html, utf16_len
from tests.emulator._model import ApiError, Call, SentMessage
from tests.emulator._people import SimUser, channel_post
from tests.emulator._server import BotApiEmulator

__all__ = ["ApiError", "BotApiEmulator", "Call", "EntityError", "SentMessage", "SimUser", "channel_post",
           "parse_html", "utf16_len"]
