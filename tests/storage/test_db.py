"""Opening the database: settings, schema version, upgrades with a backup, refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import (
    DatabaseLockedError,
    DatabaseTooNewError,
    MigrationError,
    NotALibraryError,
    StorageIOError,
)
from readiness_app.storage import db
from readiness_app.storage.library import Library
from readiness_app.storage.migrations import MIGRATIONS, Migration, statements


def NO_QUESTIONNAIRES(questionnaire_id: str, version: str) -> None:
    """A finder that knows no questionnaire (these tests never need one)."""
    return None

LATEST = MIGRATIONS[-1].version  # the format this app writes
NEXT = LATEST + 1  # a format a newer app might write
V2 = (*MIGRATIONS, Migration(NEXT, "add colour", "ALTER TABLE assessment ADD COLUMN colour TEXT;\n"
                             "CREATE INDEX assessment_colour ON assessment (colour);"))
BROKEN_V2 = (*MIGRATIONS, Migration(NEXT, "half done", "ALTER TABLE assessment ADD COLUMN x TEXT;\n"
                                    "CREATE TABLE assessment (nope INTEGER);"))


# A library written by the app before format 2 (made with the format-1 code, committed as is):
# "Border Mill Ltd" (TD15 1AA, two answers) and "Harbour Café Ltd" (LS1 4AP, complete).
FORMAT1_LIBRARY = Path(__file__).parents[1] / "data" / "libraries" / "library-format1.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def test_a_new_library_has_the_latest_schema_and_safe_settings(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    conn = db.open_database(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == db.latest_version() == LATEST
        assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.isolation_level is None
        history = conn.execute("SELECT version, name FROM schema_history").fetchall()
        assert history == [(m.version, m.name) for m in MIGRATIONS]
        assert history[0] == (1, "initial")
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        assert {"created_by_app_version", "schema_app_version"} <= set(meta)
    finally:
        conn.close()
    assert not (tmp_path / "backups").exists()  # nothing to back up for a new library


def test_an_older_library_is_backed_up_then_upgraded(tmp_path: Path, finder,
                                                     quick_check) -> None:
    with Library.open(tmp_path, questionnaires=finder) as lib:
        a = lib.create(FirmProfile("Old Firm"), quick_check)
        lib.save_answer(a.id, "cyber.backups", "tested")
    path = tmp_path / "library.sqlite3"
    with Library.open(tmp_path, questionnaires=finder, migrations=V2) as lib:
        assert lib.get(a.id).answers["cyber.backups"].value == "tested"
    assert _pragma(path, "user_version") == NEXT
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assessment)")]
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_history")]
    conn.close()
    assert "colour" in columns and versions == list(range(1, NEXT + 1))
    (backup,) = (tmp_path / "backups").glob(f"library-format{LATEST}-*.sqlite3")
    assert _pragma(backup, "user_version") == LATEST
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT firm_name FROM assessment").fetchall() == [("Old Firm",)]
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert not list((tmp_path / "backups").glob(".*.tmp"))
    # opening again at the same version makes no further backup
    Library.open(tmp_path, questionnaires=finder, migrations=V2).close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_failed_upgrade_leaves_the_library_as_it_was(tmp_path: Path, finder,
                                                       quick_check) -> None:
    with Library.open(tmp_path, questionnaires=finder) as lib:
        lib.create(FirmProfile("Old Firm"), quick_check)
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(MigrationError, match=f"could not be upgraded to format {NEXT}") as caught:
        Library.open(tmp_path, questionnaires=finder, migrations=BROKEN_V2)
    assert "left as it was" in str(caught.value) and "backups" in str(caught.value)
    assert _pragma(path, "user_version") == LATEST
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assessment)")]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert "x" not in columns
    assert _digest(path) == before
    with Library.open(tmp_path, questionnaires=finder) as lib:  # still opens as it was
        assert lib.count() == 1


def test_a_library_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = db.open_database(path, migrations=V2)
    conn.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'schema_app_version'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError) as caught:
        Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES)
    message = str(caught.value)
    assert str(path) in message and "version 9.1.0 of the app" in message
    assert f"library format {NEXT}" in message and "Update the app" in message
    assert caught.value.found == NEXT and caught.value.supported == LATEST
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("content", [
    b"this is a text file, not a database" * 200,
    bytes(range(256)) * 64,
    b"SQLite format 3\x00" + b"\xff" * 4000,  # a damaged header
])
def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path: Path,
                                                           content: bytes) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotALibraryError, match="damaged or is not an assessment library") as e:
        Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES)
    assert str(path) in str(e.value)
    assert path.read_bytes() == content


def test_another_apps_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotALibraryError, match="not an assessment library"):
        Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(NotALibraryError, match="not an assessment library"):
        Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES)
    assert _pragma(path, "user_version") == 3 and before


def test_an_upgrade_waits_for_then_reports_a_locked_library(tmp_path: Path) -> None:
    Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES).close()
    path = tmp_path / "library.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="another program"):
            Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES, migrations=V2, timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _pragma(path, "user_version") == LATEST
    Library.open(tmp_path, questionnaires=NO_QUESTIONNAIRES, migrations=V2).close()
    assert _pragma(path, "user_version") == NEXT


def test_a_data_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageIOError, match="cannot be created") as caught:
        Library.open(blocker / "data", questionnaires=NO_QUESTIONNAIRES)
    assert str(blocker) in str(caught.value)


def test_statements_split_keeps_triggers_whole() -> None:
    sql = ("CREATE TABLE t (a);\n-- comment\n\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
           "  UPDATE t SET a = 1;\n  UPDATE t SET a = 2;\nEND;\n")
    found = statements(sql)
    assert len(found) == 2 and found[1].startswith("CREATE TRIGGER") and found[1].endswith(
        "END;")
    with pytest.raises(ValueError, match="incomplete"):
        statements("CREATE TABLE t (a)")


def test_error_translation_covers_the_sqlite_codes(tmp_path: Path) -> None:
    cases = {5: DatabaseLockedError, 13: StorageIOError, 8: StorageIOError,
             14: StorageIOError, 11: NotALibraryError, 26: NotALibraryError,
             10: StorageIOError}
    for code, kind in cases.items():
        exc = sqlite3.OperationalError("boom")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        error = db.translate_error(tmp_path / "x.sqlite3", exc)
        assert type(error) is kind, code
        assert str(tmp_path / "x.sqlite3") in str(error)
    full = db.translate_error("lib", sqlite3.OperationalError("database or disk is full"))
    assert "disk is full" in str(full)


def test_a_format_1_library_is_backed_up_then_upgraded_and_keeps_everything(
        tmp_path: Path, finder) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FORMAT1_LIBRARY, path)
    assert _pragma(path, "user_version") == 1
    with Library.open(tmp_path, questionnaires=finder) as lib:
        by_name = {s.firm_name: s for s in lib.list_assessments().items}
        assert set(by_name) == {"Border Mill Ltd", "Harbour Café Ltd"}
        mill = lib.get(by_name["Border Mill Ltd"].id)
        assert mill.firm.postcode == "TD15 1AA" and mill.firm.authority_code is None
        assert mill.answers["cyber.backups"].note == "Checked monthly"
        # the new column takes a confirmed authority, and only the shape of one
        lib.save_profile(mill.id, replace(mill.firm, authority_code="S12000026"))
        assert lib.get(mill.id).firm.authority_code == "S12000026"
        with pytest.raises(sqlite3.IntegrityError):
            lib._conn.execute("UPDATE assessment SET authority_code = 'Leeds' WHERE id = ?",
                              (mill.id,))
    assert _pragma(path, "user_version") == LATEST
    (backup,) = (tmp_path / "backups").glob("library-format1-*.sqlite3")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [r[1] for r in copy.execute("PRAGMA table_info(assessment)")]
    finally:
        copy.close()
    assert "authority_code" not in columns


# A library written by the app at format 2 (before the firm's means), committed as is.
FORMAT2_LIBRARY = FORMAT1_LIBRARY.with_name("library-format2.sqlite3")


def test_a_format_2_library_is_upgraded_and_keeps_the_confirmed_authority(
        tmp_path: Path, uk_default_1_0) -> None:
    from readiness_app.core.assessment import BudgetBand
    from readiness_app.core.questionnaire import Nation

    def finder(questionnaire_id: str, version: str):
        ok = (questionnaire_id, version) == (uk_default_1_0.id, uk_default_1_0.version)
        return uk_default_1_0 if ok else None

    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FORMAT2_LIBRARY, path)
    assert _pragma(path, "user_version") == 2
    with Library.open(tmp_path, questionnaires=finder) as lib:
        by_name = {s.firm_name: s for s in lib.list_assessments().items}
        assert set(by_name) == {"Hartley & Sons Joinery Ltd", "Kelvinside Dental Care"}
        joinery = lib.get(by_name["Hartley & Sons Joinery Ltd"].id)
        assert joinery.firm.authority_code == "E08000035"
        assert joinery.firm.hours_per_month is None and joinery.firm.budget is None
        assert len(joinery.answers) > 40
        # the new columns take the firm's means and a nation, and only valid ones
        lib.save_profile(joinery.id, replace(joinery.firm, hours_per_month=6,
                                             budget=BudgetBand.UNDER_500,
                                             nation=Nation.ENGLAND))
        again = lib.get(joinery.id).firm
        assert (again.hours_per_month, again.budget, again.nation) == (
            6, BudgetBand.UNDER_500, Nation.ENGLAND)
        for column, bad in (("hours_per_month", 0), ("budget", "lots"), ("nation", "Kent")):
            with pytest.raises(sqlite3.IntegrityError):
                lib._conn.execute(f"UPDATE assessment SET {column} = ? WHERE id = ?",
                                  (bad, joinery.id))
    assert _pragma(path, "user_version") == LATEST == 6
    (backup,) = (tmp_path / "backups").glob("library-format2-*.sqlite3")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        copy.close()


def test_a_reader_after_a_killed_writer_gets_the_library(tmp_path: Path, monkeypatch) -> None:
    """After a writer was killed mid-save, a read-only open can meet SQLITE_READONLY_RECOVERY
    (the log's index needs rebuilding, which a reader cannot do): the reader lets a writing
    connection rebuild it and reads the library, instead of saying the drive is read-only."""
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    real_probe = db._probe
    calls: list[str] = []

    def probe(uri: str, timeout: float) -> sqlite3.Connection:
        calls.append(uri)
        if len(calls) == 1:  # the first read-only open meets an index to rebuild
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 264  # type: ignore[attr-defined]  # READONLY_RECOVERY
            raise error
        return real_probe(uri, timeout)

    monkeypatch.setattr(db, "_probe", probe)
    reader = db.connect_read_only(path)
    try:
        assert reader.execute("SELECT x FROM t").fetchall() == [(1,)]
        with pytest.raises(sqlite3.OperationalError):  # still read-only
            reader.execute("INSERT INTO t VALUES (2)")
    finally:
        reader.close()
    assert calls[-1].endswith("?mode=ro") and not calls[1].endswith("?mode=ro")
