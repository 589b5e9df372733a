"""The LoRA training loop: peft adapters on the encoder's transformer, base weights frozen, seeded.

One step is one optimizer update on a batch of target pairs, plus (when source data is used) a
half-size batch of source pairs whose losses carry their instance weights, and optionally a feature
alignment term between the two batches' query embeddings. The sequential schedule trains on source
batches alone first, then on target batches alone. The loop checks a stop flag
before every step, so an interrupt ends it between steps; it writes nothing but `out_dir`.
"""

from __future__ import annotations

import copy
import math
import random
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from advisor.errors import TrainingError
from advisor.models.training.config import TrainingConfig
from advisor.models.training.objective import alignment_loss, false_negative_mask, info_nce
from advisor.models.training.pairs import TrainingPair
from advisor.retrieval.encoder import HF_LOAD_LOCK, Encoder, mean_pool


@dataclass(frozen=True)
class Progress:
    """A progress report: `phase` is "train" for steps, or names the pipeline stage in progress."""

    phase: str
    step: int = 0
    total: int = 0
    loss: float | None = None
    elapsed_s: float = 0.0
    eta_s: float | None = None


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class LoopResult:
    """What the loop did: steps run, the mean loss of the first and last steps, seconds spent, and where."""

    steps: int
    first_loss: float
    final_loss: float
    seconds: float
    device: str


def planned_steps(n_target_pairs: int, config: TrainingConfig) -> int:
    """Steps a run will take: `epochs` passes over the target batches, capped at `max_steps`."""
    batches = n_target_pairs // config.batch_size
    return min(config.max_steps, config.epochs * batches)


def train_lora(base: Encoder, target: Sequence[TrainingPair], source: Sequence[TrainingPair],
               config: TrainingConfig, out_dir: Path, *, progress: ProgressCallback | None = None,
               stop: threading.Event | None = None, device: str = "cpu") -> LoopResult:
    """Train a LoRA adapter on a copy of `base`'s transformer and save it (peft format) into `out_dir`.

    `device` is a torch device string (advisor/models/training/device.py chooses it); `base` stays where it is."""
    total = planned_steps(len(target), config)
    if total < 1:
        raise TrainingError(f"{len(target)} target pairs do not fill one batch of {config.batch_size}; "
                            "use a bigger catalog or a smaller batch_size.")
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    model = _peft_model(base, config).to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.0)
    warmup = max(1, int(config.warmup_fraction * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))
    target_batches = _batches(list(target), config.batch_size, rng, drop_last=True)
    # Source batches are half the size: the source domain is the auxiliary task, and this keeps a
    # step with source data about 1.3x the cost of a target-only step instead of 1.6x.
    source_size = max(2, config.batch_size // 2)
    source_batches = _batches(list(source), source_size, rng, drop_last=False) if source else None

    def embed(texts: list[str]) -> torch.Tensor:
        tokens = base.tokenizer(texts, padding=True, truncation=True, max_length=config.max_length,
                                return_tensors="pt").to(device)
        return mean_pool(model(**tokens).last_hidden_state, tokens["attention_mask"])

    def batch_loss(batch: list[TrainingPair], weighted: bool) -> tuple[torch.Tensor, torch.Tensor]:
        weights = torch.tensor([p.weight for p in batch], device=device) if weighted else None
        # Source positives are a handful of aspect descriptions: embed each distinct text once.
        distinct = list(dict.fromkeys(p.positive for p in batch))
        rows = torch.tensor([distinct.index(p.positive) for p in batch], device=device)
        positives = embed(distinct)[rows]
        queries = embed([p.query for p in batch])
        loss = info_nce(queries, positives, temperature=config.temperature, weights=weights,
                        false_negatives=false_negative_mask(batch).to(device))
        return loss, queries

    # Sequential transfer spends the first steps on the source alone (full-size batches), then
    # the rest on the target alone; the joint schedule mixes both in every step.
    sequential = source_batches is not None and config.schedule == "sequential"
    if sequential:
        source_batches = _batches(list(source), config.batch_size, rng, drop_last=False)
    source_steps = round(config.source_first_fraction * total) if sequential else 0

    def step_loss(step: int) -> torch.Tensor:
        if step <= source_steps and source_batches is not None:  # source_steps is 0 unless sequential
            return batch_loss(next(source_batches), weighted=True)[0]
        loss, target_queries = batch_loss(next(target_batches), weighted=False)
        if source_batches is None or sequential:
            return loss
        source_batch = next(source_batches)
        if len(source_batch) < 2:
            return loss
        source_loss, source_queries = batch_loss(source_batch, weighted=True)
        loss = loss + config.source_loss_weight * source_loss
        if config.align_loss != "none":
            loss = loss + config.align_weight * alignment_loss(source_queries, target_queries, config.align_loss)
        return loss

    losses: list[float] = []
    started = time.monotonic()
    model.train()
    for step in range(1, total + 1):
        if stop is not None and stop.is_set():
            raise TrainingError(f"Training stopped at step {step - 1} of {total}; nothing was registered.")
        loss = step_loss(step)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        schedule.step()
        value = float(loss.detach())
        if not math.isfinite(value):
            raise TrainingError(f"The loss became {value} at step {step}; lower learning_rate (now {config.learning_rate}).")
        losses.append(value)
        if progress is not None:
            elapsed = time.monotonic() - started
            progress(Progress("train", step, total, value, elapsed, elapsed / step * (total - step)))
    model.eval()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir))
    window = max(1, min(10, len(losses) // 4 or 1))
    return LoopResult(total, sum(losses[:window]) / window, sum(losses[-window:]) / window,
                      time.monotonic() - started, device)


def _peft_model(base: Encoder, config: TrainingConfig):
    with HF_LOAD_LOCK:  # peft imports transformers code lazily too (see advisor.retrieval.encoder)
        from peft import LoraConfig, get_peft_model

    lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules=list(config.target_modules), bias="none")
    # The serving model stays untouched: peft injects adapters into a private copy.
    model = copy.deepcopy(base.model)
    with warnings.catch_warnings():
        # transformers deprecates a property that peft still reads; nothing for us to act on.
        warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
        try:
            with HF_LOAD_LOCK:
                return get_peft_model(model, lora)
        except ValueError as exc:
            raise TrainingError(f"Cannot attach LoRA to {base.base_model!r}: {exc}") from None


def _batches(pairs: list[TrainingPair], size: int, rng: random.Random, *, drop_last: bool) -> Iterator[list[TrainingPair]]:
    # Endless: reshuffle at every pass (epoch) with the run's seeded generator.
    while True:
        order = pairs[:]
        rng.shuffle(order)
        stop = len(order) - len(order) % size if drop_last else len(order)
        for start in range(0, stop, size):
            yield order[start:start + size]
