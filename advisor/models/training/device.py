"""Which torch device training runs on: a GPU when one is present, the CPU otherwise, or what the operator set.

`PHONE_ADVISOR_DEVICE` (`Settings.device`) is "auto" (the default), "cpu", "cuda" or "cuda:N".
Serving stays on the CPU whatever this says: one query is a few milliseconds there, and the bot's
workers must not each hold a GPU context.
"""

from __future__ import annotations

from advisor.config import DEVICE_PATTERN
from advisor.errors import ConfigError


def choose_device(requested: str, *, cuda_devices: int | None = None) -> str:
    """The torch device string to train on.

    `cuda_devices` is how many CUDA devices torch sees (asked of torch when None). "auto" takes the
    first GPU when there is one, else the CPU; a GPU asked for by name that is not there is a
    ConfigError rather than a silent fall-back, so an operator never trains on the CPU unknowingly.
    """
    if not DEVICE_PATTERN.fullmatch(requested):
        raise ConfigError(f"PHONE_ADVISOR_DEVICE must be auto, cpu, cuda or cuda:N, got {requested!r}.")
    if requested == "cpu":
        return "cpu"
    if cuda_devices is None:
        cuda_devices = _cuda_device_count()
    if requested == "auto":
        return "cuda" if cuda_devices > 0 else "cpu"
    number = int(requested.partition(":")[2] or 0)
    if number >= cuda_devices:
        seen = f"{cuda_devices} CUDA device(s)" if cuda_devices else "no CUDA device (or a CPU-only torch build)"
        raise ConfigError(f"PHONE_ADVISOR_DEVICE={requested} but torch sees {seen}: set it to auto or cpu, "
                          "or install a CUDA build of torch (README, 'Torch: CPU or GPU').")
    return requested


def _cuda_device_count() -> int:
    import torch

    return torch.cuda.device_count() if torch.cuda.is_available() else 0
