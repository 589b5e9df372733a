"""Currency words and market places: the tables money.py reads amounts with.

CURRENCY_BEFORE holds what may stand before a figure ("$", "Rs.", "AED"), CURRENCY_AFTER what may follow it ("dollars",
"块", "dirhams"), each by currency code; regex sources on lower-cased text. Currencies the catalog has no prices in
are listed too, so that "400 euros" or "25000 taka" is named back to the shopper instead of read as dollars.
PLACES names the market a place the shopper mentions stands for ("I'm in Karachi", "在迪拜"): it decides the market
of bare amounts and of rupees, which India and Pakistan share.
"""

from __future__ import annotations

import re

from advisor.understanding.scan import has_cjk, latin_alt

_NOT_CLOSING = r"(?<!\d)(?<!\d\s)(?<!\dk)(?<!\dk\s)(?<!hundred\s)(?<!thousand\s)(?<!grand\s)"
"""Before a currency word: no figure it would close (the word is then the figure's, not the next one's)."""
CURRENCY_BEFORE: dict[str, list[str]] = {
    # "dollars 300", "bucks 250 max": the word before its figure, as "rupees 20000" and "yuan 3000" are said; not the word
    # closing an amount ("under 300 dollars 2 phones to compare": the 2 is no price)
    "USD": [r"usd\s*\$", r"us\s*\$", r"\$", r"usd", rf"{_NOT_CLOSING}(?:(?:us|american)[\s-]+)?(?:dollars?|bucks)", "美金", "美元"],
    "INR": ["₹", r"(?:inr|indian)\s*(?:rs\.?|rupees?)", r"rs\.?", r"inr", r"rupees?"],
    "CNY": [r"(?:cny|cn|rmb)\s*¥", "¥", r"rmb", r"cny", r"(?:chinese\s+)?yuan", r"kuai", r"renminbi", "人民币"], "PKR": [r"pkr\s*(?:rupees?|rs\.?)", r"pkrs?", r"(?:pakistani|pak)\s+(?:rupees?|rs\.?)"], "AED": [r"aed", r"dhs?\.?", r"dirhams?", r"د\.?\s?إ"], "EUR": ["€", r"eur"],
    "GBP": ["£", r"gbp"], "HKD": [r"hk\$", r"hkd", "港币", "港元"], "TWD": [r"nt\$", r"twd", "新台币"],
    "SGD": [r"s\$", r"sgd"], "AUD": [r"a\$", r"aud"], "CAD": [r"c\$", r"cad"], "NZD": [r"nz\$", r"nzd"],
    "KRW": ["₩", r"krw"], "MYR": [r"myr"], "THB": ["฿", r"thb"], "RUB": ["₽"], "JPY": [r"jpy"],
    "CHF": [r"chf", r"sfr\.?"], "SAR": [r"sar"], "QAR": [r"qar"], "BDT": ["৳", r"bdt", r"tk\.?"], "NPR": [r"npr"],
    "LKR": [r"lkr"], "IDR": [r"idr", r"rp\.?"], "VND": ["₫", r"vnd"], "PHP": ["₱"], "MXN": [r"mxn"], "TRY": ["₺"],
    "NGN": ["₦", r"ngn"], "ZAR": [r"zar"], "BRL": [r"r\$", r"brl"], "KES": [r"ksh\.?", r"kes"], "EGP": [r"egp"],
}
"""Currency words before a figure, by currency code ("$", "CN¥", "yuan 3000 max"). "Pak Rs 80000" names Pakistani rupees
whole, so a side word before it ("not under Pak Rs 80000") reaches the figure and the market is not left to a place."""

CURRENCY_AFTER: dict[str, list[str]] = {
    # "bux" and "yuans": the slang spelling and the English plural strangers write
    # "600 US$": the sign with its country's letters, as after the figure as before it. A currency's word and its code
    # said together name it once: "5000 yuan RMB", "50,000 PKR rs", "300 usd dollars" (a side word after them is the amount's)
    "USD": [r"us\s*\$", r"usd\s+dollars?", r"dollars?\s+usd", r"usd", r"(?:us[\s-]+|american\s+)?dollars?(?:\s+usd?)?", r"bucks", r"bux", r"\$", "(?:块|元|蚊)?美元整", "(?:块|元|蚊)?美元",
            "(?:块|元|蚊)?美金", "(?:块|元|蚊)?美刀", "刀乐", "刀", "镁"],  # "四百块美金", "五百蚊美金": 块 and Cantonese 蚊 count dollars too; "1300鎂": Taiwan's slang
            # "刀乐": the slang "dollar" said by its sound, whole so a side word after it is the amount's ("700刀乐左右")
    "PKR": [r"pkr\s+(?:rupees?|rs\.?)", r"(?:rupees?|rs\.?)\s+pkr", r"pkrs?", r"(?:pakistani|pak)\s+(?:rupees?|rs\.?)", r"(?:rupees?|rs\.?)\s*\(\s*(?:pkr|pakistan(?:i)?)\s*\)",
            "巴基斯坦卢比", "巴基斯坦币", r"卢比\s*[(（]\s*巴基斯坦\s*[)）]", "روپے", "روپیہ", "روپیے"],
    "NPR": [r"npr", r"nepal(?:i|ese)\s+(?:rupees?|rs\.?)", "尼泊尔卢比"],
    "LKR": [r"lkr", r"(?:sri\s+)?lankan\s+(?:rupees?|rs\.?)", "斯里兰卡卢比"],
    "INR": [r"inr\s+(?:rupees?|rs\.?)", r"rs\.?\s+inr", r"(?:indian\s+)?rupees?(?:\s+inr)?", r"rupa(?:y|ye|iye)", r"rupye", r"rs\.?", r"inr", "₹", "रुपये", "रुपए", "रु\\.?", r"(?:印度)?卢比(?:\s*[(（]\s*印度\s*[)）])?",
            "印度币"],  # the country's money, as "台币", "新加坡币": "25000印度币"
    # "3000元RMB", "2000块rmb": the sign then the code, as a price tag shows both; "2000¥": the yen sign after the figure,
    # as shoppers write it ("￥" is folded to "¥")
    "CNY": ["(?:块钱?|元|蚊)人民币", r"(?:块钱?|元)\s*(?:rmb|cny)", "¥", "软妹币", "元整", "元钱", "(?:块|元)?大洋", "元", "圆", "块钱", "块", r"(?:chinese\s+)?yuans?\s+(?:rmb|cny)", r"(?:rmb|cny)\s+yuans?", r"rmb", r"cny", r"(?:chinese\s+)?yuans?",
            r"renminbi", r"kuai(?:\s+qian)?", "人民币",
            "蚊人仔", "人仔",  # "圆": 元 as written in full and in traditional script ("3000圓"); Cantonese 人仔 is the renminbi
            "米(?![家粉])"],  # the chat slang 米 for yuan after its figure ("预算3500米"; no phone is measured in metres)
    "AED": [r"aed\s+(?:dirhams?|dhs?)(?![a-z])", r"(?:dirhams?|dhs?)\s+aed", r"aed", r"(?:uae\s+|emirati\s+)?dirhams?", r"dhs?\.(?=\s*\+|\s+plus(?![a-z]))", r"dhs?", r"د\.?\s?إ", "درهم", r"(?:阿联酋)?迪拉姆(?:\s*[(（]\s*阿联酋\s*[)）])?",
            "迪(?![士斯奥拜])"],  # the dirham said short after its figure: "1000迪往上", "一千二迪及以下"
    "EUR": [r"euros?", r"eur", "€", "欧元", "欧(?![元珀版洲美])"],
    "EGP": [r"egp", r"egyptian\s+pounds?", "埃及镑"],
    "GBP": [r"gbp", r"(?:british\s+)?pounds?(?:\s+sterling)?", r"quid", "£", "英镑"],
    "JPY": [r"yen", r"jpy", "日元", "日圆", "日币", "円"],
    "HKD": [r"hkd", r"(?:hong\s+kong|hk)\s+dollars?", "港币", "港元", "港纸"],
    "TWD": [r"twd", r"(?:new\s+)?taiwan(?:ese)?\s+dollars?", "新台币", "台币"],
    "SGD": [r"sgd", r"singapore\s+dollars?", "新加坡元", "新加坡币", "新币", "坡币"],
    "AUD": [r"aud", r"(?:australian|aussie)\s+dollars?", "澳元", "澳币"],
    "CAD": [r"cad", r"canadian\s+dollars?", "加元", "加币"],
    "NZD": [r"nzd", r"(?:new\s+zealand|nz|kiwi)\s+dollars?", "新西兰元", "纽币"],
    "KRW": [r"krw", r"(?:korean\s+)?won", "韩元", "韩币"], "MYR": [r"myr", r"ringgits?", "马币", "令吉"],
    "THB": [r"thb", r"baht", "泰铢"], "RUB": [r"rub", r"roubles?", r"rubles?", "卢布"],
    "MOP": [r"mop", "澳门元", "澳门币", "葡币"],
    "CHF": [r"chf", r"(?:swiss\s+)?francs?", "瑞士法郎", "瑞郎", "法郎"],
    "QAR": [r"qar", r"qatari\s+riy?als?", "卡塔尔里亚尔"],
    "SAR": [r"sar", r"(?:saudi\s+)?riy?als?", "沙特里亚尔", "里亚尔"],
    "KWD": [r"kwd", r"(?:kuwaiti\s+)?dinars?", "第纳尔"], "OMR": [r"omr", r"omani\s+rials?"],
    "BDT": [r"bdt", r"taka", r"tk", "৳", "塔卡"],
    "IDR": [r"idr", r"rupiah", "印尼盾", "印度尼西亚盾"], "VND": [r"vnd", r"(?:vietnamese\s+)?dong", "₫", "越南盾"],
    "PHP": [r"php", r"philippine\s+pesos?", "₱", "菲律宾比索"], "MXN": [r"mxn", r"mexican\s+pesos?", "墨西哥比索"],
    "PESO": [r"pesos?", "比索"],
    "TRY": [r"(?:turkish\s+)?liras?", "₺", "土耳其里拉", "里拉"], "NGN": [r"ngn", r"naira", "₦", "奈拉"],
    "ZAR": [r"zar", r"rands?", "南非兰特", "兰特"], "BRL": [r"brl", r"(?:brazilian\s+)?reais", "雷亚尔"],
    "KES": [r"kes", r"(?:kenyan\s+)?shillings?", r"ksh"], "SEK": [r"sek", r"(?:swedish\s+)?kronor", "瑞典克朗"],
    "NOK": [r"nok", r"(?:norwegian\s+)?kroner", "挪威克朗"], "PLN": [r"pln", r"z[łl]oty(?:s)?", r"zł"],
    "UAH": [r"uah", r"hryvnias?", "₴"],
}
"""Currency words after a figure, by currency code. Where one word starts another's ("pakistani rupees", "rupees"),
the longer one comes first."""

_LOCAL_WORD = "蚊(?:鸡)?"
_SUFFIX_ONLY = frozenset({"元人民币", r"(?:块钱?|元)\s*(?:rmb|cny)", "元整", "元钱", "(?:块|元)?大洋", "元", "圆", "块钱", "块", "美元整", "刀乐", "刀", "镁", "欧(?![元珀版洲美])", "円",
                          "迪(?![士斯奥拜])", "米(?![家粉])"})
for _code, _words in CURRENCY_AFTER.items():  # a Chinese name stands on either side: "卢比20000", "欧元400以内"
    _names = [w for w in _words if has_cjk(w) and w not in _SUFFIX_ONLY and w not in CURRENCY_BEFORE.get(_code, ())]
    if _names:
        CURRENCY_BEFORE.setdefault(_code, []).extend(_names)
for _code, _words in CURRENCY_AFTER.items():  # a counter before a Chinese currency word after the figure is the amount's
    # own, as spoken: "1,500个大洋", "3000个软妹币", "500个刀" (a count of anything else stays no money: "3000个像素");
    # 块 and 元 count a currency named in full so ("4000块迪拉姆", "3万块卢比"), and 钱 may close that name as it closes
    # 块钱 ("500美元钱", "8万卢比钱以内")
    CURRENCY_AFTER[_code] = [w if not has_cjk(w) else rf"(?:个\s*)?(?:{w})" if w in _SUFFIX_ONLY
                             else rf"(?:[个块元]\s*)?(?:{w})(?:钱)?" for w in _words]
CURRENCY_AFTER["CNY"] = CURRENCY_AFTER.pop("CNY")  # tried late: 块 before another currency's name counts that currency
LOCAL_UNIT = "LOCAL"
"""The key of Cantonese 蚊 (and 蚊鸡): the dollar or yuan of whatever money the shopper has, no currency of its own.
Tried after every currency's words, so "五百蚊美金" is dollars and "4000蚊人仔" yuan; alone, "两千蚊" is yuan unless the
message names Hong Kong dollars (money.py decides, and says it guessed)."""
CURRENCY_AFTER[LOCAL_UNIT] = [rf"(?:个\s*)?(?:{_LOCAL_WORD})"]

ISO_CODES = frozenset(code for code in CURRENCY_AFTER if len(code) == 3)
"""The keys that are currency codes; another key ("PESO") stands for a word several currencies share."""
for _code in ISO_CODES:  # a code in brackets after the figure says whose money the word before it meant: "Rs 20,000
    # (PKR)" is Pakistani rupees, "$500 (AUD)" Australian dollars (the word after the figure wins, as in "Rs 60000 PKR")
    CURRENCY_AFTER[_code].append(rf"[(（]\s*{_code.lower()}\s*[)）]")

_BRACKETED_NAMES = {"USD": r"usd|us", "CNY": r"cny|rmb", "INR": r"inr|india", "PKR": r"pkr|pakistan", "AED": r"aed|uae"}
for _code, _said in _BRACKETED_NAMES.items():  # a word of the money, then its code in brackets: "800 bucks (USD)",
    # "500 dollars (US)", "3000 Chinese Yuan (RMB)", "900 Dh (AED)": one name of the amount's currency, so a side word after
    # it is the amount's ("800 bucks (USD) or more")
    CURRENCY_AFTER[_code] = [rf"(?:{w})\s*[(（]\s*(?:{_said})\s*[)）]" for w in CURRENCY_AFTER[_code]
                             if not has_cjk(w) and not w.startswith("[")] + CURRENCY_AFTER[_code]

GENERIC_RUPEE = re.compile(r"(?:rs\.?|rupees?|rupa(?:y|ye|iye)|rupye|卢比|रु\.?|रुपये|रुपए)\s*")
"""Rupee words India and Pakistan share: the market is India's unless the shopper names a Pakistani place."""

PLACES: dict[str, list[str]] = {
    "PKR": [r"pakistan(?:i)?", r"pak", r"lahore", r"karachi", r"islamabad", r"rawalpindi", r"faisalabad", r"peshawar",
            r"multan", r"quetta", r"sialkot", "巴基斯坦", "拉合尔", "卡拉奇", "伊斯兰堡",
            r"(?:non[\s-]?)?pta(?:[\s-]+approved)?", r"daraz"],  # Pakistan's phone approval and its largest shop
    "AED": [r"uae", r"u\.a\.e\.?", r"dubai", r"abu\s+dhabi", r"sharjah", r"ajman", r"(?:the\s+)?emirates",
            "迪拜", "阿联酋", "阿布扎比", "沙迦", r"etisalat", r"sharaf\s+dg"],
    "INR": [r"india", r"indian", r"delhi", r"new\s+delhi", r"mumbai", r"bombay", r"bangalore", r"bengaluru", r"chennai",
            r"kolkata", r"pune", r"ahmedabad", r"jaipur", "印度", r"flipkart"],
    "USD": [r"usa", r"u\.s\.a?\.?", r"the\s+us", r"(?:the|united)\s+states", r"america",
            r"new\s+york", r"california", r"texas", "美国"],
    "CNY": [r"china", r"mainland", r"beijing", r"shanghai", r"shenzhen", r"guangzhou", "中国", "国内", "大陆", "内地",
            "北京", "上海", "深圳", "广州"],
}
"""Places, and shops or rules of one country ("PTA approved", "flipkart"), by the market they stand for; "the US" needs
its article, since "us" is also "we"."""

_PLACE = re.compile("|".join(f"(?P<{market}>{latin_alt(words)})" for market, words in PLACES.items()))


def market_of_place(text: str) -> tuple[str, str] | None:
    """(market, place as written) when the places the text names all stand for one market; None otherwise."""
    found: dict[str, str] = {}
    for m in _PLACE.finditer(text):
        if m.lastgroup is not None:
            found.setdefault(m.lastgroup, m.group(m.lastgroup))
    if len(found) != 1:
        return None
    market, place = next(iter(found.items()))
    return market, place


_CURRENCY_WORD = re.compile(latin_alt([w for table in (CURRENCY_BEFORE, CURRENCY_AFTER) for words in table.values()
                                       for w in words] + [w for words in PLACES.values() for w in words]))


def names_currency(text: str) -> bool:
    """True when the text names a currency or a place that stands for a market ("AED 2000", "2000元", "in Dubai");
    a bare figure names none ("max 1800 then", "预算改成3000")."""
    return bool(_CURRENCY_WORD.search(text.lower()))


def guessed_rupees_note(value: float) -> str:
    """The note that says an English amount without a currency word was read as Indian rupees (the parser's guess
    from 5000 on); the conversation drops it where the amount is read in the currency already in force instead."""
    return f"Read {value:,.0f} without a currency as Indian rupees (INR); write $ or USD for dollars."


_SHARED_RUPEE_WORD = re.compile(r"(?<![a-z])(?:rs\.?|rupees?|rupa(?:y|ye|iye)|rupye)(?![a-z])|卢比|रु\.?|रुपये|रुपए")
RUPEE_MARKETS = frozenset({"INR", "PKR", "NPR", "LKR"})
"""The markets whose money is called rupees."""


def names_only_shared_rupees(text: str) -> bool:
    """True when the only currency the text names is a rupee word every rupee market shares ("45,000 rupees",
    "Rs 30k"): no country, code or sign says whose rupees they are ("indian rupees", "PKR", "₹" do)."""
    low = text.lower()
    return bool(_SHARED_RUPEE_WORD.search(low)) and not names_currency(_SHARED_RUPEE_WORD.sub(" ", low))


_APART_WORDS = {code: [w for w in words if not re.fullmatch(r"[a-z]{1,3}", w) or w in ("usd", "inr", "rmb", "cny", "aed",
                                                                                     "pkr", "eur", "gbp")]
                for code, words in CURRENCY_AFTER.items() if code in ISO_CODES}
_APART_GROUPS = "|".join(f"(?P<{code}>{latin_alt(words)})" for code, words in _APART_WORDS.items() if words)
_CURRENCY_APART = re.compile(rf"(?:(?<![a-z])in\s+|(?:用|按|以|换成|换算成|改成|改用)\s*)(?:{_APART_GROUPS})")
"""A currency named on its own, for the amounts of the message: "what about in rupees, max 50000", "in euros, under
400", "用美元算，最多500". Short Latin words ("won", "tk", "dh") are left out: "in" before them is seldom a currency."""


def currency_said_apart(text: str) -> str | None:
    """The currency the text names apart from any figure ("in rupees", "用美元"), when it names one; None otherwise.
    A bare amount said beside it is in that currency, so the shopper is not told it was guessed."""
    found = {m.lastgroup for m in _CURRENCY_APART.finditer(text.lower()) if m.lastgroup is not None}
    return next(iter(found)) if len(found) == 1 else None


_HONG_KONG_DOLLARS = re.compile(latin_alt(CURRENCY_BEFORE["HKD"] + CURRENCY_AFTER["HKD"]))


def names_hong_kong_dollars(text: str) -> bool:
    """True when the text names Hong Kong dollars ("港币", "港纸", "HKD", "HK$"): the money Cantonese 蚊 then counts."""
    return bool(_HONG_KONG_DOLLARS.search(text.lower()))


# yuan named: its own words, or 块 / 元 right after a figure ("2000块"; not "这块", not "400块美金": dollars counted)
_YUAN = re.compile(r"人民币|软妹币|(?<![a-z])(?:rmb|cny|renminbi|yuan|kuai)(?![a-z])|¥"
                   r"|[\d零一二两三四五六七八九十百千万k]\s*(?:块钱?|元|圆)(?!\s*(?:美|港|台|新|澳|加|欧|日|韩|马|泰|英))")


def names_yuan(text: str) -> bool:
    """True when the text names an amount in yuan ("人民币2000", "2000块", "3000元"): the money the shopper means from
    then on, after Hong Kong dollars named earlier (Cantonese 蚊 counts yuan again)."""
    return bool(_YUAN.search(text.lower()))
