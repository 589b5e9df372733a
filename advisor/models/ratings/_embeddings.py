"""Embedding texts with one shared Encoder, in length order, with an optional on-disk cache.

Review sentences are embedded once per encoder. The cache (the CLI uses
``Settings.cache_dir / "ratings-embeddings"``) is one ``<encoder fingerprint>.npz`` per encoder holding
``keys`` (the SHA-1 of each text) and ``vectors`` (same order).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


class TextEncoder(Protocol):
    """What rating prediction needs from `advisor.retrieval.encoder.Encoder`."""

    @property
    def dim(self) -> int: ...

    @property
    def fingerprint(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def embed(encoder: TextEncoder, texts: Sequence[str], cache_dir: Path | None = None) -> np.ndarray:
    """Unit vectors for `texts` (rows in the same order); texts seen before are read from `cache_dir`."""
    keys = [_key(t) for t in texts]
    known = _load(cache_dir, encoder) if cache_dir else {}
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items(), key=lambda kv: len(kv[1]))
    if missing:
        # Sorted by length, each batch pads to similar lengths: far less padding work on CPU.
        vectors = encoder.encode([t for _, t in missing])
        known.update({k: vectors[i] for i, (k, _) in enumerate(missing)})
        if cache_dir:
            _save(cache_dir, encoder, known)
    if not texts:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    return np.stack([known[k] for k in keys]).astype(np.float32, copy=False)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _path(cache_dir: Path, encoder: TextEncoder) -> Path:
    return cache_dir / f"{encoder.fingerprint}.npz"


def _load(cache_dir: Path, encoder: TextEncoder) -> dict[str, np.ndarray]:
    path = _path(cache_dir, encoder)
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            keys, vectors = data["keys"], data["vectors"]
    except (OSError, ValueError, KeyError):
        return {}  # a damaged cache is rebuilt, never trusted
    if vectors.ndim != 2 or len(keys) != len(vectors) or vectors.shape[1] != encoder.dim:
        return {}
    return {str(k): v for k, v in zip(keys, vectors)}


def _save(cache_dir: Path, encoder: TextEncoder, known: dict[str, np.ndarray]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = _path(cache_dir, encoder)
    keys = sorted(known)
    tmp = path.with_name(path.stem + ".tmp.npz")
    np.savez(tmp, keys=np.array(keys, dtype="<U40"), vectors=np.stack([known[k] for k in keys]).astype(np.float32))
    os.replace(tmp, path)  # readers see the old file or the new one, never half of one
