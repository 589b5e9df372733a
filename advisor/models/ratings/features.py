"""Shared representations of review-side products and catalog phones, and instance weights.

Both sides are described by what both sides have:

- a spec-like text: the listing title on the review side; on the catalog side `listing_title`, a
  marketplace-style title built from catalog facts. Both are embedded with the same Encoder, and the
  embedding is projected on the first principal components of the catalog (target) embeddings;
- numbers: price in USD, storage, RAM, screen size (the review side parses them from titles, see
  `advisor.models.ratings._specs`), each with a "missing" flag; values are clamped to the range seen in the
  training reviews, because a linear model extrapolated to a $1,200 phone would invent ratings;
- brand: one column per catalog brand carried by at least `min_brand_products` review-side products;
- review language (optional): for the overall rating and each aspect, the difference of cosine
  similarities between the spec text and two prototypes, the mean embeddings of aspect sentences from
  satisfied (4-5 stars) and dissatisfied (1-2 stars) owners. Prototypes come from training reviews only.

The embedding-derived columns (principal components, review-language axes) are aligned between the
domains: catalog rows are shifted by the difference of the two domains' means, then every row is
clamped to the range seen in training. Catalog titles are written by us and review titles by sellers, so
a uniform offset between them says how the texts were written, not how owners will rate the phones.
Cross-validation runs on review-side rows only and cannot check this choice.

Instance weighting (one weight per review-side product)::

    s_i = max(0, cos(x_i, mean_j t_j))          x_i: product i's spec-text embedding, t_j: catalog phones'
    w_i = s_i / sum_k s_k                        (uniform when every s_i is 0)

Products that read like the phones in the catalog count more in the regression. The weights are
training's `instance_weights` (advisor/models/training/weighting.py), one definition for both transfers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from advisor.catalog.model import Catalog, Phone
from advisor.errors import TrainingError
from advisor.models.ratings._embeddings import TextEncoder, embed
from advisor.models.ratings.config import RatingConfig
from advisor.models.ratings.reviews import ASPECTS, ReviewProduct, aspect_sentences
from advisor.models.training.weighting import instance_weights

NUMERIC: tuple[str, ...] = ("log2_price_usd", "log2_storage_gb", "log2_ram_gb", "screen_in")
LANGUAGE_TARGETS: tuple[str, ...] = ("overall", *ASPECTS)
_SATISFIED, _DISSATISFIED = 4, 2
_TITLE_BRAND_WORDS = 6


@dataclass(frozen=True)
class ProductFacts:
    """What both domains know about a phone: a spec-like text and a few numbers."""

    text: str
    brand: str  # a catalog brand, or "" when the brand is not one the catalog carries
    price_usd: float | None
    storage_gb: float | None
    ram_gb: float | None
    screen_in: float | None


@dataclass(frozen=True)
class ReviewLanguage:
    """Aspect sentences of the review side: one row per (sentence, aspect) mention."""

    vectors: np.ndarray  # (sentences, dim) unit vectors
    sentence: np.ndarray  # row -> index into vectors
    product: np.ndarray  # row -> index of the review-side product
    rating: np.ndarray  # row -> star rating of the review it comes from
    target: np.ndarray  # row -> index into LANGUAGE_TARGETS (0 = overall, i.e. any aspect sentence)


@dataclass(frozen=True)
class TransferData:
    """Everything a fit or a cross-validation needs, embedded once."""

    products: tuple[ReviewProduct, ...]
    facts: tuple[ProductFacts, ...]
    vectors: np.ndarray  # spec-text embeddings of the review-side products
    target_vectors: np.ndarray  # spec-text embeddings of the catalog phones
    catalog_brands: tuple[str, ...]
    language: ReviewLanguage | None
    domain_weight: np.ndarray  # w_i above; sums to 1
    pca: tuple[np.ndarray, np.ndarray, np.ndarray]  # mean, basis, scale of the catalog embeddings


def listing_title(phone: Phone) -> str:
    """A marketplace-style title for a catalog phone, so both domains embed the same kind of text."""
    parts = [f"{phone.display_name} Unlocked Smartphone"]
    if phone.storage_gb:
        parts.append(f"{phone.storage_gb}GB")
    if phone.ram_gb:
        parts.append(f"{phone.ram_gb:g}GB RAM")
    if phone.screen_in:
        parts.append(f'{phone.screen_in:g}" Display')
    if phone.main_camera_mp:
        parts.append(f"{phone.main_camera_mp:g}MP Camera")
    if phone.battery_mah:
        parts.append(f"{phone.battery_mah}mAh")
    parts.append("5G" if phone.is_5g else "4G LTE")
    return " - ".join(parts)


def phone_facts(phone: Phone) -> ProductFacts:
    """The shared facts of a catalog phone."""
    return ProductFacts(text=listing_title(phone), brand=phone.brand, price_usd=phone.price("USD"),
                        storage_gb=None if phone.storage_gb is None else float(phone.storage_gb),
                        ram_gb=phone.ram_gb, screen_in=phone.screen_in)


def review_product_facts(product: ReviewProduct, catalog_brands: Sequence[str]) -> ProductFacts:
    """The shared facts of a review-side product; its brand is resolved against the catalog's brands."""
    return ProductFacts(text=product.title, brand=resolve_brand(product.brand, product.title, catalog_brands),
                        price_usd=product.price_usd, storage_gb=product.specs.storage_gb,
                        ram_gb=product.specs.ram_gb, screen_in=product.specs.screen_in)


def resolve_brand(brand: str, title: str, known_brands: Sequence[str]) -> str:
    """The known brand named by the brand column, else the first one among the title's first words, else "".

    Sellers put the maker near the start of a title; later mentions are usually of something else
    ("... with Google Play Store").
    """
    by_fold = {b.casefold(): b for b in known_brands}
    if brand.casefold() in by_fold:
        return by_fold[brand.casefold()]
    head = " ".join(title.split()[:_TITLE_BRAND_WORDS])
    hits = [(m.start(), b) for b in known_brands
            if (m := re.search(rf"(?<![A-Za-z]){re.escape(b)}(?![A-Za-z])", head, re.IGNORECASE))]
    return min(hits)[1] if hits else ""


def build_transfer_data(products: Sequence[ReviewProduct], catalog: Catalog, encoder: TextEncoder,
                        config: RatingConfig, cache_dir: Path | None = None) -> TransferData:
    """Embed both domains once (spec texts, and aspect sentences when `config.review_language`)."""
    if not products:
        raise TrainingError("The review file holds no phone products to learn from.")
    if not len(catalog):
        raise TrainingError("The catalog is empty: there are no phones to predict ratings for.")
    brands = tuple(catalog.brands)
    facts = tuple(review_product_facts(p, brands) for p in products)
    vectors = embed(encoder, [f.text for f in facts], cache_dir)
    target_vectors = embed(encoder, [listing_title(p) for p in catalog], cache_dir)
    language = _review_language(products, encoder, cache_dir) if config.review_language else None
    return TransferData(products=tuple(products), facts=facts, vectors=vectors, target_vectors=target_vectors,
                        catalog_brands=brands, language=language,
                        domain_weight=instance_weights(vectors, target_vectors),
                        pca=_pca(target_vectors, config.pca_components))


def _review_language(products: Sequence[ReviewProduct], encoder: TextEncoder,
                     cache_dir: Path | None) -> ReviewLanguage:
    sentences: dict[str, int] = {}
    rows: list[tuple[int, int, int, int]] = []
    for p_index, product in enumerate(products):
        for review in product.reviews:
            found = aspect_sentences(review.text)
            seen: set[str] = set()
            for aspect, texts in found.items():
                for text in texts:
                    s_index = sentences.setdefault(text, len(sentences))
                    rows.append((s_index, p_index, review.rating, LANGUAGE_TARGETS.index(aspect)))
                    if text not in seen:  # "overall" counts each aspect sentence once
                        seen.add(text)
                        rows.append((s_index, p_index, review.rating, 0))
    vectors = embed(encoder, list(sentences), cache_dir)
    table = np.array(rows, dtype=np.int64).reshape(-1, 4)
    return ReviewLanguage(vectors=vectors, sentence=table[:, 0], product=table[:, 1],
                          rating=table[:, 2].astype(np.float64), target=table[:, 3])


def language_prototypes(language: ReviewLanguage, train_products: np.ndarray) -> np.ndarray:
    """(targets, 2, dim): unit mean embeddings of satisfied / dissatisfied owners' sentences per target.

    Only rows of `train_products` are used; a prototype without sentences is all zeros (its axis is 0).
    """
    dim = language.vectors.shape[1]
    out = np.zeros((len(LANGUAGE_TARGETS), 2, dim))
    in_train = np.isin(language.product, train_products)
    for t in range(len(LANGUAGE_TARGETS)):
        for side, mask in enumerate((language.rating >= _SATISFIED, language.rating <= _DISSATISFIED)):
            rows = in_train & mask & (language.target == t)
            if rows.any():
                centroid = language.vectors[language.sentence[rows]].astype(np.float64).mean(axis=0)
                norm = np.linalg.norm(centroid)
                out[t, side] = centroid / norm if norm > 0 else centroid
    return out


@dataclass(frozen=True)
class FeatureSpace:
    """The fitted map from (facts, spec-text embedding) to model features; see the module docstring."""

    brands: tuple[str, ...]
    pca_mean: np.ndarray  # (dim,)
    pca_basis: np.ndarray  # (k, dim)
    pca_scale: np.ndarray  # (k,) standard deviation of each component over the catalog
    prototypes: np.ndarray  # (targets, 2, dim) or (0, 2, dim) without review language
    axis_mean: np.ndarray
    axis_scale: np.ndarray
    numeric_low: np.ndarray  # (4,) clamping range, from the training rows
    numeric_high: np.ndarray
    numeric_mean: np.ndarray
    numeric_scale: np.ndarray
    target_shift: np.ndarray  # mean of the embedded columns over the catalog minus over the training rows
    embedded_low: np.ndarray  # clamping range of the embedded columns, from the training rows
    embedded_high: np.ndarray

    @property
    def names(self) -> tuple[str, ...]:
        """Column names, in order."""
        return (*NUMERIC, *(f"{n}_missing" for n in NUMERIC), *(f"brand={b}" for b in self.brands),
                *(f"pc{i + 1}" for i in range(len(self.pca_basis))),
                *(f"language_{LANGUAGE_TARGETS[i]}" for i in range(len(self.prototypes))))

    def transform(self, facts: Sequence[ProductFacts], vectors: np.ndarray, domain: str = "source") -> np.ndarray:
        """Feature matrix (rows: products, columns: `names`) of review-side ("source") or catalog ("target") rows."""
        if domain not in ("source", "target"):
            raise ValueError(f"domain must be 'source' or 'target', got {domain!r}.")
        raw = _numeric(facts)
        missing = np.isnan(raw)
        clamped = np.clip(np.where(missing, self.numeric_mean, raw), self.numeric_low, self.numeric_high)
        numeric = (clamped - self.numeric_mean) / self.numeric_scale
        brands = np.array([[f.brand == b for b in self.brands] for f in facts], dtype=np.float64)
        brands = brands.reshape(len(facts), len(self.brands))
        vectors = np.asarray(vectors, dtype=np.float64)
        embedded = self._embedded(vectors)
        if domain == "target":
            embedded = embedded - self.target_shift
        embedded = np.clip(embedded, self.embedded_low, self.embedded_high)
        return np.hstack([numeric, missing.astype(np.float64), brands, embedded])

    def outside_range(self, facts: Sequence[ProductFacts]) -> np.ndarray:
        """Per row: whether any known number lies outside the training range (and so was clamped)."""
        raw = _numeric(facts)
        with np.errstate(invalid="ignore"):
            outside = (raw < self.numeric_low) | (raw > self.numeric_high)
        return (outside & ~np.isnan(raw)).any(axis=1)

    def _embedded(self, vectors: np.ndarray) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float64)
        pcs = (vectors - self.pca_mean) @ self.pca_basis.T / self.pca_scale
        axes = (_axes(vectors, self.prototypes) - self.axis_mean) / self.axis_scale
        return np.hstack([pcs, axes])

    def arrays(self) -> dict[str, np.ndarray]:
        """The numeric state, for saving as .npy files."""
        return {name: np.asarray(getattr(self, name), dtype=np.float64) for name in _ARRAY_FIELDS}

    @classmethod
    def from_arrays(cls, brands: Sequence[str], arrays: dict[str, np.ndarray]) -> FeatureSpace:
        """Rebuild from `brands` and the output of `arrays`."""
        return cls(brands=tuple(brands), **{name: arrays[name] for name in _ARRAY_FIELDS})


_ARRAY_FIELDS = ("pca_mean", "pca_basis", "pca_scale", "prototypes", "axis_mean", "axis_scale",
                 "numeric_low", "numeric_high", "numeric_mean", "numeric_scale", "target_shift", "embedded_low",
                 "embedded_high")


def fit_feature_space(data: TransferData, train: np.ndarray, config: RatingConfig) -> FeatureSpace:
    """Fit the feature map on the review-side rows `train` (indices) and the whole catalog."""
    facts = [data.facts[i] for i in train]
    raw = _numeric(facts)
    observed = ~np.isnan(raw)
    low = np.array([raw[observed[:, j], j].min() if observed[:, j].any() else 0.0 for j in range(len(NUMERIC))])
    high = np.array([raw[observed[:, j], j].max() if observed[:, j].any() else 0.0 for j in range(len(NUMERIC))])
    mean = np.array([raw[observed[:, j], j].mean() if observed[:, j].any() else 0.0 for j in range(len(NUMERIC))])
    std = np.array([raw[observed[:, j], j].std() if observed[:, j].sum() > 1 else 0.0 for j in range(len(NUMERIC))])
    counts: dict[str, int] = {}
    for f in facts:
        if f.brand:
            counts[f.brand] = counts.get(f.brand, 0) + 1
    brands = tuple(sorted(b for b, n in counts.items() if n >= config.min_brand_products))
    pca_mean, pca_basis, pca_scale = data.pca
    if data.language is not None:
        prototypes = language_prototypes(data.language, np.asarray(train))
    else:
        prototypes = np.zeros((0, 2, data.vectors.shape[1]))
    axes = _axes(data.vectors[train].astype(np.float64), prototypes)
    width = len(pca_basis) + len(prototypes)
    space = FeatureSpace(brands=brands, pca_mean=pca_mean, pca_basis=pca_basis, pca_scale=pca_scale,
                         prototypes=prototypes, axis_mean=axes.mean(axis=0), axis_scale=_safe_scale(axes.std(axis=0)),
                         numeric_low=low, numeric_high=high, numeric_mean=mean, numeric_scale=_safe_scale(std),
                         target_shift=np.zeros(width), embedded_low=np.full(width, -np.inf),
                         embedded_high=np.full(width, np.inf))
    source = space._embedded(data.vectors[train])
    target = space._embedded(data.target_vectors)
    return replace(space, target_shift=target.mean(axis=0) - source.mean(axis=0),
                   embedded_low=source.min(axis=0), embedded_high=source.max(axis=0))


def _numeric(facts: Sequence[ProductFacts]) -> np.ndarray:
    def log2(value: float | None) -> float:
        return float(np.log2(value)) if value is not None and value > 0 else np.nan

    def plain(value: float | None) -> float:
        return float(value) if value is not None and value > 0 else np.nan

    rows = [[log2(f.price_usd), log2(f.storage_gb), log2(f.ram_gb), plain(f.screen_in)] for f in facts]
    return np.array(rows, dtype=np.float64).reshape(len(facts), len(NUMERIC))


def _axes(vectors: np.ndarray, prototypes: np.ndarray) -> np.ndarray:
    if not len(prototypes):
        return np.zeros((len(vectors), 0))
    return vectors @ prototypes[:, 0].T - vectors @ prototypes[:, 1].T


def _pca(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    vectors = np.asarray(vectors, dtype=np.float64)
    mean = vectors.mean(axis=0)
    k = min(k, len(vectors) - 1, vectors.shape[1]) if len(vectors) > 1 else 0
    if k <= 0:
        return mean, np.zeros((0, vectors.shape[1])), np.ones(0)
    centered = vectors - mean
    # Eigen-decompose the smaller of the (dim x dim) covariance and the (rows x rows) Gram matrix.
    if len(vectors) >= vectors.shape[1]:
        variances, eigenvectors = np.linalg.eigh(centered.T @ centered)
        order = np.argsort(variances)[::-1][:k]
        basis = eigenvectors[:, order].T
    else:
        variances, eigenvectors = np.linalg.eigh(centered @ centered.T)
        order = np.argsort(variances)[::-1][:k]
        basis = (centered.T @ eigenvectors[:, order]).T
        basis /= _safe_scale(np.linalg.norm(basis, axis=1))[:, None]
    variances = variances[order] / max(len(vectors) - 1, 1)
    # Fix each component's sign so refits on the same data give the same features.
    pivots = basis[np.arange(k), np.abs(basis).argmax(axis=1)]
    basis = basis * np.where(pivots < 0, -1.0, 1.0)[:, None]
    scale = np.sqrt(np.clip(variances, 0.0, None))
    return mean, basis, _safe_scale(scale)


def _safe_scale(scale: np.ndarray) -> np.ndarray:
    return np.where(scale > 1e-12, scale, 1.0)
