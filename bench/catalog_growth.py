"""How per-turn cost grows with the catalog: synthetic catalogs of 1k to 1M phones.

A synthetic catalog resamples whole rows of the real one (so specs stay jointly realistic: a
flagship keeps a flagship's price, chip and battery) and jitters the numeric specs and prices by a
few percent. Its vectors are NOT model embeddings of new documents (embedding 1M documents would
take hours): each synthetic phone gets the real document embedding of the phone it was drawn from
plus small gaussian noise, renormalized. Queries are real shopper requests from data/eval_dev.jsonl
embedded by the served encoder.

    nice -n 10 .venv/bin/python -m bench.catalog_growth --sizes 1000,10000,100000 [--skip-1m]

Per size it prints: building the filter columns and each index kind (time, resident memory growth,
size on disk and load time), the advisor's array filter per turn (advisor.ranking.match.Columns.mask over
realistic constraints, and over chip and series words), retrieval per turn as the advisor does it
(exact scores of every allowed phone, VectorIndex.scores) and as a plain top-10, for each index kind
asked for (flat and IVF by default, HNSW on request), the kind `build` chooses for the size, and
recall@10 of each approximate kind against flat.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np

from advisor.catalog.model import MARKETS, Phone
from advisor.ranking.match import Columns
from advisor.understanding.request import Bound, Budget, Constraints
from index import VectorIndex
from index._vector_index import choose_kind

T = TypeVar("T")

NOISE = 0.02
"""Per-dimension noise on a drawn phone's vector: cosine to its source ~0.93, like a near variant."""
JITTER = 0.05
"""Relative jitter of numeric specs and prices (5% standard deviation)."""
TIME_BOX_S = 20.0
"""Each latency measurement stops after this many seconds even before all queries ran."""

TURNS: tuple[tuple[str, Constraints], ...] = (
    ("no constraint", Constraints()),
    ("under $500", Constraints(budget=Budget("USD", hi=500))),
    ("Samsung", Constraints(brands=frozenset({"Samsung"}))),
    ("5G, 5000mAh+", Constraints(needs_5g=True, specs=(("battery_mah", Bound(lo=5000)),))),
    ("under ₹30000, 8GB+", Constraints(budget=Budget("INR", hi=30000), specs=(("ram_gb", Bound(lo=8)),))),
    ("$300-800, no Apple", Constraints(budget=Budget("USD", lo=300, hi=800), exclude_brands=frozenset({"Apple"}))),
)
TEXT_TURNS: tuple[tuple[str, Constraints], ...] = (
    ("Snapdragon", Constraints(chipset="Snapdragon")),
    ("no Exynos, no Galaxy A", Constraints(exclude_chipsets=frozenset({"Exynos"}),
                                           exclude_series=frozenset({"Galaxy A"}))),
)
"""Turns whose filters test text (chip words, series prefixes): once per distinct value, not per phone."""
_JITTERED = ("weight_g", "battery_mah", "screen_in", "main_camera_mp", "front_camera_mp", "ram_gb")


def synthetic_phones(phones: Sequence[Phone], size: int, rng: np.random.Generator) -> tuple[list[Phone], np.ndarray]:
    """`size` phones resampled from `phones` with jittered numbers, and the source position of each."""
    source = rng.integers(0, len(phones), size)
    factors = 1 + JITTER * rng.standard_normal((size, len(_JITTERED) + len(MARKETS)))
    out = []
    for n, (i, f) in enumerate(zip(source, factors)):
        p = phones[i]
        specs = {name: _scaled(getattr(p, name), f[j]) for j, name in enumerate(_JITTERED)}
        prices = {m: _scaled(p.prices.get(m), f[len(_JITTERED) + j]) for j, m in enumerate(MARKETS)}
        specs["battery_mah"] = None if specs["battery_mah"] is None else int(specs["battery_mah"])
        out.append(dataclasses.replace(p, id=f"{p.id}~{n}", prices=prices, **specs))
    return out, source


def synthetic_vectors(real: np.ndarray, source: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The real vector of each source phone plus gaussian noise, renormalized to unit length."""
    m = real[source] + NOISE * rng.standard_normal((len(source), real.shape[1]), dtype=np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return m.astype(np.float32, copy=False)


def _scaled(value, factor: float):
    return None if value is None else round(float(value) * factor, 2)


def rss_mib() -> float:
    """Resident memory of this process now."""
    with open("/proc/self/status") as f:
        kib = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return kib / 1024


def measured(fn: Callable[[], T]) -> tuple[T, float, float]:
    """(result, seconds, resident MiB gained) of one call."""
    gc.collect()
    before, start = rss_mib(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start, rss_mib() - before


def latencies(fn: Callable[[int], object], n: int) -> tuple[float, float, int]:
    """(p50 ms, p95 ms, calls made) of fn(i) for i < n, stopping at TIME_BOX_S."""
    times, deadline = [], time.perf_counter() + TIME_BOX_S
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
        if time.perf_counter() > deadline:
            break
    return float(np.percentile(times, 50)), float(np.percentile(times, 95)), len(times)


def recall_at_10(approx: VectorIndex, exact: VectorIndex, queries: np.ndarray) -> tuple[float, float]:
    """Mean share of the exact top-10 that the approximate index also returns, and the mean shortfall of
    the approximate 10th score below the exact 10th (near-duplicate variants make id recall harsh: a
    missed copy may score 0.001 below the one found)."""
    a = approx.search(queries, 10)
    e = exact.search(queries, 10)
    recall = float(np.mean([len({h.id for h in x} & {h.id for h in y}) / 10 for x, y in zip(a, e)]))
    return recall, float(np.mean([y[-1].score - x[-1].score for x, y in zip(a, e)]))


def real_inputs(n_queries: int) -> tuple[list[Phone], np.ndarray, np.ndarray, str]:
    """The real catalog, its document vectors from the served index, and embedded shopper requests."""
    from advisor.engine import Advisor

    advisor = Advisor.load()
    res = advisor.resources
    vectors = res.index.vectors(range(len(res.catalog)))
    texts = []
    with open(Path(__file__).resolve().parents[1] / "data" / "eval_dev.jsonl", encoding="utf-8") as f:
        for line in f:
            texts.extend(json.loads(line)["turns"][:1])
    texts = list(dict.fromkeys(texts))[:n_queries]
    queries = res.encoder.encode(texts)
    if len(queries) < n_queries:  # cycle the requests to reach the asked count
        queries = np.resize(queries, (n_queries, queries.shape[1]))
    return list(res.catalog), vectors, np.ascontiguousarray(queries, dtype=np.float32), res.model_version


def run_size(size: int, phones: list[Phone], real: np.ndarray, queries: np.ndarray, seed: int,
             kinds: Sequence[str]) -> None:
    rng = np.random.default_rng(seed)
    print(f"\n== {size:,} phones ==")
    (synth, source), t, _ = measured(lambda: synthetic_phones(phones, size, rng))
    vectors = synthetic_vectors(real, source, rng)
    print(f"  generate catalog            {t:8.2f} s")
    columns, t, mem = measured(lambda: Columns(synth))
    print(f"  filter columns build        {t:8.2f} s   +{mem:7.1f} MiB RSS")
    masks = [columns.mask(c) for _, c in TURNS]
    allowed = [np.flatnonzero(m) for m in masks]
    shares = ", ".join(f"{name} {len(a) / size:.0%}" for (name, _), a in zip(TURNS, allowed))
    print(f"  allow-list share per turn:  {shares}")
    n = len(queries)
    p50, p95, calls = latencies(lambda i: columns.mask(TURNS[i % len(TURNS)][1]), n)
    print(f"  filter per turn (mask)      p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} turns)")
    for name, constraints in TEXT_TURNS:
        p50, p95, calls = _filter_latencies(columns, constraints, min(n, 50))
        print(f"  filter {name!r:24} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} turns)")
    ids = np.arange(size)
    built: dict[str, VectorIndex] = {}
    for kind in kinds:
        index, t, mem = measured(functools.partial(VectorIndex.build, vectors, ids, model="bench",
                                                   fingerprint="bench", kind=kind))
        built[kind] = index
        print(f"  build {kind:4}                  {t:8.2f} s   +{mem:7.1f} MiB RSS  {index.info.params or ''}")
        with tempfile.TemporaryDirectory() as tmp:
            index.save(Path(tmp) / "idx")
            saved = sum(f.stat().st_size for f in (Path(tmp) / "idx").rglob("*") if f.is_file()) / 2**20
            _, t, _ = measured(functools.partial(VectorIndex.load, Path(tmp) / "idx"))
        print(f"  {kind:4} on disk {saved:9.1f} MiB, load {t:6.2f} s")
    for kind, index in built.items():
        _report_searches(kind, index, queries, allowed)
    print(f"  chosen by size: {choose_kind(size)}")
    for kind, index in built.items():
        if kind == "flat":
            continue
        _report_approximate(kind, index, built.get("flat"), queries, allowed)


def _filter_latencies(columns: Columns, constraints: Constraints, n: int) -> tuple[float, float, int]:
    return latencies(lambda i: columns.mask(constraints), n)


def _report_searches(kind: str, index: VectorIndex, queries: np.ndarray, allowed: list[np.ndarray]) -> None:
    """Latency of a top-10, of the advisor's scores of the allowed phones, and of a top-10 of the allowed."""
    n = len(queries)
    p50, p95, calls = latencies(lambda i: index.search(queries[i:i + 1], 10), n)
    print(f"  {kind:4} top-10, no filter      p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} queries)")
    # the advisor's call: every phone that passed the filters, scored (advisor.resources.semantic_scores)
    p50, p95, calls = latencies(lambda i: index.scores(queries[i], allowed[i % len(TURNS)]), n)
    print(f"  {kind:4} advisor (scores of allowed) p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} queries)")
    p50, p95, calls = latencies(lambda i: index.search(queries[i:i + 1], 10, allowed[i % len(TURNS)]), n)
    print(f"  {kind:4} top-10 of allowed      p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} queries)")


def _report_approximate(kind: str, index: VectorIndex, flat: VectorIndex | None, queries: np.ndarray,
                        allowed: list[np.ndarray]) -> None:
    """Latency of a filtered top-10 by the approximate search, and its recall against the flat index."""
    index.exact_allowed_limit = 0  # the other way for a filtered top-10: the approximate search, filtered
    p50, p95, calls = latencies(lambda i: index.search(queries[i:i + 1], 10, allowed[i % len(TURNS)]),
                                len(queries))
    print(f"  {kind:4} top-10 of allowed, approximate  p50 {p50:8.2f} ms  p95 {p95:8.2f} ms  ({calls} queries)")
    if flat is not None:
        recall, shortfall = recall_at_10(index, flat, queries)
        print(f"  recall@10 {kind} vs flat      {recall:.4f} (no filter; 10th score {shortfall:.4f} below exact); "
              f"allow-lists scored exactly: 1.0 by construction")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="comma-separated catalog sizes")
    parser.add_argument("--skip-1m", action="store_true", help="drop sizes of 1,000,000 and more (slow to build)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--kinds", default="flat,ivf", help="index kinds to build: flat, ivf, hnsw (comma-separated)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.skip_1m:
        sizes = [s for s in sizes if s < 1_000_000]
    start = time.perf_counter()
    phones, real, queries, version = real_inputs(args.queries)
    print(f"real catalog: {len(phones)} phones, model version {version}, {len(queries)} queries "
          f"(real requests from data/eval_dev.jsonl)")
    print(f"synthetic vectors: real document embeddings of the drawn phone + N(0, {NOISE}²) per dimension, "
          f"renormalized; no synthetic document was embedded with the model")
    print(f"synthetic specs: whole real rows resampled, numeric specs and prices x (1 + {JITTER} N(0,1))")
    print(f"latencies: one query at a time, {TIME_BOX_S:.0f} s cap per measurement; memory = resident growth")
    for size in sizes:
        run_size(size, phones, real, queries, args.seed, args.kinds.split(","))
    print(f"\ntotal {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
