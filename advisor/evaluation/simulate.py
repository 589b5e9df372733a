"""Simulated shoppers with hidden tastes, to measure what personalization is worth.

Each shopper has a taste: a predicate for picks they like and one for picks they dislike
(e.g. "prefers light phones": likes <= 185 g, dislikes >= 205 g). Over SESSIONS sessions they
ask an ordinary request drawn from REQUESTS, look at the five picks, and like or dislike them by
their taste. With personalization their likes and dislikes build the profile the next session
ranks with; without it every session starts cold. The figure is the liked-pick rate: liked
picks / picks shown, over all sessions.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from advisor._tables import aligned_table
from advisor.catalog.model import Phone
from advisor.engine import Advisor
from advisor.ranking.personalize import Profile

SESSIONS = 10
SHOPPERS_PER_TASTE = 4
REQUESTS = (
    "phones under $400", "a good phone under $600", "5G phone under $350", "phones between $200 and $500",
    "best value phone", "phone for a student", "Android phone under $700", "预算2000元", "预算3000元以内的手机",
    "phone under 25000 rupees", "something around $450", "new phone with 8GB RAM",
)


@dataclass(frozen=True)
class Taste:
    """A hidden preference: which picks the shopper likes and which they dislike."""

    name: str
    likes: Callable[[Phone], bool]
    dislikes: Callable[[Phone], bool]


TASTES = (
    Taste("prefers light phones", lambda p: (p.weight_g or 999) <= 185, lambda p: (p.weight_g or 0) >= 205),
    Taste("never Samsung", lambda p: p.brand != "Samsung", lambda p: p.brand == "Samsung"),
    Taste("never Infinix or Tecno", lambda p: p.brand not in {"Infinix", "Tecno"},
          lambda p: p.brand in {"Infinix", "Tecno"}),
    Taste("wants a big battery", lambda p: (p.battery_mah or 0) >= 5500, lambda p: (p.battery_mah or 9e9) < 4500),
    Taste("camera megapixels", lambda p: (p.main_camera_mp or 0) >= 100, lambda p: (p.main_camera_mp or 99) <= 16),
    Taste("selfie lover", lambda p: (p.front_camera_mp or 0) >= 32, lambda p: (p.front_camera_mp or 99) <= 8),
    Taste("Xiaomi family fan", lambda p: p.brand in {"Xiaomi", "POCO"}, lambda p: p.brand in {"Apple", "Samsung"}),
)


@dataclass(frozen=True)
class TasteResult:
    """Liked-pick rate of one taste with and without personalization."""

    taste: str
    without: float
    with_personalization: float
    picks: int


def simulate(advisor: Advisor, seed: int = 7, tastes: tuple[Taste, ...] = TASTES,
             shoppers: int = SHOPPERS_PER_TASTE, sessions: int = SESSIONS) -> list[TasteResult]:
    """Run every taste's shoppers through `sessions` sessions, cold and personalized."""
    results = []
    for taste in tastes:
        rates = {}
        for personalized in (False, True):
            liked = shown = 0
            for shopper in range(shoppers):
                rng = random.Random(f"{seed}-{taste.name}-{shopper}")
                requests = [rng.choice(REQUESTS) for _ in range(sessions)]
                l_, s_ = _shopper(advisor, taste, requests, personalized)
                liked, shown = liked + l_, shown + s_
            rates[personalized] = liked / shown if shown else 0.0
        results.append(TasteResult(taste.name, round(rates[False], 3), round(rates[True], 3), shown))
    return results


def _shopper(advisor: Advisor, taste: Taste, requests: list[str], personalized: bool) -> tuple[int, int]:
    liked_ids: list[str] = []
    disliked_ids: list[str] = []
    liked = shown = 0
    for text in requests:
        profile = Profile(tuple(liked_ids), tuple(disliked_ids)) if personalized else Profile()
        answer = advisor.session(profile=profile).ask(text)
        for pick in answer.picks:
            shown += 1
            if taste.likes(pick.phone):
                liked += 1
                liked_ids.append(pick.phone.id)
            elif taste.dislikes(pick.phone):
                disliked_ids.append(pick.phone.id)
    return liked, shown


def table(results: list[TasteResult]) -> str:
    """Printable per-taste figures."""
    rows: list[list[object]] = [["taste", "without", "with", "change", "picks"]]
    for r in results:
        rows.append([r.taste, f"{r.without:.3f}", f"{r.with_personalization:.3f}",
                     f"{r.with_personalization - r.without:+.3f}", r.picks])
    mean_without = sum(r.without for r in results) / len(results)
    mean_with = sum(r.with_personalization for r in results) / len(results)
    rows.append(["mean", f"{mean_without:.3f}", f"{mean_with:.3f}", f"{mean_with - mean_without:+.3f}"])
    return aligned_table(rows, widths=(24, 10, 10, 10, 8), right=range(1, 5), gap="")
