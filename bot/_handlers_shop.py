"""Shopper commands and messages: one small handler per action."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, User

from advisor import CatalogError
from bot import _callbacks as cb
from bot._charts import send_answer
from bot._identity import person_of
from bot._replying import addressed_text, in_group, send_html, typing
from bot._services import AdvisorContext, Services
from bot._share import open_shared
from bot._texts import say

_LANGUAGE_NAMES = {"en": "en", "english": "en", "zh": "zh", "cn": "zh", "chinese": "zh", "中文": "zh"}


async def _person(update: Update, context: AdvisorContext) -> User | None:
    """The person behind a personal command; a sender who is a group or channel is told why not."""
    person = person_of(update)
    if person is None and update.effective_chat is not None:
        await send_html(update, say(context.services.language(update), "not_a_person"))
    return person


async def start(update: Update, context: AdvisorContext) -> None:
    """Greet the user in their language and show example requests; a share link's payload shows what it shared."""
    services = context.services
    if context.args and await open_shared(update, context, context.args[0]):
        return
    user = person_of(update)
    if user is not None:
        services.store.touch_user(user.id)
    name = (user.first_name or user.username or "") if user else ""
    await send_html(update, say(services.language(update), "start", name=name))


async def help_command(update: Update, context: AdvisorContext) -> None:
    """List what the bot can do."""
    await send_html(update, say(context.services.language(update), "help"))


async def reset(update: Update, context: AdvisorContext) -> None:
    """Forget the current filters and start the conversation over."""
    services = context.services
    user = await _person(update, context)
    if user is None:
        return
    await services.converse(user.id, lambda session: session.reset())
    await send_html(update, say(services.language(update), "reset"))


async def lang(update: Update, context: AdvisorContext) -> None:
    """Choose English or Chinese (/lang en, /lang zh; without argument: switch)."""
    services = context.services
    user = await _person(update, context)
    if user is None:
        return
    current = services.language(update)
    if context.args:
        choice = _LANGUAGE_NAMES.get(context.args[0].lower())
        if choice is None:
            await send_html(update, say(current, "lang_usage"))
            return
    else:
        choice = "zh" if current == "en" else "en"
    services.store.set_language(user.id, choice)
    await send_html(update, say(choice, "lang_set"))


async def text_message(update: Update, context: AdvisorContext) -> None:
    """Send a shopper's message to the advisor and answer with picks and buttons."""
    services = context.services
    text = addressed_text(update, context.bot.id, context.bot.username)
    if text is None:
        return  # a group message not meant for the bot
    if not text.strip():
        await send_html(update, say(services.language(update), "empty_text"))
        return
    user = person_of(update)  # None: answered afresh, nothing kept (see bot/_identity.py)
    language = services.store.touch_user(user.id).language if user else None
    limit = services.bot_settings.max_text_chars
    async with typing(update.effective_chat):
        answer = await services.converse(user.id if user else None,
                                         lambda session: session.ask(text[:limit], language=language),
                                         query=text[:limit])
    if len(text) > limit:
        await send_html(update, say(answer.language, "too_long", limit=limit))
    await send_answer(update, services, answer)


async def compare(update: Update, context: AdvisorContext) -> None:
    """Compare phones named in the command: /compare iPhone 16 vs Pixel 9."""
    services = context.services
    names = " ".join(context.args or []).strip()
    if not names:
        await send_html(update, say(services.language(update), "compare_usage"))
        return
    user = person_of(update)
    language = services.store.touch_user(user.id).language if user else None
    request = f"compare {names}"
    async with typing(update.effective_chat):
        answer = await services.converse(user.id if user else None,
                                         lambda session: session.ask(request, language=language), query=request)
    await send_answer(update, services, answer)


async def history(update: Update, context: AdvisorContext) -> None:
    """Show the user's recent requests and the phones they liked (in a private chat only)."""
    services = context.services
    lang = services.language(update)
    if update.effective_chat is None or update.effective_chat.type != "private":
        await send_html(update, say(lang, "history_private"))
        return
    user = await _person(update, context)
    if user is None:
        return
    entries = services.store.history(user.id, services.bot_settings.history_limit)
    liked = services.store.liked(user.id)
    if not entries and not liked:
        await send_html(update, say(lang, "history_empty"))
        return
    lines = []
    if entries:
        lines.append(say(lang, "history_title"))
        lines += [f"• {html.escape(e.query[:200], quote=False)}" for e in entries]
    if liked:
        lines.append(say(lang, "history_liked"))
        lines += [f"• {html.escape(_phone_name(services, pid), quote=False)}" for pid in liked[:20]]
    await send_html(update, "\n".join(lines))


async def privacy(update: Update, context: AdvisorContext) -> None:
    """Say exactly what is stored, where and for how long: table by table, from the store itself."""
    services = context.services
    store = services.store
    user = person_of(update)
    lang = services.language(update)
    record = store.user(user.id) if user else None
    values = {"consent": say(lang, "yes" if record and record.consent else "no"),
              "update_days": f"{store.update_id_days:g}", "days": f"{store.retention_days:g}"}
    lines = [say(lang, f"privacy_head_{store.dialect}", name=store.name)]
    lines += [f"• <code>{table}</code>: {say(lang, f'privacy_table_{table}', **values)}" for table in store.tables()]
    lines.append(say(lang, "privacy_tail", days=f"{store.retention_days:g}"))
    await send_html(update, "\n".join(lines))


async def forget(update: Update, context: AdvisorContext) -> None:
    """Delete everything stored about the user, immediately."""
    services = context.services
    user = await _person(update, context)
    if user is None:
        return
    lang = services.language(update)
    await services.forget_user(user.id)
    await send_html(update, say(lang, "forgotten"))


async def consent(update: Update, context: AdvisorContext) -> None:
    """Opt in to or out of retraining use (/consent yes|no; without argument: ask with buttons)."""
    services = context.services
    user = await _person(update, context)
    if user is None:
        return
    lang = services.language(update)
    arg = (context.args or [""])[0].lower()
    if arg in {"yes", "y", "agree", "on", "同意", "是"}:
        services.store.set_consent(user.id, True)
        await send_html(update, say(lang, "consent_on"))
        return
    if arg in {"no", "n", "withdraw", "off", "不同意", "否", "撤回"}:
        services.store.set_consent(user.id, False)
        await send_html(update, say(lang, "consent_off"))
        return
    record = services.store.user(user.id)
    state = say(lang, "yes" if record and record.consent else "no")
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(say(lang, "button_yes"), callback_data=services.codec.encode(cb.CONSENT_YES)),
        InlineKeyboardButton(say(lang, "button_no"), callback_data=services.codec.encode(cb.CONSENT_NO)),
    ]])
    await send_html(update, say(lang, "consent_ask", consent=state), keyboard)


async def unsupported_message(update: Update, context: AdvisorContext) -> None:
    """Stickers, photos, voice and other non-text messages: say that only text is understood."""
    if in_group(update):
        message = update.effective_message
        reply_to = message.reply_to_message if message else None
        if reply_to is None or reply_to.from_user is None or reply_to.from_user.id != context.bot.id:
            return  # group chatter not meant for the bot
    await send_html(update, say(context.services.language(update), "unsupported_update"))


def _phone_name(services: Services, phone_id: str) -> str:
    try:
        return services.advisor.catalog.get(phone_id).display_name
    except CatalogError:  # a liked phone may have left the catalog since
        return phone_id
