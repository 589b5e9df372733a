"""All wiring: `build_application` (handlers, rate limiting, error handling) and the two ways to run it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from advisor import AdvisorError, Settings
from bot import _handlers_admin as admin
from bot import _handlers_shop as shop
from bot._callbacks import CallbackCodec
from bot._delivery import AnswerOnce, tell_interrupted
from bot._errors import BotConfigError, BotConnectionError
from bot._flood import Admission, FloodGate, Lane
from bot._handlers_buttons import button
from bot._identity import person_of
from bot._inline import inline_query
from bot._load_watch import watch_model_load
from bot._logging import describe_error, protect_token, redact
from bot._model_watch import watch_served_model
from bot._replying import addressed_text, send_html
from bot._services import AdvisorContext, Services, attach, services_of
from bot._settings import BotSettings, check_token, file_url_for
from bot._store import open_store
from bot._texts import say
from bot._training import RetrainJob

if TYPE_CHECKING:
    from advisor import Advisor

log = logging.getLogger(__name__)

_PURGE_EVERY_S = 3600.0
_GIL_SWITCH_S = 0.0005
"""How long a busy thread keeps the GIL from a waiting one (CPython's default: 5 ms). The event loop
gives the GIL up at every socket call and waits that long to get it back while advisor threads run
Python: a reply that makes twenty socket calls waited 100 ms (bench/bot_burst.py --blame found the
late loop in socket writes and getpeername)."""
_BACKOFF_S = (0.5, 1.0, 2.0, 4.0)
_PRIVACY_COMMANDS = frozenset({"privacy", "forget", "consent"})

_COMMANDS = {
    "en": [("start", "Introduction and examples"), ("help", "What I can do"), ("reset", "Start over"),
           ("compare", "Compare phones: /compare A vs B"), ("history", "Recent requests and likes"),
           ("lang", "English or 中文"), ("privacy", "What is stored"), ("consent", "Allow use for retraining"),
           ("forget", "Delete my data")],
    "zh": [("start", "介绍和示例"), ("help", "功能说明"), ("reset", "重新开始"), ("compare", "对比手机：/compare A vs B"),
           ("history", "最近的请求和喜欢"), ("lang", "English 或 中文"), ("privacy", "存储了什么"),
           ("consent", "允许用于训练"), ("forget", "删除我的数据")],
}


class RetryingRateLimiter(AIORateLimiter):
    """Telegram's flood limits (overall, per group, and about one message a second in a private chat,
    which a split answer would exceed), 429 retry_after honoured, and connection errors retried with
    backoff. Read timeouts are not retried: the message may have gone out."""

    def __init__(self, *, private_chat_interval_s: float = 1.0, **limits):
        super().__init__(**limits)
        self._private_interval = private_chat_interval_s
        self._next_slot: dict[int, float] = {}  # private chat id -> earliest time of its next message

    def _private_chat(self, endpoint: str, data: dict) -> int | None:
        """The private chat a message goes to, when it is paced; None otherwise."""
        if not self._private_interval or not endpoint.startswith("send") or endpoint == "sendChatAction":
            return None
        try:
            chat_id = int(data["chat_id"])
        except (KeyError, TypeError, ValueError):
            return None
        return chat_id if chat_id > 0 else None  # groups and channels: AIORateLimiter's group limit applies

    async def _pace_private_chat(self, chat_id: int | None) -> None:
        if chat_id is None:
            return
        now = asyncio.get_running_loop().time()
        if len(self._next_slot) > 10_000:
            self._next_slot = {c: t for c, t in self._next_slot.items() if t > now}
        slot = max(now, self._next_slot.get(chat_id, 0.0))  # reserved before awaiting: order is kept
        self._next_slot[chat_id] = slot + self._private_interval
        if slot > now:
            await asyncio.sleep(slot - now)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        chat_id = self._private_chat(endpoint, data)
        await self._pace_private_chat(chat_id)
        try:
            return await self._send_with_retries(callback, args, kwargs, endpoint, data, rate_limit_args)
        finally:
            if chat_id is not None:
                # Count the interval from when the message went out (the overall limit may have held
                # it): two messages never reach one private chat closer than the interval.
                done = asyncio.get_running_loop().time() + self._private_interval
                self._next_slot[chat_id] = max(self._next_slot.get(chat_id, 0.0), done)

    async def _send_with_retries(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        attempt = 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == len(_BACKOFF_S) or endpoint == "getUpdates":  # the updater has its own retry loop
                    raise
                delay = _BACKOFF_S[attempt]
                attempt += 1
                log.warning("Bot API %s failed (%s); retrying in %.1f s", endpoint, exc, delay)
                await asyncio.sleep(delay)


def build_application(settings: Settings, advisor: Advisor, bot_settings: BotSettings | None = None, *,
                      updater: bool = True) -> Application:
    """The configured Application: handlers, store, rate limiter, error handler. Does not start it.

    `updater=False` builds it without an Updater, for a web server that feeds its update queue
    (bot/_webhook.py)."""
    bot_settings = bot_settings or BotSettings()
    token = check_token(settings.telegram_token)
    protect_token(token)
    # Opt in to timedelta durations (PTB 22.2+): without it, PTB itself warns each time a 429 arrives.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    sys.setswitchinterval(min(sys.getswitchinterval(), _GIL_SWITCH_S))
    services = Services(
        settings=settings, bot_settings=bot_settings, advisor=advisor,
        store=open_store(settings),
        codec=CallbackCodec(token),
        flood=FloodGate(bot_settings.flood_messages, bot_settings.flood_window_s, bot_settings.flood_button_presses),
        executor=ThreadPoolExecutor(bot_settings.workers, thread_name_prefix="advisor"), retrain=RetrainJob(),
    )
    limiter = RetryingRateLimiter(overall_max_rate=bot_settings.overall_max_rate, overall_time_period=1,
                                  group_max_rate=bot_settings.group_max_rate,
                                  group_time_period=bot_settings.group_time_period,
                                  max_retries=bot_settings.max_retries,
                                  private_chat_interval_s=bot_settings.private_chat_interval_s)
    builder = Application.builder() if updater else Application.builder().updater(None)
    application = (
        builder.token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(bot_settings.file_url or file_url_for(settings.telegram_api_url))
        .rate_limiter(limiter)
        .concurrent_updates(AnswerOnce(bot_settings.concurrent_updates, services))
        .context_types(ContextTypes(context=AdvisorContext))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .job_queue(None)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    attach(application.bot_data, services)
    _add_handlers(application)
    return application


def _add_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, _gate), group=-1)
    new = filters.UpdateType.MESSAGE
    commands = {
        "start": shop.start, "help": shop.help_command, "reset": shop.reset, "lang": shop.lang,
        "compare": shop.compare, "history": shop.history, "privacy": shop.privacy, "forget": shop.forget,
        "consent": shop.consent, "retrain": admin.retrain, "models": admin.models, "rollback": admin.rollback,
        "stats": admin.stats,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=new))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_handler(MessageHandler(new & filters.Document.ALL, admin.catalog_upload))
    application.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, shop.text_message))
    application.add_handler(MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, shop.help_command))
    application.add_handler(MessageHandler(new & ~filters.TEXT & ~filters.COMMAND, shop.unsupported_message))
    # Edited messages and channel posts reach no handler: the bot answers new messages from people only.
    application.add_handler(TypeHandler(Update, _tell_about_damaged_data), group=1)
    application.add_error_handler(_on_error)


async def _gate(update: Update, context: AdvisorContext) -> None:
    """Hold a sender's updates over the flood limit until their turn (a newer one in the same lane
    supersedes a waiting one: the latest request is answered). Re-delivered updates never get here:
    bot/_delivery.py skips those already answered."""
    services = context.services
    chat = update.effective_chat
    if chat is None or not _for_bot(update, context):
        return
    person = person_of(update)
    sender = person.id if person is not None else ("chat", chat.id)  # shared identities share one budget
    lane = _lane(update)
    lang = services.language(update)

    async def tell() -> None:
        await send_html(update, say(lang, "flood"))

    admission = await services.flood.admit(sender, lane, tell if lane is Lane.MESSAGE else None,
                                           order=update.update_id)
    if admission is Admission.SUPERSEDED:
        if update.callback_query is not None:
            await update.callback_query.answer(say(lang, "flood_button"))
        raise ApplicationHandlerStop


def _lane(update: Update) -> Lane:
    """Buttons and messages are paced apart; privacy commands are never held back."""
    if update.callback_query is not None:
        return Lane.BUTTON
    text = update.message.text if update.message is not None else None
    command = text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower() if text and text.startswith("/") else ""
    return Lane.PRIVACY if command in _PRIVACY_COMMANDS else Lane.MESSAGE


async def _tell_about_damaged_data(update: Update, context: AdvisorContext) -> None:
    """After a handler: tell a user once that part of their stored data was damaged and was reset."""
    user = update.effective_user
    if user is not None and update.effective_chat is not None and context.services.store.take_unreadable(user.id):
        await send_html(update, say(context.services.language(update), "data_damaged"))


def _for_bot(update: Update, context: AdvisorContext) -> bool:
    """Whether the bot would act on this update (flood control counts only those)."""
    if update.callback_query is not None:
        return True
    message = update.message
    if message is None:
        return False
    if message.text and message.text.startswith("/"):
        return True
    return addressed_text(update, context.bot.id, context.bot.username) is not None or (
        message.chat.type == "private")


async def _on_error(update: object, context: AdvisorContext) -> None:
    """Log every handler error by type and place, then answer the user politely."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    # Not the message nor the traceback text: both can quote what the user wrote (an unknown phone
    # in /compare), and logs are beyond the reach of retention and /forget.
    if isinstance(error, AdvisorError):  # the request could not be served (an unknown phone): answered below
        log.info("update %s answered with an advisor error: %s", update_id, describe_error(error))
    else:
        log.error("error while handling update %s: %s", update_id, describe_error(error))
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    services = context.services
    lang = services.language(update)
    text = say(lang, "advisor_error", reason=str(error)) if isinstance(error, AdvisorError) else say(lang, "error")
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        await send_html(update, text)
    except TelegramError:
        log.warning("could not send the error reply", exc_info=True)


async def _post_init(application: Application) -> None:
    for language, commands in _COMMANDS.items():
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in commands],
                                              language_code=None if language == "en" else language)
    application.bot_data["purge_task"] = asyncio.create_task(_purge_forever(application))
    services = services_of(application)
    services.spawn(watch_model_load(services))
    services.spawn(watch_served_model(services, services.bot_settings.model_check_interval_s))
    services.spawn(tell_interrupted(application, services))


async def _purge_forever(application: Application) -> None:
    store = services_of(application).store
    while True:
        try:
            removed = store.purge()
            if removed:
                log.info("retention: purged %d old rows", removed)
        except Exception:  # purging must never take the bot down
            log.exception("retention purge failed")
        await asyncio.sleep(_PURGE_EVERY_S)


async def _post_shutdown(application: Application) -> None:
    task = application.bot_data.pop("purge_task", None)
    if task is not None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    await services_of(application).shutdown()




async def check_api(settings: Settings, bot_settings: BotSettings | None = None) -> str | None:
    """Ask the Bot API who we are; the bot's @username (None only for an account without one, which a bot never
    is), or BotConfigError/BotConnectionError in one line."""
    bot_settings = bot_settings or BotSettings()
    token = check_token(settings.telegram_token)
    protect_token(token)
    bot = ExtBot(token, base_url=settings.telegram_api_url,
                 base_file_url=bot_settings.file_url or file_url_for(settings.telegram_api_url))
    last: Exception | None = None
    try:
        for attempt in range(bot_settings.connect_retries + 1):
            try:
                return (await bot.get_me()).username
            except InvalidToken:
                raise BotConfigError(
                    "The Bot API rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token.") from None
            except TelegramError as exc:
                last = exc
                if attempt < bot_settings.connect_retries:
                    await asyncio.sleep(_BACKOFF_S[min(attempt, len(_BACKOFF_S) - 1)])
    finally:
        await bot.request.shutdown()
    url = urlsplit(settings.telegram_api_url)
    raise BotConnectionError(f"Cannot reach the Telegram Bot API at {url.scheme}://{url.netloc}: {redact(str(last))}.")


@contextlib.contextmanager
def _token_rejection_as_config_error(application: Application) -> Iterator[None]:
    """python-telegram-bot's InvalidToken names the token; the operator gets one redacted line instead.

    The body runs the application with `close_loop=False`: on a rejection its HTTP connections are
    closed on that loop before it is closed here."""
    loop = None
    try:
        yield
    except InvalidToken:
        loop = asyncio.get_event_loop()
        with contextlib.suppress(Exception):
            loop.run_until_complete(application.bot.request.shutdown())
        raise BotConfigError("The Bot API rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token.") from None
    finally:
        loop = loop or asyncio.get_event_loop()
        if not loop.is_closed():
            loop.close()


def run_polling(settings: Settings, advisor: Advisor, bot_settings: BotSettings | None = None) -> None:
    """Serve with long polling until SIGINT/SIGTERM; in-flight replies finish and the store is flushed."""
    application = build_application(settings, advisor, bot_settings)
    with _token_rejection_as_config_error(application):
        application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1, close_loop=False)
