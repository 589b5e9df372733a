"""Cold start: where the time goes from process start to the first answer that needs the encoder.

Each run is a fresh Python process that does the advisor's start-up steps one after another (not in
the background, as the advisor does, so each step's cost shows on its own) and reports when each
ended, once for each encoder runtime (torch: transformers and the merged adapter; onnx: the export on
onnxruntime with the fast tokenizer); then, in other fresh processes, the real path: `Advisor.load()`
and a first vague request ("a phone for photos") scored against the whole catalog, with
PHONE_ADVISOR_ENCODER_RUNTIME=torch and =onnx. The runs of both runtimes alternate, so they see the
same load. The ONNX export is made first when the served model has none.

    nice -n 10 .venv/bin/python -m bench.cold_start --runs 3

Prints the median seconds per step over the runs, and the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

QUERY = "a phone for photos"


def _child_steps(runtime: str) -> None:
    """Run the start-up steps of one encoder runtime in this fresh process; print their end times as JSON."""
    marks = [("interpreter start", time.time())]

    def mark(step: str) -> None:
        marks.append((step, time.time()))

    import numpy  # noqa: F401 - imported to be timed on its own: every later step needs it
    mark("import numpy")
    import faiss  # noqa: F401 - imported to be timed
    mark("import faiss")
    if runtime == "torch":
        import torch  # noqa: F401 - imported to be timed
        mark("import torch")
        import transformers  # noqa: F401 - imported to be timed
        from transformers import AutoModel, AutoTokenizer
        mark("import transformers")
    else:
        import onnxruntime  # noqa: F401 - imported to be timed
        mark("import onnxruntime")
        import tokenizers  # noqa: F401 - imported to be timed
        mark("import tokenizers")
    from advisor.config import Settings
    from advisor.resources import active_model
    mark("import advisor")
    from advisor.catalog.model import load_catalog
    from advisor.ranking.match import Columns
    from advisor.understanding.understand import Vocabulary

    settings = Settings.from_env()
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    Columns(catalog)
    Vocabulary.from_catalog(catalog, settings.aliases_path)
    mark("catalog, columns, vocabulary")
    adapter_dir, _, index_dir = active_model(settings)
    from advisor.retrieval.encoder import Encoder, resolve_base_model

    if runtime == "torch":
        # the encoder's load, step by step (what the torch backend does), then the encoder itself, now warm
        source = str(resolve_base_model(settings.base_model))
        AutoTokenizer.from_pretrained(source, local_files_only=True)
        mark("tokenizer load")
        model = AutoModel.from_pretrained(source, local_files_only=True)
        mark("model load (from_pretrained)")
        if adapter_dir is not None:
            from advisor.retrieval.lora_merge import merge_adapter

            merge_adapter(model, adapter_dir)
            mark("adapter merge")
        encoder = Encoder(settings.base_model, adapter_dir)
        mark("Encoder() again, files and modules warm")
    else:
        encoder = Encoder(settings.base_model, adapter_dir, runtime="onnx", export_cache=settings.cache_dir)
        mark("Encoder(): tokenizer, onnxruntime session")
    from advisor.retrieval.catalog_index import load_or_build_index

    index = load_or_build_index(catalog, encoder, index_dir or settings.cache_dir / f"index-{encoder.fingerprint}")
    mark("index load")
    query = encoder.encode([QUERY])
    mark("first encode")
    index.search(query, len(catalog), allowed_ids=range(len(catalog)))
    mark("first search")
    encoder.encode([QUERY + " please"])
    mark("second encode (warm, for comparison)")
    print(json.dumps(marks + [("runtime " + encoder.wait_loaded(), time.time())]))


def _child_real() -> None:
    """The advisor's own start-up, then one semantic scoring over the catalog."""
    start = time.time()
    from advisor.engine import Advisor
    from advisor.resources import semantic_scores

    advisor = Advisor.load()
    loaded = time.time()
    resources = advisor.resources
    semantic_scores(resources, QUERY, list(range(len(resources.catalog))))
    marks = [("interpreter start", start), ("Advisor.load()", loaded), ("first semantic scores", time.time())]
    print(json.dumps(marks + [("runtime " + resources.encoder.wait_loaded(), time.time())]))


def _spawn(mode: str, runtime: str) -> tuple[list[tuple[str, float]], float]:
    """Run this module in a fresh process; step durations (the first counted from the spawn), and the CPU
    seconds it used (user + system): about its wall time on an idle core, whatever the load now."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    spawned = time.time()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PHONE_ADVISOR_ENCODER_RUNTIME": runtime}
    out = subprocess.run([sys.executable, "-m", "bench.cold_start", "--child", mode], capture_output=True,
                         text=True, check=True, env=env)
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    if marks[-1][0].startswith("runtime "):  # which runtime served: a check, not a step
        served = marks.pop()[0].split()[1]
        if served != runtime:
            raise SystemExit(f"asked for the {runtime} runtime, the child served {served}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    times = [spawned] + [t for _, t in marks]
    return [(name, times[i + 1] - times[i]) for i, (name, _) in enumerate(marks)], cpu


def _report(title: str, spawned: list[tuple[list[tuple[str, float]], float]]) -> None:
    runs = [steps for steps, _ in spawned]
    print(f"\n{title} (median of {len(runs)} runs, seconds)")
    total = 0.0
    for i, (name, _) in enumerate(runs[0]):
        median = sorted(run[i][1] for run in runs)[len(runs) // 2]
        total += median
        print(f"  {name:40} {median:7.2f}   total {total:6.2f}")
    totals = sorted(sum(d for _, d in run) for run in runs)
    print(f"  end to end per run: {', '.join(f'{t:.2f}' for t in totals)}")
    print(f"  CPU seconds per run (user + system): {', '.join(f'{c:.2f}' for _, c in sorted(spawned, key=lambda r: r[1]))}")


def _ensure_export() -> None:
    """Export the served model for the onnx runs when it has no export yet (once, before any timing)."""
    from advisor.config import Settings
    from advisor.resources import active_model
    from advisor.retrieval.encoder import Encoder

    settings = Settings.from_env()
    adapter_dir, version, _ = active_model(settings)
    encoder = Encoder(settings.base_model, adapter_dir, runtime="onnx", export_cache=settings.cache_dir)
    if encoder.wait_loaded() == "torch" and not encoder.wait_export():
        raise SystemExit("the ONNX export failed (see the log above); install onnxruntime and onnx")
    print(f"served model {version}: ONNX export in {encoder.export_dir}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runtimes", default="torch,onnx", help="encoder runtimes to time, comma-separated")
    parser.add_argument("--child", choices=("steps", "real"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child_steps(os.environ["PHONE_ADVISOR_ENCODER_RUNTIME"]) if args.child == "steps" else _child_real()
        return 0
    runtimes = [r.strip() for r in args.runtimes.split(",") if r.strip()]
    if "onnx" in runtimes:
        _ensure_export()
    print(f"load average before: {os.getloadavg()} (1, 5, 15 min) on {os.cpu_count()} CPUs")
    timed: dict[tuple[str, str], list[tuple[list[tuple[str, float]], float]]] = {(kind, r): [] for kind in ("steps", "real") for r in runtimes}
    for _ in range(args.runs):  # alternate the runtimes run by run: both see the same load
        for kind in ("steps", "real"):
            for runtime in runtimes:
                timed[kind, runtime].append(_spawn(kind, runtime))
    for runtime in runtimes:
        _report(f"step by step, {runtime} runtime", timed["steps", runtime])
    for runtime in runtimes:
        _report(f"the advisor's own start (weights load in the background), {runtime} runtime",
                timed["real", runtime])
    print(f"load average after: {os.getloadavg()} (1, 5, 15 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
