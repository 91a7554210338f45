"""Portable files: export and import round trips, conflicts, and bad input of every kind."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.core.assessment import DONT_KNOW, FirmProfile, Status
from readiness_app.core.assessment_file import MAX_FILE_BYTES, read_assessment_bytes
from readiness_app.core.errors import AssessmentFileError, StorageIOError
from readiness_app.storage import atomic
from readiness_app.storage.library import ConflictPolicy, Library
from readiness_app.storage.portable import (
    ImportStatus,
    export_all,
    export_assessment,
    export_assessments,
    export_file_name,
    import_files,
    prepare_import,
)

from .helpers import CAFE, assert_cached_score, dump


def _cafe_data() -> dict:
    return json.loads(CAFE.read_text(encoding="utf-8"))


def _write(folder: Path, name: str, data: dict | bytes) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def test_import_then_export_round_trips(library: Library, quick_check_1_0, finder,
                                        tmp_path: Path) -> None:
    report = import_files(library, [CAFE])
    (outcome,) = report.outcomes
    assert report.ok and outcome.status is ImportStatus.IMPORTED
    assert outcome.assessment_id == "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
    assert "imported 'Harbour Café Ltd' as 3f1c9a2e" in outcome.describe()
    original, _ = read_assessment_bytes(CAFE.read_bytes(), "cafe", finder)
    stored = library.get(outcome.assessment_id)
    assert stored == original  # every answer, note, time and status kept
    assert_cached_score(library.summary(stored.id), quick_check_1_0, stored)
    target = export_assessment(library, stored.id, tmp_path / "copy.readiness")
    again, _ = read_assessment_bytes(target.read_bytes(), str(target), finder)
    assert again == original
    assert json.loads(target.read_text(encoding="utf-8"))["app_version"]


def test_export_into_a_folder_uses_a_safe_name(library: Library, quick_check,
                                               tmp_path: Path) -> None:
    a = library.create(FirmProfile('Tŷ Coffi / "Cardiff" <Ltd>: CON'), quick_check)
    target = export_assessment(library, a.id, tmp_path)
    assert target.parent == tmp_path
    assert target.name.startswith("Ty-Coffi-Cardiff-Ltd-CON_") and target.name.endswith(
        f"_{a.id[:8]}.readiness")
    nameless = library.create(FirmProfile("株式会社"), quick_check)
    assert export_file_name(library.get(nameless.id)).startswith("assessment_")


def test_export_many_and_all(library: Library, quick_check, tmp_path: Path) -> None:
    made = [library.create(FirmProfile(f"Firm {n}"), quick_check) for n in range(3)]
    library.save_answer(made[0].id, "cyber.backups", DONT_KNOW)
    library.trash(made[2].id)
    some = export_assessments(library, [m.id for m in made[:2]], tmp_path / "some")
    assert [p.parent for p in some] == [tmp_path / "some"] * 2
    everything = export_all(library, tmp_path / "all")
    assert len(everything) == 2
    with_trash = export_all(library, tmp_path / "all-trash", include_trash=True)
    assert len(with_trash) == 3
    # files from one library import into another unchanged
    other = Library.open(tmp_path / "other", questionnaires=lambda i, v: quick_check)
    report = import_files(other, with_trash)
    assert report.ok and other.count() == 3
    assert other.get(made[0].id) == library.get(made[0].id)
    other.close()


def test_two_firms_with_the_same_start_of_id_get_different_names(
        library: Library, quick_check, tmp_path: Path) -> None:
    a = library.create(FirmProfile("Same"), quick_check)
    twin = replace(library.get(a.id), id=a.id[:8] + "0" * 24)
    library.add(twin)
    written = export_assessments(library, [a.id, twin.id], tmp_path / "out")
    assert len({p.name for p in written}) == 2


def test_conflicts_keep_both_replace_skip_or_ask(library: Library, tmp_path: Path) -> None:
    import_files(library, [CAFE])
    changed = _cafe_data()
    changed["assessment"]["firm"]["name"] = "Harbour Café (renamed)"
    newer = _write(tmp_path, "newer.readiness", changed)
    before = dump(library.path)

    (left_out,) = import_files(library, [newer]).outcomes
    assert left_out.status is ImportStatus.CONFLICT and not left_out.ok
    assert f"{newer}" in left_out.describe() and "already in the library" in left_out.describe()
    (skipped,) = import_files(library, [newer], ConflictPolicy.SKIP).outcomes
    assert skipped.status is ImportStatus.SKIPPED and skipped.ok
    assert dump(library.path) == before

    asked: list[str] = []

    def ask(candidate) -> ConflictPolicy:
        asked.append(candidate.existing.firm_name)
        return ConflictPolicy.KEEP_BOTH

    (both,) = import_files(library, [newer], ask).outcomes
    assert asked == ["Harbour Café Ltd"] and both.status is ImportStatus.KEPT_BOTH
    assert library.count() == 2
    assert library.get(both.assessment_id).firm.name == "Harbour Café (renamed)"

    # another firm's name under the same id: replace alone refuses, showing both versions
    before = dump(library.path)
    (refused,) = import_files(library, [newer], ConflictPolicy.REPLACE).outcomes
    assert refused.status is ImportStatus.REFUSED and not refused.ok
    text = refused.describe()
    assert str(newer) in text and "the firm's name differs" in text and "--force" in text
    assert "'Harbour Café Ltd', started 2026-" in text
    assert "'Harbour Café (renamed)', started 2026-" in text and "answer(s)" in text
    assert dump(library.path) == before
    (replaced,) = import_files(library, [newer], ConflictPolicy.REPLACE, force=True).outcomes
    assert replaced.status is ImportStatus.REPLACED
    assert library.get(replaced.assessment_id).firm.name == "Harbour Café (renamed)"
    assert library.count() == 2
    assert prepare_import(library, newer).existing is not None


def test_replace_is_safe_for_the_same_firm_and_refused_for_another(
        library: Library, tmp_path: Path) -> None:
    import_files(library, [CAFE])
    later = _cafe_data()
    later["assessment"]["updated_at"] = "2199-01-01T00:00:00+00:00"
    same_firm = _write(tmp_path, "same.readiness", later)
    (ok,) = import_files(library, [same_firm], ConflictPolicy.REPLACE).outcomes
    assert ok.status is ImportStatus.REPLACED  # same firm, newer file: nothing to lose

    moved = _cafe_data()
    moved["assessment"]["updated_at"] = "2199-06-01T00:00:00+00:00"
    moved["assessment"]["firm"]["postcode"] = "LS11 5AA"
    other_postcode = _write(tmp_path, "moved.readiness", moved)
    (refused,) = import_files(library, [other_postcode], ConflictPolicy.REPLACE).outcomes
    assert refused.status is ImportStatus.REFUSED
    assert "the postcode differs" in refused.describe() and "LS11 5AA" in refused.describe()
    assert library.get(ok.assessment_id).firm.postcode != "LS11 5AA"


def test_keep_both_names_the_copy_when_the_names_match(library: Library,
                                                       tmp_path: Path) -> None:
    import_files(library, [CAFE])
    (both,) = import_files(library, [CAFE], ConflictPolicy.KEEP_BOTH).outcomes
    assert both.status is ImportStatus.KEPT_BOTH
    copy = library.get(both.assessment_id)
    day = copy.updated_at.date().isoformat()
    assert copy.firm.name == f"Harbour Café Ltd (imported copy, {day})"
    assert library.get("3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01").firm.name == "Harbour Café Ltd"


# --------------------------------------------------------------------------- bad input


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad file with the words its message must contain."""
    text = CAFE.read_bytes()
    wrong_type = _cafe_data()
    wrong_type["assessment"]["answers"][0]["value"] = {"nested": True}
    wrong_type["assessment"]["status"] = 7
    unknown_q = _cafe_data()
    unknown_q["assessment"]["questionnaire"]["id"] = "no-such-questionnaire"
    unknown_v = _cafe_data()
    unknown_v["assessment"]["questionnaire"]["version"] = "9.9"
    bad_answer = _cafe_data()
    bad_answer["assessment"]["answers"][0]["value"] = "weekly"
    newer_format = _cafe_data()
    newer_format["schema_version"] = 99
    return {
        "oversized": (_write(folder, "big.readiness", b" " * (MAX_FILE_BYTES + 10)),
                      "the limit is 5,242,880"),
        "invalid utf-8": (_write(folder, "latin1.readiness",
                                 text.replace("é".encode(), b"\xe9")), "is not UTF-8 text"),
        "deeply nested": (_write(folder, "deep.readiness", b"[" * 100_000 + b"]" * 100_000),
                          "nested more than"),
        "wrong types": (_write(folder, "types.readiness", wrong_type), "assessment.status"),
        "unknown questionnaire": (_write(folder, "unknownq.readiness", unknown_q),
                                  "questionnaire 'no-such-questionnaire' version 1.0"),
        "unknown version": (_write(folder, "unknownv.readiness", unknown_v),
                            "version 9.9, which this app does not have"),
        "bad answer": (_write(folder, "answer.readiness", bad_answer), "no option 'weekly'"),
        "truncated": (_write(folder, "cut.readiness", text[: len(text) // 2]),
                      "seems to be cut short"),
        "empty": (_write(folder, "empty.readiness", b""), "the file is empty"),
        "not json": (_write(folder, "text.readiness", b"hello, world"), "is not valid JSON"),
        "not an assessment": (_write(folder, "other.readiness", {"format": "x"}),
                              "is not a readiness assessment file"),
        "newer format": (_write(folder, "future.readiness", newer_format),
                         "written by a newer version of the app"),
        "NaN": (_write(folder, "nan.readiness",
                       text.replace(b'"value": 14', b'"value": NaN')), "NaN"),
        "missing": (folder / "nowhere.readiness", "cannot be read: the folder does not exist"),
        "a folder": (folder, "it is a folder"),
    }


def test_every_kind_of_bad_file_is_named_and_changes_nothing(library: Library,
                                                             tmp_path: Path) -> None:
    import_files(library, [CAFE])
    before = dump(library.path)
    bad = _bad_files(tmp_path)
    report = import_files(library, [path for path, _ in bad.values()])
    assert len(report.outcomes) == len(bad)
    for (kind, (path, words)), outcome in zip(bad.items(), report.outcomes, strict=True):
        assert outcome.status is ImportStatus.FAILED, kind
        assert isinstance(outcome.error, AssessmentFileError), kind
        message = outcome.describe()
        assert message.startswith(f"{path}:"), (kind, message)
        assert words in message, (kind, message)
    assert dump(library.path) == before


def test_good_files_are_imported_beside_bad_ones(library: Library, tmp_path: Path) -> None:
    broken = _write(tmp_path, "cut.readiness", CAFE.read_bytes()[:300])
    report = import_files(library, [broken, CAFE])
    assert [o.status for o in report.outcomes] == [ImportStatus.FAILED, ImportStatus.IMPORTED]
    assert not report.ok and len(report.failed) == 1
    assert library.count() == 1


def test_a_failed_export_leaves_the_existing_file(library: Library, quick_check,
                                                  tmp_path: Path, monkeypatch) -> None:
    a = library.create(FirmProfile("Keep Me"), quick_check)
    target = tmp_path / "existing.readiness"
    target.write_bytes(b"the file from last week")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(StorageIOError, match="the disk is full") as caught:
        export_assessment(library, a.id, target)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"the file from last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


def test_export_to_a_place_that_cannot_be_a_folder(library: Library, quick_check,
                                                   tmp_path: Path) -> None:
    library.create(FirmProfile("Firm"), quick_check)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageIOError, match="the export folder cannot be created"):
        export_all(library, blocker / "sub")


def test_status_and_times_survive_import(library: Library) -> None:
    (outcome,) = import_files(library, [CAFE]).outcomes
    summary = library.summary(outcome.assessment_id)
    assert summary.status is Status.COMPLETE
    assert summary.updated_at.isoformat() == "2026-11-02T10:20:00+00:00"
    assert summary.created_at.isoformat() == "2026-11-02T10:00:00+00:00"


def test_the_confirmed_authority_is_kept_by_the_library_files_and_copies(
        library: Library, quick_check, tmp_path: Path, data_dir: Path, finder) -> None:
    firm = FirmProfile("Border Mill", postcode="TD15 1AA", authority_code="S12000026")
    made = library.create(firm, quick_check)
    library.save_answer(made.id, "cyber.backups", "tested")
    assert library.get(made.id).firm.authority_code == "S12000026"
    copy = library.copy_for_reassessment(made.id)
    assert library.get(copy.id).firm.authority_code == "S12000026"
    changed = library.save_profile(made.id, replace(firm, authority_code=None))
    assert library.get(made.id) == changed and changed.firm.authority_code is None
    library.save_profile(made.id, firm)

    exported = export_assessment(library, made.id, tmp_path / "out")
    assert json.loads(exported.read_text(encoding="utf-8"))["assessment"]["firm"][
        "authority_code"] == "S12000026"
    with Library.open(tmp_path / "other", questionnaires=finder) as other:
        assert import_files(other, [exported]).ok
        assert other.get(made.id) == library.get(made.id)
        other.save_profile(made.id, replace(firm, authority_code="E06000057"))
        (refused,) = import_files(other, [exported],
                                  on_conflict=ConflictPolicy.REPLACE).outcomes
        assert refused.status is ImportStatus.REFUSED  # the library's copy is newer
        assert "changed after the file's" in refused.describe()
        import_files(other, [exported], on_conflict=ConflictPolicy.REPLACE, force=True)
        assert other.get(made.id).firm.authority_code == "S12000026"


def test_the_export_name_and_the_pdf_name_keep_welsh_letters(quick_check) -> None:
    from readiness_app.core.assessment import Assessment

    assessment = Assessment.start(FirmProfile("Tŷ Café"), quick_check)
    assert export_file_name(assessment).startswith("Ty-Cafe_")
