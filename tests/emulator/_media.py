"""Bot API methods for pictures and inline mode, and the matching user actions (deep links, inline queries).

A layer of BotApiEmulator over ApiMethods. Checks follow Telegram's documented limits: a photo
upload is a real PNG or JPEG of at most 10 MB whose width and height sum to at most 10000 with a
ratio of at most 20; a caption is at most 1024 characters after entity parsing; answerInlineQuery
takes at most 50 results with unique ids of 1-64 bytes, answered once per query.
"""

from __future__ import annotations

import itertools
import json
import re
import struct
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.emulator._html import EntityError, parse_html, utf16_len
from tests.emulator._methods import ApiMethods, _check_markup
from tests.emulator._model import ApiError, _Bot

PHOTO_MAX_BYTES = 10 * 1024 * 1024
CAPTION_MAX = 1024
INLINE_MAX_RESULTS = 50
INLINE_ID_MAX_BYTES = 64
START_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_INLINE_TYPES = {"article", "photo", "gif", "mpeg4_gif", "video", "audio", "voice", "document", "location",
                 "venue", "contact", "game", "sticker"}
_inline_ids = itertools.count(5000)


class MediaMethods(ApiMethods):
    """sendPhoto and answerInlineQuery over the emulator's state (see BotApiEmulator)."""

    def _m_sendphoto(self, bot: _Bot, params: dict) -> dict:
        chat = self._chat(params.get("chat_id"))
        content, width, height = self._photo(params.get("photo"))
        caption_html, caption = self._caption(params)
        markup = _check_markup(params.get("reply_markup"))
        body: dict[str, Any] = {"from": bot.user}
        file_id, unique = self._new_file(content, "photos", ".png" if content.startswith(_PNG) else ".jpg")
        body["photo"] = [{"file_id": file_id, "file_unique_id": unique, "width": width, "height": height,
                          "file_size": len(content)}]
        if caption:
            body["caption"] = caption
        original = self._replied_to(chat["id"], params)
        if original is not None:
            body["reply_to_message"] = original
        if markup:
            body["reply_markup"] = markup
        return self._store_message(chat["id"], body, {"html": caption_html, "photo": content})

    def _photo(self, photo: Any) -> tuple[bytes, int, int]:
        """The uploaded bytes and their size in pixels, checked as Telegram checks a photo."""
        if photo is None or photo == "":
            raise ApiError(400, "Bad Request: there is no photo in the request")
        if isinstance(photo, str):
            with self._lock:
                entry = self._files.get(photo)
            if entry is None:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            content = entry[0]
        else:
            content = photo["body"]
        if len(content) > PHOTO_MAX_BYTES:
            raise ApiError(400, "Bad Request: PHOTO_SAVE_FILE_INVALID")
        width, height = _image_size(content)
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        return content, width, height

    def _caption(self, params: dict) -> tuple[str, str]:
        raw = params.get("caption") or ""
        mode = (params.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                text = parse_html(raw)
            except EntityError as exc:
                raise ApiError(400, f"Bad Request: can't parse caption entities: {exc}") from None
        elif mode in ("", "none"):
            text = raw
        else:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {mode!r} in this emulator")
        if utf16_len(text) > CAPTION_MAX:
            raise ApiError(400, "Bad Request: message caption is too long")
        return raw, text

    def _m_answerinlinequery(self, bot: _Bot, params: dict) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        results = params.get("results")
        if isinstance(results, str):
            try:
                results = json.loads(results)
            except json.JSONDecodeError:
                raise ApiError(400, "Bad Request: can't parse inline query results JSON object") from None
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: RESULTS_INVALID")
        if len(results) > INLINE_MAX_RESULTS:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            _check_inline_result(result, seen)
        personal = params.get("is_personal")
        with self._lock:
            if query_id not in self._inline_pending:
                raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
            self._inline_pending.discard(query_id)
            self._inline_answers[query_id] = {"results": results,
                                              "is_personal": personal in (True, "true", "True"),
                                              "cache_time": params.get("cache_time")}
        return True

    # -- user actions ----------------------------------------------------------------------------

    def inline_query(self, user, query: str, chat_type: str = "sender") -> str:
        """The user types `@bot query` in a chat; returns the inline query id."""
        if len(query) > 256:
            raise ValueError("Telegram cuts inline queries at 256 characters")
        query_id = str(next(_inline_ids))
        with self._lock:
            self._inline_pending.add(query_id)
        self.push({"inline_query": {"id": query_id, "from": user.json, "query": query, "offset": "",
                                    "chat_type": chat_type}})
        return query_id

    def inline_answer(self, query_id: str) -> dict | None:
        """The answerInlineQuery parameters for a query, or None while unanswered."""
        with self._lock:
            return self._inline_answers.get(query_id)

    def enable_inline(self) -> None:
        """As /setinline at BotFather: getMe then says the bot supports inline queries."""
        with self._lock:
            self._bots[self.token].user["supports_inline_queries"] = True

    def open_link(self, user, url: str) -> int:
        """The user opens a t.me deep link to the bot: Telegram sends "/start <payload>" in their private chat."""
        parts = urlsplit(url)
        username = self._bots[self.token].user["username"]
        if parts.scheme != "https" or parts.netloc != "t.me" or parts.path != f"/{username}":
            raise ValueError(f"not a link to @{username}: {url}")
        payload = parse_qs(parts.query).get("start", [""])[0]
        if not START_PAYLOAD.fullmatch(payload):
            raise ValueError(f"Telegram ignores a start payload that is not 1-64 of [A-Za-z0-9_-]: {payload!r}")
        return user.say(f"/start {payload}")

    def photos(self, chat_id: int) -> list[tuple[bytes, str]]:
        """The pictures the bot sent to a chat, oldest first, with their captions as shown."""
        bot_id = self._bots[self.token].user["id"]
        with self._lock:
            keys = sorted(k for k, m in self._messages.items()
                          if k[0] == chat_id and m["from"]["id"] == bot_id and "photo" in m)
            return [(self._meta[k]["photo"], self._messages[k].get("caption", "")) for k in keys]


def _image_size(content: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG; IMAGE_PROCESS_FAILED for anything else."""
    if content.startswith(_PNG) and len(content) >= 24 and content[12:16] == b"IHDR":
        return struct.unpack(">II", content[16:24])
    if content.startswith(_JPEG):
        i = 2
        while i + 9 < len(content):
            if content[i] != 0xFF:
                break
            marker, length = content[i + 1], struct.unpack(">H", content[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", content[i + 5:i + 9])
                return width, height
            i += 2 + length
    raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")


def _check_inline_result(result: Any, seen: set[str]) -> None:
    """One InlineQueryResult, checked as Telegram does (id, type, content)."""
    if not isinstance(result, dict) or result.get("type") not in _INLINE_TYPES:
        raise ApiError(400, "Bad Request: RESULT_TYPE_INVALID")
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= INLINE_ID_MAX_BYTES:
        raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
    if result_id in seen:
        raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
    seen.add(result_id)
    if result["type"] == "article":
        content = result.get("input_message_content") or {}
        text = content.get("message_text")
        if not isinstance(result.get("title"), str) or not result["title"]:
            raise ApiError(400, "Bad Request: RESULT_TITLE_EMPTY")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: MESSAGE_EMPTY")
        shown = text
        if (content.get("parse_mode") or "").lower() == "html":
            try:
                shown = parse_html(text)
            except EntityError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        if utf16_len(shown) > 4096:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
    if "reply_markup" in result:
        _check_markup(result["reply_markup"])
