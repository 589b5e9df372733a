"""Going back to an earlier search by what it was about (issue 10): after a tablet for someone else, "back to the
motorolas" or "回到小米" returns to the phone search that wanted (or showed) those brands, as "back to my phone" does.
The name only says which search is meant: it is no new wish for that brand's tablets."""

from __future__ import annotations

from collections.abc import Iterable

from advisor.catalog.model import Phone
from advisor.dialogue.state import DialogueState
from advisor.understanding.request import Request


def names_earlier_search(said: Request, earlier: DialogueState, seen: Iterable[Phone]) -> bool:
    """True when every wish of what a message goes back to is a brand the `earlier` search wanted or showed (`seen`:
    the phones of its list)."""
    if not said.updates or any(u.slot != "brands" or u.op not in ("set", "add") for u in said.updates):
        return False
    named = frozenset().union(*(frozenset(u.value) for u in said.updates))
    return named <= earlier.constraints.brands | {p.brand for p in seen}
