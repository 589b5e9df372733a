"""Owner-rating prediction: reviews -> products -> shared features -> ridge -> leave-products-out CV -> gate."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from advisor.catalog.model import load_catalog
from advisor.errors import ConfigError, ModelError
from advisor.models.ratings import RatingConfig, RatingPredictor, fit_predictor, load_reviews
from advisor.models.ratings._specs import parse_listing_specs
from advisor.models.ratings.crossval import ErrorRow, Figures, cross_validate, fold_groups, group_folds, report_lines
from advisor.models.ratings.features import build_transfer_data, resolve_brand
from advisor.models.ratings.model import fit_ridge, product_targets
from advisor.models.ratings.reviews import aspect_sentences, sentence_aspects
from advisor.models.review_sentences import aspects_of
from tests.helpers import FIXTURES, SMALL_CATALOG, SMALL_CHIPSETS, small_catalog

SMALL_REVIEWS = FIXTURES / "reviews_small.csv"
FAST = RatingConfig(repeats=1, folds=3)


@pytest.fixture(scope="session")
def encoder():
    """The bundled all-MiniLM-L6-v2, loaded once for the session."""
    from advisor.retrieval.encoder import Encoder

    return Encoder()


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory) -> Path:
    """One embedding cache for the session, so each text is embedded once."""
    return tmp_path_factory.mktemp("ratings-embeddings")


@pytest.fixture(scope="session")
def small_reviews():
    return load_reviews(SMALL_REVIEWS)


@pytest.fixture(scope="session")
def fitted(small_reviews, encoder, embedding_cache) -> RatingPredictor:
    """A predictor fitted on the review fixture for the 38-phone fixture catalog."""
    return fit_predictor(small_reviews, small_catalog(), encoder, FAST, cache_dir=embedding_cache)


def _with_overall(predictor: RatingPredictor, model_mae: float, model_rmse: float) -> RatingPredictor:
    """The same predictor whose CV says the model scored `model_mae` / `model_rmse` (baselines 0.80 / 1.00)."""
    report = predictor.report
    row = ErrorRow("product", weighted=Figures(model_mae, model_rmse, 8), unweighted=Figures(model_mae, model_rmse, 8),
                   review_mean=Figures(0.80, 1.00, 8), product_mean=Figures(0.85, 1.05, 8))
    targets = tuple(dataclasses.replace(t, products=row) if t.target == "overall" else t for t in report.targets)
    return RatingPredictor(predictor.model, dataclasses.replace(report, targets=targets), predictor.encoder,
                           predictor.fingerprints, predictor.spread)


# --- reviews ---------------------------------------------------------------------------------------

def test_aspect_sentences_group_a_review_by_the_aspects_it_mentions():
    found = aspect_sentences("The battery lasts two days. Photos are blurry!Great value for money.")
    assert found == {"battery": ["The battery lasts two days."], "camera": ["Photos are blurry!"],
                     "price": ["Great value for money."]}


def test_a_sentence_about_shipping_mentions_no_aspect():
    assert sentence_aspects("Fast shipping, the seller was cheap.") == frozenset()


def test_ratings_read_aspects_with_the_vocabulary_training_uses():
    sentence = "Worth the price, and the battery charges fast."
    assert sentence_aspects(sentence) == aspects_of(sentence) == {"price", "battery", "performance"}


def test_one_sentence_can_mention_several_aspects():
    assert sentence_aspects("The screen is big and the battery is weak.") == {"screen", "battery", "size"}


def test_listing_titles_give_storage_ram_and_screen():
    specs = parse_listing_specs('(LANDVO) 5.0" Quad Core Android 4.2 512MB RAM 4GB ROM 2MP CAM')
    assert (specs.storage_gb, specs.ram_gb, specs.screen_in) == (4.0, 0.5, 5.0)
    specs = parse_listing_specs("Huawei Honor 6 Plus 3GB+16GB 5.5 inch FHD")
    assert (specs.storage_gb, specs.ram_gb, specs.screen_in) == (16.0, 3.0, 5.5)


def test_listings_that_share_reviews_are_one_product_and_copied_reviews_count_once(small_reviews):
    s5 = next(p for p in small_reviews.products if "Galaxy S5" in p.title)
    assert len(s5.listings) == 2
    assert len(s5.reviews) == 7  # 4 + 5 rows, 2 of them copies
    assert s5.title.endswith("(Black)")  # holds 4 of the 7 distinct reviews (copies count where first seen)


def test_non_phone_listings_and_unrated_rows_are_set_aside(small_reviews):
    assert small_reviews.skipped_non_phones == ("3 Pack Replacement Belt Clip Holster for Galaxy S5 Case - Black",)
    assert small_reviews.skipped_rows == 1
    assert (len(small_reviews.products), small_reviews.reviews) == (10, 60)


def test_a_missing_review_file_raises_config_error_naming_the_setting(tmp_path):
    with pytest.raises(ConfigError, match="PHONE_ADVISOR_REVIEWS"):
        load_reviews(tmp_path / "absent.csv")


def test_an_aspect_score_is_the_mean_rating_of_reviews_mentioning_the_aspect(small_reviews):
    y, counts = product_targets(small_reviews.products, "camera")
    juning = next(i for i, p in enumerate(small_reviews.products) if "JUNING" in p.title)
    assert (y[juning], counts[juning]) == (2.0, 1)
    y, counts = product_targets(small_reviews.products, "overall")
    assert y[juning] == pytest.approx(10 / 6)


# --- features --------------------------------------------------------------------------------------

def test_a_brand_is_read_from_the_start_of_a_title_not_from_later_mentions():
    brands = ["Google", "Lenovo"]
    assert resolve_brand("", "5.5-Inch Unlocked Lenovo A850 Smartphone", brands) == "Lenovo"
    assert resolve_brand("", "7in Android 4.0 Smart Phone Tablet PC Bluetooth WiFi Google Play Store", brands) == ""


def test_weighted_ridge_recovers_a_linear_rule_and_leaves_the_intercept_unpenalized():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 2))
    y = 3.0 + x @ np.array([0.5, -0.25])
    fit = fit_ridge(x, y, np.ones(40), alpha=1e-6)
    np.testing.assert_allclose(fit.coef, [0.5, -0.25], atol=1e-6)
    assert fit.intercept == pytest.approx(3.0)
    assert fit_ridge(x, y, np.ones(40), alpha=1e9).intercept == pytest.approx(y.mean(), abs=1e-3)


# --- cross-validation ------------------------------------------------------------------------------

def test_group_folds_never_put_one_group_in_train_and_test():
    groups = ["a", "a", "b", "c", "c", "c", "d", "e", "e", "f"]
    splits = group_folds(groups, folds=3, seed=7)
    held_out = np.concatenate([test for _, test in splits])
    assert sorted(held_out) == list(range(len(groups)))
    for train, test in splits:
        assert not {groups[i] for i in train} & {groups[i] for i in test}


def test_group_folds_are_reproducible_with_a_seed():
    first = group_folds(list("abcdefgh"), folds=4, seed=3)
    again = group_folds(list("abcdefgh"), folds=4, seed=3)
    assert all((a[1] == b[1]).all() for a, b in zip(first, again))


def test_brand_folds_hold_out_all_products_of_a_brand_together(small_reviews, encoder, embedding_cache):
    data = build_transfer_data(small_reviews.products, small_catalog(), encoder, FAST, embedding_cache)
    groups = fold_groups(data, "brand")
    samsung = [g for g, p in zip(groups, data.products) if p.brand == "Samsung"]
    assert len(samsung) == 2 and len(set(samsung)) == 1


def test_cross_validation_scores_every_product_and_all_four_predictors(fitted, small_reviews):
    overall = fitted.report.overall
    assert overall.products.weighted.count == 10
    assert overall.reviews.weighted.count == 10
    for name in ("weighted", "unweighted", "review_mean", "product_mean"):
        figures = getattr(overall.products, name)
        assert 0 <= figures.mae <= figures.rmse <= 4
    assert fitted.report.reviews == small_reviews.reviews


# --- the gate --------------------------------------------------------------------------------------

def test_the_model_beats_the_baseline_only_with_lower_mae_and_rmse_than_both_baselines():
    def row(mae: float, rmse: float) -> ErrorRow:
        return ErrorRow("product", Figures(mae, rmse, 5), Figures(mae, rmse, 5), Figures(0.8, 1.0, 5),
                        Figures(0.7, 1.1, 5))
    assert row(0.69, 0.99).beats_baseline(weighting=True)
    assert not row(0.75, 0.90).beats_baseline(weighting=True)  # worse MAE than the better baseline
    assert not row(0.60, 1.05).beats_baseline(weighting=True)  # worse RMSE


def test_predictions_that_do_not_beat_the_baseline_are_not_usable_and_the_note_says_why(fitted):
    hidden = _with_overall(fitted, model_mae=0.95, model_rmse=1.20)
    assert not hidden.beats_baseline and not hidden.usable
    assert "not shown" in hidden.note() and "0.95" in hidden.note() and "0.80" in hidden.note()
    shown = _with_overall(fitted, model_mae=0.50, model_rmse=0.70)
    assert shown.usable and "0.50" in shown.note()


def test_the_cv_report_says_predictions_are_hidden_when_the_model_does_not_beat_the_baseline(fitted):
    hidden = _with_overall(fitted, model_mae=0.95, model_rmse=1.20).report
    verdict = report_lines(hidden)[-1]
    assert verdict.startswith("Predictions will be HIDDEN") and "does not beat" in verdict and "0.950" in verdict


def test_the_cv_report_says_predictions_are_shown_when_the_model_beats_the_baseline(fitted):
    shown = _with_overall(fitted, model_mae=0.50, model_rmse=0.70).report
    verdict = report_lines(shown)[-1]
    assert verdict.startswith("Predictions will be SHOWN") and " beats " in verdict and "0.500" in verdict


def test_a_prediction_is_on_the_star_scale_with_an_interval_and_the_cv_error(fitted):
    phone = small_catalog().get("google-pixel-8a-128gb")
    prediction = fitted.predict(phone)
    assert 1 <= prediction.low <= prediction.expected <= prediction.high <= 5
    assert prediction.mae == fitted.mae
    assert set(prediction.aspects) == set(fitted.report.shown_aspects)
    assert prediction.label().startswith("predicted owner rating")


# --- saving ----------------------------------------------------------------------------------------

def test_a_saved_predictor_loads_and_predicts_the_same(fitted, encoder, tmp_path):
    phones = list(small_catalog())[:2]
    loaded = RatingPredictor.load(fitted.save(tmp_path / "ratings"), encoder)
    assert loaded.predict_many(phones) == fitted.predict_many(phones)
    assert loaded.report.to_dict() == fitted.report.to_dict() and loaded.spread == fitted.spread
    assert not list(tmp_path.glob("*.pkl")) and (tmp_path / "ratings" / "predictor.json").is_file()


def test_loading_refuses_a_predictor_fitted_with_another_encoder(fitted, encoder, tmp_path):
    class OtherEncoder:
        dim, fingerprint = encoder.dim, "another-model"

    fitted.save(tmp_path / "ratings")
    with pytest.raises(ModelError, match="ratings evaluate"):
        RatingPredictor.load(tmp_path / "ratings", OtherEncoder())


# --- the command line ------------------------------------------------------------------------------

@pytest.fixture
def cli_env(monkeypatch, isolated_env, encoder, embedding_cache, fitted):
    """The CLI over the fixtures, reusing the session's encoder and embeddings."""
    monkeypatch.setenv("PHONE_ADVISOR_REVIEWS", str(SMALL_REVIEWS))
    monkeypatch.setenv("PHONE_ADVISOR_CATALOG", str(SMALL_CATALOG))
    monkeypatch.setenv("PHONE_ADVISOR_CHIPSETS", str(SMALL_CHIPSETS))
    monkeypatch.setattr("advisor.retrieval.encoder.Encoder", lambda *args, **kwargs: encoder)
    shutil.copytree(embedding_cache, isolated_env / "cache" / "ratings-embeddings")
    return isolated_env


def test_cli_evaluate_prints_the_cv_table_and_saves_the_predictor(cli_env, capsys):
    from advisor.cli import main

    assert main(["ratings", "evaluate", "--folds", "3", "--repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "leave-products-out cross-validation (3 folds x 1 repeats, seed 13)" in out
    assert "60 distinct reviews" in out and "10 products" in out
    for label in ("instance weighting on", "instance weighting off", "mean of all reviews", "mean of product means"):
        assert label in out
    assert "Predictions will be SHOWN" in out  # seeded folds: MAE 0.49 against the baseline's 0.93
    assert (cli_env / "ratings" / "predictor.json").is_file()


def test_cli_evaluate_without_the_review_file_says_where_it_looked(cli_env, monkeypatch, capsys):
    from advisor.cli import main

    monkeypatch.setenv("PHONE_ADVISOR_REVIEWS", str(cli_env / "nowhere.csv"))
    assert main(["ratings", "evaluate"]) == 2
    assert "nowhere.csv" in capsys.readouterr().err


def test_cli_predict_labels_predictions_with_their_error(cli_env, fitted, capsys):
    from advisor.cli import main

    _with_overall(fitted, model_mae=0.50, model_rmse=0.70).save(cli_env / "ratings")
    assert main(["ratings", "predict", "pixel"]) == 0
    out = capsys.readouterr().out
    assert "Google Pixel 8a 128GB: predicted owner rating" in out and "typical error ±0.50 stars" in out


def test_cli_predict_says_predictions_are_hidden_when_they_do_not_beat_the_baseline(cli_env, fitted, capsys):
    from advisor.cli import main

    _with_overall(fitted, model_mae=0.95, model_rmse=1.20).save(cli_env / "ratings")
    assert main(["ratings", "predict", "pixel"]) == 0
    out = capsys.readouterr().out
    assert "not shown" in out and "predicted owner rating" not in out


# --- the real review sample ------------------------------------------------------------------------

@pytest.mark.shared_data
def test_real_review_sample_cross_validates_end_to_end(shared_datasets, encoder, embedding_cache):
    """The real file through grouping and CV. Kept quick: fixture catalog, no sentence embeddings."""
    reviews = load_reviews(shared_datasets / "amazon-unlocked-mobile-sample.csv")
    assert reviews.rows == 1919 and len(reviews.skipped_non_phones) == 3
    config = RatingConfig(review_language=False, repeats=1)
    catalog = load_catalog(SMALL_CATALOG, SMALL_CHIPSETS)
    data = build_transfer_data(reviews.products, catalog, encoder, config, embedding_cache)
    report = cross_validate(data, config)
    assert report.products == len(reviews.products) == 50
    overall = report.overall.products
    assert overall.weighted.count >= 30
    assert all(np.isfinite([overall.weighted.mae, overall.unweighted.mae, overall.baseline().mae]))
