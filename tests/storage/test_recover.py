"""Recovering a library copies everything the app stores about an assessment (issue 16,
item 5): private notes, the "from last time" marks, action statuses, the firm's means and the
links between visits, and reads a library made by an earlier version with what it has."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from readiness_app.core.assessment import ActionRecord, ActionStatus, BudgetBand, FirmProfile
from readiness_app.storage import paths
from readiness_app.storage.library import Library
from readiness_app.storage.recover import recover_library

AT = datetime(2027, 5, 1, 9, 30, tzinfo=UTC)
FORMAT1_LIBRARY = Path(__file__).parents[1] / "data" / "libraries" / "library-format1.sqlite3"


def test_recovery_keeps_private_notes_marks_actions_means_and_history(
        library: Library, data_dir: Path, tmp_path: Path, finder, quick_check) -> None:
    firm = FirmProfile("Harbour Café Ltd", "Hospitality", postcode="LS1 4AP",
                       hours_per_month=12, budget=BudgetBand.UNDER_500)
    first = library.create(firm, quick_check)
    library.save_answer(first.id, "cyber.backups", "sometimes", note="Ask the till supplier")
    library.save_private_note(first.id, "cyber.backups", "Owner seemed unsure; follow up")
    library.set_action_status(first.id, ActionRecord("cyber.backup-plan", ActionStatus.DONE,
                                                     AT, "Sam Jones", "Weekly to the cloud"))
    second = library.copy_for_reassessment(first.id)  # answers marked "from last time"
    library.set_action_status(second.id, ActionRecord("cyber.backup-plan",
                                                      ActionStatus.IN_PROGRESS, AT))
    library.trash(second.id)
    library.close()

    report = recover_library(paths.library_path(data_dir), tmp_path / "rescued",
                             questionnaires=finder)

    assert (report.recovered, report.failed, report.problems) == (2, 0, ())
    with Library.open(tmp_path / "rescued", questionnaires=finder) as rescued:
        old = rescued.get(first.id)
        answer = old.answers["cyber.backups"]
        assert (answer.note, answer.private_note, answer.carried) == (
            "Ask the till supplier", "Owner seemed unsure; follow up", False)
        record = old.actions["cyber.backup-plan"]
        assert (record.status, record.at, record.who, record.note) == (
            ActionStatus.DONE, AT, "Sam Jones", "Weekly to the cloud")
        assert (old.firm.hours_per_month, old.firm.budget) == (12, BudgetBand.UNDER_500)
        new = rescued.get(second.id)
        assert new.answers["cyber.backups"].carried  # still to be confirmed
        assert new.answers["cyber.backups"].private_note.startswith("Owner")
        assert new.actions["cyber.backup-plan"].status is ActionStatus.IN_PROGRESS
        assert second.id not in rescued.ids()  # back in the trash
        assert rescued.summary(second.id).previous_id == first.id
        rescued.restore(second.id)
        assert [s.id for s in rescued.history(first.id)] == [first.id, second.id]


def test_a_library_from_an_earlier_version_is_recovered_with_what_it_has(
        tmp_path: Path, finder) -> None:
    old = tmp_path / "old" / "library.sqlite3"
    old.parent.mkdir()
    shutil.copyfile(FORMAT1_LIBRARY, old)

    report = recover_library(old, tmp_path / "rescued", questionnaires=finder)

    assert report.recovered > 0 and report.failed == 0, report.problems
    with Library.open(tmp_path / "rescued", questionnaires=finder) as rescued:
        for assessment_id in rescued.ids():
            stored = rescued.get(assessment_id)
            assert not stored.actions
            assert not any(a.carried or a.private_note for a in stored.answers.values())
