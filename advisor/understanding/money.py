"""Budgets: amounts of money with their currency and bounds ("under $300", "₹20k-30k", "两千左右").

The currency decides the market prices are read in (the words are in currencies.py). A message without
a currency word uses the market of a place it names ("in Dubai, max 1500"), else CNY when written in
Chinese and USD otherwise, except that a bare English amount of 5000 or more is read as rupees (INR),
the way Indian shoppers write "under 20k"; a note says so. Rupees are Pakistani when the shopper names
a Pakistani place. A currency without prices is named back in a note, never read as another.
"""

from __future__ import annotations

import math
import re

from advisor.catalog.model import MARKETS
from advisor.understanding.bounds import (
    APPROX_THEN_TO,
    AROUND_TOLERANCE,
    TOLERANCE_WORDS_EN,
    BoundKind,
    bound_of,
    side_after,
    side_before,
)
from advisor.understanding.currencies import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    GENERIC_RUPEE,
    ISO_CODES,
    LOCAL_UNIT,
    currency_said_apart,
    guessed_rupees_note,
    market_of_place,
    names_hong_kong_dollars,
)
from advisor.understanding.negation import postposed
from advisor.understanding.numbers import EN_NUM, MULT, NUM, parse_english, parse_number, scale
from advisor.understanding.price_words import (
    KEYWORD_AFTER,
    KEYWORD_BEFORE,
    names_budget,
    names_price_level,
    prices_the_phone,
    within_in,
)
from advisor.understanding.request import Budget, merge_bounds
from advisor.understanding.scan import Scan, latin_alt

_MARKET_LIST = f"{', '.join(MARKETS[:-1])} and {MARKETS[-1]}"  # "USD, INR, CNY, PKR and AED"


# after a number a currency word may be glued to it ("300usd", "1.2kusd", "2 lakhPKR"): only another letter breaks it,
# not the multiplier's own ("k", "lakh", "lac", "crore")
_GLUED_AFTER = "(?:(?<![a-jl-z])|(?<=lakh)|(?<=lakhs)|(?<=lac)|(?<=lacs)|(?<=crore)|(?<=crores))"


def _groups(table: dict[str, list[str]], prefix: str, *, after_number: bool = False) -> str:
    # a currency without words here would match the empty string: it has no group
    alts = {cur: (latin_alt(words).replace("(?<![a-z0-9])", _GLUED_AFTER) if after_number else latin_alt(words))
            for cur, words in table.items() if words}
    return "|".join(f"(?P<{prefix}_{cur}>{alt})" for cur, alt in alts.items())


# "1.2kusd", "2 lakhPKR", "50krs", "1.2Kdhs": a multiplier glued to the currency word after it; "1.2w": the Chinese shorthand for 万 (ten thousand),
# which after a figure of charging power is watts ("33w"): _WAN_MAX tells them apart; "1.5L": lakh
_MULT = rf"(?:(?:k|lakhs?|lacs?|crores?)(?=usd|inr|rmb|cny|aed|pkr|eur|gbp|dollars?|bucks|rupees?|rs|yuan|dirhams?|dhs?(?![a-z])|\$)|{MULT}|w(?![a-z])|l(?![a-z]))"
_WAN_MAX = 5
"""A figure before "w" under this is ten thousands ("1.5w"); from it on, watts ("5w", "33w")."""
# "1,5k", "2,5 lakh": a decimal comma before a multiplier (tried before NUM, which reads "1,500" as a thousands comma)
_DECIMAL_COMMA = r"(?<![\d.,])\d+,\d{1,2}(?=\s*(?:k|grand|thousand|lakhs?|lacs?|w)(?![a-z]))"


def _amount(i: int) -> str:
    # written for re.VERBOSE, as _MONEY is
    return rf"""
        # a currency before the figure: "$", "rs"; a code closed by a period as an abbreviation is ("PKR. 30000", "AED. 700")
        (?:(?P<pre{i}>{_groups(CURRENCY_BEFORE, f'p{i}')})(?:(?<=[a-z])\.)?\s*)?
        # the figure: "1,299", "1,5", "两千"; "one" after a word that points at a phone is that phone ("a new one... ₹ 60000")
        (?P<n{i}>{_DECIMAL_COMMA}|{NUM}|(?:(?!one(?![a-z]))|(?<!new\s)(?<!the\s)(?<!this\s)(?<!that\s)(?<!another\s)(?<!other\s)){EN_NUM})
        (?:\s*(?P<m{i}>{_MULT}))?                                     # and its multiplier: "1.2k", "2 lakh"
        # "1 lakh 20 thousand", "2 lakh and 50k": the thousands after a lakh or a crore are the same amount's
        (?:(?:(?<=lakh)|(?<=lakhs)|(?<=lac)|(?<=lacs)|(?<=crore))\s+(?:and\s+)?(?P<r{i}>\d{{1,2}})\s*(?P<rm{i}>k|thousand|haza{{1,2}}r)(?![a-z]))?
        (?P<whole{i}>/-)?                     # "Rs 20,000/-": the Indian and Pakistani mark of a whole amount
        (?P<ish{i}>-?ish(?![a-z]))?           # "$250ish", "300ish dollars": "ish" glued to the figure is "around"
        (?:(?:\s*|-(?=[a-z]))(?P<post{i}>{_groups(CURRENCY_AFTER, f'q{i}', after_number=True)}))?  # after it: "dollars", "元", "200-dollar"
        # "40000 rupees only", "Rs. 50,000/- only": "only" after an amount with its currency is how a cheque writes it,
        # part of the amount and no limit, so the side or approximation after it is read ("40000 rupees only or more")
        (?:(?(pre{i})|(?(post{i})|(?!)))(?:\s+|(?<=/-))only(?![a-z]))?  # "Rs.30000/-only": glued to the whole-amount mark
        """


# written for re.VERBOSE: pasted into _MONEY and _TOLERANCE only
_NOT_MONEY_UNIT = r"""(?!\s*(?:
    mah|gbs?|gigs?|tbs?(?![a-z])|mp|megapixels?|inch|\"|''|′|寸|英寸|克|g(?![a-z])|毫安|像素|hz|w(?![a-z])|%   # a spec's unit
    |年|个|款|部|台|天|小时|hours?|days?|mm|nits|k\b|月|周(?!围)|岁|years?|months?|weeks?|g?hz|号|名|张|次|米|人|条|步
    |x\b(?!\s*[.!?]*\s*$)     # "3x zoom"; an "x" closing the message is a sign-off's kiss ("under INR 18k x")
    |屏|视频|录像|分辨率|video|display|screen|resolution                  # "2k屏", "4k视频": a resolution
    ))"""  # a count, a time, a size
# "两千五", "12+256，三千": a Chinese figure with a thousand or ten-thousand unit (or "k", "w") that no spec read
# after a Chinese numeral a Latin word is the next ask ("一千五OPPO"); after a digit it may be a unit
_CN_UNIT_FIGURE = re.compile(rf"(?P<n>{NUM})(?:\s*(?P<m>k|w)(?![a-z]))?(?![\d.])(?:(?<=[\u4e00-\u9fff])|(?![a-z]))"
                             rf"{_NOT_MONEY_UNIT}", re.VERBOSE)
# "$30 a month", "EMI under 2000", "月供300": an instalment, not the phone's price
_PER_MONTH = re.compile(r"\s*(?:/\s*(?:mo|month|m)\b|(?:per|a|each|every)\s+month|monthly|/月|每月|一个月|每个月)")
# EMI as a word of its own: "premium phone above $900" holds its letters
_MONTHLY_BEFORE = re.compile(r"(?:(?<![a-z])emi|monthly|instal+ments?|per\s+month|a\s+month|月供|分期|每月|每个月)[^,，.。;；]{0,16}$")
_SCORE_BEFORE = re.compile(r"(?:跑分|安兔兔|鲁大师|antutu|geekbench|benchmark|score)[^,，.。;；\d]{0,6}$")
# a bare figure said of the phone in the shopper's hand describes it (its weight, its size), no budget: "the one i have
# now is like 194", "mine is about 200", "my current phone weighs around 190"
_HELD_PHONE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:the|this|that)\s+one\s+i\s+(?:have|own|use|got|'?ve\s+got)|mine"
    r"|my\s+(?:(?:current|old|present|existing)\s+)?(?:one|phone|mobile|handset))"
    r"(?:\s+(?:now|currently|rn|right\s+now))?\s+(?:is|was|'s|weighs)\s+$")
_NO_PRICE_UNDER = 10
"""No phone costs less than this in any currency: "两块电池" counts batteries."""
# after an amount, the condition on which the shopper would pay it: "600 if i must", "550 if it's really good"; said of
# money only ("8gb if it's worth it" is no ceiling on memory)
_IF_NEED_BE = re.compile(r"\s*,?\s*if\s+(?:i\s+(?:really\s+)?(?:must|have\s+to|need\s+to|really\s+need)|(?:it'?s|its|it\s+is)"
                         r"\s+(?:really\s+)?(?:worth\s+it|good|great|worth\s+the\s+money)|(?:really\s+)?(?:necessary|needed|need\s+be))")
_PHONE_PRICE_MIN = 100
"""A bare figure before "phone" under this is a model number ("galaxy a 55 phone"), not what it costs."""
_LEFTOVER_MIN = 500
"""A leftover Chinese figure under this is no price."""
_CHANGE_BY = re.compile(r"(?<![不没])(?:加|减|多|少|便宜|贵|降|涨|提|省)(?:了|个|上)?\s*$")
"""Before a leftover figure: a change by that much ("预算再加一千", "便宜一千"), no price of its own. Negated it
is none: "钱不多 两千", "钱没多少，三千" say how little the shopper has, then the figure they have."""
# a currency word of our markets no amount was read with ("a few hundred bucks", "under $"): said in a note
_MONEY_WORD = re.compile(latin_alt([r"dollars?", r"bucks", r"rupees?", r"dirhams?", r"yuan", r"rmb", r"usd", r"inr",
                                    r"aed", r"pkr", r"cny", r"\$", "₹", "¥", "美元", "美金", "卢比", "迪拉姆", "人民币",
                                    "块钱", "元", "(?<=[百千万])块"]))
_WORDS_BEFORE = re.compile(r"(?:[^\s,，;；.。]+\s*){0,3}$")
_TO_BETWEEN = r"[^,，;；。]{1,24}[之中]间"  # "X和Y之间", "X和Y中间": "和" joins the ends of a range
# "Rs 80000 and Rs 100000, somewhere in there", "1,200 yuan and 1,500 yuan in between": "and" joins the ends of a range
_AND_BETWEEN = r"[^;!?]{1,24}?,?\s*(?:somewhere\s+(?:in\s+)?(?:there|between)|in\s+between)(?![a-z])"
_MONEY = re.compile(rf"""
    # a Chinese numeral may follow a Latin brand glued to it ("vivo两千到三千"); a digit there is a model number
    (?:(?<![a-z0-9.])|(?<=[a-z])(?=[一二两三四五六七八九]))
    # "between the $700 and $900 mark": the ends named as marks on a scale; "inbetween" written as one word
    (?:(?P<between>(?:in\s*)?between|b/w|btwn?|from|within|从|在|介于)\s*(?:the\s+)?)?  # "between", "b/w", "from", "within", "介于"
    (?:{_amount(1)}(?:{APPROX_THEN_TO})?\s*                 # a range's first amount (said loosely: "两千左右到三千"), then its joiner:
       # "300 to max 400", "300 to a maximum of 400": the ceiling word inside the range closes it, the floor stays
       # "150000 rupees-to-200000 rupees": "to" hyphened to the ends it joins
       (?:to\s+(?:a\s+)?max(?:imum)?(?:\s+of)?|-to-|-|–|—{{1,2}}|~|/|\.{{2,6}}|…{{1,2}}|to|(?:through|thru)(?:\s+to)?|till|until|up\s*to|up\s*till|or|se|到|至|或   # "se": Hindi/Urdu "from"; "——", "……": the Chinese dash and ellipsis
          # Cantonese 同 is 和: "介乎三千同五千之间" ("介乎" is read as 介于)
          |(?(between)(?:and|&|n|[和与跟及同])|(?!))          # "and", "&", "和", "与" after "between", "介于"
          |[和与跟同](?={_TO_BETWEEN})                        # "和", "与" only before "之间"
          |(?:and|&)(?={_AND_BETWEEN}))                      # "and" only before "somewhere in there"
    \s*)?
    {_amount(2)}                                             # the amount
    (?![a-z0-9]|\.\d){_NOT_MONEY_UNIT}                       # not a figure of another unit: "5000mah"
    (?:\s*[之中]间)?
    (?(between)(?:\s+mark(?![a-z]))?)                        # "... and $900 mark": the mark closes the range, no "about"
    """, re.VERBOSE)
_SPOKEN_SCALE = re.compile(r"(?:hundred|thousand|grand)$")
"""The scale word closing a figure said in words ("five hundred"), which the lower end of a range shares."""
# "两三千", "三、四千", "3、4千": two neighbouring digits before one unit (a figure's digit only before 、: "34千" is none)
_CN_PAIR_SOURCE = r"(?<![\d.])(?P<x>[一二两三四五六七八九]|[1-9](?=、))、?(?P<y>[二两三四五六七八九2-9])(?P<u>百|千|万)"

# "两千多块", "三百多美元": the currency after 多 is the amount's
# Cantonese says 幾 (simplified 几) for 多 after a round figure: "四千幾" is "四千多"
_CN_MORE_THAN = re.compile(rf"(?P<n>{NUM})[多几幾](?:\s*(?:{_groups(CURRENCY_AFTER, 'q0', after_number=True)}))?"
                           r"(?!\s*(?:mah|gb|g|克|毫安|寸|万像素|个|款|部|天|小时|年))")
_BOUND_AFTER_MORE = re.compile(r"\s*(?:[以之]?[内下上]|左右|上下|前后|起|封顶|为限|打住|出头)")
"""After "两千多" a bound or a little more: left to the readers of bounds."""
_JUST_OVER = re.compile(rf"(?P<n>{NUM})(?:块钱|块|元)?\s*出头(?:\s*(?:{_groups(CURRENCY_AFTER, 'q0', after_number=True)}))?")  # "四百出头美元"
JUST_OVER_SPAN = 0.15
""""两千出头" (just over 2000) is 2000 up to 2000 * 1.15, the same width as "around"."""
# after a figure, "两千来块", "千把块", "五百来美元": about that much, whatever budget word comes before it ("预算两千来块")
_ROUGHLY_AFTER = re.compile(rf"\s*[来把]\s*(?:块钱|{_groups(CURRENCY_AFTER, 'q0', after_number=True)})")
_JUST_OVER_AFTER = re.compile(r"\s*出头")
# ("或者不到一点都行", "或者差一点也行": short of it by a little)
_OR_A_BIT_UNDER = re.compile(r"\s*[,，]?\s*(?:或者?|或是|或)?\s*(?:稍微?|略微?)?(?:低|少|便宜|不到|差)\s*(?:一)?(?:点儿?|些)?(?:的)?\s*(?:都|也)\s*(?:行|可以|成|ok|没问题)"
                             # ... or said as a pair, "a bit over or a bit under": "800米出头一点或少一点"
                             r"|\s*(?:一)?(?:点儿?|些)\s*(?:或者?|或是|或)\s*(?:稍微?|略微?)?(?:低|少|便宜)\s*(?:一)?(?:点儿?|些)")
"""After "两千出头": a little under allowed too ("或者稍低一点都行", "一点或少一点"), which makes it about that much, either side."""
_A_LITTLE = re.compile(r"\s*(?:一点点?|一些|点|些)")
"""After "两千多": only a little more ("两千多一点"), which is just over the figure, not up to the next thousand."""
_UNIT_MULT = {"百": 100, "千": 1000, "万": 10_000}
# "400 dollars give or take 50", "$600 ± 100", "3000元上下浮动500": a tolerance said outright is the range's half-width
_MIN_TOLERANCE_SHARE = 0.02
"""A tolerance narrower than this share of the amount is no tolerance but the next ask: "3000左右 三星" is not 3000 ± 3."""
_TOLERANCE = re.compile(rf"""
    \s*[,，(]?\s*(?:{TOLERANCE_WORDS_EN}|正负|(?:上下|左右)?浮动|上下|左右)\s*   # "give or take", "±", "浮动"
    # "两千上下，浮动两百": the width in a clause of its own after "about"
    (?:(?<=上下|左右)\s*[,，]\s*(?:上下|左右)?浮动\s*)?
    # the width said as its own ceiling or place: "浮动不超过两百", "浮动最多两百", "浮动在200" (not a new budget of 200)
    (?:(?<=浮动)\s*(?:不超过|不超|不大于|不多于|最多|顶多|至多|在|是|为)\s*)?
    (?:{latin_alt(CURRENCY_BEFORE['USD'] + CURRENCY_BEFORE['INR'] + CURRENCY_BEFORE['CNY'])})?\s*                         # a currency before: "$"
    (?P<n>{NUM})(?:\s*(?P<pct>%|percent|per\s*cent))?(?:\s*(?P<m>{MULT}))?  # the half-width: "50", "1k", "10%"
    (?:\s*(?:{latin_alt([w for words in CURRENCY_AFTER.values() for w in words])}))?              # a currency after: "元"
    (?![\d.]){_NOT_MONEY_UNIT}
    """, re.VERBOSE)


_LATE_CURRENCY = re.compile(rf"\s*(?:{_groups(CURRENCY_AFTER, 'q0')})")
"""A currency word after the side words that follow an amount ("50k or more PKR")."""

# "五六百美元": the currency after the pair is its own ("两三千" without one is yuan)
_CN_PAIR = re.compile(rf"{_CN_PAIR_SOURCE}(?:\s*(?:{_groups(CURRENCY_AFTER, 'q0', after_number=True)}))?")
# "一千七八百块", "一千八九", "一万二三": a round head, then two neighbouring digits of the next unit down (said or left out)
_CN_HEAD_PAIR = re.compile(r"(?<![\d.一二两三四五六七八九十百千万])(?P<h>[一二两三四五六七八九])(?P<hu>千|万)"
                           r"(?P<x>[一二三四五六七八])(?P<y>[二三四五六七八九])(?P<u>百|千)?(?![\d.一二两三四五六七八九十百千万])"
                           rf"(?:\s*(?:{_groups(CURRENCY_AFTER, 'q0', after_number=True)}))?")
_NEXT_UNIT_DOWN = {"千": "百", "万": "千"}


class BudgetFinder:
    """Finds budgets in a Scan; `explicit` first (amounts with a currency), `bare` after the specs."""

    def __init__(self, scan: Scan, zh: bool, hong_kong_dollars: bool = False):
        self.scan = scan
        self.zh = zh
        self.budget: Budget | None = None
        self.notes: list[str] = []
        self.soft: list[tuple[BoundKind, Budget, str]] = []  # sides said as a wish: side, budget, the words
        self.place = market_of_place(scan.plain)  # "I'm in Karachi": the market a named place stands for
        self.apart = currency_said_apart(scan.plain)  # "what about in rupees, max 50000": the currency of bare amounts
        # what Cantonese 蚊 counts then: named in this message or, `hong_kong_dollars`, earlier in the conversation
        self.hong_kong_dollars = hong_kong_dollars or names_hong_kong_dollars(scan.plain)
        self._around_at: int | None = None  # where the approximate amount the budget holds was said

    def explicit(self) -> None:
        """Amounts that carry a currency or an Indian multiplier ("2 lakh"); first "两三千" (a range in
        two neighbouring digits), which would otherwise read as one number."""
        if self.zh:
            self._pairs()
            self._some_more(with_currency=True)  # "预算三百多美元": a span in dollars, not 300 yuan
        self._find(require_currency=True)

    def _some_more(self, *, with_currency: bool = False, plain: bool = False) -> None:
        """"两千多", "三百多美元": the figure up to the next step of its leading digit ("一千多" is 1000 to 2000);
        `with_currency` reads only those a currency word closes, `plain` only those no bound word follows
        ("两千多以内" waits for the bound readers)."""
        for m in self.scan.matches(_CN_MORE_THAN):
            value = parse_number(m["n"])
            if not self.scan.free(m.start(), m.end()) or value is None or value < 100:
                continue
            if (with_currency and _currency(m, 0) is None) or (plain and _BOUND_AFTER_MORE.match(self.scan.low, m.end())):
                continue
            currency = self._named(m, 0) or "CNY"
            if currency not in MARKETS:
                continue  # named in a note by _unread_money
            if (little := _A_LITTLE.match(self.scan.low, m.end())) is not None:  # "两千多一点": just over it
                self.scan.take(m.start(), little.end())
                self._add(currency, Budget(currency, lo=value, hi=round(value * (1 + JUST_OVER_SPAN), 2)))
                continue
            step = 10 ** math.floor(math.log10(value))
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, lo=value, hi=value + step))

    def _pairs(self) -> None:
        for m in self.scan.matches(_CN_HEAD_PAIR):
            sub = _NEXT_UNIT_DOWN[m["hu"]]
            if not self.scan.free(m.start(), m.end()) or m["u"] not in (None, sub) or \
                    _CN_DIGIT[m["y"]] != _CN_DIGIT[m["x"]] + 1:
                continue
            head, currency = _CN_DIGIT[m["h"]] * _UNIT_MULT[m["hu"]], self._named(m, 0) or "CNY"
            if currency not in MARKETS:
                continue  # read with its note by _find
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, lo=head + _CN_DIGIT[m["x"]] * _UNIT_MULT[sub],
                                       hi=head + _CN_DIGIT[m["y"]] * _UNIT_MULT[sub]))
        for m in self.scan.matches(_CN_PAIR):
            if not self.scan.free(m.start(), m.end()):
                continue
            unit = _UNIT_MULT[m["u"]]
            lo, hi = _CN_DIGIT[m["x"]] * unit, _CN_DIGIT[m["y"]] * unit
            if hi != lo + unit or hi < 100:
                continue
            currency = self._named(m, 0) or self._default_currency(hi)
            if currency not in MARKETS:
                continue  # read with its note by _find
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, lo=lo, hi=hi))

    def bare(self) -> None:
        """Numbers without currency, when bound or budget words make them prices ("under 500", "2000以内")."""
        self._hundreds()
        if self.zh:
            self._some_more(plain=True)  # "预算三千多": the budget word must not cut 多 off the figure
        self._find(require_currency=False)
        if self.zh:
            for m in self.scan.matches(_JUST_OVER):
                value = parse_number(m["n"])
                currency = self._named(m, 0) or "CNY"
                if self.scan.free(m.start(), m.end()) and value is not None and value >= 100 and currency in MARKETS:
                    self.scan.take(m.start(), m.end())
                    self._add(currency, Budget(currency, lo=value, hi=round(value * (1 + JUST_OVER_SPAN), 2)))
            self._some_more()
            self._leftover_figure()
        self._wishes()
        self._unread_money()

    def _unread_money(self) -> None:
        """A note when a currency word of our markets stands without an amount anything read, so an amount said
        in words the finder does not know ("a few hundred bucks") is not dropped unsaid."""
        if self.budget is not None or self.notes:
            return
        for m in self.scan.matches(_MONEY_WORD):
            if self.scan.free(m.start(), m.end()):
                words = _WORDS_BEFORE.search(self.scan.text[:m.start()])
                said = ((words.group(0) if words else "") + self.scan.text[m.start():m.end()]).strip()
                self.notes.append(f"没看懂“{said}”里的金额，没有用作预算；请用数字写，比如3000元。" if self.zh else
                                  f"Did not understand the amount in '{said}', so no budget was set; write it in figures, "
                                  "e.g. $300.")
                return

    def _leftover_figure(self) -> None:
        """A Chinese figure written with 千 or 万 ("三千", "1万", "3k") that nothing else read is a price ceiling: in a
        phone request a figure that size without a unit is what it may cost."""
        for m in self.scan.matches(_CN_UNIT_FIGURE):
            if self.budget is not None or not self.scan.free(m.start(), m.end()):
                return
            value = parse_number(m["n"])
            if value is None or not (m["m"] or "千" in m["n"] or "万" in m["n"]):
                continue
            if (change := _CHANGE_BY.search(self.scan.before(m.start(), 6))) is not None:
                said = change.group(0).strip() + m.group(0).strip()
                self.notes.append(f"没有按“{said}”改预算：请直接说新的预算，比如4000以内。")
                continue
            value = scale(value, m["m"])
            if value < _LEFTOVER_MIN or _SCORE_BEFORE.search(self.scan.before(m.start(), 16)):
                continue  # too small for a price, or a benchmark score ("跑分150万")
            currency = self._default_currency(value)
            if currency not in MARKETS:
                continue  # "用欧元算，三千": a currency the catalog has no prices in ("in euros") is no budget
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, hi=value))

    def _find(self, require_currency: bool) -> None:
        for found in self.scan.matches(_MONEY):
            m = _next_figures_currency(self.scan.low, found)
            if not self.scan.free(m.start(), m.end()):
                continue
            currency = self._market(m)
            if require_currency and currency is None:
                continue
            first = _value(m, 1)
            second = _value(m, 2)
            if second is None or (m["n1"] is not None and first is None):
                continue
            if m["n1"] is not None and m["m2"] and not m["m1"] and first is not None and first < 1000 \
                    and scale(first, m["m2"]) <= second:
                first = scale(first, m["m2"])  # "20-30k": the multiplier applies to both ends; not "800-1.2k"
            unit = _UNIT_MULT.get(m["n2"][-1:], 0)
            if m["n1"] is not None and first is not None and unit and first <= second / unit \
                    and not _UNIT_MULT.keys() & set(m["n1"]):
                first *= unit  # "2到3千", "1.5-2万": so does a Chinese unit on the upper end (not "500到6千")
            spoken = _SPOKEN_SCALE.search(m["n2"])
            if m["n1"] is not None and first is not None and spoken and first < scale(1, spoken[0]) \
                    and not m["m1"] and scale(first, spoken[0]) <= second:
                first = scale(first, spoken[0])  # "three to five hundred", "twenty to thirty thousand": and a spoken one
            smallest = 100 if self.zh else 50
            if currency is None and min(second, first or second) < smallest:
                continue  # too small to be a price without a currency: "top 5", "8 and 12"
            if second < _NO_PRICE_UNDER:
                continue  # "两块电池" (two batteries), "1 dollar"
            start, end = m.start(), m.end()
            is_range = first is not None
            if is_range:
                kind: BoundKind | None = None
            elif m["between"] in ("from", "从"):
                kind, _, end = bound_of(self.scan, start, end)
                kind = "lo"
            elif m["between"] == "within":  # "within $500": no second end said, "within" is its ceiling
                kind, _, end = bound_of(self.scan, start, end)
                kind = "hi"
            else:
                kind, start, end = bound_of(self.scan, start, end)
                if kind is None and m["between"] == "在":  # "价格卡死在5000", "控制在5000": 在 ends the side word before it
                    held, held_start, held_end = bound_of(self.scan, m.end("between"), end)
                    if held is not None:
                        kind, start, end = held, min(start, held_start), held_end
                kind = kind or ("around" if m["ish2"] else None)  # "under 300ish" stays a ceiling
            stretch = _IF_NEED_BE.match(self.scan.after(end)) if kind is None and not is_range else None
            if stretch is not None:  # "500 max, 600 if i must": how far the shopper stretches is the ceiling
                kind, end = "hi", end + stretch.end()
            late = _LATE_CURRENCY.match(self.scan.after(end)) if currency is None and end > m.end() else None
            if late is not None:  # "50 thousand or more PKR", "50k se zyada PKR": the currency after the side words
                currency, end = self._late_market(late), end + late.end()
            width = self._tolerance(m.end(), second) if kind in (None, "around") and not is_range else None
            if width is not None:
                kind, end = "around", max(end, m.end() + width[1])
            roughly = _ROUGHLY_AFTER.match(self.scan.after(end)) if kind is None and not is_range else None
            if roughly is not None:  # "两千来块", "预算两千来块": about that much
                kind, end, currency = "around", end + roughly.end(), currency or self._named(roughly, 0)
            # "大概一千出头": an approximation before "just over" adds nothing to it
            just_over = _JUST_OVER_AFTER.match(self.scan.after(end)) if kind in (None, "around") and not is_range else None
            if just_over is not None:  # "三千块出头": from the amount up to JUST_OVER_SPAN above it
                end += just_over.end()
                if currency is None and (late := _LATE_CURRENCY.match(self.scan.after(end))) is not None:
                    currency, end = self._late_market(late), end + late.end()  # "四百出头美元"
                if (under := _OR_A_BIT_UNDER.match(self.scan.after(end))) is not None:
                    kind, end = "around", end + under.end()  # "800元出头或者稍低一点都行": either side of 800
                else:
                    first = round(second * (1 + JUST_OVER_SPAN), 2)
            refusal = postposed(self.scan, end) if kind in ("lo", "hi") and not is_range else None
            if refusal is not None:  # "3000以上的不要", "三千以上不考虑": the refused side is out, so the other is wanted
                kind, end = "hi" if kind == "lo" else "lo", refusal.end()
            keyword = KEYWORD_BEFORE.search(self.scan.before(start))
            if keyword is not None:
                start -= len(self.scan.before(start)) - keyword.start()
                if kind is None and not is_range:  # "minimum price 300", "最低预算两千": the side word before the noun
                    kind, start = side_before(self.scan, start)
            trailing = KEYWORD_AFTER.match(self.scan.after(end))
            if kind is None and not is_range and trailing is not None and trailing.end() and \
                    (about := side_after(self.scan, end + trailing.end()))[0] == "around":
                # "1500大洋预算上下", "5000元钱的预算，多少浮动都ok": the budget word between the amount and its approximation
                kind, end, trailing = "around", about[1], None
            if kind is None and not is_range and \
                    names_price_level(keyword, trailing, self.scan.after(end), self.scan.low[start:end]):
                kind = "around"  # "三千价位", "价格4000", "三千块钱的手机", "a $500 price point": about that much
            if currency is None and _SCORE_BEFORE.search(self.scan.before(start, 16)):
                continue  # "安兔兔跑分100万以上", "antutu over 1.5 million": a benchmark score, not a price
            if currency is None and keyword is None and _HELD_PHONE_BEFORE.search(self.scan.before(start)):
                continue  # "the one i have now is like 194": the phone in hand described, not what the next may cost
            monthly = _PER_MONTH.match(self.scan.after(end)) or _MONTHLY_BEFORE.search(self.scan.before(start, 24))
            if monthly is not None:
                self.scan.take(start, end)
                self.notes.append("分期或月供不是手机的价格，没有用作预算；请说整机的预算，比如3000以内。" if self.zh else
                                  "A monthly payment is not the phone's price, so no budget was set; say the full price, "
                                  "e.g. under $600.")
                continue
            if currency is None and kind is None and keyword is None and not is_range and not self.zh and \
                    second >= _PHONE_PRICE_MIN and not _years(second, second) and \
                    (priced_at := self._of_the_phone(start, end)) is not None:
                kind, start = "hi", priced_at  # "a 20k phone", "best phone in 15000": a ceiling on the phone's price
            if currency is None:
                if kind is None and keyword is None and not names_budget(trailing) and just_over is None and \
                        not (is_range and not _years(first, second)):
                    continue  # a bare figure no word makes a price ("3000预算" does); a bare range is one ("300 to 500"),
                    # not "2021-2023"
                currency = self._default_currency(second)
            if trailing is not None:
                end += trailing.end()
            self.scan.take(start, end)
            if currency not in MARKETS:
                said = _currency_said(m, currency)  # in Chinese the currency as the shopper named it: 港币（HKD）
                named = currency if said.casefold() == currency.casefold() or not self.zh else f"{said}（{currency}）"
                if currency not in ISO_CODES:  # a word several currencies share ("pesos"): named as said
                    named = said
                self.notes.append(f"价格只有美元、卢比、人民币、巴基斯坦卢比和迪拉姆的数据，没有{named}；{_UNPRICED_ZH}"
                                  if self.zh else f"Prices are known in {_MARKET_LIST} only, not {named}; {_UNPRICED_EN}")
                continue
            budget = _budget(currency, first, second, kind, width[0] if width else None)
            soft = _SOFT_BEFORE.search(self.scan.before(start, 24)) if kind in ("lo", "hi") and not self.zh else None
            if kind in ("lo", "hi") and (firm := _FIRM_BEFORE.search(self.scan.before(start, 16))) is not None:
                self.scan.take(start - len(self.scan.before(start, 16)) + firm.start(), start)  # "definitely not above"
            if soft is not None and kind is not None:  # "ideally under 300": a wish, which a limit said beside it outranks
                self.scan.take(start - len(self.scan.before(start, 24)) + soft.start(), start)
                self.soft.append((kind, budget, self.scan.plain[start:end].strip()))
                continue
            self._add(currency, budget, at=start)

    def _of_the_phone(self, start: int, end: int) -> int | None:
        """Where the words making the bare English figure at text[start:end] the phone's price start ("a 20k phone",
        "best phone in 15000"); None when no such words are there."""
        before = self.scan.before(start)
        if prices_the_phone(before, self.scan.after(end)):
            return start
        if (said := within_in(before)) is not None:
            return start - len(before) + said.start("in")  # the span takes "in", not the phone before it
        return None

    def _hundreds(self) -> None:
        """A price said by its hundred ("in the 500s", "mid 300s", "low 400s"): the whole hundred, or the part of it
        the word names (low: its first 40, mid: 30 to 70, high: its last 40); the parts overlap as the words do."""
        for m in self.scan.matches(_HUNDREDS):
            if not self.scan.free(m.start(), m.end()) or (m["part"] is None and m["in"] is None and m["usd"] is None):
                continue
            base = int(m["h"]) * 100
            lo, hi = _HUNDRED_PARTS[(m["part"] or "")[:3]]
            currency = "USD" if m["usd"] else self._default_currency(base)
            if currency not in MARKETS:
                continue  # "in euros, in the 500s": no prices in that currency
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, lo=float(base + lo), hi=float(base + hi)))

    def _wishes(self) -> None:
        """Soft sides ("ideally under 300", "preferably below 400") against the hard ones said beside them: a hard
        side on the same slot wins ("definitely not above 350") and the wish is named in a note, never dropped
        silently; a wish alone is the budget."""
        for kind, wish, said in self.soft:
            old = self.budget
            hard = old is not None and old.currency == wish.currency and old.around is None and \
                (old.hi if kind == "hi" else old.lo) is not None
            if not hard:
                self._add(wish.currency, wish)
                continue
            self.notes.append(f"'{said}' was read as a wish, not a limit; the firmer limit said beside it was used.")
        self.soft = []

    def _tolerance(self, end: int, value: float) -> tuple[float, int] | None:
        """(half-width, length) of a tolerance said right after the amount ending at `end`, when it is one: a
        width from _MIN_TOLERANCE_SHARE of the amount up to the amount itself."""
        m = _TOLERANCE.match(self.scan.after(end))
        width = parse_number(m["n"]) if m is not None and self.scan.free(end, end + m.end()) else None
        if m is None or width is None:
            return None
        width = value * width / 100 if m["pct"] else scale(width, m["m"])
        return (width, m.end()) if value * _MIN_TOLERANCE_SHARE <= width < value else None

    def _market(self, m: re.Match[str]) -> str | None:
        """The currency an amount names: its currency word, "lakh" or "/-" (rupees) or "grand" (dollars); rupees of India
        unless the shopper names a Pakistani place, and None for a bare figure."""
        currency = _currency(m, 1) or _currency(m, 2)
        if self.apart is not None and self.apart in MARKETS and counter_only(m, 2) and _currency(m, 2) != self.apart \
                and not any(value for name, value in m.groupdict().items() if name.startswith("p2_")):
            return self.apart  # "用人民币计，最多4000蚊", "用美金算，最多400块": the counter counts the currency named apart
        if currency == LOCAL_UNIT:
            return self._local_money()
        multipliers = " ".join(m[f"{g}{i}"] or "" for g in "mn" for i in (1, 2))
        if currency is None and "grand" in multipliers:
            return "USD"
        # "lakh" and the whole-amount mark "/-" are rupees' own, whatever language is around them ("80k-100k/-预算")
        rupees = (currency is None and (re.search(r"lakh|lac|crore", multipliers) or m["whole1"] or m["whole2"])) or \
            (currency == "INR" and GENERIC_RUPEE.fullmatch(_currency_said(m, "INR")))
        return self._rupee_market() if rupees else currency

    def _named(self, m: re.Match[str], i: int) -> str | None:
        """The currency amount i's words name, Cantonese 蚊 read as the shopper's money (_local_money)."""
        currency = _currency(m, i)
        return self._local_money() if currency == LOCAL_UNIT else currency

    def _local_money(self) -> str:
        """The money Cantonese 蚊 counts: Hong Kong dollars when the message or the conversation before it names them
        ("港币预算，四千蚊"), else yuan, the money of the Chinese shoppers who write it ("两千蚊" in Guangzhou), said in a
        note as the guess it is unless a mainland place the shopper names says it."""
        if self.hong_kong_dollars:
            return "HKD"
        if self.place is None or self.place[0] != "CNY":
            note = ("把“蚊”按人民币读了；如果说的是港币，请写“港币”。" if self.zh else
                    "Read 蚊 as yuan (CNY); write HKD if you meant Hong Kong dollars.")
            if note not in self.notes:
                self.notes.append(note)
        return "CNY"

    def _late_market(self, m: re.Match[str]) -> str | None:
        """The currency a word after an amount's side words names (_LATE_CURRENCY), rupees as _market reads them."""
        currency = self._named(m, 0)
        rupees = currency == "INR" and GENERIC_RUPEE.fullmatch(_currency_said(m, "INR"))
        return self._rupee_market() if rupees else currency

    def _rupee_market(self) -> str:
        """Rupees of Pakistan when the shopper names a Pakistani place (said in a note), of India otherwise."""
        if self.place is not None and self.place[0] == "PKR":
            self._say_place(*self.place)
            return "PKR"
        return "INR"

    def _say_place(self, market: str, place: str) -> None:
        note = f"因为提到了{place}，按{market}读了金额。" if self.zh else f"Read the amount in {market}, since you mentioned {place}."
        if note not in self.notes:
            self.notes.append(note)

    def _default_currency(self, value: float) -> str:
        """The market of an amount without a currency word: the place the shopper named, else CNY in Chinese,
        rupees from 5000 on in English (said in a note) and dollars below. A currency the shopper named apart from
        the figure ("in rupees, max 50000", "用美元算，最多500") comes first: the amount is in it, nothing was guessed."""
        if self.apart is not None:
            return self._rupee_market() if self.apart == "INR" else self.apart
        if self.place is not None:
            if self.place[0] != ("CNY" if self.zh else "INR" if value >= 5000 else "USD"):
                self._say_place(*self.place)
            return self.place[0]
        if self.zh:
            return "CNY"
        if value >= 5000:
            self.notes.append(guessed_rupees_note(value))
            return "INR"
        return "USD"

    def _add(self, currency: str, new: Budget, at: int | None = None) -> None:
        """Combine the budget `new`, said at `at` (where known), with the one read so far."""
        old = self.budget
        if old is None or old.currency != currency or (new.around is not None and old.around is not None):
            self.budget = new
            self._around_at = at if new.around is not None else None
            return
        if new.around is None and old.around is None:
            merged = merge_bounds(old.bound, new.bound)
            self.budget = Budget(currency, lo=merged.lo, hi=merged.hi)
            return
        # "3000元上下，不要超过3200", "under $500, ideally around $400": a side said narrows the band around the figure
        lo = max((b for b in (old.lo, new.lo) if b is not None), default=None)
        hi = min((b for b in (old.hi, new.hi) if b is not None), default=None)
        if new.around is None and at is not None and self._around_at is not None and at > self._around_at:
            # ... and a side said after the approximation is the shopper's own limit on it, wider or narrower:
            # "两千左右，最多不超过两千五" is about 2000 and never over 2500, "三千左右，最少两千" never under 2000
            lo = old.lo if new.lo is None else new.lo
            hi = old.hi if new.hi is None else new.hi
        crossed = lo is not None and hi is not None and lo > hi
        if new.around is not None and not crossed:
            self._around_at = at
        self.budget = new if crossed else Budget(currency, lo=lo, hi=hi, around=new.around or old.around)

# "in the 500s", "mid 300s", "low-400s", "the high $200s": a price said by its hundred (not "2000s", a decade)
_HUNDREDS = re.compile(r"(?:(?P<in>in\s+the)\s+)?(?:(?P<part>low|lower|mid|middle|high|higher|upper)[\s-]+)?(?P<usd>\$)?"
                       r"(?<![\d.])(?P<h>[1-9])00'?s(?![a-z0-9'])(?:\s+(?:budget|range|price\s+range))?(?![a-z])")
_HUNDRED_PARTS = {"": (0, 100), "low": (0, 40), "mid": (30, 70), "hig": (60, 100), "upp": (60, 100)}

# words that make a side firm ("definitely not above 350", "absolutely no more than 450"): read with the side
_FIRM_BEFORE = re.compile(r"(?<![a-z])(?:definitely|absolutely|strictly|certainly)\s*$")

# a wish before a side ("ideally under 300", "preferably below 400", "hopefully under 250"), not a limit
_SOFT_BEFORE = re.compile(r"(?<![a-z])(?:ideally|preferabl[ey]|hopefully|if\s+possible|would\s+like|i'?d\s+like)"
                          r"(?:\s+(?:something|anything|one|it'?s|be))?\s*$")


_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9} | {str(d): d for d in range(1, 10)}


_FIGURE_AHEAD = re.compile(r"\s*[\d一二两三四五六七八九十]")


def _next_figures_currency(text: str, m: re.Match[str]) -> re.Match[str]:
    """The amount to read for match `m`: a currency word after a lone figure that another figure follows ("存储顶多64
    人民币两千以下") is the next figure's, so the amount is read again from that word; otherwise `m` itself."""
    if m["n1"] is not None or m["post2"] is None or _FIGURE_AHEAD.match(text, m.end()) is None:
        return m
    return _MONEY.match(text, m.start("post2")) or m


_COUNTER = re.compile(r"(?:个\s*)?(?:块钱?|元[整钱]?|圆|蚊)")
"""元, 块 and Cantonese 蚊 after a figure: the yuan's (or Hong Kong dollar's) words, but also the plain counter of any
money ("美金250元", "美金300块", "用人民币计，最多4000蚊")."""


def _currency(m: re.Match[str], i: int) -> str | None:
    """The market amount i names; the word after the number wins ("Rs 60000 PKR" is Pakistani rupees), except a bare
    counter (元, 块) after a currency named before the figure: "美金250元" is 250 dollars, as "250美元" is."""
    found: dict[str, tuple[str, str]] = {}
    for group in (f"q{i}_", f"p{i}_"):  # currency groups after (q) and before (p) the number
        for name, value in m.groupdict().items():
            if value is not None and name.startswith(group):
                found.setdefault(group[0], (name.removeprefix(group), value))
    after, before = found.get("q"), found.get("p")
    if after is not None and before is not None and counter_only(m, i):
        return before[0]
    return (after or before or (None,))[0]


def counter_only(m: re.Match[str], i: int) -> bool:
    """True when amount i's word after the figure is a bare counter of money (元, 块, 蚊), which a currency named
    before the figure or apart from it ("用美金算，最多400块") outranks."""
    return any(value is not None and name.startswith(f"q{i}_") and _COUNTER.fullmatch(value.strip())
               for name, value in m.groupdict().items())


def _currency_said(m: re.Match[str], currency: str) -> str:
    """The words the shopper named `currency` with ("港币", "euros"), without a counter said before them ("3000个港币")."""
    return next((value.strip().removeprefix("个").strip() for name, value in m.groupdict().items()
                 if value and name[:1] in "pq" and name.endswith(f"_{currency}")), currency)


def _value(m: re.Match[str], i: int) -> float | None:
    text = m[f"n{i}"]
    if text is None:
        return None
    if re.fullmatch(r"\d+,\d{1,2}", text):
        text = text.replace(",", ".")  # "1,5k"
    value = parse_number(text) if text[0].isdigit() or not text[0].isascii() else parse_english(text)
    if value is None or ((m[f"m{i}"] or "").strip() == "w" and value >= _WAN_MAX):
        return None  # "33w" is watts
    rest = scale(float(m[f"r{i}"]), m[f"rm{i}"]) if m[f"r{i}"] else 0.0  # "1 lakh 20 thousand"
    return scale(value, m[f"m{i}"]) + rest


def _years(first: float | None, second: float) -> bool:
    """True when both ends of a range look like launch years ("2021 to 2023")."""
    return all(value is not None and value.is_integer() and 1990 <= value <= 2100 for value in (first, second))


def _budget(currency: str, first: float | None, second: float, kind: BoundKind | None,
            width: float | None = None) -> Budget:
    """The budget one amount (or range) says; `width` is a tolerance said outright around it."""
    if width is not None:
        return Budget(currency, lo=round(second - width, 2), hi=round(second + width, 2), around=second)
    if first is not None:
        lo, hi = sorted((first, second))
        return Budget(currency, lo=lo, hi=hi)
    if kind == "lo":
        return Budget(currency, lo=second)
    if kind == "around":
        return Budget(currency, lo=round(second * (1 - AROUND_TOLERANCE), 2),
                      hi=round(second * (1 + AROUND_TOLERANCE), 2), around=second)
    return Budget(currency, hi=second)  # "under $300", and a bare "$300": a ceiling


_UNPRICED_ZH = "这个金额没有用作预算。"
_UNPRICED_EN = "the amount was not used as a budget."


def refuses_unpriced_amount(notes: tuple[str, ...]) -> bool:
    """True when the parser's notes say an amount in a currency the catalog has no prices in was left unused
    ("预算3000港币"): the conversation then reads that figure as no filter's either."""
    return any(note.endswith((_UNPRICED_ZH, _UNPRICED_EN)) for note in notes)
