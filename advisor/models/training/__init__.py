"""Domain adaptation of the encoder: LoRA fine-tuning with source-domain transfer and a negative-transfer guard.

Modules, one job each: `config` (TrainingConfig), `pairs` (target-domain pairs and the held-out
split), `source` (review sentences as source-domain pairs), `weighting` (instance weights and the
domain distance), `objective` (weighted InfoNCE, feature alignment), `heldout` (held-out nDCG@10 /
Recall@10), `loop` (the peft training loop), `pipeline` (train -> evaluate -> guard -> registry)
and `ablation` (variants over seeds, mean and spread).

This package imports torch and peft; serving code never imports it. Names load on first use, so
`from advisor.models.training import TrainingConfig` stays light.
"""

from __future__ import annotations

import importlib
import os

# Must precede the first torch import (libgomp reads it once). Busy-waiting OpenMP workers make
# training 3-4x slower whenever the CPU is shared (the bot answering beside a retraining, other
# jobs): we measured 15 s per step instead of 4 s on 2 busy cores. Waiting passively costs little
# on an idle machine. An explicit setting by the user wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

_EXPORTS = {
    "Ablation": "advisor.models.training.ablation",
    "Evaluator": "advisor.models.training.heldout",
    "MetricHook": "advisor.models.training.heldout",
    "Progress": "advisor.models.training.loop",
    "TrainingConfig": "advisor.models.training.config",
    "TrainingReport": "advisor.models.training.pipeline",
    "run_ablation": "advisor.models.training.ablation",
    "train_and_register": "advisor.models.training.pipeline",
}

__all__ = sorted(_EXPORTS)  # noqa: PLE0605 - sorted() makes it a list; ruff cannot see that


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'advisor.models.training' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
