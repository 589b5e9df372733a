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
instance weights), `model` (ridge per target), `evaluate` (leave-products-out CV), `predictor`.
Names are imported on first use so that `import advisor.ratings` stays light.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from advisor._lazy import lazy_exports

_EXPORTS = {
    "ASPECTS": "advisor.ratings.reviews",
    "CVReport": "advisor.ratings.evaluate",
    "RatingConfig": "advisor.ratings.config",
    "RatingPrediction": "advisor.ratings.predictor",
    "RatingPredictor": "advisor.ratings.predictor",
    "ReviewSet": "advisor.ratings.reviews",
    "cross_validate": "advisor.ratings.evaluate",
    "fit_predictor": "advisor.ratings.predictor",
    "load_reviews": "advisor.ratings.reviews",
    "report_lines": "advisor.ratings.evaluate",
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
    from advisor.ratings.config import RatingConfig
    from advisor.ratings.evaluate import CVReport, cross_validate, report_lines
    from advisor.ratings.predictor import RatingPrediction, RatingPredictor, fit_predictor
    from advisor.ratings.reviews import ASPECTS, ReviewSet, load_reviews

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
