"""Phone -> text document, the form in which phones are embedded and indexed.

TEMPLATE_VERSION is part of every index fingerprint: change it whenever `phone_document`
changes, so stale indexes are rebuilt.
"""

from __future__ import annotations

from advisor.catalog.chip_classes import chip_class
from advisor.catalog.model import Phone

TEMPLATE_VERSION = "doc-v3"  # v2: the chip's class from its absolute score, not its year-relative tier;
# v3: a flagship chip's class also says it runs demanding games


def phone_document(phone: Phone) -> str:
    """A short English description of a phone built only from catalog facts."""
    parts = [f"{phone.display_name}, a {phone.device} from {phone.year or 'an unknown year'}."]
    if phone.chipset or phone.processor:
        words = chip_class(phone.chip_score)
        parts.append(f"{phone.chipset or phone.processor} processor" + (f" ({words})." if words else "."))
    if phone.ram_gb:
        parts.append(f"{phone.ram_gb:g} GB RAM, {phone.storage_gb or '?'} GB storage.")
    if phone.battery_mah:
        parts.append(f"{phone.battery_mah} mAh battery.")
    if phone.screen_in:
        screen = f"{phone.screen_in:g} inch screen"
        if phone.cover_screen_in:
            screen += f" with a {phone.cover_screen_in:g} inch cover screen"
        parts.append(screen + ".")
    if phone.weight_g:
        parts.append(f"Weighs {phone.weight_g:g} g.")
    if phone.main_camera_mp:
        parts.append(f"{phone.main_camera_mp:g} MP main camera ({phone.rear_cameras or 1} rear cameras).")
    if phone.front_camera_mp:
        parts.append(f"{phone.front_camera_mp:g} MP selfie camera.")
    if phone.is_5g:
        parts.append("5G.")
    usd = phone.price("USD")
    if usd:
        parts.append(f"Launch price ${usd:,.0f}.")
    return " ".join(parts)
