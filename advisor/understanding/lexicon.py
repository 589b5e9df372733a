"""Phrase tables: superlatives, relative requests, vague intents and features we cannot filter on.

Each table maps a value to the phrases (regex sources, matched on lower-cased text) that say it.
Tables run in the order understand() calls them, so "cheapest" is read as an ordering before
"cheap" could be read as the budget intent.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from typing import Generic, TypeVar

from advisor.explain.phrases import SORT_LABELS
from advisor.understanding.bounds import I_ACCEPT, I_WOULD_TAKE
from advisor.understanding.request import Relative, Sort
from advisor.understanding.scan import Scan, latin_alt
from advisor.understanding.superlatives import ZH_ADJECTIVES, ZH_NOUNS, composed_superlatives

V = TypeVar("V", bound=Hashable)


class PhraseTable(Generic[V]):
    """One regex over all phrases of a table; a match yields the value its phrase stands for."""

    def __init__(self, entries: Mapping[V, Sequence[str]], *, not_before_quantity: bool = False):
        self._not_before_quantity = not_before_quantity
        self._values = list(entries)
        self._pattern = re.compile("|".join(f"(?P<g{i}>{latin_alt(phrases)})"
                                            for i, phrases in enumerate(entries.values())))

    @property
    def pattern(self) -> re.Pattern[str]:
        """The regex over every phrase of the table."""
        return self._pattern

    def find(self, scan: Scan, *, keep: bool = False) -> list[tuple[V, int]]:
        """(value, position) of every phrase found, masking each; `keep` leaves them in semantic_text."""
        found: list[tuple[V, int]] = []
        for m in scan.matches(self._pattern):
            if self._not_before_quantity and _QUANTITY.match(scan.low, m.end()) and not _ORDERING_SAID.search(m.group(0)) \
                    and not _SIDED_FIGURE.match(scan.low, m.end()):
                continue  # "最重200克", "at most 8GB": a bound on the quantity, not an ordering
            if self._not_before_quantity and _SIDE_AFTER_FIGURE.match(m.group(0)) and _FIGURE_BEFORE.search(scan.before(m.start(), 24)):
                continue  # "6.3 inches max for the display": the figure's ceiling, not the biggest screen first
            if self._not_before_quantity and _FAR_END_ACCEPTED.match(scan.low, m.end()) and \
                    _FIGURE_IS_BEFORE.search(scan.before(m.start(), 32)):
                continue  # "200 grams is the lightest I'd go": the figure's floor, not the lightest first
            if self._not_before_quantity and m.group(0).endswith("最好") and _PREFERABLY_FIGURE.match(scan.low, m.end()):
                continue  # "前置最好3200万以上", "前摄最好有2000万": preferably that much, a bound
            if scan.free(m.start(), m.end()) and m.lastgroup:
                found.append((self._values[int(m.lastgroup[1:])], m.start()))
                scan.take(m.start(), m.end(), keep=keep)
        return found

    def peek(self, scan: Scan) -> list[V]:
        """The values of the phrases present and still free, masking nothing (one part of a message informing
        another before its turn comes)."""
        return [self._values[int(m.lastgroup[1:])] for m in scan.matches(self._pattern)
                if m.lastgroup and scan.free(m.start(), m.end())]


# "cheapest 5g phone": 3G-6G is the network generation, never a weight of a few grams
# a quantity starts with a figure: "sorted by weight, in ascending order" has a comma and "in", not "0 inches"
_QUANTITY = re.compile(rf"""
    (?!\s*[3-6]g(?![a-z]))                                      # not a network generation: "5g"
    (?!\s*20[0-4]\d\s*年)                                       # nor a year: "the newest 2022年及以前"
    (?:格|价格|价位|价钱|价|price\s*|\s*year\s*|\s*)          # a price noun glued on: "最低价格3000" ("最低价" is the
                                                                # phrase); "最便宜预算3000" is an ordering and a budget;
                                                                # a year's: "latest year 2020" is its cap
    \s*(?:也|都)?(?:要|得)?                                     # "最便宜也要两千": even the cheapest must be
    (?:\s*(?:juice|capacity))?(?:\s*(?:rated|measuring|sized|shooting)(?:\s+at)?)?  # "max battery (juice) rated 4000mAh"
    # a limit between: "最贵不超过三千", "最贵也就三千", "最重不能超过200克", "最贵别过3000", "most expensive I'd go is 3000"
    (?:\s*(?:(?:不(?:能|要|会|可以|得|应该?)?|别|唔(?:能|好|可以|会)?)(?:超过|超|过|高于|大于|多于|低于|少于|小于)
       |也就|也不过|顶多|最多|也?只能)
     |{I_ACCEPT}(?:\s+(?:a|an|the))?)?
    # a currency before the figure: "is $200", "最贵US$七百", "最贵卢比2.5万", a code closed by a period ("is USD. 1200")
    # ... or named in words: "is Indian Rs 80k", "is US dollars 400"
    \s*(?:(?:us\s*\$|[$¥₹]|(?:(?:indian|pakistani|pak)\s+)?rs\.?|(?:usd|inr|rmb|cny|aed|pkr)\.?|(?:us\s+)?dollars?|(?:chinese\s+)?yuan
         |dhs?\.?|卢比|美元|美金|迪拉姆|人民币)\s*)?
    (?=[\d一二两三四五六七八九十])(?![3-6]g(?![a-z]))               # "最轻 要5G": not the network generation either
    (?:[\d一二两三四五六七八九十百千万.,]+                           # a figure, in digits or Chinese numerals
       \s*(?:克|g(?![a-z])|grams?|mah|毫安|寸|英寸|inch|in(?![a-z])|\"|gb|tb?(?![a-z])   # a unit of weight, battery, screen,
            |元|块|mp|万|亿|像素|美元|美金|刀|usd|dollars?|rupees?|\$|k(?![a-z]))       # memory, camera or money ("8k/- INR")
     | (?:\d[\d,]{{2,}}|[\d一二两三四五六七八九十百.]*[百千万][\d一二两三四五六七八九]?)(?!\d|\.\d)  # or a price's size: "最贵三千", "七百"
     | \d+\.\d+(?!\d|\.\d)                                       # or a figure with decimals, a measure: "屏幕最小6.5"
    # (a full stop after either closes the sentence: "cheapest I'd accept is US dollars 400.")
    )""", re.VERBOSE)
# a phrase that ends by saying it orders ("按运存从大到小排序", "从便宜到贵的", "最重的排前面", "sorted by RAM descending") is an
# ordering even with a figure after it: "按运存从大到小排序 两千元之内" orders, then sets a budget
_ORDERING_SAID = re.compile(r"(?:排序|排列|排名|排|排(?:个|下|一下)序|升序|降序|[升降][幂冪]|正序|倒序|(?:到|至|往)(?:高|低|大|小|多|少|轻|重|新|旧|贵|便宜|长|短|强|弱|快|慢)"
                            r"|前面|前头|前边|最前|在前|优先|first|order|ascending|descending|asc|desc)(?:的|\))?\s*$")
# 最好 glued to a figure, or to a verb before one, is "preferably" ("前置最好3200万以上", "自拍最好有2000万")
_PREFERABLY_FIGURE = re.compile(r"(?:有|是|要|能|在|达到|超过|高于|大于|至少|起码)?[\d一二两三四五六七八九十]")
# a figure right after the phrase with its own side word: "最便宜 2000以内" orders the phones under 2000 by price
_SIDED_FIGURE = re.compile(r"""
    [\s的,，]*[\d一二两三四五六七八九十][\d一二两三四五六七八九十百千万.,]*\s*
    (?:[a-z]{1,5}|克|寸|英寸|元|块钱?|毫安时?|美金|美元|刀|人民币|软妹币|大洋|卢比|迪拉姆)?\s*  # "最轻的 1500美金以内"
    (?:以内|以下|之内|以上|左右|上下|or\s+(?:less|more|under|over|below|above|lower|higher)|and\s+(?:under|below|up|above))
    """, re.VERBOSE)
# a figure, with or without its unit (hyphened to it: "6.3-inch max screen"), right before a phrase that opens with a side
# word ("max", "maximum")
_FIGURE_BEFORE = re.compile(r"\d(?:[\s-]*(?:[a-z]{1,6}\.?|[\"”″]|克|寸|英寸|毫安时?|像素))?\s*$")
_SIDE_AFTER_FIGURE = re.compile(r"max(?:imum)?(?![a-z])")
_FAR_END_ACCEPTED = re.compile(I_WOULD_TAKE)
_FIGURE_IS_BEFORE = re.compile(r"\d(?:\s*(?:[a-z]{1,6}\.?|[\"”″]))?(?:\s+[a-z]+)?\s+is\s+the\s*$")
_BEST = r"(?:the\s+)?(?:best|greatest|top|sharpest)"
_HIGHEST_RES = r"(?:the\s+)?highest[\s-]+(?:res(?:olution)?|mps?|megapixels?)"
"""The camera said sharpest before its noun: "highest-res", "highest-MP", "highest MPs", "highest megapixel"."""
# "存储最多64GB", "at most RAM 4GB": a number after it makes the phrase a bound, not an ordering
# ("存储最多到128G", "内存最大为8G": a verb reaching the figure or a copula may come between)
# ("存储最多就到六十四个GB": 就 and 到 both)
_NO_NUMBER = r"(?!\s*(?:也?就\s*)?(?:只要?\s*)?(?:[到为是]\s*)?(?:\d|[一二两三四五六七八九十]))"  # "运存最多只要6GB", "最多就4GB" too
# ... nor one capped with "also only" between: "最新也只要到2020年", "最新就到2021年"
# ("最老也得是2021年的": a helping verb may come between)
_NO_CAPPED_NUMBER = r"(?!\s*(?:也|都)?\s*(?:只要|只|就|得|要|需要)?\s*(?:[到为是]\s*)?(?:\d|[一二两三四五六七八九十]))"
# "hi" is "high" cut short, as "low to hi" is typed
_HIGH = r"(?:high(?:est)?|hi(?![a-z]))"
_LOW_HIGH = rf"(?:low(?:est)?|cheap(?:est)?)\s*(?:to|-|–)\s*(?:{_HIGH}|expensive)"
_HIGH_LOW = rf"(?:{_HIGH}|expensive)\s*(?:to|-|–)\s*(?:low(?:est)?|cheap(?:est)?)"
# "sort by battery", "rank them by screen size, smallest first": an ordering by an aspect named outright. Without a
# direction it is the order a shop lists first (the aspect's better end: more battery, lower price, lighter, newer).
# "sort on battery", "ranked according to price", "in order of price" say the same
# ("grams ranking, decreasing", "screen ranking, increasing": the ranking named after its aspect)
_SORT_VERB = r"(?:sort(?:ed|ing)?|order(?:ed)?|rank(?:ed|ings?)?|arrange(?:d)?|list(?:ed)?|organi[sz]e(?:d)?)"  # "organise by"
_SORT_BY = (r"(?:(?:sort|order)(?:[-_]?by|\s*=)(?=\s*[a-z])"  # "sortby battery", "sort-by weight", "sort=price"
            r"|sort(?:ing)?\s*:|sort\s+(?:order|key)\s*[:=]?"  # "sorting: weight", "sort order mAh desc", "sort key ROM"
            r"|" + _SORT_VERB + r"\s+(?:them\s+|'?em\s+|these\s+|it\s+|results\s+|"
            r"(?:the\s+)?(?:phones|results|list|options)\s+)?(?:by|on|according\s+to|based\s+on)"
            r"|in\s+(?:the\s+)?order\s+of|by\s+order\s+of"
            # "top 3 by battery", "the best five phones by camera": a ranking by the aspect (the count, once read as the
            # number of phones wanted, is masked: \x00)
            r"|(?:(?:the\s+)?(?:top|best)(?:\s+(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten))?|(?<=\x00))"
            r"(?:\s+(?:phones|ones|models|picks|options|results))?\s+by)(?:\s+|(?<==))(?:the\s+|their\s+|its\s+)?")
# "sort RAM, biggest first", "list them main camera MP", "results by chip speed": the ordering verb straight before a
# known aspect (a bare "list" is not one: "list price under $500" names the price), or the results said ordered by it
_SORTED_AS = (r"(?<![a-z])(?:(?:sort(?:ed)?|rank(?:ed)?)\s+(?:(?:them|'?em|it|the\s+results|results)\s+)?"
              r"|(?:order(?:ed)?|list(?:ed)?|arrange(?:d)?)\s+(?:them|'?em|it|the\s+results|results)\s+"
              r"|(?:the\s+)?results\s+by\s+)(?:the\s+|their\s+|its\s+)?")
# "by price please", "Samsung, by battery": a "by" that opens the message or a clause, before a known aspect only (not
# "released by 2022"; "by the way" names none)
# a dash opens a clause too: "— by price"; so do a joining word and a greeting: "and by screen size", "hey by mAh"
_BARE_BY = r"(?:^|(?<=[,;:!?.—–&+])|(?<![a-z])(?:and|also|plus|hey|hi)(?=\s))\s*by\s+(?:the\s+|their\s+)?"
# "large to small", "biggest to smallest"; and the end the list starts from: "sorted by price from highest"
_BIG = r"(?:big(?:gest)?|large(?:st)?)"
# a Chinese direction after an English aspect too: "sort by price 从低到高", "sort by battery，从大到小"
_ZH_UP = r"(?:从|由)?(?:低|小|少|便宜|轻|旧|老)(?:到|往|至)(?:高|大|多|贵|重|新)|升序|正序"
_ZH_DOWN = r"(?:从|由)?(?:高|大|多|贵|重|新)(?:到|往|至)(?:低|小|少|便宜|轻|旧|老)|降序|倒序"
# "in increasing order": the direction word after "in" as well as bare
# a direction may be put "in" an order: "in ascending order", "storage in biggest first order", "weight in low to high order"
_IN_ORDER, _ORDER_SAID = r"(?:in\s+)?", r"(?:\s+order)?"
# where the end the list starts from is put: "lowest first", "highest on top", "cost - lowest at the top", "mAh highest up top"
# ... after the word for what is compared: "biggest value first", "smallest number on top"
_PUT_FIRST = r"(?:(?:values?|numbers?|figures?)\s+)?(?:first|on\s+top|up\s+top|at\s+(?:the\s+)?top(?:\s+of\s+the\s+list)?)"
# a dash may stand between the aspect and its direction: "list by screen size - smallest first"
_UP = (r"[\s:,(，\-–—]*" + _IN_ORDER + r"(?:(?:ascending|increasing)|asc|(?:from\s+)?least\s+to\s+most|" + _ZH_UP + "|"
       # "(low-high)", "low - high": the two ends joined by a hyphen say the direction as "to" does
       r"(?:from\s+)?low(?:est)?(?:\s+to\s+|\s*[-–]\s*)" + _HIGH + "|"
       r"(?:from\s+)?small(?:est)?\s+to\s+" + _BIG + "|"
       r"(?:smallest|lowest|least|fewest{own})\s+" + _PUT_FIRST + "|"
       r"(?:starting\s+)?from\s+(?:the\s+)?(?:smallest|lowest|least|fewest{own})(?![a-z])(?!\s+to\s)(?:\s+up(?:wards?)?(?![a-z]))?|"
       # "from the lowest up", "bottom up": the end the list climbs from
       r"(?:from\s+)?(?:the\s+)?(?:lowest|smallest|least|bottom)\s+up(?:wards?)?(?![a-z]))" + _ORDER_SAID)
_DOWN = (r"[\s:,(，\-–—]*" + _IN_ORDER + r"(?:(?:descending|decreasing)|desc|(?:from\s+)?most\s+to\s+least|" + _ZH_DOWN + "|"
         r"(?:from\s+)?" + _HIGH + r"(?:\s+to\s+|\s*[-–]\s*)low(?:est)?|(?:from\s+)?" + _BIG + r"\s+to\s+small(?:est)?|"
         r"(?:biggest|largest|highest|most|best{own})\s+" + _PUT_FIRST + "|"
         r"(?:starting\s+)?from\s+(?:the\s+)?(?:biggest|largest|highest|most|best{own})(?![a-z])(?!\s+to\s)(?:\s+down(?:wards?)?(?![a-z]))?|"
         # "from highest down", "top down": the end the list falls from
         r"(?:from\s+)?(?:the\s+)?(?:highest|biggest|largest|most|top)\s+down(?:wards?)?(?![a-z]))" + _ORDER_SAID)
# a softener may stand between the aspect and its direction: "by display size pls, ascending"
_SOFTENED = r"(?:[\s,]+(?:please|pls|plz))?"
# a direction in one word: "descending by price", "weight: increasing"
_UP_WORD, _DOWN_WORD = r"ascending|asc|increasing", r"descending|desc|decreasing"
# superlatives that name their own aspect: "heaviest first" after "6000mAh" orders by weight, not by battery
_OWN_ENDS = {("weight_g", False): "lightest", ("weight_g", True): "heaviest", ("year", False): "oldest",
             ("year", True): "newest|latest", ("price", False): "cheapest",
             ("price", True): r"most\s+expensive|priciest|dearest"}  # "sort by price, most expensive first"
_ASPECT_NOUNS = {
    # "prize": the price misspelled as another English word; "price tag" before "price", as the names are atomic
    # "rate": the price, as Indian English says it ("sort by rate, low->high")
    "price": r"price\s+tag|pricing|price|prize|cost|(?<!refresh\s)(?<!frame\s)(?<!sampling\s)(?<!charging\s)rate"
             r"|how\s+much\s+(?:it|they|each(?:\s+one)?)\s+costs?",  # "organize by how much it costs"
    # what a phone weighs, said as a clause: "arrange by how much they weigh", "ordered by how heavy they are"
    "weight_g": r"weight|heft|heaviness|how\s+(?:much|heavy)\s+(?:they|it|each(?:\s+one)?|the\s+(?:phones?|ones?))\s+(?:weighs?|are|is)"
                r"|how\s+heavy|grams|wt",  # "arrange by how heavy (low to hi)": the clause cut to its adjective; "sort by grams"; "wt"
    "battery_mah": r"batt(?:ery)?(?:\s+(?:life|capacity|size))?|mah|endurance",  # "batt": the battery cut short
    # a size is the screen's unless the memory's noun says whose: "ram size high-low", "storage size, high to low"
    # ... its unit in brackets after it: "screen size (inches)"
    "screen_in": r"(?:screen|display)(?:\s+(?:size|inches|diagonal))?(?:\s*\(\s*(?:in(?:ch(?:es)?)?|\")\s*\))?|size",
    "ram_gb": r"(?:ram|memory)(?:\s+(?:size|capacity|amount))?|(?:gigs?|gbs?|amount)\s+of\s+(?:ram|memory)",  # "by amount of RAM"
    "storage_gb": r"(?:internal\s+)?storage(?:\s+(?:space|size|capacity|amount))?|rom(?:\s+(?:size|capacity))?",  # "ROM": storage, as shops list it
    # not the front camera's own word: "by front camera resolution, biggest first" is no main camera ordering
    "main_camera_mp": r"(?:main\s+|rear\s+|back\s+|primary\s+)?(?<!front\s)(?<!selfie\s)(?<!facing\s)camera(?:\s+(?:megapixels|resolution|mp))?"
                      r"|(?:main|rear|back|primary)\s+cam(?:\s+(?:megapixels|resolution|mp))?"  # "by rear cam megapixels"
                      r"|(?<!front\s)(?<!selfie\s)megapixels|(?:main|rear|back)[\s-]+(?:megapixels|mp)",  # "by rear megapixels"
    "front_camera_mp": r"(?:selfie|front)(?:[\s-]+facing)?(?:\s+(?:cam(?:era)?|shooter|snapper))?(?:\s+(?:megapixels|resolution|mp))?", "performance": r"(?:processor|chip|cpu)\s+(?:speed|power|performance)|processing\s+(?:power|speed)|performance|speed|chip|processor|benchmarks|(?<!battery\s)(?<!charging\s)(?<!charger\s)power|(?:antutu|benchmark)(?:\s+scores?)?",
    # "year released high-low": the year named with its verb after it
    "year": r"(?:release|launch)(?:\s+(?:date|year|yr))?|year(?:\s+(?:released|launched|of\s+(?:release|launch)))?|date|age",
}
_BETTER_WHEN_LOWER = frozenset({"price", "weight_g"})
# "my priority is camera", "prioritize performance", "battery life is my top priority", "what matters most is the
# screen": the aspect a shopper puts first is ranked from its better end, as a bare "sort by" it is
_RANKS_FIRST = r"(?:(?:top|main|first|biggest|number\s+one|#\s*1|no\.?\s*1|key|real|only)\s+)?"
_PRIORITY_BEFORE = (r"(?<![a-z])(?:" + _RANKS_FIRST + r"priorit(?:y|ies)(?:\s+(?:is|are|would\s+be|will\s+be|on|to)|\s*[:=-])"
                    r"|prioriti[sz](?:e|es|ed|ing)(?:\s+on)?"
                    r"|what\s+matters\s+(?:the\s+)?most(?:\s+(?:to|for)\s+me)?\s+is"
                    r"|(?:the\s+)?most\s+important(?:\s+(?:thing|factor|feature|aspect))?(?:\s+(?:to|for)\s+me)?\s+is)\s*")
_PRIORITY_AFTER = (r"\s+(?:(?:is|are)\s+(?:(?:my|the|our|a)\s+)?" + _RANKS_FIRST + r"priority"
                   r"|(?:is\s+what\s+)?matters?\s+(?:the\s+)?most|(?:is|are)\s+(?:the\s+)?most\s+important)(?![a-z])")
# a word of praise may stand before the aspect put first: "my priority is a good camera", "long battery life matters most"
_PRAISED = r"(?:the\s+|a\s+)?(?:(?:good|great|excellent|strong|solid|decent|long|big|large|high|fast|low)\s+)?"
UNKNOWN_SUPERLATIVES = PhraseTable({
    "rating": [r"(?:highest|best|top)[\s-]+rated", r"(?:best|most\s+positively)[\s-]+reviewed", r"(?:highest|best|top)\s+ratings?",
               # the Chinese ones too, so "口碑最好" is no flagship guessed from "最好" and "评分最高" is not met by silence
               r"(?:评分|评价|口碑|好评率?|风评)(?:是|也|都)?(?:最高|最好|最多|最佳|第一)", "好评最多"],
    "popularity": [r"most\s+popular", r"最(?:火|热门|受欢迎|流行)", r"人气最(?:高|旺)", r"(?:关注|讨论)度?最高"],
    "sales": [r"best[\s-]+sell(?:ing|ers?)", r"most\s+sold", r"销量(?:是|也)?(?:最高|最好|最大|最多|第一)",
              r"卖(?:得|的)?最(?:好|多|火)", r"最畅销", r"最好卖"],
    # the catalog has no charging power: "充电最快" is neither the fastest chip (最快) nor a battery need (充电)
    "charging": [r"(?:充电|快充)(?:速度|功率)?(?:是|也)?最(?:快|大|高|猛|强)", r"最(?:快|大|猛|强)的?(?:充电|快充)"],
    # nor reception, display quality or thickness: "信号最好" and "屏幕最好" are no flagship guessed from "最好", "最薄" no
    # nothing at all ("屏幕最大" is the screen size, which SORTS reads)
    "signal": [r"信号(?:是|也)?最(?:好|强|稳|佳)"],
    "display quality": [r"屏幕?(?:素质|效果|显示|质量|观感)?(?:是|也)?最(?:好|棒|佳|清晰|细腻|漂亮|好看)"],
    "thickness": [r"(?:机身|厚度)?(?:是|也)?最(?:薄|纤薄)", r"厚度最(?:小|低)", r"thinnest", r"slimmest", r"least\s+thick"],
})
"""Superlatives of an aspect the catalog has no figure for ("highest rated", "most popular"): named back, no ordering."""
UNKNOWN_ASPECT_ZH = {"rating": "评分", "popularity": "人气", "sales": "销量", "charging": "充电速度", "signal": "信号",
                     "display quality": "屏幕素质", "thickness": "厚度"}
"""How a Chinese note names an aspect UNKNOWN_SUPERLATIVES found: the shopper reads “评分”, not 'rating'."""
# "sort by popularity": an ordering by an aspect the catalog has no figure for, read after SORTS took the known ones
UNKNOWN_SORT = re.compile(rf"""
    {_SORT_BY}(?P<aspect>[a-z][a-z\s-]{{0,30}}?)      # "sort by" and the aspect's words
    (?=\s*(?:$|[,.;:!?(]                             # up to the clause's end
       |(?<![a-z])(?:and|with|please|thanks|ascending|descending|asc|desc|high|low)(?![a-z])))  # or a word that is no aspect
    """, re.VERBOSE)


_UNIT_SAID = r"(?>(?:\s*\(\s*(?:g|grams?|mah|gb|mp|in(?:ch(?:es)?)?|\")\s*\))?)"
"""The unit in brackets after an aspect's noun: "weight (g) desc", "battery (mAh), high to low"."""


def _sort_by(key: str, descending: bool) -> list[str]:
    """The "sort by <aspect>" phrases that order by `key` in the given direction."""
    # atomic: "screen size" is not "screen" before "size"; a bare "by" opening a clause too ("by price please")
    nouns = rf"(?:{_SORT_BY}|{_BARE_BY}|{_SORTED_AS})(?>{_ASPECT_NOUNS[key]})(?![a-z]){_UNIT_SAID}"
    said, other = ((_DOWN, _UP) if descending else (_UP, _DOWN))
    said = said.format(own="".join(f"|{w}" for w in _OWN_ENDS.get((key, descending), "").split("|") if w))
    other = other.format(own="".join(f"|{w}" for w in _OWN_ENDS.get((key, not descending), "").split("|") if w))
    default = (key in _BETTER_WHEN_LOWER) != descending
    # the direction first: "ascending price", "descending by price", "in descending order of battery"
    first = (rf"(?:in\s+)?(?:{_DOWN_WORD if descending else _UP_WORD})(?:\s+order)?\s+(?:of\s+|by\s+|on\s+)?"
             rf"(?:the\s+|their\s+)?(?>{_ASPECT_NOUNS[key]})(?![a-z])")
    # the aspect, then its direction, without "sort by": "price asc", "weight: ascending", "battery largest first",
    # "price (lowest first)", "price-wise, low to high"; or with the verb after it: "battery life ranked high to low"
    # ... the verb hyphened on: "screen-sorted, decreasing", "cost sort, low to high"
    after = (rf"(?<![a-z])(?>{_ASPECT_NOUNS[key]})(?![a-z]){_UNIT_SAID}(?:[\s-]*wise)?(?:[\s,-]+{_SORT_VERB})?"
             rf"(?:[\s:,(]*(?:{_DOWN_WORD if descending else _UP_WORD})"
             rf"(?![a-z])|{said})")
    # the direction, then the aspect: "low-to-high price", "high to low battery", "low to high on price"
    ends = rf"{_HIGH}[\s-]*(?:to|-|–)[\s-]*low(?:est)?" if descending else rf"low(?:est)?[\s-]*(?:to|-|–)[\s-]*{_HIGH}"
    before = rf"(?:from\s+)?(?:{ends})\s+(?:(?:by|on|in|for)\s+)?(?:the\s+)?(?>{_ASPECT_NOUNS[key]})(?![a-z])"
    # the end the list starts from, then "by" the aspect: "lowest first by price", "top down by battery"
    own = "".join(f"|{w}" for w in _OWN_ENDS.get((key, descending), "").split("|") if w)
    start_end = (rf"(?:biggest|largest|highest|most|best{own})\s+{_PUT_FIRST}|top[\s-]+down" if descending else
                 rf"(?:smallest|lowest|least|fewest{own})\s+{_PUT_FIRST}")
    end_by = rf"(?<![a-z])(?:{start_end})[\s,]+(?:by|on|for)\s+(?:the\s+|their\s+)?(?>{_ASPECT_NOUNS[key]})(?![a-z])"
    # the bare phrase is the longer regex, tried first: it must leave a said direction to the phrase that reads it
    return [nouns + _SOFTENED + said, first, after, before, end_by] + (
        _put_first(key) + [rf"{nouns}(?!{_SOFTENED}(?:{other}|{said}))"] if default else [])


def _put_first(key: str) -> list[str]:
    """The phrases that make `key` the shopper's priority ("priority is camera", "battery matters most")."""
    aspect = rf"{_PRAISED}(?>{_ASPECT_NOUNS[key]})(?![a-z])"
    return [_PRIORITY_BEFORE + aspect, rf"(?<![a-z]){aspect}{_PRIORITY_AFTER}"]


# an ordering said from one end to the other without its aspect's noun: "from most to least expensive",
# "lightest to heaviest", "newest to oldest"; (words at the low end, words at the high end) per aspect
_ENDS = {
    "price": (r"cheap(?:est|er)?|least\s+expensive|lowest[\s-]+priced", r"(?:most\s+)?expensive|pricie(?:st|r)|dearest|highest[\s-]+priced"),
    "weight_g": (r"light(?:est|er)?", r"heav(?:y|iest|ier)"), "year": (r"old(?:est|er)?", r"new(?:est|er)?|latest"),
    "performance": (r"slow(?:est|er)?", r"fast(?:est|er)?|most\s+powerful"),
}
_SIZES = dict.fromkeys(("screen_in", "battery_mah", "storage_gb", "ram_gb", "main_camera_mp", "front_camera_mp"),
                       (r"small(?:er|est)?|low(?:er|est)?|little", r"big(?:ger|gest)?|large(?:r|st)?|high(?:er|est)?"))
"""The ends of a span over a size ("from big screen to small"), for the aspects _ENDS has no words of their own for."""
_MOST_LEAST = {"price": r"expensive|pricey|costly", "performance": r"powerful", "year": r"recent"}


def _end_to_end(key: str, descending: bool) -> list[str]:
    """The "from X to Y" phrases that order by `key` in the given direction."""
    low, high = _ENDS.get(key, ("(?!)", "(?!)"))
    start, end = (high, low) if descending else (low, high)
    phrases = [rf"(?:from\s+)?(?:the\s+)?(?:{start})\s+(?:to|-|–)\s+(?:the\s+)?(?:{end})(?![a-z])"]
    if key in _SIZES:
        low, high = _SIZES[key]
        start, end = (high, low) if descending else (low, high)
    # the aspect inside the span: "from big screen to small", "from light phones to heavy ones"
    phrases.append(rf"from\s+(?:the\s+|a\s+)?(?:{start})\s+(?:{_ASPECT_NOUNS[key]}|phones?|ones?)s?\s+(?:to|-|–)\s+"
                   rf"(?:the\s+|a\s+)?(?:{end})(?:\s+(?:ones?|phones?))?(?![a-z])")
    if key in _MOST_LEAST:
        first, last = ("most", "least") if descending else ("least", "most")
        phrases.append(rf"(?:from\s+)?(?:the\s+)?{first}\s+to\s+(?:the\s+)?{last}\s+(?:{_MOST_LEAST[key]})")
    if key in _SIZES:  # "from most to least RAM", "least to most storage": a span over the amount of a size
        first, last = ("most", "least") if descending else ("least", "most")
        phrases.append(rf"(?:from\s+)?(?:the\s+)?{first}\s+to\s+(?:the\s+)?{last}\s+(?:{_ASPECT_NOUNS[key]})(?![a-z])")
    return phrases


_SORT_PHRASES: dict[Sort, list[str]] = {
    Sort("price", False): [r"cheapest", r"least\s+expensive",
                           # "easiest on the wallet", "kindest to my pocket": the price said by what it does to the money
                           r"(?:easiest|gentlest|kindest|softest)\s+(?:on|to)\s+(?:the\s+|my\s+|your\s+|our\s+)?(?:wallet|pocket|budget|bank)", r"lowest[\s-]+price[sd]?", r"lowest[\s-]+cost",
                           r"most\s+affordable", r"(?:the\s+)?best\s+price", r"most\s+(?:pocket|wallet|budget)[\s-]*friendly", "最便宜", "价格最低", r"最\s*cheap(?:est)?(?![a-z])", "最低价", "最实惠", "最划算", "最省钱",
                           # "最平价的" (the most affordable), "最省的来一个" (the one that saves most): not 最省电, 最省心
                           "最平价", "最省(?![电心事力油时])",
                           # "花钱最少的排第一": the phone that costs the least money
                           "花(?:钱|费)最少(?!\\s*(?:也|都)?(?:要|得)?\\s*[\\d一二两三四五六七八九十])",  # not "花钱最少也要3000", a floor
                           # an ordering asked for outright: "按价格从低到高排", "sort by price, low to high", "price in low to high order"
                           rf"(?:sort(?:ed)?\s+|order(?:ed)?\s+)?(?:by\s+)?pric(?:e|ed)[\s:,]*(?:from\s+|in\s+)?{_LOW_HIGH}(?:\s+order)?",
                           r"(?:sort(?:ed)?|order(?:ed)?)\s+by\s+price(?>(?:\s+tag)?)(?:\s+ascending)?(?![\s:,(]*(?:from\s+)?(?:the\s+)?(?:high|expensive|desc|decreas|most\s+expensive|priciest|dearest|most\s+to\s+least"
                           r"|in\s+desc|in\s+decreas|larg|big))"
                           rf"(?![\s:,(，]*(?:{_ZH_UP}|{_ZH_DOWN}))", r"price\s+ascending",
                           "(?:按|以)?价格?(?:从低到高|由低到高|从便宜到贵|升序)(?:来)?(?:排(?:序|列|一下|个序)?)?", "从便宜到贵", r"按价格排(?:序|一下|个序)?(?!序|一下|个序)(?!\s*[,，]?\s*(?:(?:从|由)?(?:高|贵|大|多)|降序|倒序))",
                           r"价格排(?:序|一下|个序)(?!\s*[,，:：]?\s*(?:(?:从|由)?(?:高|贵|大|多)|降序|倒序))"],  # not "…，从高到低", "…，从大到小"
    Sort("price", True): [r"most\s+expensive", r"priciest", r"highest[\s-]+price[sd]?", "最贵", "价格最高",
                          rf"(?:sort(?:ed)?\s+|order(?:ed)?\s+)?(?:by\s+)?pric(?:e|ed)[\s:,]*(?:from\s+|in\s+)?{_HIGH_LOW}(?:\s+order)?",
                          r"price\s+descending", "(?:按|以)?价格?(?:从高到低|由高到低|从贵到便宜|降序)(?:来)?(?:排(?:序|列|一下|个序)?)?", "从贵到便宜"],
    Sort("weight_g", False): [r"lightest", r"least\s+heavy", r"lowest\s+weight", r"most\s+light[\s-]*weight", "最轻", "重量最轻",
                              "最轻的", "最不压手", "最不重", "最不沉",  # 压手: heavy in the hand
                              r"最\s*light(?:est)?(?:[\s-]*weight)?(?![a-z])"],  # the English word after 最: "哪个最 light"
    Sort("weight_g", True): [r"(?:heaviest|weightiest|hefti?est|chunkiest|bulkiest|most\s+heavy)(?![\s-]*duty)", "最重", "最沉", "最压手", "最压秤", "最有分量", r"最\s*heav(?:y|iest)(?![a-z])",  # "the heaviest-duty battery" is no weight
                             # the weight named, its largest figure is the heaviest, as "重量最小" is the lightest ("机身最大"
                             # may be the body's size, so only the weight's own noun, or its heft: "分量最大")
                             r"(?:(?:机身)?重量|机重|克重|分量)(?:的)?\s*(?:是|要)?\s*最(?:大|高)" + _NO_NUMBER],
    Sort("battery_mah", True): [
        # ("biggest cell": the battery by its cell, not a cell phone)
        rf"(?<!at\s)(?:biggest|largest|longest|best|most|strongest|heaviest[\s-]*duty|highest(?:[\s-]+capacity)?)[\s-]+(?:batt(?:er(?:y|ies))?|cells?(?![\s-]*phones?))(?![a-z])"
        rf"(?:\s+life)?{_NO_NUMBER}",
        r"longest[\s-]+(?:lasting|battery\s+life)", r"most\s+mah", r"highest\s+mah", r"best\s+battery\s+life",
        # a figure after "电池最大" makes it a ceiling, as after "重量最大": "电池最大到4000mAh", "电量最大为5000"
        r"longest\s+endurance", "续航最长", "续航最好", "续航最强", "续航最久", "最大电池", "(?:电池容量|电池|电量)最大" + _NO_NUMBER,
        "最耐用", "最长续航", "电池最耐用"],
    Sort("front_camera_mp", True): [
        rf"{_BEST}\s+(?:selfies?|front(?:[\s-]+facing)?)(?:\s+(?:camera|cam|shooter))?",
        rf"{_HIGHEST_RES}\s+(?:selfie|front(?:[\s-]+facing)?)",  # "the highest-res front camera", "highest-MP selfie cam"
        r"most\s+selfie\s+megapixels", "自拍最好", "自拍最强", "前置最好", "前置最强", "前置像素最高", "前摄最好", "最好的自拍",
        "自拍效果最好",
        # the front camera's lens or its pixels named: "前置镜头像素最高", "前摄像头像素最大", "自拍像素最高"
        "(?:(?:前置|前摄|自拍)(?:镜头|摄像头|相机)?|前摄像头)(?:的)?像素最(?:高|大|多)" + _NO_NUMBER],
    Sort("main_camera_mp", True): [
        rf"{_BEST}\s+(?:main\s+|rear\s+|back\s+)?camera(?:\s+phones?)?", rf"{_BEST}\s+(?:photos?|pictures|photography)",
        r"most\s+megapixels", r"highest\s+megapixels?", rf"{_HIGHEST_RES}\s+(?:main\s+|rear\s+|back\s+)?camera", r"best\s+for\s+photos?",
        "拍照最好", "拍照最强", "相机最好", "像素最高", "主摄像素最高", "最好的拍照", "拍照效果最好", "影像最强", "拍照最牛"],
    # "2021 at the latest", "2020 at the oldest" are bounds on the year, not orderings
    Sort("year", True): [
        # "2024 models first", "this year's phones first": the year put first is an order, newest first, not that year only
        r"(?:20[0-4]\d|this\s+year'?s?)\s+(?:models?|phones?|ones|releases?|launches|devices?)\s+(?:first|on\s+top)(?![a-z])",
        r"(?<!at\sthe\s)newest", r"(?<!at\sthe\s)latest", r"most\s+recent(?!ly)",
        # "which came out most recently", "the most recently released one"
        r"(?:came\s+out|(?:was|were|got)\s+(?:released|launched)|released|launched|announced)\s+(?:the\s+)?most\s+recently",
        # "最新也只要到2020年" with its year is a ceiling on the year, no ordering
        r"most\s+recently\s+(?:released|launched|announced)", "最新" + _NO_CAPPED_NUMBER, "最新(?:的)?一(?:代|款)",  # "最新一代的": the generation, no figure
        "(?:发布|上市|推出)最晚" + _NO_CAPPED_NUMBER,
        "(?<!不)出(?:得|的|来)?最(?:晚|新|近)" + _NO_CAPPED_NUMBER,  # "哪款出得最晚": came out the latest
                         "最(?:晚|近)(?:发布|上市|推出)",
                         # "上市时间最晚2020年" with its year is a ceiling on the year, as "最新也只要到2020年"
                         "(?:发布|上市)时间最(?:晚|近)" + _NO_CAPPED_NUMBER],
    # "最老2021年款" with its year is a floor on the year (the oldest allowed), no ordering, as "最新也只要到2020年"
    Sort("year", False): [r"(?<!at\sthe\s)oldest", "最老" + _NO_CAPPED_NUMBER, "最旧" + _NO_CAPPED_NUMBER,
                          "(?<!不)出(?:得|的|来)?最早" + _NO_CAPPED_NUMBER],  # "出得最早的": came out the earliest
    # ... its amount named: "largest amount of RAM first"
    Sort("ram_gb", True): [rf"(?<!at\s)(?:most|biggest|largest|highest|max(?:imum)?)\s+(?:amount\s+of\s+)?(?:ram|memory){_NO_NUMBER}",
                           *(w + _NO_NUMBER for w in ("内存最大", "运存最大", "内存最多", "运存最多")), "最大内存", "最大运存",
                           r"(?:ram|内存|运存|运行内存)\s*容量最(?:大|多|高)" + _NO_NUMBER],  # "RAM容量最高的": by its capacity
    Sort("storage_gb", True): [rf"(?<!at\s)(?:most|biggest|largest|highest|max(?:imum)?)\s+(?:amount\s+of\s+)?(?:storage|space){_NO_NUMBER}",
                               *(w + _NO_NUMBER for w in ("存储最大", "存储最多", "存储空间最大")), "最大存储",
                               # storage by its other names: "ROM容量最大的", "闪存最大"
                               r"(?:rom|闪存)(?:容量)?最(?:大|多|高)" + _NO_NUMBER],
    Sort("screen_in", True): [r"(?:biggest|largest|widest|hugest|most\s+massive)\s+(?:screen|display|phone)s?", "屏幕最大" + _NO_NUMBER, "最大屏",
                              # the screen's inches named: "屏幕寸数最大", "尺寸最大的"
                              "(?:屏幕)?(?:寸数|尺寸)最大" + _NO_NUMBER,
                              "最大的屏幕", "屏幕最大的", "屏最大" + _NO_NUMBER],
    Sort("screen_in", False): [r"(?:smallest|tiniest)\s+(?:screen|display|phone)s?", r"most\s+compact", r"smallest",
                               "屏幕最小" + _NO_NUMBER, "最小屏", "最小巧", "最小的", "最迷你"],
    Sort("performance", True): [
        r"fastest", r"most\s+powerful", rf"{_BEST}\s+(?:performance|performing|processor|chip(?:set)?|cpu|soc|specs)",
        r"(?:highest|best|top|strongest)[\s-]+perform(?:ing|ance|er)",  # "highest-performing of the lot"
        r"strongest", r"highest\s+performance", r"most\s+performant", "性能最强", "性能最好", "最快", "跑分最高", "最强性能",
        "最流畅", "处理器最好", "芯片最强", "性能最高"],
}
# "iPhone or Pixel, whichever is cheaper": a choice between alternatives left to one aspect is an ordering by it
_WHICHEVER = {Sort("price", False): r"cheaper|less\s+expensive|more\s+affordable", Sort("price", True): r"pricier|more\s+expensive",
              Sort("weight_g", False): r"lighter", Sort("weight_g", True): r"heavier", Sort("year", True): r"newer|more\s+recent",
              Sort("performance", True): r"faster|more\s+powerful|quicker", Sort("screen_in", False): r"smaller|more\s+compact",
              Sort("battery_mah", True): r"lasts\s+longer|has\s+(?:the\s+)?(?:bigger|larger|better)\s+battery",
              Sort("screen_in", True): r"bigger|larger|has\s+(?:the\s+)?(?:bigger|larger)\s+screen"}
for _sort, _words in _WHICHEVER.items():
    _SORT_PHRASES[_sort].append(rf"whichever(?:\s+one)?(?:\s+is|'s)?\s+(?:{_words})")
    # "the cheaper the better", "the bigger the battery, the better": the same comparatives, wished without end
    _SORT_PHRASES[_sort].append(rf"the\s+(?:{_words})(?:\s+(?:it\s+is|the\s+(?:phone|price|one)))?[\s,]+the\s+better")
_SORT_PHRASES[Sort("battery_mah", True)].append(r"the\s+(?:bigger|larger|longer)\s+the\s+battery(?:\s+life)?[\s,]+the\s+better")
for _key, _descending in SORT_LABELS["en"]:  # the orderings the advisor can name and explain
    _SORT_PHRASES.setdefault(Sort(_key, _descending), []).extend(_sort_by(_key, _descending) + _end_to_end(_key, _descending))
# an ordering said as a direction: "电池从大到小", "按重量从轻到重排", "发布时间从新到旧", "重量升序"
_ZH_ASPECTS = {
    "price": "价格|价钱|售价", "weight_g": "机身重量|重量|克重", "battery_mah": "电池容量|电池|续航时间|续航能力|续航|电量",
    "ram_gb": "运行内存|运存|内存", "storage_gb": "机身存储|存储空间|存储|储存", "screen_in": "屏幕尺寸|屏幕大小|屏幕|尺寸|屏",
    "year": "发布时间|上市时间|发布日期|年份|时间", "performance": "性能|跑分成绩|跑分分数|跑分|处理器|芯片",
    "main_camera_mp": "主摄像素|主摄|后置|后摄|像素|拍照|相机", "front_camera_mp": "前置像素|前置|前摄|自拍",
}
# with the names the superlatives know ("价位从低到高", "待机时间从长到短"), the longer name first
# and the English ones, which shoppers mix into Chinese: "按price排序", "price从高到低"
_ZH_ASPECTS = {key: "|".join(sorted(set(names.split("|")) | set(ZH_NOUNS[key].split("|")), key=len, reverse=True))
               + rf"|(?<![a-z])(?:{_ASPECT_NOUNS[key]})(?![a-z])" for key, names in _ZH_ASPECTS.items()}
# "按价格倒着排": reversed, from the high end; 升冪/降冪 (rising and falling powers) are Taiwan's ascending and descending
# an English direction after a Chinese aspect is one too, as shoppers mix them: "价格 from low to high", "内存 high to low"
# (顺序 before 按 is the noun "the order": "顺序按运存降序" is ordered by RAM, descending)
_ZH_UP_WORDS = r"升序|正序|顺序(?!\s*(?:是|为|[:：])?\s*(?:按照?|以|根据|依照?|依据))|正着|升幂|升冪|(?<![a-z])(?:from\s+)?low(?:est)?\s+to\s+high(?:est)?(?![a-z])|(?<![a-z])ascending(?![a-z])"
_ZH_DOWN_WORDS = r"降序|倒序|倒着|倒过来|降幂|降冪|(?<![a-z])(?:from\s+)?high(?:est)?\s+to\s+low(?:est)?(?![a-z])|(?<![a-z])descending(?![a-z])"
_ZH_BY = r"按照?|以|根据|依照?|依据"  # what an ordering goes by: "按价格", "依照主摄分辨率"
_ZH_TOPIC = r"这块|这一块|那块|方面|这方面|的话"  # the aspect made the topic: "重量这块从低到高排", "存储方面降序"
_ZH_TO = r"(?:排|排列)?(?:到|往|至|\s*to\s*)"  # "从便宜排到贵", "低→高" (an arrow is "to" once normalized): inside the span
_ZH_PAIRS = "高低|大小|多少|长短|轻重|强弱|新旧|快慢|好坏"  # the two ends of an aspect said as one word: "按价格高低"
_RISING = "低|小|少|轻|便宜|旧|老|早|弱|差|慢|短"  # from the small end of a spec ...
_FALLING = "高|大|多|重|贵|新|晚|强|好|快|长"  # ... or from the large end
# what comes first, said after the ordering: "(按价格排，)贵的在前面", "(电池大小排一下，)大的先" ("高的先不考虑" is no ordering)
_ZH_FIRST_PLACE = r"(?:先(?!\s*(?:不|别|算|放))|(?:排|放|摆)?\s*在?\s*最?(?:前面|前头|前边|前(?=$|[\s,，。;；!！])|上面)|靠前|优先)"
_ZH_END_FIRST = rf"(?:{_RISING}|{_FALLING})(?:一点|一些|点)?的\s*{_ZH_FIRST_PLACE}"
# a direction after an ordering by the aspect alone, which decides it: "按价格排序，降序", "按价格排，贵的在前"
_ZH_DIRECTION_AFTER = rf"升序|降序|[升降][幂冪]|{_ZH_END_FIRST}"
for _key, _aspect in _ZH_ASPECTS.items():
    # 正序/顺序 and 倒序 are the plain and the reversed order: ascending and descending
    for _descending, (_start, _end, _word) in ((False, (_RISING, _FALLING, _ZH_UP_WORDS)), (True, (_FALLING, _RISING, _ZH_DOWN_WORDS))):
        if Sort(_key, _descending) in _SORT_PHRASES:  # the orderings the advisor can name and explain
            _SORT_PHRASES[Sort(_key, _descending)].append(
                # "重量按降序排", "电池按从大到小排": the aspect, then 按 and its direction
                # ("运存大小按由大到小": the aspect's pair of ends may name it before 按)
                # ... a modal between: "重量要降序排", "屏幕寸数要低→高排"
                rf"(?:{_ZH_BY})?(?:{_aspect})(?:的)?(?:{_ZH_PAIRS})?\s*(?:{_ZH_TOPIC})?\s*(?:要|得|请|就)?\s*(?:按照?|以|排名|排行榜?)?\s*(?:(?:从|由)?(?:{_start}){_ZH_TO}(?:{_end})|{_word})"
                r"(?:来)?(?:排(?:序|列|一下|个序)?)?")
            # the verb first: "排序按价格从低到高", "排序依据：价格，升序"
            _SORT_PHRASES[Sort(_key, _descending)].append(
                rf"排(?:序|列)(?:依据|方式|标准)?\s*[:：=]?\s*(?:{_ZH_BY})?\s*(?:{_aspect})[\s,，:：]*"
                rf"(?:(?:从|由)?(?:{_start})(?:到|往|至)(?:{_end})|{_word})")
# a direction whose two ends name the aspect by themselves: "由新到旧排", "从轻到重", "从贵到便宜" (not 从早到晚: all day)
_ZH_ENDS = {"year": ("旧|老", "新"), "price": ("便宜|平", "贵"), "weight_g": ("轻", "重"), "performance": ("弱|慢", "强|快")}
for _key, (_low, _high) in _ZH_ENDS.items():
    for _descending, (_start, _end) in ((False, (_low, _high)), (True, (_high, _low))):
        _SORT_PHRASES[Sort(_key, _descending)].append(rf"(?:从|由)(?:{_start})(?:的)?{_ZH_TO}(?:{_end})(?:的)?(?:排(?:序|列)?)?")
        _SORT_PHRASES[Sort(_key, _descending)].append(rf"先(?:{_start})(?:的)?(?:再)?后?(?:{_end})(?:的)?")  # "先便宜后贵"
# an ordering by an aspect alone: "按性能排", "按电池排序", "根据发布时间排列", "按像素高低排序"; like "sort by battery" it starts at
# the aspect's better end, unless a direction follows ("按电池排序，从小到大" is left to be said again)
_ZH_SORT_VERB = r"(?:来|给(?:我|咱)们?)?\s*(?:排(?:序|列|名|一下|个序)?)"  # "按分量给我排个序": for whom
_ANY_ZH_ASPECT = "|".join(_ZH_ASPECTS.values())  # any aspect's name, each English one bounded by its own lookarounds
for _key, _aspect in _ZH_ASPECTS.items():
    # "续航排名前五", "性能排行榜": a ranking by the aspect, from its better end unless a direction follows
    _SORT_PHRASES[Sort(_key, _key not in _BETTER_WHEN_LOWER)].append(
        rf"(?:{_aspect})(?:的)?\s*(?:排名|排行榜?)(?!\s*[,，]?\s*(?:(?:从|由)(?:{_RISING}|{_FALLING})|{_ZH_DIRECTION_AFTER}))")
    _SORT_PHRASES[Sort(_key, _key not in _BETTER_WHEN_LOWER)].append(
        # not "排" of "排序", nor of "排一下" short of a direction after it ("按机身重量排一下，从高到低")
        rf"(?:{_ZH_BY})\s*(?:{_aspect})(?:的)?(?:{_ZH_PAIRS})?\s*{_ZH_SORT_VERB}(?![序列名]|一下|个序)"
        # nor one a direction follows, with 从 or without it: "按尺寸排，低到高" is ascending ("按屏幕排：低→高", "以重量排序（高→低）")
        rf"(?!\s*[,，:：(（]?\s*(?:(?:从|由)(?:{_RISING}|{_FALLING})|(?:{_RISING}|{_FALLING}){_ZH_TO}|{_ZH_DIRECTION_AFTER}))")
    _SORT_PHRASES[Sort(_key, _key not in _BETTER_WHEN_LOWER)].append(  # "排序按价格", "排序依据：性能"
        # (the aspect's whole name, atomic, and no other aspect's after it: "排序按机身重量，从大到小", "排序按屏幕尺寸，从小到大"
        # say their direction, which a head of the name, "机身", "屏", would leave unread; "（从高到低）" in brackets too)
        rf"排(?:序|列)(?:依据|方式|标准)?\s*[:：]?\s*(?:按照?|根据|以|依)\s*(?>{_aspect})(?!{_ANY_ZH_ASPECT})"
        rf"(?!\s*[,，:：(（]?\s*(?:(?:从|由)?(?:{_RISING}|{_FALLING})(?:到|往|至)|{_ZH_DIRECTION_AFTER}))")
# an ordering said by what comes first: "贵的排前面", "轻的放在最前面", "新款优先", "电池大的优先"
_ZH_FIRST = {
    Sort("price", False): "便宜|低价|价格低|价低|实惠", Sort("price", True): "贵|价格高|高价|价高",
    Sort("weight_g", False): "轻|重量轻", Sort("weight_g", True): "重|沉", Sort("year", True): "新|最新|新出|刚出|新发布",
    Sort("year", False): "老|旧", Sort("performance", True): "强|性能强|性能好|快|跑分高",
    Sort("battery_mah", True): "电池大|电池容量大|续航长|续航好|续航久|电量大", Sort("screen_in", True): "屏幕大|大屏|屏大",
    Sort("screen_in", False): "屏幕小|小屏|屏小", Sort("main_camera_mp", True): "像素高|主摄像素高",
    Sort("front_camera_mp", True): "前置像素高|自拍像素高", Sort("ram_gb", True): "内存大|运存大", Sort("storage_gb", True): "存储大",
}
for _sort, _words in _ZH_FIRST.items():
    # the words listed, or any name of the aspect with a word of its better end: "拍照好的排前面", "自拍好的优先"
    _composed = rf"|(?:{_ZH_ASPECTS[_sort.key]})(?:的)?\s*(?:{ZH_ADJECTIVES[_sort]})" if _sort in ZH_ADJECTIVES else ""
    _head = rf"最?(?:{_words}{_composed})(?:一点|一些|点)?"
    _SORT_PHRASES[_sort] += [rf"{_head}(?:的|款)?(?:手机|机子|机型)?\s*(?:(?:排|放|摆)\s*在?|在|靠)\s*最?(?:前面|前头|前边|前(?=$|[\s,，。;；!！])"
                             r"|上面|上头|上边)",  # "轻的排上面": the top of the list
                             # "便宜的先给我看", "新的先列出来": what is shown first, the verb after it
                             rf"{_head}(?:的|款)(?:手机|机子|机型)?\s*先(?:给我)?(?:看|显示|展示|推荐|推|列出来?|列|放|排|出)",
                             rf"从{_head}(?:的|款)(?:手机|机子|机型)?\s*开始(?:排|列|看|推荐?)?",  # "从便宜的开始排"
                             rf"{_head}(?:的|款)?(?:手机|机子|机型|机)?\s*优先",  # "低价优先", "新款优先", "新机优先"
                             # "先看便宜的", "优先显示便宜的", "首先推荐新款": what is shown first, the verb before it
                             rf"(?:优先|首先|先)(?:给我)?(?:显示|展示|推荐|推|看|列出|列|排|放)\s*{_head}(?:的|款)"]
# the aspect alone put first is an ordering from its better end: "续航优先", "拍照排前面", "性能排第一" (not the device
# "折叠屏优先"; "大屏优先" is read above with its own end)
# ("性能第一", "续航放第一位": a rank, not the first of a list as in "性能第一的那款" or "电池第一个")
_ZH_ASPECT_FIRST = (r"(?:(?:排|放|摆)\s*在?\s*最?(?:前面|前头|前边|上面)|靠前|优先|(?:(?:排|放|摆)\s*在?\s*)?第一(?:位)?"
                    r"(?![个款部台只项名的]))")
# the priority said before the aspect: "优先考虑电池", "首先看重性能" (a wish to order by it, as "续航优先")
_ZH_PRIORITY_BEFORE = r"(?:优先|首先|第一)\s*(?:考虑|看重|看|关注|在意|注重)"
for _key, _aspect in _ZH_ASPECTS.items():
    _SORT_PHRASES[Sort(_key, _key not in _BETTER_WHEN_LOWER)] += [
        rf"(?:{_aspect})(?<!折叠屏)(?<!大屏)(?<!小屏)\s*{_ZH_ASPECT_FIRST}",
        rf"{_ZH_PRIORITY_BEFORE}\s*(?:{_aspect})(?!(?:屏|手机|机))"]
# "按新旧排", "按价格高低", "按轻重排序": a pair of ends naming the aspect, or an aspect with its pair, is an ordering from the
# aspect's better end, with or without the verb
_ZH_PAIR_ALONE = {Sort("year", True): "新旧", Sort("weight_g", False): "轻重", Sort("performance", True): "快慢|强弱",
                  Sort("price", False): "贵贱"}
_ZH_DIRECTION = rf"(?:(?:从|由)?(?:{_RISING}|{_FALLING}){_ZH_TO}|{_ZH_UP_WORDS}|{_ZH_DOWN_WORDS}|{_ZH_DIRECTION_AFTER})"
for _sort, _pair in _ZH_PAIR_ALONE.items():
    _by_pair = rf"(?:按照?|以|根据)\s*(?:{_pair})(?:程度)?\s*(?:{_ZH_SORT_VERB})?"
    _SORT_PHRASES[_sort].append(rf"{_by_pair}(?!\s*[,，]?\s*{_ZH_DIRECTION})")
    # a direction after the pair decides it: "按轻重从大到小" is the heaviest first, "按新旧从小到大" the oldest
    for _descending, (_start, _end, _word) in ((False, (_RISING, _FALLING, _ZH_UP_WORDS)), (True, (_FALLING, _RISING, _ZH_DOWN_WORDS))):
        _SORT_PHRASES[Sort(_sort.key, _descending)].append(
            rf"{_by_pair}\s*[,，]?\s*(?:(?:从|由)?(?:{_start}){_ZH_TO}(?:{_end})|{_word})(?:\s*{_ZH_SORT_VERB})?")
for _key, _aspect in _ZH_ASPECTS.items():
    for _descending, (_start, _end, _word) in ((False, (_RISING, _FALLING, _ZH_UP_WORDS)), (True, (_FALLING, _RISING, _ZH_DOWN_WORDS))):
        # the end put first is a word of this aspect's: "折叠屏，新的排前面" puts the newest first, not the biggest screen
        _own_end = ZH_ADJECTIVES.get(Sort(_key, _descending), _start)
        _SORT_PHRASES[Sort(_key, _descending)].append(  # "按价格高低，从高到低", "按电池排序，从小到大": the direction after
            # "价格排序 高→低", "价格：低→高": 按 may be left out
            # ... the 按 after the pause: "电池，按由高到低", "主摄像素，按降序"
            rf"(?:{_ZH_BY})?\s*(?:{_aspect})(?:的)?(?:{_ZH_PAIRS})?\s*(?:{_ZH_SORT_VERB})?\s*[,，:：(（]?\s*(?:按照?\s*)?"
            rf"(?:(?:从|由)?(?:{_start}){_ZH_TO}(?:{_end})|{_word}|(?:{_own_end})(?:一点|一些|点)?的\s*{_ZH_FIRST_PLACE})"
            rf"(?:\s*{_ZH_SORT_VERB})?")  # "…从低到高排序": the verb after too; "价格排一下，便宜的在前": the end put first
        # the direction first, then the verb or 按 and the aspect: "由高到低排电池", "升序排屏幕大小", "由高到低按机身重量排"
        _SORT_PHRASES[Sort(_key, _descending)].append(
            # (机身 is the weight's word only when no memory's word follows it: "降序按机身存储排" orders by storage)
            rf"(?:(?:从|由)?(?:{_start}){_ZH_TO}(?:{_end})|{_word})\s*(?:来|地)?\s*(?:{_ZH_SORT_VERB}|{_ZH_BY})\s*(?:{_aspect})"
            rf"(?!存储|储存|内存)(?:\s*{_ZH_SORT_VERB})?")
    _SORT_PHRASES[Sort(_key, _key not in _BETTER_WHEN_LOWER)].append(
        rf"(?:按照?|以|根据)\s*(?:{_aspect})(?:的)?(?:{_ZH_PAIRS})"
        rf"(?!\s*(?:{_ZH_SORT_VERB})?\s*[,，]?\s*(?:(?:从|由)?(?:{_RISING}|{_FALLING})(?:到|往|至)|{_ZH_DIRECTION_AFTER}))")
# "越便宜越好", "电池越大越好": the more the better, by the aspect named before 越 (or by the word itself when it can
# only be one aspect: 便宜, 轻, 新); a bare "越大越好" names no aspect
_ZH_MORE_ALONE = {Sort("price", False): "便宜", Sort("price", True): "贵", Sort("weight_g", False): "轻", Sort("weight_g", True): "重",
                  Sort("year", True): "新", Sort("year", False): "旧|老", Sort("performance", True): "强|快"}
_ZH_MORE_END = r"(?:就)?越(?:好|靠前|往前|前面|在前面?|排(?:在)?前面?)"
"""The end of "越X越…" that wishes more of X or puts it first ("越便宜越好", "越新的越靠前", "越轻越排前面")."""
for _sort, _words in ZH_ADJECTIVES.items():  # the words after 越 are those after 最
    _SORT_PHRASES[_sort].append(rf"(?:{_ZH_ASPECTS[_sort.key]})(?:的)?\s*越(?:{_words})(?:的)?\s*{_ZH_MORE_END}")
for _sort, _words in _ZH_MORE_ALONE.items():
    _SORT_PHRASES[_sort].append(rf"越(?:{_words})(?:的)?\s*{_ZH_MORE_END}")  # "越轻越靠前", "越新的越靠前"
# an ordering said by what comes first, in English: "bigger screens first", "recent ones first", "cheaper ones on top"
_EN_FIRST = {
    Sort("price", False): r"cheap(?:er)?|less\s+expensive|lower[\s-]+priced|more\s+affordable|affordable",
    Sort("price", True): r"(?:more\s+)?expensive|pricier|pricey|higher[\s-]+priced",
    Sort("weight_g", False): r"light(?:er|weight)?|less\s+heavy", Sort("weight_g", True): r"heav(?:y|ier)",
    Sort("year", True): r"new(?:er)?|(?:more\s+)?recent|latest", Sort("year", False): r"old(?:er)?",
    Sort("performance", True): r"fast(?:er)?|(?:more\s+)?powerful|strong(?:er)?|quick(?:er)?",
    Sort("battery_mah", True): r"(?:big(?:ger)?|large(?:r)?|better)\s+batter(?:y|ies)|long(?:er)?[\s-]+lasting",
    Sort("screen_in", True): r"(?:big(?:ger)?|large(?:r)?)\s+(?:screens?|displays?)",
    Sort("screen_in", False): r"(?:small(?:er)?|compact)(?:\s+(?:screens?|displays?))?",
    Sort("main_camera_mp", True): r"(?:better|higher[\s-]+res(?:olution)?)\s+cameras?",
    Sort("ram_gb", True): r"more\s+(?:ram|memory)", Sort("storage_gb", True): r"more\s+storage",
}
for _sort, _words in _EN_FIRST.items():
    _SORT_PHRASES[_sort].append(rf"(?<![a-z])(?:the\s+)?(?:{_words})(?:\s+(?:ones?|phones?|models?|devices?|options?|handsets?))?"
                                rf"\s+{_PUT_FIRST}(?![a-z])")
for _sort, _phrases in composed_superlatives().items():  # "most internal storage", "as light as possible", "屏幕尺寸最大"
    _SORT_PHRASES.setdefault(_sort, []).extend(_phrases)
SORTS = PhraseTable(_SORT_PHRASES, not_before_quantity=True)

# a size comparative said of something the shopper carries or wears is no screen size wished for: "i'll just buy scrubs
# with a bigger pocket", "get a larger bag", "a smaller purse"
_NOT_THE_PHONE = r"(?!\s+(?:pockets?|bags?|purses?|backpacks?|pants|jeans|trousers|scrubs|uniforms?|jackets?))"
RELATIVES = PhraseTable({
    Relative("price", -1): [r"cheaper", r"less\s+expensive", r"lower\s+price[sd]?", r"more\s+affordable",
                            r"lower\s+budget", "便宜点", "便宜一点", "便宜一些",
                            "便宜些", "更便宜", "再便宜(?:一)?(?:点|些)", "再便宜", "价格低一点", "低一点的价格", "便宜的一点", "再省点",
                            # the price shown refused by degree: "不要那么贵的", "没那么贵的", "not so expensive", "less pricey"
                            "(?:不要|别|没|不)(?:那么|这么)贵", r"not\s+(?:so|as|that)\s+(?:expensive|pricey)", r"less\s+pricey",
                            r"(?:lower|reduce|cut)\s+(?:the\s+|my\s+)?budget(?:\s+a\s+(?:bit|little))?(?!\s*(?:to|\d))",
                            r"预算(?:再|可以|能)?(?:低|少|降|减)(?:一)?(?:点|些)"],
    Relative("price", 1): [r"more\s+expensive", r"pricier", r"higher\s+budget", r"spend\s+more", "贵一点", "更贵", "贵一些",
                           "预算高一点", "预算多一点",
                           # the budget raised by a bit, without a figure: "预算再放宽一点", "budget can go a bit higher"
                           r"(?:budget|price)\s+(?:can|could|may)\s+go\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?higher",
                           r"(?:raise|increase|bump(?:\s+up)?)\s+(?:the\s+|my\s+)?budget(?:\s+a\s+(?:bit|little))?(?!\s*(?:to|\d))",
                           r"预算(?:再|可以|能)?(?:高|多|放开|放宽|提高|加|涨)(?:一)?(?:点|些)"],
    Relative("battery_mah", 1): [r"(?:more|bigger|larger|longer|better|stronger)\s+battery(?:\s+life)?", r"more\s+mah",
                                 r"longer[\s-]+lasting", "电池更大", "电池大一点", "续航更长", "续航更好", "续航长一点",
                                 "续航(?:好|久|长)(?:一)?(?:点|些)", "更耐用", "电池再大"],
    Relative("screen_in", 1): [r"(?:bigger|larger|wider)\s+(?:screen|display)", rf"bigger{_NOT_THE_PHONE}",
                               rf"larger{_NOT_THE_PHONE}", "屏幕大一点",
                               "屏幕更大", "大一点", "更大", "再大一点", "大一些"],
    Relative("screen_in", -1): [r"smaller\s+(?:screen|display)", rf"smaller{_NOT_THE_PHONE}", "屏幕小一点", "屏幕更小", "小一点", "更小",
                                "小巧一点", "小一些"],
    # and the weight said as an amount to lower: "less weight", "weighs less", "不要那么重的"
    Relative("weight_g", -1): [r"lighter", r"less\s+heavy", r"not\s+so\s+heavy", "更轻", "轻一点", "轻一些", "轻点",
                               r"(?:less|lower)\s+weight", r"weighs?\s+less", r"weighing\s+less",
                               "(?:不要|别|没|不)(?:那么|这么)重"],
    Relative("year", 1): [r"newer", r"more\s+recent", "新一点", "更新一点", "较新", "更新的", "新一些"],
    Relative("ram_gb", 1): [r"(?:more|bigger|larger)\s+(?:ram|memory)", "内存更大", "(?:内存|运存)(?:大|多)(?:一)?(?:点|些)", "更大内存", "运存更大"],
    Relative("storage_gb", 1): [r"(?:more|bigger|larger)\s+(?:storage|space)", "存储更大", "存储(?:大|多)(?:一)?(?:点|些)", "更大存储",
                                "容量更大"],
    Relative("main_camera_mp", 1): [r"better\s+(?:main\s+|rear\s+)?(?:camera|photos?|pictures)", r"more\s+megapixels",
                                    "拍照更好", "相机更好", "拍照好(?:一)?点", "像素更高"],
    Relative("front_camera_mp", 1): [r"better\s+(?:selfies?|front(?:\s+camera)?)(?:\s+camera)?", "自拍更好", "前置更好"],
    # more of them on the back (Phone.rear_cameras): "more cameras" than the phone looked at
    Relative("rear_cameras", 1): [r"more\s+(?:rear\s+|back\s+)?(?:cameras|lenses)", "更多(?:的)?(?:后置)?(?:摄像头|镜头)",
                                  "(?:后置)?(?:摄像头|镜头)(?:再)?多(?:一)?(?:点|些)", "多几个(?:后置)?(?:摄像头|镜头)"],
    Relative("performance", 1): [r"faster", r"more\s+powerful", r"(?:better|stronger)\s+(?:performance|processor|chip)",
                                 r"snappier", "性能更好", "性能更强", "更快", "更流畅", "快一点", "性能(?:好|强|高)(?:一)?(?:点|些)"],
})

# "the best phone for gaming" / "best phone under $300" ask for the best of a kind, not for a flagship
# (\x00 is a constraint already read, such as "under $300")
_NOT_FOR = r"(?!\s+(?:for|under|below|within|in|with|around|between|at|on|less|up\s+to|near)(?![a-z])|\s*\x00)"
INTENT_PHRASES = PhraseTable({
    "gaming": [r"gam(?:e|es|ing|er|ers)", r"pubg", r"bgmi", r"cod(?:\s+mobile)?", r"call\s+of\s+duty", r"genshin(?:\s+impact)?",
               r"fortnite", r"free\s*fire", r"minecraft", r"roblox", r"clash\s+(?:of\s+clans|royale)", r"asphalt\s*\d*",
               r"apex\s+legends", r"honkai(?:\s+star\s+rail)?", r"valorant", "崩坏", "星穹铁道", "蛋仔", r"e-?sports?", r"mobile\s+legends", r"honou?r\s+of\s+kings",
               "打游戏", "玩游戏", "手游", "游戏", "吃鸡", "王者荣耀", "王者", "原神", "电竞", "和平精英", "开黑",
               "掉帧", "帧率", "排位"],
    "photography": [r"(?:good|great|nice|decent|strong|excellent|amazing)\s+cameras?", r"cameras?", r"photo(?:s|graphy|grapher)?",
                    r"pictures?", r"pics", r"night\s+(?:shots?|mode|photos?|photography)", r"portraits?", r"zoom",
                    r"telephoto", r"low[\s-]+light", "拍照", "摄影", "拍夜景", "夜景", "相机", "影像", "拍人像", "长焦", "照相",
                    "拍照好", "画质", "成像", "拍出来", "拍宝宝", "拍孩子"],
    "selfie": [r"selfies?", r"vlog(?:s|ging|ger)?", r"video\s+calls?", r"tiktok", r"youtube(?:r)?", r"instagram",
               r"content\s+creat(?:ion|or)", r"front\s+camera", r"streaming\s+myself", "自拍", "美颜", "直播", "前置", "拍视频",
               "视频通话", "抖音", "网红", "视频聊天", "朋友圈", "主播", "对着镜头", "拍自己"],
    # "heavy-duty" is strength said of the battery, not weight: read whole, it leaves no word to guess a need from
    "battery": [r"(?:long|great|good|big|huge|strong|all[\s-]+day|massive|heav(?:y|ier)[\s-]*duty)[\s-]+batter(?:y|ies)(?:\s+life)?",
                r"battery\s+life", r"last(?:s|ing)?\s+(?:all\s+day|two\s+days|2\s+days|a\s+(?:full\s+)?day|long|longer)",
                r"long[\s-]+lasting", r"endurance", r"batter(?:y|ies)", r"never\s+(?:runs?|dies)",
                "续航好", "续航长", "续航", "大电池", "电池耐用", "耐用电池", "待机长", "待机", "电池大", "持久", "耐用", "电池", "充电", "充一次电", "电量", "没电"],
    "compact": [r"compact", rf"small(?:er)?(?!\s+(?:budget|price|amount|fortune)){_NOT_THE_PHONE}", r"one[\s-]hand(?:ed)?(?:\s+use)?",
                r"fits?\s+in\s+(?:my|one|a)\s+(?:hand|pocket)", r"pocketable", r"pocket[\s-]+friendly", r"mini", r"tiny",
                r"little\s+phone", r"light\s*weight", r"feather[\s-]*(?:weight|light)", r"ultra[\s-]*light",
                r"weighs?\s+(?:almost\s+)?nothing", r"light\s+phones?", r"(?:not|nothing)\s+too\s+(?:big|large|heavy|bulky)",
                "不要太大", "别太大", "不要太重", "别太重", "轻巧", "小屏", "小手机", "小巧", "单手", "轻便", "轻薄", "小屏幕", "迷你", "好握", "手小", "不占地方",
                "轻飘飘"],
    "big_screen": [r"(?:big|large|huge|bigger|larger|giant)\s+(?:screen|display)s?", r"big\s+phones?",
                   r"(?:for\s+)?(?:my\s+)?(?:grand(?:ma|pa|mother|father|parents?)|granny|nana|elderly|seniors?|parents?|"
                   r"old(?:er)?\s+(?:people|person|man|woman|folks?|parents?|dad|mom|mum|father|mother))",
                   r"(?:for\s+)?(?:my\s+)?(?:mom|mum|dad|mother|father)", r"elderly", r"poor\s+eyesight",
                   r"watching\s+(?:videos?|movies|netflix|shows)", r"movies", r"netflix", r"reading", r"streaming",
                   "老人", "老年", "长辈", "爸妈", "父母", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "大屏", "大屏幕",
                   "看视频", "追剧", "看电影", "大字", "老爸", "老妈", "妈妈", "爸爸", "看小说", "看书", "刷视频",
                   # the shopper's own parents said short, and an older user said plainly: "给我爸买", "我妈用", "家里老人"
                   "我爸", "我妈", "俺爸", "俺妈", "咱爸", "咱妈", "父亲", "母亲", "上了年纪",
                   "短视频", "屏幕要?宽", "屏幕要大",
                   # "屏幕大的", "屏大一点的": a big screen wished without a figure, as "大屏" is ("屏幕大于6.5" is a bound)
                   r"屏幕?(?:要|得)?大(?:一点|一些|点|些)?的"],
    # "bang for buck" is said without its article too ("whats the best bang for buck"): value, not "the best" flagship
    "budget": [r"students?", r"cheap", r"budget[\s-]+(?:phones?|options?|friendly|picks?|choices?|devices?|models?|segment)",
               r"(?:on\s+a|tight|low|small|limited)\s+budget", r"affordable",
               r"inexpensive", r"value\s+for\s+money", r"bang\s+for\s+(?:(?:the|your|ur|my)\s+)?bucks?", r"low[\s-]+cost",
               r"economical", r"entry[\s-]+level", r"not\s+(?:too\s+)?expensive", "不要太贵", "别太贵", "不贵", r"best\s+value", r"good\s+value",
               "学生党", "学生", "便宜", "性价比", "实惠", "平价", "千元机", "入门", "省钱", "划算",
               "钱不多", "没什么钱", "备用机", "花太多钱", "少花钱"],
    "flagship": [r"flagships?", r"high[\s-]+end", r"premium", r"top[\s-]+(?:tier|of[\s-]+the[\s-]+line|end|notch)",
                 # "the best bang for the buck", "the best value for money", "the best deal": the best of value, no flagship
                 rf"the\s+best(?!\s+(?:bang|value|deals?|bargains?|budget)(?![a-z]))(?>(?:\s+(?:phones?|one|overall))?){_NOT_FOR}",
                 rf"best\s+(?:phones?|overall){_NOT_FOR}",
                 r"money\s+is\s+no\s+object",
                 r"luxury", r"no\s+compromises?", "旗舰", "高端", "顶配", "最好的", "旗舰机", "不差钱", "顶级", "最强的手机",
                 "机皇", "拉满", "有面子", "钱不是问题"],
    "business": [r"business", r"for\s+work", r"work\s+phones?", r"at\s+work", r"office", r"professional", r"e-?mails?",
                 r"productivity", r"meetings?", r"enterprise", r"corporate", "商务", "办公", "工作", "商用", "职场", "上班",
                 "开会", "邮件", "文档", "表格", "会议", "业务"],
})

UNSUPPORTED = PhraseTable({
    "wireless charging": [r"wireless(?:ly)?\s+charg(?:ing|er|e)", r"qi(?:\s+charging|\s+wireless)?", r"magsafe",
                          r"reverse\s+charging", "无线充电", "无线充", "无线快充", "磁吸充电"],
    "IP68 water resistance": [r"ip\s?6[4-9]", r"ip\s?5[3-4]", r"ipx[4-8]", r"ip\s*rating", r"water\s*proof", r"water[\s-]+resist(?:ant|ance)",
                                     r"dust\s*proof", r"splash[\s-]+(?:proof|resistant)", "防水", "防尘", "防溅"],
    "headphone jack": [r"head\s*phone\s+jack", r"audio\s+jack", r"3\.5\s*mm(?:\s+jack)?", r"aux(?:\s+port)?",
                       r"earphone\s+jack", "耳机孔", "耳机插孔", "3.5mm耳机", "耳机接口"],
    "eSIM": [r"e-?sims?", "esim"],
    "stylus": [r"stylus", r"s[\s-]?pen", r"pen\s+support", "手写笔", "触控笔"],
    "expandable storage": [r"expandable\s+(?:storage|memory)", r"micro\s*sd(?:\s+card)?(?:\s+slot)?", r"sd\s+card(?:\s+slot)?",
                           r"memory\s+card(?:\s+slot)?", r"storage\s+expansion", r"card\s+slot",
                           "存储卡", "内存卡", "tf卡", "扩展存储", "可扩展"],
    "Google services": [r"google\s+(?:services|play(?:\s+store)?|apps|mobile\s+services)", r"(?<![\d.])(?<![\d.]\s)gms", "谷歌服务", "谷歌框架"],
    "NFC": [r"nfc", r"tap\s+to\s+pay", r"google\s+pay", r"contactless\s+pay(?:ment)?s?"],
    "refresh rate": [r"refresh\s+rate", r"\d{2,3}\s*hz(?:\s+(?:screen|display|refresh))?", r"high[\s-]+refresh(?:\s+rate)?",
                     "刷新率", "高刷", "高刷屏"],
    "display type (OLED/LCD)": [r"(?:super\s+)?amoled", r"p?oled", r"ltpo", r"lcd", r"ips\s+(?:screen|display|panel)",
                                "oled屏", "amoled屏", "直屏", "曲面屏", "曲屏"],
    "colour": [r"colou?rs?", r"(?:black|white|blue|red|green|pink|purple|gold|silver|grey|gray|yellow|orange)\s+"
               r"(?:colou?r|one|version|model|variant|finish)", "颜色", "配色", "[黑白蓝红绿粉紫金银灰]色(?:的|款|版)"],
    "dual SIM": [r"dual[\s-]+sim", r"two\s+sims?", r"2\s+sims?", "双卡双待", "双卡"],
    "fast charging": [r"fast[\s-]+charg(?:ing|er|e)", r"quick[\s-]+charg(?:ing|er|e)", r"rapid\s+charging",
                      r"super\s*vooc", r"\d{2,3}\s*w(?:att)?s?(?:\s+charg(?:ing|er))?", r"charges?\s+(?:fast|quickly)",
                      "快充", "闪充", "超级快充", "充电快", "充电速度"],
    "stereo speakers": [r"stereo\s+speakers?", r"dual\s+speakers?", r"loud\s+speakers?", r"good\s+speakers?",
                        "立体声", "双扬声器", "扬声器"],
    "fingerprint sensor": [r"finger\s*print(?:\s+(?:sensor|reader|scanner|unlock))?", "指纹", "指纹解锁"],
    "face unlock": [r"face\s+(?:unlock|id|recognition)", "面部识别", "人脸识别", "面容"],
    "IR blaster": [r"ir\s+blaster", r"infra-?red(?:\s+(?:blaster|remote))?", "红外遥控", "红外"],
    "satellite messaging": [r"satellite\s+(?:messaging|calls?|calling|connectivity|sos|communication)", "卫星通信", "卫星通话",
                            "卫星消息", "卫星电话"],
    "optical image stabilization": [r"ois", r"optical\s+(?:image\s+)?stabili[sz]ation", "光学防抖"],
})
