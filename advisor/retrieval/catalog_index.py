"""Embedding the catalog and finding semantically close phones through the `index` package.

An index is valid for one (catalog, model, document template) triple; `index_fingerprint`
combines them, and `load_or_build_index` rebuilds whenever any of them changes.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from advisor.catalog.model import Catalog
from advisor.retrieval.documents import TEMPLATE_VERSION, phone_document
from advisor.retrieval.encoder import Encoder
from index import VectorIndex, VectorIndexError

log = logging.getLogger(__name__)


def index_fingerprint(catalog: Catalog, encoder: Encoder) -> str:
    """Key of an index: changes with the catalog, the model (base + adapter) or the document template."""
    text = f"{catalog.fingerprint}:{encoder.fingerprint}:{TEMPLATE_VERSION}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def build_index(catalog: Catalog, encoder: Encoder) -> VectorIndex:
    """Embed every phone document; index ids are catalog positions."""
    vectors = encoder.encode([phone_document(p) for p in catalog])
    return VectorIndex.build(vectors, range(len(catalog)), model=encoder.base_model,
                             fingerprint=index_fingerprint(catalog, encoder))


def load_or_build_index(catalog: Catalog, encoder: Encoder, directory: Path) -> VectorIndex:
    """The saved index in `directory` if it still matches, else a fresh one saved there."""
    fingerprint = index_fingerprint(catalog, encoder)
    try:
        return VectorIndex.load(directory, expect_fingerprint=fingerprint)
    except VectorIndexError as exc:
        log.info("building the phone index (%s)", exc)
    index = build_index(catalog, encoder)
    index.save(directory)
    return index
