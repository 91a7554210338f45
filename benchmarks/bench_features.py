"""Figures for this round's capabilities (issue 21, item 5), each against a same-run baseline:

* the comparison of two visits (``services.compare``: what the results page's "Since your last
  check" and ``readiness-app compare`` show), from two visits already read, against scoring
  the same two visits (which any view of them does);
* opening a hub pack: the first open of the example pack (checked, unpacked into a fresh data
  folder's cache) and a later open (checked, unpacked copy reused), against reading every
  member of the same zip file with zipfile (no checks);
* (the cohort aggregates at 100,000 assessments and the XLSX export are in bench_cohort.py.)
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from _common import ROOT, Result, median, timings

from readiness_app.core.scoring import score_assessment
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.compare import compare_visits, visit_from_file
from readiness_app.services.hub_pack import open_pack

PACK = ROOT / "examples" / "fellside-growth-hub.readiness-pack"
VISIT = ROOT / "examples" / "england-joinery-leeds.readiness"


def measure_compare(repeats: int) -> list[Result]:
    """The comparison of two visits against scoring them."""
    catalogue = load_catalogue()
    old = visit_from_file(VISIT, catalogue.find)
    new = visit_from_file(VISIT, catalogue.find)
    compared = median(timings(lambda: compare_visits(old, new), repeats))
    scored = median(timings(lambda: [score_assessment(q, a) for q, a in (old, new)], repeats))
    return [Result("compare two visits (services.compare)", compared, "s", scored,
                   "scoring the two visits", note=f"median of {repeats}")]


def measure_pack(repeats: int) -> list[Result]:
    """Opening the example hub pack, first and later, against reading its zip."""

    def read_zip() -> None:
        with zipfile.ZipFile(PACK) as archive:
            for name in archive.namelist():
                archive.read(name)

    baseline = median(timings(read_zip, repeats))
    first: list[float] = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            first += timings(lambda f=Path(folder): open_pack(PACK, f), 1)
    with tempfile.TemporaryDirectory() as folder:
        open_pack(PACK, Path(folder))
        later = median(timings(lambda: open_pack(PACK, Path(folder)), repeats))
    return [
        Result("open a hub pack, first time (unpacked)", median(first), "s", baseline,
               "zipfile reading every member", note=f"median of {repeats}"),
        Result("open a hub pack, later (unpacked copy reused)", later, "s", baseline,
               "zipfile reading every member", note=f"median of {repeats}"),
    ]


def measure(repeats: int) -> list[Result]:
    """All of the figures above."""
    return measure_compare(repeats) + measure_pack(repeats)


if __name__ == "__main__":
    from _common import table

    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 21)))
