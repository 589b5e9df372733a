"""`phone-advisor eval` (quality against the development set) and `phone-advisor bench` (speed)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path


def register(sub) -> None:
    """Add the eval and bench commands."""
    ev = sub.add_parser("eval", help="score the advisor and two baselines on the development set")
    ev.add_argument("--cases", type=Path, default=None, help="JSON-lines case file (default: data/eval_dev.jsonl)")
    ev.add_argument("--no-baselines", action="store_true", help="score only the advisor")
    ev.add_argument("--failures", action="store_true", help="list the ids of cases that were not fully right")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--personalization", action="store_true",
                    help="liked-pick rate of simulated shoppers with and without personalization")
    ev.add_argument("--generated", type=int, default=500, metavar="N",
                    help="generated requests per language and grammar split (0: skip the generator)")
    ev.add_argument("--seed", type=int, default=0, help="seed of the generated requests")
    ev.add_argument("--show-heldout-failures", action="store_true",
                    help="print the held-out and sealed cases that failed (final human review only: do not tune to "
                         "them)")
    ev.add_argument("--dialogues", action="store_true",
                    help="score multi-turn sessions per pattern and language: the sealed sets "
                         "(data/eval_dialogues_sealed22.jsonl, then data/eval_dialogues_sealed21.jsonl, then "
                         "data/eval_dialogues_sealed20.jsonl, then "
                         "data/eval_dialogues_sealed19.jsonl, then "
                         "data/eval_dialogues_sealed18.jsonl, then "
                         "data/eval_dialogues_sealed17.jsonl, then "
                         "data/eval_dialogues_sealed16.jsonl, then "
                         "data/eval_dialogues_sealed15.jsonl, then "
                         "data/eval_dialogues_sealed14.jsonl, then "
                         "data/eval_dialogues_sealed13.jsonl, then "
                         "data/eval_dialogues_sealed12.jsonl, then "
                         "data/eval_dialogues_sealed11.jsonl, then "
                         "data/eval_dialogues_sealed10.jsonl, then "
                         "data/eval_dialogues_sealed9.jsonl, then "
                         "data/eval_dialogues_sealed8.jsonl, then "
                         "data/eval_dialogues_sealed7.jsonl, then "
                         "data/eval_dialogues_sealed6.jsonl, then "
                         "data/eval_dialogues_sealed5.jsonl, then "
                         "data/eval_dialogues_sealed4.jsonl, then "
                         "data/eval_dialogues_sealed3.jsonl, then "
                         "data/eval_dialogues_sealed.jsonl, then data/eval_dialogues_sealed2.jsonl) first, then "
                         "data/eval_dialogues.jsonl")
    ev.set_defaults(handler=run_eval)
    bench = sub.add_parser("bench", help="measure cold start and per-turn latency")
    bench.add_argument("--turns", type=int, default=200, help="messages to time after warm-up")
    bench.set_defaults(handler=run_bench)


def run_eval(args) -> int:
    """Print precision@5, nDCG@10, impossible flagged and latency per kind and system."""
    from advisor import Advisor, Settings
    from advisor.evaluation import load_cases, run_evaluation
    from advisor.evaluation.cases import DEFAULT_CASES, PARAPHRASE_CASES

    advisor = Advisor.load(Settings.from_env())
    _warm_up(advisor)
    if args.personalization:
        from advisor.evaluation.simulate import SESSIONS, simulate, table

        print(f"simulated shoppers, {SESSIONS} sessions each, liked-pick rate:")
        print(table(simulate(advisor)))
        return 0
    if args.dialogues:
        return _print_dialogues(advisor, args.failures, args.show_heldout_failures)
    figures = _understanding(advisor, args) if args.cases is None else {}
    cases = load_cases(args.cases) if args.cases else load_cases(DEFAULT_CASES) + load_cases(PARAPHRASE_CASES)
    report = run_evaluation(advisor, cases, baselines=not args.no_baselines)
    if args.json:
        print(json.dumps({**figures, **{s: {k: v.row() for k, v in kinds.items()}
                                        for s, kinds in report.systems.items()}}, indent=2))
    else:
        print(f"{len(cases)} cases, catalog of {len(advisor.catalog)} phones, model {advisor.model_version}")
        print(report.table())
    if args.failures:
        for kind, scores in report.systems["advisor"].items():
            if scores.failures:
                print(f"not fully right ({kind}): {', '.join(scores.failures)}")
    if not args.json:
        for label, path, _ in _dialogue_sets():
            print(f"[{label}] {_dialogue_report(advisor, path).summary()}")
    return 0


def _understanding(advisor, args) -> dict:
    """Generated requests (the held-out grammars first, newest first: blind-16, which nobody has read, then blind-15 to
    blind-2 and the sealed grammar, then the other held-out parts, then development) and the
    paraphrase sets (the four sealed sets first: SEALED-4, whose figure nobody has watched yet, then SEALED-3, whose
    failures were opened for error analysis on 2026-12-05, then SEALED and SEALED-2): how much was understood exactly.
    Held-out texts and sealed case ids are printed only on request, so nobody tunes to them."""
    from advisor.evaluation.cases import (
        PARAPHRASE_CASES,
        SEALED2_PARAPHRASE_CASES,
        SEALED3_PARAPHRASE_CASES,
        SEALED4_PARAPHRASE_CASES,
        SEALED_PARAPHRASE_CASES,
        load_cases,
    )
    from advisor.evaluation.generator import HELDOUT_SPLITS, LANGUAGES, SPLIT_LABELS, generate
    from advisor.evaluation.generator_score import (
        Judge,
        failure_counts,
        generated_table,
        noise_rates,
        parser_parse,
        score_generated,
    )
    from advisor.evaluation.understanding import score_understanding, table, with_typos

    judge = Judge(advisor.catalog)
    parse = parser_parse(advisor)
    figures: dict = {}
    for split in (*HELDOUT_SPLITS, "dev") if args.generated > 0 else ():
        tallies = {lang: score_generated(judge, parse, generate(advisor.catalog, args.generated, lang, split,
                                                                args.seed)) for lang in LANGUAGES}
        figures[f"generated_{split}"] = {lang: t.as_dict() for lang, t in tallies.items()}
        if args.json:
            continue
        title = SPLIT_LABELS.get(split, split)
        print(generated_table(f"generated requests, {title} grammar (seed {args.seed}), exact match:", tallies))
        for lang, tally in tallies.items():
            print(f"  {split} {lang.upper()} whole request by noise: {noise_rates(tally)}")
            heldout = split in HELDOUT_SPLITS
            show = args.show_heldout_failures if heldout else args.failures
            if show:
                for case_id, text, slots in tally.failures:
                    print(f"  {case_id}: {text}  [{', '.join(slots)}]")
            elif heldout:
                print(f"  {split} {lang.upper()} failures by slot (texts withheld): {failure_counts(tally)}")
        print()
    for name, path, label, show in (
            ("paraphrases_sealed4", SEALED4_PARAPHRASE_CASES, "SEALED-4 held-out paraphrases",
             args.show_heldout_failures),
            ("paraphrases_sealed3", SEALED3_PARAPHRASE_CASES, "SEALED-3 held-out paraphrases",
             args.show_heldout_failures),
            ("paraphrases_sealed", SEALED_PARAPHRASE_CASES, "SEALED held-out paraphrases", args.show_heldout_failures),
            ("paraphrases_sealed2", SEALED2_PARAPHRASE_CASES, "SEALED-2 held-out paraphrases",
             args.show_heldout_failures),
            ("paraphrases", PARAPHRASE_CASES, "paraphrases", args.failures)):
        cases = load_cases(path)
        scores = score_understanding(advisor, judge, cases)
        slipped = score_understanding(advisor, judge, with_typos(cases, args.seed))
        figures[name] = {kind: s.row() for kind, s in scores.items()}
        figures[f"{name}_with_a_typo"] = {kind: s.row() for kind, s in slipped.items()}
        if args.json:
            continue
        print(f"{label} ({path.name}), understood completely (state exact) / answers showing a phone that breaks "
              "the gold / notes named:")
        print(table(scores))
        print(f"  with one seeded typo in the last turn (seed {args.seed}), understood completely: " + ", ".join(
            f"{kind} {s.understood / s.cases:.3f} (n {s.cases})" for kind, s in slipped.items()))
        if show:
            for kind, s in scores.items():
                print(f"not understood ({kind}): {', '.join(s.not_understood) or 'none'}")
                print(f"showed a breaking phone ({kind}): {', '.join(s.broke_ids) or 'none'}")
                print(f"answered with an error ({kind}): {', '.join(s.errors) or 'none'}")
        print()
    return figures


def _dialogue_sets() -> tuple[tuple[str, Path, bool], ...]:
    """(label, file, sealed?) of each dialogue set, in report order: the twenty-two sealed sets first, the twenty-second (the
    only one nobody has read a failure of) first, then the others from the most recently opened: the lead opened the
    failing sessions of SEALED-21, SEALED-20, SEALED-19, SEALED-18, SEALED-17 and SEALED-16 on 2026-12-07, those of SEALED-15, SEALED-14, SEALED-13, SEALED-12 and SEALED-11 on 2026-12-06, those of SEALED-10, SEALED-9, SEALED-8, SEALED-7, SEALED-6, SEALED-5, SEALED-4
    and SEALED-3 for error analysis on 2026-12-05 (in reverse order), and those of the first two on 2026-12-04."""
    from advisor.evaluation.dialogues import DEFAULT_DIALOGUES, SEALED_SETS

    return (*((f"{name} held-out dialogues", path, True) for name, path in SEALED_SETS),
            ("dialogues", DEFAULT_DIALOGUES, False))


def _dialogue_report(advisor, path: Path):
    from advisor.evaluation.dialogues import load_dialogues, run_dialogues

    return run_dialogues(advisor, load_dialogues(path))


def _print_dialogues(advisor, failures: bool, sealed_failures: bool) -> int:
    """Each dialogue set (sealed sets first) per pattern and language, and the turns that showed a ruled-out phone.
    The sealed sets' turn texts are printed only with --show-heldout-failures."""
    for label, path, sealed in _dialogue_sets():
        report = _dialogue_report(advisor, path)
        print(f"{label} ({path.name})")
        print(report.summary())
        print(report.table())
        opposite = report.opposite_lines()
        print(f"turns that showed a phone the shopper had ruled out: {len(opposite)}")
        if sealed_failures or not sealed:
            print("\n".join(opposite) or "none")
        if sealed_failures if sealed else failures:
            print("turns that failed a check:")
            print("\n".join(report.failure_lines()) or "none")
        print()
    return 0


def _warm_up(advisor) -> None:
    session = advisor.session()
    for text in ("warm up", "phone with a good camera under $500", "预算3000元"):
        session.ask(text)


BENCH_MESSAGES = (
    "best camera under $500", "only Samsung", "cheaper", "gaming phone with at least 12GB RAM",
    "预算3000元，续航好", "不要苹果", "lightest phone", "compare the first two", "show more",
    "big screen for my grandma under 20000 rupees", "Dimensity 5G phone", "ignore the budget",
)


def run_bench(args) -> int:
    """Cold start (a fresh process answering one message) and warm per-turn latency."""
    from advisor import Advisor, Settings
    from advisor._measures import percentile

    cold = {}
    # The first needs no encoder (constraints and an intent); the second waits for its weights.
    for message in ("best camera under $500", "a sleek phone that feels premium in the hand"):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "advisor.cli", "ask", message], check=True, stdout=subprocess.DEVNULL)
        cold[message] = time.perf_counter() - started
    advisor = Advisor.load(Settings.from_env())
    _warm_up(advisor)
    session = advisor.session()
    latencies = []
    for n in range(args.turns):
        message = BENCH_MESSAGES[n % len(BENCH_MESSAGES)]
        if n % len(BENCH_MESSAGES) == 0:
            session.reset()
        t = time.perf_counter()
        session.ask(message)
        latencies.append(time.perf_counter() - t)
    for message, seconds in cold.items():
        print(f"cold start (new process, load + first answer to {message!r}): {seconds:.2f} s")
    print(f"per turn over {len(latencies)} messages: p50 {percentile(latencies, 50) * 1000:.1f} ms, "
          f"p95 {percentile(latencies, 95) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
    return 0
