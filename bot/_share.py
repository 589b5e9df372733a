"""Shareable links to a pick list or a comparison: `https://t.me/<bot>?start=<payload>`.

Telegram passes a start payload of 1-64 characters of [A-Za-z0-9_-] to the bot as "/start <payload>".
Ours is base64url (no padding) of: one byte (kind in the high bit, the currency's index in MARKETS
below), 5 bytes per phone (the start of a BLAKE2b hash of its catalog id, so the link survives a
catalog import that moves positions), and a 6-byte HMAC keyed by the bot token, so a link cannot be
forged or edited into another list. At most 8 phones fit; links name the first 5.

Opening a link shows the same phones with the catalog's current prices; phones that have left the
catalog since are counted and said to be gone (a hash cannot name them).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import html
from dataclasses import dataclass

from telegram import Update

from advisor import Answer, Catalog, Phone
from bot._identity import person_of
from bot._render import format_price
from bot._replying import send_html
from bot._services import AdvisorContext

MAX_PAYLOAD_CHARS = 64
MAX_SHARED = 5
MARKETS = ("USD", "INR", "CNY", "PKR", "AED")  # the advisor's price markets, in its order (catalog.MARKETS)
_HASH_BYTES = 5
_TAG_BYTES = 6
_MIN_PAYLOAD_CHARS = 16  # base64 of the shortest link: 1 + 5 + 6 bytes
PICKS, COMPARISON = "picks", "compare"

_TEXT = {
    "en": {"share": "🔗 Share: {link}", "picks_title": "<b>Shared picks</b> (current prices):",
           "gone": "{count} of the shared phones are no longer in the catalog.",
           "all_gone": "None of the shared phones are in the catalog any more.",
           "bad": "This link is damaged or not from this bot. Tell me what you are looking for instead."},
    "zh": {"share": "🔗 分享：{link}", "picks_title": "<b>分享的推荐</b>（当前价格）：",
           "gone": "分享的手机中有 {count} 款已不在目录中。", "all_gone": "分享的手机都已不在目录中。",
           "bad": "这个链接已损坏或不是本机器人生成的。直接告诉我你想找什么吧。"},
}


@dataclass(frozen=True)
class Shared:
    """A decoded link: what was shared, in which currency, and the phones still in the catalog."""

    kind: str
    currency: str
    phones: tuple[Phone, ...]
    gone: int  # shared phones no longer in the catalog


class ShareCodec:
    """Makes and reads signed start payloads for one bot (keyed by its token)."""

    def __init__(self, secret: str):
        self._key = hashlib.sha256(b"phone-advisor share v1:" + secret.encode()).digest()

    def encode(self, kind: str, phone_ids: list[str], currency: str) -> str:
        """The payload for up to MAX_SHARED phones (the first ones are kept)."""
        head = bytes([(0x80 if kind == COMPARISON else 0) | MARKETS.index(currency)])
        body = head + b"".join(_phone_hash(i) for i in phone_ids[:MAX_SHARED])
        payload = base64.urlsafe_b64encode(body + self._tag(body)).rstrip(b"=").decode()
        if len(payload) > MAX_PAYLOAD_CHARS:  # cannot happen for MAX_SHARED phones; a guard against edits
            raise ValueError(f"a share payload of {len(payload)} characters is over Telegram's 64")
        return payload

    def decode(self, payload: str, catalog: Catalog) -> Shared | None:
        """The shared list, or None for a payload that is not one of ours (damaged, forged, another kind)."""
        if not 1 <= len(payload) <= MAX_PAYLOAD_CHARS:
            return None
        try:
            raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        except (binascii.Error, ValueError):
            return None
        body, tag = raw[:-_TAG_BYTES], raw[-_TAG_BYTES:]
        hashes = body[1:]
        if (len(raw) <= _TAG_BYTES or not hmac.compare_digest(tag, self._tag(body)) or not hashes
                or len(hashes) % _HASH_BYTES or body[0] & 0x7F >= len(MARKETS)):
            return None
        by_hash = _hash_index(catalog)
        wanted = [hashes[i:i + _HASH_BYTES] for i in range(0, len(hashes), _HASH_BYTES)]
        phones = tuple(by_hash[h] for h in wanted if h in by_hash)
        return Shared(COMPARISON if body[0] & 0x80 else PICKS, MARKETS[body[0] & 0x7F], phones,
                      len(wanted) - len(phones))

    def _tag(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, hashlib.sha256).digest()[:_TAG_BYTES]


def _phone_hash(phone_id: str) -> bytes:
    return hashlib.blake2b(phone_id.encode(), digest_size=_HASH_BYTES).digest()


@functools.lru_cache(maxsize=4)
def _hash_index(catalog: Catalog) -> dict[bytes, Phone]:
    return {_phone_hash(p.id): p for p in catalog}


def link(bot_username: str, payload: str) -> str:
    """The t.me deep link that opens the bot with the payload."""
    return f"https://t.me/{bot_username}?start={payload}"


def share_line(answer: Answer, bot_username: str | None, token: str) -> str | None:
    """The "Share: <link>" line for a pick list with exact matches or a comparison; None for other answers."""
    if not bot_username:
        return None
    if answer.kind == "compare" and answer.comparison is not None:
        kind, phones = COMPARISON, answer.comparison.phones
    elif answer.kind == "results" and answer.exact and answer.picks:
        kind, phones = PICKS, tuple(p.phone for p in answer.picks)
    else:
        return None
    payload = ShareCodec(token).encode(kind, [p.id for p in phones], answer.currency)
    return _TEXT[answer.language]["share"].format(link=link(bot_username, payload))


def say_share(language: str, key: str, **values: object) -> str:
    """A text of this module in the user's language."""
    return _TEXT.get(language, _TEXT["en"])[key].format(**values)


async def open_shared(update: Update, context: AdvisorContext, payload: str) -> bool:
    """Show what a link shared; False when the payload is not a share link (the caller greets instead)."""
    from bot._charts import send_answer  # sending answers needs this module's share line: import when used

    services = context.services
    if len(payload) < _MIN_PAYLOAD_CHARS:
        return False  # a plain start parameter (such as the inline mode's button), not a share link
    shared = ShareCodec(context.bot.token).decode(payload, services.advisor.catalog)
    lang = services.language(update)
    if shared is None:
        await send_html(update, say_share(lang, "bad"))
        return True
    if not shared.phones:
        await send_html(update, say_share(lang, "all_gone"))
        return True
    if shared.gone:
        await send_html(update, say_share(lang, "gone", count=shared.gone))
    user = person_of(update)
    if shared.kind == COMPARISON and len(shared.phones) >= 2 and user is not None:
        ids = [p.id for p in shared.phones]
        answer = await services.converse(user.id, lambda session: session.compare(ids))
        await send_answer(update, services, answer)
        return True
    lines = [say_share(lang, "picks_title")]
    for n, phone in enumerate(shared.phones, 1):
        price = format_price(phone.price(shared.currency), shared.currency, lang)
        lines.append(f"{n}. {html.escape(phone.display_name, quote=False)} — {price}")
    await send_html(update, "\n".join(lines))
    return True
