"""Bot-only runtime settings (limits, pools, webhook secret); paths and admins live in advisor.Settings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot._errors import BotConfigError

# Telegram tokens look like "123456789:AAH..." (numeric bot id, colon, 35 url-safe characters).
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,100}$")


@dataclass(frozen=True)
class BotSettings:
    """How the bot paces itself. Defaults suit one shop's bot on a small machine."""

    workers: int = 2  # threads running advisor work (model inference) off the event loop
    flood_messages: int = 5  # a user may send this many messages ...
    flood_window_s: float = 10.0  # ... per this many seconds; the rest wait (the latest one is answered)
    flood_button_presses: int = 12  # button presses per window, counted apart from messages
    overall_max_rate: float = 30.0  # Telegram: about 30 messages per second over all chats
    group_max_rate: float = 20.0  # Telegram: about 20 messages per minute in one group
    group_time_period: float = 60.0
    private_chat_interval_s: float = 1.0  # Telegram: about one message a second in one private chat
    max_retries: int = 3  # retries of a request answered 429 (waits retry_after each time)
    connect_retries: int = 3  # extra attempts at reaching the API on start-up before giving up
    history_limit: int = 10  # requests shown by /history
    max_text_chars: int = 1000  # longer messages are cut before reaching the advisor
    progress_interval_s: float = 2.0  # minimum gap between edits of the /retrain status message
    file_url: str | None = None  # file download base; derived from the API URL when None
    concurrent_updates: int = 64
    # How often a process checks the registry and the catalog for a change made by another process
    # (a promotion in another webhook worker); the check reads one small file and stats another.
    model_check_interval_s: float = 5.0

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise BotConfigError(f"workers must be at least 1, got {self.workers}.")
        if self.flood_messages < 1 or self.flood_button_presses < 1 or self.flood_window_s <= 0:
            raise BotConfigError("flood control needs flood_messages >= 1, flood_button_presses >= 1 "
                                 "and flood_window_s > 0.")
        if (self.overall_max_rate <= 0 or self.group_max_rate <= 0 or self.group_time_period <= 0
                or self.private_chat_interval_s < 0):
            raise BotConfigError("rate limits must be positive numbers.")
        if self.max_retries < 0 or self.connect_retries < 0:
            raise BotConfigError("retry counts cannot be negative.")
        if self.history_limit < 1 or self.max_text_chars < 1 or self.concurrent_updates < 1:
            raise BotConfigError("history_limit, max_text_chars and concurrent_updates must be at least 1.")
        if self.model_check_interval_s <= 0:
            raise BotConfigError("model_check_interval_s must be a positive number of seconds.")


def check_token(token: str | None) -> str:
    """The token when it is present and well-formed; BotConfigError otherwise (never echoing it)."""
    if not token:
        raise BotConfigError("TELEGRAM_BOT_TOKEN is not set: export the token @BotFather gave you.")
    if not TOKEN_PATTERN.match(token):
        raise BotConfigError("TELEGRAM_BOT_TOKEN is not a valid bot token (expected <digits>:<35 characters>).")
    return token


def file_url_for(api_url: str) -> str:
    """The file-download base URL that matches a Bot API base URL (".../bot" -> ".../file/bot")."""
    base = api_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("/bot")] + "/file/bot"
    return base + "/file/bot"
