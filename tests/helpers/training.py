"""Shared pieces for the training and registry tests: one base encoder per session, settings, reviews."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from advisor.config import Settings
from advisor.retrieval.encoder import Encoder
from tests.helpers import SMALL_CATALOG, SMALL_CHIPSETS

REVIEWS = (
    "The battery lasts two full days. Great phone for the price!",
    "Camera takes sharp pictures even at night.",
    "The screen is bright and easy to read outside.",
    "It is slow and the apps lag all the time.",
    "Fits in my pocket and is very light weight.",
    "Stopped working after a week, defective unit.",
    "Battery drains fast when I play games and the screen is dim.",
    "Shipping was fast and the seller was nice.",
)


@functools.lru_cache(maxsize=1)
def base_encoder() -> Encoder:
    """The bundled base model, loaded once per test session (training never modifies it)."""
    return Encoder()


def write_reviews(path: Path, reviews: tuple[str, ...] = REVIEWS) -> Path:
    """A small review CSV in the Amazon sample's format."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Product Name", "Brand Name", "Price", "Rating", "Reviews", "Review Votes"])
        for n, review in enumerate(reviews):
            writer.writerow([f"Phone {n}", "Acme", "199.99", "4", review, "0"])
    return path


def fixture_settings(home: Path, *, reviews: Path | None = None, margin: float = 0.005) -> Settings:
    """Settings on the 38-phone fixture catalog, with an isolated home."""
    return Settings(home=home, catalog_path=SMALL_CATALOG, chipsets_path=SMALL_CHIPSETS,
                    reviews_path=reviews if reviews is not None else home / "no-reviews.csv", promote_margin=margin)
