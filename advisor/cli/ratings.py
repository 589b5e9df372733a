"""`phone-advisor ratings evaluate|predict`: owner-rating prediction for phones without reviews.

`evaluate` cross-validates on the review file, prints the figures, and saves the fitted predictor to
``Settings.home / "ratings"``; `predict` shows predictions for matching catalog phones, or says they
are hidden because they do not beat the mean-rating baseline.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ratings` command group."""
    ratings = subparsers.add_parser("ratings", help="predict owner ratings of catalog phones from reviews of others")
    sub = ratings.add_subparsers(dest="ratings_command", required=True, metavar="SUBCOMMAND")

    ev = sub.add_parser("evaluate", help="cross-validate against the mean rating, print the figures, save the model")
    ev.add_argument("--by", choices=("product", "brand"), default="product",
                    help="hold out whole products (default) or whole brands in cross-validation")
    ev.add_argument("--seed", type=int, default=None, help="seed of the fold assignment (default 13)")
    ev.add_argument("--folds", type=int, default=None, help="cross-validation folds (default 5)")
    ev.add_argument("--repeats", type=int, default=None, help="repeats with seeds seed, seed+1, ... (default 3)")
    ev.add_argument("--no-save", action="store_true", help="do not save the fitted predictor")
    ev.set_defaults(handler=run_evaluate)

    pr = sub.add_parser("predict", help="predicted owner ratings of catalog phones matching QUERY")
    pr.add_argument("query", help="words that must all occur in the phone's brand, model or id")
    pr.add_argument("--limit", type=int, default=10, help="show at most this many phones")
    pr.set_defaults(handler=run_predict)


def run_evaluate(args: argparse.Namespace) -> int:
    """Fit with cross-validation, print the CV table, save the predictor."""
    from advisor.config import Settings
    from advisor.models.ratings import RatingConfig, load_reviews, ratings_dir, report_lines

    settings = Settings.from_env()
    reviews = load_reviews(settings.reviews_path)  # ConfigError, with the setting to change, when absent
    overrides = {k: v for k, v in (("seed", args.seed), ("folds", args.folds), ("repeats", args.repeats))
                 if v is not None}
    config = dataclasses.replace(RatingConfig(fold_groups=args.by), **overrides)  # ConfigValueError if invalid
    predictor = _fit(settings, reviews, config)
    print("\n".join(report_lines(predictor.report)))
    if predictor.spread is not None:
        print(predictor.spread.line())
    if not args.no_save:
        path = predictor.save(ratings_dir(settings))
        print(f"saved the predictor to {path}")
    return 0


def run_predict(args: argparse.Namespace) -> int:
    """Print predictions for the matching phones, or why they are hidden."""
    from advisor.catalog.model import load_catalog
    from advisor.config import Settings
    from advisor.errors import ModelError
    from advisor.models.ratings import RatingConfig, RatingPredictor, load_reviews, ratings_dir
    from advisor.retrieval.encoder import Encoder

    settings = Settings.from_env()
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    words = args.query.casefold().split()
    matches = [p for p in catalog if all(w in f"{p.brand} {p.model} {p.id}".casefold() for w in words)]
    if not matches:
        print(f"No phones match {args.query!r}.")
        return 1
    encoder = Encoder(settings.base_model)
    try:
        predictor = RatingPredictor.load(ratings_dir(settings), encoder)
    except ModelError as exc:
        print(f"{exc} Fitting it now.", file=sys.stderr)
        predictor = _fit(settings, load_reviews(settings.reviews_path), RatingConfig(), encoder=encoder)
        predictor.save(ratings_dir(settings))
    if not predictor.usable:
        print(predictor.note())
        return 0
    shown = matches[:args.limit]
    for phone, prediction in zip(shown, predictor.predict_many(shown)):
        print(f"{phone.display_name}: {prediction.label()}")
    if len(matches) > len(shown):
        print(f"... and {len(matches) - len(shown)} more; use --limit to see them.")
    print(predictor.note())
    return 0


def _fit(settings, reviews, config, encoder=None):
    from advisor.catalog.model import load_catalog
    from advisor.models.ratings import fit_predictor
    from advisor.retrieval.encoder import Encoder

    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    print(f"embedding {len(reviews.products)} review-side products, their aspect sentences and "
          f"{len(catalog)} catalog phones (cached after the first run)...", file=sys.stderr)
    encoder = encoder or Encoder(settings.base_model)
    return fit_predictor(reviews, catalog, encoder, config, cache_dir=settings.cache_dir / "ratings-embeddings")
