"""Export the encoder (base + merged adapter, mean pooling and normalization included) to ONNX.

Serving from the export needs only onnxruntime and the `tokenizers` package: no torch, no
transformers, whose imports and `from_pretrained` were most of a cold start. An export is published
only after ONNX Runtime reproduced the torch embeddings of English and Chinese probe texts within
`MAX_ABS_DIFF`, so an export that drifted (another opset, an operator the runtime computes
differently) is never served. Its directory holds:

    model.onnx       the graph: (input_ids, attention_mask, token_type_ids) -> unit-length embedding
    tokenizer.json   the fast tokenizer the torch encoder used, saved from it
    export.json      the encoder fingerprint, the tokenizer settings and the measured difference
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from advisor.errors import ModelError
from advisor.retrieval.onnx_runtime import INFO_FILE, MODEL_FILE, TOKENIZER_FILE, OnnxBackend

log = logging.getLogger(__name__)

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17
MAX_ABS_DIFF = 1e-5
"""Largest difference, per embedding component, between the ONNX and the torch embeddings of the probes."""
PROBES = (
    "a phone for photos",
    "best camera under $500 with a long battery life and at least 8GB RAM",
    "预算3000元，续航好，拍照清楚",
    "小米还是华为？",
    "Samsung 5G 手机 under ₹30000",
    " ",
)
_LOCK_FILE = ".exporting"
_STALE_LOCK_S = 900.0
"""An export lock older than this belongs to a process that died mid-export (one export takes ~20 s
on a busy 2-core machine), so another process may take it over."""


def export_onnx(tokenizer, model, directory: Path, *, fingerprint: str, max_length: int) -> bool:
    """Export a loaded torch encoder into `directory` (written whole or not at all).

    Returns False without doing anything when another process is exporting to the same directory
    (several workers that load a new version at once export it once). ModelError when the export
    does not reproduce the torch embeddings.
    """
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    lock = directory.parent / f"{directory.name}{_LOCK_FILE}"
    if not _take_lock(lock):
        return False
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    try:
        _write_graph(model, tokenizer, staging / MODEL_FILE)
        tokenizer.backend_tokenizer.save(str(staging / TOKENIZER_FILE))
        info = {"fingerprint": fingerprint, "max_length": max_length, "pad_id": tokenizer.pad_token_id,
                "pad_token": tokenizer.pad_token, "opset": OPSET, "exported_at": time.time()}
        (staging / INFO_FILE).write_text(json.dumps(info, sort_keys=True, indent=2))
        info["max_abs_diff"] = diff = _verify(tokenizer, model, staging, max_length)
        (staging / INFO_FILE).write_text(json.dumps(info, sort_keys=True, indent=2))
        if directory.exists():
            shutil.rmtree(directory)
        os.replace(staging, directory)
        log.info("encoder exported to ONNX in %s (max abs difference %.1e)", directory, diff)
        return True
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        lock.unlink(missing_ok=True)


def _take_lock(lock: Path) -> bool:
    """Create the lock file; False when another live export holds it (a stale one is taken over once)."""
    for _ in range(2):
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return True
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime <= _STALE_LOCK_S:
                    return False
            except FileNotFoundError:  # the other export ended meanwhile
                continue
            lock.unlink(missing_ok=True)
    return False


def _write_graph(model, tokenizer, path: Path) -> None:
    import torch

    from advisor.retrieval.encoder import mean_pool

    class Pooled(torch.nn.Module):
        """The transformer with the encoder's pooling, so the graph returns the served embedding."""

        def __init__(self, transformer):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            return mean_pool(hidden, attention_mask)

    sample = tokenizer(list(PROBES[:2]), padding=True, return_tensors="pt")
    if "token_type_ids" not in sample:
        raise ModelError("this base model takes no token_type_ids; serve it with encoder_runtime = 'torch'.")
    dynamic = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    # The TorchScript exporter warns about its own deprecation and about traced shape arithmetic that
    # the dynamic axes cover; neither is actionable here, and the probes below check the result.
    with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(Pooled(model).eval(), tuple(sample[name] for name in INPUTS), str(path),
                          input_names=list(INPUTS), output_names=["embedding"],
                          dynamic_axes={**dynamic, "embedding": {0: "batch"}}, opset_version=OPSET, dynamo=False)


def _verify(tokenizer, model, staging: Path, max_length: int) -> float:
    """Largest difference between torch and ONNX Runtime embeddings of the probes, batched and one by one."""
    import torch

    from advisor.retrieval.encoder import mean_pool

    served = OnnxBackend(staging)
    diff = 0.0
    for batch in (list(PROBES), *([p] for p in PROBES)):
        tokens = tokenizer(batch, padding=True, truncation=True, max_length=max_length, return_tensors="pt")
        with torch.inference_mode():
            expected = mean_pool(model(**tokens).last_hidden_state, tokens["attention_mask"]).numpy()
        diff = max(diff, float(np.abs(served.encode(batch) - expected).max()))
    if diff > MAX_ABS_DIFF:
        raise ModelError(f"the ONNX export differs from the torch encoder by {diff:.1e} (more than "
                         f"{MAX_ABS_DIFF:.0e}); it is not used. Serve with encoder_runtime = 'torch'.")
    return diff
