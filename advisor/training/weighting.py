"""Instance-based and feature-based transfer: source-sample weights and the domain distance.

Instance weights (issue 4): w_i = sim(x_i, D_T) / sum_j sim(x_j, D_T), where sim(x, D_T) is the
cosine similarity between a source embedding and the centroid (mean) of the target embeddings,
clipped at 0. Clipping keeps weights non-negative: a sentence that points away from the target
domain gets no weight rather than a negative one. If every similarity is 0, weights are uniform.

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


def instance_weights(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """w_i = sim(x_i, D_T) / sum_j sim(x_j, D_T); sums to 1 (uniform when no sample is similar)."""
    sims = target_similarity(source, target)
    total = sims.sum()
    if total <= 0:
        return np.full(len(sims), 1.0 / len(sims))
    return sims / total


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
