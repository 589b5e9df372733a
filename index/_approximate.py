"""The approximate index kinds and their calibration: HNSW (a graph) and IVF (k-means clusters).

Each is built, then its search width (HNSW efSearch, IVF nprobe) is raised step by step until recall@10
against exact search reaches `RECALL_TARGET` on calibration queries, and the reached recall is recorded.

Why IVF is the kind chosen by size (bench/catalog_growth.py, 100k synthetic phones, 200 real requests,
recall@10 against flat, load ~15 on 2 cores): HNSW (M 32) needed efSearch 4096 for 0.987 at 70 ms a query,
slower than the flat scan (23 ms); IVF (1,024 lists) reached 0.98 with nprobe 128 at 5.8 ms. Catalog
vectors come in tight groups (the variants of one phone), which clusters suit and a graph walk does not.
"""

from __future__ import annotations

import math

import numpy as np

from index._errors import VectorIndexError

try:
    import faiss
except ImportError as exc:  # pragma: no cover - exercised only without the dependency
    raise ImportError("install faiss-cpu to build or search the phone index (pip install faiss-cpu).") from exc

RECALL_TARGET = 0.99
"""Recall@10 against exact search that a build tunes its search width to reach."""
HNSW_M = 32  # graph degree
HNSW_EF_CONSTRUCTION = 80
_EF_CHOICES = (128, 256, 512, 1024, 2048, 4096)
IVF_LISTS_PER_ROOT = 2
"""Lists = 2 sqrt(n) (632 at 100k, 2,000 at 1M), the low end of FAISS's usual 1-16 sqrt(n): k-means and
assigning 1M vectors to the lists cost in proportion to it, minutes on 2 cores; nprobe makes up the recall."""
_IVF_MIN_POINTS_PER_LIST = 39  # FAISS's k-means wants at least this many training points per centroid
_IVF_TRAIN_PER_LIST = 40
_IVF_ITERATIONS = 10
_NPROBE_CHOICES = (8, 16, 32, 64, 128, 256, 512, 1024, 2048)
_CALIBRATION_QUERIES = 200
_CALIBRATION_NOISE = 1.5


def build_hnsw(matrix: np.ndarray) -> tuple[faiss.Index, dict[str, float]]:
    """An empty HNSW graph for vectors like `matrix` (the caller adds them) and its fixed parameters."""
    inner = faiss.IndexHNSWFlat(matrix.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    return inner, {"m": HNSW_M, "ef_construction": HNSW_EF_CONSTRUCTION}


def build_ivf(matrix: np.ndarray) -> tuple[faiss.Index, dict[str, float]]:
    """An IVF index trained (seeded k-means) on a sample of `matrix`, still empty, and its list count."""
    dim = matrix.shape[1]
    lists = max(1, min(int(IVF_LISTS_PER_ROOT * math.sqrt(len(matrix))), len(matrix) // _IVF_MIN_POINTS_PER_LIST))
    inner = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, lists, faiss.METRIC_INNER_PRODUCT)
    inner.cp.seed = 0  # the same vectors give the same index
    inner.cp.spherical = True  # centroids on the unit sphere, like the vectors
    inner.cp.niter = _IVF_ITERATIONS
    if len(matrix):
        rng = np.random.default_rng(0)
        sample = matrix[rng.choice(len(matrix), min(len(matrix), _IVF_TRAIN_PER_LIST * lists), replace=False)]
        inner.train(np.ascontiguousarray(sample))
    return inner, {"lists": lists}


def prepare(kind_index: faiss.Index) -> None:
    """What a loaded or built IVF index needs before exact look-ups: its id -> list position map."""
    ivf = faiss.try_extract_index_ivf(kind_index)
    if ivf is not None:
        ivf.make_direct_map(True)


def set_width(inner: faiss.Index, width: int) -> None:
    """Set the search width: efSearch of an HNSW graph, nprobe of an IVF index."""
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = int(width)
    else:
        faiss.extract_index_ivf(inner).nprobe = int(width)


def calibrate(inner: faiss.Index, matrix: np.ndarray) -> tuple[int, float]:
    """The smallest search width whose recall@10 reaches the target, with that recall, on queries placed as
    far from the stored vectors as real requests are; the widest tried when none does."""
    if isinstance(inner, faiss.IndexHNSW):
        choices = list(_EF_CHOICES)
    else:  # ending with every list: an exact scan, so the target is always met
        lists = faiss.extract_index_ivf(inner).nlist
        choices = [n for n in _NPROBE_CHOICES if n < lists] + [lists]
    if not len(matrix):
        set_width(inner, choices[0])
        return choices[0], 1.0
    rng = np.random.default_rng(0)  # seeded: the same vectors give the same index
    sample = matrix[rng.choice(len(matrix), min(_CALIBRATION_QUERIES, len(matrix)), replace=False)]
    # Shopper requests sit far from every document (best cosine ~0.5 on the real catalog), where the search
    # misses more than for a stored vector; noise of this size puts calibration queries at that distance
    # and reproduced the recall-by-efSearch curve of real requests on 10k and 100k synthetic catalogs.
    noise = rng.standard_normal(sample.shape, dtype=np.float32) * (_CALIBRATION_NOISE / np.sqrt(sample.shape[1]))
    sample = sample + noise
    sample = np.ascontiguousarray(sample / np.linalg.norm(sample, axis=1, keepdims=True), dtype=np.float32)
    k = min(10, len(matrix))
    _, exact = faiss.knn(sample, matrix, k, metric=faiss.METRIC_INNER_PRODUCT)  # blocked, no n-wide matrix
    recall = 0.0
    for width in choices:
        set_width(inner, width)
        _, found = inner.search(sample, k)
        recall = float(np.mean([len(set(f) & set(e)) / k for f, e in zip(found, exact)]))
        if recall >= RECALL_TARGET:
            break
    return width, round(recall, 4)


def ivf_lists(inner: faiss.Index, dim: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(rows, vectors) of each non-empty IVF list as views on FAISS's memory (valid while the index lives)."""
    invlists = faiss.extract_index_ivf(inner).invlists
    if invlists is None:  # an IVF index always owns its lists; only a hand-built one could lack them
        raise VectorIndexError("The IVF index has no inverted lists.")
    out = []
    for number in range(invlists.nlist):
        size = invlists.list_size(number)
        if size:
            rows = faiss.rev_swig_ptr(invlists.get_ids(number), size)
            codes = faiss.rev_swig_ptr(invlists.get_codes(number), size * dim * 4)
            out.append((rows, codes.view(np.float32).reshape(size, dim)))
    return out
