"""The `Advisor`: owns the shared, read-mostly resources (catalog, vocabulary, encoder, index; see
`advisor.resources`) and hands out conversation sessions.

One `Advisor` serves many sessions (console, bot users). `reload()` builds a complete new set
of resources beside the live one and swaps a single reference, so a search in progress keeps
using the old set and never sees a half-loaded model or index.
"""

from __future__ import annotations

import logging
import threading

from advisor.catalog.model import Catalog
from advisor.config import Settings
from advisor.dialogue.session import Session
from advisor.errors import AdvisorError
from advisor.resources import Resources, active_model, catalog_stamp, embed_query, load_resources
from advisor.retrieval.encoder import Encoder

log = logging.getLogger(__name__)


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
        return cls(settings, load_resources(settings))

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
            fresh = load_resources(self.settings, previous=self._resources, background=not warm)
            self._resources = fresh
            embed_query.cache_clear()  # drop vectors (and references) of the previous encoder
            return fresh.model_version

    def outdated(self) -> str | None:
        """What changed on disk since the last load, or None: "model" when the registry serves another
        version (promoted or rolled back by another process), "catalog" when the catalog file was
        replaced. Cheap enough to ask every few seconds: it reads the registry pointer and stats a file."""
        resources = self._resources
        if active_model(self.settings)[1] != resources.model_version:
            return "model"
        if catalog_stamp(self.settings.catalog_path) != resources.catalog_stamp:
            return "catalog"
        return None

    def session(self, state_json: str | None = None, profile=None):
        """A new conversation, or one restored from `Session.state_json()`; `profile` personalizes it."""
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

_NOT_LOADED = object()


def _load_rating_predictor(settings: Settings, resources: Resources):
    from advisor.models.ratings import RatingPredictor, ratings_dir

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


