"""Messages that let the budget in force stretch with no new figure (issue 10): "I can spend a bit more", "budget can
go a bit higher", "stretch the budget a little", "预算可以再放宽一点", "预算再高一点也行". The shopper lifts the ceiling she
set (the cheaper phones stay welcome), she does not ask for dearer phones ("more expensive" after a list does that)."""

from __future__ import annotations

import re

from advisor.understanding.request import Budget

STRETCH = 0.25
"""How far "a bit more" lifts the ceiling: the step "cheaper" takes off a budget with nothing shown (20% down, in
advisor/dialogue/state.py) taken back, so "cheaper" then "I can spend a bit more" returns to the budget said."""

_SOME = r"(?:a\s+(?:little\s+)?bit\s+|a\s+little\s+|slightly\s+|some(?:what)?\s+)?"
_STRETCH = re.compile(rf"""
    (?<![a-z])(?:can|could|may|might|willing\s+to|happy\s+to|able\s+to)\s+(?:spend|pay|go)\s+{_SOME}(?:more|higher)(?![a-z])
    | (?<![a-z])budget\s+(?:can|could|may)\s+(?:go|be)\s+{_SOME}(?:higher|up|more|bigger)(?![a-z])
    | (?<![a-z])(?:stretch|raise|increase|bump\s+up|widen|loosen|relax)\s+(?:the\s+|my\s+)?budget(?![a-z])
    | 预算(?:可以|能|也可以)?(?:再|稍微|适当)?(?:放宽|提高|高|加|多|往上|增加|上调)
    | (?:可以|能)再?多(?:花|出)(?:一)?点
    """, re.VERBOSE)


def says_stretch(text: str) -> bool:
    """True when the message says the shopper can spend more, with or without a figure ("forget the 1200 limit, i can
    spend more now"): room to spend, never a wish for dearer phones."""
    return bool(_STRETCH.search(text.lower()))


def stretches_budget(text: str) -> bool:
    """True when the message lets the budget go higher without saying a figure ("I can spend a bit more", "预算可以再放宽
    一点"); a message with a figure says the new budget itself."""
    return says_stretch(text) and not re.search(r"\d", text)


def stretched(budget: Budget) -> Budget:
    """The budget with its ceiling lifted by STRETCH; its floor, and a budget without a ceiling, as they are."""
    if budget.hi is None:
        return budget
    return Budget(budget.currency, lo=budget.lo, hi=round(budget.hi * (1 + STRETCH)))
