"""Sharing a firm's file: private notes stay behind, a scrubbed copy, a password-protected one;
action records and private notes travel in format 4 and the library (migration 5)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from readiness_app.core.assessment import ActionRecord, ActionStatus, FirmProfile
from readiness_app.core.assessment_file import SCHEMA_VERSION
from readiness_app.core.errors import AssessmentFileError
from readiness_app.storage.library import Library
from readiness_app.storage.portable import (
    ImportStatus,
    ShareOptions,
    export_assessment,
    import_files,
    read_file,
)
from readiness_app.storage.sealed import (
    MAGIC,
    SEALED_SUFFIX,
    PasswordError,
    read_password_file,
)

from .helpers import CAFE

AT = datetime(2027, 5, 1, 9, 30, tzinfo=UTC)


def _firm_with_notes(library: Library, quick_check) -> str:
    made = library.create(FirmProfile("Harbour Café Ltd", "Hospitality", postcode="LS1 4AP",
                                      authority_code="E08000035"), quick_check)
    library.save_answer(made.id, "cyber.backups", "sometimes", note="Ask the till supplier")
    library.save_private_note(made.id, "cyber.backups", "Owner seemed unsure; follow up")
    library.set_action_status(made.id, ActionRecord("cyber.backup-plan", ActionStatus.DONE,
                                                    AT, "Sam Jones", "Weekly to the cloud"))
    return made.id


def test_private_notes_and_actions_are_kept_in_the_library(library: Library,
                                                            quick_check) -> None:
    made = _firm_with_notes(library, quick_check)
    stored = library.get(made)
    answer = stored.answers["cyber.backups"]
    assert (answer.note, answer.private_note) == ("Ask the till supplier",
                                                  "Owner seemed unsure; follow up")
    record = stored.actions["cyber.backup-plan"]
    assert (record.status, record.at, record.who) == (ActionStatus.DONE, AT, "Sam Jones")
    # a new answer keeps the private note; a copy to re-assess carries it
    library.save_answer(made, "cyber.backups", "tested")
    assert library.get(made).answers["cyber.backups"].private_note.startswith("Owner")


def test_private_notes_stay_behind_unless_chosen(library: Library, quick_check,
                                                 tmp_path: Path) -> None:
    made = _firm_with_notes(library, quick_check)
    plain = export_assessment(library, made, tmp_path / "plain.readiness")
    data = json.loads(plain.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION == 5
    assert "Owner seemed unsure" not in plain.read_text(encoding="utf-8")
    assert "Ask the till supplier" in plain.read_text(encoding="utf-8")
    assert data["assessment"]["actions"][0]["status"] == "done"
    chosen = export_assessment(library, made, tmp_path / "all.readiness",
                               ShareOptions(include_private_notes=True))
    back, _ = read_file(chosen, library.questionnaire_finder())
    assert back.answers["cyber.backups"].private_note == "Owner seemed unsure; follow up"
    assert back.actions == library.get(made).actions


def test_a_scrubbed_copy_keeps_nothing_that_names_the_firm(library: Library, quick_check,
                                                           tmp_path: Path) -> None:
    made = _firm_with_notes(library, quick_check)
    path = export_assessment(library, made, tmp_path, ShareOptions(scrub=True))
    text = path.read_text(encoding="utf-8")
    for secret in ("Harbour", "LS1 4AP", "E08000035", "Owner seemed", "Sam Jones", made):
        assert secret not in text, secret
    copy, _ = read_file(path, library.questionnaire_finder())
    assert copy.firm.name == "Anonymised firm" and copy.firm.postcode == "LS1"
    assert copy.id != made and path.name.startswith("Anonymised-firm_")
    assert copy.answers["cyber.backups"].value == "sometimes"  # the answers are kept
    assert import_files(library, [path]).ok and library.count() == 2


def test_a_password_protected_copy(library: Library, quick_check, tmp_path: Path) -> None:
    made = _firm_with_notes(library, quick_check)
    secret = tmp_path / "pw.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    password = read_password_file(secret)
    assert password == "correct horse battery"
    path = export_assessment(library, made, tmp_path, ShareOptions(password=password))
    assert path.suffix == SEALED_SUFFIX and path.read_bytes().startswith(MAGIC)
    assert b"Harbour" not in path.read_bytes()
    # recognised by its header, whatever its name
    renamed = path.rename(tmp_path / "firm.readiness")
    with Library.open(tmp_path / "other", questionnaires=library.questionnaire_finder()) \
            as other:
        (no_password,) = import_files(other, [renamed]).outcomes
        assert no_password.status is ImportStatus.FAILED
        assert f"{renamed}: is password-protected" in no_password.describe()
        (wrong,) = import_files(other, [renamed], password="wrong").outcomes
        assert wrong.status is ImportStatus.FAILED and other.count() == 0
        assert "the password is wrong" in wrong.describe()
        (good,) = import_files(other, [renamed], password=password).outcomes
        assert good.status is ImportStatus.IMPORTED
        assert other.get(made).firm.name == "Harbour Café Ltd"
    tampered = bytearray(renamed.read_bytes())
    tampered[-5] ^= 1
    renamed.write_bytes(bytes(tampered))
    with pytest.raises(AssessmentFileError, match="password is wrong, or the file was changed"):
        read_file(renamed, library.questionnaire_finder(), password)
    header = renamed.read_bytes().replace(b'"n": 32768', b'"n": 1073741824')
    renamed.write_bytes(header)
    with pytest.raises(AssessmentFileError, match="header is damaged"):
        read_file(renamed, library.questionnaire_finder(), password)


def test_password_files_that_cannot_be_used(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\nsecond line", encoding="utf-8")
    with pytest.raises(PasswordError, match=f"{empty}: the password file's first line"):
        read_password_file(empty)
    with pytest.raises(PasswordError, match="cannot read the password file"):
        read_password_file(tmp_path / "missing.txt")


def test_older_files_may_not_hold_format_4_fields(library: Library, tmp_path: Path) -> None:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["schema_version"] = 3
    data["assessment"]["answers"][0]["private_note"] = "x"
    data["assessment"]["actions"] = []
    path = tmp_path / "old.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AssessmentFileError) as caught:
        read_file(path, library.questionnaire_finder())
    text = str(caught.value)
    assert "private_note" in text and "assessment.actions" in text and "format 4" in text


def test_the_link_between_visits_survives_export_and_import(library: Library, quick_check,
                                                            tmp_path: Path) -> None:
    first = _firm_with_notes(library, quick_check)
    second = library.copy_for_reassessment(first)
    files = [export_assessment(library, first, tmp_path / "1.readiness"),
             export_assessment(library, second.id, tmp_path / "2.readiness")]
    data = json.loads(files[1].read_text(encoding="utf-8"))["assessment"]
    assert (data["previous_id"], data["series_id"]) == (first, first)
    with Library.open(tmp_path / "other", questionnaires=library.questionnaire_finder()) \
            as other:
        assert import_files(other, files).ok
        moved = other.summary(second.id)
        assert (moved.previous_id, moved.series_id) == (first, first)
        assert [s.id for s in other.history(second.id)] == [first, second.id]
    scrubbed = export_assessment(library, second.id, tmp_path / "s.readiness",
                                 ShareOptions(scrub=True))
    text = scrubbed.read_text(encoding="utf-8")
    assert "previous_id" not in text and first not in text


def test_without_the_cryptography_package_the_message_is_clear(
        library: Library, quick_check, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    made = _firm_with_notes(library, quick_check)
    locked = export_assessment(library, made, tmp_path, ShareOptions(password="pw"))
    monkeypatch.setitem(sys.modules, "cryptography", None)  # as in a build without it
    with pytest.raises(PasswordError, match="need the 'cryptography' package"):
        export_assessment(library, made, tmp_path, ShareOptions(password="pw"))
    (outcome,) = import_files(library, [locked], password="pw").outcomes
    assert outcome.status is ImportStatus.FAILED
    assert f"{locked}: cannot be opened: password-protected files need" in outcome.describe()


def test_answers_from_last_time_are_marked_until_confirmed_or_changed(
        library: Library, quick_check, tmp_path: Path) -> None:
    first = _firm_with_notes(library, quick_check)
    library.save_answer(first, "cyber.updates", "some_automatic")
    copy = library.copy_for_reassessment(first)
    assert set(library.get(copy.id).unconfirmed()) == {"cyber.backups", "cyber.updates"}
    assert library.get(first).unconfirmed() == ()  # the earlier visit is untouched
    library.save_answer(copy.id, "cyber.backups", "tested")  # changed: answered afresh
    library.save_note(copy.id, "cyber.updates", "still patchy")  # a note confirms nothing
    assert library.get(copy.id).unconfirmed() == ("cyber.updates",)
    path = export_assessment(library, copy.id, tmp_path / "mid.readiness")
    back, _ = read_file(path, library.questionnaire_finder())
    assert back.unconfirmed() == ("cyber.updates",)  # format 4 keeps the mark
    library.confirm_answers(copy.id, ["cyber.updates"])
    assert library.get(copy.id).unconfirmed() == ()
    assert library.get(copy.id).answers["cyber.updates"].value == "some_automatic"
