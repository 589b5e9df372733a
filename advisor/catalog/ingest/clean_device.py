"""Cleaning rules that classify a device: phone, foldable or tablet, and whether it has 5G.

The raw file has no device-type or network column, so both are derived from the model name,
the screen and the chipset, by the rules below (listed in data/README.md).
"""

from __future__ import annotations

import re

# Foldable product lines, recognised by name. Most say so ("Fold", "Flip", "Razr"); the rest are
# lines whose names do not, each checked against its unfolded screen in the raw file.
FOLDABLE_NAMES: tuple[tuple[str, str], ...] = (
    (r"\bfold", "Fold"),
    (r"\bflip", "Flip"),
    (r"\brazr\b", "Motorola Razr"),
    (r"\bpocket\b", "Huawei P50 Pocket"),
    (r"\bmate\s?x", "Huawei Mate X"),
    (r"\bmagic\s?v(\d+|s)?\b", "Honor Magic V"),
    (r"\bfind\s?n\d", "Oppo Find N"),
    (r"\bgalaxy\s?w\d", "Samsung Galaxy W (China-market Z Fold)"),
    (r"^(oneplus\s)?open\b", "OnePlus Open"),
)
TABLET_NAMES: tuple[str, ...] = (r"pad\b", r"\btab\b", r"\btablet\b")
"""iPad, OnePlus Pad, MatePad, MagicPad, Megapad, Xpad, Galaxy Tab, Honor Tablet."""

TABLET_MIN_SCREEN_IN = 7.9
"""A non-foldable with a screen this large is a tablet (Nokia T21 says so only by its size)."""


def device_type(model: str, screen_in: float | None, foldable_screen: bool = False) -> str:
    """"foldable", "tablet" or "phone" from the model name and screen.

    Foldable first (a fold's unfolded screen is tablet-sized): a foldable line's name, or a
    screen the raw file describes as unfolded/external. Then tablet: a tablet name, or a
    screen of TABLET_MIN_SCREEN_IN inches or more.
    """
    name = model.casefold()
    if foldable_screen or any(re.search(pattern, name) for pattern, _ in FOLDABLE_NAMES):
        return "foldable"
    if any(re.search(pattern, name) for pattern in TABLET_NAMES):
        return "tablet"
    if screen_in is not None and screen_in >= TABLET_MIN_SCREEN_IN:
        return "tablet"
    return "phone"


def network_in_name(model: str) -> bool | None:
    """True when the name says "5G", False when it says "4G", None when it says neither."""
    if re.search(r"\b5G\b", model, re.IGNORECASE):
        return True
    if re.search(r"\b4G\b", model, re.IGNORECASE):
        return False
    return None


def is_5g(model: str, device: str, chipset_five_g: bool | None) -> bool:
    """5G from the name ("5G"/"4G") first, else from the chipset (data/chipsets.csv `five_g`).

    Tablets are 5G only when the name says so: the raw file never says whether a tablet has a
    cellular modem, and most are sold Wi-Fi-only whatever their chip supports.
    """
    named = network_in_name(model)
    if named is not None:
        return named
    if device == "tablet":
        return False
    return bool(chipset_five_g)
