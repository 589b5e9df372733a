"""TrainingConfig: every knob of one LoRA domain-adaptation run, validated once and saved with the version."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from importlib import metadata
from pathlib import Path
from typing import Any

# Measured on 2 cores with the 915-phone catalog: about 60 s of a quick run is fixed cost (loading,
# embedding the catalog for the base model and for the candidate), which leaves ~20 s for steps.
_QUICK = {"max_steps": 16, "batch_size": 8, "max_length": 64, "learning_rate": 1e-3, "positives_per_query": 3,
          "max_source": 150}


def _package_version() -> str:
    try:
        return metadata.version("phone-advisor")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


@dataclass(frozen=True)
class TrainingConfig:
    """Hyper-parameters, data switches and seeds of a training run (defaults: the full CPU run)."""

    # LoRA (model-based transfer): rank, scaling and the linear layers that get adapters.
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.1
    # "output.dense" and "intermediate.dense" are the feed-forward layers; the pooler's "dense" is
    # deliberately not matched because mean pooling never uses it.
    target_modules: tuple[str, ...] = ("query", "key", "value")
    # Optimisation: the run stops after `epochs` passes or `max_steps` steps, whichever comes first.
    epochs: int = 8
    max_steps: int = 160
    learning_rate: float = 5e-4
    warmup_fraction: float = 0.1
    batch_size: int = 16
    max_length: int = 128
    temperature: float = 0.05
    seed: int = 13
    # Data: pairs per query, the held-out split (fixed seed, so every version is judged on the same split),
    # and the source domain.
    positives_per_query: int = 12
    split_seed: int = 0
    heldout_phone_fraction: float = 0.2
    heldout_template_fraction: float = 0.25
    use_source: bool = True
    use_weighting: bool = True
    max_source: int = 1200
    source_loss_weight: float = 0.3  # lambda in loss = target loss + lambda * weighted source loss
    # Control experiment: reassign every target query to a random phone. A run with this on must be
    # refused by the negative-transfer guard; it exists to prove that the guard works.
    shuffle_labels: bool = False
    quick: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "target_modules", tuple(self.target_modules))
        checks = [
            (self.lora_r >= 1, f"lora_r must be at least 1, got {self.lora_r}."),
            (self.lora_alpha >= 1, f"lora_alpha must be at least 1, got {self.lora_alpha}."),
            (0 <= self.lora_dropout < 1, f"lora_dropout must be in [0, 1), got {self.lora_dropout}."),
            (bool(self.target_modules) and all(isinstance(m, str) and m for m in self.target_modules),
             "target_modules must name at least one layer, for example ('query', 'value')."),
            (self.epochs >= 1, f"epochs must be at least 1, got {self.epochs}."),
            (self.max_steps >= 1, f"max_steps must be at least 1, got {self.max_steps}."),
            (0 < self.learning_rate < 1, f"learning_rate must be in (0, 1), got {self.learning_rate}."),
            (0 <= self.warmup_fraction < 1, f"warmup_fraction must be in [0, 1), got {self.warmup_fraction}."),
            (self.batch_size >= 2, f"batch_size must be at least 2 (in-batch negatives need a batch), got {self.batch_size}."),
            (16 <= self.max_length <= 512, f"max_length must be between 16 and 512 tokens, got {self.max_length}."),
            (self.temperature > 0, f"temperature must be positive, got {self.temperature}."),
            (self.positives_per_query >= 1, f"positives_per_query must be at least 1, got {self.positives_per_query}."),
            (0 < self.heldout_phone_fraction < 1,
             f"heldout_phone_fraction must be in (0, 1), got {self.heldout_phone_fraction}."),
            (0 < self.heldout_template_fraction < 1,
             f"heldout_template_fraction must be in (0, 1), got {self.heldout_template_fraction}."),
            (self.max_source >= 0, f"max_source must be 0 or more, got {self.max_source}."),
            (self.source_loss_weight >= 0, f"source_loss_weight must be 0 or more, got {self.source_loss_weight}."),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)

    @classmethod
    def quick_run(cls, **overrides: Any) -> TrainingConfig:
        """The `--quick` preset: a few dozen short steps, for a smoke test well under 90 s on 2 cores."""
        return cls(**{**_QUICK, "quick": True, **overrides})

    def with_changes(self, **changes: Any) -> TrainingConfig:
        """A copy with some fields changed (validated again)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values, stamped with the package version that trained."""
        data = asdict(self)
        data["target_modules"] = list(self.target_modules)
        data["package_version"] = _package_version()
        return data

    def to_json(self) -> str:
        """Sorted, indented JSON (stable bytes for the same config)."""
        return json.dumps(self.to_dict(), sort_keys=True, indent=2)

    def save(self, path: Path) -> None:
        """Write `to_json()` to `path`."""
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        """Inverse of `to_dict`; unknown keys are refused so that typos do not pass silently."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k != "package_version"}
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"Unknown training config keys: {', '.join(sorted(unknown))}.")
        if "target_modules" in values:
            values["target_modules"] = tuple(values["target_modules"])
        return cls(**values)

    @classmethod
    def load(cls, path: Path) -> TrainingConfig:
        """Read a config written by `save`."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
