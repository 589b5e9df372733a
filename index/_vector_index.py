"""An inner-product index over unit vectors (cosine similarity), with a metadata sidecar.

Small catalogs get an exact index (IndexFlatIP); from `APPROXIMATE_THRESHOLD` vectors on, an
approximate IVF index (index/_approximate.py says why IVF rather than HNSW, which stays available by
name), because a flat scan grows linearly with the catalog. The kind and its parameters, calibrated to
recall@10 >= 0.99, are recorded in the sidecar. A search with an allow-list scores the allowed vectors
exactly on every kind when the list is small or k exceeds the search width (the advisor's case: the
phones that pass the hard filters, all of them scored), so filtered results never lose a phone to the
approximation.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import cast

import numpy as np

from advisor._files import sync_path, write_atomically, write_synced
from index import _approximate
from index._errors import IndexMismatchError, VectorIndexError

try:
    import faiss
except ImportError as exc:  # pragma: no cover - exercised only without the dependency
    raise ImportError("install faiss-cpu to build or search the phone index (pip install faiss-cpu).") from exc

_INDEX_FILE = "vectors.faiss"
_INFO_FILE = "index_infos.json"
_POINTER = "current"  # names the generation served; replaced by one rename when a save completes
_GENERATION_PREFIX = "generation-"
_STALE_S = 600.0
"""A generation (or pointer draft) not current and untouched this long was left by a killed save."""

FLAT = "flat"
HNSW = "hnsw"
IVF = "ivf"
KINDS = (FLAT, HNSW, IVF)
APPROXIMATE_THRESHOLD = 50_000
"""Catalog size from which `build` picks IVF. bench/catalog_growth.py on the busy 2-core machine: a flat
top-10 took 1 ms (p50) at 10k vectors and 23-125 ms at 100k."""
_PARALLEL_QUERIES = 16
"""Fewer queries than this search on one thread: waking OpenMP threads for one query cost 24 ms instead of
0.04 ms per search on a busy 2-core machine (915 vectors, bench/catalog_growth.py); batches keep all threads."""
EXACT_ALLOWED_LIMIT = 100_000
"""Allow-lists up to this size, or asking for more hits than efSearch, are scored exactly on an HNSW index
(recall 1.0); a larger list with a small k walks the graph with the filter."""


_WIDTH = {HNSW: "ef_search", IVF: "nprobe"}
"""The sidecar parameter that holds each approximate kind's calibrated search width."""


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
    kind: str = FLAT  # sidecars written before index kinds existed have no kind: they are flat
    # HNSW: m, ef_construction, ef_search; IVF: lists, nprobe; both: calibration_recall_at_10
    params: dict[str, float] = field(default_factory=dict)


def choose_kind(count: int, approximate_threshold: int = APPROXIMATE_THRESHOLD) -> str:
    """The index kind for a catalog of `count` vectors: flat below the threshold, IVF from it on."""
    return IVF if count >= approximate_threshold else FLAT


class VectorIndex:
    """Cosine search over an IndexIDMap2 (flat, HNSW or IVF inside) with optional id allow-lists."""

    def __init__(self, info: IndexInfo, index: faiss.IndexIDMap, *, exact_allowed_limit: int = EXACT_ALLOWED_LIMIT):
        self.info = info
        self._index = index
        self.exact_allowed_limit = exact_allowed_limit
        self._positions: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # see _id_positions
        self._ivf_rows: np.ndarray | None = None  # IVF: its vectors in row order, see _stored
        if info.kind != FLAT:
            _approximate.prepare(index.index)
            _approximate.set_width(faiss.downcast_index(index.index), self._width())

    @classmethod
    def build(cls, vectors: np.ndarray, ids: Iterable[int], *, model: str, fingerprint: str,
              approximate_threshold: int = APPROXIMATE_THRESHOLD, kind: str | None = None) -> VectorIndex:
        """Index unit-length vectors under the given integer ids; the kind follows the count unless given."""
        matrix = _as_matrix(vectors)
        id_array = np.asarray(list(ids), dtype=np.int64)
        if len(id_array) != len(matrix):
            raise VectorIndexError(f"{len(matrix)} vectors but {len(id_array)} ids.")
        if len(np.unique(id_array)) != len(id_array):
            raise VectorIndexError("ids must be unique.")
        kind = kind or choose_kind(len(matrix), approximate_threshold)
        dim = matrix.shape[1]
        inner: faiss.Index
        params: dict[str, float]
        if kind == FLAT:
            inner, params = faiss.IndexFlatIP(dim), {}
        elif kind == HNSW:
            inner, params = _approximate.build_hnsw(matrix)
        elif kind == IVF:
            inner, params = _approximate.build_ivf(matrix)
        else:
            raise VectorIndexError(f"unknown index kind {kind!r}; use one of {', '.join(KINDS)}.")
        index = faiss.IndexIDMap2(inner)
        if len(matrix):
            index.add_with_ids(matrix, id_array)
        if kind != FLAT:
            width, recall = _approximate.calibrate(inner, matrix)
            params = {**params, _WIDTH[kind]: width, "calibration_recall_at_10": recall}
        return cls(IndexInfo(model, dim, fingerprint, len(matrix), kind=kind, params=params), index)

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

    def scores(self, vector: np.ndarray, ids: Iterable[int]) -> np.ndarray:
        """Exact cosine similarity of one query vector to each of the given ids, in their order.

        The advisor's call: every phone that passed the hard filters gets a score, so there is nothing
        to select; a top-k search with k = all of them paid for a heap and a Hit per phone (692 ms at 1M
        phones, bench/catalog_growth.py) where this is one matrix-vector product over stored vectors.
        """
        query = _as_matrix(np.reshape(vector, (1, -1)))[0]
        if len(query) != self.info.dim:
            raise VectorIndexError(f"query has dimension {len(query)}, index has {self.info.dim}.")
        id_array = np.asarray(ids if isinstance(ids, np.ndarray) else list(ids), dtype=np.int64)
        if not len(id_array):
            return np.zeros(0, dtype=np.float32)
        sorted_ids, rows, _ = self._id_positions()
        at = np.minimum(np.searchsorted(sorted_ids, id_array), max(len(sorted_ids) - 1, 0))
        if not len(sorted_ids) or not np.array_equal(sorted_ids[at], id_array):
            raise VectorIndexError("some of the ids to score are not in the index.")
        wanted = rows[at]
        matrix = self._stored()
        if len(wanted) * 4 > len(matrix):  # most rows: one pass over the whole matrix beats gathering rows
            return (matrix @ query)[wanted]
        return matrix[wanted] @ query

    def search(self, vectors: np.ndarray, k: int, allowed_ids: Iterable[int] | None = None) -> list[list[Hit]]:
        """Top-k hits per query vector, best first; with allowed_ids only those ids are considered."""
        matrix = _as_matrix(vectors)
        if matrix.shape[1] != self.info.dim:
            raise VectorIndexError(f"query has dimension {matrix.shape[1]}, index has {self.info.dim}.")
        if k <= 0 or self.count() == 0:
            return [[] for _ in range(len(matrix))]
        params: faiss.SearchParameters | None = None
        if allowed_ids is not None:
            allowed = np.unique(np.fromiter(allowed_ids, dtype=np.int64))
            if len(allowed) == 0:
                return [[] for _ in range(len(matrix))]
            k = min(k, len(allowed))
            # the approximate search only pays off for a few hits out of many allowed ids; asked for
            # more hits than its width it would miss some
            if self.info.kind != FLAT and (len(allowed) <= self.exact_allowed_limit or k > self._beam()):
                return self._search_exact(matrix, k, allowed)
            width = self._width() if self.info.kind != FLAT else 0
            params = _restricted(faiss.IDSelectorBatch(allowed), self.info.kind, width)
        k = min(k, self.count())
        with _threads(_query_threads(len(matrix))):
            scores, labels = self._index.search(matrix, k, params=params)
        return _hits(labels, scores)

    def _width(self) -> int:
        """The calibrated search width: efSearch of HNSW, nprobe of IVF."""
        return int(self.info.params[_WIDTH[self.info.kind]])

    def _beam(self) -> int:
        """About how many vectors one approximate search looks at closely (more hits than this: exact)."""
        if self.info.kind == IVF:
            return self._width() * self.count() // max(1, int(self.info.params["lists"]))
        return self._width()

    def _search_exact(self, matrix: np.ndarray, k: int, allowed: np.ndarray) -> list[list[Hit]]:
        """Exact top-k among the allowed ids: the same selector scan as the flat index, run over the HNSW
        index's own vector storage, or one product over the IVF index's row-ordered copy (rows, not ids, so
        the allowed ids are mapped to rows first)."""
        sorted_ids, rows, ids_by_row = self._id_positions()
        at = np.searchsorted(sorted_ids, allowed)
        known = (at < len(sorted_ids)) & (sorted_ids[np.minimum(at, len(sorted_ids) - 1)] == allowed)
        allowed_rows = rows[at[known]]
        if len(allowed_rows) == 0:
            return [[] for _ in range(len(matrix))]
        k = min(k, len(allowed_rows))
        if self.info.kind == IVF:  # on the row-ordered copy: a selector scan of every list was 7x slower
            sims = (self._stored() @ matrix.T)[allowed_rows].T  # (queries, allowed)
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            order = np.take_along_axis(top, np.argsort(-np.take_along_axis(sims, top, axis=1), axis=1,
                                                       kind="stable"), axis=1)
            return _hits(ids_by_row[allowed_rows[order]], np.take_along_axis(sims, order, axis=1))
        # downcast_index returns the concrete class, which its stub types as the base Index; here it is HNSW
        storage = faiss.downcast_index(cast(faiss.IndexHNSW, faiss.downcast_index(self._index.index)).storage)
        params = _restricted(faiss.IDSelectorBatch(allowed_rows), FLAT, 0)
        with _threads(_query_threads(len(matrix))):
            scores, found = storage.search(matrix, k, params=params)
        return _hits(np.where(found >= 0, ids_by_row[found], -1), scores)

    def _stored(self) -> np.ndarray:
        """The stored vectors as an (n, dim) array in storage-row order: a view on FAISS's own memory (flat,
        HNSW) or a copy (IVF)."""
        inner = faiss.downcast_index(self._index.index)
        if self.info.kind == IVF:
            # IVF keeps its vectors list by list; scoring 2,000 lists one by one took 3 s at 1M vectors
            # (8x the flat scan), so exact look-ups get one row-ordered copy, built once: twice the memory
            if self._ivf_rows is None:
                self._ivf_rows = np.empty((self.count(), self.info.dim), dtype=np.float32)
                for list_rows, list_vectors in _approximate.ivf_lists(inner, self.info.dim):
                    self._ivf_rows[list_rows] = list_vectors
            return self._ivf_rows
        # downcast_index returns the concrete class, which its stub types as the base Index
        flat = cast(faiss.IndexFlat, faiss.downcast_index(cast(faiss.IndexHNSW, inner).storage)
                    if self.info.kind == HNSW else inner)
        if flat.ntotal == 0:
            return np.zeros((0, self.info.dim), dtype=np.float32)
        # a view, not a copy (1.5 GB at 1M vectors); valid while this index lives (an index is never
        # changed after it is built: a new catalog gets a new index, swapped in whole)
        return faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d).reshape(flat.ntotal, flat.d)

    def _id_positions(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(ids sorted, the storage row of each, the id of each row), computed once."""
        if self._positions is None:
            ids = faiss.vector_to_array(self._index.id_map)
            order = np.argsort(ids, kind="stable")
            self._positions = (ids[order], order, ids)
        return self._positions

    def save(self, directory: Path) -> None:
        """Write the index and its sidecar as a new generation of `directory`, then point at it.

        A reader sees the previous index or this one, never a mix, whenever the writer is killed:
        the generation is complete (and synced) before the pointer `current` is replaced by one
        rename, and older generations go only after that. Generations left by a killed writer are
        removed by a later save once they are older than any save in progress can be."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        generation = Path(tempfile.mkdtemp(prefix=_GENERATION_PREFIX, dir=directory))
        try:
            faiss.write_index(self._index, str(generation / _INDEX_FILE))
            sync_path(generation / _INDEX_FILE)
            write_synced(generation / _INFO_FILE, json.dumps(asdict(self.info), sort_keys=True, indent=2))
            sync_path(generation)
            previous = _pointed(directory)
            write_atomically(directory / _POINTER, generation.name)  # the commit point
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        _remove_old_generations(directory, keep=generation.name, replaced=previous)

    @classmethod
    def load(cls, directory: Path, *, expect_fingerprint: str | None = None) -> VectorIndex:
        """Read a saved index; IndexMismatchError when its fingerprint differs from the expected one."""
        directory = Path(directory)
        for attempt in range(2):
            files = _current_generation(directory)
            try:
                info = IndexInfo(**json.loads((files / _INFO_FILE).read_text()))
                if info.kind not in KINDS:
                    raise ValueError(f"unknown index kind {info.kind!r}")
                index = faiss.read_index(str(files / _INDEX_FILE))
                break
            except FileNotFoundError:
                if attempt == 0 and files != directory:
                    continue  # a save replaced the generation between reading the pointer and its files
                raise VectorIndexError(f"No saved index in {directory}.") from None
            except (ValueError, TypeError, RuntimeError) as exc:
                raise VectorIndexError(f"Saved index in {directory} is unreadable: {exc}") from None
        if expect_fingerprint is not None and info.fingerprint != expect_fingerprint:
            raise IndexMismatchError(f"Index in {directory} was built for {info.fingerprint}, not {expect_fingerprint}.")
        if not isinstance(index, faiss.IndexIDMap):  # what `save` writes (read_index returns the concrete class)
            raise VectorIndexError(f"Index in {directory} does not map ids: it was not saved by VectorIndex.")
        if index.ntotal != info.count or index.d != info.dim:
            raise VectorIndexError(f"Index in {directory} does not match its sidecar.")
        return cls(info, index)


def _current_generation(directory: Path) -> Path:
    """The generation the pointer names; the directory itself for an index saved before generations."""
    name = _pointed(directory)
    if name is None:
        return directory
    if not name.startswith(_GENERATION_PREFIX) or "/" in name:
        raise VectorIndexError(f"The pointer {directory / _POINTER} names no generation: delete the directory.")
    return directory / name


def _pointed(directory: Path) -> str | None:
    """The name the pointer holds now (None without a pointer), whatever it names."""
    try:
        return (directory / _POINTER).read_text().strip()
    except FileNotFoundError:
        return None


def _remove_old_generations(directory: Path, keep: str, replaced: str | None) -> None:
    """Drop the generation just replaced, stale ones and pre-generation files; leave what another save
    in progress may still be writing (recent, and never current)."""
    stale_before = time.time() - _STALE_S
    for path in directory.iterdir():
        if path.name in (keep, _POINTER):
            continue
        if path.name in (_INDEX_FILE, _INFO_FILE):
            path.unlink(missing_ok=True)  # the layout before generations: the pointer now wins over it
        # a killed writer's pointer draft: ".current.*.tmp" (write_atomically), "current.*" before it
        elif path.name.startswith((_GENERATION_PREFIX, f".{_POINTER}.", f"{_POINTER}.")):
            try:
                in_progress = path.stat().st_mtime > stale_before and path.name != replaced
            except FileNotFoundError:
                continue
            if in_progress:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)




def _query_threads(queries: int) -> int | None:
    """One OpenMP thread for a few queries (see _PARALLEL_QUERIES), FAISS's default for a batch."""
    return 1 if queries < _PARALLEL_QUERIES else None


def _restricted(selector: faiss.IDSelector, kind: str, width: int) -> faiss.SearchParameters:
    """Search parameters of an index `kind` that consider only the ids `selector` holds; `width` is the
    search width of HNSW (efSearch) or IVF (nprobe). faiss's stub lacks SearchParametersHNSW and the
    keyword arguments its SWIG wrapper accepts, hence the ignores."""
    if kind == HNSW:
        return faiss.SearchParametersHNSW(sel=selector, efSearch=width)  # type: ignore[attr-defined]  # stub gap
    if kind == IVF:
        return faiss.SearchParametersIVF(sel=selector, nprobe=width)  # type: ignore[call-arg]  # stub gap
    return faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]  # stub gap


@contextmanager
def _threads(count: int | None) -> Iterator[None]:
    """Run FAISS with `count` OpenMP threads in this thread (None: unchanged), then restore the setting."""
    if count is None:
        yield
        return
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(count)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


def _hits(labels: np.ndarray, scores: np.ndarray) -> list[list[Hit]]:
    return [[Hit(int(i), float(s)) for i, s in zip(row_ids, row_scores) if i != -1]
            for row_ids, row_scores in zip(labels, scores)]


def _as_matrix(vectors: np.ndarray) -> np.ndarray:
    matrix = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
    if matrix.ndim != 2:
        raise VectorIndexError(f"vectors must be a 2-D array, got shape {matrix.shape}.")
    if not np.isfinite(matrix).all():
        raise VectorIndexError("vectors contain NaN or infinity.")
    return matrix
