"""A library that is odd or damaged (issue 13, items 7, 10 and 11): ids in upper case, rows
that cannot be read, damaged pages, an empty file, and files replaced under the app."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import NotALibraryError, StorageError
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.storage import paths
from readiness_app.storage.library import Library, ListQuery
from readiness_app.storage.portable import export_assessment, import_files

from .helpers import CAFE

UPPER_ID = "3F1C9A2E5B7D4C1A8E6F0B2D4A6C8E01"


def _upper_file(tmp_path: Path, assessment_id: str = UPPER_ID) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["id"] = assessment_id
    path = tmp_path / f"{assessment_id}.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------- 7: ids and case


def test_an_upper_case_id_can_be_found_exported_trashed_and_restored(
        library: Library, tmp_path: Path) -> None:
    report = import_files(library, [_upper_file(tmp_path)])
    assert report.ok
    for typed in (UPPER_ID, UPPER_ID.lower(), UPPER_ID[:8], UPPER_ID[:8].lower()):
        found = library.resolve_id(typed)
        assert found == UPPER_ID.lower()
        assert library.get(found).id == found
    export_assessment(library, library.resolve_id(UPPER_ID[:6]), tmp_path / "out.readiness")
    library.trash(library.resolve_id(UPPER_ID))
    library.restore(library.resolve_id(UPPER_ID[:8]))
    assert library.ids() == [UPPER_ID.lower()]


def test_an_id_differing_only_in_case_is_the_same_assessment(library: Library,
                                                              tmp_path: Path) -> None:
    import_files(library, [CAFE])
    report = import_files(library, [_upper_file(tmp_path)])
    assert [o.status.value for o in report.outcomes] == ["conflict"]
    assert library.count() == 1


def test_upper_case_ids_stored_by_an_older_version_are_made_lower_case(
        data_dir: Path, finder, quick_check: Questionnaire) -> None:
    with Library.open(data_dir, questionnaires=finder) as library:
        first = library.create(FirmProfile("First Ltd"), quick_check)
        second = library.copy_for_reassessment(first.id)
        clash = library.create(FirmProfile("Clash Ltd"), quick_check)
    conn = sqlite3.connect(paths.library_path(data_dir))
    conn.execute("PRAGMA foreign_keys = OFF")
    upper = first.id.upper()
    conn.execute("UPDATE assessment SET id = ?, series_id = ? WHERE id = ?",
                 (upper, upper, first.id))
    conn.execute("UPDATE assessment SET previous_id = ?, series_id = ? WHERE id = ?",
                 (upper, upper, second.id))
    conn.execute("UPDATE assessment SET id = ? WHERE id = ?", (first.id, clash.id))
    conn.execute("UPDATE assessment SET id = ? WHERE id = ?", (second.id.upper(), second.id))
    conn.execute("DELETE FROM meta WHERE key = 'ids_lower_case'")  # as an older version left it
    conn.commit()
    conn.close()
    with Library.open(data_dir, questionnaires=finder) as library:
        ids = library.ids(include_trash=True)
        assert all(i == i.lower() for i in ids)
        assert len(ids) == 3
        assert library.resolve_id(first.id[:8]) == first.id  # the clash kept its id
        assert library.get(first.id).firm.name == "Clash Ltd"
        copy_id = library.resolve_id(second.id.upper())
        assert copy_id == second.id
        history = library.history(copy_id)
        assert [s.firm_name for s in history] == ["First Ltd", "First Ltd"]
        assert history[0].id not in (first.id, upper)  # the clashing one got a new id
        assert history[1].previous_id == history[0].id
        assert library.integrity_problems() == []


# ---------------------------------------------------------------------- 10: damage


def test_a_row_with_a_bad_date_or_status_is_marked_and_the_rest_listed(
        library: Library, quick_check: Questionnaire) -> None:
    good = library.create(FirmProfile("Good Ltd"), quick_check)
    bad_date = library.create(FirmProfile("Bad Date Ltd"), quick_check)
    bad_status = library.create(FirmProfile("Bad Status Ltd"), quick_check)
    conn = sqlite3.connect(library.path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE assessment SET updated_at = 'yesterday' WHERE id = ?", (bad_date.id,))
    conn.execute("UPDATE assessment SET status = 'lost' WHERE id = ?", (bad_status.id,))
    conn.commit()
    conn.close()
    page = library.list_assessments(ListQuery())
    assert page.total == 3
    by_name = {s.firm_name: s for s in page.items}
    assert by_name["Good Ltd"].problem is None
    assert "'yesterday'" in (by_name["Bad Date Ltd"].problem or "")
    assert "'lost'" in (by_name["Bad Status Ltd"].problem or "")
    assert library.summary(good.id).problem is None
    with pytest.raises(NotALibraryError, match="damaged"):
        library.get(bad_status.id)


def _corrupt_a_page(path: Path, table: str) -> None:
    """Overwrite one page of ``table`` (not the first) with rubbish."""
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? "
                                         "AND pagetype = 'leaf' ORDER BY pageno", (table,))]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = pages[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size + 8)
        handle.write(b"\xa5" * (size - 8))


def _fill(data_dir: Path, finder, quick_check: Questionnaire, count: int) -> list[str]:
    with Library.open(data_dir, questionnaires=finder) as library:
        made = []
        for n in range(count):
            a = library.create(FirmProfile(f"Firm {n:03d} " + "x" * 150), quick_check)
            library.save_answer(a.id, "cyber.backups", "tested", note="n" * 300)
            made.append(a.id)
    return made


def test_a_library_with_a_damaged_page_is_refused_untouched_and_recovered(
        data_dir: Path, tmp_path: Path, finder, quick_check: Questionnaire) -> None:
    made = _fill(data_dir, finder, quick_check, 120)
    path = paths.library_path(data_dir)
    _corrupt_a_page(path, "assessment")
    before = _digest(path)
    with pytest.raises(NotALibraryError) as caught:
        Library.open(data_dir, questionnaires=finder)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "damaged" in message and "recover" in message
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    from readiness_app.storage.recover import recover_library

    target = tmp_path / "rescued"
    result = recover_library(path, target, questionnaires=finder)
    assert _digest(path) == before
    assert 0 < result.recovered < len(made)
    assert result.recovered + result.failed >= len(made) - 10
    assert result.failed and result.problems
    with Library.open(target, questionnaires=finder) as rescued:
        assert rescued.count() == result.recovered
        assert rescued.integrity_problems() == []
        kept = rescued.ids()
        assert set(kept) <= set(made)
        assert rescued.get(kept[0]).answers["cyber.backups"].value == "tested"


def test_a_damaged_answer_page_is_found_too(data_dir: Path, finder,
                                            quick_check: Questionnaire) -> None:
    _fill(data_dir, finder, quick_check, 120)
    path = paths.library_path(data_dir)
    _corrupt_a_page(path, "answer")
    with pytest.raises(NotALibraryError, match="damaged"):
        Library.open(data_dir, questionnaires=finder)


def test_recovery_never_writes_over_a_library(data_dir: Path, tmp_path: Path, finder,
                                              quick_check: Questionnaire) -> None:
    from readiness_app.storage.recover import recover_library

    _fill(data_dir, finder, quick_check, 3)
    with pytest.raises(StorageError, match="already has a library"):
        recover_library(paths.library_path(data_dir), data_dir, questionnaires=finder)


def test_an_empty_library_file_is_refused_not_recreated(data_dir: Path, finder) -> None:
    data_dir.mkdir(parents=True)
    path = paths.library_path(data_dir)
    path.write_bytes(b"")
    with pytest.raises(NotALibraryError, match="empty") as caught:
        Library.open(data_dir, questionnaires=finder)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in data_dir.iterdir()) == ["library.sqlite3"]


def test_a_new_library_appears_whole_or_not_at_all(data_dir: Path, finder) -> None:
    with Library.open(data_dir, questionnaires=finder):
        pass
    assert paths.library_path(data_dir).stat().st_size > 0
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


# ---------------------------------------------------------------------- 11: files replaced


def test_a_deleted_wal_stops_the_next_save(library: Library,
                                           quick_check: Questionnaire) -> None:
    a = library.create(FirmProfile("Wal Ltd"), quick_check)
    library.save_answer(a.id, "cyber.backups", "none")
    wal = library.path.with_name(library.path.name + "-wal")
    assert wal.exists()
    wal.unlink()
    with pytest.raises(StorageError, match="removed or replaced") as caught:
        library.save_answer(a.id, "cyber.backups", "tested")
    assert str(library.path) in str(caught.value)
    with pytest.raises(StorageError, match="removed or replaced"):
        library.save_answer(a.id, "cyber.backups", "automatic")


def test_a_replaced_library_file_stops_the_next_save(library: Library, tmp_path: Path,
                                                     quick_check: Questionnaire) -> None:
    a = library.create(FirmProfile("Swap Ltd"), quick_check)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy2(library.path, copy)
    os.replace(copy, library.path)
    with pytest.raises(StorageError, match="removed or replaced"):
        library.save_answer(a.id, "cyber.backups", "tested")


def test_a_removed_library_file_stops_the_next_save(library: Library,
                                                    quick_check: Questionnaire) -> None:
    a = library.create(FirmProfile("Gone Ltd"), quick_check)
    library.path.unlink()
    with pytest.raises(StorageError, match="removed or replaced"):
        library.save_answer(a.id, "cyber.backups", "tested")
