"""Run every benchmark and write ``benchmarks/results.json`` and a Markdown table.

    .venv/bin/python benchmarks/run_all.py            # full sizes (about 10 minutes)
    .venv/bin/python benchmarks/run_all.py --quick    # small sizes (under a minute)

Each figure is compared with a baseline measured in the same run (see each script's
docstring), so the ratios hold on a noisy machine; absolute times are printed too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_autosave
import bench_cli
import bench_cohort
import bench_features
import bench_large_library
import bench_pdf
import bench_startup
from _common import Result, machine, save, table


def main() -> int:
    """Run the suite; returns 0 (goals missed are reported, not failed)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--output", type=Path,
                        default=Path(__file__).resolve().parent / "results.json")
    parser.add_argument("--workdir", type=Path, help="keep the large library here for reuse")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quick = args.quick
    results: list[Result] = []
    steps = [
        ("start-up", lambda: bench_startup.measure(2 if quick else 7)),
        ("first start", lambda: bench_startup.measure_first_start(1 if quick else 5)),
        ("command line", lambda: bench_cli.measure(2 if quick else 11)),
        ("compare and hub pack", lambda: bench_features.measure(3 if quick else 21)),
        ("autosave", lambda: bench_autosave.measure(100 if quick else 1000)),
        ("PDF", lambda: bench_pdf.measure_pdf(2 if quick else 9)),
        ("batch", lambda: bench_pdf.measure_batch(20 if quick else 1000)),
        ("cohort", lambda: bench_cohort.measure(5_000 if quick else 100_000,
                                                1_000 if quick else 10_000)),
        ("large library", lambda: bench_large_library.measure(2_000 if quick else 100_000,
                                                              args.workdir)),
    ]
    for name, step in steps:
        print(f"== {name}", file=sys.stderr, flush=True)
        results += step()
    save(results, args.output)
    info = machine()
    print(f"{info['cores']} cores, {info['memory_mb']} MB, Python {info['python']}, "
          f"{info['platform']}{' (quick mode)' if quick else ''}\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
