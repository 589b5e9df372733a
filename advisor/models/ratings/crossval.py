"""Leave-products-out cross-validation of the rating model against the trivial baselines.

Products (listings already merged, see `advisor.models.ratings.reviews`) are split into `folds` seeded folds,
`repeats` times with seeds seed, seed+1, ...; every product is held out once per repeat. With
`RatingConfig.fold_groups = "brand"` all products of one brand are held out together (a stricter check:
near-identical listings of one maker cannot help predict each other). In each fold
the model is fitted twice (instance weighting on and off) and compared with two constants fitted on the
same training products: the mean over all training reviews, and the reliability-weighted mean of the
training products' means. Both are "the mean rating"; the model must beat the better of the two.

Scores: product level = |product mean rating - prediction| over held-out products with at least
`min_eval_reviews` reviews (fewer reviews make the "truth" itself noise); review level = |stars -
prediction| over every held-out review (overall rating only). The model beats the baseline when both
its product-level MAE and RMSE are lower than the lowest baseline's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from advisor.errors import TrainingError
from advisor.models.ratings.config import RatingConfig
from advisor.models.ratings.features import TransferData, resolve_brand
from advisor.models.ratings.model import TARGETS, baselines, fit_rating_model, product_targets

PREDICTORS: tuple[str, ...] = ("weighted", "unweighted", "review_mean", "product_mean")
_LABELS = {"weighted": "model, instance weighting on", "unweighted": "model, instance weighting off",
           "review_mean": "baseline: mean of all reviews", "product_mean": "baseline: mean of product means"}


@dataclass(frozen=True)
class Figures:
    """Mean absolute and root-mean-square error over `count` scored items."""

    mae: float
    rmse: float
    count: int


@dataclass(frozen=True)
class ErrorRow:
    """The errors of the two model variants and the two baselines on one target at one level."""

    level: str  # "product" or "review"
    weighted: Figures
    unweighted: Figures
    review_mean: Figures
    product_mean: Figures

    def model(self, weighting: bool) -> Figures:
        """The model variant's figures."""
        return self.weighted if weighting else self.unweighted

    def baseline(self) -> Figures:
        """The better baseline (lower MAE)."""
        return min(self.review_mean, self.product_mean, key=lambda f: f.mae)

    def beats_baseline(self, weighting: bool) -> bool:
        """Lower MAE and lower RMSE than both baselines (False when nothing was scored)."""
        model = self.model(weighting)
        if model.count == 0 or math.isnan(model.mae):
            return False
        return (model.mae < min(self.review_mean.mae, self.product_mean.mae)
                and model.rmse < min(self.review_mean.rmse, self.product_mean.rmse))


@dataclass(frozen=True)
class TargetCV:
    """Cross-validated errors for one target ("overall" or an aspect)."""

    target: str
    products: ErrorRow
    reviews: ErrorRow | None  # review level, for "overall" only
    residual_low: float  # quantiles of (actual - predicted) over scored products, shipped variant
    residual_high: float


@dataclass(frozen=True)
class CVReport:
    """What `phone-advisor ratings evaluate` prints and what gates showing predictions."""

    products: int
    reviews: int
    rows: int
    listings: int
    non_phone_listings: int
    config: RatingConfig
    targets: tuple[TargetCV, ...]

    @property
    def overall(self) -> TargetCV:
        """The overall-rating figures."""
        return next(t for t in self.targets if t.target == "overall")

    @property
    def beats_baseline(self) -> bool:
        """Whether the shipped variant beats the mean-rating baselines on the overall rating."""
        return self.overall.products.beats_baseline(self.config.instance_weighting)

    @property
    def shown_aspects(self) -> tuple[str, ...]:
        """Aspects whose own cross-validation beats their baselines (only these are predicted)."""
        return tuple(t.target for t in self.targets
                     if t.target != "overall" and t.products.beats_baseline(self.config.instance_weighting))

    def to_dict(self) -> dict[str, object]:
        """Plain data for strict JSON (NaN, where nothing was scored, becomes None)."""
        data = _nan_to_none(asdict(self))
        data["config"] = asdict(self.config)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> CVReport:
        """Rebuild from `to_dict` output."""
        def number(value: float | None) -> float:
            return math.nan if value is None else float(value)

        def row(d: dict) -> ErrorRow:
            return ErrorRow(level=d["level"], **{p: Figures(number(d[p]["mae"]), number(d[p]["rmse"]), d[p]["count"])
                                                 for p in PREDICTORS})

        targets = tuple(TargetCV(target=t["target"], products=row(t["products"]), reviews=row(t["reviews"]) if t["reviews"] is not None else None,
                                 residual_low=number(t["residual_low"]), residual_high=number(t["residual_high"]))
                        for t in data["targets"])
        return cls(products=data["products"], reviews=data["reviews"], rows=data["rows"], listings=data["listings"],
                   non_phone_listings=data["non_phone_listings"], config=RatingConfig.from_dict(data["config"]),
                   targets=targets)


def _nan_to_none(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _nan_to_none(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nan_to_none(v) for v in value]
    return value


def group_folds(groups: Sequence[object], folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Seeded group K-fold over item indices: (train, test) pairs.

    Every group lands in exactly one test fold, so no group is ever on both sides of a split.
    """
    labels = {label: i for i, label in enumerate(dict.fromkeys(groups))}
    k = min(folds, len(labels))
    if k < 2:
        raise TrainingError(f"Cross-validation needs at least 2 groups, got {len(labels)}.")
    group_fold = np.empty(len(labels), dtype=np.int64)
    group_fold[np.random.default_rng(seed).permutation(len(labels))] = np.arange(len(labels)) % k
    assignment = group_fold[[labels[g] for g in groups]]
    indices = np.arange(len(assignment))
    return [(indices[assignment != f], indices[assignment == f]) for f in range(k)]


def fold_groups(data: TransferData, by: str) -> list[str]:
    """The CV group of each review-side product: itself, or its brand (catalog brands and the file's
    "Brand Name" values, looked up in the title when the column is empty; else the product itself)."""
    if by == "product":
        return [p.title for p in data.products]
    known = sorted({*data.catalog_brands, *(p.brand for p in data.products if p.brand)})
    out = []
    for product in data.products:
        brand = resolve_brand(product.brand, product.title, known)
        out.append(f"brand:{brand.casefold()}" if brand else f"product:{product.title}")
    return out


def cross_validate(data: TransferData, config: RatingConfig, rows: int = 0, listings: int = 0,
                   non_phone_listings: int = 0) -> CVReport:
    """Leave-products-out CV of both model variants and both baselines (see the module docstring).

    `rows`, `listings` and `non_phone_listings` describe the review file for the report only.
    """
    products = data.products
    product_records: dict[str, list[list[float]]] = {t: [] for t in TARGETS}  # actual, 4 predictions, product
    review_records: list[list[float]] = []
    targets = {t: product_targets(products, t) for t in TARGETS}
    groups = fold_groups(data, config.fold_groups)
    for repeat in range(config.repeats):
        for train, test in group_folds(groups, config.folds, config.seed + repeat):
            models = {w: fit_rating_model(data, train, config, weighting=w) for w in (True, False)}
            facts = [data.facts[i] for i in test]
            predictions = {w: m.predict(facts, data.vectors[test]) for w, m in models.items()}
            for target in TARGETS:
                if any(target not in models[w].fits for w in models):
                    continue
                y, counts = targets[target]
                review_mean, product_mean = baselines(y[train], counts[train], config.reliability_k)
                for j, i in enumerate(test):
                    if counts[i] >= config.min_eval_reviews:
                        product_records[target].append([y[i], predictions[True][target][j],
                                                        predictions[False][target][j], review_mean, product_mean, i])
                if target == "overall":
                    for j, i in enumerate(test):
                        for review in products[i].reviews:
                            review_records.append([review.rating, predictions[True][target][j],
                                                   predictions[False][target][j], review_mean, product_mean, i])
    results = []
    for target in TARGETS:
        records = np.array(product_records[target], dtype=np.float64).reshape(-1, 6)
        low, high = _residual_interval(records, config)
        reviews = _row("review", np.array(review_records).reshape(-1, 6)) if target == "overall" else None
        results.append(TargetCV(target=target, products=_row("product", records), reviews=reviews,
                                residual_low=low, residual_high=high))
    return CVReport(products=len(products), reviews=sum(len(p.reviews) for p in products), rows=rows,
                    listings=listings, non_phone_listings=non_phone_listings, config=config, targets=tuple(results))


def _row(level: str, records: np.ndarray) -> ErrorRow:
    count = len(np.unique(records[:, 5])) if len(records) else 0
    figures = {}
    for column, name in enumerate(PREDICTORS, start=1):
        if len(records):
            errors = records[:, column] - records[:, 0]
            figures[name] = Figures(float(np.abs(errors).mean()), float(np.sqrt((errors ** 2).mean())), count)
        else:
            figures[name] = Figures(math.nan, math.nan, 0)
    return ErrorRow(level=level, **figures)


def _residual_interval(records: np.ndarray, config: RatingConfig) -> tuple[float, float]:
    if not len(records):
        return math.nan, math.nan
    column = 1 if config.instance_weighting else 2
    residuals = records[:, 0] - records[:, column]
    tail = (1 - config.interval) / 2
    return float(np.quantile(residuals, tail)), float(np.quantile(residuals, 1 - tail))


def report_lines(report: CVReport) -> list[str]:
    """The cross-validation table, as printed by `phone-advisor ratings evaluate`."""
    c = report.config
    overall = report.overall
    lines = [
        f"Owner-rating prediction: leave-{c.fold_groups}s-out cross-validation ({c.folds} folds x {c.repeats} "
        f"repeats, seed {c.seed})",
        f"review side: {report.reviews} distinct reviews ({report.rows} rows) of {report.products} products "
        f"({report.listings} listings; {report.non_phone_listings} non-phone listings set aside)",
        f"scored: {overall.products.weighted.count} products with >= {c.min_eval_reviews} reviews "
        "(product level); every review of a held-out product (review level)",
        "",
        f"{'overall rating':<34}{'product MAE':>12}{'RMSE':>8}{'review MAE':>12}{'RMSE':>8}",
    ]
    for name in PREDICTORS:
        p = getattr(overall.products, name)
        r = getattr(overall.reviews, name) if overall.reviews else None
        review_part = f"{r.mae:>12.3f}{r.rmse:>8.3f}" if r else ""
        lines.append(f"{_LABELS[name]:<34}{p.mae:>12.3f}{p.rmse:>8.3f}{review_part}")
    lines += ["", f"{'aspect (product level)':<24}{'scored':>7}{'model MAE':>11}{'RMSE':>8}"
                  f"{'baseline MAE':>14}{'RMSE':>8}  verdict"]
    for t in report.targets:
        if t.target == "overall":
            continue
        model, base = t.products.model(c.instance_weighting), t.products.baseline()
        verdict = "shown" if t.target in report.shown_aspects else "hidden"
        lines.append(f"{t.target:<24}{model.count:>7}{model.mae:>11.3f}{model.rmse:>8.3f}"
                     f"{base.mae:>14.3f}{base.rmse:>8.3f}  {verdict}")
    shipped = "on" if c.instance_weighting else "off"
    model, base = overall.products.model(c.instance_weighting), overall.products.baseline()
    verdict = "SHOWN" if report.beats_baseline else "HIDDEN"
    reason = "beats" if report.beats_baseline else "does not beat"
    lines += ["", f"Predictions will be {verdict}: the model (instance weighting {shipped}) {reason} the mean-rating "
                  f"baseline (product-level MAE {model.mae:.3f} vs {base.mae:.3f}, RMSE {model.rmse:.3f} vs "
                  f"{base.rmse:.3f})."]
    return lines
