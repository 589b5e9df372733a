"""Words around a figure that make it a price, and whether they name a budget or a price level.

A budget word ("budget", "预算") makes a bare figure a ceiling; a price level ("三千价位", "价格4000的华为", "三千块钱的手机",
"a $500 price point", "the 30k segment") is read as about that much, the way a shop reads it. money.py asks these
tables; the side words proper ("under", "以内", "左右") are bounds.py's.
"""

from __future__ import annotations

import re

KEYWORD_BEFORE = re.compile(r"""
    (?:(?:my|the|a|with\s+a|have\s+a|on\s+a)\s+)?                                 # "my", "on a"
    (?<![a-z])(?:budget|price\s+range|price|spend(?:ing)?|pay|afford|costs?|costing|priced|for|at  # the money word, whole
    # ("make that $700" holds no "at")
       |(?:i\s+)?(?:only|just)\s+(?:have|got)|all\s+i\s+(?:have|'?ve\s+got|got|can\s+(?:spend|afford))  # "i only have 300"
       # what the shopper has, said loosely, is what they spend: "i've got like 400"; a plain "i have 2000" may count
       # photos
       |i(?:\s+have|'?ve\s+got|\s+got)(?=\s+like(?![a-z]))
       # what the shopper can manage is what they spend: "I can do 90k", "we could swing 600" (a unit after the figure
       # makes it no price: "I can do 200g")
       |(?:i|we)\s+(?:can|could)\s+(?:do|manage|swing)
       |(?:i'?m|i\s+am|we'?re|we\s+are)\s+at       # the shopper's means, not a phone's price ("phones at 25k"): "I'm at 500"
       # the budget kept where it is, a ceiling as "keep the budget at 30k" is: "stay at 25k", "keep it at 30k", "budget
       # stays at 25k" (not the "at" of a price level, "phones at 25k")
       |stay(?:s|ing)?|remain(?:s|ing)?|keep(?:s|ing)?\s+(?:it|things|me|us)|stick(?:s|ing)?
       |预算|售价|定价|价(?:位|格|钱)?|花|买
       |手头|手上|手里|兜里|钱包里?|(?:能|可以)出到?|出得起                  # what the shopper has: "手上有3000", "最多能出3000"
       # ... the pocket, the card, the savings: "口袋里就2000", "卡里就3000", "攒了3000"; 出 (pay out) after a ceiling: "最多出3000"
       |口袋里?|身上|卡里|账上|攒了|存了|(?:(?<=最多)|(?<=顶多)|(?<=至多)|(?<=撑死))出)
    # "like" is a filler there, as the paraphrase set reads "i've got like 250 bucks" (a ceiling): "for like 300"
    # "预算得有3000": what the budget must come to is the sum the shopper has, as "预算有3000" (a floor on it is said: "至少得有")
    (?:\s*(?:is|of|at|around|to|like|:|=|-|–|大概|是|在|为|不多|不高|有限|只有|就|有|才|也就|得|[,，]  # linking words: "is around", "不多,"
            |(?:只|就|还)?剩(?:下)?                                                           # "兜里只剩3000"
            |改成|改为|换成|调到|提高到|降到|变成|提到|放开到|放宽到|加到|涨到|升到                   # "改成", "放宽到"
            |可以|能                                      # the move allowed: "预算可以加到5000"
            |控制|卡(?:死)?|天花板        # held at, the ceiling: "预算卡在8000" (在 opens the amount), "价格天花板3500"
            |保持|维持|定|放))*           # kept at: "预算保持在5000", "价格维持在5000", "预算定在4000" read as "预算5000"
    \s*$
    """, re.VERBOSE)
"""A money word just before a figure ("budget", "price is", "预算改成"), ending where the figure starts."""

# a price level after a figure: "三千价位", "3000元这个档次", "三千元级别", "a $500 price point", "the 30k segment"; the place
# around a figure is one too: "in the US$ 300 area", "the 20k rupees region", "in the $500 neighbourhood"
_LEVEL = (r"(?:price|budget)\s+(?:point|range|bracket|segment|category|level|area|region)|segment|category|bracket|ballpark"
          r"|level|class|area|region|zone|vicinity|neighbou?rhood"
          r"|(?:的|(?:这|那)(?:个|种)?)?\s*(?:价位段?|价格段?|价格区间|价格|价钱|档次|档位|档|级别|级|水平|区间|段)"
          r"|(?:这|那)(?:个|种)?\s*价")  # "1200元这个价左右": 价 alone after a demonstrative pointing at the figure
# a figure asked what it buys: "3000能买啥", "2000可以买到什么": the money the shopper has, so a budget
_BUYS_WORD = r"(?:块钱?|元)?\s*(?:能|可以|可|够)买(?:到|得到|得了)?"
_BUYS = rf"{_BUYS_WORD}(?=\s*(?:啥|什么|哪|些|点|几))"
KEYWORD_AFTER = re.compile(rf"\s*(?:{_LEVEL}|budget|(?:的\s*)?预算|{_BUYS})(?![a-z])")
"""A money word just after a figure: a price level or a budget ("3000 yuan budget", "3000能买啥")."""
_LEVEL_AFTER = re.compile(rf"\s*(?:{_LEVEL})")
_BUDGET_AFTER = re.compile(rf"\s*(?:(?:的\s*)?(?:budget|预算)|{_BUYS_WORD})")  # on KEYWORD_AFTER's match alone


def names_budget(after: re.Match[str] | None) -> bool:
    """True when the KEYWORD_AFTER match after a figure is a budget word ("3000预算", "500 budget"), which makes a bare
    figure a price; a level word alone does not ("a 5000 class battery")."""
    return after is not None and _BUDGET_AFTER.match(after.group(0)) is not None
# a price held at its figure ("售价卡死4500", "价格控制在5000") or raised or lowered to it ("价格提高到4500", "价钱降到3000") is
# its ceiling, no level
_HELD = re.compile("控制|卡|天花板|提高到|提到|降到|降低到|加到|涨到|升到|放开到|放宽到")
_PRICE_NOUN = re.compile(r"价|售价|定价|(?<![a-z])(?:priced\s+)?at(?![a-z])")  # "价格4000", "phones at 25k", "priced at $400"
# after a figure, the phone it is the price of: "三千块钱的手机", "2000元的机子", "1500的拍照手机" (in English "a $300 phone"
# stays a ceiling, as the paraphrase set has it)
_FOR_A_PHONE = re.compile(r"\s*的\s*[^,，。;；!！?？的\x00]{0,8}?(?:机|旗舰)")


# after a figure and its yuan, 机 glued to them: "两千元机", "三千块机", a phone of that price as 千元机 is a budget phone
_YUAN_PHONE = re.compile(r"[元块]\s*机(?![器型构身])")


def names_price_level(before: re.Match[str] | None, after: re.Match[str] | None, rest: str, said: str = "") -> bool:
    """True when the money words around a figure make it a price level, read as about that much: a level word after it
    ("三千价位", "30k budget range"), a price noun before it ("价格4000", "价位2500") or, with no budget word, the phone it
    prices after it ("三千块钱的手机"). `before` and `after` are the KEYWORD_BEFORE and KEYWORD_AFTER matches, `rest` the
    text after the figure and `said` the figure with its currency word ("两千元")."""
    if after is not None:
        return _LEVEL_AFTER.match(after.group(0)) is not None
    if before is not None and _PRICE_NOUN.match(before.group(0).strip()) and not _HELD.search(before.group(0)):
        return True
    if _YUAN_PHONE.match(said[-1:] + rest) is not None:
        return True
    return before is None and _FOR_A_PHONE.match(rest) is not None


# English: a figure standing as the phone's adjective ("a 20k phone", "good 15k mobile", "a 300 phone"), after an article,
# a word of praise or nothing, is what the phone may cost, a ceiling as "a $300 phone" is; after a brand or a model word
# it is a model number ("nokia 3310 phone"), so only these words may come before it
_PHONE_NOUN_AFTER = re.compile(r"\s*(?:smart\s*)?(?:phones?|mobiles?|handsets?|cell\s*phones?)(?![a-z])")
_BEFORE_PHONE_PRICE = re.compile(r"(?:^|[,.;:!?]\s*|(?<![a-z])(?:a|an|any|some|good|best|decent|nice|solid|great|reliable"
                                 r"|top|cheap)\s+)$")
# Indian English "best phone in 15000", "camera phones in 20k": "in" a figure after the phone is within that much
_IN_AFTER_PHONE = re.compile(r"(?:(?:smart\s*)?(?:phones?|mobiles?|handsets?)|best|one|options?)(?:\s+(?:is|are))?(?:\s+best)?"
                             r"\s+(?P<in>in)\s*$")


def prices_the_phone(before: str, rest: str) -> bool:
    """True when an English bare figure between `before` and `rest` is said of the phone it prices: "a 20k phone"."""
    return _PHONE_NOUN_AFTER.match(rest) is not None and _BEFORE_PHONE_PRICE.search(before) is not None


def within_in(before: str) -> re.Match[str] | None:
    """The words "in" closing `before` when they say a phone within the figure that follows ("best phone in 15000")."""
    return _IN_AFTER_PHONE.search(before)

