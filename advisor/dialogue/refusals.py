"""A refusal said again in a correction (issue 10): "no samsung", then "sorry, I meant no xiaomi" refuses Xiaomi in
place of Samsung; "不要苹果", then "不对，是不要三星" refuses Samsung instead of Apple; "I meant no honor, not huawei" takes
the Huawei refusal back. The brands named after "not" are the refusal taken back; with none named, it is the refusal
the conversation said last. "no wait, no samsung either" adds a refusal and takes none back."""

from __future__ import annotations

import re

from advisor.dialogue.state import DialogueState
from advisor.understanding.request import Request, SlotUpdate
from advisor.understanding.smalltalk import WISH_WORDS
from advisor.understanding.talk import says_only

_AS_WELL = re.compile(r"(?<![a-z])(?:either|too|also|as\s+well|neither|nor)(?![a-z])|也|还有|另外")


def corrected_refusals(updates: tuple[SlotUpdate, ...], text: str, state: DialogueState,
                       not_meant: frozenset[str]) -> tuple[SlotUpdate, ...]:
    """A correction's updates with its refusals put in place of the ones it corrects (`not_meant`: the brands it says
    were not meant); updates of a message that refuses no brand, or refuses one more, as they are."""
    updates = _meant_as_refusal(updates, state, not_meant)
    refusing = [u for u in updates if (u.slot, u.op) == ("exclude_brands", "add")]
    if not refusing or _AS_WELL.search(text.lower()):
        return updates
    refused = frozenset().union(*(frozenset(u.value) for u in refusing)) - not_meant
    taken_back = (not_meant or last_refused(state)) - refused
    kept = tuple(u for u in updates if (u.slot, u.op) != ("exclude_brands", "add"))
    return kept + ((SlotUpdate("exclude_brands", "remove", taken_back),) if taken_back else ()) \
        + ((SlotUpdate("exclude_brands", "add", refused),) if refused else ())


def _meant_as_refusal(updates: tuple[SlotUpdate, ...], state: DialogueState,
                      not_meant: frozenset[str]) -> tuple[SlotUpdate, ...]:
    """"不要 Infinix", then "sorry 是 Tecno 不是 Infinix" / "I meant Tecno, not Infinix": the brand not meant is a
    refusal in force, so the brand meant in its place is the one refused, not a wish."""
    if not not_meant or not not_meant <= state.constraints.exclude_brands:
        return updates
    wished = frozenset().union(*(frozenset(u.value) for u in updates
                                 if u.slot == "brands" and u.op in ("set", "add"))) - not_meant
    if not wished:
        return updates
    return tuple(u for u in updates if not (u.slot == "brands" and u.op in ("set", "add"))) \
        + (SlotUpdate("exclude_brands", "add", wished),)


def last_refused(state: DialogueState) -> frozenset[str]:
    """The brands the latest step that refused brands refused (none when no step did)."""
    history = state.history
    for n in range(len(history) - 1, -1, -1):
        after = history[n + 1].before if n + 1 < len(history) else state
        if added := after.constraints.exclude_brands - history[n].before.constraints.exclude_brands:
            return added
    return frozenset()


_WORDS = re.compile(r"[a-z0-9']+|[\u4e00-\u9fff]")
"""The words of a message (a Chinese character counts as one): a brand named with a remark says more than its name."""
# what happened to a phone, told: "my cousin one was fake copy", "his infinix died", "turns out it was a fake"
_TOLD = re.compile(r"(?<![a-z])(?:was|were|had|died|broke|turns?\s+out|turned\s+out)(?![a-z])")


def told_of_let_back(wish: str, request: Request, let_back: frozenset[str]) -> bool:
    """True when the words said after an undo only tell of brands the undo let back in ("undo that, my cousin one was
    fake copy, not real infinix" after "no infinix no tecno"): why the refusal goes, no wish for those brands ("undo
    that, i want infinix only" is one)."""
    low = wish.lower()
    named = [u for u in request.updates if u.slot in ("brands", "exclude_brands") and u.op != "clear"]
    return bool(let_back) and bool(named) and len(named) == len(request.updates) \
        and all(frozenset(u.value) <= let_back for u in named) \
        and not (request.sort or request.relative or request.followup or request.limit) \
        and bool(_TOLD.search(low)) and not WISH_WORDS.search(low) and not says_only(wish)


def speaks_of_dropped(wish: str, request: Request, dropped: frozenset[str]) -> bool:
    """True when the words said after an undo only name brands the undo took out of the wanted ones ("nah undo that,
    realme UI is full of bloatware" after "Realme is fine too"): why the step goes, as wanting again the brand just
    taken back makes no sense; "undo that, realme only" and "undo that, I want realme" still ask for it, as does a name
    alone or one of several brands the undo drops ("还是之前的 小米的" after "换成小米跟vivo": Xiaomi of the two)."""
    named = [u for u in request.updates if u.slot == "brands" and u.op in ("set", "add")]
    return bool(dropped) and bool(named) and len(named) == len(request.updates) \
        and frozenset().union(*(frozenset(u.value) for u in named)) == dropped \
        and len(_WORDS.findall(wish.lower())) >= 3 \
        and not (request.sort or request.relative or request.followup or request.limit) \
        and not WISH_WORDS.search(wish.lower()) and not says_only(wish)
