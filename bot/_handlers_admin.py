"""Admin commands and buttons. Each handler checks the sender itself and writes the audit log."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from advisor import AdvisorError, CatalogImportError
from bot import _admin_view as admin_view
from bot import _callbacks as cb
from bot import _catalog_upload as upload
from bot import _models
from bot._errors import RetrainArgumentError
from bot._handlers_shop import unsupported_message
from bot._logging import describe_error
from bot._replying import send_html
from bot._services import AdvisorContext, Services
from bot._texts import say
from bot._training import (
    RetrainBusy,
    RetrainFailed,
    TrainingOutcome,
    check_overrides,
    describe_progress,
    parse_overrides,
)

log = logging.getLogger(__name__)

_REASON_CHARS = 3000  # escaped, it can grow (& -> &amp;): still far below 4,096 with the text around it


async def require_admin(update: Update, context: AdvisorContext, action: str, detail: str = "") -> int | None:
    """The admin's user id; None after refusing anyone else politely. Both outcomes go to the audit log, but a
    refused shopper's `detail` (their free text, a file name) is never stored: only the command."""
    services = context.services
    user = update.effective_user
    allowed = services.is_admin(user.id if user else None)
    services.store.audit(user.id if user else 0, action, allowed, detail if allowed else "")
    if not allowed:
        log.warning("refused admin action %s for user %s", action, user.id if user else None)
        text = say(services.language(update), "not_admin")
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        else:
            await send_html(update, text)
    return user.id if allowed and user is not None else None


async def retrain(update: Update, context: AdvisorContext) -> None:
    """Start retraining in a separate process; a status message shows progress and the outcome."""
    args = list(context.args or [])
    admin_id = await require_admin(update, context, "retrain", " ".join(args))
    if admin_id is None:
        return
    services = context.services
    lang = services.language(update)
    try:
        overrides = parse_overrides(args)
        check_overrides(overrides)
    except RetrainArgumentError as exc:
        await send_html(update, say(lang, "retrain_bad_args", reason=str(exc)))
        return
    try:
        services.retrain.claim()
    except RetrainBusy:
        await send_html(update, say(lang, "retrain_running"))
        return
    try:
        status = await send_html(update, say(lang, "retrain_started"))
        pairs = await services.off_loop(services.store.export_training_pairs)  # decrypts every opted-in like
    except BaseException:
        services.retrain.release()
        raise
    services.spawn(_run_retrain(services, status, lang, overrides, pairs, admin_id))


async def _run_retrain(services: Services, status: Message | None, lang: str, overrides: dict,
                       pairs: list[tuple[str, str]], admin_id: int) -> None:
    last_edit = 0.0

    async def progress(info) -> None:
        nonlocal last_edit
        if status is None or time.monotonic() - last_edit < services.bot_settings.progress_interval_s:
            return
        last_edit = time.monotonic()
        await _edit(status, say(lang, "retrain_progress", stage=describe_progress(info)))

    try:
        outcome = await services.retrain.run(services.settings, overrides, pairs, progress)
        if outcome.promoted:
            version = await asyncio.to_thread(services.advisor.reload)
            text = say(lang, "retrain_promoted", version=version, metrics=_metrics_text(outcome))
        else:
            text = say(lang, "retrain_rejected", version=outcome.version_id, metrics=_metrics_text(outcome))
        services.store.audit(admin_id, "retrain_result", True, "promoted" if outcome.promoted else "rejected")
    except RetrainFailed as exc:
        text = say(lang, "retrain_failed", reason=str(exc))
        services.store.audit(admin_id, "retrain_result", True, f"failed: {exc}")
    except AdvisorError as exc:
        log.error("reloading after retraining failed", exc_info=exc)
        text = say(lang, "retrain_failed", reason=str(exc))
    if status is not None:
        await _edit(status, text)


def _metrics_text(outcome: TrainingOutcome) -> str:
    return "\n".join([outcome.reason, *(f"{name}: {value}" for name, value in outcome.metrics)])


async def _edit(message: Message, text: str) -> None:
    with contextlib.suppress(BadRequest):  # "message is not modified" and similar are harmless here
        await message.edit_text(text[:4000])


async def models(update: Update, context: AdvisorContext) -> None:
    """List the model versions (held-out nDCG against the base model), marking the one in use, with a picture."""
    if await require_admin(update, context, "models") is None:
        return
    await admin_view.send_models(update, context.services)


async def rollback(update: Update, context: AdvisorContext) -> None:
    """Ask for confirmation before returning to the previously served model version."""
    if await require_admin(update, context, "rollback") is None:
        return
    services = context.services
    lang = services.language(update)
    if not await asyncio.to_thread(_models.can_roll_back, services.settings):
        await send_html(update, say(lang, "rollback_none"))
        return
    current = services.advisor.model_version
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(
        say(lang, "rollback_button"), callback_data=services.codec.encode(cb.ROLLBACK, current[:40]))]])
    await send_html(update, say(lang, "rollback_confirm", current=current), keyboard)


async def rollback_button(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """Confirmed rollback: switch the registry back and swap the model in without a restart."""
    if await require_admin(update, context, "rollback_confirm", press.data.args) is None:
        return
    services = context.services
    lang = services.language(update)
    query = press.query
    await query.answer()
    if press.data.args != services.advisor.model_version[:40]:
        await query.edit_message_text(say(lang, "stale_button"))  # the model changed since the question
        return
    try:
        await asyncio.to_thread(_models.rollback, services.settings)
    except AdvisorError as exc:
        await query.edit_message_text(say(lang, "advisor_error", reason=str(exc)))
        return
    version = await asyncio.to_thread(services.advisor.reload)
    await query.edit_message_text(say(lang, "rollback_done", version=version))


async def stats(update: Update, context: AdvisorContext) -> None:
    """Users, requests and latency per day, model loading time apart, with a picture."""
    if await require_admin(update, context, "stats") is None:
        return
    await admin_view.send_stats(update, context.services)


async def catalog_upload(update: Update, context: AdvisorContext) -> None:
    """An admin's CSV document in a private chat: check and stage it, then ask before replacing the catalog."""
    document = update.effective_message.document if update.effective_message else None
    if document is None:
        return
    services = context.services
    lang = services.language(update)
    is_csv = (document.file_name or "").lower().endswith(".csv") or document.mime_type == "text/csv"
    if not is_csv and not services.is_admin(update.effective_user.id if update.effective_user else None):
        await unsupported_message(update, context)  # a shopper's file: not an import attempt
        return
    admin_id = await require_admin(update, context, "catalog_upload", document.file_name or "")
    if admin_id is None:
        return
    if update.effective_chat is None or update.effective_chat.type != "private":
        await send_html(update, say(lang, "import_private"))
        return
    if not is_csv:
        await send_html(update, say(lang, "import_not_csv"))
        return
    if not document.file_size or document.file_size > upload.MAX_CATALOG_BYTES:
        reason = "the file is larger than 10 MB" if document.file_size else "its size is unknown; send it again"
        await send_html(update, _import_failed(lang, reason))
        return
    token, path = await asyncio.to_thread(upload.new_upload_path, services.settings)
    try:
        await (await document.get_file()).download_to_drive(path)
        if path.stat().st_size > upload.MAX_CATALOG_BYTES:
            raise CatalogImportError("the file is larger than 10 MB")
        staged = await asyncio.to_thread(upload.stage, services.settings, token, path)
    except AdvisorError as exc:
        services.store.audit(admin_id, "catalog_import_result", True, f"refused: {exc}"[:500])
        await send_html(update, _import_failed(lang, str(exc)))
        return
    finally:
        path.unlink(missing_ok=True)
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton(say(lang, "import_replace_button"), callback_data=services.codec.encode(
            cb.CATALOG_CONFIRM, token)),
        InlineKeyboardButton(say(lang, "import_cancel_button"), callback_data=services.codec.encode(
            cb.CATALOG_CANCEL, token)),
    ]])
    await send_html(update, say(lang, "import_confirm", count=staged.phones, current=len(services.advisor.catalog)),
                    keyboard)


async def catalog_button(update: Update, context: AdvisorContext, press: cb.Press) -> None:
    """The admin's answer to "replace the catalog?": swap the staged catalog in, or discard it."""
    if await require_admin(update, context, "catalog_confirm", press.data.args) is None:
        return
    services = context.services
    lang = services.language(update)
    query = press.query
    await query.answer()
    if press.data.action == cb.CATALOG_CANCEL:
        await asyncio.to_thread(upload.discard, services.settings, press.data.args)
        await query.edit_message_text(say(lang, "import_cancelled"))
        return
    try:
        staged = upload.staged_path(services.settings, press.data.args)
        count = await asyncio.to_thread(upload.swap, services.settings, services.advisor, staged)
    except Exception as exc:  # noqa: BLE001 - the old catalog is back whatever failed; say what it was
        log.error("catalog swap failed: %s", describe_error(exc))
        reason = str(exc) if isinstance(exc, AdvisorError) else f"{type(exc).__name__} while loading it"
        services.store.audit(press.user_id, "catalog_import_result", True, f"failed: {reason}"[:500])
        await query.edit_message_text(_import_failed(lang, reason))
        return
    services.store.audit(press.user_id, "catalog_import_result", True, f"{count} phones")
    await query.edit_message_text(say(lang, "import_done", count=count))


def _import_failed(lang: str, reason: str) -> str:
    """The refusal, with the reason cut so that the message fits Telegram's 4,096 characters."""
    kept, size = [], 0
    for char in reason:
        size += len(html.escape(char, quote=False))  # what the character costs once escaped
        if size > _REASON_CHARS:
            kept.append("…")
            break
        kept.append(char)
    return say(lang, "import_failed", reason="".join(kept))
