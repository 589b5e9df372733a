"""Instance-based and feature-based transfer: source-sample weights and the domain distance.

Instance weights (issue 4): w_i = sim(x_i, D_T) / sum_j sim(x_j, D_T), where sim(x, D_T) is the
cosine similarity between a source embedding and the centroid (mean) of the target embeddings,
clipped at 0. Clipping keeps weights non-negative: a sentence that points away from the target
domain gets no weight rather than a negative one. If every similarity is 0, weights are uniform.

Sharper selection (issue 11): `instance_weights(..., temperature=T)` turns the similarities into
softmax(sim / T) weights (T -> 0 concentrates the weight on the closest sentences), and `keep_top`
keeps only the most target-like share of the sentences. `classifier_weights` estimates the density
ratio p_T(x) / p_S(x) with a logistic-regression domain classifier on the embeddings, the standard
estimator for covariate shift: w(x) = P(T | x) / P(S | x) with balanced classes.

Domain distance: d(D_S, D_T) = || mean(D_S) - mean(D_T) ||_2 over the embeddings of both sets.
"""

from __future__ import annotations

import numpy as np

from advisor.errors import TrainingError


def target_similarity(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """sim(x_i, D_T): cosine of each source row to the target centroid, clipped at 0."""
    source, target = _matrix(source, "source"), _matrix(target, "target")
    centroid = target.mean(axis=0)
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(len(source))
    row_norms = np.linalg.norm(source, axis=1)
    cosine = (source @ centroid) / (np.where(row_norms == 0, 1.0, row_norms) * norm)
    return np.clip(cosine, 0.0, None)


def instance_weights(source: np.ndarray, target: np.ndarray, *, temperature: float = 0.0) -> np.ndarray:
    """w_i = sim(x_i, D_T) / sum_j sim(x_j, D_T); sums to 1 (uniform when no sample is similar).

    With `temperature` > 0 the weights are softmax(sim / temperature) instead (sharper as it shrinks).
    """
    sims = target_similarity(source, target)
    if temperature > 0:
        scaled = np.exp((sims - sims.max()) / temperature)
        return scaled / scaled.sum()
    total = sims.sum()
    if total <= 0:
        return np.full(len(sims), 1.0 / len(sims))
    return sims / total


def classifier_weights(source: np.ndarray, target: np.ndarray, *, l2: float = 1e-2, iterations: int = 300,
                       clip: float = 10.0) -> np.ndarray:
    """Density-ratio weights p_T(x)/p_S(x) from a logistic regression telling target (1) from source (0).

    The classes are balanced in the loss (each domain weighs half), so the fitted odds P(T|x)/P(S|x)
    estimate the density ratio itself, without a class-prior correction. Ratios are clipped at `clip`
    so that a few confidently target-like sentences cannot take the whole loss; normalized to sum to 1.
    The regression is fitted by full-batch gradient descent with an L2 penalty (the problem is convex).
    """
    source, target = _matrix(source, "source"), _matrix(target, "target")
    x = np.vstack([source, target])
    y = np.concatenate([np.zeros(len(source)), np.ones(len(target))])
    # Balanced classes: each domain contributes half of the loss whatever its size.
    balance = np.where(y == 1, 0.5 / len(target), 0.5 / len(source))
    w, b = np.zeros(x.shape[1]), 0.0
    step = 1.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        error = (p - y) * balance
        w -= step * (x.T @ error + l2 * w)
        b -= step * error.sum()
    logits = source @ w + b
    ratio = np.minimum(np.exp(logits), clip)
    return ratio / ratio.sum()


def keep_top(weights: np.ndarray, fraction: float) -> np.ndarray:
    """Zero all but the `fraction` of largest weights (at least one), renormalized to sum to 1."""
    weights = np.asarray(weights, dtype=np.float64)
    if fraction >= 1:
        return weights / weights.sum()
    keep = max(1, round(fraction * len(weights)))
    order = np.argsort(-weights, kind="stable")
    kept = np.zeros_like(weights)
    kept[order[:keep]] = weights[order[:keep]]
    if kept.sum() <= 0:
        kept[order[:keep]] = 1.0
    return kept / kept.sum()


def domain_distance(source: np.ndarray, target: np.ndarray) -> float:
    """d(D_S, D_T) = ||mean(D_S) - mean(D_T)||_2."""
    source, target = _matrix(source, "source"), _matrix(target, "target")
    if source.shape[1] != target.shape[1]:
        raise TrainingError(f"source embeddings have dimension {source.shape[1]}, target {target.shape[1]}.")
    return float(np.linalg.norm(source.mean(axis=0) - target.mean(axis=0)))


def _matrix(values: np.ndarray, name: str) -> np.ndarray:
    matrix = np.asarray(values, dtype=np.float64)
    if matrix.ndim != 2 or len(matrix) == 0:
        raise TrainingError(f"{name} embeddings must be a non-empty 2-D array, got shape {matrix.shape}.")
    return matrix
