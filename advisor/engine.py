"""The shared, read-mostly part of the advisor: catalog, vocabulary, encoder and index.

One `Advisor` serves many sessions (console, bot users). `reload()` builds a complete new set
of resources beside the live one and swaps a single reference, so a search in progress keeps
using the old set and never sees a half-loaded model or index.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from advisor.catalog import MARKETS, Catalog, load_catalog
from advisor.config import Settings
from advisor.encoder import Encoder
from advisor.errors import AdvisorError
from advisor.intent_match import IntentMatcher
from advisor.intents import Percentiles
from advisor.match import Columns
from advisor.registry import Registry
from advisor.retrieval import load_or_build_index
from advisor.understand import Vocabulary
from index import VectorIndex

log = logging.getLogger(__name__)


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
    intents: IntentMatcher  # vague needs the rules miss, read by this encoder (advisor.intent_match)
    # (inode, size, mtime_ns) of the catalog file as it was before reading it: a worker that did not
    # replace the catalog itself tells from this that another one did (bot/_model_watch.py).
    catalog_stamp: tuple[int, int, int] = (0, 0, 0)


class Advisor:
    """Loads the catalog and the active model once; hands out conversation sessions."""

    def __init__(self, settings: Settings, resources: Resources):
        self.settings = settings
        self._resources = resources
        self._reload_lock = threading.Lock()
        self._ratings = _NOT_LOADED

    @classmethod
    def load(cls, settings: Settings | None = None) -> Advisor:
        """Load catalog, the registry's current model (or the base model) and its index."""
        settings = settings or Settings.from_env()
        return cls(settings, _load_resources(settings))

    @property
    def resources(self) -> Resources:
        """The resources in use right now (take one reference per search)."""
        return self._resources

    @property
    def catalog(self) -> Catalog:
        """The catalog in use."""
        return self._resources.catalog

    @property
    def model_version(self) -> str:
        """Id of the model version serving, "base" for the pretrained encoder alone."""
        return self._resources.model_version

    def reload(self, *, warm: bool = False) -> str:
        """Re-read catalog and current model, rebuild the index if needed, and swap; returns the model version.

        `warm`: load a new encoder's weights before the swap, so no request waits for them after it."""
        with self._reload_lock:
            fresh = _load_resources(self.settings, previous=self._resources, background=not warm)
            self._resources = fresh
            _embed_query.cache_clear()  # drop vectors (and references) of the previous encoder
            return fresh.model_version

    def outdated(self) -> str | None:
        """What changed on disk since the last load, or None: "model" when the registry serves another
        version (promoted or rolled back by another process), "catalog" when the catalog file was
        replaced. Cheap enough to ask every few seconds: it reads the registry pointer and stats a file."""
        resources = self._resources
        if _active_model(self.settings)[1] != resources.model_version:
            return "model"
        if _catalog_stamp(self.settings.catalog_path) != resources.catalog_stamp:
            return "catalog"
        return None

    def session(self, state_json: str | None = None, profile=None):
        """A new conversation, or one restored from `Session.state_json()`; `profile` personalizes it."""
        from advisor.session import Session

        return Session(self, state_json, profile)

    def rating_label(self, phone) -> str | None:
        """The predicted owner rating of a phone, labelled as a prediction with its error, or None.

        None when no predictor was fitted (`phone-advisor ratings evaluate`), or when it does not
        beat the mean-rating baseline: then we show nothing rather than a guess.
        """
        predictor = self._rating_predictor()
        return predictor.predict(phone).label() if predictor is not None else None

    def _rating_predictor(self):
        if self._ratings is _NOT_LOADED:
            self._ratings = _load_rating_predictor(self.settings, self._resources)
        return self._ratings

    def semantic_scores(self, resources: Resources, text: str, positions: list[int]) -> Mapping[int, float]:
        """Cosine similarity of `text` to the documents of the given catalog positions."""
        query = _embed_query(resources.encoder, text)[0]
        # exact scores of every given phone, as arrays (a top-k search with k = all of them cost 0.7 s at 1M)
        return dict(zip(positions, resources.index.scores(query, positions).tolist()))


_NOT_LOADED = object()


def _load_rating_predictor(settings: Settings, resources: Resources):
    from advisor.ratings import RatingPredictor, ratings_dir

    directory = ratings_dir(settings)
    if not directory.is_dir():
        return None
    # The predictor was fitted on base-model features; an adapted serving encoder cannot feed it.
    encoder = resources.encoder if resources.model_version == "base" else Encoder(settings.base_model)
    try:
        predictor = RatingPredictor.load(directory, encoder)
    except AdvisorError as exc:
        log.warning("owner-rating predictions hidden: %s", exc)
        return None
    if not predictor.usable:
        log.info("owner-rating predictions hidden: %s", predictor.note())
        return None
    return predictor


@lru_cache(maxsize=2048)
def _embed_query(encoder: Encoder, text: str) -> np.ndarray:
    # A conversation's taste text stays the same over several turns ("cheaper", "only Samsung"):
    # embed it once. Keyed by the encoder object, so a reloaded model never reuses old vectors.
    return encoder.encode([text])


def _catalog_stamp(path: Path) -> tuple[int, int, int]:
    """(inode, size, mtime_ns) of a catalog file: changes when the file is replaced or rewritten.

    (0, 0, 0) when it cannot be read: loading it then raises the CatalogError that says why."""
    try:
        stat = Path(path).stat()
    except OSError:
        return 0, 0, 0
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _load_resources(settings: Settings, previous: Resources | None = None, *, background: bool = True) -> Resources:
    stamp = _catalog_stamp(settings.catalog_path)
    adapter_dir, version_id, index_dir = _active_model(settings)
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
    matcher = reuse.intents if reuse else IntentMatcher(encoder, embed=lambda text: _embed_query(encoder, text)[0])
    return Resources(catalog, vocabulary, Percentiles(catalog, MARKETS), Columns(catalog), encoder, index, version_id,
                     matcher, stamp)


def _active_model(settings: Settings) -> tuple[Path | None, str, Path | None]:
    """(adapter dir, version id, index dir) of the served version (current, else factory); base model when none."""
    current = Registry(settings.models_dir, settings.factory_model).served()
    if current is None or current.adapter_dir is None:
        return None, "base", None
    return current.adapter_dir, current.id, current.index_dir

