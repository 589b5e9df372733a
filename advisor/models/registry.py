"""The model registry: trained versions on disk, which one is served, and how to go back.

Layout under `root` (Settings.models_dir)::

    versions/<id>/version.json   metadata (ModelVersion without the derived fields)
    versions/<id>/adapter/       LoRA adapter (absent for a registered base model)
    versions/<id>/index/         FAISS index of the catalog built with this version's encoder
    current.json                 {"current": id or null, "history": [ids served before, oldest first]}
    evaluations/<key>.json       held-out figures already measured, per (catalog, evaluator, model)
    promotions.jsonl             append-only log of promotions and rollbacks
    .staging-<pid>-<token>/      work in progress; never listed, removed once its process is gone

A version directory appears by one rename of a complete staging directory, and `current.json`
is replaced atomically (written beside, then os.replace), so a crash or kill at any moment
leaves either the old state or the new one. The pointer is the commit point of a promotion or
rollback and carries its log event: an event whose log line a kill cut off or left out is read
from the pointer, and written to the log by the next change. A missing or null pointer means: serve the factory
version when there is one, else the base model.

The factory version is the adapter shipped inside the package (`Settings.factory_model`, a
read-only directory with `version.json`, `adapter/` and optionally `evaluations/`): what a fresh
install serves until a version is promoted, and what a rollback past the first promotion returns
to. Its index is built on first use under `root/factory-index/`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from advisor._files import sync_path, write_atomically, write_synced
from advisor.catalog.model import Catalog
from advisor.config import Settings
from advisor.errors import ModelError
from advisor.retrieval.catalog_index import build_index, index_fingerprint, load_or_build_index
from advisor.retrieval.documents import TEMPLATE_VERSION
from advisor.retrieval.encoder import Encoder
from index import VectorIndex

try:
    import fcntl
except ImportError:  # pragma: no cover - non-POSIX systems serialize nothing
    fcntl = None  # type: ignore[assignment]  # the name is typed as the module; None says it is absent

log = logging.getLogger(__name__)

_STAGING_PREFIX = ".staging-"
_VERDICTS = ("accepted", "rejected")
_ANY = object()


@dataclass(frozen=True)
class ModelVersion:
    """One registered model: a LoRA adapter (None = the base model itself), its index and its record.

    `verdict` is the negative-transfer guard's decision when the version was trained ("accepted" or
    "rejected"); `status` is derived when read: "current" (served now), "rejected", or "available".
    """

    id: str
    path: Path
    adapter_dir: Path | None
    index_dir: Path
    created_at: float
    config: dict[str, Any]
    metrics: dict[str, float]
    catalog_fingerprint: str
    template_version: str
    base_model: str
    verdict: str
    status: str
    factory: bool = False  # shipped with the package, not trained here


@dataclass(frozen=True)
class PromotionEvent:
    """One line of the promotion log."""

    at: float
    action: str  # "promote" or "rollback"
    version: str | None  # None = the base model
    previous: str | None


class Registry:
    """Versions under `root`; reading never writes, so the bot can read while an admin trains."""

    def __init__(self, root: Path, factory_dir: Path | None = None, export_cache: Path | None = None):
        self.root = Path(root)
        self.factory_dir = None if factory_dir is None else Path(factory_dir)
        # Where a promotion writes the version's ONNX export before serving it (the served encoders'
        # `export_cache`); None leaves the export to the first start that serves the version.
        self.export_cache = None if export_cache is None else Path(export_cache)
        self.versions_dir = self.root / "versions"
        self._pointer = self.root / "current.json"
        self._log = self.root / "promotions.jsonl"

    # -- reading ---------------------------------------------------------------------------------

    def versions(self) -> list[ModelVersion]:
        """All complete versions, oldest first (staging directories are never listed)."""
        if not self.versions_dir.is_dir():
            return []
        current = self._read_pointer()["current"]
        found = [self._load(d, current) for d in self.versions_dir.iterdir()
                 if not d.name.startswith(".") and (d / "version.json").is_file()]
        return sorted(found, key=lambda v: (v.created_at, v.id))

    def get(self, version_id: str) -> ModelVersion:
        """The version with this id (the factory version too); ModelError if there is none."""
        factory = self.factory()
        if factory is not None and version_id == factory.id:
            return factory
        directory = self.versions_dir / version_id
        if version_id.startswith(".") or "/" in version_id or not (directory / "version.json").is_file():
            raise ModelError(f"No model version {version_id!r}; `phone-advisor models list` shows the versions.")
        return self._load(directory, self._read_pointer()["current"])

    def current(self) -> ModelVersion | None:
        """The served version, or None to serve the base model."""
        current = self._read_pointer()["current"]
        if current is None:
            return None
        try:
            return self.get(current)
        except ModelError:
            raise ModelError(f"The current model {current!r} is missing from {self.versions_dir}; "
                             "run `phone-advisor models rollback` or promote another version.") from None

    def factory(self) -> ModelVersion | None:
        """The version shipped with the package, or None when this install has none."""
        if self.factory_dir is None or not (self.factory_dir / "version.json").is_file():
            return None
        return self._load(self.factory_dir, self._read_pointer()["current"], factory=True)

    def served(self) -> ModelVersion | None:
        """What the advisor serves: the current version, else the factory version, else None (the base model)."""
        return self.current() or self.factory()

    def history(self) -> list[PromotionEvent]:
        """The promotion log, oldest first (with the latest change, if a kill kept it from the log)."""
        events = self._logged()
        latest = self._read_pointer()["event"]
        if latest is not None and latest not in events:
            events.append(latest)
        return events

    def _logged(self) -> list[PromotionEvent]:
        """The complete lines of the promotion log (a line cut off by a kill has no newline yet)."""
        try:
            text = self._log.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [PromotionEvent(**json.loads(line)) for line in text.splitlines(keepends=True)
                if line.endswith("\n") and line.strip()]

    # -- writing ---------------------------------------------------------------------------------

    def create_version(self, *, adapter_dir: Path | None, catalog: Catalog, encoder: Encoder,
                       config: Mapping[str, Any], metrics: Mapping[str, float], verdict: str = "accepted",
                       index: VectorIndex | None = None) -> ModelVersion:
        """Register a version: copy the adapter, save the index built with `encoder`, then publish it by rename.

        `encoder` must be the model of this version (base model plus `adapter_dir`); `index`, when
        given, must have been built from `catalog` with it. The new version is not promoted.
        """
        if verdict not in _VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(_VERDICTS)}, got {verdict!r}.")
        if (adapter_dir is None) != (encoder.adapter_dir is None):
            raise ModelError("The encoder must carry the adapter being registered (or none for the base model).")
        expected = index_fingerprint(catalog, encoder)
        if index is not None and index.info.fingerprint != expected:
            raise ModelError("The index given was not built from this catalog with this encoder.")
        self.clean_staging()
        version_id = f"v{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(3)}"
        with self.scratch_dir() as staging:
            if adapter_dir is not None:
                shutil.copytree(adapter_dir, staging / "adapter")
            (index if index is not None else build_index(catalog, encoder)).save(staging / "index")
            record = {
                "id": version_id, "created_at": time.time(), "config": dict(config),
                "metrics": {k: float(v) for k, v in metrics.items()},
                "catalog_fingerprint": catalog.fingerprint, "template_version": TEMPLATE_VERSION,
                "base_model": encoder.base_model, "verdict": verdict, "index_fingerprint": expected,
            }
            write_synced(staging / "version.json", json.dumps(record, sort_keys=True, indent=2))
            self.versions_dir.mkdir(parents=True, exist_ok=True)
            os.rename(staging, self.versions_dir / version_id)  # the commit point
            sync_path(self.versions_dir)
        return self.get(version_id)

    def promote(self, version_id: str, *, force: bool = False, expect_current: object = _ANY) -> ModelVersion:
        """Serve `version_id` from now on; the version served before can be restored by `rollback`.

        A version the guard rejected is refused unless `force` is set. With `expect_current` (an id,
        or None for the base model) the switch happens only if that is still what is served: a
        candidate judged against one model must not replace another promoted meanwhile. With an
        `export_cache` the version's ONNX export is written first, so no worker's first start pays for it.
        """
        version = self.get(version_id)
        if version.verdict == "rejected" and not force:
            raise ModelError(f"Version {version_id} was rejected as negative transfer; "
                             "pass --force to promote it anyway.")
        # Before the pointer moves: the workers that notice it then load the export instead of
        # serving torch and exporting the version themselves. Outside the lock: it takes ~20 s.
        self._export_encoder(version)
        with self._locked():
            pointer = self._read_pointer()
            if expect_current is not _ANY and pointer["current"] != expect_current:
                raise ModelError(f"The served model changed to {pointer['current'] or 'the base model'} while "
                                 f"{version_id} was being judged; it was not promoted.")
            if pointer["current"] == version_id:
                return version
            self._commit(PromotionEvent(time.time(), "promote", version_id, pointer["current"]),
                         [*pointer["history"], pointer["current"]])
        return self.get(version_id)

    def rollback(self) -> ModelVersion | None:
        """Serve the previously promoted version again; returns what is served now (`served()`).

        Rolling back past the first promotion serves the factory version (or the base model when
        there is none). ModelError if nothing was promoted.
        """
        with self._locked():
            pointer = self._read_pointer()
            history = list(pointer["history"])
            if pointer["current"] is None and not history:
                served = "the factory version" if self.factory() is not None else "the base model"
                raise ModelError(f"Nothing to roll back: {served} is served and no version was promoted before.")
            target = None
            while history:
                candidate = history.pop()
                if candidate is None or self._exists(candidate):
                    target = candidate
                    break
            self._commit(PromotionEvent(time.time(), "rollback", target, pointer["current"]), history)
        return self.served()

    def _exists(self, version_id: str) -> bool:
        factory = self.factory()
        return (factory is not None and factory.id == version_id) or \
            (self.versions_dir / version_id / "version.json").is_file()

    # -- models and indexes ----------------------------------------------------------------------

    @classmethod
    def from_settings(cls, settings: Settings) -> Registry:
        """The registry that `settings` serve from: its root, the factory version, and (when the encoder
        serves through ONNX Runtime) the export cache that promotions fill."""
        return cls(settings.models_dir, settings.factory_model,
                   export_cache=settings.cache_dir if settings.encoder_runtime == "onnx" else None)

    def encoder_for(self, version: ModelVersion | None, base_model: str, **options: Any) -> Encoder:
        """The Encoder of a version (None: the base model `base_model`)."""
        if version is None:
            return Encoder(base_model, **options)
        return Encoder(version.base_model, adapter_dir=version.adapter_dir, **options)

    def _export_encoder(self, version: ModelVersion) -> None:
        """Write the version's ONNX export into `export_cache` unless a usable one is there already.

        A failed export (no onnx package, a graph that differs from torch) does not stop the promotion:
        the first start that serves the version runs on torch and tries the export again, as before."""
        if self.export_cache is None:
            return
        encoder = self.encoder_for(version, version.base_model, runtime="onnx", export_cache=self.export_cache)
        if not encoder.wait_export():
            log.warning("no ONNX export of version %s was written; its first start serves torch and exports it",
                        version.id)

    def index_for(self, version: ModelVersion, catalog: Catalog, encoder: Encoder | None = None) -> VectorIndex:
        """The version's catalog index, rebuilt in place when the catalog or the document template changed."""
        encoder = encoder if encoder is not None else self.encoder_for(version, version.base_model)
        return load_or_build_index(catalog, encoder, version.index_dir)

    # -- measured figures ------------------------------------------------------------------------

    def cached_evaluation(self, key: str) -> dict[str, float] | None:
        """Figures stored under `key` by `store_evaluation` or shipped with the factory version, else None.

        The factory directory may carry `evaluations/` beside its adapter: the figures its training run
        measured for the base model and for itself, so that a fresh install need not measure them again.
        """
        directories = [self.root / "evaluations"]
        if self.factory_dir is not None:
            directories.append(self.factory_dir / "evaluations")
        for directory in directories:
            try:
                data = json.loads((directory / _evaluation_name(key)).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                return {k: float(v) for k, v in data.items()}
        return None

    def store_evaluation(self, key: str, metrics: Mapping[str, float]) -> None:
        """Keep `metrics` under `key` (a digest of everything they depend on), replacing the file atomically."""
        path = self.root / "evaluations" / _evaluation_name(key)
        write_atomically(path, json.dumps({k: float(v) for k, v in metrics.items()}, sort_keys=True))

    # -- staging ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def scratch_dir(self) -> Iterator[Path]:
        """A private staging directory under the registry, removed when the block ends (however it ends)."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / f"{_STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        path.mkdir()
        try:
            yield path
        finally:
            shutil.rmtree(path, ignore_errors=True)

    def clean_staging(self) -> int:
        """Remove staging directories left by processes that no longer run; returns how many."""
        if not self.root.is_dir():
            return 0
        removed = 0
        for path in self.root.glob(f"{_STAGING_PREFIX}*"):
            pid = path.name[len(_STAGING_PREFIX):].split("-", 1)[0]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
        return removed

    # -- private ---------------------------------------------------------------------------------

    def _load(self, directory: Path, current: str | None, *, factory: bool = False) -> ModelVersion:
        try:
            record = json.loads((directory / "version.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{directory / 'version.json'} is unreadable: {exc}") from None
        adapter = directory / "adapter"
        if record["id"] == current or (factory and current is None):
            status = "current"
        else:
            status = "rejected" if record["verdict"] == "rejected" else "available"
        # The factory directory ships read-only inside the package: its index lives in the registry.
        index_dir = self.root / "factory-index" / record["id"] if factory else directory / "index"
        return ModelVersion(
            id=record["id"], path=directory, adapter_dir=adapter if adapter.is_dir() else None,
            index_dir=index_dir, created_at=record["created_at"], config=record["config"],
            metrics=record["metrics"], catalog_fingerprint=record["catalog_fingerprint"],
            template_version=record["template_version"], base_model=record["base_model"],
            verdict=record["verdict"], status=status, factory=factory,
        )

    def _read_pointer(self) -> dict[str, Any]:
        try:
            data = json.loads(self._pointer.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"current": None, "history": [], "event": None}
        except ValueError as exc:
            raise ModelError(f"{self._pointer} is unreadable ({exc}); delete it to serve the base model.") from None
        event = data.get("event")
        return {"current": data.get("current"), "history": list(data.get("history", [])),
                "event": None if event is None else PromotionEvent(**event)}

    def _commit(self, event: PromotionEvent, history: list[str | None]) -> None:
        """Serve `event.version`: the pointer (with the event) is replaced first, the log line follows.

        Called under the lock. The previous change's log line, if a kill kept it out, goes in first."""
        previous = self._read_pointer()["event"]
        if previous is not None and previous not in self._logged():
            self._append_log(previous)
        text = json.dumps({"current": event.version, "history": history, "updated_at": event.at,
                           "event": asdict(event)}, indent=2)
        write_atomically(self._pointer, text)  # the commit point
        self._append_log(event)

    def _append_log(self, event: PromotionEvent) -> None:
        """Append one line with one write; a line cut off by an earlier kill is dropped first."""
        line = (json.dumps(asdict(event), sort_keys=True) + "\n").encode("utf-8")
        with open(self._log, "ab+") as fh:
            fh.seek(0)
            logged = fh.read()
            if not logged.endswith(b"\n"):
                fh.truncate(logged.rfind(b"\n") + 1)  # writes still go to the (new) end: append mode
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        # Two admins promoting at once must not lose one another's history.
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a") as handle:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(handle, fcntl.LOCK_UN)


def _evaluation_name(key: str) -> str:
    if not key.isalnum():
        raise ValueError(f"An evaluation key is a digest (letters and digits), got {key!r}.")
    return f"{key}.json"




def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
