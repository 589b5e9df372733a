"""Cleaning rules for launch prices: reading the five markets' price strings, and checking them
against each other to catch prices whose digits slipped.

The consistency check converts every market to USD at fixed rates (documented in data/README.md)
and compares each price with the median of the row's prices. Launch prices differ between markets
by taxes and by the exchange rate of the launch year, so only a price more than three times off
the median is an error; it is fixed when dividing or multiplying it by 10, 100 or 1000 brings it
back in line (the digits clearly slipped), and dropped otherwise.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass

from advisor.catalog.ingest.clean_specs import tidy

USD_RATES: dict[str, float] = {"USD": 1.0, "INR": 83.0, "CNY": 7.2, "PKR": 280.0, "AED": 3.6725}
"""Units of each currency per US dollar (rounded 2024 averages), used only to compare markets."""

RAW_PRICE_COLUMNS: dict[str, str] = {
    "PKR": "Launched Price (Pakistan)",
    "INR": "Launched Price (India)",
    "CNY": "Launched Price (China)",
    "USD": "Launched Price (USA)",
    "AED": "Launched Price (Dubai)",
}

OUTLIER_FACTOR = 3.0
"""A price this many times above or below the row's median (in USD) is an error."""
MIN_MARKETS_TO_CHECK = 3
"""With fewer prices the median cannot tell which one is wrong."""

_SYMBOLS = {"¥": "CNY", "$": "USD", "₹": "INR", "Rs": "PKR"}
_UNAVAILABLE = {"not available", "n/a", "na", "-", "unavailable"}


def parse_price(raw: str, market: str) -> float | None:
    """A price in `market`'s currency from "PKR 224,999", "INR 1,04,999", "¥13,999", "CNY 17,999 "
    or "USD 199.00"; None for "Not available" or an empty cell.

    Commas are read as digit grouping (Indian lakh grouping included), so a stray decimal comma
    ("USD 396,22") reads as 39622; the consistency check catches such slips.
    """
    text = tidy(raw)
    if not text or text.casefold() in _UNAVAILABLE:
        return None
    for symbol, code in _SYMBOLS.items():
        if text.startswith(symbol):
            if code != market:
                raise ValueError(f"{raw!r} is priced in {code}, not {market}")
            text = text[len(symbol):].strip()
            break
    prefix = re.match(r"^([A-Za-z]{3})\s*", text)
    if prefix:
        if prefix[1].upper() != market:
            raise ValueError(f"{raw!r} is priced in {prefix[1].upper()}, not {market}")
        text = text[prefix.end():]
    if not re.fullmatch(r"\d[\d,]*(\.\d+)?", text):
        raise ValueError(f"{raw!r} is not a price")
    value = float(text.replace(",", ""))
    if value <= 0:
        raise ValueError(f"{raw!r} is not a positive price")
    return value


@dataclass(frozen=True)
class PriceFix:
    """One price changed by the consistency check: the new value (None when dropped) and why."""

    market: str
    old: float
    new: float | None
    reason: str

    @property
    def note(self) -> str:
        """The catalog `notes` entry: "price_usd fixed: ..." or "price_usd nulled: ..."."""
        action = "nulled" if self.new is None else "fixed"
        return f"price_{self.market.lower()} {action}: {self.reason}"


def check_price_consistency(prices: Mapping[str, float | None],
                            rates: Mapping[str, float] = USD_RATES) -> list[PriceFix]:
    """Prices that are wildly off the row's median in USD, each with its fix or None to drop it."""
    given = {m: v for m, v in prices.items() if v is not None}
    in_usd = {m: v / rates[m] for m, v in given.items()}
    if len(in_usd) < MIN_MARKETS_TO_CHECK:
        return []
    median = statistics.median(in_usd.values())
    fixes = []
    for market in sorted(in_usd):
        ratio = in_usd[market] / median
        if 1 / OUTLIER_FACTOR <= ratio <= OUTLIER_FACTOR:
            continue
        old = given[market]
        off = f"{old:g} {market} is {ratio:.3g}x the row's median of {median:.0f} USD"
        factor = _slip_factor(ratio)
        if factor is None:
            fixes.append(PriceFix(market, old, None, f"{off}; no factor of 10 brings it in line"))
        else:
            new = round(old / factor, 2)
            fixes.append(PriceFix(market, old, new, f"{off}; digits slipped ({_factor_text(factor)}), set to {new:g}"))
    return fixes


def _slip_factor(ratio: float) -> float | None:
    """The power of ten (10, 100, 1000 or their inverses) that best brings `ratio` within bounds."""
    best = None
    for exponent in (1, 2, 3):
        for factor in (10.0**exponent, 10.0**-exponent):
            corrected = ratio / factor
            if 1 / OUTLIER_FACTOR <= corrected <= OUTLIER_FACTOR and (
                    best is None or abs(math.log(corrected)) < abs(math.log(ratio / best))):
                best = factor
    return best


def _factor_text(factor: float) -> str:
    return f"a factor of {factor:g} too high" if factor > 1 else f"a factor of {1 / factor:g} too low"
