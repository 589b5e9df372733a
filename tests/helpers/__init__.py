"""Factories for test data, and the paths of the repository, its data and the test fixtures."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from advisor.catalog.model import Catalog, Phone, load_catalog
from advisor.dialogue.state import DialogueState, apply
from advisor.understanding.request import Request
from advisor.understanding.understand import Vocabulary, understand

# The one place tests learn where things are.
REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
FIXTURES = REPO / "tests" / "fixtures"
SMALL_CATALOG = FIXTURES / "phones_small.csv"
SMALL_CHIPSETS = FIXTURES / "chipsets_small.csv"
ALIASES = DATA / "aliases.csv"

_BASE = Phone(
    id="acme-one-128gb", brand="Acme", model="One 128GB", family="One", device="phone", year=2024, is_5g=True,
    storage_gb=128, ram_gb=8.0, ram_options=(), weight_g=180.0, battery_mah=5000, screen_in=6.5,
    cover_screen_in=None, main_camera_mp=50.0, rear_cameras=3, front_camera_mp=16.0, front_cameras=1,
    processor="Snapdragon 7 Gen 3", chipset="Snapdragon 7 Gen 3",
    prices={"USD": 400.0, "INR": 30000.0, "CNY": 2500.0, "PKR": 100000.0, "AED": 1500.0},
    chipset_vendor="Qualcomm", chipset_tier=3,
)


def make_phone(**overrides) -> Phone:
    """A plausible phone; override any field (prices as a dict of market -> price)."""
    return replace(_BASE, **overrides)


def small_catalog() -> Catalog:
    """The 38-phone fixture catalog with chipset tiers."""
    return load_catalog(SMALL_CATALOG, SMALL_CHIPSETS)


def slots(request: Request) -> dict[str, tuple[str, object]]:
    """slot -> (op, value) of the request's updates (the last one wins, as in the dialogue)."""
    return {u.slot: (u.op, u.value) for u in request.updates}


def budget_read(vocab: Vocabulary, text: str) -> tuple[str, float | None, float | None] | None:
    """(currency, lo, hi) of the budget the text sets; None when it sets none."""
    found = slots(understand(text, vocab)).get("budget")
    if found is None:
        return None
    budget = found[1]
    return budget.currency, budget.lo, budget.hi  # type: ignore[attr-defined]  # a budget update holds a Budget


def constraints_after(text: str, vocab: Vocabulary):
    """The constraints in force after one message to a fresh conversation."""
    return apply(DialogueState(), understand(text, vocab)).constraints


def spec_after(text: str, vocab: Vocabulary, key: str) -> tuple[float | None, float | None] | None:
    """(lo, hi) of one spec's bound in force after one message; None when none is."""
    bound = dict(constraints_after(text, vocab).specs).get(key)
    return None if bound is None else (bound.lo, bound.hi)


def budget_after(text: str, vocab: Vocabulary) -> tuple[str, float | None, float | None] | None:
    """(currency, lo, hi) of the budget in force after one message; None when none is."""
    budget = constraints_after(text, vocab).budget
    return None if budget is None else (budget.currency, budget.lo, budget.hi)


def ask_all(session, *texts: str):
    """The answer to the last of `texts`, each asked in turn in the same session."""
    answer = None
    for text in texts:
        answer = session.ask(text)
    return answer
