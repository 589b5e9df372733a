"""What shoppers ask for, in their words, and which catalog facts answer it.

Each aspect pairs phrasings (English and Chinese; vague or with a number) with a rule over catalog
facts that says which phones are relevant. Vague aspects mark the top `fraction` of eligible phones
by a score (ties included); numeric aspects keep the phones on the right side of a threshold.
Only facts that `advisor.retrieval.documents.phone_document` shows are used, so the model can learn them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from advisor.catalog.model import Phone

HANDHELD = frozenset({"phone", "foldable"})
ALL_DEVICES = frozenset({"phone", "foldable", "tablet"})


@dataclass(frozen=True)
class VagueAspect:
    """A wish without a number ("lasts two days"): relevant = top `fraction` of eligible phones by `score`."""

    key: str
    score: Callable[[Phone], float | None]
    en: tuple[str, ...]
    zh: tuple[str, ...]
    devices: frozenset[str] = HANDHELD
    fraction: float = 0.2


@dataclass(frozen=True)
class NumericAspect:
    """A wish with a number ("at least 5000 mAh"): relevant = eligible phones whose value passes the bound."""

    key: str
    value: Callable[[Phone], float | None]
    at_least: bool
    thresholds: tuple[float, ...]
    en: tuple[str, ...]
    zh: tuple[str, ...]
    devices: frozenset[str] = HANDHELD


def _attr(name: str) -> Callable[[Phone], float | None]:
    def get(phone: Phone) -> float | None:
        value = getattr(phone, name)
        return None if value is None else float(value)
    return get


def _negated(get: Callable[[Phone], float | None]) -> Callable[[Phone], float | None]:
    def neg(phone: Phone) -> float | None:
        value = get(phone)
        return None if value is None else -value
    return neg


def _price(market: str) -> Callable[[Phone], float | None]:
    return lambda phone: phone.price(market)


def _compactness(phone: Phone) -> float | None:
    # Small screen and low weight together; 6.5 in and 190 g are typical of the catalog, so both
    # terms weigh about the same.
    if phone.screen_in is None or phone.weight_g is None:
        return None
    return -(phone.screen_in / 6.5 + phone.weight_g / 190.0)


def _performance(phone: Phone) -> float | None:
    if phone.chipset_tier is None:
        return None
    return phone.chipset_tier + (phone.ram_gb or 0) / 100.0  # RAM only breaks ties within a tier


def _camera(phone: Phone) -> float | None:
    if phone.main_camera_mp is None:
        return None
    return min(phone.main_camera_mp, 200) / 50.0 + (phone.rear_cameras or 1) / 2.0 + (phone.chipset_tier or 0) / 2.5


def _device_is(kind: str) -> Callable[[Phone], float | None]:
    return lambda phone: 1.0 if phone.device == kind else 0.0


VAGUE: tuple[VagueAspect, ...] = (
    VagueAspect("battery", _attr("battery_mah"), en=(
        "a phone that lasts two days", "long battery life", "battery that won't die before bedtime",
        "I hate charging every night", "best battery for heavy use", "huge battery",
        "lasts all day on a single charge", "for long trips without a charger",
    ), zh=("续航长的手机", "电池耐用", "重度使用也能撑两天", "不想每天充电")),
    VagueAspect("compact", _compactness, en=(
        "fits in one hand", "a small phone for small hands", "compact and easy to hold",
        "easy to use with one hand", "fits in a jeans pocket", "not a huge brick", "mini phone",
    ), zh=("小屏手机", "单手操作方便", "小巧好握", "能放进裤兜")),
    VagueAspect("gaming", _performance, en=(
        "for PUBG", "gaming phone for Genshin Impact", "fast phone that never lags", "flagship performance",
        "smooth for heavy games", "powerful processor for video editing", "the fastest chip",
        "high frame rate gaming",
    ), zh=("打游戏流畅", "玩原神不卡", "性能强的手机", "吃鸡手机")),
    VagueAspect("camera", _camera, en=(
        "takes great photos", "best camera for night shots", "for photography", "good zoom for concerts",
        "Instagram-worthy pictures", "camera phone for travel", "sharp photos of my kids",
    ), zh=("拍夜景", "拍照好的手机", "拍照清晰", "适合旅游拍照")),
    VagueAspect("selfie", _attr("front_camera_mp"), en=(
        "great selfies", "good front camera for video calls", "for vlogging with the front camera",
        "selfie phone", "clear selfies",
    ), zh=("自拍好看", "前置摄像头清晰", "适合自拍")),
    VagueAspect("big_screen", _attr("screen_in"), devices=ALL_DEVICES, en=(
        "big screen for watching movies", "large display for Netflix", "huge screen for reading",
        "the biggest screen", "large screen for my eyes", "big display for maps",
    ), zh=("大屏手机", "看视频屏幕大", "屏幕越大越好")),
    VagueAspect("light", _negated(_attr("weight_g")), en=(
        "lightweight phone", "doesn't weigh down my pocket", "feather-light", "the lightest phone",
        "not heavy", "light enough for running",
    ), zh=("轻一点的手机", "重量轻", "拿着不累")),
    VagueAspect("budget", _negated(_price("USD")), en=(
        "cheap phone", "budget phone for my kid", "affordable and decent", "something inexpensive for a student",
        "as cheap as possible", "low cost phone", "a basic phone that doesn't cost much",
    ), zh=("便宜的手机", "学生党预算不多", "价格实惠", "千元机")),
    VagueAspect("premium", _price("USD"), en=(
        "money is no object", "luxury flagship", "top of the line", "the most expensive phone",
        "premium phone as a gift", "high-end model",
    ), zh=("旗舰机", "最贵最好的", "高端手机")),
    VagueAspect("storage", _attr("storage_gb"), en=(
        "lots of storage for photos and videos", "I never want to delete apps", "plenty of space",
        "huge storage", "room for my whole music library",
    ), zh=("存储空间大", "能装很多照片", "不想清理内存")),
    VagueAspect("multitasking", _attr("ram_gb"), en=(
        "lots of RAM for multitasking", "keeps many apps open", "plenty of memory", "no reloading of apps",
    ), zh=("运行内存大", "多任务不卡", "后台不杀应用")),
    VagueAspect("tablet", _device_is("tablet"), devices=ALL_DEVICES, fraction=0.01, en=(
        "a tablet for drawing", "something bigger than a phone for reading", "an iPad-like device",
        "tablet for my kids to watch cartoons", "a slate for note taking",
    ), zh=("平板电脑", "适合看书的平板", "大平板")),
    VagueAspect("foldable", _device_is("foldable"), devices=ALL_DEVICES, fraction=0.01, en=(
        "a folding phone", "flip phone that folds in half", "phone with a foldable screen",
        "a phone that opens like a book", "clamshell foldable",
    ), zh=("折叠屏手机", "翻盖折叠手机", "可以折叠的手机")),
    VagueAspect("recent", _attr("year"), devices=ALL_DEVICES, fraction=0.15, en=(
        "the latest model", "a recent phone, not old stock", "this year's release", "newest phone",
        "just launched",
    ), zh=("最新款", "今年新出的手机", "新机")),
)

NUMERIC: tuple[NumericAspect, ...] = (
    NumericAspect("battery_min", _attr("battery_mah"), True, (4000, 4500, 5000, 5500, 6000), en=(
        "at least {v:.0f} mAh battery", "battery over {v:.0f}mAh", "{v:.0f} mAh or more", "minimum {v:.0f} mAh",
    ), zh=("电池{v:.0f}毫安以上", "至少{v:.0f}mAh电池")),
    NumericAspect("price_max_usd", _price("USD"), False, (150, 200, 300, 400, 500, 700, 1000), en=(
        "under ${v:.0f}", "phone below {v:.0f} dollars", "budget of {v:.0f} USD max", "less than ${v:.0f}",
    ), zh=("{v:.0f}美元以内", "不超过{v:.0f}美元")),
    NumericAspect("price_max_cny", _price("CNY"), False, (1000, 1500, 2000, 3000, 4000, 6000), en=(
        "under {v:.0f} yuan", "below RMB {v:.0f}",
    ), zh=("{v:.0f}元以内", "预算{v:.0f}块", "不超过{v:.0f}元的手机")),
    NumericAspect("price_max_inr", _price("INR"), False, (10000, 15000, 20000, 30000, 50000), en=(
        "under Rs {v:.0f}", "phone below {v:.0f} rupees", "budget {v:.0f} INR",
    ), zh=("{v:.0f}卢比以内", "不超过{v:.0f}卢比")),
    NumericAspect("screen_max", _attr("screen_in"), False, (5.5, 6.1, 6.2, 6.4), en=(
        "screen smaller than {v:g} inches", "{v:g} inch screen or less", "display no bigger than {v:g}\"",
    ), zh=("屏幕{v:g}英寸以下", "不超过{v:g}寸的屏幕")),
    NumericAspect("screen_min", _attr("screen_in"), True, (6.5, 6.7, 6.8, 7.0), devices=ALL_DEVICES, en=(
        "screen at least {v:g} inches", "{v:g}-inch display or bigger", "display over {v:g} in",
    ), zh=("屏幕{v:g}英寸以上", "至少{v:g}寸大屏")),
    NumericAspect("weight_max", _attr("weight_g"), False, (150, 170, 180, 190), en=(
        "under {v:.0f} grams", "weighs less than {v:.0f} g", "no heavier than {v:.0f}g",
    ), zh=("{v:.0f}克以下", "重量不超过{v:.0f}克")),
    NumericAspect("camera_min", _attr("main_camera_mp"), True, (48, 50, 64, 108, 200), en=(
        "{v:.0f}MP camera or better", "camera with at least {v:.0f} megapixels", "main camera over {v:.0f} MP",
    ), zh=("主摄{v:.0f}MP以上", "至少{v:.0f}百万像素")),
    NumericAspect("ram_min", _attr("ram_gb"), True, (6, 8, 12, 16), en=(
        "at least {v:g}GB RAM", "{v:g} gigs of RAM minimum", "RAM of {v:g} GB or more",
    ), zh=("运行内存{v:g}G以上", "至少{v:g}GB运存")),
    NumericAspect("storage_min", _attr("storage_gb"), True, (128, 256, 512), devices=ALL_DEVICES, en=(
        "{v:.0f}GB storage or more", "at least {v:.0f} GB of space", "minimum {v:.0f}GB storage",
    ), zh=("存储{v:.0f}G以上", "至少{v:.0f}GB存储")),
)
