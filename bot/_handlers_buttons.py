"""Inline button presses: one small handler per action, behind one router that checks the data."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from advisor import Answer, Phone, Session
from bot import _callbacks as cb
from bot._charts import send_answer
from bot._handlers_admin import catalog_button, rollback_button
from bot._identity import answer_owner, person_of
from bot._replying import typing
from bot._services import AdvisorContext
from bot._texts import say

ButtonHandler = Callable[[Update, AdvisorContext, cb.Press], Awaitable[None]]


async def button(update: Update, context: AdvisorContext) -> None:
    """Route a button press; stale or forged data, or a press on someone else's answer, is answered
    politely and changes nothing (a button never acts for the presser on another person's answer)."""
    query = update.callback_query
    if query is None:
        return
    services = context.services
    presser = person_of(update)
    if presser is None or answer_owner(update) != presser.id:
        await query.answer(say(services.language(update), "not_your_button"), show_alert=True)
        return
    data = services.codec.decode(query.data)
    if data is None or not _current(data, services.advisor.catalog):
        await query.answer(say(services.language(update), "stale_button"))
        return
    await _ROUTES[data.action](update, context, cb.Press(query, presser.id, data))


def _current(data: cb.ButtonData, catalog) -> bool:
    """True when a button naming phones was drawn from the catalog in use and its positions exist."""
    if data.action not in cb.CATALOG_ACTIONS:
        return True
    positions = data.positions
    return (data.tag == cb.catalog_tag(catalog.fingerprint) and bool(positions)
            and all(p < len(catalog) for p in positions))


def _phones(context: AdvisorContext, data: cb.ButtonData) -> list[Phone]:
    catalog = context.services.advisor.catalog
    return [catalog[p] for p in data.positions]


async def on_like(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Record that the user likes a phone (with the request it answered)."""
    await _feedback(update, context, press, liked=True)


async def on_dislike(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Record that the user does not like a phone."""
    await _feedback(update, context, press, liked=False)


async def _feedback(update: Update, context: AdvisorContext, press: cb.Press, liked: bool) -> None:
    services = context.services
    user_id = press.user_id
    phone = _phones(context, press.data)[0]
    services.store.add_feedback(user_id, phone.id, liked, services.store.last_query(user_id))
    key = "liked" if liked else "disliked"
    await press.query.answer(say(services.language(update), key, phone=phone.display_name))


async def on_details(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Show the full specs of one phone."""
    phone_id = _phones(context, press.data)[0].id
    context.services.store.add_opened(press.user_id, phone_id)
    await _advisor_turn(update, context, press, lambda session: session.details(phone_id))


async def on_more(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Show the next page of results for the same filters."""
    await _advisor_turn(update, context, press, lambda session: session.more())


async def on_compare(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Compare the top picks of an answer side by side."""
    ids = [p.id for p in _phones(context, press.data)]
    await _advisor_turn(update, context, press, lambda session: session.compare(ids))


async def on_unfilter(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Remove one filter and search again."""
    slot = press.data.args
    await _advisor_turn(update, context, press, lambda session: session.remove_filter(slot))


async def on_consent(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Record the answer to the consent question and replace the question with it."""
    services = context.services
    agreed = press.data.action == cb.CONSENT_YES
    services.store.set_consent(press.user_id, agreed)
    await press.query.answer()
    await press.query.edit_message_text(say(services.language(update), "consent_on" if agreed else "consent_off"))


async def _advisor_turn(update: Update, context: AdvisorContext, press: cb.Press,
                        turn: Callable[[Session], Answer]) -> None:
    services = context.services
    await press.query.answer()
    async with typing(update.effective_chat):
        answer = await services.converse(press.user_id, turn)
    await send_answer(update, services, answer)


_ROUTES: dict[str, ButtonHandler] = {
    cb.LIKE: on_like,
    cb.DISLIKE: on_dislike,
    cb.DETAILS: on_details,
    cb.MORE: on_more,
    cb.COMPARE: on_compare,
    cb.UNFILTER: on_unfilter,
    cb.CONSENT_YES: on_consent,
    cb.CONSENT_NO: on_consent,
    cb.ROLLBACK: rollback_button,
    cb.CATALOG_CONFIRM: catalog_button,
    cb.CATALOG_CANCEL: catalog_button,
}
