"""Budgets: amounts of money with their currency and bounds ("under $300", "₹20k-30k", "两千左右").

The currency decides the market prices are read in. A message without a currency word uses CNY
when written in Chinese and USD otherwise, except that a bare English amount of 5000 or more is
read as rupees (INR), the way Indian shoppers write "under 20k"; a note says so.
"""

from __future__ import annotations

import math
import re

from advisor.catalog.model import MARKETS
from advisor.understanding.bounds import AROUND_TOLERANCE, BoundKind, bound_of
from advisor.understanding.numbers import EN_NUM, MULT, NUM, parse_english, parse_number, scale
from advisor.understanding.request import Budget, merge_bounds
from advisor.understanding.scan import Scan, latin_alt

_MARKET_LIST = f"{', '.join(MARKETS[:-1])} and {MARKETS[-1]}"  # "USD, INR, CNY, PKR and AED"

_PRE = {
    "USD": [r"us\$", r"\$", r"usd", "美金", "美元"], "INR": ["₹", r"rs\.?", r"inr"], "CNY": ["¥", r"rmb", r"cny", "人民币"],
    "PKR": [r"pkr"], "AED": [r"aed", r"dhs?"], "EUR": ["€", r"eur"], "GBP": ["£", r"gbp"],
    "HKD": [r"hk\$", r"hkd", "港币", "港元"], "TWD": [r"nt\$", r"twd", "新台币"], "SGD": [r"s\$", r"sgd"],
    "AUD": [r"a\$", r"aud"], "CAD": [r"c\$", r"cad"], "KRW": ["₩", r"krw"], "MYR": [r"myr"], "THB": ["฿", r"thb"],
    "RUB": ["₽"], "JPY": [r"jpy"],
}
_POST = {
    "USD": [r"usd", r"(?:us\s+|american\s+)?dollars?(?:\s+us)?", r"bucks", r"\$", "美元整", "美元", "美金", "刀"],
    "PKR": [r"pkr", r"pakistani\s+rupees?", "巴基斯坦卢比"],
    "INR": [r"(?:indian\s+)?rupees?(?:\s+inr)?", r"rs\.?", r"inr", "₹", r"(?:印度)?卢比(?:\s*[(（]\s*印度\s*[)）])?"],
    "CNY": ["元人民币", "元整", "(?:块|元)?大洋", "元", "块钱", "块", r"rmb", r"cny", r"(?:chinese\s+)?yuan", "人民币"],
    "AED": [r"aed", r"(?:uae\s+|emirati\s+)?dirhams?", r"dhs?", r"(?:阿联酋)?迪拉姆(?:\s*[(（]\s*阿联酋\s*[)）])?"],
    "EUR": [r"euros?", r"eur", "€", "欧元"], "GBP": [r"gbp", r"pounds?(?:\s+sterling)?", r"quid", "£", "英镑"],
    "JPY": [r"yen", r"jpy", "日元", "日币"],
    "HKD": [r"hkd", r"(?:hong\s+kong|hk)\s+dollars?", "港币", "港元", "港纸"],
    "TWD": [r"twd", r"(?:new\s+)?taiwan(?:ese)?\s+dollars?", "新台币", "台币"],
    "SGD": [r"sgd", r"singapore\s+dollars?", "新加坡元", "新加坡币", "新币", "坡币"],
    "AUD": [r"aud", r"australian\s+dollars?", "澳元", "澳币"], "CAD": [r"cad", r"canadian\s+dollars?", "加元", "加币"],
    "KRW": [r"krw", r"(?:korean\s+)?won", "韩元", "韩币"], "MYR": [r"myr", r"ringgits?", "马币", "令吉"],
    "THB": [r"thb", r"baht", "泰铢"], "RUB": [r"rub", r"roubles?", r"rubles?", "卢布"],
    "MOP": [r"mop", "澳门元", "澳门币", "葡币"],
}


def _groups(table: dict[str, list[str]], prefix: str, *, after_number: bool = False) -> str:
    # after a number a currency word may be glued to it ("300usd", "1.2kusd"): only another letter breaks it
    alts = ((latin_alt(words).replace("(?<![a-z0-9])", "(?<![a-jl-z])") if after_number else latin_alt(words))
            for words in table.values())
    return "|".join(f"(?P<{prefix}_{cur}>{alt})" for cur, alt in zip(table, alts, strict=True))


# "1.2kusd": a thousands "k" glued to the currency word after it
_MULT = rf"(?:k(?=usd|inr|rmb|cny|aed|pkr|eur|gbp|dollars?|bucks|rupees?|yuan|dirhams?|\$)|{MULT})"


def _amount(i: int) -> str:
    # written for re.VERBOSE, as _MONEY is
    return rf"""
        (?:(?P<pre{i}>{_groups(_PRE, f'p{i}')})\s*)?                   # a currency before the figure: "$", "rs"
        (?P<n{i}>{NUM}|{EN_NUM})(?:\s*(?P<m{i}>{_MULT}))?              # the figure and its multiplier: "1.2k", "两千"
        (?P<ish{i}>-?ish(?![a-z]))?           # "$250ish", "300ish dollars": "ish" glued to the figure is "around"
        (?:\s*(?P<post{i}>{_groups(_POST, f'q{i}', after_number=True)}))?  # a currency after it: "dollars", "元"
        """


# written for re.VERBOSE: pasted into _MONEY and _TOLERANCE only
_NOT_MONEY_UNIT = r"""(?!\s*(?:
    mah|gb|gigs?|tb|mp|megapixels?|inch|\"|''|′|寸|英寸|克|g(?![a-z])|毫安|hz|w(?![a-z])|%   # a spec's unit
    |年|个|款|部|台|天|小时|hours?|days?|mm|nits|x\b|k\b|月|周|岁|years?|months?|weeks?|g?hz|号|名  # a count, a time, a size
    ))"""
_TO_BETWEEN = r"[^,，;；。]{1,24}之间"  # "X和Y之间": "和" joins the ends of a range
_MONEY = re.compile(rf"""
    (?<![a-z0-9.])(?:(?P<between>between|from|从|在)\s*)?     # "between", "from"
    (?:{_amount(1)}\s*                                       # a range's first amount, then its joiner:
       (?:-|–|—|~|to|through|thru|till|until|up\s+to|到|至|或
          |(?(between)and|(?!))                              # "and" only after "between"
          |和(?={_TO_BETWEEN}))                              # "和" only before "之间"
    \s*)?
    {_amount(2)}                                             # the amount
    (?![a-z0-9]|\.\d){_NOT_MONEY_UNIT}                       # not a figure of another unit: "5000mah"
    (?:\s*之间)?
    """, re.VERBOSE)
_CN_PAIR_SOURCE = r"(?P<x>[一二两三四五六七八九])(?P<y>[二两三四五六七八九])(?P<u>百|千|万)"
_KEYWORD_BEFORE = re.compile(r"""
    (?:(?:my|the|a|with\s+a|have\s+a|on\s+a)\s+)?                                 # "my", "on a"
    (?:budget|price\s+range|price|spend(?:ing)?|pay|afford|costs?|costing|priced|for  # the money word
       |预算|价位|价格|价钱|花|买)
    (?:\s*(?:is|of|at|around|to|:|大概|是|在|为|不多|不高|有限|只有|就|[,，]          # linking words: "is around", "不多,"
            |改成|改为|换成|调到|提高到|降到|变成|提到))*                                 # "改成"
    \s*$
    """, re.VERBOSE)
_KEYWORD_AFTER = re.compile(r"\s*(?:budget|price\s+range|price\s+point|预算|价位|档)(?![a-z])")
_CN_MORE_THAN = re.compile(rf"(?P<n>{NUM})多(?:块钱|块|元)?(?!\s*(?:mah|gb|g|克|毫安|寸|万像素|个|款|部|天|小时|年))")
_JUST_OVER = re.compile(rf"(?P<n>{NUM})(?:块钱|块|元)?\s*出头")
JUST_OVER_SPAN = 0.15
""""两千出头" (just over 2000) is 2000 up to 2000 * 1.15, the same width as "around"."""
_POINT = re.compile(r"\s*(?:price\s+point|价位|档)")
# "两千来块": about that much
_ROUGHLY = re.compile(rf"(?P<n>{NUM})\s*来\s*(?:块钱|块|元)")
_JUST_OVER_AFTER = re.compile(r"\s*出头")
_UNIT_MULT = {"百": 100, "千": 1000, "万": 10_000}
# "400 dollars give or take 50", "$600 ± 100", "3000元上下浮动500": a tolerance said outright is the range's half-width
_TOLERANCE = re.compile(rf"""
    \s*,?\s*(?:give\s+or\s+take|plus\s+or\s+minus|\+/?-|±|(?:上下|左右)?浮动|上下|左右)\s*   # "give or take", "±", "浮动"
    (?:{latin_alt(_PRE['USD'] + _PRE['INR'] + _PRE['CNY'])})?\s*                         # a currency before: "$"
    (?P<n>{NUM})(?:\s*(?P<m>{MULT}))?                                                   # the half-width: "50", "1k"
    (?:\s*(?:{latin_alt([w for words in _POST.values() for w in words])}))?              # a currency after: "元"
    (?![\d.]){_NOT_MONEY_UNIT}
    """, re.VERBOSE)


# "五六百美元": the currency after the pair is its own ("两三千" without one is yuan)
_CN_PAIR = re.compile(rf"{_CN_PAIR_SOURCE}(?:\s*(?:{_groups(_POST, 'q0', after_number=True)}))?")


class BudgetFinder:
    """Finds budgets in a Scan; `explicit` first (amounts with a currency), `bare` after the specs."""

    def __init__(self, scan: Scan, zh: bool):
        self.scan = scan
        self.zh = zh
        self.budget: Budget | None = None
        self.notes: list[str] = []

    def explicit(self) -> None:
        """Amounts that carry a currency or an Indian multiplier ("2 lakh"); first "两三千" (a range in
        two neighbouring digits), which would otherwise read as one number."""
        if self.zh:
            self._pairs()
        self._find(require_currency=True)

    def _pairs(self) -> None:
        for m in self.scan.matches(_CN_PAIR):
            if not self.scan.free(m.start(), m.end()):
                continue
            unit = _UNIT_MULT[m["u"]]
            lo, hi = _CN_DIGIT[m["x"]] * unit, _CN_DIGIT[m["y"]] * unit
            if hi != lo + unit or hi < 100:
                continue
            currency = _currency(m, 0) or "CNY"
            if currency not in MARKETS:
                continue  # read with its note by _find
            self.scan.take(m.start(), m.end())
            self._add(currency, Budget(currency, lo=lo, hi=hi))

    def bare(self) -> None:
        """Numbers without currency, when bound or budget words make them prices ("under 500", "2000以内")."""
        self._find(require_currency=False)
        if self.zh:
            for m in self.scan.matches(_ROUGHLY):
                value = parse_number(m["n"])
                if self.scan.free(m.start(), m.end()) and value is not None and value >= 100:
                    self.scan.take(m.start(), m.end())
                    self._add("CNY", _budget("CNY", None, value, "around"))
            for m in self.scan.matches(_JUST_OVER):
                value = parse_number(m["n"])
                if self.scan.free(m.start(), m.end()) and value is not None and value >= 100:
                    self.scan.take(m.start(), m.end())
                    self._add("CNY", Budget("CNY", lo=value, hi=round(value * (1 + JUST_OVER_SPAN), 2)))
            for m in self.scan.matches(_CN_MORE_THAN):
                value = parse_number(m["n"])
                if not self.scan.free(m.start(), m.end()) or value is None or value < 100:
                    continue
                step = 10 ** math.floor(math.log10(value))  # "一千多" is 1000 up to 2000
                self.scan.take(m.start(), m.end())
                self._add("CNY", Budget("CNY", lo=value, hi=value + step))

    def _find(self, require_currency: bool) -> None:
        for m in self.scan.matches(_MONEY):
            if not self.scan.free(m.start(), m.end()):
                continue
            currency = _currency(m, 1) or _currency(m, 2)
            lakh = any((m[f"m{i}"] or "").startswith(("lakh", "lac", "crore")) for i in (1, 2))
            if currency is None and lakh:
                currency = "INR"
            if require_currency and currency is None:
                continue
            first = _value(m, 1)
            second = _value(m, 2)
            if second is None or (m["n1"] is not None and first is None):
                continue
            if m["n1"] is not None and m["m2"] and not m["m1"] and first is not None and first < 1000:
                first = scale(first, m["m2"])  # "20-30k": the multiplier applies to both ends
            unit = _UNIT_MULT.get(m["n2"][-1:], 0)
            if m["n1"] is not None and first is not None and unit and first <= second / unit \
                    and not _UNIT_MULT.keys() & set(m["n1"]):
                first *= unit  # "2到3千", "1.5-2万": so does a Chinese unit on the upper end (not "500到6千")
            smallest = 100 if self.zh else 50
            if currency is None and min(second, first or second) < smallest:
                continue  # too small to be a price without a currency: "top 5", "8 and 12"
            start, end = m.start(), m.end()
            is_range = first is not None
            if is_range:
                kind: BoundKind | None = None
            elif m["between"] in ("from", "从"):
                kind, _, end = bound_of(self.scan, start, end)
                kind = "lo"
            else:
                kind, start, end = bound_of(self.scan, start, end)
                kind = kind or ("around" if m["ish2"] else None)  # "under 300ish" stays a ceiling
            width = self._tolerance(m.end(), second) if kind in (None, "around") and not is_range else None
            if width is not None:
                kind, end = "around", max(end, m.end() + width[1])
            just_over = _JUST_OVER_AFTER.match(self.scan.after(end)) if kind is None and not is_range else None
            if just_over is not None:  # "三千块出头": from the amount up to JUST_OVER_SPAN above it
                end += just_over.end()
                first = round(second * (1 + JUST_OVER_SPAN), 2)
            keyword = _KEYWORD_BEFORE.search(self.scan.before(start))
            trailing = _KEYWORD_AFTER.match(self.scan.after(end))
            if trailing is not None and kind is None and not is_range and _POINT.match(trailing.group(0)):
                kind = "around"  # "三千价位", "a $500 price point": a price level, read as around it
            if currency is None:
                if kind is None and keyword is None and not (is_range and (self.zh or m["between"] or m["m2"])):
                    continue
                currency = self._default_currency(second)
            if keyword is not None:
                start -= len(self.scan.before(start)) - keyword.start()
            if trailing is not None:
                end += trailing.end()
            self.scan.take(start, end)
            if currency not in MARKETS:
                said = _currency_said(m, currency)  # in Chinese the currency as the shopper named it: 港币（HKD）
                named = currency if said.casefold() == currency.casefold() else f"{said}（{currency}）"
                self.notes.append(f"价格只有美元、卢比、人民币、巴基斯坦卢比和迪拉姆的数据，没有{named}；这个金额没有用作预算。"
                                  if self.zh else f"Prices are known in {_MARKET_LIST} only, not {currency}; "
                                  "the amount was not used as a budget.")
                continue
            self._add(currency, _budget(currency, first, second, kind, width[0] if width else None))

    def _tolerance(self, end: int, value: float) -> tuple[float, int] | None:
        """(half-width, length) of a tolerance said right after the amount ending at `end`, when it is one: a
        positive width under the amount itself."""
        m = _TOLERANCE.match(self.scan.after(end))
        width = parse_number(m["n"]) if m is not None and self.scan.free(end, end + m.end()) else None
        if m is None or width is None:
            return None
        width = scale(width, m["m"])
        return (width, m.end()) if 0 < width < value else None

    def _default_currency(self, value: float) -> str:
        if self.zh:
            return "CNY"
        if value >= 5000:
            self.notes.append(f"Read {value:,.0f} without a currency as Indian rupees (INR); "
                              "write $ or USD for dollars.")
            return "INR"
        return "USD"

    def _add(self, currency: str, new: Budget) -> None:
        old = self.budget
        if old is None or old.currency != currency or new.around is not None or old.around is not None:
            self.budget = new
            return
        merged = merge_bounds(old.bound, new.bound)
        self.budget = Budget(currency, lo=merged.lo, hi=merged.hi)


_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _currency(m: re.Match[str], i: int) -> str | None:
    """The market amount i names; the word after the number wins ("Rs 60000 PKR" is Pakistani rupees)."""
    for group in (f"q{i}_", f"p{i}_"):  # currency groups after (q) and before (p) the number
        for name, value in m.groupdict().items():
            if value is not None and name.startswith(group):
                return name.removeprefix(group)
    return None


def _currency_said(m: re.Match[str], currency: str) -> str:
    """The words the shopper named `currency` with ("港币", "euros")."""
    return next((value.strip() for name, value in m.groupdict().items()
                 if value and name[:1] in "pq" and name.endswith(f"_{currency}")), currency)


def _value(m: re.Match[str], i: int) -> float | None:
    text = m[f"n{i}"]
    if text is None:
        return None
    value = parse_number(text) if text[0].isdigit() or not text[0].isascii() else parse_english(text)
    if value is None:
        return None
    return scale(value, m[f"m{i}"])


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
