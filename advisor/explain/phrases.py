"""Every sentence template the advisor writes, in English and Chinese; one table per concern."""

from __future__ import annotations

CURRENCY_FORMAT = {
    "USD": "${:,.0f}", "INR": "₹{:,.0f}", "CNY": "¥{:,.0f}", "PKR": "PKR {:,.0f}", "AED": "AED {:,.0f}",
}


def format_money(amount: float, currency: str) -> str:
    """A price as a shopper reads it in that currency ("$799", "PKR 50,000"), whole units; the one money
    format of the project, the bot's included."""
    return CURRENCY_FORMAT.get(currency, currency + " {:,.0f}").format(amount)


def format_storage(gb: float, sep: str = " ") -> str:
    """A memory or storage size as sold: "256 GB", "1 TB" (1024 GB and up in terabytes); `sep` before the unit."""
    return f"{gb / 1024:g}{sep}TB" if gb >= 1024 else f"{gb:g}{sep}GB"


# aspect -> unit formatter, and per language: (best among matches, top quarter, trade-off) phrases.
# {n} is the number of matching models, {v} the formatted value.
ASPECTS: dict[str, dict[str, tuple[str, str, str]]] = {
    "battery_mah": {
        "en": ("largest battery among the {n} matches: {v}", "battery in the top quarter of the matches: {v}",
               "smaller battery than most matches: {v}"),
        "zh": ("{n}款符合条件的机型中电池最大：{v}", "电池容量位于前四分之一：{v}", "电池比多数候选小：{v}"),
    },
    "weight_g": {
        "en": ("lightest of the {n} matches: {v}", "lighter than most matches: {v}", "heavier than most: {v}"),
        "zh": ("{n}款符合条件的机型中最轻：{v}", "比多数候选轻：{v}", "比多数候选重：{v}"),
    },
    "screen_in": {
        "en": ("biggest screen among the {n} matches: {v}", "screen in the top quarter of the matches: {v}",
               "smaller screen than most matches: {v}"),
        "zh": ("{n}款符合条件的机型中屏幕最大：{v}", "屏幕尺寸位于前四分之一：{v}", "屏幕比多数候选小：{v}"),
    },
    "main_camera_mp": {
        "en": ("highest-resolution main camera among the {n} matches: {v}", "main camera in the top quarter: {v}",
               "lower-resolution main camera than most: {v}"),
        "zh": ("{n}款符合条件的机型中主摄像素最高：{v}", "主摄像素位于前四分之一：{v}", "主摄像素低于多数候选：{v}"),
    },
    "front_camera_mp": {
        "en": ("sharpest selfie camera among the {n} matches: {v}", "selfie camera in the top quarter: {v}",
               "weaker selfie camera than most: {v}"),
        "zh": ("{n}款符合条件的机型中前置像素最高：{v}", "前置像素位于前四分之一：{v}", "前置像素低于多数候选：{v}"),
    },
    "ram_gb": {
        "en": ("most RAM among the {n} matches: {v}", "more RAM than most matches: {v}", "less RAM than most: {v}"),
        "zh": ("{n}款符合条件的机型中内存最大：{v}", "内存大于多数候选：{v}", "内存小于多数候选：{v}"),
    },
    "storage_gb": {
        "en": ("most storage among the {n} matches: {v}", "more storage than most matches: {v}",
               "less storage than most: {v}"),
        "zh": ("{n}款符合条件的机型中存储最大：{v}", "存储大于多数候选：{v}", "存储小于多数候选：{v}"),
    },
    "year": {
        "en": ("newest of the {n} matches: {v}", "newer than most matches: {v}", "older model: {v}"),
        "zh": ("{n}款符合条件的机型中最新：{v}", "比多数候选新：{v}", "较老的机型：{v}"),
    },
    "performance": {
        "en": ("fastest chip among the {n} matches: {v}", "faster chip than most matches: {v}",
               "slower chip than most: {v}"),
        "zh": ("{n}款符合条件的机型中芯片最强：{v}", "芯片性能强于多数候选：{v}", "芯片性能弱于多数候选：{v}"),
    },
    "price": {
        "en": ("cheapest of the {n} matches: {v}", "cheaper than most matches: {v}", "pricier than most matches: {v}"),
        "zh": ("{n}款符合条件的机型中最便宜：{v}", "比多数候选便宜：{v}", "比多数候选贵：{v}"),
    },
}

LABELS = {
    "en": {"budget": "budget", "brands": "brand", "exclude_brands": "not", "platform": "platform",
           "devices": "device", "chipset": "chipset", "needs_5g": "5G", "sort": "order", "intents": "for",
           "ram_gb": "RAM", "storage_gb": "storage", "battery_mah": "battery", "weight_g": "weight",
           "screen_in": "screen", "main_camera_mp": "main camera", "front_camera_mp": "selfie camera",
           "year": "launch year", "price": "price", "performance": "chip", "android": "Android", "ios": "iOS",
           "phone": "phone", "tablet": "tablet", "foldable": "foldable", "rear_cameras": "rear cameras"},
    "zh": {"budget": "预算", "brands": "品牌", "exclude_brands": "排除", "platform": "系统",
           "devices": "类型", "chipset": "芯片", "needs_5g": "5G", "sort": "排序", "intents": "用途",
           "ram_gb": "内存", "storage_gb": "存储", "battery_mah": "电池", "weight_g": "重量",
           "screen_in": "屏幕", "main_camera_mp": "主摄", "front_camera_mp": "前置", "year": "上市年份",
           "price": "价格", "performance": "芯片", "android": "安卓", "ios": "iOS",
           "phone": "手机", "tablet": "平板", "foldable": "折叠屏", "rear_cameras": "后置摄像头"},
}

INTENT_LABELS = {
    "en": {"gaming": "gaming", "photography": "photography", "selfie": "selfies/vlogging", "battery": "long battery",
           "compact": "compact", "big_screen": "big screen/easy use", "budget": "budget", "flagship": "flagship",
           "business": "business"},
    "zh": {"gaming": "游戏", "photography": "拍照", "selfie": "自拍/视频", "battery": "长续航", "compact": "小巧",
           "big_screen": "大屏/长辈", "budget": "性价比", "flagship": "旗舰", "business": "商务"},
}

FEATURES_ZH = {
    "wireless charging": "无线充电", "headphone jack": "耳机孔", "eSIM": "eSIM", "stylus": "手写笔",
    "expandable storage": "存储卡扩展", "Google services": "谷歌服务", "NFC": "NFC", "refresh rate": "刷新率",
    "display type (OLED/LCD)": "屏幕类型（OLED/LCD）", "colour": "颜色", "dual SIM": "双卡", "fast charging": "快充",
    "stereo speakers": "立体声扬声器", "fingerprint sensor": "指纹识别", "face unlock": "面部解锁", "IR blaster": "红外遥控",
    "satellite messaging": "卫星通信", "optical image stabilization": "光学防抖",
    "a model tier (Pro, Ultra) said without its line": "不带系列名的型号档次（Pro、Ultra）",
}
"""Features we cannot filter on (advisor.understanding.lexicon.UNSUPPORTED), as a Chinese answer names them."""


def feature_name(feature: str, lang: str) -> str:
    """A feature we cannot filter on, in the answer's language ("IP67 water resistance" -> "IP67防水")."""
    if lang != "zh":
        return feature
    if feature.endswith(" water resistance"):
        return feature.removesuffix(" water resistance") + "防水"
    return FEATURES_ZH.get(feature, feature)


SORT_LABELS = {
    "en": {("price", False): "cheapest first", ("price", True): "most expensive first",
           ("weight_g", False): "lightest first", ("weight_g", True): "heaviest first",
           ("battery_mah", True): "biggest battery first", ("battery_mah", False): "smallest battery first",
           ("front_camera_mp", True): "best selfie camera first", ("main_camera_mp", True): "best main camera first",
           ("year", True): "newest first", ("year", False): "oldest first", ("ram_gb", True): "most RAM first",
           ("storage_gb", True): "most storage first", ("screen_in", True): "biggest screen first",
           ("screen_in", False): "smallest screen first", ("performance", True): "fastest first",
           # the other ends, for a shopper who names the direction ("sort by RAM ascending")
           ("ram_gb", False): "least RAM first", ("storage_gb", False): "least storage first",
           ("front_camera_mp", False): "lowest-resolution selfie camera first",
           ("main_camera_mp", False): "lowest-resolution main camera first", ("performance", False): "slowest first"},
    "zh": {("price", False): "最便宜优先", ("price", True): "最贵优先", ("weight_g", False): "最轻优先",
           ("weight_g", True): "最重优先", ("battery_mah", True): "电池最大优先", ("battery_mah", False): "电池最小优先",
           ("front_camera_mp", True): "前置最好优先", ("main_camera_mp", True): "主摄最好优先",
           ("year", True): "最新优先", ("year", False): "最老优先", ("ram_gb", True): "内存最大优先",
           ("storage_gb", True): "存储最大优先", ("screen_in", True): "屏幕最大优先", ("screen_in", False): "屏幕最小优先",
           ("performance", True): "性能最强优先", ("ram_gb", False): "内存最小优先", ("storage_gb", False): "存储最小优先",
           ("front_camera_mp", False): "前置像素最低优先", ("main_camera_mp", False): "主摄像素最低优先",
           ("performance", False): "性能最弱优先"},
}

TEXT = {
    "en": {
        "found": "{n} models match.",
        "found_one": "1 model matches.",
        "no_match": "No phone matches all your filters. Closest alternatives, with what each one breaks:",
        "nothing": "Nothing in the catalog comes close to these filters. Try removing one: {filters}.",
        "filters": "Filters: {filters}",
        "no_filters": "Filters: none",
        "unsupported": "I can't filter on {features} yet: our catalog has no data on it, so the picks ignore it.",
        "more_end": "That's all the matches ({n}).",
        "no_next": "That was the last phone that matches; there is none after it.",
        "reset": "Starting over: all filters cleared.",
        "help": "Tell me what you need, e.g. \"best camera under $500\", \"only Samsung\", \"cheaper\", "
                "\"compare the first two\".",
        "empty": "Tell me what you are looking for: a budget, a brand, or what you use your phone for.",
        "fits_budget": "fits your budget: {v}",
        "meets_spec": "{label}: {v}, as you asked",
        "price": "price: {v}",
        "variants": "also in {v}",
        "over_budget": "{v} over your budget",
        "under_budget": "{v} under your minimum",
        "no_price": "no launch price in {currency}",
        "wrong_brand": "made by {v}, not {wanted}",
        "wrong_device": "a {v}, not a {wanted}",
        "wrong_chipset": "has {v}, not {wanted}",
        "no_5g": "no 5G",
        "excluded_brand": "made by {v}, which you excluded",
        "wrong_platform": "runs {v}, not {wanted}",
        "excluded_chipset": "has {v}, which you excluded",
        "excluded_series": "{v} is in a series you excluded",
        "wrong_series": "{v} is not in the series you asked for ({wanted})",
        "no_alternative": "fits none of the options you gave",
        "unmet": "does not meet your {label} filter",
        "over_spec": "{label} {v}: {d} over your maximum",
        "under_spec": "{label} {v}: {d} below your minimum",
        "unknown_spec": "{label} unknown",
        "why": "Why {name}:",
        "why_not_match": "{name} is not among the picks: it ranks #{rank} of {n} matches on what you asked for.",
        "why_not_broken": "{name} does not fit your filters: {broken}.",
        "unknown_phone": "I could not find \"{ref}\" among the phones shown or in the catalog.",
        "no_shown": "There are no phones on screen yet; ask for some first.",
        "not_shown": "None of the phones shown is a {name}; your filters stay as they are.",
        "best_named": "No {name} was on the list: this is the best {name} your filters let in; they stay as they are.",
        "which_one": "Which one do you mean: {options}? Say its number or its name.",
        "compare_need": "Tell me which phones to compare, e.g. \"compare the first two\".",
        "details": "Details of {name}:",
        "relaxed_note": "Relaxed: {v}",
        "liked_boost": "ranked higher because you liked the {v}",
        "similar": "Phones like the {name}:",
        "similar_none": "No other phone within your filters is close to the {name}.",
        "upgrade": "Upgrades from your {name}, better on what you care about:",
        "upgrade_none": "No phone within your filters is meaningfully better than your {name}.",
        "owned_unknown": "I can't find \"{ref}\" in our catalog, so I can't compare it.",
        "change": "{label} {old} → {new} ({diff})",
        "cheaper_than": "{v} cheaper than the {name}",
        "pricier_than": "{v} more than the {name}",
        "disliked_drop": "ranked lower because you disliked the {v}",
        "faster": "faster",
        "slower": "slower",
        "need_guess": "Guessed from \"{words}\" that you want {need}; say so if you meant something else.",
        "read_nothing": "I found no filter, order or need in \"{words}\", so nothing changed; try e.g. \"under $400\", "
                        "\"bigger battery\" or \"only Samsung\".",
    },
    "zh": {
        "found": "共有{n}款机型符合条件。",
        "found_one": "有1款机型符合条件。",
        "no_match": "没有手机同时满足所有条件。最接近的选择（注明不满足之处）：",
        "nothing": "目录里没有接近这些条件的机型。试试去掉一个条件：{filters}。",
        "filters": "当前条件：{filters}",
        "no_filters": "当前条件：无",
        "unsupported": "暂时无法按{features}筛选：目录中没有这项数据，推荐结果未考虑它。",
        "more_end": "已经是全部结果（{n}款）。",
        "no_next": "这已经是最后一款符合条件的了，后面没有了。",
        "reset": "重新开始：已清除所有条件。",
        "help": "告诉我你的需求，例如“预算3000元，拍照好”、“只要三星”、“便宜点”、“比较前两个”。",
        "empty": "请告诉我你的需求：预算、品牌，或者手机主要用来做什么。",
        "fits_budget": "符合预算：{v}",
        "meets_spec": "{label}：{v}，符合要求",
        "price": "价格：{v}",
        "variants": "另有{v}版本",
        "over_budget": "超出预算{v}",
        "under_budget": "低于最低预算{v}",
        "no_price": "没有{currency}首发价格",
        "wrong_brand": "品牌是{v}，不是{wanted}",
        "wrong_device": "是{v}，不是{wanted}",
        "wrong_chipset": "芯片是{v}，不是{wanted}",
        "no_5g": "不支持5G",
        "excluded_brand": "品牌是{v}，你已排除",
        "wrong_platform": "系统是{v}，不是{wanted}",
        "excluded_chipset": "芯片是{v}，你已排除",
        "excluded_series": "{v}属于你排除的系列",
        "wrong_series": "{v}不属于你要的系列（{wanted}）",
        "no_alternative": "不符合你给出的任何一个选项",
        "unmet": "不满足你的{label}条件",
        "over_spec": "{label}{v}：超出上限{d}",
        "under_spec": "{label}{v}：低于下限{d}",
        "unknown_spec": "{label}未知",
        "why": "推荐{name}的理由：",
        "why_not_match": "{name}符合条件，但按你的要求排在{n}款中的第{rank}位。",
        "why_not_broken": "{name}不符合你的条件：{broken}。",
        "unknown_phone": "在已展示的机型和目录中都没有找到“{ref}”。",
        "no_shown": "还没有展示任何机型，请先提出需求。",
        "not_shown": "展示的机型里没有{name}的，条件保持不变。",
        "best_named": "列表里没有{name}：这是符合条件的{name}里最好的一款，条件保持不变。",
        "which_one": "你说的是哪一款：{options}？说序号或型号都可以。",
        "compare_need": "请告诉我要比较哪些机型，例如“比较前两个”。",
        "details": "{name}详细参数：",
        "relaxed_note": "放宽的条件：{v}",
        "liked_boost": "因为你喜欢{v}，排名靠前",
        "similar": "和{name}相似的机型：",
        "similar_none": "在当前条件下没有和{name}相近的机型。",
        "upgrade": "从你的{name}升级，以下机型在你关心的方面明显更好：",
        "upgrade_none": "在当前条件下没有明显优于{name}的机型。",
        "owned_unknown": "目录中找不到“{ref}”，无法比较。",
        "change": "{label} {old} → {new}（{diff}）",
        "cheaper_than": "比{name}便宜{v}",
        "pricier_than": "比{name}贵{v}",
        "disliked_drop": "因为你不喜欢{v}，排名靠后",
        "faster": "更快",
        "slower": "更慢",
        "need_guess": "从“{words}”猜测你想要{need}；如果不是这个意思，请告诉我。",
        "read_nothing": "没能从“{words}”里读出条件、排序或需求，所以什么都没改；可以试试“3000元以内”“电池大一点”或“只要三星”。",
    },
}
