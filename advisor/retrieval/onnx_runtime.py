"""Serving the encoder's ONNX export with onnxruntime and the fast tokenizer: no torch, no transformers.

The export (advisor/retrieval/onnx_export.py) holds the graph, the tokenizer the torch encoder used and the
tokenizer settings; this module only reads it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from advisor.errors import ModelError

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
INFO_FILE = "export.json"


def onnxruntime_available() -> bool:
    """True when onnxruntime can be imported (checked without importing it)."""
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None


def read_info(directory: Path, fingerprint: str) -> dict | None:
    """The export's metadata when `directory` holds a complete export of the encoder `fingerprint`, else None."""
    directory = Path(directory)
    try:
        info = json.loads((directory / INFO_FILE).read_text())
    except (OSError, ValueError):
        return None
    complete = all((directory / name).is_file() for name in (MODEL_FILE, TOKENIZER_FILE))
    if not complete or info.get("fingerprint") != fingerprint:
        return None
    return info


class OnnxBackend:
    """Embeds texts with an exported encoder: tokenize, run the graph (pooling and normalization inside)."""

    def __init__(self, directory: Path):
        try:
            import onnxruntime
        except ImportError:
            raise ModelError("install onnxruntime to serve the encoder's ONNX export (pip install onnxruntime), "
                             "or set PHONE_ADVISOR_ENCODER_RUNTIME=torch.") from None
        from tokenizers import Tokenizer

        directory = Path(directory)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # errors only: its warnings would reach --jsonl consumers' stderr
        try:
            info = json.loads((directory / INFO_FILE).read_text())
            tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
            # the saved tokenizer may carry the padding and truncation of its last call (or of the model's
            # file: pad to a fixed 128): set what the torch encoder asks for, longest-in-batch padding
            tokenizer.no_padding()
            tokenizer.enable_padding(pad_id=int(info["pad_id"]), pad_token=str(info["pad_token"]))
            tokenizer.enable_truncation(int(info["max_length"]))
            self._session = onnxruntime.InferenceSession(str(directory / MODEL_FILE), options,
                                                         providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime's errors derive from Exception only
            raise ModelError(f"the ONNX export in {directory} cannot be loaded ({exc.__class__.__name__}: "
                             f"{str(exc)[:200]}); delete that directory to export it again.") from exc
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dim = int(self._session.get_outputs()[0].shape[1])

    def unknown_share(self, text: str) -> float:
        """The share of the text's tokens that the vocabulary lacks (1.0 for a text of no tokens)."""
        tokens = self._tokenizer.encode(text, add_special_tokens=False).tokens
        unknown = getattr(self._tokenizer.model, "unk_token", "[UNK]")
        return sum(t == unknown for t in tokens) / len(tokens) if tokens else 1.0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings of one batch of (non-blank) texts."""
        encodings = self._tokenizer.encode_batch(list(texts))
        feeds = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                 "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                 "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64)}
        return self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
