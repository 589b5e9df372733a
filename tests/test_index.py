"""The vector index: exact cosine search, allow-lists, atomic save and validated load."""

import os
import time

import numpy as np
import pytest

from index import IndexMismatchError, VectorIndex, VectorIndexError


def unit(rows):
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.fixture
def index():
    vectors = unit([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0, 1]])
    return VectorIndex.build(vectors, [10, 11, 12, 13], model="test", fingerprint="fp1")


def test_search_returns_ids_best_first(index):
    hits = index.search(unit([[1, 0, 0]]), k=2)[0]
    assert [h.id for h in hits] == [10, 11] and hits[0].score == pytest.approx(1.0)


def test_allowed_ids_restrict_the_search(index):
    hits = index.search(unit([[1, 0, 0]]), k=3, allowed_ids=[12, 13])[0]
    assert {h.id for h in hits} == {12, 13}


def test_empty_allow_list_finds_nothing(index):
    assert index.search(unit([[1, 0, 0]]), k=3, allowed_ids=[]) == [[]]


def test_k_larger_than_the_index_returns_everything(index):
    assert len(index.search(unit([[1, 0, 0]]), k=100)[0]) == 4


def test_save_and_load_round_trip(index, tmp_path):
    index.save(tmp_path / "idx")
    loaded = VectorIndex.load(tmp_path / "idx", expect_fingerprint="fp1")
    assert loaded.count() == 4 and loaded.info.model == "test"
    assert [h.id for h in loaded.search(unit([[0, 1, 0]]), k=1)[0]] == [12]


def test_loading_an_index_of_another_fingerprint_is_refused(index, tmp_path):
    index.save(tmp_path / "idx")
    with pytest.raises(IndexMismatchError):
        VectorIndex.load(tmp_path / "idx", expect_fingerprint="other")


def test_loading_a_missing_index_raises_a_clear_error(tmp_path):
    with pytest.raises(VectorIndexError, match="No saved index"):
        VectorIndex.load(tmp_path / "nothing")


def test_query_of_wrong_dimension_is_refused(index):
    with pytest.raises(VectorIndexError, match="dimension"):
        index.search(np.ones((1, 5), dtype=np.float32), k=1)


def test_nan_vectors_are_refused():
    with pytest.raises(VectorIndexError, match="NaN"):
        VectorIndex.build(np.array([[np.nan, 0.0]]), [1], model="m", fingerprint="f")


def test_saving_replaces_an_old_index_whole(index, tmp_path):
    index.save(tmp_path / "idx")
    VectorIndex.build(unit([[1, 1, 0]]), [99], model="test", fingerprint="fp2").save(tmp_path / "idx")
    loaded = VectorIndex.load(tmp_path / "idx")
    assert loaded.count() == 1 and loaded.info.fingerprint == "fp2"
    assert [p.name for p in tmp_path.iterdir()] == ["idx"]


def test_a_save_leaves_one_generation_and_the_pointer(index, tmp_path):
    index.save(tmp_path / "idx")
    index.save(tmp_path / "idx")
    names = sorted(p.name for p in (tmp_path / "idx").iterdir())
    assert names == sorted(["current", (tmp_path / "idx" / "current").read_text()])


def test_a_generation_left_by_a_killed_save_goes_once_stale(index, tmp_path):
    index.save(tmp_path / "idx")
    left = tmp_path / "idx" / "generation-killed"
    left.mkdir()
    (left / "vectors.faiss").write_bytes(b"half")
    draft = tmp_path / "idx" / ".current.killed.tmp"
    draft.write_text("generation-killed")
    index.save(tmp_path / "idx")
    assert left.exists() and draft.exists()  # as recent as a save in progress elsewhere: kept
    for path in (left, draft):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    index.save(tmp_path / "idx")
    assert not left.exists() and not draft.exists()


def test_an_index_saved_before_generations_is_read_and_then_replaced(index, tmp_path):
    index.save(tmp_path / "old")
    generation = tmp_path / "old" / (tmp_path / "old" / "current").read_text()
    legacy = tmp_path / "idx"
    generation.rename(legacy)  # the former layout: the two files directly in the directory
    assert VectorIndex.load(legacy).info.fingerprint == "fp1"
    VectorIndex.build(unit([[1, 1, 0]]), [99], model="test", fingerprint="fp2").save(legacy)
    assert VectorIndex.load(legacy).info.fingerprint == "fp2"
    assert not (legacy / "vectors.faiss").exists()


def test_stored_vectors_can_be_read_back_by_id(index):
    back = index.vectors([12, 10])
    assert np.allclose(back, unit([[0, 1, 0], [1, 0, 0]]))


def test_reading_an_unknown_id_is_a_clear_error(index):
    with pytest.raises(VectorIndexError, match="unknown id"):
        index.vectors([999])
