"""Advisor answers as Telegram HTML messages with inline keyboards.

Everything that comes from the advisor or the catalog is escaped. A reply is built from lines that
are each well-formed HTML on their own, so it can be split between lines into messages below
Telegram's 4096-character limit without cutting a tag in two.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from advisor import (
    Answer,
    Catalog,
    CatalogError,
    Comparison,
    Pick,
    Reason,
    aligned_table,
    display_width,
    format_money,
)
from bot import _callbacks as cb
from bot._texts import say

MESSAGE_LIMIT = 4000  # below Telegram's 4096, measured on the HTML source (never shorter than what Telegram counts)
MAX_PICK_BUTTON_ROWS = 5
_BUTTON_TEXT_CHARS = 40
_REASON_MARKS = {"pro": "✓", "con": "–", "relaxed": "⚠", "personal": "♥", "prediction": "≈"}


@dataclass(frozen=True)
class Line:
    """One line of a reply: escaped `text` between HTML `open`/`close` tags written by us."""

    text: str
    open: str = ""
    close: str = ""

    def html(self, text: str | None = None) -> str:
        """The line as HTML (optionally with a part of its text)."""
        return f"{self.open}{html.escape(self.text if text is None else text, quote=False)}{self.close}"


@dataclass(frozen=True)
class Table:
    """Preformatted rows (a comparison), split between rows when too long."""

    rows: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    """Messages to send, in order; the keyboard goes under the last one."""

    messages: tuple[str, ...]
    keyboard: InlineKeyboardMarkup | None = None


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def format_price(value: float | None, currency: str, language: str) -> str:
    """A launch price in the answer's currency, as the advisor writes it ("$799", "PKR 50,000"), or a 'n/a' note."""
    if value is None:
        return say(language, "price_na")
    return format_money(value, currency)


def render_answer(answer: Answer, catalog: Catalog, codec: cb.CallbackCodec) -> Reply:
    """The messages and buttons for one advisor answer."""
    lang = answer.language
    # the advisor's text opens with one line per note (advisor.explain.text), shown here in italics instead
    advisor_lines = (answer.text or "").splitlines()[len(answer.notes):]
    parts: list[Line | Table] = [Line(n, "<i>", "</i>") for n in answer.notes]
    if answer.kind == "results":
        parts += _filter_lines(answer)
        if answer.unsupported:
            parts.append(Line(_unescape(say(lang, "unsupported", items=", ".join(answer.unsupported)))))
        if answer.picks:
            header = say(lang, "found", count=answer.match_count) if answer.exact else say(lang, "no_exact")
            parts.append(Line(_unescape(header)))
            for pick in answer.picks:
                parts += _pick_lines(pick, answer.currency, lang)
        else:
            # "nothing matches ..." in the advisor's words (after its line on unsupported features)
            parts += [Line(t) for t in advisor_lines[bool(answer.unsupported):][:1]]
    else:
        if answer.kind == "error":  # the reason, said as the bot says it; the filters in force follow
            parts.append(Line(_unescape(say(lang, "advisor_error", reason=advisor_lines[0] if advisor_lines else ""))))
        elif answer.kind != "compare":
            parts += [Line(t) for t in advisor_lines[:1]]  # the headline: "Details of ...", "Start over ..."
        for pick in answer.picks:
            parts += _pick_lines(pick, answer.currency, lang)
        if answer.comparison is not None:
            parts.append(comparison_table(answer.comparison))
        parts += _filter_lines(answer)
    messages = split_messages(parts) or render_text(answer.text or "…")
    return Reply(messages, answer_keyboard(answer, catalog, codec))


def render_text(text: str) -> tuple[str, ...]:
    """Plain text (e.g. an error message) as escaped HTML messages."""
    return split_messages([Line(t) for t in text.splitlines()] or [Line("…")])


def _filter_lines(answer: Answer) -> list[Line]:
    if not answer.filters:
        return []
    lines = [Line(_unescape(say(answer.language, "filters")), "<b>", "</b>")]
    return lines + [Line(f"• {f.text}") for f in answer.filters]


def _pick_lines(pick: Pick, currency: str, language: str) -> list[Line]:
    price = format_price(pick.phone.price(currency), currency, language)
    rank = f"{pick.rank}. " if pick.rank > 0 else ""  # 0: a phone asked about, not a ranked pick
    lines = [Line(f"{rank}{pick.phone.display_name} — {price}", "<b>", "</b>")]
    lines += [_reason_line(r) for r in pick.reasons]
    lines += [Line(f"   ⚠ {r.text}") for r in pick.relaxed]
    return lines


def _reason_line(reason: Reason) -> Line:
    return Line(f"   {_REASON_MARKS.get(reason.kind, '•')} {reason.text}")


def comparison_table(comparison: Comparison) -> Table:
    """A fixed-width table: a header row of phone names, then one row per spec."""
    names = [_clip(p.model, 16) for p in comparison.phones]
    header = ("", *names)
    body = [(label, *values) for label, values in comparison.rows]
    return Table(tuple(aligned_table([header, *body], measure=display_width).split("\n")))


def answer_keyboard(answer: Answer, catalog: Catalog, codec: cb.CallbackCodec) -> InlineKeyboardMarkup | None:
    """Like/dislike/details per pick, "more", "compare" (top 2-3) and one button per filter."""
    lang = answer.language
    tag = cb.catalog_tag(catalog.fingerprint)
    rows: list[list[InlineKeyboardButton]] = []
    positions: list[tuple[int, int]] = []  # (rank, catalog position)
    for pick in answer.picks:
        try:
            positions.append((pick.rank, catalog.position(pick.phone.id)))
        except CatalogError:
            continue  # the phone left the catalog since the answer was made: no buttons for it
    for rank, pos in positions[:MAX_PICK_BUTTON_ROWS]:
        number = f" {rank}" if answer.kind == "results" else ""
        row = [InlineKeyboardButton(f"👍{number}", callback_data=codec.encode(cb.LIKE, str(pos), tag)),
               InlineKeyboardButton(f"👎{number}", callback_data=codec.encode(cb.DISLIKE, str(pos), tag))]
        if answer.kind == "results":
            row.append(InlineKeyboardButton(say(lang, "details", rank=rank),
                                            callback_data=codec.encode(cb.DETAILS, str(pos), tag)))
        rows.append(row)
    actions = []
    if answer.kind == "results" and answer.picks:
        actions.append(InlineKeyboardButton(say(lang, "more"), callback_data=codec.encode(cb.MORE)))
    if answer.kind == "results" and len(positions) >= 2:
        top = positions[:3]
        label = say(lang, "compare", picks="/".join(str(rank) for rank, _ in top))
        actions.append(InlineKeyboardButton(
            label, callback_data=codec.encode(cb.COMPARE, ".".join(str(p) for _, p in top), tag)))
    if actions:
        rows.append(actions)
    for line in answer.filters:
        try:
            data = codec.encode(cb.UNFILTER, line.slot)
        except Exception:  # noqa: BLE001 - a slot too long for 64 bytes simply gets no button
            continue
        rows.append([InlineKeyboardButton(_unescape(say(lang, "remove", filter=_clip(line.text, _BUTTON_TEXT_CHARS))),
                                          callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def split_messages(parts: list[Line | Table], limit: int = MESSAGE_LIMIT) -> tuple[str, ...]:
    """Pack lines into messages of at most `limit` UTF-16 units, splitting only between lines."""
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for piece in _pieces(parts, limit):
        extra = utf16_len(piece) + (1 if current else 0)
        if current and size + extra > limit:
            messages.append("\n".join(current))
            current, size = [], 0
            extra = utf16_len(piece)
        current.append(piece)
        size += extra
    if current:
        messages.append("\n".join(current))
    return tuple(m for m in messages if m.strip())


def _pieces(parts: list[Line | Table], limit: int) -> list[str]:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Table):
            out += _table_pieces(part, limit)
            continue
        text = part.html()
        if utf16_len(text) <= limit:
            out.append(text)
            continue
        # Escaping can grow a character up to 5 units ("&amp;") and a character can take 2 UTF-16 units.
        room = max(1, (limit - utf16_len(part.open) - utf16_len(part.close)) // 10)
        out += [part.html(chunk) for chunk in _chunks(part.text, room)]
    return out


def _table_pieces(table: Table, limit: int) -> list[str]:
    pieces: list[str] = []
    rows: list[str] = []
    for row in table.rows:
        row = row if utf16_len(row) * 10 < limit else row[: limit // 10]
        candidate = rows + [row]
        if rows and utf16_len(_pre(candidate)) > limit:
            pieces.append(_pre(rows))
            candidate = [row]
        rows = candidate
    if rows:
        pieces.append(_pre(rows))
    return pieces


def _pre(rows: list[str]) -> str:
    return "<pre>" + html.escape("\n".join(rows), quote=False) + "</pre>"


def _chunks(text: str, size: int) -> list[str]:
    """Split text into pieces of at most `size` characters, preferring to break at spaces."""
    chunks = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = size if cut <= 0 else cut
        chunks.append(text[:cut])
        text = text[cut:].lstrip(" ")
    if text:
        chunks.append(text)
    return chunks


def _unescape(text: str) -> str:
    """A bot text (HTML) as plain text, so that Line can escape it uniformly."""
    for tag in ("<b>", "</b>", "<i>", "</i>"):
        text = text.replace(tag, "")
    return html.unescape(text)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"

