"""The fitted owner-rating predictor: predictions for catalog phones, the gate, saving and loading.

`RatingPredictor.usable` is False when the cross-validated model does not beat the mean-rating
baseline; the advisor and the bot must not show predictions then, and `note` says why with the
figures. Saved form (no pickle): ``predictor.json`` (config, CV report, fingerprints, per-target
alpha and intercept) beside one ``.npy`` file per array, in ``Settings.home / "ratings"``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

from advisor.catalog.model import Catalog, Phone
from advisor.errors import ModelError
from advisor.models.ratings._embeddings import TextEncoder, embed
from advisor.models.ratings.config import RatingConfig
from advisor.models.ratings.crossval import CVReport, cross_validate
from advisor.models.ratings.features import FeatureSpace, TransferData, build_transfer_data, listing_title, phone_facts
from advisor.models.ratings.model import STARS, RatingModel, Ridge, fit_rating_model
from advisor.models.ratings.reviews import ReviewSet

FORMAT = 1
_META = "predictor.json"


@dataclasses.dataclass(frozen=True)
class RatingPrediction:
    """A predicted owner rating (1-5 stars) for a phone without reviews; not an observed rating."""

    expected: float
    low: float  # the interval covers `RatingConfig.interval` of cross-validated products
    high: float
    aspects: dict[str, float]  # only aspects whose own cross-validation beats their baseline
    mae: float  # cross-validated mean absolute error of `expected`, in stars

    def label(self) -> str:
        """One line that says it is a prediction and how wrong it tends to be."""
        text = (f"predicted owner rating {self.expected:.1f}/5 (likely {self.low:.1f}-{self.high:.1f}; "
                f"typical error ±{self.mae:.2f} stars)")
        if self.aspects:
            text += "; " + ", ".join(f"{a} {s:.1f}" for a, s in self.aspects.items())
        return text


@dataclasses.dataclass(frozen=True)
class CatalogSpread:
    """How the fitted model's predictions spread over the catalog: a transfer check CV cannot make."""

    phones: int
    mean: float
    low: float  # 5th percentile
    high: float  # 95th percentile
    source_mean: float  # mean rating of the review-side products, for comparison
    outside_range: float  # share of catalog phones with a spec beyond the review side's range (clamped)

    def line(self) -> str:
        """One line for the evaluate output."""
        return (f"transfer check: predictions for the {self.phones} catalog phones average {self.mean:.2f} "
                f"(5-95%: {self.low:.2f}-{self.high:.2f}) vs {self.source_mean:.2f} for the reviewed phones; "
                f"{self.outside_range:.0%} of catalog phones have a price, storage, RAM or screen size beyond "
                "the reviewed phones' range (clamped to it).")


class RatingPredictor:
    """Predicts owner ratings of catalog phones from what reviews of other phones taught."""

    def __init__(self, model: RatingModel, report: CVReport, encoder: TextEncoder, fingerprints: dict[str, str],
                 spread: CatalogSpread | None = None):
        self.model = model
        self.report = report
        self.encoder = encoder
        self.fingerprints = dict(fingerprints)
        self.spread = spread

    @property
    def beats_baseline(self) -> bool:
        """Cross-validation says the model beats the mean rating (MAE and RMSE, product level)."""
        return self.report.beats_baseline

    @property
    def usable(self) -> bool:
        """Whether predictions may be shown to shoppers (only when they beat the baseline)."""
        return self.beats_baseline

    @property
    def mae(self) -> float:
        """Cross-validated MAE of the expected rating, in stars."""
        return self.report.overall.products.model(self.report.config.instance_weighting).mae

    def note(self) -> str:
        """A closing note for the advisor: what the predictions are worth, with the figures."""
        overall = self.report.overall.products
        model, base = overall.model(self.report.config.instance_weighting), overall.baseline()
        if self.usable:
            return (f"Owner ratings marked 'predicted' are estimates for phones without reviews, learned from "
                    f"{self.report.reviews} reviews of {self.report.products} other phones; in cross-validation "
                    f"they missed by {model.mae:.2f} stars on average (the mean rating misses by {base.mae:.2f}).")
        return (f"Owner-rating predictions are not shown: in leave-products-out cross-validation over "
                f"{model.count} reviewed phones they missed by {model.mae:.2f} stars on average (RMSE "
                f"{model.rmse:.2f}), no better than the mean rating ({base.mae:.2f}, RMSE {base.rmse:.2f}).")

    def predict(self, phone: Phone) -> RatingPrediction:
        """The predicted owner rating of one phone (check `usable` before showing it)."""
        return self.predict_many([phone])[0]

    def predict_many(self, phones: Sequence[Phone]) -> list[RatingPrediction]:
        """Predictions for several phones, embedded in one batch."""
        if not phones:
            return []
        vectors = embed(self.encoder, [listing_title(p) for p in phones])
        outputs = self.model.predict([phone_facts(p) for p in phones], vectors, domain="target")
        overall = self.report.overall
        shown = self.report.shown_aspects
        results = []
        for i in range(len(phones)):
            expected = float(outputs["overall"][i])
            low = float(np.clip(expected + overall.residual_low, *STARS))
            high = float(np.clip(expected + overall.residual_high, *STARS))
            aspects = {a: round(float(outputs[a][i]), 2) for a in shown if a in outputs}
            results.append(RatingPrediction(expected=expected, low=min(low, expected), high=max(high, expected),
                                            aspects=aspects, mae=self.mae))
        return results

    def save(self, directory: Path) -> Path:
        """Write the predictor to `directory` (replaced as a whole); returns the directory."""
        directory = Path(directory)
        tmp = directory.with_name(directory.name + f".tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        arrays = {f"space_{k}": v for k, v in self.model.space.arrays().items()}
        arrays.update({f"coef_{t}": fit.coef for t, fit in self.model.fits.items()})
        for name, array in arrays.items():
            np.save(tmp / f"{name}.npy", np.asarray(array, dtype=np.float64), allow_pickle=False)
        meta = {
            "format": FORMAT,
            "version": _package_version(),
            "fingerprints": self.fingerprints,
            "brands": list(self.model.space.brands),
            "fits": {t: {"alpha": fit.alpha, "intercept": fit.intercept} for t, fit in self.model.fits.items()},
            "report": self.report.to_dict(),
            "spread": None if self.spread is None else dataclasses.asdict(self.spread),
        }
        (tmp / _META).write_text(json.dumps(meta, indent=1, sort_keys=True, allow_nan=False), encoding="utf-8")
        old = directory.with_name(directory.name + f".old-{os.getpid()}")
        if directory.exists():
            os.replace(directory, old)
        os.replace(tmp, directory)
        shutil.rmtree(old, ignore_errors=True)
        return directory

    @classmethod
    def load(cls, directory: Path, encoder: TextEncoder) -> RatingPredictor:
        """Read a predictor saved by `save`; ModelError when absent, damaged, or fitted with another encoder."""
        directory = Path(directory)
        meta_path = directory / _META
        if not meta_path.is_file():
            raise ModelError(f"No rating predictor in {directory}; run `phone-advisor ratings evaluate` first.")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT:
                raise ModelError(f"{meta_path} has format {meta.get('format')!r}, expected {FORMAT}; "
                                 "run `phone-advisor ratings evaluate` to refit.")
            space_arrays = {p.stem[len("space_"):]: np.load(p, allow_pickle=False)
                            for p in directory.glob("space_*.npy")}
            space = FeatureSpace.from_arrays(meta["brands"], space_arrays)
            fits = {t: Ridge(alpha=float(f["alpha"]), intercept=float(f["intercept"]),
                             coef=np.load(directory / f"coef_{t}.npy", allow_pickle=False))
                    for t, f in meta["fits"].items()}
            report = CVReport.from_dict(meta["report"])
            spread = CatalogSpread(**meta["spread"]) if meta.get("spread") else None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"The rating predictor in {directory} is damaged ({exc}); run "
                             "`phone-advisor ratings evaluate` to refit.") from None
        fitted_with = meta["fingerprints"].get("encoder")
        if fitted_with != encoder.fingerprint:
            raise ModelError(f"The rating predictor in {directory} was fitted with encoder {fitted_with}, "
                             f"not {encoder.fingerprint}; run `phone-advisor ratings evaluate` to refit.")
        return cls(RatingModel(space=space, fits=fits), report, encoder, meta["fingerprints"], spread)


def fit_predictor(reviews: ReviewSet, catalog: Catalog, encoder: TextEncoder, config: RatingConfig | None = None,
                  cache_dir: Path | None = None) -> RatingPredictor:
    """Cross-validate, then fit on every review-side product; the CV report decides `usable`."""
    config = config or RatingConfig()
    data = build_transfer_data(reviews.products, catalog, encoder, config, cache_dir)
    report = cross_validate(data, config, rows=reviews.rows, listings=reviews.listings,
                            non_phone_listings=len(reviews.skipped_non_phones))
    model = fit_rating_model(data, np.arange(len(data.products)), config, weighting=config.instance_weighting)
    fingerprints = {"encoder": encoder.fingerprint, "catalog": catalog.fingerprint,
                    "reviews": _file_digest(reviews.path), "config": _digest(config.to_json())}
    return RatingPredictor(model, report, encoder, fingerprints, _spread(model, data, catalog))


def _spread(model: RatingModel, data: TransferData, catalog: Catalog) -> CatalogSpread:
    facts = [phone_facts(p) for p in catalog]
    predicted = model.predict(facts, data.target_vectors, domain="target")["overall"]
    source = np.array([p.mean_rating for p in data.products])
    return CatalogSpread(phones=len(facts), mean=float(predicted.mean()), low=float(np.quantile(predicted, 0.05)),
                         high=float(np.quantile(predicted, 0.95)), source_mean=float(source.mean()),
                         outside_range=float(model.space.outside_range(facts).mean()))


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _package_version() -> str:
    try:
        return metadata.version("phone-advisor")
    except metadata.PackageNotFoundError:
        return "unknown"
