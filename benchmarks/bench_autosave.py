"""Autosave latency of one answer (p50, p99) against a bare sqlite3 insert + commit with the
same durability settings (WAL, synchronous=FULL), both on the same disk in the same run."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import Result, percentile

from readiness_app import resources
from readiness_app.core.assessment import FirmProfile
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.storage.library import Library


def measure(samples: int) -> list[Result]:
    """Save ``samples`` answers one at a time, and as many bare inserts; interleaved."""
    questionnaire = load_questionnaire(resources.questionnaires_dir() / "uk_default.yaml")
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "lib", questionnaires=lambda i, v: questionnaire)
        assessment = library.create(FirmProfile("Benchmark Ltd"), questionnaire)
        question = questionnaire.question("cyber.backups")
        values = itertools.cycle([o.id for o in question.options])
        bare = sqlite3.connect(Path(folder) / "bare.sqlite3", isolation_level=None)
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("PRAGMA synchronous = FULL")
        bare.execute("CREATE TABLE answer (assessment TEXT, question TEXT, value TEXT, "
                     "note TEXT, answered_at TEXT, PRIMARY KEY (assessment, question))")
        ours: list[float] = []
        base: list[float] = []
        for index in range(samples + 10):
            value = next(values)
            start = time.perf_counter()
            library.save_answer(assessment.id, question.id, value)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT OR REPLACE INTO answer VALUES (?, ?, ?, '', ?)",
                         (assessment.id, question.id, value, str(index)))
            bare.execute("COMMIT")
            base.append(time.perf_counter() - start)
        library.close()
        bare.close()
    ours, base = ours[10:], base[10:]  # the first few warm the caches
    p50, p99 = percentile(ours, 0.5), percentile(ours, 0.99)
    b50, b99 = percentile(base, 0.5), percentile(base, 0.99)
    return [
        Result("autosave one answer, p50", p50, "s", b50, "bare sqlite3 insert+commit, p50"),
        Result("autosave one answer, p99", p99, "s", b99, "bare sqlite3 insert+commit, p99",
               "<= 2x and < 5 ms", p99 / b99 <= 2 and p99 < 0.005,
               f"{samples} saves, WAL, synchronous=FULL (fsync per commit)"),
    ]


if __name__ == "__main__":
    from _common import table

    print(table(measure(300)))
