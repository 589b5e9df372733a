"""Messages that point from the phone in focus to another one (issue 10): its neighbour on the shown list ("the one
above it", "下一个") and the other one of a pair ("the other infinix", "另一个呢"), and the bare yes/no question about
a feature ("有5G吗") that after an answer about one phone asks about that phone rather than for a filter."""

from __future__ import annotations

import re

from advisor.understanding.numbers import ORDINALS, small_number
from advisor.understanding.scan import latin_alt

_OPEN = r"^\s*(?:(?:and|so|ok(?:ay)?|hm+|then|what\s+about|how\s+about|show\s+me|tell\s+me\s+about)[,\s]+)*"
_CLOSE = r"(?:\s*(?:then|please|pls|too))*\s*[?.!？。！]*\s*$"
_ZH_OPEN = r"^\s*(?:那|那么|好|好的|嗯)?[，,\s]*(?:然后|再|接着)?(?:看看|说说)?"  # "再下一个": one further again
_ZH_CLOSE = r"(?:呢|吧|怎么样|如何|咋样|看看|说说)?\s*[?？。!！]*\s*$"
_NEIGHBOUR = re.compile(rf"""
    {_OPEN}(?:the\s+)?(?:one|phone|model)\s+(?P<dir>above|below|before|after|under|over)\s+(?:it|that|this)(?:\s+one)?{_CLOSE}
    | {_OPEN}(?:the\s+)?(?P<dir2>next|previous|prior)\s+(?:one|phone|model){_CLOSE}       # "the next one" ("next" alone: more)
    | {_ZH_OPEN}(?P<zdir>上面|下面|上|下|前|后)(?:一|那|面那)?(?:个|款|部|台){_ZH_CLOSE}     # "上面那个", "下一个呢"
    """, re.VERBOSE)
_UP = frozenset({"above", "before", "over", "previous", "prior", "上面", "上", "前"})
_OTHER = re.compile(rf"""
    {_OPEN}(?:the|that)\s+other\s+(?P<name>[a-z0-9][a-z0-9+\s-]{{0,24}}?)(?:\s+(?:one|phone))?{_CLOSE}   # "the other infinix"
    | {_ZH_OPEN}另(?:一|外)(?:一|那)?(?:个|款|部|台)?(?P<zname>[^\s呢吗吧?？，,。]{{0,12}}?)(?:的)?(?:那个|那款)?{_ZH_CLOSE}  # "另一个小米"
    """, re.VERBOSE)
# "有5G吗", "支持NFC吗", "带无线充电吗": a bare yes/no question about a feature; "有5G的吗" asks for such phones
_FEATURE_QUESTION = re.compile(r"^\s*(?:那|那么)?(?:有|支持|带|能|可以)(?P<what>[^的吗呢]{1,12})吗\s*[?？]*\s*$")


# words that say the phone pointed at was shown: "the Samsung you showed", "the one from your list", "你推荐的那台荣耀",
# "刚才那台荣耀": with no shown phone of the name said, the shopper misremembers, and no new wish is meant
_SAID_SHOWN = re.compile(r"""
    # (a request is no telling: "can you show me only Oppo and Vivo?" asks for a list)
    (?<![a-z])(?<!can\s)(?<!could\s)(?<!would\s)(?<!will\s)(?<!pls\s)(?<!please\s)(?:you|u)\s+(?:just\s+|already\s+)?(?:showed|shown|show(?:ed)?\s+me|listed|recommended|suggested|mentioned
                                                    |gave\s+me|picked|had(?:\s+up)?)(?![a-z])
    | (?<![a-z])(?:from|on|in)\s+(?:your|the|that)\s+(?:list|results?|picks?|recommendations?|suggestions?)(?![a-z])
    | 你(?:刚才|刚刚|之前|上面)?(?:推荐|说|展示|列出|给|提到)(?:过)?的 | (?:刚才|刚刚|之前)(?:推荐的|说的)?(?:那|这)[个款台部] | 列表(?:里|中|上)
    | (?:刚才|刚刚|之前)(?:推荐|展示|列出|提到)(?:过)?的 | 上面(?:的)?(?:那|这)[个款台部]
    """, re.VERBOSE)


def says_shown(text: str) -> bool:
    """True when the message says the phone it points at was shown ("the Samsung you showed", "你推荐的那台荣耀")."""
    return bool(_SAID_SHOWN.search(text.lower()))


# the words that only say where the phone was seen: "you showed", "from the list", "你推荐的", "列表里的", "刚才"
_SEEN_EN = re.compile(r"""
    (?:[,\s]+(?:that|which))?\s+(?:you|u)\s+(?:just\s+|already\s+)?(?:showed|shown|show(?:ed)?\s+me|listed|recommended
                                                               |suggested|mentioned|gave\s+me|picked|had(?:\s+up)?)
    (?:\s+(?:me|earlier|before|above|first))*(?![a-z])
    | \s+(?:from|on|in)\s+(?:your|the|that)\s+(?:list|results?|picks?|recommendations?|suggestions?)(?![a-z])
    """, re.VERBOSE)
_SEEN_ZH = re.compile(r"你?(?:刚才|刚刚|之前|上面)?(?:推荐|说|展示|列出|给|提到)(?:过)?的|(?:刚才|刚刚|之前|上面)(?:的)?|列表(?:里|中|上)(?:的)?")


def seen_words_cut(text: str) -> str:
    """The message without the words that say where its phone was seen, a Chinese one pointing with "那个" where they
    did: "the oppo you showed" -> "the oppo", "你推荐的OPPO" -> "那个oppo", "列表里那台OPPO" -> "那台oppo"."""
    low = _SEEN_EN.sub("", text.lower())
    return _SEEN_ZH.sub(lambda m: "" if low[m.end():m.end() + 1] in ("那", "这") else "那个", low)


_MIDDLE = re.compile(rf"""
    {_OPEN}(?:the\s+)?(?:(?!in\s)[a-z][a-z0-9+-]*\s+)?(?:(?:one|phone|model)\s+)?in\s+the\s+middle  # "the samsung one in the middle"(?:\s+of\s+(?:the\s+)?(?:list|them|those))?{_CLOSE}
    | {_OPEN}(?:the\s+)?middle\s+(?:one|phone|model|pick|option){_CLOSE}
    | {_ZH_OPEN}(?:最)?中间(?:的)?(?:那|这|一)?(?:个|款|部|台)?{_ZH_CLOSE}
    """, re.VERBOSE)


def points_at_middle(text: str) -> bool:
    """True when the message points at the middle phone of the list ("the one in the middle", "中间那台")."""
    return bool(_MIDDLE.search(text.lower()))


# "the second realme", "the last moto one", "第二台一加", "最后那台小米": a place counted among the shown phones of a name
_NTH_NAMED = re.compile(rf"""
    {_OPEN}(?:the\s+|that\s+)?(?:(?P<nth>{latin_alt(ORDINALS)})|(?P<last>last|final|bottom))
      \s+(?P<name>[a-z][a-z0-9+-]*(?:\s+[a-z0-9+-]+)??)(?:\s+(?:one|phone|model))?{_CLOSE}
    | {_ZH_OPEN}(?:第(?P<zn>[一二两三四五六七八九十\d]{{1,2}})|(?P<zlast>最后|最下面|最底下)(?:一|那)?)(?:个|款|部|台)
      (?P<zname>[^\s呢吗吧?？，,。的]{{1,12}}?)(?:的)?(?:手机)?{_ZH_CLOSE}
    """, re.VERBOSE)
_NO_NAME = frozenset({"one", "ones", "phone", "phones", "model", "models", "option", "options", "pick", "result", "choice",
                      "two", "three", "four", "five"})


def nth_named(text: str) -> tuple[int, str] | None:
    """(the place, the name) of a message that counts a place among the shown phones of a name: "the second realme" ->
    (2, "realme"), "最后那台小米" -> (-1, "小米"); None for any other message (a place in the whole list is a position)."""
    match = _NTH_NAMED.search(text.lower())
    if match is None:
        return None
    name = (match.group("name") or match.group("zname")).strip()
    if name in _NO_NAME:
        return None
    if match.group("last") or match.group("zlast"):
        return -1, name
    place = ORDINALS[match.group("nth")] if match.group("nth") else small_number(match.group("zn"))
    return (place, name) if place else None


def neighbour_step(text: str) -> int | None:
    """-1 for the phone above the one in focus ("the one above it", "上一个"), +1 for the one below ("下一个")."""
    match = _NEIGHBOUR.search(text.lower())
    if match is None:
        return None
    direction = match.group("dir") or match.group("dir2") or match.group("zdir")
    return -1 if direction in _UP else 1


def other_named(text: str) -> str | None:
    """What "the other ..." names: "" for "the other one" / "另一个呢", else the name ("the other infinix": "infinix");
    None when the message says no "other"."""
    match = _OTHER.search(text.lower())
    if match is None:
        return None
    name = (match.group("name") or match.group("zname") or "").strip()
    return "" if name in ("one", "phone", "model") else name


def asks_feature_of_it(text: str) -> bool:
    """True for a bare yes/no question about a feature with no phone named ("有5G吗", "支持NFC吗")."""
    return bool(_FEATURE_QUESTION.search(text))


# an ordering asked of the list on screen: the verb takes the list itself as its object ("sort the list by price", "line
# them up lightest first", "rank these cheapest first"), or puts a phone of it at the top ("put the cheapest at the top",
# "move the lightest one to the top"); "sort by price" or "show the cheapest at the top" name no list, and order every
# match. "put/move" is said of what is there: "show" may ask for phones not yet shown
_LIST = r"(?:them|'?em|these(?:\s+ones)?|those(?:\s+ones)?|(?:the|this|that|your)\s+(?:list|results|options|ones|phones))"
_REORDERS = re.compile(rf"""
    (?<![a-z])(?:re-?)?(?:sort|order|rank|arrange|line|list)\s+{_LIST}(?![a-z])
    | (?<![a-z])(?:put|move|bring|stick|place)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s+(?:ones?|phones?|models?))?
      \s+(?:(?:at|to|on)\s+(?:the\s+)?top|first)(?![a-z])
    """, re.VERBOSE)


def reorders_shown(text: str) -> bool:
    """True when the message asks to put the phones on screen in another order ("put the cheapest at the top", "line
    them up lightest first"): the same phones are shown again, ordered, not every match ranked anew."""
    return bool(_REORDERS.search(text.lower()))
