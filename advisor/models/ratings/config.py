"""Settings of owner-rating prediction: features, regularization, cross-validation and the interval."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from advisor.errors import ConfigValueError


@dataclass(frozen=True)
class RatingConfig:
    """How the rating model is built and validated; saved with every fitted predictor."""

    folds: int = 5
    repeats: int = 3  # CV repeated with seeds seed, seed+1, ...: 50 products make one split noisy
    seed: int = 13
    pca_components: int = 8  # of the spec-text embeddings, basis fitted on the catalog (target) side
    alphas: tuple[float, ...] = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)
    reliability_k: float = 5.0  # a product's mean over n reviews is trusted n / (n + k)
    min_eval_reviews: int = 3  # products with fewer reviews train but are not scored (their mean is noise)
    min_brand_products: int = 2  # a brand gets a column only when this many review products carry it
    instance_weighting: bool = True
    review_language: bool = True
    interval: float = 0.8  # central coverage of the low-high interval
    fold_groups: str = "product"  # what CV holds out together: "product", or "brand" (a stricter check)

    def __post_init__(self) -> None:
        if self.folds < 2:
            raise ConfigValueError(f"folds must be at least 2 for cross-validation, got {self.folds}.")
        if self.repeats < 1:
            raise ConfigValueError(f"repeats must be at least 1, got {self.repeats}.")
        if self.pca_components < 0:
            raise ConfigValueError(f"pca_components cannot be negative, got {self.pca_components}.")
        if not self.alphas or any(a <= 0 for a in self.alphas):
            raise ConfigValueError(f"alphas must be a non-empty list of positive numbers, got {self.alphas}.")
        if self.reliability_k < 0:
            raise ConfigValueError(f"reliability_k cannot be negative, got {self.reliability_k}.")
        if self.min_eval_reviews < 1:
            raise ConfigValueError(f"min_eval_reviews must be at least 1, got {self.min_eval_reviews}.")
        if self.min_brand_products < 1:
            raise ConfigValueError(f"min_brand_products must be at least 1, got {self.min_brand_products}.")
        if self.fold_groups not in ("product", "brand"):
            raise ConfigValueError(f"fold_groups must be 'product' or 'brand', got {self.fold_groups!r}.")
        if not 0 < self.interval < 1:
            raise ConfigValueError(f"interval is a coverage in (0, 1), got {self.interval}.")

    def to_json(self) -> str:
        """Sorted JSON of every field."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> RatingConfig:
        """Rebuild from `to_json` output; unknown keys are refused."""
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ConfigValueError(f"Unknown rating config keys: {', '.join(sorted(unknown))}.")
        data = dict(values)
        if "alphas" in data:
            data["alphas"] = tuple(float(a) for a in data["alphas"])
        return cls(**data)  # __post_init__ checks each value
