"""A small exact inner-product index over unit vectors (cosine similarity), with a metadata sidecar."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from index._errors import IndexMismatchError, VectorIndexError

try:
    import faiss
except ImportError as exc:  # pragma: no cover - exercised only without the dependency
    raise ImportError("install faiss-cpu to build or search the phone index (pip install faiss-cpu).") from exc

_INDEX_FILE = "vectors.faiss"
_INFO_FILE = "index_infos.json"


@dataclass(frozen=True)
class Hit:
    """One search result: an id given at build time and its cosine similarity to the query."""

    id: int
    score: float


@dataclass(frozen=True)
class IndexInfo:
    """Metadata saved beside the vectors, used to tell whether an index is still valid."""

    model: str
    dim: int
    fingerprint: str  # whatever the caller keys validity on (catalog + model + document template)
    count: int = 0
    built_at: float = field(default_factory=time.time)


class VectorIndex:
    """Exact cosine search (FAISS IndexFlatIP over an IndexIDMap) with optional id allow-lists."""

    def __init__(self, info: IndexInfo, index: faiss.Index):
        self.info = info
        self._index = index

    @classmethod
    def build(cls, vectors: np.ndarray, ids: Iterable[int], *, model: str, fingerprint: str) -> VectorIndex:
        """Index unit-length vectors under the given integer ids."""
        matrix = _as_matrix(vectors)
        id_array = np.asarray(list(ids), dtype=np.int64)
        if len(id_array) != len(matrix):
            raise VectorIndexError(f"{len(matrix)} vectors but {len(id_array)} ids.")
        if len(np.unique(id_array)) != len(id_array):
            raise VectorIndexError("ids must be unique.")
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(matrix.shape[1]))
        if len(matrix):
            index.add_with_ids(matrix, id_array)
        return cls(IndexInfo(model, matrix.shape[1], fingerprint, len(matrix)), index)

    def add(self, vectors: np.ndarray, ids: Iterable[int]) -> None:
        """Add vectors to an index that is not being searched (build a new one for a live swap)."""
        matrix = _as_matrix(vectors)
        if matrix.shape[1] != self.info.dim:
            raise VectorIndexError(f"vectors have dimension {matrix.shape[1]}, index has {self.info.dim}.")
        self._index.add_with_ids(matrix, np.asarray(list(ids), dtype=np.int64))
        self.info = IndexInfo(self.info.model, self.info.dim, self.info.fingerprint, self._index.ntotal,
                              self.info.built_at)

    def vectors(self, ids: Iterable[int]) -> np.ndarray:
        """The stored vectors of the given ids, in that order (for "more like this" and personalization)."""
        id_list = list(ids)
        if not id_list:
            return np.zeros((0, self.info.dim), dtype=np.float32)
        try:
            return np.stack([self._index.reconstruct(int(i)) for i in id_list]).astype(np.float32, copy=False)
        except RuntimeError as exc:
            raise VectorIndexError(f"unknown id among {id_list[:5]}...: {exc}") from None

    def count(self) -> int:
        """Number of vectors."""
        return int(self._index.ntotal)

    def search(self, vectors: np.ndarray, k: int, allowed_ids: Iterable[int] | None = None) -> list[list[Hit]]:
        """Top-k hits per query vector, best first; with allowed_ids only those ids are considered."""
        matrix = _as_matrix(vectors)
        if matrix.shape[1] != self.info.dim:
            raise VectorIndexError(f"query has dimension {matrix.shape[1]}, index has {self.info.dim}.")
        if k <= 0 or self.count() == 0:
            return [[] for _ in range(len(matrix))]
        params = None
        if allowed_ids is not None:
            allowed = np.asarray(sorted(set(allowed_ids)), dtype=np.int64)
            if len(allowed) == 0:
                return [[] for _ in range(len(matrix))]
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
            k = min(k, len(allowed))
        k = min(k, self.count())
        scores, labels = self._index.search(matrix, k, params=params)
        return [[Hit(int(i), float(s)) for i, s in zip(row_ids, row_scores) if i != -1]
                for row_ids, row_scores in zip(labels, scores)]

    def save(self, directory: Path) -> None:
        """Write the index and its sidecar; the directory appears complete or not at all."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
        try:
            faiss.write_index(self._index, str(staging / _INDEX_FILE))
            (staging / _INFO_FILE).write_text(json.dumps(asdict(self.info), sort_keys=True, indent=2))
            if directory.exists():
                shutil.rmtree(directory)
            os.replace(staging, directory)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    @classmethod
    def load(cls, directory: Path, *, expect_fingerprint: str | None = None) -> VectorIndex:
        """Read a saved index; IndexMismatchError when its fingerprint differs from the expected one."""
        directory = Path(directory)
        try:
            info = IndexInfo(**json.loads((directory / _INFO_FILE).read_text()))
            index = faiss.read_index(str(directory / _INDEX_FILE))
        except FileNotFoundError:
            raise VectorIndexError(f"No saved index in {directory}.") from None
        except (ValueError, TypeError, RuntimeError) as exc:
            raise VectorIndexError(f"Saved index in {directory} is unreadable: {exc}") from None
        if expect_fingerprint is not None and info.fingerprint != expect_fingerprint:
            raise IndexMismatchError(f"Index in {directory} was built for {info.fingerprint}, not {expect_fingerprint}.")
        if index.ntotal != info.count or index.d != info.dim:
            raise VectorIndexError(f"Index in {directory} does not match its sidecar.")
        return cls(info, index)


def _as_matrix(vectors: np.ndarray) -> np.ndarray:
    matrix = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
    if matrix.ndim != 2:
        raise VectorIndexError(f"vectors must be a 2-D array, got shape {matrix.shape}.")
    if not np.isfinite(matrix).all():
        raise VectorIndexError("vectors contain NaN or infinity.")
    return matrix
