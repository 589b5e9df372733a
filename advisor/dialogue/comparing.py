"""Words that set the phone in focus against another one (issue 10)."""

from __future__ import annotations

import re

from advisor.understanding.scan import has_cjk

# "vs the cheapest one", "how does it compare with the lightest", "和最便宜的那个比呢": the phone the previous answer was
# about, weighed against the one the rest of the message picks
_AGAINST = re.compile(r"""
    (?<![a-z])(?:vs\.?|versus|against|compared?\s+(?:it\s+|that\s+|this\s+)?(?:to|with)|stack\s+up\s+(?:to|against))(?![a-z])
    | (?:和|跟|与|同)[^，。,;；]{1,16}?(?:比|对比|相比|pk)
    """, re.VERBOSE)


def against_what(text: str) -> str | None:
    """The words after the one that weighs something against another phone ("vs the cheapest one" -> "the cheapest
    one"; "跟最轻的比呢" -> "跟最轻的比呢", whose words go round it); None when a message weighs nothing."""
    low = text.lower()
    if (m := _AGAINST.search(low)) is None:
        return None
    return low if has_cjk(m.group(0)) else low[m.end():]
