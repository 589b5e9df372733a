"""Source domain: marketplace phone reviews, grouped into products, with aspect sentences.

The review file (``Settings.reviews_path``) is a CSV with the columns ``Product Name``, ``Brand Name``,
``Price``, ``Rating`` (1-5), ``Reviews`` and ``Review Votes``. It is optional for the advisor as a
whole; `load_reviews` raises `ConfigError` with the path and the setting to change when it is absent.

Grouping: marketplaces list one phone several times (one listing per colour) and copy the same reviews
onto every listing. Listings that share a review text of at least `_SHARED_TEXT_MIN` characters are one
product (union-find), and a review copied onto several listings counts once. Without this, a
leave-products-out split would put the same reviews on both sides. Short texts ("Good") are not used
to link listings because different owners write them independently.

Aspects: sentences and the aspects they mention are read with the review vocabulary training shares
(advisor/models/review_sentences.py); sentences about the seller or the delivery mention none.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from advisor.errors import ConfigError
from advisor.models.ratings._specs import ListingSpecs, parse_listing_specs
from advisor.models.review_sentences import ASPECTS as REVIEW_ASPECTS
from advisor.models.review_sentences import aspects_of, is_off_topic, split_sentences

ASPECTS: tuple[str, ...] = tuple(a for a in REVIEW_ASPECTS if a != "reliability")
"""The aspects scored, in the shared review vocabulary; reliability is left out because no rating of it was
ever evaluated (it would be a new target, not the same one read with the shared words)."""

_SCORED = frozenset(ASPECTS)

REQUIRED_COLUMNS: tuple[str, ...] = ("Product Name", "Rating", "Reviews")

# Listings that are not phones: accessories and unlocking services sold in the same category.
_NOT_A_PHONE = re.compile(r"\b(?:holster|belt clip|costume|unlocking codes?|unlock codes?)\b", re.IGNORECASE)
_SHARED_TEXT_MIN = 25


@dataclass(frozen=True)
class Review:
    """One owner review of one listing."""

    listing: str
    rating: int
    text: str
    votes: int = 0


@dataclass(frozen=True)
class ReviewProduct:
    """One phone on the review side: its listings (colour variants) and their distinct reviews.

    `title` is the listing with the most reviews; it names the product and is its spec-like text.
    """

    title: str
    listings: tuple[str, ...]
    brand: str
    price_usd: float | None
    specs: ListingSpecs
    reviews: tuple[Review, ...]

    @property
    def mean_rating(self) -> float:
        """Mean star rating over the product's distinct reviews."""
        return sum(r.rating for r in self.reviews) / len(self.reviews)

    def aspect_ratings(self, aspect: str) -> list[int]:
        """Star ratings of the reviews that mention `aspect` in at least one sentence."""
        return [r.rating for r in self.reviews if aspect in review_aspects(r.text)]


@dataclass(frozen=True)
class ReviewSet:
    """Products built from one review file, and what was set aside on the way."""

    path: Path
    products: tuple[ReviewProduct, ...]
    rows: int
    listings: int
    skipped_non_phones: tuple[str, ...] = field(default=())
    skipped_rows: int = 0

    @property
    def reviews(self) -> int:
        """Distinct reviews over all products."""
        return sum(len(p.reviews) for p in self.products)


def sentence_aspects(sentence: str) -> frozenset[str]:
    """The aspects one sentence mentions (keyword rules); none for sentences about the seller."""
    return frozenset() if is_off_topic(sentence) else aspects_of(sentence) & _SCORED


def aspect_sentences(text: str) -> dict[str, list[str]]:
    """The sentences of a review grouped by the aspects they mention (a sentence can count for several)."""
    found: dict[str, list[str]] = {}
    for sentence in split_sentences(text):
        for aspect in sorted(sentence_aspects(sentence)):
            found.setdefault(aspect, []).append(sentence)
    return found


@functools.lru_cache(maxsize=16384)
def review_aspects(text: str) -> frozenset[str]:
    """The aspects a whole review mentions in any sentence."""
    return frozenset(aspect_sentences(text))


def load_reviews(path: Path) -> ReviewSet:
    """Read the review CSV at `path` and group its rows into products (see the module docstring).

    Raises ConfigError when the file is absent, unreadable or lacks a required column.
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(
            f"No review file at {path}: owner-rating prediction needs the Amazon review sample. "
            "Set PHONE_ADVISOR_REVIEWS (or reviews_path in config.toml) to its location."
        )
    try:
        with path.open(encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ConfigError(f"Review file {path} lacks the column(s) {', '.join(missing)}.")
            rows = list(reader)
    except (OSError, csv.Error) as exc:
        raise ConfigError(f"Review file {path} cannot be read: {exc}") from exc
    return group_reviews(rows, path)


def group_reviews(rows: list[dict[str, str]], path: Path) -> ReviewSet:
    """Group CSV rows (dicts keyed by column name) into `ReviewProduct`s; rows without a 1-5 rating are skipped."""
    reviews: list[Review] = []
    meta: dict[str, tuple[list[str], list[float]]] = {}
    skipped_rows = 0
    non_phones: set[str] = set()
    for row in rows:
        listing = (row.get("Product Name") or "").strip()
        rating = _number(row.get("Rating"))
        if not listing or rating is None or not 1 <= rating <= 5 or rating != int(rating):
            skipped_rows += 1
            continue
        if _NOT_A_PHONE.search(listing):
            non_phones.add(listing)
            continue
        votes = _number(row.get("Review Votes"))
        reviews.append(Review(listing, int(rating), (row.get("Reviews") or "").strip(), int(votes or 0)))
        brands, prices = meta.setdefault(listing, ([], []))
        brand = (row.get("Brand Name") or "").strip()
        if brand:
            brands.append(brand)
        price = _number(row.get("Price"))
        if price is not None and price > 0:
            prices.append(price)
    products = tuple(_build_product(members, reviews, meta) for members in _link_listings(reviews))
    return ReviewSet(path=path, products=tuple(sorted(products, key=lambda p: p.title)), rows=len(rows),
                     listings=len(meta), skipped_non_phones=tuple(sorted(non_phones)), skipped_rows=skipped_rows)


def _link_listings(reviews: list[Review]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    first_with_text: dict[str, str] = {}
    for review in reviews:
        parent.setdefault(review.listing, review.listing)
        if len(review.text) < _SHARED_TEXT_MIN:
            continue
        other = first_with_text.setdefault(review.text, review.listing)
        parent[root(review.listing)] = root(other)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in parent:
        groups[root(name)].append(name)
    return [sorted(members) for members in groups.values()]


def _build_product(members: list[str], reviews: list[Review],
                   meta: dict[str, tuple[list[str], list[float]]]) -> ReviewProduct:
    member_set = set(members)
    # A copied review appears once per listing; keep each (text, rating) as often as the one listing
    # that holds it most often, so that two owners writing "Good" on one listing both count.
    per_listing: dict[tuple[str, int], dict[str, list[Review]]] = defaultdict(lambda: defaultdict(list))
    for review in reviews:
        if review.listing in member_set:
            per_listing[(review.text, review.rating)][review.listing].append(review)
    distinct = [r for copies in per_listing.values() for r in max(copies.values(), key=len)]
    brands = [b for name in members for b in meta[name][0]]
    prices = [p for name in members for p in meta[name][1]]
    title = max(members, key=lambda name: sum(r.listing == name for r in distinct))
    return ReviewProduct(
        title=title, listings=tuple(members),
        brand=statistics.mode(brands) if brands else "",
        price_usd=statistics.median(prices) if prices else None,
        specs=_merge_specs([parse_listing_specs(name) for name in [title, *members]]),
        reviews=tuple(distinct),
    )


def _merge_specs(specs: list[ListingSpecs]) -> ListingSpecs:
    def first(name: str) -> float | None:
        return next((getattr(s, name) for s in specs if getattr(s, name) is not None), None)

    return ListingSpecs(storage_gb=first("storage_gb"), ram_gb=first("ram_gb"), screen_in=first("screen_in"))


def _number(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None
