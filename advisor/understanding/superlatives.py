"""Superlatives composed from an aspect's nouns and a direction's words, in English and Chinese (and romanized Hindi).

A shopper names an ordering with any superlative before any name of the aspect ("most internal storage",
"highest resolution main camera", "largest-screen"), says it as a wish to go as far as possible ("as light
as possible", "battery as big as it gets", "电池尽量大"), by what the phone does least or most ("weighs the
least", "costs the most"), or in Chinese with the aspect before 最 or after it ("屏幕尺寸最大", "自拍像素最高",
"最好的摄像头"). Listing every such pair by hand left most of them out; here each aspect lists its names once
and each direction its words once, and `composed_superlatives()` gives the phrases (regex sources, matched on
lower-cased text) per ordering, for the superlative table in `advisor.understanding.lexicon`.
"""

from __future__ import annotations

from advisor.understanding.request import Sort

# an amount after the phrase makes it a bound, not an ordering: "max RAM 8GB", "min storage of 128", "内存最大12G"
# ("内存最多到8G", "电池最大为5000": a verb reaching the figure or a copula may come between, or "only": "电池最多只要4500毫安",
# or more than one of them: "存储最多就到六十四个GB")
_NO_AMOUNT = (r"(?![\s:=]*(?:of\s+|is\s+|(?:也?就\s*)?(?:只要?\s*)?(?:[到为是]\s*)?)?(?:\$|₹|¥|€|rs\.?\s*\d|\d|[一二两三四五六七八九十]))"
              r"(?!\s*[:=])")

# English names of each aspect after a superlative ("largest mAh", "best cam", "highest antutu score")
_EN_NOUNS = {
    "price": r"price[sd]?|cost|price\s+tag",
    "weight_g": r"weight|grams",  # "lowest grams at the top": the weight by its unit
    "battery_mah": r"batter(?:y|ies)(?:\s+(?:life|capacity|size|juice|endurance))?|mah|battery[\s-]+backup"
                   r"|capacity\s+batter(?:y|ies)",  # "the largest capacity battery"
    "ram_gb": r"ram|memory|(?:gbs?|gigs?)\s+of\s+(?:ram|memory)|ram\s+capacity",
    "storage_gb": r"(?:internal\s+|built[\s-]*in\s+|onboard\s+)?(?:storage|memory\s+storage)(?:\s+(?:space|capacity))?|rom|space"
                  r"|(?:internal|built[\s-]*in|onboard)\s+memory"  # "the most internal memory": storage, not RAM
                  # "the most gigs of storage", "top pick = most gigs": the storage by its unit, unless RAM is said
                  r"|(?:gigs?|gbs?)(?:\s+of\s+(?:storage|space))?(?!\s+(?:of\s+)?(?:ram|memory))"
                  r"|capacity\s+storage",  # "the largest capacity storage", as "the largest capacity battery"
    # "the biggest-screened first": the screen said as the phone's adjective
    # ... or by the diagonal it is measured on: "the widest-diagonal display", "shortest diagonal"
    "screen_in": r"(?:diagonal[\s-]+)?(?:screen|display)(?:\s+(?:size|diagonal))?|screen[\s-]+to[\s-]+body|screened|diagonal",
    # "best cameras first": the plural orders by the camera as the singular does; "res" before it is its resolution cut
    # short: "the highest-res main cam"
    # "highest rear-cam MP", "most rear megapixels": the camera's side word hyphened to it, or before its unit
    "main_camera_mp": r"(?:res(?:olution)?[\s-]+)?(?:(?:main|rear|back|primary)[\s-]+)?(?:cam(?:era)?s?|shooters?|sensors?)(?:\s+(?:resolution|megapixels|mp))?"
                      r"|(?:(?:main|rear|back|primary)[\s-]+)?(?:megapixels?|mps?)|pixels?|resolution(?:\s+(?:main\s+|rear\s+|back\s+)?cam(?:era)?)?",
    "front_camera_mp": r"(?:res(?:olution)?[\s-]+)?(?:selfie|front(?:[\s-]+facing)?)(?:[\s-]+(?:cam(?:era)?|shooter))?(?:\s+(?:resolution|megapixels|mp))?",
    "performance": r"performance|speed|processor|chip(?:set)?|cpu|soc|benchmarks?(?:\s+scores?)?|antutu(?:\s+scores?)?"
                   r"|geekbench(?:\s+scores?)?|processing\s+power|horsepower",  # "the most horsepower"
    "year": r"release\s+(?:date|year)|launch\s+(?:date|year)",
}
# superlative words by direction; "best"/"top" is the aspect's better end and is said only of aspects that have one
# ("the maxed-out RAM": the most there is; "chunkiest battery": the biggest; "rock-bottom priced", "littlest screen")
# ("the roomiest storage", "the most spacious storage"; "widest"/"shortest" are a screen's diagonal, "shortest battery life")
_EN_HIGH = (r"highest|biggest|largest|greatest|most|max(?:imum)?|maxed[\s-]*out|longest|strongest|beefiest|hugest|chunkiest"
            r"|roomiest|spaciest|most\s+spacious|widest")
_EN_LOW = r"lowest|smallest|least|fewest|tiniest|littlest|rock[\s-]*bottom|shortest|narrowest"  # "minimum storage" waits for its amount: a bound
_EN_BEST = r"best|top|greatest"
_BETTER_LOW = frozenset({"price", "weight_g"})
_NO_MAX = frozenset({"price", "weight_g", "performance", "year"})
_NO_BEST = frozenset({"screen_in", "year", "ram_gb", "storage_gb"})  # "best screen" is about quality, not size

# "as light as possible", "battery as big as it gets": the adjective per ordering, with (True) or without its noun
_AS_FAR = r"(?:possible|can\s+be|it\s+gets|they\s+(?:get|come|go)|you\s+(?:can\s+find|have|got)|there\s+is|available)"
_EN_AS = {
    Sort("price", False): (r"cheap|affordable|inexpensive|low[\s-]+(?:priced|cost)", False),
    Sort("weight_g", False): (r"light(?:weight)?", False), Sort("year", True): (r"new|recent|fresh|up[\s-]+to[\s-]+date", False),
    Sort("performance", True): (r"fast|powerful|quick|snappy|smooth", False),
    Sort("screen_in", False): (r"compact|small|tiny", False),
    Sort("battery_mah", True): (r"big|large|long|high|huge|long[\s-]+lasting", True),
    Sort("screen_in", True): (r"big|large|huge|wide", True), Sort("ram_gb", True): (r"big|large|high", True),
    Sort("storage_gb", True): (r"big|large|high", True), Sort("main_camera_mp", True): (r"good|high|sharp|great", True),
    Sort("front_camera_mp", True): (r"good|high|sharp|great", True),
}
# what a phone does least or most: "weighs the least", "costs the most", "lasts the longest"
_EN_VERBS = {
    Sort("weight_g", False): r"weighs?\s+(?:the\s+)?least", Sort("weight_g", True): r"weighs?\s+(?:the\s+)?most",
    Sort("price", False): r"costs?\s+(?:the\s+)?least", Sort("price", True): r"costs?\s+(?:the\s+)?most",
    Sort("battery_mah", True): r"lasts?\s+(?:the\s+)?longest",
}
# orderings said by a word of their own
_EN_WORDS = {
    Sort("performance", True): [r"quickest", r"snappiest", r"speediest", r"smoothest", r"most\s+responsive"],
    Sort("year", True): [r"most\s+up[\s-]+to[\s-]+date", r"most\s+(?:recently|freshly|newly)\s+(?:released|launched)",
                         r"(?:recently|newly)\s+(?:released|launched)\s+(?:ones\s+)?first", r"freshest"],
    Sort("price", False): [r"budget[\s-]+friendliest", r"most\s+budget[\s-]+friendly", r"most\s+economical",
                           r"lowest[\s-]+cost(?:ing)?", r"least\s+(?:pricey|costly|dear)"],
    # the weight by the feel of it: "least weighty first", "most hefty at the top", "heftiest"
    Sort("weight_g", False): [r"least\s+(?:weighty|hefty|heavy)", r"lowest\s+in\s+weight"],
    Sort("weight_g", True): [r"most\s+(?:weighty|hefty)", r"heftiest", r"weightiest"],
}

# Chinese names of each aspect before or after 最 (the longer name first, so "自拍像素" is not read as "像素")
ZH_NOUNS = {
    # the money spent is the price: "花钱最少的"; so is the price paid in hand: "到手价最低的", "落地价最便宜"
    "price": "价格|价钱|售价|价位|定价|标价|开价|花钱|花费|花销|到手价格?|落地价|入手价",
    # 机重, 克重, 克数: the weight as the phone's, as its grams, as the count of them ("克数最少", "按克数由低到高排")
    "weight_g": "机身重量|重量|机身|分量|机重|克重|克数",
    # the battery by its unit, as shoppers count it: "毫安数最高", "mAh最大"
    "battery_mah": "电池容量|电池续航|电池|续航时间|续航能力|续航|电量|待机时间|待机|电池寿命|电芯容量|电芯|毫安数|毫安时|毫安|mah|(?<![a-z])battery(?![a-z])",
    # a tier of it ("运存档位最高的"), as the shops list them
    "ram_gb": "运行内存档位|运存档位|内存档位|运行内存|运存|内存|ram",
    # 容量 alone is the storage, as the spec reader takes it ("容量最大的"; the battery's is 电池容量)
    "storage_gb": "存储档位|储存档位|机身存储|存储空间|储存空间|存储容量|储存容量|存储大小|储存大小|存储|储存|rom|硬盘|容量",
    # the size in inches by its count: "屏幕寸数", "寸数"
    "screen_in": "屏幕尺寸|屏幕大小|屏幕寸数|寸数|屏幕|显示屏|尺寸|屏",
    # ... or by the verb of coming out, with its complement: "发布得最晚", "上市最早"
    "year": "发布时间|上市时间|发布日期|年份|发布|上市",
    # the English word mixed into Chinese: "performance 最好的", "battery 最大的"
    "performance": "性能|跑分|处理器|芯片|cpu|处理能力|(?<![a-z])performance(?![a-z])",
    # a camera's resolution named by its side: "主摄分辨率", "前置分辨率" (分辨率 alone may be the screen's)
    # ... by the count of its pixels or their unit, mixed in: "主摄像素数", "主摄MP"
    "main_camera_mp": "主摄像素数|主摄像素|主摄\\s*mp|后置\\s*mp|后摄\\s*mp|像素数|主摄像头|后置摄像头|后置像素|后摄像素|摄像头像素|相机像素|主摄分辨率|后置分辨率|后摄分辨率|主摄|后置|后摄|像素"
                      "|拍照能力|拍照效果|拍照|影相|相机|摄像头|镜头|影像",
    "front_camera_mp": "前置摄像头像素|前置摄像头|前置像素|前摄像素|自拍像素|自拍摄像头|自拍效果|前置分辨率|前摄分辨率|自拍分辨率|前置|前摄|自拍"
                       "|前置镜头",
}
# the words after 最 (or 越, 尽量) per ordering
ZH_ADJECTIVES = {
    # 亲民 (within the people's reach): "价格最亲民"; 足 of a weight is its fullness: "分量最足"
    Sort("price", False): "便宜|低|少|实惠|划算|省钱|亲民", Sort("price", True): "贵|高",
    # the weight counted in grams comes in more or fewer of them: "克数最少", "克数最多"
    Sort("weight_g", False): "轻|低|小|少", Sort("weight_g", True): "重|沉|足|高|多",
    Sort("year", True): "新|晚|近", Sort("year", False): "老|旧|早",
    # 能打 (can hold its own in a fight) is strong, as 猛 and 牛 are: "性能最能打"
    Sort("performance", True): "强|快|好|高|顶|猛|牛|炸裂|能打", Sort("battery_mah", True): "大|长|久|强|好|耐用|耐|多|高|顶|猛|牛|持久|足",
    Sort("screen_in", True): "大|宽", Sort("screen_in", False): "小|迷你|mini(?![a-z])",  # "屏幕最迷你的", "屏幕最mini": the smallest
    Sort("ram_gb", True): "大|多|高|顶", Sort("storage_gb", True): "大|多|高|顶",  # 顶 (the top): "运存最顶的"
    Sort("main_camera_mp", True): "高|好|多|大|强|牛|清晰|清楚|顶", Sort("front_camera_mp", True): "高|好|多|大|强|牛|清晰|清楚|顶",
}
# words that name their aspect alone after 尽量 / 尽可能: "尽可能便宜", "尽量轻"
ZH_ALONE = {Sort("price", False): "便宜|实惠", Sort("weight_g", False): "轻|轻巧|轻便", Sort("year", True): "新",
            Sort("performance", True): "强|快|流畅"}
_ZH_AS_FAR = "(?:尽量|尽可能|尽可能地|尽量地)"
# the aspects whose most is their better end, which a shopper can max out ("拉满"): not the price, the weight or the year
_MAXED_OUT = ("performance", "battery_mah", "screen_in", "ram_gb", "storage_gb", "main_camera_mp", "front_camera_mp")
# 最好 before a verb or a figure is "preferably": "主摄最好有5000万", "电池最好是5000毫安以上" ask a bound, not an ordering
_NOT_PREFERABLY = r"(?!(?<=最好)\s*(?:有|是|要|能|在|不|别|用|选|还是|可以|买|达到|超过|高于|大于|至少|起码))"  # "越大越好" is read by the lexicon's own rule


def _longest_first(alternation: str) -> str:
    return "|".join(sorted(alternation.split("|"), key=len, reverse=True))


def _english(phrases: dict[Sort, list[str]]) -> None:
    for key, noun in _EN_NOUNS.items():
        said = rf"(?:{noun})(?![a-z])"
        for descending, words in ((True, _EN_HIGH), (False, _EN_LOW)):
            if key in _NO_MAX:  # "max price", "max chip" are bounds waiting for their amount, not orderings
                words = "|".join(w for w in words.split("|") if not w.startswith("max"))
            # "most internal storage", "highest resolution main camera", "largest-screen"; not "at most 8GB". The name is
            # atomic: "max display size 6.4in" must not give back "size" to end before a word and escape the amount; a
            # whole word only, not the end of "atleast front camera 20MP" (a floor) or "almost"
            phrases[Sort(key, descending)].append(rf"(?<!at\s)(?<![a-z])(?:the\s+)?(?:{words})[\s-]+(?>{said}){_NO_AMOUNT}")
            # the aspect hyphened before its superlative, as one adjective: "the ram-heaviest one", "battery-biggest";
            # laden with it is the most of it ("storage-richest"), not the phone's weight
            laden = "|heaviest|richest|fattest" if descending and key not in _BETTER_LOW else ""
            phrases[Sort(key, descending)].append(rf"(?<![a-z]){said}-(?:{words}{laden})(?![a-z]){_NO_AMOUNT}")
        if key not in _NO_BEST:
            phrases[Sort(key, key not in _BETTER_LOW)].append(rf"(?:the\s+)?(?:{_EN_BEST})[\s-]+(?>{said}){_NO_AMOUNT}")
    for key, noun in _EN_NOUNS.items():
        said = rf"(?:{noun})(?![a-z])"
        for descending, words in ((True, _EN_HIGH), (False, _EN_LOW)):
            if key not in _NO_BEST and (key not in _BETTER_LOW) == descending:
                words += f"|{_EN_BEST}"
            # "in terms of battery, the biggest", "camera-wise the best", "best in battery", "top for performance"
            phrases[Sort(key, descending)] += [
                rf"(?:in\s+terms\s+of|when\s+it\s+comes\s+to|for)\s+(?:the\s+)?{said}[\s,]+(?:the\s+)?(?:{words})(?![a-z])",
                rf"{said}[\s-]*wise[\s,]+(?:the\s+)?(?:{words})(?![a-z])",
                # ... not "at least in weight" after a figure ("210 gram at least in weight"), a floor
                rf"(?<!at\s)(?<![a-z])(?:the\s+)?(?:{words})\s+(?:in|on|for)\s+(?:the\s+)?{said}"]
        if key not in _BETTER_LOW:  # "the more RAM the better", "battery: the bigger the better"
            phrases[Sort(key, True)] += [
                rf"the\s+(?:more|bigger|larger|higher)\s+(?:the\s+)?{said}[\s,]+the\s+better",
                rf"{said}[\s:,-]+the\s+(?:more|bigger|larger|higher|longer)[\s,]+the\s+better"]
    for cameras in ("front_camera_mp", "main_camera_mp"):  # "front camera with the most MP"
        phrases[Sort(cameras, True)].append(rf"(?:{_EN_NOUNS[cameras]})\s+with\s+(?:the\s+)?(?:most|highest|best|biggest)"
                                            r"\s+(?:mp|megapixels?|pixels|resolution)")
    for sort, (adjective, with_noun) in _EN_AS.items():
        as_far = rf"as\s+(?:{adjective})\s+as\s+{_AS_FAR}"
        if with_noun:
            noun = _EN_NOUNS[sort.key]
            phrases[sort] += [rf"(?:{noun})\s+(?:that\s+is\s+|is\s+|being\s+)?{as_far}",
                              rf"as\s+(?:{adjective})\s+(?:an?\s+)?(?:{noun})\s+as\s+{_AS_FAR}",
                              rf"as\s+(?:much|many)\s+(?:{noun})\s+as\s+{_AS_FAR}"]
        else:
            phrases[sort].append(as_far)
    for sort, verb in _EN_VERBS.items():
        phrases[sort].append(verb)
    for sort, own in _EN_WORDS.items():
        phrases[sort] += own


# Hindi and Urdu, romanized: "sab se" / "sabse" (of all) before the adjective, the aspect's noun (its English name, as
# Indian and Pakistani shoppers write it) before or after: "sabse sasta", "sab se badi battery", "screen sabse choti",
# "sabse zyada RAM"; the adjective's ending follows the noun's gender and number ("sasta", "sasti", "saste")
_HI_MOST = r"(?<![a-z])sab\s*se"
_HI_HIGH = r"ba(?:d|r)[aie]|zyaa?da|ziyaa?da|ziada|lamb[aie]|(?:oo|u)nch[aie]|ooch[aie]"
_HI_LOW = r"chh?o(?:t|tt)[aie]|kam"
_HI_BEST = r"acch?[aie]|behtar|badhiya|best"
_HI_ALONE = {
    Sort("price", False): r"sast[aie]|kifayati", Sort("price", True): r"m[ae]h[ae]?n?g[aie]",
    Sort("weight_g", False): r"halk[aie]", Sort("weight_g", True): r"bhaa?r[ie]|wazni",
    Sort("year", True): r"nay[aie]|latest", Sort("performance", True): r"tez|fast|powerful",
}


def _hindi(phrases: dict[Sort, list[str]]) -> None:
    for sort, words in _HI_ALONE.items():
        phrases[sort].append(rf"{_HI_MOST}\s+(?:{words})(?![a-z])")
    # the Chinese word that names its aspect alone after "sabse", in a mixed message: "inme sabse 便宜 kaunsa hai", "sab se
    # 轻 wala" read as 最便宜, 最轻
    for sort, words in {**ZH_ALONE, Sort("price", True): "贵", Sort("weight_g", True): "重|沉"}.items():
        phrases[sort].append(rf"{_HI_MOST}\s*(?:{words})")
    for key, noun in _EN_NOUNS.items():
        if key == "year":
            continue  # "sabse nayi", said alone above
        said = rf"(?:{noun})(?![a-z])"
        high, low = _HI_HIGH, _HI_LOW
        if key not in _NO_BEST:  # "camera sabse acchi", "sabse behtar performance"; the better end of a price is the lower
            high, low = (high, f"{low}|{_HI_BEST}") if key in _BETTER_LOW else (f"{high}|{_HI_BEST}", low)
        for descending, words in ((True, high), (False, low)):
            phrases[Sort(key, descending)] += [rf"{_HI_MOST}\s+(?:{words})\s+{said}{_NO_AMOUNT}",
                                               rf"(?<![a-z]){said}\s+{_HI_MOST}\s+(?:{words})(?![a-z]){_NO_AMOUNT}"]


_SHOWN_ONE = r"(?!的?\s*(?:那|这|哪)\s*(?:一)?\s*(?:款|个|部|台|只))"
"""Not before "那款": "内存大的那款怎么样", "新出的那个" point at a phone shown, they order nothing."""


def _can_then(words: str) -> str:
    """"能A就A", "能A则A", "能A尽量A" for each word A of an alternation: as A as it can be."""
    return "|".join(rf"能{word}(?:就|则|尽量)(?:{word})" for word in _longest_first(words).split("|"))


def _chinese(phrases: dict[Sort, list[str]]) -> None:
    for sort, adjectives in ZH_ADJECTIVES.items():
        noun = _longest_first(ZH_NOUNS[sort.key])
        phrases[sort] += [
            # "屏幕尺寸最大", "自拍像素最高", "性能方面最强", "屏幕这块最大", "电池块头最大" (its bulk); reached by a verb:
            # "运存拉到最大", "屏幕做到最大"
            # ... or by a verb with its complement: "运存给得最多", "发布得最晚"
            # ... its size by 号: "屏幕最大号", "电池最大号的"
            rf"(?:{noun})(?:的)?\s*(?:方面|上|这块|这一块|来说|而言|块头|个头)?\s*(?:是|要|得)?\s*(?:(?:拉|做|给|上|干|整)到|(?:给|配|堆|做|卖|定)得)?\s*最(?:{adjectives})"
            rf"(?:号)?{_NO_AMOUNT}{_NOT_PREFERABLY}",
            rf"最(?:{adjectives})的(?:{noun})",                                      # "最好的摄像头", "最长的续航"
        ]
        if sort.key != "price":  # "最高价格" is a budget's ceiling waiting for its figure
            # the noun glued to 最 and its word, as a compound: "最大尺寸屏幕", "最小尺寸的屏幕", "最多运存" (not 最好, "preferably":
            # "最好屏幕大一点" asks a big screen, orders nothing)
            glued = "|".join(a for a in adjectives.split("|") if a != "好")
            # ... and no figure close after it: "最多电池在5000毫安" is a ceiling
            phrases[sort].append(rf"最(?:{glued})(?:尺寸)?(?:的)?(?:{noun}){_NO_AMOUNT}"
                                 r"(?![^,，。;；!！?？\s]{0,3}[\d一二两三四五六七八九十])")
        phrases[sort] += [
            rf"(?:{noun})(?:的)?\s*(?:要|能)?\s*{_ZH_AS_FAR}(?:{adjectives})(?:一点|一些|些|点)?{_NO_AMOUNT}",  # "电池尽量大"
        ]
        # "电池能大就大", "重量能轻则轻": as A as it can be, the wish "越A越好" says
        phrases[sort].append(rf"(?:{noun})(?:的)?\s*(?:要)?(?:{_can_then(adjectives)})")
    for sort, words in ZH_ALONE.items():
        phrases[sort].append(rf"(?:尽量|尽可能)(?:地)?(?:{words})")
        phrases[sort].append(rf"(?:{_can_then(words)})")  # "能便宜就便宜": the word names its aspect alone
    phrases[Sort("price", False)].append(r"能省(?:就|则)省")  # "能省则省": the money saved is the price
    # "运存拉满", "性能拉满的那款", "自拍像素要拉爆": an aspect maxed out is the most of it first, as "越大越好" wishes (not
    # before a figure: "运存拉满到12G" reaches that much)
    for key in _MAXED_OUT:
        phrases[Sort(key, True)].append(rf"(?:{_longest_first(ZH_NOUNS[key])})(?:的)?\s*(?:要|得)?\s*(?:拉满|拉爆|拉到满|拉到顶|堆满|顶满)"
                                        rf"{_NO_AMOUNT}(?!\s*(?:到|至)\s*[\d一二两三四五六七八九十])")
    # "性能天花板", "续航天花板的": the ceiling of an aspect is its top (before a figure it is a bound: "价格天花板3500")
    for key in ("performance", "battery_mah", "main_camera_mp", "front_camera_mp", "ram_gb", "storage_gb"):
        phrases[Sort(key, True)].append(rf"(?:{_longest_first(ZH_NOUNS[key])})(?:的)?\s*天花板{_NO_AMOUNT}")
    # "最近出的", "刚上市的", "最新出的", "新出的", "最近新出的": the phones out last ("今年新出的" is the year alone)
    # (with 最 it is a superlative, which picks the phone however it ends: "最近才出的那个", "哪款最近才出哈"), or
    # asked for ("给我最近才出的那款": "那款" is the one wanted, no phone shown) or put first ("优先最近才出")
    out_last = r"(?:(?:最近|刚刚?|最新)(?:才|新)?|(?<!年)新)(?:出|发布|上市|推出|发售)"
    phrases[Sort("year", True)] += [rf"(?:刚刚?(?:才|新)?|(?<!年)新)(?:出|发布|上市|推出|发售)(?:的|来的){_SHOWN_ONE}",
                                    r"(?:最近|最新)(?:才|新)?(?:出|发布|上市|推出|发售)(?:的|来的|(?=\s*(?:[哈吧呢啊呀]|$|[,，。;；!！?？、])))",
                                    rf"(?:给我|我要|就要){out_last}(?:的|来的)", rf"优先(?:选|考虑|要)?{out_last}"]
    # "内存大的", "运存大一点的", "大内存", "存储大的": memory wished big with no figure is "the more the better", as
    # "more RAM" is in English and "运存大的排前面" is (the battery and the screen have needs of their own: "大电池")
    for key in ("ram_gb", "storage_gb"):
        noun = _longest_first(ZH_NOUNS[key])
        phrases[Sort(key, True)] += [rf"(?:{noun})\s*(?:要|得)?\s*(?:大|多)(?:一点|一些|点|些)?的{_NO_AMOUNT}{_SHOWN_ONE}",
                                     rf"大(?:{noun})(?:的)?{_NO_AMOUNT}{_SHOWN_ONE}"]


def composed_superlatives() -> dict[Sort, list[str]]:
    """Ordering -> the phrases composed for it from the aspect and direction tables above."""
    phrases: dict[Sort, list[str]] = {sort: [] for sort in (*ZH_ADJECTIVES, *_EN_AS, *_EN_VERBS, *_EN_WORDS)}
    for key in _EN_NOUNS:
        for descending in (True, False):
            phrases.setdefault(Sort(key, descending), [])
    _english(phrases)
    _chinese(phrases)
    _hindi(phrases)
    return phrases
