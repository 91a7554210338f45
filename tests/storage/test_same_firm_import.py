"""The same firm arriving under another assessment id (issue 16, item 8): found by its firm
id (series) or by name and postcode, linked into its history as a new visit, or kept apart
under a name that tells the two apart."""

from __future__ import annotations

import json
from pathlib import Path

from readiness_app.core.assessment_file import SCHEMA_VERSION
from readiness_app.storage.library import Library
from readiness_app.storage.portable import ImportStatus, import_files, prepare_import

from .helpers import CAFE

CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
LATER_ID = "9a8b7c6d5e4f40318293a4b5c6d7e8f9"


def _later_visit(folder: Path, **changes: object) -> Path:
    """The café six months on, made in another copy of the app (another id)."""
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    visit = data["assessment"]
    visit.update({"id": LATER_ID, "created_at": "2027-05-03T10:00:00+00:00",
                  "updated_at": "2027-05-03T10:30:00+00:00"})
    firm = changes.pop("firm", None)
    if isinstance(firm, dict):
        visit["firm"].update(firm)
    visit.update(changes)
    if "series_id" in changes:
        data["schema_version"] = SCHEMA_VERSION  # the links came in format 4
    path = folder / f"later-{len(list(folder.iterdir()))}.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_same_name_and_postcode_is_offered_and_linked_as_a_new_visit(
        library: Library, tmp_path: Path) -> None:
    import_files(library, [CAFE])
    later = _later_visit(tmp_path, firm={"name": "HARBOUR  café ltd", "postcode": "pl12aa"})
    candidate = prepare_import(library, later)
    assert candidate.existing is None
    assert candidate.same_firm is not None and candidate.same_firm.id == CAFE_ID
    report = import_files(library, [later], as_visit=True)
    assert [o.status for o in report.outcomes] == [ImportStatus.NEW_VISIT]
    assert "a new visit of the firm" in report.outcomes[0].describe()
    assert [s.id for s in library.history(LATER_ID)] == [CAFE_ID, LATER_ID]
    assert library.summary(LATER_ID).previous_id == CAFE_ID


def test_the_firm_id_finds_it_even_under_a_new_name(library: Library, tmp_path: Path) -> None:
    import_files(library, [CAFE])
    renamed = _later_visit(tmp_path, firm={"name": "Harbour Kitchen Ltd", "postcode": ""},
                           series_id=CAFE_ID, previous_id="0" * 32)
    assert prepare_import(library, renamed).same_firm is not None
    import_files(library, [renamed], as_visit=True)
    assert library.summary(LATER_ID).previous_id == CAFE_ID


def test_kept_apart_the_copy_is_named_and_not_linked(library: Library,
                                                     tmp_path: Path) -> None:
    import_files(library, [CAFE])
    report = import_files(library, [_later_visit(tmp_path)], as_visit=False)
    assert report.outcomes[0].status is ImportStatus.IMPORTED
    stored = library.summary(LATER_ID)
    assert stored.firm_name == "Harbour Café Ltd (imported copy, 2027-05-03)"
    assert stored.previous_id is None and stored.series_id != library.summary(CAFE_ID).series_id


def test_another_firm_or_a_linked_file_is_not_asked_about(library: Library,
                                                          tmp_path: Path) -> None:
    import_files(library, [CAFE])
    other = _later_visit(tmp_path, firm={"postcode": "LS1 4AP"})  # same name, elsewhere
    assert prepare_import(library, other).same_firm is None
    linked = _later_visit(tmp_path, previous_id=CAFE_ID, series_id=CAFE_ID)
    assert prepare_import(library, linked).same_firm is None  # linked anyway
    import_files(library, [linked])
    assert library.summary(LATER_ID).previous_id == CAFE_ID
