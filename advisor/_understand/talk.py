"""Conversation moves: starting over, clearing one filter ("ignore the budget", "品牌不限").

Clears become SlotUpdate(slot, "clear"); "any brand" clears wanted and excluded brands, "any size"
also drops the size intents (compact, big_screen).
"""

from __future__ import annotations

import re

from advisor._understand.scan import Scan, latin_alt
from advisor.request import SlotUpdate

_SIZE_INTENTS = frozenset({"compact", "big_screen"})
_SLOTS: dict[str, tuple[list[str], tuple[SlotUpdate, ...]]] = {
    "budget": ([r"budget", r"prices?", r"price\s+range", r"cost", "预算", "价格", "价位", "价钱"],
               (SlotUpdate("budget", "clear"),)),
    "brands": ([r"brands?", r"makes?", r"manufacturers?", "品牌", "牌子"],
               (SlotUpdate("brands", "clear"), SlotUpdate("exclude_brands", "clear"))),
    "screen": ([r"sizes?", r"screen(?:\s+size)?", r"display(?:\s+size)?", "尺寸", "大小", "屏幕大小", "屏幕尺寸", "屏幕"],
               (SlotUpdate("spec:screen_in", "clear"), SlotUpdate("intents", "remove", _SIZE_INTENTS))),
    "weight": ([r"weight", "重量"], (SlotUpdate("spec:weight_g", "clear"),)),
    "ram": ([r"ram", r"memory", "运存", "内存"], (SlotUpdate("spec:ram_gb", "clear"),)),
    "storage": ([r"storage", "存储"], (SlotUpdate("spec:storage_gb", "clear"),)),
    "battery": ([r"battery(?:\s+(?:size|capacity))?", "电池", "电池容量"], (SlotUpdate("spec:battery_mah", "clear"),)),
    "selfie": ([r"selfie\s+camera", r"front\s+camera", "前置"], (SlotUpdate("spec:front_camera_mp", "clear"),)),
    "camera": ([r"cameras?", r"megapixels?", "相机", "摄像头", "像素"],
               (SlotUpdate("spec:main_camera_mp", "clear"), SlotUpdate("spec:front_camera_mp", "clear"))),
    "year": ([r"(?:release\s+|launch\s+)?year", r"age", "年份"], (SlotUpdate("spec:year", "clear"),)),
    "chipset": ([r"chip(?:set)?s?", r"processors?", r"cpu", r"soc", "芯片", "处理器"], (SlotUpdate("chipset", "clear"),)),
    "platform": ([r"os", r"platform", r"operating\s+system", "系统"], (SlotUpdate("platform", "clear"),)),
    "devices": ([r"device(?:\s+type)?", r"form\s+factor", "设备类型", "机型类型"], (SlotUpdate("devices", "clear"),)),
    "sort": ([r"sort(?:ing)?", r"order(?:ing)?", "排序"], (SlotUpdate("sort", "clear"),)),
}
_WORD = {key: re.compile(latin_alt(words)) for key, (words, _) in _SLOTS.items()}
_ANY_WORD = latin_alt([w for words, _ in _SLOTS.values() for w in words])
_LIMIT = r"(?:\s+(?:filters?|limits?|requirements?|constraints?|conditions?|restrictions?|preferences?|caps?))?"
_VERBS = latin_alt([r"ignore", r"forget(?:\s+about)?", r"remove", r"drop", r"clear", r"delete", r"reset", r"lose",
                    r"never\s+mind", r"get\s+rid\s+of", r"scrap", r"lift", r"don.?t\s+care\s+about", r"no\s+more"])
_CLEAR_FORMS = [
    re.compile(rf"(?:{_VERBS})\s+(?:the\s+|my\s+|any\s+|all\s+|that\s+)?(?P<slot>{_ANY_WORD}){_LIMIT}"),
    re.compile(rf"(?<![a-z])(?:any|all|no|without\s+(?:a|any))\s+(?P<slot>{_ANY_WORD})(?:\s+(?:limits?|is\s+fine|works|is\s+ok(?:ay)?|"
               rf"requirements?|preferences?|restrictions?|caps?))?(?!\s*(?:under|over|below|above|of|at|is\s+\$|\d))"),
    re.compile(rf"(?P<slot>{_ANY_WORD})\s+(?:(?:doesn.?t|does\s+not|don.?t|do\s+not)\s+matter|is\s+(?:not\s+important|"
               r"irrelevant|flexible|open|no\s+(?:object|issue|problem))|(?:is\s+)?not\s+a\s+(?:concern|problem|issue))"),
    re.compile(rf"(?:whatever|regardless\s+of(?:\s+the)?|any\s+kind\s+of)\s+(?P<slot>{_ANY_WORD})"),
    re.compile(rf"(?P<slot>{_ANY_WORD})\s*(?:不限|无所谓|随意|随便|都行|都可以|不重要|没要求|没有要求|不是问题|没关系)"),
    re.compile(rf"(?:不限|不管|不在乎|不考虑|去掉|取消|清除|忽略)(?:制)?\s*(?P<slot>{_ANY_WORD})"),
]
_MONEY_NO_OBJECT = re.compile(latin_alt([r"money\s+is\s+no\s+(?:object|issue|problem)", r"(?:price|cost)\s+is\s+no\s+object",
                                         "不差钱", "钱不是问题", "多少钱都行", "多少钱都可以"]))
_RESET = re.compile(latin_alt([
    r"start\s+(?:over|again|afresh|from\s+scratch|a\s+new\s+search)", r"from\s+scratch", r"new\s+search", r"begin\s+again",
    r"reset(?:\s+(?:all|everything|the\s+filters|filters|the\s+search|search))?", r"restart",
    r"clear\s+(?:all\s+)?(?:the\s+|my\s+)?(?:filters|everything|all|search|constraints)",
    r"remove\s+all\s+(?:the\s+)?filters", r"forget\s+everything", r"/reset", r"/start",
    "重新开始", "重新来", "重来", "清空条件", "清空筛选", "清空", "清除所有条件", "清除条件", "清除筛选", "重置", "从头开始", "全部清除",
]))


def find_clears(scan: Scan) -> list[SlotUpdate]:
    """SlotUpdates for every filter the shopper lets go of."""
    updates: list[SlotUpdate] = []
    for m in scan.matches(_MONEY_NO_OBJECT):
        scan.take(m.start(), m.end())
        updates.append(SlotUpdate("budget", "clear"))
    for form in _CLEAR_FORMS:
        for m in scan.matches(form):
            if not scan.free(m.start(), m.end()):
                continue
            key = next((k for k, w in _WORD.items() if w.fullmatch(m["slot"])), None)
            if key is None:
                continue
            scan.take(m.start(), m.end())
            updates.extend(u for u in _SLOTS[key][1] if u not in updates)
    return updates


def find_reset(scan: Scan) -> bool:
    """True when the shopper asks to start over."""
    found = False
    for m in scan.matches(_RESET):
        if scan.free(m.start(), m.end()):
            scan.take(m.start(), m.end())
            found = True
    return found

