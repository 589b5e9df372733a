"""The rating model: weighted ridge regressions from shared features to owner ratings.

One regression per target: "overall" (a product's mean star rating) and each aspect. An aspect score
is the mean star rating of the product's reviews that mention the aspect (see
`advisor.models.ratings.reviews`), so every target is on the 1-5 star scale and "4.1 for battery" reads as
"owners who talk about the battery rate the phone 4.1 on average".

Each product is one row. Its weight is

    reliability_i * (n_products * w_i if instance weighting else 1),   reliability_i = n_i / (n_i + k)

where n_i is the number of reviews behind the target and w_i the domain weight of
`advisor.models.ratings.features` (scaled so the weights average about 1 and alpha keeps its meaning).
The ridge penalty leaves the intercept alone; alpha is chosen per target by an inner K-fold over the
training products. Predictions are clipped to the 1-5 star scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from advisor.errors import TrainingError
from advisor.models.ratings.config import RatingConfig
from advisor.models.ratings.features import FeatureSpace, ProductFacts, TransferData, fit_feature_space
from advisor.models.ratings.reviews import ASPECTS, ReviewProduct

TARGETS: tuple[str, ...] = ("overall", *ASPECTS)
STARS = (1.0, 5.0)


@dataclass(frozen=True)
class Ridge:
    """A fitted linear model: y = X @ coef + intercept."""

    alpha: float
    coef: np.ndarray
    intercept: float

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Predictions for the rows of `features`."""
        return np.asarray(features, dtype=np.float64) @ self.coef + self.intercept


def fit_ridge(features: np.ndarray, y: np.ndarray, weights: np.ndarray, alpha: float) -> Ridge:
    """Weighted ridge in closed form; the intercept is not penalized."""
    x = np.asarray(features, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    if len(x) != len(y) or len(y) != len(w) or not len(y):
        raise TrainingError(f"ridge needs as many rows as targets and weights, got {len(x)}, {len(y)}, {len(w)}.")
    if w.sum() <= 0:
        raise TrainingError("ridge weights sum to zero; no row would count.")
    w = w / w.mean()
    x_mean = w @ x / w.sum()
    y_mean = float(w @ y / w.sum())
    xc = x - x_mean
    gram = xc.T @ (xc * w[:, None]) + alpha * np.eye(x.shape[1])
    coef = np.linalg.solve(gram, xc.T @ (w * (y - y_mean))) if x.shape[1] else np.zeros(0)
    return Ridge(alpha=float(alpha), coef=coef, intercept=y_mean - float(x_mean @ coef))


def choose_alpha(features: np.ndarray, y: np.ndarray, weights: np.ndarray, alphas: Sequence[float],
                 folds: int, seed: int) -> float:
    """The alpha with the lowest weighted squared error in a K-fold over rows; the largest on ties."""
    n = len(y)
    k = min(folds, n)
    if k < 2:
        return float(max(alphas))
    order = np.random.default_rng(seed).permutation(n)
    assignment = np.empty(n, dtype=np.int64)
    assignment[order] = np.arange(n) % k
    errors = []
    for alpha in alphas:
        total = 0.0
        for fold in range(k):
            test = assignment == fold
            if weights[~test].sum() <= 0:
                continue
            fit = fit_ridge(features[~test], y[~test], weights[~test], alpha)
            total += float(weights[test] @ (fit.predict(features[test]) - y[test]) ** 2)
        errors.append(total)
    best = min(errors)
    return float(max(a for a, e in zip(alphas, errors) if e <= best * (1 + 1e-9)))


def product_targets(products: Sequence[ReviewProduct], target: str) -> tuple[np.ndarray, np.ndarray]:
    """(y, n): each product's mean rating for `target` and the number of reviews behind it (y is NaN when 0)."""
    if target not in TARGETS:
        raise TrainingError(f"Unknown rating target {target!r}; expected one of {', '.join(TARGETS)}.")
    y, n = [], []
    for product in products:
        ratings = [r.rating for r in product.reviews] if target == "overall" else product.aspect_ratings(target)
        y.append(sum(ratings) / len(ratings) if ratings else np.nan)
        n.append(len(ratings))
    return np.array(y, dtype=np.float64), np.array(n, dtype=np.float64)


def reliability(counts: np.ndarray, k: float) -> np.ndarray:
    """n / (n + k): how far a product's mean over n reviews is trusted."""
    counts = np.asarray(counts, dtype=np.float64)
    return counts / (counts + k) if k > 0 else (counts > 0).astype(np.float64)


def baselines(y: np.ndarray, counts: np.ndarray, k: float) -> tuple[float, float]:
    """The two trivial constants: the mean over all reviews, and the reliability-weighted mean of product means."""
    keep = counts > 0
    review_mean = float(y[keep] @ counts[keep] / counts[keep].sum())
    r = reliability(counts[keep], k)
    return review_mean, float(y[keep] @ r / r.sum())


@dataclass(frozen=True)
class RatingModel:
    """A feature map and one ridge per target (targets without enough data are absent)."""

    space: FeatureSpace
    fits: dict[str, Ridge]

    def predict(self, facts: Sequence[ProductFacts], vectors: np.ndarray,
                domain: str = "source") -> dict[str, np.ndarray]:
        """Target -> predictions on the star scale, one per row of `facts` / `vectors` (see `FeatureSpace.transform`)."""
        features = self.space.transform(facts, vectors, domain)
        return {t: np.clip(fit.predict(features), *STARS) for t, fit in self.fits.items()}


def row_weights(data: TransferData, rows: np.ndarray, counts: np.ndarray, config: RatingConfig,
                weighting: bool) -> np.ndarray:
    """Training weights of `rows` (see the module docstring); `counts` are their review counts."""
    weights = reliability(counts, config.reliability_k)
    if weighting:
        weights = weights * data.domain_weight[rows] * len(data.domain_weight)
    return weights


def fit_rating_model(data: TransferData, train: np.ndarray, config: RatingConfig, weighting: bool) -> RatingModel:
    """Fit the feature map and every target's ridge on the review-side products `train` (indices)."""
    train = np.asarray(train, dtype=np.int64)
    space = fit_feature_space(data, train, config)
    features = space.transform([data.facts[i] for i in train], data.vectors[train])
    fits: dict[str, Ridge] = {}
    for t_index, target in enumerate(TARGETS):
        y, counts = product_targets([data.products[i] for i in train], target)
        keep = counts > 0
        if keep.sum() < 2:
            continue  # nothing to learn from; the target is left out rather than guessed
        weights = row_weights(data, train[keep], counts[keep], config, weighting)
        if weights.sum() <= 0:
            continue
        alpha = choose_alpha(features[keep], y[keep], weights, config.alphas, config.folds, config.seed + t_index)
        fits[target] = fit_ridge(features[keep], y[keep], weights, alpha)
    if "overall" not in fits:
        raise TrainingError("Too few review-side products to fit a rating model (need at least 2).")
    return RatingModel(space=space, fits=fits)
