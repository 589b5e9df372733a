"""What the request generator can ask for: canonical names and values shared by both template splits.

Only facts live here (brand names as the catalog spells them, series, chips, the values a shopper
might name). How they are worded is split between generator_dev.py and generator_heldout.py; the
canonical spellings below are the one thing both splits may say (a brand has one name).
"""

from __future__ import annotations

MARKET_AMOUNTS: dict[str, tuple[int, ...]] = {
    "USD": (150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1200, 1500),
    "INR": (8000, 10000, 12000, 15000, 18000, 20000, 25000, 30000, 35000, 40000, 50000, 60000, 80000, 100000),
    "CNY": (800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 8000, 10000, 12000),
    "PKR": (20000, 30000, 40000, 50000, 60000, 80000, 100000, 150000, 200000, 300000),
    "AED": (400, 500, 700, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000),
}
"""Budget figures a shopper in each market might name."""

BRANDS: dict[str, dict[str, str]] = {
    "Samsung": {"en": "Samsung", "zh": "三星"}, "Apple": {"en": "Apple", "zh": "苹果"},
    "Google": {"en": "Google", "zh": "谷歌"}, "Xiaomi": {"en": "Xiaomi", "zh": "小米"},
    "OnePlus": {"en": "OnePlus", "zh": "一加"}, "Motorola": {"en": "Motorola", "zh": "摩托罗拉"},
    "Huawei": {"en": "Huawei", "zh": "华为"}, "Honor": {"en": "Honor", "zh": "荣耀"},
    "Oppo": {"en": "Oppo", "zh": "OPPO"}, "Vivo": {"en": "Vivo", "zh": "vivo"},
    "Realme": {"en": "Realme", "zh": "真我"}, "Nokia": {"en": "Nokia", "zh": "诺基亚"},
    "Sony": {"en": "Sony", "zh": "索尼"}, "Infinix": {"en": "Infinix", "zh": "Infinix"},
    "Tecno": {"en": "Tecno", "zh": "Tecno"}, "Lenovo": {"en": "Lenovo", "zh": "联想"},
    "POCO": {"en": "POCO", "zh": "POCO"},
}
"""Catalog brand -> its canonical word per language."""

SERIES: dict[str, tuple[str, dict[str, str]]] = {
    "Galaxy A": ("Samsung", {"en": "Galaxy A", "zh": "Galaxy A"}),
    "Galaxy M": ("Samsung", {"en": "Galaxy M", "zh": "Galaxy M"}),
    "Galaxy S": ("Samsung", {"en": "Galaxy S", "zh": "Galaxy S"}),
    "Galaxy Z": ("Samsung", {"en": "Galaxy Z", "zh": "Galaxy Z"}),
    "Redmi": ("Xiaomi", {"en": "Redmi", "zh": "红米"}),
    "Moto G": ("Motorola", {"en": "Moto G", "zh": "Moto G"}),
    "Edge": ("Motorola", {"en": "Edge", "zh": "Edge"}),
    "Nova": ("Huawei", {"en": "Nova", "zh": "nova"}),
    "Mate": ("Huawei", {"en": "Mate", "zh": "Mate"}),
    "Reno": ("Oppo", {"en": "Reno", "zh": "Reno"}),
    "Find": ("Oppo", {"en": "Find", "zh": "Find"}),
    "Magic": ("Honor", {"en": "Magic", "zh": "Magic"}),
    "Spark": ("Tecno", {"en": "Spark", "zh": "Spark"}),
    "Hot": ("Infinix", {"en": "Hot", "zh": "Hot"}),
}
"""Model series (the gold's not_series value) -> (its brand, canonical word per language)."""

CHIP_FAMILIES: dict[str, dict[str, str]] = {
    "Snapdragon": {"en": "Snapdragon", "zh": "骁龙"}, "Dimensity": {"en": "Dimensity", "zh": "天玑"},
    "Helio": {"en": "Helio", "zh": "Helio"}, "Exynos": {"en": "Exynos", "zh": "Exynos"},
    "Kirin": {"en": "Kirin", "zh": "麒麟"}, "Tensor": {"en": "Tensor", "zh": "Tensor"},
    "Unisoc": {"en": "Unisoc", "zh": "紫光展锐"}, "MediaTek": {"en": "MediaTek", "zh": "联发科"},
}
"""Chip families (gold chipset / not_chipset value) -> canonical word per language."""

CHIP_MODELS: dict[str, dict[str, str]] = {
    "Snapdragon 8 Gen 1": {"en": "Snapdragon 8 Gen 1", "zh": "骁龙8 Gen 1"},
    "Snapdragon 8 Gen 2": {"en": "Snapdragon 8 Gen 2", "zh": "骁龙8 Gen 2"},
    "Snapdragon 8 Gen 3": {"en": "Snapdragon 8 Gen 3", "zh": "骁龙8 Gen 3"},
    "Snapdragon 870": {"en": "Snapdragon 870", "zh": "骁龙870"},
    "Snapdragon 695": {"en": "Snapdragon 695", "zh": "骁龙695"},
    "Snapdragon 778G": {"en": "Snapdragon 778G", "zh": "骁龙778G"},
    "Dimensity 9000": {"en": "Dimensity 9000", "zh": "天玑9000"},
    "Dimensity 8100": {"en": "Dimensity 8100", "zh": "天玑8100"},
    "Dimensity 700": {"en": "Dimensity 700", "zh": "天玑700"},
    "Helio G99": {"en": "Helio G99", "zh": "Helio G99"},
    "Helio G85": {"en": "Helio G85", "zh": "Helio G85"},
    "Kirin 9000S": {"en": "Kirin 9000S", "zh": "麒麟9000S"},
    "Exynos 1380": {"en": "Exynos 1380", "zh": "Exynos 1380"},
}
"""Named chips (gold chipset value, chip_at_least value) -> canonical word per language."""

SPEC_VALUES: dict[str, dict[str, tuple[float, ...]]] = {
    "ram_gb": {"lo": (4, 6, 8, 12, 16), "hi": (4, 6, 8)},
    "storage_gb": {"lo": (64, 128, 256, 512, 1024), "hi": (64, 128)},
    "battery_mah": {"lo": (4000, 4500, 5000, 5500, 6000, 7000), "hi": (4000, 4500)},
    "weight_g": {"lo": (200, 210, 220), "hi": (150, 160, 170, 180, 190, 200)},
    "screen_in": {"lo": (6.5, 6.6, 6.7, 6.8, 10, 11), "hi": (6.1, 6.2, 6.3, 6.4, 6.5)},
    "main_camera_mp": {"lo": (48, 50, 64, 108, 200), "hi": ()},
    "front_camera_mp": {"lo": (16, 20, 32, 50), "hi": ()},
    "year": {"lo": (2020, 2021, 2022, 2023, 2024), "hi": (2019, 2020, 2021, 2022)},
}
"""Values a shopper might put on each numeric spec, as a lower ("lo") or upper ("hi") bound."""

ORDERS: tuple[tuple[str, bool], ...] = (
    ("price", False), ("weight_g", False), ("weight_g", True), ("battery_mah", True), ("ram_gb", True),
    ("year", True), ("front_camera_mp", True), ("performance", True), ("screen_in", True), ("screen_in", False),
    ("storage_gb", True), ("main_camera_mp", True),
)
"""Superlatives: (order key, descending). "price" takes the request's market in the gold."""

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "noun:ram_gb": ("RAM",), "noun:storage_gb": ("storage",), "noun:battery_mah": ("battery",),
        "noun:screen_in": ("screen",), "noun:main_camera_mp": ("main camera",),
        "noun:front_camera_mp": ("front camera",), "unit:year": ("{n}",),
        "sup:price:asc": ("cheapest",), "sup:weight_g:asc": ("lightest",), "sup:weight_g:desc": ("heaviest",),
        "sup:battery_mah:desc": ("biggest battery",), "sup:ram_gb:desc": ("most RAM",),
        "sup:year:desc": ("newest",), "sup:front_camera_mp:desc": ("best selfie camera",),
        "sup:performance:desc": ("fastest",), "sup:screen_in:desc": ("biggest screen",),
        "sup:screen_in:asc": ("smallest screen",), "sup:storage_gb:desc": ("most storage",),
        "sup:main_camera_mp:desc": ("most megapixels",),
    },
    "zh": {
        "noun:ram_gb": ("运行内存",), "noun:storage_gb": ("存储",), "noun:battery_mah": ("电池",),
        "noun:screen_in": ("屏幕",), "noun:main_camera_mp": ("主摄",), "noun:front_camera_mp": ("前置",),
        "unit:year": ("{n}",),
        "sup:price:asc": ("最便宜",), "sup:weight_g:asc": ("最轻",), "sup:weight_g:desc": ("最重",),
        "sup:battery_mah:desc": ("电池最大",), "sup:ram_gb:desc": ("运存最大",), "sup:year:desc": ("最新",),
        "sup:front_camera_mp:desc": ("前置像素最高",), "sup:performance:desc": ("性能最强",),
        "sup:screen_in:desc": ("屏幕最大",), "sup:screen_in:asc": ("屏幕最小",),
        "sup:storage_gb:desc": ("存储最大",), "sup:main_camera_mp:desc": ("主摄像素最高",),
    },
}
"""Canonical words both splits share (a spec's plain name, the plain superlative); variants are split."""
