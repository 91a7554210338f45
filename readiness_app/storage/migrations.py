"""The library's schema, as numbered forward migrations.

Each step is applied once, in order, inside the one exclusive transaction that upgrades a
library (see :mod:`readiness_app.storage.db`); ``PRAGMA user_version`` records the last step
applied and ``schema_history`` when and by which app version. Never edit a step that has
shipped: add a new one. A step is plain SQL, one statement after another (no BEGIN/COMMIT).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``version`` is the ``user_version`` the library has after it."""

    version: int
    name: str
    sql: str


_V1_INITIAL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE schema_history (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    app_version TEXT NOT NULL
);

-- One row per assessment. Times are UTC ISO 8601 with microseconds, so text order is time
-- order. The score columns cache core's scoring so the list can sort and filter by score.
CREATE TABLE assessment (
    pk                    INTEGER PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE,
    firm_name             TEXT NOT NULL,
    sector                TEXT NOT NULL DEFAULT '',
    size_band             TEXT CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
    postcode              TEXT NOT NULL DEFAULT '',
    questionnaire_id      TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('in_progress', 'complete')),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    previous_id           TEXT REFERENCES assessment (id) ON DELETE SET NULL,
    series_id             TEXT NOT NULL,
    deleted_at            TEXT,
    overall_score         REAL,
    level_id              TEXT,
    answered              INTEGER NOT NULL DEFAULT 0,
    firm_key              TEXT NOT NULL
);

-- What search looks in (firm, sector, postcode; lower case, no accents), kept apart so that a
-- search scans a few MB, not every assessment's row.
CREATE TABLE assessment_search (
    pk   INTEGER PRIMARY KEY REFERENCES assessment (pk) ON DELETE CASCADE,
    text TEXT NOT NULL
);

CREATE TABLE answer (
    assessment_pk INTEGER NOT NULL REFERENCES assessment (pk) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    value         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    answered_at   TEXT,
    PRIMARY KEY (assessment_pk, question_id)
) WITHOUT ROWID;

CREATE TABLE area_score (
    assessment_pk INTEGER NOT NULL REFERENCES assessment (pk) ON DELETE CASCADE,
    area_id       TEXT NOT NULL,
    score         REAL,
    level_id      TEXT,
    live          INTEGER NOT NULL DEFAULT 1,  -- 0 while the assessment is in the trash
    PRIMARY KEY (assessment_pk, area_id)
) WITHOUT ROWID;

-- The list: partial indexes over what is not in the trash, one per sort order.
CREATE INDEX assessment_by_updated ON assessment (updated_at) WHERE deleted_at IS NULL;
CREATE INDEX assessment_by_created ON assessment (created_at) WHERE deleted_at IS NULL;
CREATE INDEX assessment_by_firm ON assessment (firm_key) WHERE deleted_at IS NULL;
-- assessment_by_score is also named in library._COUNT_LIVE (the narrowest index to count).
CREATE INDEX assessment_by_score ON assessment (overall_score) WHERE deleted_at IS NULL;
CREATE INDEX assessment_by_status ON assessment (status, updated_at) WHERE deleted_at IS NULL;
-- Covers the common filters, so counting matches reads only this index.
CREATE INDEX assessment_filter ON assessment
    (status, overall_score, size_band, questionnaire_id, updated_at)
    WHERE deleted_at IS NULL;
CREATE INDEX assessment_in_trash ON assessment (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessment_series ON assessment (series_id, created_at);
CREATE INDEX assessment_previous ON assessment (previous_id) WHERE previous_id IS NOT NULL;
CREATE INDEX area_score_by_score ON area_score (area_id, live, score);
"""

# The local authority the user confirmed for a postcode district that reaches into several
# (an ONS code such as E08000035); NULL when none was confirmed.
_V2_AUTHORITY = """
ALTER TABLE assessment ADD COLUMN authority_code TEXT
    CHECK (authority_code GLOB '[A-Z][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]');
"""

# The firm's means for the plan as the owner stated them (hours a month, a budget band) and a
# nation picked by hand when there is no postcode; NULL when not given.
_V3_MEANS = """
ALTER TABLE assessment ADD COLUMN hours_per_month INTEGER
    CHECK (hours_per_month BETWEEN 1 AND 400);
ALTER TABLE assessment ADD COLUMN budget TEXT
    CHECK (budget IN ('under_500', '500_to_5000', 'over_5000'));
ALTER TABLE assessment ADD COLUMN nation TEXT
    CHECK (nation IN ('england', 'wales', 'scotland', 'northern_ireland'));
"""

# The growth hub pack an assessment was made with (id, version, SHA-256 of its manifest);
# NULL when it was made without a pack.
_V4_HUB_PACK = """
ALTER TABLE assessment ADD COLUMN pack_id TEXT;
ALTER TABLE assessment ADD COLUMN pack_version TEXT;
ALTER TABLE assessment ADD COLUMN pack_sha256 TEXT;
"""

# The adviser's private note on an answer (never in the client's PDF or a shared file unless
# chosen), whether an answer was carried over from the last visit and not yet confirmed,
# and the status of each action of the plan (planned, in progress, done, not doing).
_V5_ADVISER = """
ALTER TABLE answer ADD COLUMN private_note TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN carried INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1));
CREATE TABLE action_status (
    assessment_pk INTEGER NOT NULL REFERENCES assessment (pk) ON DELETE CASCADE,
    action_id     TEXT NOT NULL,
    status        TEXT NOT NULL
        CHECK (status IN ('planned', 'in_progress', 'done', 'not_doing')),
    at            TEXT NOT NULL,
    who           TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_pk, action_id)
) WITHOUT ROWID;
"""

# The firm's UK SIC 2007 section (A to U; NULL when not known), and the local authority the
# firm is in (from the confirmed authority or the postcode; ONS code and name) for the list's
# columns, filters and search. lad_name is NULL until the app has placed the row (it does so
# when the library is opened with the shipped geography), '' when it cannot be placed.
# Existing rows get their section from the sector text once, in Python
# (Library._classify_sectors): SQL alone cannot read free text.
_V6_FIRMS = """
ALTER TABLE assessment ADD COLUMN sector_section TEXT
    CHECK (sector_section IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L',
                              'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'));
ALTER TABLE assessment ADD COLUMN lad_code TEXT;
ALTER TABLE assessment ADD COLUMN lad_name TEXT;
CREATE INDEX assessment_by_section ON assessment (sector_section) WHERE deleted_at IS NULL;
CREATE INDEX assessment_by_lad ON assessment (lad_name) WHERE deleted_at IS NULL;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _V1_INITIAL),
    Migration(2, "firm authority code", _V2_AUTHORITY),
    Migration(3, "firm means and nation", _V3_MEANS),
    Migration(4, "hub pack", _V4_HUB_PACK),
    Migration(5, "private notes and action tracking", _V5_ADVISER),
    Migration(6, "sector section and local authority", _V6_FIRMS),
)


def statements(sql: str) -> list[str]:
    """Split a script into complete statements (``executescript`` would commit early)."""
    import sqlite3

    found: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer[:80]!r}")
    return found
