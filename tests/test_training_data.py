"""Training data: generated shopper pairs, the held-out split, feedback, review sentences, the config."""

from __future__ import annotations

import json

import pytest

from advisor.catalog.model import MARKETS
from advisor.models.review_sentences import ASPECTS, aspects_of, split_sentences
from advisor.models.training.config import TrainingConfig
from advisor.models.training.pairs import all_queries, build_target_split, build_validation_split
from advisor.models.training.source import ASPECT_DESCRIPTIONS, intent_of, load_source_pairs, pair_with_intents
from advisor.ranking.aspects import INTENT_ASPECTS, Percentiles
from tests.helpers import small_catalog
from tests.helpers.training import write_reviews


@pytest.fixture(scope="module")
def catalog():
    return small_catalog()


@pytest.fixture(scope="module")
def split(catalog):
    return build_target_split(catalog, TrainingConfig())


def _relevant(catalog, text):
    return next(q.relevant for q in all_queries(catalog) if q.text == text)


def test_lasting_two_days_means_the_biggest_batteries(catalog):
    relevant = [catalog.get(pid) for pid in _relevant(catalog, "a phone that lasts two days")]
    others = [p for p in catalog if p.id not in {r.id for r in relevant} and p.device != "tablet"]
    assert min(p.battery_mah for p in relevant) > max(p.battery_mah for p in others if p.battery_mah)


def test_fits_in_one_hand_means_small_and_light(catalog):
    relevant = {catalog.get(pid).family for pid in _relevant(catalog, "fits in one hand")}
    assert {"iPhone SE", "iPhone 12 mini"} <= relevant
    assert "Galaxy S24 Ultra" not in relevant


def test_pubg_means_the_top_chipset_tier(catalog):
    tiers = {catalog.get(pid).chipset_tier for pid in _relevant(catalog, "for PUBG")}
    assert tiers == {5}


def test_chinese_night_photos_share_the_camera_aspect(catalog):
    assert _relevant(catalog, "拍夜景") == _relevant(catalog, "takes great photos")


def test_numeric_phrasings_keep_phones_within_the_bound(catalog):
    relevant = _relevant(catalog, "under $300")
    assert relevant and all(catalog.get(pid).price("USD") <= 300 for pid in relevant)


def test_held_out_phones_never_appear_in_training_pairs(split):
    assert split.heldout_phone_ids
    assert not {p.positive_key for p in split.train_pairs} & split.heldout_phone_ids


def test_held_out_split_keeps_whole_families_together(catalog, split):
    held_families = {catalog.get(pid).family for pid in split.heldout_phone_ids}
    assert all(p.id in split.heldout_phone_ids for p in catalog if p.family in held_families)


def test_held_out_wordings_never_appear_in_training(split):
    assert split.heldout_queries
    assert not {q.text for q in split.heldout_queries} & {p.query for p in split.train_pairs}


def test_held_out_queries_cover_both_languages_and_both_kinds(split):
    assert {q.language for q in split.heldout_queries} == {"en", "zh"}
    assert {q.kind for q in split.heldout_queries} == {"vague", "numeric"}


def test_the_split_depends_on_split_seed_not_on_the_training_seed(catalog, split):
    other = build_target_split(catalog, TrainingConfig(seed=99))
    assert other.heldout_phone_ids == split.heldout_phone_ids
    assert {q.text for q in other.heldout_queries} == {q.text for q in split.heldout_queries}


def test_the_validation_split_never_touches_the_held_out_wordings(catalog, split):
    validation = build_validation_split(catalog, TrainingConfig())
    held_out = {q.text for q in split.heldout_queries}
    validation_texts = {q.text for q in validation.heldout_queries}
    assert validation_texts and not validation_texts & held_out
    assert not {p.query for p in validation.train_pairs} & (held_out | validation_texts)


def test_feedback_pairs_are_used_unless_they_touch_the_held_out_split(catalog, split):
    train_phone = min(split.train_phone_ids)
    held_phone = min(split.heldout_phone_ids)
    held_text = split.heldout_queries[0].text
    feedback = [("phone my daughter loved", train_phone), ("another one", held_phone),
                (held_text, train_phone), ("ghost", "no-such-phone")]
    result = build_target_split(catalog, TrainingConfig(), feedback)
    assert (result.feedback_used, result.feedback_skipped) == (1, 3)
    assert any(p.query == "phone my daughter loved" and p.positive_key == train_phone for p in result.train_pairs)


def test_shuffled_labels_pair_queries_with_random_phones(catalog, split):
    shuffled = build_target_split(catalog, TrainingConfig(shuffle_labels=True))
    assert len(shuffled.train_pairs) == len(split.train_pairs)
    assert all(p.relevant == frozenset({p.positive_key}) for p in shuffled.train_pairs)
    truth = {q.text: q.relevant for q in all_queries(catalog)}
    assert sum(p.positive_key not in truth[p.query] for p in shuffled.train_pairs) > len(split.train_pairs) / 2


def test_review_sentences_are_split_including_run_ons():
    assert split_sentences("Works great.The battery is fine! Love it") == ["Works great.", "The battery is fine!", "Love it"]


def test_every_review_aspect_has_a_description_for_source_pairs():
    assert set(ASPECT_DESCRIPTIONS) == set(ASPECTS)


def test_a_sentence_is_labelled_with_every_aspect_it_mentions():
    assert aspects_of("The battery lasts and the camera is sharp") == {"battery", "camera"}


def test_source_pairs_keep_single_aspect_sentences_about_the_phone(tmp_path):
    data = load_source_pairs(write_reviews(tmp_path / "reviews.csv"), max_pairs=100, seed=0)
    pairs = {p.query: p.positive_key for p in data.pairs}
    assert pairs["Camera takes sharp pictures even at night."] == "camera"
    assert pairs["Stopped working after a week, defective unit."] == "reliability"
    assert "Battery drains fast when I play games and the screen is dim." not in pairs  # three aspects
    assert "Shipping was fast and the seller was nice." not in pairs  # about the seller
    assert all(p.positive == ASPECT_DESCRIPTIONS[p.positive_key] and p.domain == "source" for p in data.pairs)
    assert data.available and "reviews.csv" in data.note


def test_source_pairs_are_capped_with_a_seeded_sample(tmp_path):
    path = write_reviews(tmp_path / "reviews.csv")
    first = load_source_pairs(path, max_pairs=2, seed=3)
    assert len(first.pairs) == 2
    assert first.pairs == load_source_pairs(path, max_pairs=2, seed=3).pairs


def test_a_missing_review_file_means_target_data_alone(tmp_path):
    data = load_source_pairs(tmp_path / "absent.csv", max_pairs=100, seed=0)
    assert not data.available and data.pairs == ()
    assert "target data alone" in data.note


def test_config_refuses_invalid_values_with_a_sentence():
    with pytest.raises(ValueError, match="batch_size must be at least 2"):
        TrainingConfig(batch_size=1)
    with pytest.raises(ValueError, match="lora_dropout"):
        TrainingConfig(lora_dropout=1.5)


def test_config_saves_as_sorted_json_with_the_package_version(tmp_path):
    config = TrainingConfig.quick_run(seed=7)
    config.save(tmp_path / "config.json")
    text = (tmp_path / "config.json").read_text()
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert data["package_version"] and data["quick"] is True
    assert TrainingConfig.load(tmp_path / "config.json") == config


def test_config_refuses_unknown_keys():
    with pytest.raises(ValueError, match="Unknown training config keys: lr"):
        TrainingConfig.from_dict({"lr": 0.1})


def test_review_sentences_are_paired_with_the_intent_their_aspect_speaks_to():
    assert intent_of("The battery lasts two full days.", "battery") == "battery"
    assert intent_of("Selfies come out blurry.", "camera") == "selfie"
    assert intent_of("Camera takes sharp pictures even at night.", "camera") == "photography"
    assert intent_of("Fits in my pocket and is very light weight.", "size") == "compact"
    assert intent_of("Stopped working after a week, defective unit.", "reliability") is None


def test_intent_pairs_point_at_training_phones_the_intent_ranks_on_top(tmp_path, catalog, split):
    data = load_source_pairs(write_reviews(tmp_path / "reviews.csv"), max_pairs=100, seed=0)
    pairs = {p.query: p for p in pair_with_intents(data.pairs, catalog, split.train_phone_ids, seed=0)}
    battery = pairs["The battery lasts two full days."]
    percentiles = Percentiles(catalog, MARKETS)
    ranked = sorted((p for p in catalog if p.id in split.train_phone_ids and p.device in ("phone", "foldable")),
                    key=lambda p: -percentiles.score(p, INTENT_ASPECTS["battery"], "USD"))
    assert battery.positive_key in battery.relevant and battery.relevant <= split.train_phone_ids
    assert ranked[0].id in battery.relevant and ranked[-1].id not in battery.relevant
    assert "Stopped working after a week, defective unit." not in pairs  # reliability has no intent
