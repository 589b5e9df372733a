"""A shopper asking what the advisor holds (issue 10): "what did I ask for so far?", "what's my budget again?",
"现在的条件是什么". Such a question is about the conversation, not a wish: its words ("budget", "ask for") are no
filter or need, and the answer is the filters in force with the list they make."""

from __future__ import annotations

import re

_RECAP = re.compile(r"""
    ^(?:(?:ok(?:ay)?|so|hm+|wait|sorry|and|um+|uh+)[,\s]+)*
    (?: (?:can\s+you\s+|could\s+you\s+|please\s+)?remind\s+me\s+
        (?:what\s+i\s+(?:said|asked\s+for|wanted|told\s+you)|(?:of|about)\s+my\s+(?:filters|requirements|criteria|budget)
           |what\s+my\s+(?:filters|requirements|criteria|budget)\s+(?:are|is|were|was))
        (?:\s+(?:so\s+far|again|before|earlier))?
      | what\s+(?:did|have|had)\s+i\s+(?:ask(?:ed)?\s+for|say|said|tell\s+you|told\s+you|want(?:ed)?|choose|chosen|pick(?:ed)?)
        (?:\s+(?:so\s+far|before|earlier|until\s+now|already))?
      | what\s+(?:are|were)\s+my\s+(?:filters|requirements|criteria|conditions|settings|constraints|preferences)
        (?:\s+(?:again|so\s+far|now))?
      | what(?:'s|s|\s+is|\s+was)\s+my\s+(?:budget|price\s+limit|filter|requirement)(?:\s+(?:again|now|set\s+to))?
      | what\s+(?:filters|requirements|criteria|conditions)\s+(?:are|do)\s+(?:you\s+(?:have|using|use)|(?:in\s+place|set|applied|on))
      | (?:show|list|tell)\s+(?:me\s+)?(?:my|the|current)\s+(?:current\s+)?(?:filters|requirements|criteria|conditions)
    )
    [\s?.!]*$
    | ^(?:那|所以)?(?:现在|目前|当前)?(?:我的|的)?(?:条件|要求|筛选条件?|预算)(?:都)?是(?:什么|多少|啥|哪些)(?:来着)?[\s?？。!！]*$
    | ^我?(?:刚才|之前|前面|一共)?(?:都)?(?:说|提)(?:了|过)(?:哪些|什么|啥)(?:要求|条件)?(?:来着)?[\s?？。!！]*$
    """, re.VERBOSE)


def asks_recap(text: str) -> bool:
    """True when a message only asks what the shopper has said so far or which filters are in force."""
    return _RECAP.search(" ".join(text.lower().split())) is not None
