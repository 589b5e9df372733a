"""A Telegram Bot API emulator for end-to-end tests (see _server.py)."""

from tests.emulator._html import EntityError, parse_html, utf16_len
from tests.emulator._server import ApiError, BotApiEmulator, Call, SentMessage, SimUser, channel_post

__all__ = ["ApiError", "BotApiEmulator", "Call", "EntityError", "SentMessage", "SimUser", "channel_post",
           "parse_html", "utf16_len"]
