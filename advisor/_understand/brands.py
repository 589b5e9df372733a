"""Brands to include, add, drop or exclude: "only Samsung", "or Xiaomi", "anything except Apple",
"不要三星", "forget the iPhone".

Each brand mention takes its role from the nearest trigger word before it in the same clause;
a mention with no trigger of its own continues the previous one ("no Samsung or Huawei"
excludes both). The positive brands of one message replace the wanted set, unless the first
of them is introduced as an addition ("also Pixel", "小米也行").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from advisor._understand.scan import Scan, latin_alt

_EXCLUDE = latin_alt([
    r"no", r"not", r"non-?", r"never", r"except(?:\s+for)?", r"excluding", r"exclude", r"without", r"avoid",
    r"other\s+than", r"apart\s+from", r"besides", r"nothing\s+from", r"skip",
    r"hate", r"dislike", r"(?:don'?t|do\s+not|doesn'?t|won'?t|never)\s+(?:want|like|need|buy|trust|recommend|show)(?:\s+me)?",
    r"not\s+interested\s+in", r"no\s+more", r"anti",
    "不要", "不想要", "不喜欢", "除了", "别推荐", "别给我", "别", "不考虑", "排除", "非", "不买", "不用", "讨厌", "拒绝",
    "不看",
])
_REMOVE = latin_alt([r"forget(?:\s+about)?", r"drop", r"remove", r"never\s+mind", r"scratch", r"take\s+out",
                     r"no\s+longer\s+(?:want|need)", "去掉", "去除", "删掉", "取消"])
_ADD = latin_alt([r"also", r"or", r"and", r"plus", r"add", r"include", r"as\s+well\s+as",
                  "或者", "或", "也看看", "也", "还有", "加上", "以及", "和", "还可以"])
_ADD_AFTER = re.compile(latin_alt([r"too", r"as\s+well", r"also", r"is\s+(?:fine|ok|okay)\s+too", "也行", "也可以", "也可",
                                   "也不错", "也考虑"]))
_FILLER = (r"(?:\s|the|a|an|any|some|me|us|phones?|models?|devices?|brand|of|from|made\s+by|by|stuff|show|see|consider|"
           r"check(?:\s+out)?|look\s+at|try|get|want|like|include|一下|看看|考虑|推荐|,)*")
_TRIGGER = re.compile(
    rf"(?:(?P<exclude>{_EXCLUDE})|(?P<remove>{_REMOVE})|(?P<add>{_ADD})){_FILLER}$")
_CLAUSE_END = re.compile(r"[.;!?。；！？\n,]|(?<![a-z])(?:but|however|though)(?![a-z])|但是|但|不过|可是")
_MODEL_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?[a-z]?\d")
_ANYTHING_BUT = re.compile(r"(?:anything|everything|any(?:\s+(?:brand|phone|make))?|whatever|all|\x00)\s*but$")


@dataclass
class BrandChanges:
    """What one message says about brands."""

    wanted: set[str] = field(default_factory=set)
    add: bool = False  # the wanted brands extend the current set instead of replacing it
    excluded: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)


def find_brands(scan: Scan, pattern: re.Pattern[str], aliases: Mapping[str, frozenset[str]]) -> BrandChanges:
    """Brand mentions in the scan, sorted into wanted / excluded / removed."""
    changes = BrandChanges()
    previous_end = 0
    previous_role: str | None = None
    for m in [m for m in scan.matches(pattern) if scan.free(m.start(), m.end())]:
        said = " ".join(m.group(0).split())
        brands = aliases.get(said) or aliases.get(re.sub(r"'?s$", "", said))
        if not brands:
            continue
        window_start = max(previous_end, m.start() - 40)
        window = scan.low[window_start:m.start()]
        breaks = list(_CLAUSE_END.finditer(window))
        same_clause = previous_role is not None and not breaks
        tail = window[breaks[-1].end():] if breaks else window
        trigger = _TRIGGER.search(tail)
        role = trigger.lastgroup if trigger else None
        if role is None and breaks and breaks[-1].group(0) == "but" and not same_clause \
                and _ANYTHING_BUT.search(window[:breaks[-1].end()]):
            role = "exclude"  # "anything but Apple"
        if same_clause and role in (None, "add"):
            role = previous_role  # "no Samsung or Huawei": the list goes on
        role = role or "set"
        if role in ("set", "add") and _ADD_AFTER.match(scan.low[m.end():m.end() + 16].lstrip()):
            role = "add"
        _record(changes, role, brands)
        # "iPhone 15 Pro Max": a brand followed by a model number stays in the taste text
        scan.take(m.start(), m.end(), keep=_MODEL_AFTER.match(scan.plain, m.end()) is not None)
        if trigger is not None:
            scan.take(m.start() - len(tail) + trigger.start(), m.start())
        previous_end, previous_role = m.end(), role
    return changes


def _record(changes: BrandChanges, role: str, brands: frozenset[str]) -> None:
    if role == "exclude":
        changes.excluded |= brands
    elif role == "remove":
        changes.removed |= brands
    else:
        if not changes.wanted and role == "add":
            changes.add = True
        changes.wanted |= brands
