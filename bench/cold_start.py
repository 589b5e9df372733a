"""Cold start: where the time goes from process start to the first answer that needs the encoder.

Each run is a fresh Python process that does the advisor's start-up steps one after another (not in
the background, as the advisor does, so each step's cost shows on its own) and reports when each
ended; then, in another fresh process, the real path: `Advisor.load()` and a first vague request
("a phone for photos") scored against the whole catalog.

    nice -n 10 .venv/bin/python -m bench.cold_start --runs 3

Prints the median seconds per step over the runs, and the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence

QUERY = "a phone for photos"


def _child_steps() -> None:
    """Run the start-up steps in this fresh process and print their end times as JSON."""
    marks = [("interpreter start", time.time())]

    def mark(step: str) -> None:
        marks.append((step, time.time()))

    import numpy  # noqa: F401  (timed on its own: every later step needs it)
    mark("import numpy")
    import faiss  # noqa: F401
    mark("import faiss")
    import torch  # noqa: F401
    mark("import torch")
    import transformers  # noqa: F401
    from transformers import AutoModel, AutoTokenizer  # noqa: F401
    mark("import transformers")
    from advisor.engine import _active_model
    from advisor.config import Settings
    mark("import advisor")
    from advisor.catalog import load_catalog
    from advisor.match import Columns
    from advisor.understand import Vocabulary

    settings = Settings.from_env()
    catalog = load_catalog(settings.catalog_path, settings.chipsets_path)
    Columns(catalog)
    Vocabulary.from_catalog(catalog, settings.aliases_path)
    mark("catalog, columns, vocabulary")
    adapter_dir, _, index_dir = _active_model(settings)
    from advisor.encoder import Encoder, resolve_base_model

    # the encoder's load, step by step (what Encoder._load does), then the encoder itself, now warm
    source = str(resolve_base_model(settings.base_model))
    AutoTokenizer.from_pretrained(source, local_files_only=True)
    mark("tokenizer load")
    model = AutoModel.from_pretrained(source, local_files_only=True)
    mark("model load (from_pretrained)")
    if adapter_dir is not None:
        from advisor._lora import merge_adapter

        merge_adapter(model, adapter_dir)
        mark("adapter merge")
    encoder = Encoder(settings.base_model, adapter_dir)
    mark("Encoder() again, files and modules warm")
    from advisor.retrieval import load_or_build_index

    index = load_or_build_index(catalog, encoder, index_dir or settings.cache_dir / f"index-{encoder.fingerprint}")
    mark("index load")
    query = encoder.encode([QUERY])
    mark("first encode")
    index.search(query, len(catalog), allowed_ids=range(len(catalog)))
    mark("first search")
    encoder.encode([QUERY + " please"])
    mark("second encode (warm, for comparison)")
    print(json.dumps(marks))


def _child_real() -> None:
    """The advisor's own start-up, then one semantic scoring over the catalog."""
    start = time.time()
    from advisor.engine import Advisor

    advisor = Advisor.load()
    loaded = time.time()
    resources = advisor.resources
    advisor.semantic_scores(resources, QUERY, list(range(len(resources.catalog))))
    marks = [("interpreter start", start), ("Advisor.load()", loaded), ("first semantic scores", time.time())]
    print(json.dumps(marks))


def _spawn(mode: str) -> list[tuple[str, float]]:
    """Run this module in a fresh process; step durations, the first counted from the spawn."""
    spawned = time.time()
    out = subprocess.run([sys.executable, "-m", "bench.cold_start", "--child", mode], capture_output=True,
                         text=True, check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    times = [spawned] + [t for _, t in marks]
    return [(name, times[i + 1] - times[i]) for i, (name, _) in enumerate(marks)]


def _report(title: str, runs: list[list[tuple[str, float]]]) -> None:
    print(f"\n{title} (median of {len(runs)} runs, seconds)")
    total = 0.0
    for i, (name, _) in enumerate(runs[0]):
        median = sorted(run[i][1] for run in runs)[len(runs) // 2]
        total += median
        print(f"  {name:40} {median:7.2f}   total {total:6.2f}")
    totals = sorted(sum(d for _, d in run) for run in runs)
    print(f"  end to end per run: {', '.join(f'{t:.2f}' for t in totals)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("steps", "real"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        (_child_steps if args.child == "steps" else _child_real)()
        return 0
    print(f"load average before: {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs")
    _report("step by step", [_spawn("steps") for _ in range(args.runs)])
    _report("the advisor's own start (weights load in the background)",
            [_spawn("real") for _ in range(args.runs)])
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
