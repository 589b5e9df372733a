"""Shareable links to a pick list or a comparison: `https://t.me/<bot>?start=<payload>`.

Telegram passes a start payload of 1-64 characters of [A-Za-z0-9_-] to the bot as "/start <payload>".
Ours is base64url (no padding) of a 9-byte share id and a 6-byte HMAC of it keyed by the bot token
(20 characters), so a link cannot be forged or edited into another one. The id names a row of the
store's `shares` table, written when the link is made: the kind of list, the currency, and each
phone's catalog id and name at that moment. Opening the link later shows the same phones with the
catalog's current prices and names the ones that have left the catalog since.

The row holds nothing about the person who shared (no user id, no text), so it stays after their
/forget; it goes `retention_days` after the list was last shared. The id is an HMAC of the list
itself: sharing the same list again reuses its row and renews its date. Links name the first 5 phones.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import html

from telegram import Bot, Update

from advisor import Answer, Catalog, Phone
from bot._identity import person_of
from bot._render import format_price
from bot._replying import send_html
from bot._services import AdvisorContext, Services
from bot._store_records import SharedList, SharedPhone

MAX_PAYLOAD_CHARS = 64
MAX_SHARED = 5
_ID_BYTES = 9
_TAG_BYTES = 6
PAYLOAD_CHARS = 20  # base64 of 9 + 6 bytes
PICKS, COMPARISON = "picks", "compare"

_TEXT = {
    "en": {"share": "🔗 Share: {link}", "picks_title": "<b>Shared picks</b> (current prices):",
           "gone": "No longer in the catalog: {names}.",
           "all_gone": "None of the shared phones are in the catalog any more: {names}.",
           "expired": "This shared list has expired (shared lists are kept {days} days). "
                      "Tell me what you are looking for instead.",
           "bad": "This link is damaged or not from this bot. Tell me what you are looking for instead."},
    "zh": {"share": "🔗 分享：{link}", "picks_title": "<b>分享的推荐</b>（当前价格）：",
           "gone": "已不在目录中：{names}。", "all_gone": "分享的手机都已不在目录中：{names}。",
           "expired": "这个分享已过期（分享的列表保存 {days} 天）。直接告诉我你想找什么吧。",
           "bad": "这个链接已损坏或不是本机器人生成的。直接告诉我你想找什么吧。"},
}
_NAME_SEPARATOR = {"en": ", ", "zh": "、"}


class ShareCodec:
    """Makes share ids and signed start payloads for one bot (keyed by its token), and reads payloads."""

    def __init__(self, secret: str):
        self._key = hashlib.sha256(b"phone-advisor share v2:" + secret.encode()).digest()

    def share_id(self, kind: str, phone_ids: list[str], currency: str) -> str:
        """The id of a list: the same list always gets the same id, another list another one."""
        canonical = "\n".join([kind, currency, *phone_ids]).encode()
        return hmac.new(self._key, b"id:" + canonical, hashlib.sha256).digest()[:_ID_BYTES].hex()

    def encode(self, share_id: str) -> str:
        """The start payload that carries a share id."""
        raw = bytes.fromhex(share_id)
        return base64.urlsafe_b64encode(raw + self._tag(raw)).rstrip(b"=").decode()

    def decode(self, payload: str) -> str | None:
        """The share id a payload carries, or None for a payload that is not one of ours (damaged, forged)."""
        if len(payload) != PAYLOAD_CHARS:
            return None
        try:
            raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        except (binascii.Error, ValueError):
            return None
        share_id, tag = raw[:_ID_BYTES], raw[_ID_BYTES:]
        return share_id.hex() if hmac.compare_digest(tag, self._tag(share_id)) else None

    def _tag(self, share_id: bytes) -> bytes:
        return hmac.new(self._key, b"tag:" + share_id, hashlib.sha256).digest()[:_TAG_BYTES]


def link(bot_username: str, payload: str) -> str:
    """The t.me deep link that opens the bot with the payload."""
    return f"https://t.me/{bot_username}?start={payload}"


async def share_link(services: Services, bot: Bot, kind: str, phones: tuple[Phone, ...], currency: str) -> str:
    """Store a shared list (off the event loop) and return its link."""
    phones = phones[:MAX_SHARED]
    codec = ShareCodec(bot.token)
    share_id = codec.share_id(kind, [p.id for p in phones], currency)
    shared = SharedList(share_id, kind, currency, tuple(SharedPhone(p.id, p.display_name) for p in phones))
    await services.off_loop(services.store.keep_share, shared)
    return link(bot.username, codec.encode(share_id))


async def share_line(answer: Answer, services: Services, bot: Bot) -> str | None:
    """The "Share: <link>" line for a pick list with exact matches or a comparison; None for other answers."""
    if not bot.username:
        return None
    if answer.kind == "compare" and answer.comparison is not None:
        kind, phones = COMPARISON, answer.comparison.phones
    elif answer.kind == "results" and answer.exact and answer.picks:
        kind, phones = PICKS, tuple(p.phone for p in answer.picks)
    else:
        return None
    url = await share_link(services, bot, kind, tuple(phones), answer.currency)
    return say_share(answer.language, "share", link=url)


def say_share(language: str, key: str, **values: object) -> str:
    """A text of this module in the user's language."""
    return _TEXT.get(language, _TEXT["en"])[key].format(**values)


def _names(language: str, phones: list[SharedPhone]) -> str:
    return _NAME_SEPARATOR.get(language, ", ").join(html.escape(p.name, quote=False) for p in phones)


@functools.lru_cache(maxsize=4)
def _by_id(catalog: Catalog) -> dict[str, Phone]:
    return {p.id: p for p in catalog}


async def open_shared(update: Update, context: AdvisorContext, payload: str) -> bool:
    """Show what a link shared; False when the payload is not a share link (the caller greets instead)."""
    from bot._charts import send_answer  # sending answers needs this module's share line: import when used

    services = context.services
    if len(payload) < PAYLOAD_CHARS:
        return False  # a plain start parameter (such as the inline mode's button), not a share link
    lang = services.language(update)
    share_id = ShareCodec(context.bot.token).decode(payload)
    shared = None if share_id is None else await services.off_loop(services.store.shared, share_id)
    if shared is None:
        key = "bad" if share_id is None else "expired"
        await send_html(update, say_share(lang, key, days=f"{services.store.retention_days:g}"))
        return True
    catalog = _by_id(services.advisor.catalog)
    phones = [catalog[p.id] for p in shared.phones if p.id in catalog]
    gone = [p for p in shared.phones if p.id not in catalog]
    if not phones:
        await send_html(update, say_share(lang, "all_gone", names=_names(lang, gone)))
        return True
    if gone:
        await send_html(update, say_share(lang, "gone", names=_names(lang, gone)))
    user = person_of(update)
    if shared.kind == COMPARISON and len(phones) >= 2 and user is not None:
        ids = [p.id for p in phones]
        answer = await services.converse(user.id, lambda session: session.compare(ids))
        await send_answer(update, services, answer)
        return True
    lines = [say_share(lang, "picks_title")]
    for n, phone in enumerate(phones, 1):
        price = format_price(phone.price(shared.currency), shared.currency, lang)
        lines.append(f"{n}. {html.escape(phone.display_name, quote=False)} — {price}")
    await send_html(update, "\n".join(lines))
    return True
