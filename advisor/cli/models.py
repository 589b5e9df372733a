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

_TABLE_METRICS = ("ndcg@10", "recall@10", "vague.ndcg@10", "numeric.ndcg@10", "en.ndcg@10", "zh.ndcg@10",
                  "unseen_phones.ndcg@10", "dev_vague.ndcg@10", "dev_vague.recall@10")


def register(sub) -> None:
    """Add the train and models commands."""
    train = sub.add_parser("train", help="adapt the encoder to the phone domain (LoRA) and promote it if it is better")
    train.add_argument("--quick", action="store_true", help="a short smoke-test run (well under 90 s on 2 cores)")
    train.add_argument("--no-source", action="store_true", help="train on target data only (no Amazon reviews)")
    train.add_argument("--no-weighting", action="store_true", help="uniform weights for source samples")
    train.add_argument("--ablation", action="store_true",
                       help="also train target-only and no-weighting variants (not registered) and print a table")
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
    """Train, judge, register; print the report (and the ablation table with --ablation)."""
    from advisor.config import Settings
    from advisor.training import Progress, TrainingConfig
    from advisor.training.pipeline import run_ablation, train_and_register

    settings = Settings.from_env()
    overrides = {"use_source": not args.no_source, "use_weighting": not args.no_weighting}
    if args.steps is not None:
        overrides["max_steps"] = args.steps
    if args.seed is not None:
        overrides["seed"] = args.seed
    try:
        config = TrainingConfig.quick_run(**overrides) if args.quick else TrainingConfig(**overrides)
    except ValueError as exc:
        print(f"phone-advisor: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()
    printer = _ProgressPrinter()
    with _stop_on_interrupt(stop):
        base = None
        if args.ablation:  # load the base model once for all runs
            from advisor.encoder import Encoder

            printer(Progress("loading the base model"))
            base = Encoder(settings.base_model)
        report = train_and_register(settings, config, printer, base_encoder=base, stop=stop)
        rows = []
        if args.ablation:
            rows = run_ablation(settings, config, printer, base_encoder=base, stop=stop,
                                variants=("target-only", "no-weighting"))
    printer.finish()
    if args.json:
        data = dataclasses.asdict(report)
        data["config"] = report.config.to_dict()
        if rows:
            data["ablation"] = [dataclasses.asdict(r) for r in rows]
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    print(render_report(report))
    if rows:
        print()
        print(render_ablation(report, rows))
    return 0


def run_list(args) -> int:
    """Print the registered versions, oldest first."""
    registry = _registry()
    versions = registry.versions()
    current = registry.current()
    print(f"{'':2}{'version':<27}{'created (UTC)':<18}{'status':<11}{'ndcg@10':>9}{'base':>9}  source/weighting")
    if current is None:
        print(f"{'*':2}{'base model':<27}{'-':<18}{'current':<11}")
    for v in versions:
        created = time.strftime("%Y-%m-%d %H:%M", time.gmtime(v.created_at))
        mark = "*" if v.status == "current" else ""
        switches = "/".join("on" if v.config.get(k) else "off" for k in ("use_source", "use_weighting"))
        print(f"{mark:2}{v.id:<27}{created:<18}{v.status:<11}{_cell(v.metrics.get('ndcg@10'))}"
              f"{_cell(v.metrics.get('base.ndcg@10'))}  {switches}")
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
        f"training: {report.steps} steps in {report.train_seconds:.0f} s, loss {report.first_loss:.3f} -> "
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


def render_ablation(report, rows: Sequence) -> str:
    """The ablation table: base model, the registered run ("full") and the variants."""
    header = f"{'variant':<14}{'source':>7}{'weights':>8}{'ndcg@10':>9}{'recall@10':>10}{'vague':>8}{'zh':>8}" \
             f"{'dev_vague':>10}{'d(S,T)':>8}{'train s':>8}"
    table = [header]
    entries = [(r.name, r.use_source, r.use_weighting, r.metrics, r.domain_distance_after, r.train_seconds)
               for r in rows[:1]]
    entries.append(("full", report.source_pairs > 0, report.config.use_weighting and report.source_pairs > 0,
                    report.candidate_metrics, report.domain_distance_after, report.train_seconds))
    entries += [(r.name, r.use_source, r.use_weighting and r.use_source, r.metrics, r.domain_distance_after,
                 r.train_seconds) for r in rows[1:]]
    for name, source, weights, metrics, distance, seconds in entries:
        flag = "-" if name == "base model" else ("on" if source else "off")
        wflag = "-" if name == "base model" else ("on" if weights else "off")
        table.append(f"{name:<14}{flag:>7}{wflag:>8}{_cell(metrics.get('ndcg@10'))}{_cell(metrics.get('recall@10'), 10)}"
                     f"{_cell(metrics.get('vague.ndcg@10'), 8)}{_cell(metrics.get('zh.ndcg@10'), 8)}"
                     f"{_cell(metrics.get('dev_vague.ndcg@10'), 10)}"
                     f"{(f'{distance:.3f}' if distance is not None else '-'):>8}{seconds:>8.0f}")
    return "\n".join(table)


class _ProgressPrinter:
    """Progress on stderr: a live line on a terminal, a line every 5 % otherwise."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last_logged = -1
        self._open_line = False

    def __call__(self, info) -> None:
        if info.phase != "train":
            self._end_line()
            print(f"[train] {info.phase}…", file=sys.stderr, flush=True)
            return
        text = (f"[train] step {info.step}/{info.total} loss {info.loss:.3f} "
                f"elapsed {info.elapsed_s:.0f} s ETA {info.eta_s:.0f} s")
        if self._tty:
            print("\r" + text, end="", file=sys.stderr, flush=True)
            self._open_line = True
            return
        bucket = info.step * 20 // max(1, info.total)
        if bucket != self._last_logged or info.step == info.total:
            self._last_logged = bucket
            print(text, file=sys.stderr, flush=True)

    def finish(self) -> None:
        """End a live progress line."""
        self._end_line()

    def _end_line(self) -> None:
        if self._open_line:
            print(file=sys.stderr)
            self._open_line = False


class _stop_on_interrupt:  # noqa: N801 - used as a context manager
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
    from advisor.registry import Registry

    return Registry(Settings.from_env().models_dir)


def _cell(value, width: int = 9) -> str:
    return f"{value:>{width}.4f}" if value is not None else f"{'-':>{width}}"
