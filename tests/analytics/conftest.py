"""Analytics test setup: a small library whose aggregates were worked out by hand.

Every firm answers three questions, one per area, so each area's score is one answer's:

=========  ==============  ===========  ========  =====  ======  =====  =======  ======  =====
visit      firm            sector       size      place  date    plan   backups  train.  total
=========  ==============  ===========  ========  =====  ======  =====  =======  ======  =====
E          =HYPERLINK(..)  Retail       -         -      24-12-20  100    100      100   100
A          Alpha Joinery   Construction micro     Leeds  25-01-10   75      0 (c)   50   41.67
B          Bryn Bakery     Food         small     Carm.  25-02-01    0    100        0   33.33
C          Clyde Dental    Health       small     Glas.  25-02-15   25     25       50   33.33
A2         Alpha (again)   Construction micro     Leeds  25-03-05  100     75      100   91.67
D          Down Logistics  construction micro     Lisb.  25-03-20   75      0 (c)  100   58.33
=========  ==============  ===========  ========  =====  ======  =====  =======  ======  =====

(c): no backups, a critical gap, which holds the cyber and overall level at Developing and
the headline inside that band: D's 58.33 is shown as 49.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from readiness_app.core.assessment import Answer, Assessment, FirmProfile, SizeBand, Status
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.storage.library import Library
from tests import library_fixtures

# the fixtures this folder's tests use, shared with the storage tests
data_dir = library_fixtures.data_dir
finder = library_fixtures.finder
library = library_fixtures.library

FORMULA_NAME = '=HYPERLINK("http://x","y")'


@dataclass(frozen=True)
class Visit:
    key: str
    name: str
    sector: str
    size: SizeBand | None
    postcode: str
    day: tuple[int, int, int]
    plan: str
    backups: str
    training: str
    again: str | None = None  # the key of the visit this re-assesses


VISITS = (
    Visit("E", FORMULA_NAME, "Retail", None, "", (2024, 12, 20), "reviewed", "tested", "planned"),
    Visit("A", "Alpha Joinery", "Construction", SizeBand.MICRO, "LS1 4AP", (2025, 1, 10),
          "written", "none", "some"),
    Visit("B", "Bryn Bakery", "Food", SizeBand.SMALL, "SA31 1DL", (2025, 2, 1),
          "none", "tested", "none"),
    Visit("C", "Clyde Dental", "Health", SizeBand.SMALL, "G1 1AA", (2025, 2, 15),
          "ideas", "sometimes", "some"),
    Visit("A2", "Alpha Joinery", "Construction", SizeBand.MICRO, "LS1 4AP", (2025, 3, 5),
          "reviewed", "automatic", "planned", again="A"),
    Visit("D", "Down Logistics", "construction ", SizeBand.MICRO, "BT28 1AA", (2025, 3, 20),
          "written", "none", "planned"),
)


def backdate(library: Library, assessment_id: str, when: datetime) -> None:
    """Set when an assessment was started and last changed (the library stamps 'now')."""
    conn = sqlite3.connect(library.path)
    try:
        with conn:
            stamp = when.isoformat()
            conn.execute("UPDATE assessment SET created_at = ?, updated_at = ? WHERE id = ?",
                         (stamp, stamp, assessment_id))
    finally:
        conn.close()


def add_visit(library: Library, questionnaire: Questionnaire, visit: Visit,
              ids: dict[str, str]) -> str:
    when = datetime(*visit.day, 12, tzinfo=UTC)
    answers = {"investment.plan": visit.plan, "cyber.backups": visit.backups,
               "people.training": visit.training}
    if visit.again:
        fresh = library.copy_for_reassessment(ids[visit.again], keep_answers=False)
        new_id = fresh.id
        for qid, value in answers.items():
            library.save_answer(new_id, qid, value)
        library.set_status(new_id, Status.COMPLETE)
    else:
        assessment = Assessment(
            id=f"{visit.key.lower()}{'0' * 31}"[:32],
            firm=FirmProfile(visit.name, visit.sector, visit.size, visit.postcode),
            questionnaire_id=questionnaire.id, questionnaire_version=questionnaire.version,
            answers={q: Answer(q, v, "private note", when) for q, v in answers.items()},
            status=Status.COMPLETE, created_at=when, updated_at=when)
        new_id = library.add(assessment).assessment_id
    backdate(library, new_id, when)
    ids[visit.key] = new_id
    return new_id


@pytest.fixture
def cohort_library(library: Library, quick_check: Questionnaire) -> tuple[Library, dict[str, str]]:
    """The library in the module docstring, and the id of each visit by its key."""
    ids: dict[str, str] = {}
    for visit in VISITS:
        add_visit(library, quick_check, visit, ids)
    return library, ids
