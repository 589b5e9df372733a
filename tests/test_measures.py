"""The one definition of nDCG and percentiles that every report uses."""

import math

import pytest

from advisor._measures import ndcg, percentile


def test_ndcg_discounts_gains_by_log2_of_the_rank():
    expected = (3 + 1 / math.log2(4)) / (3 + 2 / math.log2(3))
    assert ndcg([3.0, 0.0, 1.0], [3.0, 2.0]) == pytest.approx(expected)


def test_ndcg_is_none_when_nothing_could_gain():
    assert ndcg([1.0], []) is None


def test_percentile_interpolates_between_closest_ranks():
    assert percentile([10.0, 20.0, 30.0, 40.0, 50.0], 50) == 30.0
    assert percentile([10.0, 20.0], 95) == pytest.approx(19.5)


def test_percentile_of_one_value_is_that_value_and_of_none_zero():
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) == 0.0
