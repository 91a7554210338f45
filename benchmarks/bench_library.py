"""How fast the library lists, searches, sorts and saves with 100,000 assessments.

Run: ``.venv/bin/python benchmarks/bench_library.py [--rows 100000] [--workdir DIR]``

Builds a library of ``--rows`` assessments through the real API (``Library.add_many``: every
answer checked and scored by core), or reuses the one already in ``--workdir``. Each
operation is timed as the median of several runs through ``Library`` and, as the baseline in
the same run, as the bare ``sqlite3`` queries of the same shape (the same ``count(*)`` and
``SELECT ... LIMIT 50`` on the same file, without our code). The ratio is the cost of the
library layer; the absolute time is what a user waits for. Not a test: nothing here fails
on a slow machine.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readiness_app import resources  # noqa: E402
from readiness_app.core.assessment import (  # noqa: E402
    DONT_KNOW,
    Answer,
    Assessment,
    FirmProfile,
    SizeBand,
    Status,
)
from readiness_app.core.questionnaire import Questionnaire, QuestionType  # noqa: E402
from readiness_app.core.questionnaire_loader import load_questionnaire  # noqa: E402
from readiness_app.storage.db import CACHE_KIB  # noqa: E402
from readiness_app.storage.library import Library, ListQuery, SortKey  # noqa: E402

PAGE = 50
FIRST = ["Harbour", "Anchor", "Bright", "Tŷ", "Quay", "Castle", "Valley", "Northern",
         "Riverside", "Oak", "Station", "Market", "Bridge", "Mill", "Coastal", "Highland",
         "Abbey", "Granite", "Willow", "Copper"]
SECOND = ["Café", "Engineering", "Electrical", "Coffi", "Bakery", "Joinery", "Print",
          "Motors", "Dental", "Accountants", "Florist", "Logistics", "Software", "Brewing",
          "Garage", "Salon", "Plumbing", "Pharmacy", "Builders", "Studio"]
SUFFIX = ["Ltd", "Limited", "& Sons", "LLP", "Co", "Cyf", ""]
SECTORS = ["Hospitality", "Manufacturing", "Construction", "Retail", "Health",
           "Professional services", "Creative", "Transport"]
OUTWARD = ["PL1", "SA1", "LS1", "M1", "CF10", "EH1", "BT1", "G2", "NE1", "B3", "BS1", "L2"]


def _answers(rng: random.Random, questionnaire: Questionnaire) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    base = datetime(2024, 1, 1, tzinfo=UTC)
    for question in questionnaire.questions:
        if rng.random() < 0.25:
            continue
        if question.allow_dont_know and rng.random() < 0.05:
            value: object = DONT_KNOW
        elif question.type is QuestionType.MULTI:
            plain = [o.id for o in question.options if not o.exclusive]
            value = frozenset(rng.sample(plain, rng.randint(0, len(plain))))
        elif question.type is QuestionType.NUMBER:
            value = float(rng.randint(int(question.min_value or 1), 300))
        elif question.type is QuestionType.TEXT:
            value = "Some notes from the visit."
        else:
            value = rng.choice([o.id for o in question.options])
        stamp = base + timedelta(minutes=rng.randint(0, 1_000_000))
        answers[question.id] = Answer(question.id, value, "", stamp)  # type: ignore[arg-type]
    return answers


def _assessments(rng: random.Random, questionnaire: Questionnaire,
                 count: int) -> Iterator[Assessment]:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(count):
        name = " ".join(w for w in (rng.choice(FIRST), rng.choice(SECOND), rng.choice(SUFFIX),
                                    str(n)) if w)
        firm = FirmProfile(name, rng.choice(SECTORS), rng.choice(list(SizeBand)),
                           f"{rng.choice(OUTWARD)} {rng.randint(1, 9)}AA")
        created = base + timedelta(minutes=rng.randint(0, 1_000_000))
        yield Assessment(
            id=f"{rng.getrandbits(128):032x}", firm=firm, questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            answers=_answers(rng, questionnaire),
            status=Status.COMPLETE if rng.random() < 0.6 else Status.IN_PROGRESS,
            created_at=created, updated_at=created + timedelta(minutes=rng.randint(0, 5000)))


def build(library: Library, questionnaire: Questionnaire, rows: int) -> float:
    """Fill the library through the real API; returns the seconds it took."""
    rng = random.Random(20261123)
    start = time.perf_counter()
    made = library.count()
    stream = _assessments(rng, questionnaire, rows)
    for _ in range(made):
        next(stream)
    while made < rows:
        batch = [a for _, a in zip(range(min(5000, rows - made)), stream, strict=False)]
        made += library.add_many(batch)
        print(f"  built {made:,} / {rows:,}", end="\r", flush=True)
    print()
    # a few in the trash, so the partial indexes have something to leave out
    for assessment_id in library.ids()[: rows // 100]:
        library.trash(assessment_id)
    return time.perf_counter() - start


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` runs after one warm-up run."""
    action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


COLUMNS = ("a.pk, a.id, a.firm_name, a.sector, a.size_band, a.postcode, a.questionnaire_id, "
           "a.questionnaire_version, a.status, a.created_at, a.updated_at, a.deleted_at, "
           "a.overall_score, a.level_id, a.answered, a.previous_id, a.series_id")


def bare(conn: sqlite3.Connection, where: str, order: str, params: tuple = (),
         offset: int = 0, source: str = "assessment a",
         count_sql: str | None = None, count_params: tuple | None = None
         ) -> Callable[[], object]:
    """The baseline: the same count and page queries, straight through sqlite3."""
    base = f"FROM {source} WHERE {where}"
    count = count_sql or f"SELECT count(*) {base}"

    def run() -> object:
        total = conn.execute(count, params if count_params is None else count_params) \
            .fetchone()[0]
        rows = conn.execute(f"SELECT {COLUMNS} {base} ORDER BY {order} LIMIT ? OFFSET ?",
                            (*params, PAGE, offset)).fetchall()
        return total, rows

    return run


def searching(terms: tuple[str, ...]) -> str:
    """The search condition, as the library writes it."""
    matches = " AND ".join(["instr(text, ?) > 0"] * len(terms))
    return f"a.pk IN (SELECT pk FROM assessment_search WHERE {matches})"


def main() -> None:
    """Build (or reuse) the library, time each operation and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--workdir", type=Path, help="keep the built library here for reuse")
    args = parser.parse_args()
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="bench-library-"))
    questionnaire = load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")
    find = lambda i, v: questionnaire  # noqa: E731

    library = Library.open(folder, questionnaires=find)
    if library.count() + library.count(in_trash=True) < args.rows:
        print(f"Building a library of {args.rows:,} assessments in {folder} ...")
        print(f"  took {build(library, questionnaire, args.rows):.1f} s")
    size_mb = library.path.stat().st_size / 1e6
    conn = sqlite3.connect(library.path)  # the baseline's own connection, same cache
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    live = "a.deleted_at IS NULL"
    count_live = ("SELECT count(*) FROM assessment a INDEXED BY assessment_by_score "
                  f"WHERE {live}")
    common, rare = ("cafe",), ("copper", "florist", "cyf", "4242")
    by_area = "area_score s JOIN assessment a ON a.pk = s.assessment_pk"
    cases: list[tuple[str, ListQuery, Callable[[], object]]] = [
        ("first page, newest first", ListQuery(),
         bare(conn, live, "a.updated_at DESC, a.pk DESC", count_sql=count_live)),
        ("first page, by firm A-Z", ListQuery(sort=SortKey.FIRM, descending=False),
         bare(conn, live, "a.firm_key ASC, a.pk ASC", count_sql=count_live)),
        ("first page, best score first", ListQuery(sort=SortKey.SCORE),
         bare(conn, live, "a.overall_score DESC NULLS LAST, a.pk DESC", count_sql=count_live)),
        ("first page, lowest score first", ListQuery(sort=SortKey.SCORE, descending=False),
         bare(conn, live, "a.overall_score ASC NULLS LAST, a.pk ASC", count_sql=count_live)),
        ("first page, by cyber score", ListQuery(sort=SortKey.AREA, area_id="cyber"),
         bare(conn, f"s.area_id = ? AND s.live = 1 AND {live}",
              "s.score DESC NULLS LAST, s.assessment_pk DESC", ("cyber",), source=by_area,
              count_sql="SELECT count(*) FROM area_score s WHERE s.area_id = ? AND s.live = 1")),
        ("cyber score < 25, by cyber score",
         ListQuery(area_id="cyber", max_score=25, sort=SortKey.AREA, descending=False),
         bare(conn, f"s.area_id = ? AND s.live = 1 AND s.score <= ? AND {live}",
              "s.score ASC NULLS LAST, s.assessment_pk ASC", ("cyber", 25.0), source=by_area,
              count_sql="SELECT count(*) FROM area_score s WHERE s.area_id = ? AND s.live = 1 "
                        "AND s.score <= ?")),
        ("complete, score >= 50, by score",
         ListQuery(status=Status.COMPLETE, min_score=50, sort=SortKey.SCORE),
         bare(conn, f"{live} AND a.status = ? AND a.overall_score >= ?",
              "a.overall_score DESC NULLS LAST, a.pk DESC", ("complete", 50.0))),
        (f"search '{' '.join(common)}' (5% match)", ListQuery(search=" ".join(common)),
         bare(conn, f"{live} AND {searching(common)}", "a.updated_at DESC, a.pk DESC",
              common)),
        (f"search '{' '.join(rare)}' (1 match)", ListQuery(search=" ".join(rare)),
         bare(conn, f"{live} AND {searching(rare)}", "a.updated_at DESC, a.pk DESC", rare)),
        ("search 'ltd' + in progress, by firm",
         ListQuery(search="ltd", status=Status.IN_PROGRESS, sort=SortKey.FIRM,
                   descending=False),
         bare(conn, f"{live} AND {searching(('ltd',))} AND a.status = ?",
              "a.firm_key ASC, a.pk ASC", ("ltd", "in_progress"))),
        ("page 1,000 (offset 49,950)", ListQuery(offset=49_950),
         bare(conn, live, "a.updated_at DESC, a.pk DESC", offset=49_950,
              count_sql=count_live)),
    ]
    print(f"\nLibrary: {library.count():,} assessments (+{library.count(in_trash=True):,} in "
          f"the trash), {size_mb:.0f} MB, SQLite {sqlite3.sqlite_version}, "
          f"median of {args.repeat} runs\n")
    print(f"{'operation':44} {'library ms':>11} {'bare sqlite3 ms':>16} {'ratio':>7}")
    for label, query, baseline in cases:
        ours = timed(lambda q=query: library.list_assessments(q), args.repeat)  # type: ignore[misc]
        theirs = timed(baseline, args.repeat)
        print(f"{label:44} {ours:11.2f} {theirs:16.2f} {ours / theirs:7.2f}")

    target = library.ids()[-1]
    values = iter(["none", "sometimes", "automatic", "tested"] * 1000)
    save = timed(lambda: library.save_answer(target, "cyber.backups", next(values)), 30)

    def bare_save() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE answer SET value = value WHERE assessment_pk = 1 AND "
                     "question_id = 'cyber.backups'")
        conn.execute("UPDATE assessment SET updated_at = updated_at WHERE pk = 1")
        conn.execute("COMMIT")

    conn.isolation_level = None
    conn.execute("PRAGMA synchronous = FULL")
    bare_write = timed(bare_save, 30)
    print(f"{'autosave one answer (commit + fsync)':44} {save:11.2f} {bare_write:16.2f} "
          f"{save / bare_write:7.2f}")
    library.close()
    conn.close()
    start = time.perf_counter()
    Library.open(folder, questionnaires=find).close()
    print(f"{'open the library':44} {(time.perf_counter() - start) * 1000:11.2f}")
    print(f"\n(The library is in {folder}; pass --workdir to keep and reuse it.)")


if __name__ == "__main__":
    main()
