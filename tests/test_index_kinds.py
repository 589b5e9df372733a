"""Index kind by catalog size: flat below the threshold, IVF from it on (HNSW by name); all keep one contract."""

import json

import numpy as np
import pytest

from index import VectorIndex, VectorIndexError

N = 2_000
DIM = 32


@pytest.fixture(scope="module")
def vectors():
    # clustered like phone documents (many near-duplicates of a few families), seeded
    rng = np.random.default_rng(7)
    centers = rng.normal(size=(40, DIM))
    m = centers[rng.integers(0, 40, N)] + 0.3 * rng.normal(size=(N, DIM))
    return (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def ids():
    return np.arange(N, dtype=np.int64) * 3 + 5  # not positions, so a mix-up of ids and rows shows


@pytest.fixture(scope="module")
def ivf(vectors, ids):
    return VectorIndex.build(vectors, ids, model="m", fingerprint="fp", approximate_threshold=N)


@pytest.fixture(scope="module")
def hnsw(vectors, ids):
    return VectorIndex.build(vectors, ids, model="m", fingerprint="fp", kind="hnsw")


@pytest.fixture(scope="module", params=["hnsw", "ivf"])
def approx(request):
    """Each approximate kind in turn."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def flat(vectors, ids):
    return VectorIndex.build(vectors, ids, model="m", fingerprint="fp", approximate_threshold=N + 1)


@pytest.fixture(scope="module")
def queries(vectors):
    rng = np.random.default_rng(11)
    q = vectors[rng.integers(0, N, 50)] + 0.2 * rng.normal(size=(50, DIM))
    return (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)


def test_an_index_below_the_threshold_is_flat(flat):
    assert flat.info.kind == "flat" and flat.info.params == {}


def test_an_index_at_the_threshold_is_ivf_with_its_parameters_recorded(ivf):
    assert ivf.info.kind == "ivf"
    assert set(ivf.info.params) == {"lists", "nprobe", "calibration_recall_at_10"}


def test_hnsw_is_built_by_name_with_its_parameters_recorded(hnsw):
    assert hnsw.info.kind == "hnsw"
    assert set(hnsw.info.params) == {"m", "ef_construction", "ef_search", "calibration_recall_at_10"}


def test_an_approximate_build_widens_its_search_until_the_recall_target_is_met(approx):
    assert approx.info.params["calibration_recall_at_10"] >= 0.99


@pytest.mark.parametrize("kind", ["hnsw", "ivf"])
def test_an_empty_approximate_index_builds_and_finds_nothing(kind):
    empty = VectorIndex.build(np.zeros((0, DIM), dtype=np.float32), [], model="m", fingerprint="fp", kind=kind)
    assert empty.count() == 0 and empty.search(np.ones((1, DIM), dtype=np.float32), 5) == [[]]


def test_the_default_threshold_keeps_the_real_catalog_flat(vectors, ids):
    assert VectorIndex.build(vectors, ids, model="m", fingerprint="fp").info.kind == "flat"


def test_an_unknown_kind_is_refused(vectors, ids):
    with pytest.raises(VectorIndexError, match="unknown index kind"):
        VectorIndex.build(vectors, ids, model="m", fingerprint="fp", kind="annoy")


def test_approximate_recall_at_10_against_flat_is_at_least_0_95(approx, flat, queries):
    exact = [{h.id for h in row} for row in flat.search(queries, k=10)]
    found = [{h.id for h in row} for row in approx.search(queries, k=10)]
    recall = np.mean([len(a & e) / 10 for a, e in zip(found, exact)])
    assert recall >= 0.95


@pytest.mark.parametrize("size", [1, 37, 1_500])
def test_approximate_search_with_an_allow_list_equals_flat_exactly(approx, flat, queries, ids, size):
    allowed = np.random.default_rng(size).choice(ids, size, replace=False)
    k = size  # the advisor asks for every allowed phone
    for got, want in zip(approx.search(queries[:5], k, allowed), flat.search(queries[:5], k, allowed)):
        assert [h.id for h in got] == [h.id for h in want]
        assert np.allclose([h.score for h in got], [h.score for h in want], atol=1e-5)


def test_a_large_allow_list_on_an_approximate_index_returns_only_allowed_ids(approx, queries, ids):
    approx.exact_allowed_limit = 10  # force the filtered approximate search
    try:
        allowed = set(ids[::2].tolist())
        rows = approx.search(queries, k=20, allowed_ids=allowed)
    finally:
        approx.exact_allowed_limit = 100_000
    assert all(len(row) == 20 and {h.id for h in row} <= allowed for row in rows)


def test_allowed_ids_unknown_to_the_index_are_ignored(approx, queries, ids):
    hits = approx.search(queries[:1], k=5, allowed_ids=[int(ids[3]), 1])[0]
    assert [h.id for h in hits] == [int(ids[3])]


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
def test_each_kind_survives_save_and_load(vectors, ids, queries, kind, tmp_path):
    built = VectorIndex.build(vectors, ids, model="m", fingerprint="fp", kind=kind)
    built.save(tmp_path / "idx")
    loaded = VectorIndex.load(tmp_path / "idx", expect_fingerprint="fp")
    assert loaded.info == built.info
    assert [h.id for h in loaded.search(queries[:3], 10)[0]] == [h.id for h in built.search(queries[:3], 10)[0]]
    assert np.allclose(loaded.vectors([int(ids[9])]), vectors[9:10])


def _saved_before_generations(index, directory):
    """An index in the layout of older versions: its two files directly in the directory, no pointer."""
    index.save(directory)
    generation = directory / (directory / "current").read_text()
    for name in ("vectors.faiss", "index_infos.json"):
        (generation / name).rename(directory / name)
    generation.rmdir()
    (directory / "current").unlink()
    return directory


def test_a_sidecar_written_before_index_kinds_loads_as_flat(flat, tmp_path):
    saved = _saved_before_generations(flat, tmp_path / "idx")
    sidecar = saved / "index_infos.json"
    old = {k: v for k, v in json.loads(sidecar.read_text()).items() if k not in ("kind", "params")}
    sidecar.write_text(json.dumps(old))
    assert VectorIndex.load(tmp_path / "idx").info.kind == "flat"


def test_a_sidecar_with_an_unknown_kind_is_a_clear_error(flat, tmp_path):
    flat.save(tmp_path / "idx")
    sidecar = tmp_path / "idx" / (tmp_path / "idx" / "current").read_text() / "index_infos.json"
    sidecar.write_text(json.dumps({**json.loads(sidecar.read_text()), "kind": "annoy"}))
    with pytest.raises(VectorIndexError, match="unknown index kind"):
        VectorIndex.load(tmp_path / "idx")


def test_a_large_allow_list_asking_for_more_hits_than_the_beam_is_still_exact(approx, flat, queries, ids):
    approx.exact_allowed_limit = 10  # the list is "large"; k = 1,000 > the search width keeps it exact
    try:
        allowed = ids[::2]
        got = approx.search(queries[:3], k=len(allowed), allowed_ids=allowed)
    finally:
        approx.exact_allowed_limit = 100_000
    want = flat.search(queries[:3], k=len(allowed), allowed_ids=allowed)
    assert [[h.id for h in row] for row in got] == [[h.id for h in row] for row in want]


def test_a_single_query_search_leaves_the_faiss_thread_setting_as_it_was(flat, queries):
    import faiss

    before = faiss.omp_get_max_threads()
    flat.search(queries[:1], 10, allowed_ids=range(5, 500))
    assert faiss.omp_get_max_threads() == before


@pytest.mark.parametrize("kind", ["flat", "hnsw", "ivf"])
@pytest.mark.parametrize("share", [0.05, 1.0], ids=["few ids (gathered rows)", "most ids (whole matrix)"])
def test_scores_of_given_ids_equal_their_exact_search_scores(hnsw, ivf, flat, queries, ids, kind, share):
    index = {"flat": flat, "hnsw": hnsw, "ivf": ivf}[kind]
    chosen = np.random.default_rng(3).permutation(ids)[:int(share * N)]  # any order: scores follow it
    for query in queries[:5]:
        exact = {h.id: h.score for h in flat.search(query[None], len(chosen), chosen)[0]}
        assert np.allclose(index.scores(query, chosen), [exact[i] for i in chosen], atol=1e-5)


def test_scoring_an_id_not_in_the_index_is_a_clear_error(flat, queries, ids):
    with pytest.raises(VectorIndexError, match="not in the index"):
        flat.scores(queries[0], [int(ids[0]), int(ids[-1]) + 1])


def test_scores_of_no_ids_are_empty(approx, queries):
    assert approx.scores(queries[0], []).shape == (0,)
