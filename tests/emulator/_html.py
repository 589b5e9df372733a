"""Telegram's HTML parse mode, strictly: the tags and entities it supports, well-formed nesting.

`parse_html` returns the plain text Telegram would show, or raises EntityError with a message in
Telegram's words ("can't parse entities: ..."). Unescaped `<` and `&` are errors, as the Bot API
documentation requires them to be written as entities.
"""

from __future__ import annotations

import html
import re

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
                "pre", "blockquote", "tg-emoji"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


class EntityError(ValueError):
    """The text is not valid Telegram HTML."""


def parse_html(text: str) -> str:
    """The visible text of a Telegram-HTML message; EntityError when Telegram would refuse it."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == "<":
            match = _TAG.match(text, pos)
            if match is None:
                raise EntityError(f"can't parse entities: Unexpected character at byte offset {_offset(text, pos)}")
            closing, name = match.group(1) == "/", match.group(2).lower()
            if name not in ALLOWED_TAGS:
                kind = "end" if closing else "start"
                raise EntityError(f"can't parse entities: Unsupported {kind} tag \"{name}\" at byte offset "
                                  f"{_offset(text, pos)}")
            if closing:
                if not stack or stack[-1] != name:
                    expected = f"\"</{stack[-1]}>\"" if stack else "no end tag"
                    raise EntityError(f"can't parse entities: Unmatched end tag at byte offset {_offset(text, pos)}, "
                                      f"expected {expected}, found \"</{name}>\"")
                stack.pop()
            else:
                if name == "span" and "tg-spoiler" not in match.group(3):
                    raise EntityError(f"can't parse entities: Tag \"span\" must have class \"tg-spoiler\" at byte "
                                      f"offset {_offset(text, pos)}")
                stack.append(name)
            pos = match.end()
        elif char == "&":
            match = _ENTITY.match(text, pos)
            if match is None:
                raise EntityError(f"can't parse entities: Character '&' is reserved and must be escaped at byte "
                                  f"offset {_offset(text, pos)}")
            out.append(html.unescape(match.group(0)))
            pos = match.end()
        else:
            out.append(char)
            pos += 1
    if stack:
        raise EntityError(f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts message length."""
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, pos: int) -> int:
    return len(text[:pos].encode("utf-8"))
