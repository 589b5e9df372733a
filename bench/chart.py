"""Render time of the comparison chart (goal: under 300 ms a picture on the project's 2-core machine).

    .venv/bin/python -m bench.chart --pictures 20

Draws charts of random 2- and 4-phone sets of the catalog (data/phones.csv by default), in English
and Chinese, without the cache, and prints the first picture's time (imports matplotlib and looks
for a CJK font) apart from the p50/p95/max of the others, their CPU time (the wall time also counts
waiting for the cores of a busy shared machine), then the time of a cached picture.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Time the chart and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pictures", type=int, default=20, help="pictures to draw after the first")
    parser.add_argument("--catalog", type=Path, default=Path("data/phones.csv"))
    parser.add_argument("--chipsets", type=Path, default=Path("data/chipsets.csv"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from advisor.catalog.model import MARKETS, load_catalog
    from advisor.ranking.aspects import Percentiles

    catalog = load_catalog(args.catalog, args.chipsets)
    percentiles = Percentiles(catalog, MARKETS)
    rng = random.Random(args.seed)

    def one(size: int, language: str) -> tuple[float, float]:
        """Wall and CPU milliseconds of one picture (CPU time does not count waiting for a shared core)."""
        phones = rng.sample(list(catalog), size)
        started, cpu = time.perf_counter(), time.thread_time()
        from advisor.explain import chart_draw as _chart_draw
        from advisor.explain.chart import build_chart

        _chart_draw.draw(build_chart(phones, percentiles, language, "USD" if language == "en" else "CNY"))
        return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000

    first, _ = one(2, "zh")
    measured = [one(2 if i % 2 else 4, "zh" if i % 4 < 2 else "en") for i in range(args.pictures)]
    times = [wall for wall, _ in measured]
    from advisor.explain.chart import chart_picture

    pair = list(catalog)[:2]
    chart_picture(pair, percentiles, "en", "USD", catalog.fingerprint)
    started = time.perf_counter()
    chart_picture(pair, percentiles, "en", "USD", catalog.fingerprint)
    cached = (time.perf_counter() - started) * 1000
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"first picture (imports, font search): {first:.0f} ms")
    print(f"{len(times)} pictures (2 and 4 phones, en and zh): p50 {statistics.median(times):.0f} ms, "
          f"p95 {p95:.0f} ms, max {ordered[-1]:.0f} ms")
    print(f"CPU time per picture: p50 {statistics.median(c for _, c in measured):.0f} ms")
    print(f"cached picture: {cached:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
