"""What one turn changed in the filters, as typed `Change`s in the shopper's language.

The filter lines of the state before and after are compared slot by slot (one source of truth for
how a filter reads): a line that appears is "add", one that disappears is "clear", one that differs
is "loosen" when the new filter admits everything the old one did, else "replace".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from advisor.dialogue.state import DialogueState
from advisor.explain.answer import Change
from advisor.explain.reasons import filter_lines
from advisor.understanding.request import Bound, Constraints

_SAY = {
    "en": {"add": "added {new}", "replace": "{old} → {new}", "loosen": "loosened {old} → {new}",
           "clear": "removed {old}", "restore": "back to the earlier search", "return": "back to the {topic} search",
           "nothing": "there is nothing to go back to",
           "too_far": "I can only go back {n} {steps}; your filters are unchanged", "step": "step", "steps": "steps",
           "phone": "phone", "tablet": "tablet",
           "no_haggling": "I can't change prices: they are the shops' list prices. Your filters are unchanged.",
           "nothing_to_explain": "I haven't suggested any phones yet, so there is nothing to explain. Tell me your "
                                 "budget or what matters to you (camera, battery, size) and I'll pick some.",
           "your_call": "Whether you need {feature} depends on how you'll use the phone, so I haven't added it as a "
                        "filter. Say \"with {feature}\" and I'll keep only phones that have it."},
    "zh": {"add": "新增 {new}", "replace": "{old} → {new}", "loosen": "放宽 {old} → {new}",
           "clear": "去掉 {old}", "restore": "已回到上一步的条件", "return": "回到{topic}的搜索",
           "nothing": "没有可以返回的上一步", "too_far": "最多只能退回{n}步，条件没有改动", "step": "", "steps": "",
           "phone": "手机", "tablet": "平板",
           "no_haggling": "价格是商家的标价，我这边改不了，没法砍价哦。条件没有变化。",
           "nothing_to_explain": "我还没有推荐任何机型，暂时没有可以解释的。告诉我你的预算或看重什么（拍照、续航、尺寸），我来挑几款。",
           "your_call": "需不需要{feature}要看你怎么用手机，所以我没有把它加进条件。想要的话说“要{feature}”，我就只留有的机型。"},
}


def say(language: str, key: str, **values: str) -> str:
    """One change phrase in the shopper's language."""
    return _SAY["zh" if language == "zh" else "en"][key].format(**values)


def diff(before: DialogueState, after: DialogueState) -> tuple[Change, ...]:
    """The filter changes from `before` to `after`, in `after`'s language."""
    language = after.language
    old = {line.slot: line.text for line in filter_lines(replace(before, language=language))}
    new = {line.slot: line.text for line in filter_lines(after)}
    changes: list[Change] = []
    for slot in dict.fromkeys([*old, *new]):
        if slot not in new:
            changes.append(Change("clear", slot, say(language, "clear", old=old[slot])))
        elif slot not in old:
            changes.append(Change("add", slot, say(language, "add", new=new[slot])))
        elif old[slot] != new[slot]:
            op: Literal["loosen", "replace"] = "loosen" if _admits_more(slot, before.constraints, after.constraints) else "replace"
            changes.append(Change(op, slot, say(language, op, old=old[slot], new=new[slot])))
    return tuple(changes)


def restored(state: DialogueState, topic: str | None = None) -> Change:
    """The change of an undo (topic None) or of a return to an earlier topic."""
    text = say(state.language, "return", topic=say(state.language, topic)) if topic else say(state.language, "restore")
    return Change("restore", "state", text)


def _admits_more(slot: str, old: Constraints, new: Constraints) -> bool:
    if slot == "budget":
        return old.budget is not None and new.budget is not None and old.budget.currency == new.budget.currency \
            and _wider(old.budget.bound, new.budget.bound)
    if slot in ("brands", "devices"):
        return getattr(new, slot) >= getattr(old, slot)
    if slot == "exclude_brands":
        return new.exclude_brands <= old.exclude_brands
    if slot.startswith("spec:"):
        name = slot[5:]
        before, after = old.spec(name), new.spec(name)
        return before is not None and after is not None and _wider(before, after)
    return False


def _wider(old: Bound, new: Bound) -> bool:
    lo_ok = new.lo is None or (old.lo is not None and new.lo <= old.lo)
    hi_ok = new.hi is None or (old.hi is not None and new.hi >= old.hi)
    return lo_ok and hi_ok
