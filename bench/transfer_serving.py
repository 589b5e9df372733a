"""The advisor's own vague evaluation with each transfer variant serving (issue 11).

    .venv/bin/python -m bench.transfer_serving --variants target-only,intents-mean --seeds 13,14,15

`phone-advisor train --ablation` scores each variant on the training evaluator's held-out queries.
This bench asks the shopper-facing question: with the variant's adapter promoted and served, how does
the advisor rank the development set's vague requests (`phone-advisor eval`, kind "vague")? Each
variant is trained with the ablation preset and each seed (the same switches as the ablation), registered
and promoted in a throwaway registry, loaded the way `Advisor.load` serves it, and evaluated. Prints
mean [min-max] over seeds of the advisor's vague precision@5 and nDCG@10 beside the training
evaluator's held-out and vague nDCG@10, and the whole run's time. Nothing is written outside a
temporary directory.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from statistics import mean

ADVISOR_METRICS = ("precision@5", "ndcg@10")
TRAINING_METRICS = ("ndcg@10", "vague.ndcg@10")


def _scored(scores: Mapping[str, float | int | None], metric: str) -> float:
    """One of the evaluation's means; None only when no case was scored, which the figures cannot go without."""
    value = scores[metric]
    if value is None:
        raise SystemExit(f"no vague case was scored for {metric}: data/eval_dev.jsonl holds none")
    return float(value)


def main(argv: Sequence[str] | None = None) -> int:
    """Train, serve and evaluate every variant with every seed; print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench.transfer_serving", description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="target-only,intents-mean",
                        help="comma-separated ablation variants (advisor.models.training.ablation.VARIANTS)")
    parser.add_argument("--seeds", default="13,14,15", help="comma-separated training seeds")
    parser.add_argument("--steps", type=int, default=None, help="override the ablation preset's steps")
    args = parser.parse_args(argv)

    from advisor import Advisor, Settings
    from advisor.evaluation import load_cases, run_evaluation
    from advisor.models.registry import Registry
    from advisor.models.training.ablation import NEUTRAL, VARIANTS
    from advisor.models.training.config import TrainingConfig
    from advisor.models.training.pipeline import BaseVectors, load_base, prepare, train_candidate

    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants {', '.join(unknown)}; choose from {', '.join(VARIANTS)}")
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    preset = TrainingConfig.ablation_run(**({} if args.steps is None else {"max_steps": args.steps}))
    vague_cases = [c for c in load_cases() if c.kind == "vague"]
    started = time.monotonic()
    settings = Settings.from_env()
    base = load_base(settings, lambda _: None)
    vectors = BaseVectors(base)
    rows: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="transfer-serving-") as tmp:
        for name in variants:
            for seed in seeds:
                home = Path(tmp) / f"{name}-{seed}"
                # torch serving: an ONNX export in the background would outlive the temporary registry.
                run_settings = dataclasses.replace(settings, home=home, factory_model=None, encoder_runtime="torch")
                config = preset.with_changes(**{**NEUTRAL, **VARIANTS[name]}, seed=seed)
                prep = prepare(run_settings, config, vectors, lambda _: None)
                registry = Registry(run_settings.models_dir, None)
                with registry.scratch_dir() as scratch:
                    candidate = train_candidate(run_settings, prep, config, base, scratch / "adapter",
                                                lambda _: None, None, measure_distance=False)
                    version = registry.create_version(adapter_dir=scratch / "adapter", catalog=prep.catalog,
                                                      encoder=candidate.encoder, config=config.to_dict(),
                                                      metrics=candidate.metrics, index=candidate.index)
                registry.promote(version.id)
                advisor = Advisor.load(run_settings)
                scores = run_evaluation(advisor, vague_cases, baselines=False).systems["advisor"]["vague"].row()
                row = {f"advisor {m}": _scored(scores, m) for m in ADVISOR_METRICS}
                row.update({f"training {m}": candidate.metrics[m] for m in TRAINING_METRICS})
                rows.setdefault(name, []).append(row)
                print(f"{name} seed {seed}: " + ", ".join(f"{k} {v:.3f}" for k, v in row.items()), flush=True)
    print()
    print(f"{len(vague_cases)} vague cases (data/eval_dev.jsonl); preset {preset.max_steps} steps; "
          f"seeds {', '.join(map(str, seeds))}; mean [min-max]")
    columns = [f"advisor {m}" for m in ADVISOR_METRICS] + [f"training {m}" for m in TRAINING_METRICS]
    print(f"{'variant':<20}" + "".join(f"{c:>30}" for c in columns))
    for name, runs in rows.items():
        cells = []
        for column in columns:
            values = [run[column] for run in runs]
            cells.append(f"{mean(values):.3f} [{min(values):.3f}-{max(values):.3f}]")
        print(f"{name:<20}" + "".join(f"{c:>30}" for c in cells))
    print(f"total time {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
