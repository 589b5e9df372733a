"""The resources a search reads (catalog, vocabulary, encoder, index) and how a set of them is loaded.

Kept apart from `advisor.engine` (the `Advisor` that owns and reloads them) so that a conversation
(`advisor.dialogue.session`) depends on what it reads, not on the object that hands sessions out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from advisor.catalog.model import MARKETS, Catalog, Phone, load_catalog
from advisor.config import Settings
from advisor.models.registry import Registry
from advisor.ranking.aspects import Percentiles
from advisor.ranking.match import Columns
from advisor.retrieval.catalog_index import load_or_build_index
from advisor.retrieval.encoder import Encoder
from advisor.understanding.intent_match import IntentMatcher
from advisor.understanding.understand import Vocabulary
from index import VectorIndex


@dataclass(frozen=True)
class Resources:
    """Everything one search reads; replaced whole on reload."""

    catalog: Catalog
    vocabulary: Vocabulary
    percentiles: Percentiles
    columns: Columns
    encoder: Encoder
    index: VectorIndex
    model_version: str  # registry version id, or "base"
    intents: IntentMatcher  # vague needs the rules miss, read by this encoder (advisor.understanding.intent_match)
    # (inode, size, mtime_ns) of the catalog file as it was before reading it: a worker that did not
    # replace the catalog itself tells from this that another one did (bot/_model_watch.py).
    catalog_stamp: tuple[int, int, int] = (0, 0, 0)


class ResourceSource(Protocol):
    """What a conversation reads from the advisor that owns it (`advisor.engine.Advisor`)."""

    @property
    def resources(self) -> Resources:
        """The resources in use right now (take one reference per search)."""
        ...

    def rating_label(self, phone: Phone) -> str | None:
        """The predicted owner rating of a phone, labelled as a prediction, or None."""
        ...


def semantic_scores(resources: Resources, text: str, positions: list[int]) -> Mapping[int, float]:
    """Cosine similarity of `text` to the documents of the given catalog positions."""
    query = embed_query(resources.encoder, text)[0]
    # exact scores of every given phone, as arrays (a top-k search with k = all of them cost 0.7 s at 1M)
    return dict(zip(positions, resources.index.scores(query, positions).tolist()))


@lru_cache(maxsize=2048)
def embed_query(encoder: Encoder, text: str) -> np.ndarray:
    """The vector of one text, cached per (encoder, text)."""
    # A conversation's taste text stays the same over several turns ("cheaper", "only Samsung"):
    # embed it once. Keyed by the encoder object, so a reloaded model never reuses old vectors.
    return encoder.encode([text])


def catalog_stamp(path: Path) -> tuple[int, int, int]:
    """(inode, size, mtime_ns) of a catalog file: changes when the file is replaced or rewritten.

    (0, 0, 0) when it cannot be read: loading it then raises the CatalogError that says why."""
    try:
        stat = Path(path).stat()
    except OSError:
        return 0, 0, 0
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def load_resources(settings: Settings, previous: Resources | None = None, *, background: bool = True) -> Resources:
    """A complete set of resources for `settings`; `previous` lends its encoder when it serves the same version."""
    stamp = catalog_stamp(settings.catalog_path)
    adapter_dir, version_id, index_dir = active_model(settings)
    # the previous resources when their model is the one to serve: its encoder and intent matcher carry over
    reuse = previous if previous is not None and previous.model_version == version_id else None
    # Weights load in the background: constraint-only messages are answered before they are in. Started
    # before the catalog is read, so that (mostly native) load overlaps the (Python) catalog parsing.
    encoder = reuse.encoder if reuse else Encoder(settings.base_model, adapter_dir, background=background,
                                                     runtime=settings.encoder_runtime, export_cache=settings.cache_dir)
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    directory = index_dir or settings.cache_dir / f"index-{encoder.fingerprint}"
    index = load_or_build_index(catalog, encoder, directory)
    vocabulary = Vocabulary.from_catalog(catalog, settings.aliases_path)
    # the same encoder keeps its matcher, and with it the embedded intent descriptions
    matcher = reuse.intents if reuse else IntentMatcher(encoder, embed=lambda text: embed_query(encoder, text)[0])
    return Resources(catalog, vocabulary, Percentiles(catalog, MARKETS), Columns(catalog), encoder, index, version_id,
                     matcher, stamp)


def active_model(settings: Settings) -> tuple[Path | None, str, Path | None]:
    """(adapter dir, version id, index dir) of the served version (current, else factory); base model when none."""
    current = Registry(settings.models_dir, settings.factory_model).served()
    if current is None or current.adapter_dir is None:
        return None, "base", None
    return current.adapter_dir, current.id, current.index_dir

