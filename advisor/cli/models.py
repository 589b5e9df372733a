"""`phone-advisor train` (domain adaptation with a negative-transfer guard) and `phone-advisor models`.

Training code (torch, peft) is imported only inside the train handler. Progress goes to stderr;
the first Ctrl-C stops training after the current step (nothing is registered), a second one
aborts at once (still nothing is registered: versions appear only complete).
"""

from __future__ import annotations

import dataclasses
import json
import signal
import sys
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advisor.errors import ConfigValueError

if TYPE_CHECKING:
    from tqdm import tqdm

_TABLE_METRICS = ("ndcg@10", "recall@10", "vague.ndcg@10", "numeric.ndcg@10", "en.ndcg@10", "zh.ndcg@10",
                  "unseen_phones.ndcg@10", "dev_vague.ndcg@10", "dev_vague.recall@10")


def register(sub) -> None:
    """Add the train and models commands."""
    train = sub.add_parser("train", help="adapt the encoder to the phone domain (LoRA) and promote it if it is better")
    train.add_argument("--quick", action="store_true", help="a short smoke-test run (well under 90 s on 2 cores)")
    train.add_argument("--source", action="store_true",
                       help="train with the Amazon reviews too (kept only if the data-level guard finds they help)")
    train.add_argument("--no-source", action="store_true", help="train on target data only (the default)")
    train.add_argument("--no-weighting", action="store_true", help="uniform weights for source samples")
    train.add_argument("--ablation", action="store_true",
                       help="train each transfer variant over several seeds (nothing registered) and print mean and "
                            "spread per metric")
    train.add_argument("--seeds", type=int, default=3, help="seeds per variant in --ablation (default 3)")
    train.add_argument("--variants", default=None,
                       help="comma-separated variants for --ablation (default: all but the slowest combinations)")
    train.add_argument("--steps", type=int, default=None, help="override the number of training steps")
    train.add_argument("--seed", type=int, default=None, help="override the training seed")
    train.add_argument("--json", action="store_true", help="print the report as JSON")
    train.set_defaults(handler=run_train)

    models = sub.add_parser("models", help="list, promote or roll back trained model versions")
    actions = models.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="registered versions, the served one marked").set_defaults(handler=run_list)
    promote = actions.add_parser("promote", help="serve a registered version")
    promote.add_argument("version", help="a version id from `phone-advisor models list`")
    promote.add_argument("--force", action="store_true", help="promote even a version rejected as negative transfer")
    promote.set_defaults(handler=run_promote)
    actions.add_parser("rollback", help="serve the previously promoted version (or the base model)").set_defaults(
        handler=run_rollback)


def run_train(args) -> int:
    """Train, judge, register and print the report; with --ablation, compare variants over seeds instead."""
    from advisor.config import Settings
    from advisor.models.training import TrainingConfig

    settings = Settings.from_env()
    overrides = {}
    if args.source and args.no_source:
        print("phone-advisor: give --source or --no-source, not both.", file=sys.stderr)
        return 2
    if args.source or args.no_source:
        overrides["use_source"] = args.source
    if args.no_weighting:
        overrides["use_weighting"] = False
    if args.steps is not None:
        overrides["max_steps"] = args.steps
    if args.seed is not None:
        overrides["seed"] = args.seed
    try:
        if args.ablation and args.seeds < 1:
            raise ConfigValueError(f"--seeds must be at least 1, got {args.seeds}.")
        if args.quick:
            config = TrainingConfig.quick_run(**overrides)
        elif args.ablation:
            config = TrainingConfig.ablation_run(**overrides)
        else:
            config = TrainingConfig(**overrides)
        variants = None if args.variants is None else [v.strip() for v in args.variants.split(",") if v.strip()]
        if variants is not None:
            _check_variants(variants)
    except ConfigValueError as exc:
        print(f"phone-advisor: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()
    printer = _ProgressPrinter()
    with _stop_on_interrupt(stop):
        if args.ablation:
            return _run_ablation(args, settings, config, variants, printer, stop)
        from advisor.models.training.pipeline import train_and_register

        report = train_and_register(settings, config, printer, stop=stop)
    printer.finish()
    if args.json:
        data = dataclasses.asdict(report)
        data["config"] = report.config.to_dict()
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    print(render_report(report))
    return 0


def _check_variants(names: Sequence[str]) -> None:
    from advisor.models.training.ablation import VARIANTS

    unknown = [n for n in names if n not in VARIANTS]
    if unknown or not names:
        raise ConfigValueError(f"Unknown ablation variants: {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(VARIANTS)}.")


def _run_ablation(args, settings, config, variants, printer, stop) -> int:
    from advisor.models.training.ablation import DEFAULT_VARIANTS, render_ablation, run_ablation

    seeds = [config.seed + n for n in range(args.seeds)]
    preset = "quick" if args.quick else "ablation"
    ablation = run_ablation(settings, config, seeds=seeds, preset=preset, variants=variants or DEFAULT_VARIANTS,
                            progress=printer, stop=stop)
    printer.finish()
    if args.json:
        data = dataclasses.asdict(ablation)
        data["config"] = ablation.config.to_dict()
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    print(render_ablation(ablation))
    return 0


def run_list(args) -> int:
    """Print the versions: the factory version first (when shipped), then the registered ones, oldest first."""
    registry = _registry()
    served = registry.served()
    print(f"{'':2}{'version':<27}{'created (UTC)':<18}{'status':<11}{'ndcg@10':>9}{'base':>9}  source/weighting")
    if served is None:
        print(f"{'*':2}{'base model':<27}{'-':<18}{'current':<11}")
    factory = registry.factory()
    for v in ([factory] if factory is not None else []) + registry.versions():
        created = time.strftime("%Y-%m-%d %H:%M", time.gmtime(v.created_at))
        mark = "*" if v.status == "current" else ""
        switches = "/".join("on" if v.config.get(k) else "off" for k in ("use_source", "use_weighting"))
        origin = "  (factory, shipped)" if v.factory else ""
        print(f"{mark:2}{v.id:<27}{created:<18}{v.status:<11}{_cell(v.metrics.get('ndcg@10'))}"
              f"{_cell(v.metrics.get('base.ndcg@10'))}  {switches}{origin}")
    return 0


def run_promote(args) -> int:
    """Serve the given version."""
    version = _registry().promote(args.version, force=args.force)
    print(f"now serving {version.id}")
    return 0


def run_rollback(args) -> int:
    """Serve the previous version again."""
    version = _registry().rollback()
    print("now serving the base model" if version is None else f"now serving {version.id}")
    return 0


def render_report(report) -> str:
    """The human-readable training report."""
    config = report.config
    served = "base model" if report.current_id is None else report.current_id
    lines = [
        f"catalog: {report.catalog_phones} phones; held out: {report.heldout_queries} queries in unseen wordings, "
        f"{report.heldout_phones} unseen phones",
        f"target pairs: {report.target_pairs} (feedback used {report.feedback_used}, skipped {report.feedback_skipped})",
        f"source: {report.source_note}" + _weighting_note(report),
        *([f"source guard: {report.guard_note}"] if report.guard_note else []),
        f"training: {report.steps} steps in {report.train_seconds:.0f} s on {report.device}, loss {report.first_loss:.3f} -> "
        f"{report.final_loss:.3f} (LoRA r={config.lora_r} on {', '.join(config.target_modules)})",
        "",
        f"{'held-out metric':<26}{'base':>10}" + (f"{'served':>10}" if report.current_id else "") + f"{'candidate':>11}",
    ]
    for name in _TABLE_METRICS:
        if name not in report.candidate_metrics:
            continue
        row = f"{name:<26}{_cell(report.base_metrics.get(name), 10)}"
        if report.current_id:
            row += _cell(report.current_metrics.get(name), 10)
        lines.append(row + _cell(report.candidate_metrics[name], 11))
    if report.domain_distance_before is not None:
        lines.append(f"{'domain distance d(S,T)':<26}{report.domain_distance_before:>10.4f}"
                     + (" " * 10 if report.current_id else "") + f"{report.domain_distance_after:>11.4f}")
    else:
        lines.append("domain distance: n/a (no source data)")
    lines.append("")
    if report.promoted:
        lines.append(f"PROMOTED {report.version_id}: {report.reason}")
    elif report.verdict == "superseded":
        lines.append(f"NOT PROMOTED: {report.version_id} passed the guard but {report.reason}")
    else:
        lines.append(f"NEGATIVE TRANSFER: {report.version_id} registered as rejected, still serving {served}: "
                     f"{report.reason}")
    lines.append(f"wall time {report.wall_seconds:.0f} s, peak memory {report.peak_rss_mb:.0f} MiB")
    return "\n".join(lines)


class _ProgressPrinter:
    """Training progress on stderr: a tqdm bar on a terminal; elsewhere (a log file) a line every 5 %,
    since a bar redrawn with carriage returns is unreadable in a log."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._bar: tqdm | None = None
        self._last_logged = -1

    def __call__(self, info) -> None:
        from tqdm import tqdm  # here, not at the top: the chat and bot commands never load it

        if info.phase != "train":
            self.finish()
            tqdm.write(f"[train] {info.phase}…", file=sys.stderr)
            return
        if self._tty:
            if self._bar is None:
                self._bar = tqdm(total=info.total, file=sys.stderr, desc="[train] step", unit="step",
                                 bar_format="{desc} {n_fmt}/{total_fmt} {bar}{postfix} elapsed {elapsed} ETA {remaining}")
            self._bar.set_postfix_str(f"loss {info.loss:.3f}", refresh=False)
            self._bar.update(info.step - self._bar.n)
            return
        bucket = info.step * 20 // max(1, info.total)
        if bucket != self._last_logged or info.step == info.total:
            self._last_logged = bucket
            tqdm.write(f"[train] step {info.step}/{info.total} loss {info.loss:.3f} "
                       f"elapsed {info.elapsed_s:.0f} s ETA {info.eta_s:.0f} s", file=sys.stderr)

    def finish(self) -> None:
        """Close the live bar, if one is drawn."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class _stop_on_interrupt:  # lower case: it is used like a function, `with _stop_on_interrupt():`
    """First Ctrl-C sets `stop` (training ends after its step); a second one raises KeyboardInterrupt."""

    def __init__(self, stop: threading.Event):
        self._stop = stop
        self._previous = None

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    def _handle(self, signum, frame) -> None:
        if self._stop.is_set():
            raise KeyboardInterrupt
        self._stop.set()
        print("\n[train] stopping after this step (Ctrl-C again to abort now); nothing will be registered",
              file=sys.stderr, flush=True)


def _weighting_note(report) -> str:
    if not report.source_pairs:
        return ""
    if report.source_weight_range is None:
        return " Instance weighting off."
    low, high = report.source_weight_range
    return f" Instance weights {low:.2f}-{high:.2f} (mean 1)."


def _registry():
    from advisor.config import Settings
    from advisor.models.registry import Registry

    return Registry.from_settings(Settings.from_env())


def _cell(value, width: int = 9) -> str:
    return f"{value:>{width}.4f}" if value is not None else f"{'-':>{width}}"
