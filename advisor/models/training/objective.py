"""The contrastive objective (InfoNCE with in-batch negatives and per-sample weights) and feature alignment."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from advisor.models.training.pairs import TrainingPair


def info_nce(queries: torch.Tensor, positives: torch.Tensor, *, temperature: float,
             weights: torch.Tensor | None = None, false_negatives: torch.Tensor | None = None) -> torch.Tensor:
    """Weighted InfoNCE: row i of `queries` should match row i of `positives` against the other rows.

    loss = sum_i w_i * CE(softmax(q_i . p_j / T)_j, i) / n. Embeddings are expected L2-normalized,
    so q . p is a cosine. `false_negatives[i, j]` (j != i) drops p_j from q_i's negatives because p_j
    also answers q_i. Weights default to 1; scale them to mean 1 to keep the loss comparable.
    """
    if queries.shape != positives.shape:
        raise ValueError(f"queries {tuple(queries.shape)} and positives {tuple(positives.shape)} must have the same shape.")
    logits = queries @ positives.T / temperature
    if false_negatives is not None:
        mask = false_negatives.clone()
        mask.fill_diagonal_(False)
        logits = logits.masked_fill(mask, float("-inf"))
    targets = torch.arange(len(queries), device=queries.device)
    per_sample = torch.nn.functional.cross_entropy(logits, targets, reduction="none")
    if weights is None:
        return per_sample.mean()
    return (weights.to(per_sample.dtype) * per_sample).sum() / len(per_sample)


def alignment_loss(source: torch.Tensor, target: torch.Tensor, kind: str) -> torch.Tensor:
    """A differentiable distance between two batches of embeddings, shrunk to align the domains.

    "mean": ||mean(S) - mean(T)||^2, the square of the domain distance d(D_S, D_T) on the batch;
    "coral": ||C_S - C_T||_F^2, the CORAL loss (Sun & Saenko, 2016) on the covariances, without its
    1 / (4 d^2) factor: our embeddings have unit length, so their covariances are already tiny.
    """
    if kind == "mean":
        return (source.mean(dim=0) - target.mean(dim=0)).pow(2).sum()
    if kind == "coral":
        return (_covariance(source) - _covariance(target)).pow(2).sum()
    raise ValueError(f"Unknown alignment {kind!r}; use 'mean' or 'coral'.")


def _covariance(x: torch.Tensor) -> torch.Tensor:
    centered = x - x.mean(dim=0, keepdim=True)
    return centered.T @ centered / max(1, len(x) - 1)


def false_negative_mask(batch: Sequence[TrainingPair]) -> torch.Tensor:
    """mask[i, j] is True when the positive of example j is also relevant to the query of example i."""
    keys = [pair.positive_key for pair in batch]
    return torch.tensor([[key in pair.relevant for key in keys] for pair in batch], dtype=torch.bool)
