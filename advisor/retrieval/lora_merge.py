"""Apply a saved peft LoRA adapter to a base model by merging its weights.

Serving must not import peft (training code loads lazily, only for admins), so the merge
W += (B @ A) * alpha / r is done here from the files peft writes: adapter_config.json and
adapter_model.safetensors.
"""

from __future__ import annotations

import json
from pathlib import Path

from advisor.errors import ModelError


def merge_adapter(model, adapter_dir: Path) -> int:
    """Merge the LoRA adapter in `adapter_dir` into `model` in place; returns the number of layers changed."""
    import torch
    from safetensors.torch import load_file

    config_path = Path(adapter_dir) / "adapter_config.json"
    weights_path = Path(adapter_dir) / "adapter_model.safetensors"
    if not config_path.is_file() or not weights_path.is_file():
        raise ModelError(f"{adapter_dir} is not a LoRA adapter (adapter_config.json / adapter_model.safetensors missing).")
    config = json.loads(config_path.read_text())
    if config.get("peft_type", "LORA") != "LORA":
        raise ModelError(f"{adapter_dir} holds a {config.get('peft_type')} adapter; only LoRA is supported.")
    scale = float(config["lora_alpha"]) / float(config["r"])
    tensors = load_file(str(weights_path))
    modules = dict(model.named_modules())
    merged = 0
    for key, a in tensors.items():
        if ".lora_A." not in key:
            continue
        b = tensors[key.replace(".lora_A.", ".lora_B.")]
        target = _module_name(key.split(".lora_A.")[0], modules)
        with torch.no_grad():
            modules[target].weight += (b.float() @ a.float()).to(modules[target].weight.dtype) * scale
        merged += 1
    if merged == 0:
        raise ModelError(f"{adapter_dir} contains no LoRA weights.")
    return merged


def _module_name(peft_name: str, modules: dict) -> str:
    # peft prefixes names with "base_model.model."; strip leading parts until the name matches.
    parts = peft_name.split(".")
    for start in range(len(parts)):
        candidate = ".".join(parts[start:])
        if candidate in modules:
            return candidate
    raise ModelError(f"Adapter layer {peft_name!r} does not exist in the base model; was it trained on another base?")
