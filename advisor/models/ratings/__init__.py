"""Owner-rating prediction for catalog phones, transferred from marketplace reviews of other phones.

Public API::

    reviews = load_reviews(settings.reviews_path)          # ConfigError when the file is absent
    predictor = fit_predictor(reviews, catalog, encoder)   # cross-validates, then fits on everything
    predictor.save(ratings_dir(settings)); RatingPredictor.load(ratings_dir(settings), encoder)
    if predictor.usable:                                   # False unless it beats the mean rating
        predictor.predict(phone).label()
    else:
        predictor.note()                                   # why predictions are hidden, with figures

Modules: `reviews` (loading, product grouping, aspect sentences), `features` (shared representations,
instance weights), `model` (ridge per target), `crossval` (leave-products-out CV), `predictor`.
Names are imported on first use so that `import advisor.models.ratings` stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from advisor._lazy import lazy_exports

_EXPORTS = {
    "ASPECTS": "advisor.models.ratings.reviews",
    "CVReport": "advisor.models.ratings.crossval",
    "RatingConfig": "advisor.models.ratings.config",
    "RatingPrediction": "advisor.models.ratings.predictor",
    "RatingPredictor": "advisor.models.ratings.predictor",
    "ReviewSet": "advisor.models.ratings.reviews",
    "cross_validate": "advisor.models.ratings.crossval",
    "fit_predictor": "advisor.models.ratings.predictor",
    "load_reviews": "advisor.models.ratings.reviews",
    "report_lines": "advisor.models.ratings.crossval",
}

# a literal list, so that linters see the names above as exported
__all__ = [
    "ASPECTS", "CVReport", "RatingConfig", "RatingPrediction", "RatingPredictor", "ReviewSet", "cross_validate",
    "fit_predictor", "load_reviews", "ratings_dir", "report_lines",
]


def ratings_dir(settings) -> Path:
    """Where the fitted predictor is saved: ``Settings.home / "ratings"``."""
    return Path(settings.home) / "ratings"


if TYPE_CHECKING:  # what mypy sees; at run time each name loads on first use through _EXPORTS
    from advisor.models.ratings.config import RatingConfig
    from advisor.models.ratings.crossval import CVReport, cross_validate, report_lines
    from advisor.models.ratings.predictor import RatingPrediction, RatingPredictor, fit_predictor
    from advisor.models.ratings.reviews import ASPECTS, ReviewSet, load_reviews

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
