"""The formulas of the transfer methods and of the evaluation, against values computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from advisor.errors import TrainingError
from advisor.models.training.heldout import ndcg_at_k, recall_at_k
from advisor.models.training.objective import alignment_loss, false_negative_mask, info_nce
from advisor.models.training.pairs import TrainingPair
from advisor.models.training.weighting import (
    classifier_weights,
    domain_distance,
    instance_weights,
    keep_top,
    target_similarity,
)


def test_instance_weights_are_clipped_cosines_to_the_target_centroid_normalized_to_one():
    target = np.array([[1.0, 0.0], [0.0, 1.0]])  # centroid (0.5, 0.5): direction 45 degrees
    source = np.array([[1.0, 0.0], [1.0, 1.0], [-1.0, 0.0]])
    # cosines to the centroid: 1/sqrt(2), 1, -1/sqrt(2) -> clipped to 0
    sims = target_similarity(source, target)
    assert sims == pytest.approx([1 / math.sqrt(2), 1.0, 0.0])
    total = 1 / math.sqrt(2) + 1.0
    assert instance_weights(source, target) == pytest.approx([(1 / math.sqrt(2)) / total, 1.0 / total, 0.0])


def test_instance_weights_fall_back_to_uniform_when_nothing_resembles_the_target():
    target = np.array([[1.0, 0.0]])
    source = np.array([[-1.0, 0.0], [0.0, 1.0]])
    assert instance_weights(source, target) == pytest.approx([0.5, 0.5])


def test_domain_distance_is_the_euclidean_distance_between_the_means():
    source = np.array([[0.0, 0.0], [2.0, 0.0]])  # mean (1, 0)
    target = np.array([[1.0, 3.0], [1.0, 1.0]])  # mean (1, 2)
    assert domain_distance(source, target) == pytest.approx(2.0)


def test_domain_distance_refuses_empty_sets():
    with pytest.raises(TrainingError, match="non-empty"):
        domain_distance(np.zeros((0, 2)), np.ones((1, 2)))


def test_info_nce_is_cross_entropy_over_scaled_cosines():
    q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    p = torch.tensor([[1.0, 0.0], [0.6, 0.8]])
    t = 0.5
    # row 0: logits (2, 1.2) target 0; row 1: logits (0, 1.6) target 1
    row0 = -math.log(math.exp(2) / (math.exp(2) + math.exp(1.2)))
    row1 = -math.log(math.exp(1.6) / (math.exp(0) + math.exp(1.6)))
    assert float(info_nce(q, p, temperature=t)) == pytest.approx((row0 + row1) / 2, rel=1e-5)
    weighted = info_nce(q, p, temperature=t, weights=torch.tensor([2.0, 0.0]))
    assert float(weighted) == pytest.approx(2 * row0 / 2, rel=1e-5)


def test_info_nce_does_not_use_other_answers_to_the_same_query_as_negatives():
    q = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    p = torch.tensor([[1.0, 0.0], [0.6, 0.8]])
    mask = torch.tensor([[False, True], [False, False]])  # p_1 also answers q_0
    row0 = 0.0  # only its own positive is left in the softmax
    row1 = -math.log(math.exp(1.6) / (math.exp(0) + math.exp(1.6)))
    loss = info_nce(q, p, temperature=0.5, false_negatives=mask)
    assert float(loss) == pytest.approx((row0 + row1) / 2, rel=1e-5)


def test_false_negative_mask_marks_positives_relevant_to_another_query():
    a = TrainingPair("long battery", "doc a", "a", frozenset({"a", "b"}))
    b = TrainingPair("huge battery", "doc b", "b", frozenset({"a", "b"}))
    c = TrainingPair("small phone", "doc c", "c", frozenset({"c"}))
    assert false_negative_mask([a, b, c]).tolist() == [[True, True, False], [True, True, False],
                                                       [False, False, True]]


def test_ndcg_at_k_by_hand():
    # relevant at ranks 1 and 3 of 3 relevant: DCG = 1 + 1/log2(4); IDCG = 1 + 1/log2(3) + 1/log2(4)
    expected = (1 + 0.5) / (1 + 1 / math.log2(3) + 0.5)
    assert ndcg_at_k(["a", "x", "b", "y"], frozenset({"a", "b", "c"}), 10) == pytest.approx(expected)


def test_recall_at_k_is_capped_by_k():
    relevant = frozenset(f"p{i}" for i in range(30))
    ranked = [f"p{i}" for i in range(8)] + ["x", "y"]
    assert recall_at_k(ranked, relevant, 10) == pytest.approx(0.8)
    assert recall_at_k(["p1", "x"], frozenset({"p1", "p2"}), 10) == pytest.approx(0.5)


def test_a_weight_temperature_turns_similarities_into_a_softmax():
    target = np.array([[1.0, 0.0], [0.0, 1.0]])
    source = np.array([[1.0, 0.0], [1.0, 1.0], [-1.0, 0.0]])  # similarities 1/sqrt(2), 1, 0
    sims = np.array([1 / math.sqrt(2), 1.0, 0.0])
    expected = np.exp(sims / 0.1) / np.exp(sims / 0.1).sum()
    assert instance_weights(source, target, temperature=0.1) == pytest.approx(expected)


def test_keep_top_keeps_the_largest_weights_renormalized():
    assert keep_top(np.array([0.1, 0.4, 0.2, 0.3]), 0.5) == pytest.approx([0.0, 4 / 7, 0.0, 3 / 7])
    assert keep_top(np.array([0.25, 0.75]), 1.0) == pytest.approx([0.25, 0.75])


def test_classifier_weights_favour_source_points_that_look_like_the_target():
    rng = np.random.default_rng(0)
    target = rng.normal([2.0, 0.0], 0.5, size=(200, 2))
    source = np.vstack([rng.normal([2.0, 0.0], 0.5, size=(50, 2)), rng.normal([-2.0, 0.0], 0.5, size=(50, 2))])
    weights = classifier_weights(source, target)
    assert weights.sum() == pytest.approx(1.0)
    assert weights[:50].sum() > 0.9  # the target-like half takes nearly all the weight


def test_the_mean_alignment_loss_is_the_squared_distance_between_batch_means():
    source = torch.tensor([[0.0, 0.0], [2.0, 0.0]])
    target = torch.tensor([[1.0, 3.0], [1.0, 1.0]])
    assert float(alignment_loss(source, target, "mean")) == pytest.approx(4.0)


def test_the_coral_loss_compares_covariances_and_ignores_the_means():
    source = torch.tensor([[0.0, 0.0], [2.0, 0.0]])  # covariance [[2, 0], [0, 0]]
    assert float(alignment_loss(source, source + 5.0, "coral")) == pytest.approx(0.0)
    target = torch.tensor([[0.0, 0.0], [0.0, 2.0]])  # covariance [[0, 0], [0, 2]]
    assert float(alignment_loss(source, target, "coral")) == pytest.approx(8.0)
