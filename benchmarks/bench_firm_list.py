"""How fast the library lists 2,000 firms (3,000 visits) one row per firm, sorted by each
column and filtered as the app's library page does.

Run: ``.venv/bin/python benchmarks/bench_firm_list.py [--firms 2000]``

Builds the library through the real API (``Library.add``: every answer checked and scored,
every firm placed in its local authority with the shipped geography), a third of the firms
re-assessed. Each operation is one page of 200 rows (what the app reads at a time) plus the
count of all matches, timed as the median of seven runs. Not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readiness_app.core.assessment import Answer, Assessment, FirmProfile  # noqa: E402
from readiness_app.core.sectors import SECTIONS  # noqa: E402
from readiness_app.services.catalogue import load_catalogue  # noqa: E402
from readiness_app.services.library import open_library  # noqa: E402
from readiness_app.storage.library import ListQuery, SortKey  # noqa: E402

DISTRICTS = ("LS1 4AP", "CF10 1AA", "G2 1AA", "BT28 2SA", "SA31 1DL", "NR2 1AA", "PL1 2AA",
             "NE1 4LP", "L1 8JQ", "BS1 4AA", "YO1 7AA", "AB10 1AA", "LE1 5AA", "CT1 2AA")


def main() -> int:
    """Build the library, time the queries, print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=2000)
    options = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="bench-firms-"))
    catalogue = load_catalogue()
    questionnaire = next(q for q in catalogue.current() if q.id == "quick-check")
    rng = random.Random(2000)
    start = time.perf_counter()
    with open_library(data, catalogue=catalogue) as library:
        for n in range(options.firms):
            section = SECTIONS[n % len(SECTIONS)]
            firm = FirmProfile(f"Firm {n:04d}", "", postcode=DISTRICTS[n % len(DISTRICTS)],
                               sector_section=section.code)
            previous = None
            for visit in range(1 + (n % 3 == 0)):
                made = Assessment.start(firm, questionnaire)
                for question in questionnaire.questions:
                    if question.type.is_choice and question.options:
                        value = rng.choice(question.options).id
                        try:
                            made = made.with_answer(questionnaire, Answer(question.id, value))
                        except Exception:
                            continue
                when = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=n % 300 + 180 * visit)
                made = replace(made, created_at=when, updated_at=when)
                library.add(made, previous_id=previous)
                previous = made.id
        built = time.perf_counter() - start
        print(f"built {options.firms} firms, {library.count()} visits in {built:.0f} s")
        rows = []
        for sort in (SortKey.FIRM, SortKey.SECTOR, SortKey.SIZE, SortKey.AUTHORITY,
                     SortKey.STATUS, SortKey.SCORE, SortKey.LEVEL, SortKey.CHANGE,
                     SortKey.UPDATED, SortKey.REVIEW):
            rows.append((f"latest per firm, by {sort.value}",
                         ListQuery(latest_per_firm=True, sort=sort, limit=200)))
        rows += [
            ("every visit, by last change", ListQuery(limit=200)),
            ("sector G, latest", ListQuery(latest_per_firm=True, sector_section="G",
                                           limit=200)),
            ("authority Leeds, latest", ListQuery(latest_per_firm=True, authority="Leeds",
                                                  limit=200)),
            ("cyber below established, latest",
             ListQuery(latest_per_firm=True, below_level="established", below_area="cyber",
                       limit=200)),
            ("search 'leeds', latest", ListQuery(latest_per_firm=True, search="leeds",
                                                 limit=200)),
            ("page 5 (rows 800-1000), by change",
             ListQuery(latest_per_firm=True, sort=SortKey.CHANGE, offset=800, limit=200)),
        ]
        print("| operation (200 rows + count) | median |\n| --- | ---: |")
        for name, query in rows:
            times = []
            for _ in range(7):
                t = time.perf_counter()
                library.list_assessments(query)
                times.append(time.perf_counter() - t)
            print(f"| {name} | {statistics.median(times) * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
