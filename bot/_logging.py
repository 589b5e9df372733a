"""Keep the bot token out of every log line.

The token is part of every Bot API URL, so httpx (INFO request lines), python-telegram-bot (debug
lines naming the base URL) and exception messages can all carry it. httpx is kept at WARNING, and a
log record factory redacts the token from the message, its arguments and the formatted traceback
of every record, whichever handler (console, file, pytest's caplog) ends up writing it.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import PurePath

REDACTED = "<redacted-token>"

_lock = threading.Lock()
_secrets: set[str] = set()
_installed = False


def redact(text: str) -> str:
    """`text` with every registered secret replaced."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def describe_error(error: BaseException | None) -> str:
    """An exception's type and where it was raised ("KeyError at bot/_render.py:88 in render_answer
    <- bot/_handlers_shop.py:95 in compare"), without its message: messages can quote user text."""
    if error is None:
        return "unknown error"
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    where = " <- ".join(f"{_short(f.filename)}:{f.lineno} in {f.name}" for f in reversed(frames))
    kinds = [type(error).__name__]
    cause = error.__cause__ or error.__context__
    while cause is not None and len(kinds) < 4:
        kinds.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    return f"{' from '.join(kinds)} at {where or 'an unknown place'}"


def _short(filename: str) -> str:
    """The last two parts of a source path (package/module.py): no home directory in the logs."""
    return "/".join(PurePath(filename).parts[-2:])


def protect_token(token: str) -> None:
    """Quiet httpx and redact `token` from all log records from now on (idempotent)."""
    global _installed  # noqa: PLW0603 - the filter is process-wide, installed once under _lock
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    with _lock:
        _secrets.add(token)
        # The bot id alone is public; the secret half is what must never leak.
        _secrets.add(token.split(":", 1)[-1])
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: object, **kwargs: object) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            _scrub(record)
            return record

        logging.setLogRecordFactory(factory)
        _install_excepthooks()
        _installed = True


def _install_excepthooks() -> None:
    """Uncaught exceptions (main thread, other threads) are printed with the token redacted: an
    exception such as python-telegram-bot's InvalidToken names the token in its message."""
    previous_thread_hook = threading.excepthook  # the previous sys.excepthook is replaced, not chained

    def hook(kind, value, tb) -> None:
        text = redact("".join(traceback.format_exception(kind, value, tb)))
        sys.stderr.write(text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            previous_thread_hook(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        sys.stderr.write(f"Exception in thread {name}:\n")
        return hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook, threading.excepthook = hook, thread_hook


def _scrub(record: logging.LogRecord) -> None:
    if not _secrets:
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a malformed record is logging's business, not ours
        return
    cleaned = redact(message)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        text = logging.Formatter().formatException(record.exc_info)
        record.exc_text = redact(text)
