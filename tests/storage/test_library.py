"""The library: autosave of each change, cached scores, list/search/sort, trash, history."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    Assessment,
    FirmProfile,
    SizeBand,
    Status,
)
from readiness_app.core.errors import (
    AnswerError,
    AssessmentNotFoundError,
    AssessmentTrashedError,
    DatabaseLockedError,
    ImportConflictError,
    StorageError,
)
from readiness_app.core.scoring import score_assessment
from readiness_app.storage.library import (
    AddAction,
    ConflictPolicy,
    Library,
    ListQuery,
    SortKey,
    decode_value,
    encode_value,
)

from .helpers import assert_cached_score, dump


def _firm(name: str = "Harbour Café Ltd", **kw) -> FirmProfile:
    return FirmProfile(name, **kw)


def test_a_new_library_is_empty_and_lives_in_the_data_dir(library: Library, data_dir) -> None:
    assert library.path == data_dir / "library.sqlite3"
    assert library.path.is_file()
    assert library.count() == 0
    page = library.list_assessments()
    assert page.items == () and page.total == 0 and not page.has_more


def test_every_change_is_saved_and_survives_reopening(library, quick_check, data_dir,
                                                      finder) -> None:
    a = library.create(_firm(sector="Hospitality"), quick_check)
    library.save_answer(a.id, "cyber.backups", "tested", note="USB drive, checked monthly")
    library.save_answer(a.id, "cyber.basics", frozenset({"firewall", "screen_lock"}))
    library.save_answer(a.id, "people.staff", 14)
    library.save_answer(a.id, "investment.plan", DONT_KNOW)
    library.save_answer(a.id, "people.comments", "Line one\nLine two")
    library.save_profile(a.id, _firm("Harbour Café", size_band=SizeBand.SMALL,
                                     postcode="PL1 2AA"))
    final = library.set_status(a.id, Status.COMPLETE)
    library.close()

    with Library.open(data_dir, questionnaires=finder) as again:
        stored = again.get(a.id)
    assert stored == final
    assert stored.answers["cyber.backups"].note == "USB drive, checked monthly"
    assert stored.answers["cyber.basics"].value == frozenset({"firewall", "screen_lock"})
    assert stored.answers["people.staff"].value == 14.0
    assert stored.answers["investment.plan"].value is DONT_KNOW
    assert stored.firm.size_band is SizeBand.SMALL and stored.firm.postcode == "PL1 2AA"
    assert stored.status is Status.COMPLETE
    assert all(ans.answered_at is not None for ans in stored.answers.values())


def test_save_answer_keeps_the_note_unless_a_new_one_is_given(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    library.save_answer(a.id, "cyber.backups", "none", note="ask the till supplier")
    kept = library.save_answer(a.id, "cyber.backups", "sometimes")
    assert kept.answers["cyber.backups"].note == "ask the till supplier"
    cleared = library.save_answer(a.id, "cyber.backups", "sometimes", note="")
    assert cleared.answers["cyber.backups"].note == ""
    assert library.get(a.id) == cleared


def test_notes_are_stored_with_their_answer(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    with pytest.raises(AnswerError, match="before adding a note"):
        library.save_note(a.id, "cyber.backups", "not answered yet")
    answered = library.save_answer(a.id, "cyber.backups", "automatic")
    noted = library.save_note(a.id, "cyber.backups", "Checked with Sam\non Monday")
    assert noted.answers["cyber.backups"].value == "automatic"
    assert noted.answers["cyber.backups"].answered_at == answered.answers["cyber.backups"] \
        .answered_at
    assert library.get(a.id).answers["cyber.backups"].note == "Checked with Sam\non Monday"
    removed = library.clear_answer(a.id, "cyber.backups")
    assert "cyber.backups" not in removed.answers
    assert library.get(a.id).answer("cyber.backups") is None


def test_a_change_core_refuses_changes_nothing(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    library.save_answer(a.id, "cyber.backups", "tested")
    before = dump(library.path)
    with pytest.raises(AnswerError):
        library.save_answer(a.id, "cyber.backups", "weekly")
    with pytest.raises(AnswerError):
        library.save_answer(a.id, "no.such.question", "x")
    with pytest.raises(AnswerError):
        library.save_answer(a.id, "people.staff", 0)  # below the minimum of 1
    with pytest.raises(AnswerError):
        library.save_note(a.id, "cyber.backups", "bad \x00 control")
    assert dump(library.path) == before


def test_unknown_ids_are_reported(library, quick_check) -> None:
    with pytest.raises(AssessmentNotFoundError, match="no assessment has the id 'nope'"):
        library.save_answer("nope", "cyber.backups", "tested")
    with pytest.raises(AssessmentNotFoundError):
        library.get("nope")
    with pytest.raises(AssessmentNotFoundError):
        library.trash("nope")


def test_cached_scores_follow_every_change(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    summary = library.summary(a.id)
    assert summary.overall_score is None and summary.level_id is None
    assert dict(summary.area_scores) == {"investment": None, "cyber": None, "people": None}
    steps = [("cyber.backups", "tested"), ("cyber.cloud", "yes"), ("cyber.two_step", "none"),
             ("investment.plan", "written"), ("people.training", "some")]
    for qid, value in steps:
        current = library.save_answer(a.id, qid, value)
        assert_cached_score(library.summary(a.id), quick_check, current)
    current = library.clear_answer(a.id, "cyber.cloud")  # hides cyber.two_step too
    assert_cached_score(library.summary(a.id), quick_check, current)
    score = score_assessment(quick_check, current)
    assert library.score(a.id) == score
    assert library.summary(a.id).answered == sum(x.answered for x in score.areas) == 3


def _fill(library: Library, quick_check) -> dict[str, Assessment]:
    """Five firms with known scores, statuses and sizes."""
    made: dict[str, Assessment] = {}
    specs = [
        ("Harbour Café Ltd", SizeBand.SMALL, "PL1 2AA", "Hospitality", "tested", "written"),
        ("Tŷ Coffi", SizeBand.MICRO, "SA1 1AA", "Hospitality", "none", "none"),
        ("Anchor Engineering", SizeBand.MEDIUM, "LS1 4AP", "Manufacturing", "automatic",
         "reviewed"),
        ("Bright Sparks Electrical", SizeBand.MICRO, "M1 1AE", "Construction", "sometimes",
         None),
        ("Quiet Start Ltd", None, "", "", None, None),
    ]
    for name, size, postcode, sector, backups, plan in specs:
        a = library.create(FirmProfile(name, sector, size, postcode), quick_check)
        if backups:
            a = library.save_answer(a.id, "cyber.backups", backups)
        if plan:
            a = library.save_answer(a.id, "investment.plan", plan)
        made[name] = a
    library.set_status(made["Anchor Engineering"].id, Status.COMPLETE)
    return made


def _names(page) -> list[str]:
    return [s.firm_name for s in page.items]


def test_search_ignores_case_and_accents_and_matches_every_word(library, quick_check) -> None:
    _fill(library, quick_check)
    assert _names(library.list_assessments(ListQuery(search="CAFE"))) == ["Harbour Café Ltd"]
    assert _names(library.list_assessments(ListQuery(search="ty coffi"))) == ["Tŷ Coffi"]
    assert _names(library.list_assessments(ListQuery(search="hospitality harbour"))) == \
        ["Harbour Café Ltd"]
    assert _names(library.list_assessments(ListQuery(search="pl12aa"))) == ["Harbour Café Ltd"]
    assert _names(library.list_assessments(ListQuery(search="ls1 4ap"))) == \
        ["Anchor Engineering"]
    assert library.list_assessments(ListQuery(search="zebra")).total == 0
    # LIKE wildcards and quotes are plain text, not patterns
    assert library.list_assessments(ListQuery(search="%")).total == 0
    assert library.list_assessments(ListQuery(search="' OR 1=1 --")).total == 0


def test_filters(library, quick_check) -> None:
    _fill(library, quick_check)
    assert _names(library.list_assessments(ListQuery(status=Status.COMPLETE))) == \
        ["Anchor Engineering"]
    assert sorted(_names(library.list_assessments(ListQuery(size_band=SizeBand.MICRO)))) == \
        ["Bright Sparks Electrical", "Tŷ Coffi"]
    assert library.list_assessments(ListQuery(questionnaire_id="quick-check")).total == 5
    assert library.list_assessments(ListQuery(questionnaire_id="other")).total == 0
    # cyber: tested 100, automatic 66.7, sometimes 33.3, none 0, unanswered None
    cyber = ListQuery(area_id="cyber", min_score=50)
    assert sorted(_names(library.list_assessments(cyber))) == \
        ["Anchor Engineering", "Harbour Café Ltd"]
    low = ListQuery(area_id="cyber", max_score=10)
    assert _names(library.list_assessments(low)) == ["Tŷ Coffi"]
    overall = library.list_assessments(ListQuery(min_score=0))
    assert "Quiet Start Ltd" not in _names(overall) and overall.total == 4
    future = datetime.now(UTC) + timedelta(days=1)
    assert library.list_assessments(ListQuery(updated_from=future)).total == 0
    assert library.list_assessments(ListQuery(updated_before=future)).total == 5


def test_sorting(library, quick_check) -> None:
    made = _fill(library, quick_check)
    by_firm = library.list_assessments(ListQuery(sort=SortKey.FIRM, descending=False))
    assert _names(by_firm) == sorted(made, key=lambda n: n.casefold().replace("ŷ", "y"))
    by_score = library.list_assessments(ListQuery(sort=SortKey.SCORE))
    scores = [s.overall_score for s in by_score.items]
    assert scores[-1] is None  # unscored last
    assert scores[:-1] == sorted(scores[:-1], reverse=True)
    ascending = library.list_assessments(ListQuery(sort=SortKey.SCORE, descending=False))
    up = [s.overall_score for s in ascending.items]
    assert up[-1] is None and up[:-1] == sorted(up[:-1])  # unscored last this way too
    by_cyber = library.list_assessments(ListQuery(sort=SortKey.AREA, area_id="cyber"))
    assert _names(by_cyber)[:4] == ["Harbour Café Ltd", "Anchor Engineering",
                                    "Bright Sparks Electrical", "Tŷ Coffi"]
    by_updated = library.list_assessments(ListQuery(sort=SortKey.UPDATED))
    assert by_updated.items[0].firm_name == "Anchor Engineering"  # last changed
    stamps = [s.updated_at for s in by_updated.items]
    assert stamps == sorted(stamps, reverse=True)
    by_created = library.list_assessments(ListQuery(sort=SortKey.CREATED, descending=False))
    assert _names(by_created) == list(made)
    by_status = library.list_assessments(ListQuery(sort=SortKey.STATUS, descending=False))
    assert by_status.items[0].status is Status.COMPLETE
    with pytest.raises(ValueError, match="area_id"):
        library.list_assessments(ListQuery(sort=SortKey.AREA))


def test_paging(library, quick_check) -> None:
    _fill(library, quick_check)
    seen: list[str] = []
    offset = 0
    while True:
        page = library.list_assessments(ListQuery(sort=SortKey.FIRM, offset=offset, limit=2))
        assert page.total == 5
        seen += _names(page)
        if not page.has_more:
            break
        offset += len(page.items)
    assert len(seen) == 5 == len(set(seen))


def test_trash_and_restore(library, quick_check) -> None:
    made = _fill(library, quick_check)
    cafe = made["Harbour Café Ltd"].id
    library.trash(cafe)
    assert library.count() == 4 and library.count(in_trash=True) == 1
    assert "Harbour Café Ltd" not in _names(library.list_assessments())
    trash = library.list_assessments(ListQuery(in_trash=True, sort=SortKey.TRASHED))
    assert _names(trash) == ["Harbour Café Ltd"] and trash.items[0].in_trash
    assert library.get(cafe).firm.name == "Harbour Café Ltd"  # still readable
    with pytest.raises(AssessmentTrashedError, match="restore it"):
        library.save_answer(cafe, "cyber.cloud", "yes")
    with pytest.raises(StorageError, match="already in the trash"):
        library.trash(cafe)
    library.restore(cafe)
    assert library.count() == 5 and library.count(in_trash=True) == 0
    with pytest.raises(StorageError, match="not in the trash"):
        library.restore(cafe)
    library.save_answer(cafe, "cyber.cloud", "yes")


def test_emptying_the_trash_deletes_for_good(library, quick_check) -> None:
    made = _fill(library, quick_check)
    cafe = made["Harbour Café Ltd"].id
    with pytest.raises(StorageError, match="move it to the trash first"):
        library.delete_forever(cafe)
    library.trash(cafe)
    library.trash(made["Tŷ Coffi"].id)
    assert library.empty_trash() == 2
    assert not library.contains(cafe)
    assert library.count() == 3
    conn = sqlite3.connect(library.path)
    orphans = conn.execute("SELECT count(*) FROM answer WHERE assessment_pk NOT IN "
                           "(SELECT pk FROM assessment)").fetchone()[0]
    conn.close()
    assert orphans == 0
    assert library.integrity_problems() == []


def test_reassessment_copy_keeps_history(library, quick_check) -> None:
    first = library.create(_firm(), quick_check)
    first = library.save_answer(first.id, "cyber.backups", "none", note="none at all")
    library.set_status(first.id, Status.COMPLETE)
    second = library.copy_for_reassessment(first.id)
    assert second.id != first.id and second.status is Status.IN_PROGRESS
    assert second.answers["cyber.backups"].value == "none"
    assert second.answers["cyber.backups"].note == "none at all"
    library.save_answer(second.id, "cyber.backups", "tested")
    third = library.copy_for_reassessment(second.id, keep_answers=False)
    assert third.answers == {}
    history = library.history(third.id)
    assert [h.id for h in history] == [first.id, second.id, third.id]
    assert history[1].previous_id == first.id and history[2].previous_id == second.id
    assert [h.overall_score for h in history][:2] == [0.0, 100.0]  # progress shows
    assert library.get(first.id).answers["cyber.backups"].value == "none"  # unchanged
    library.trash(second.id)
    assert [h.id for h in library.history(first.id)] == [first.id, third.id]
    library.empty_trash()
    assert library.summary(third.id).previous_id is None  # link cleared, series kept
    assert [h.id for h in library.history(third.id)] == [first.id, third.id]


def test_reassessment_with_a_newer_questionnaire_drops_answers_that_do_not_fit(
        library, quick_check) -> None:
    newer = replace(quick_check, version="2.0",
                    questions=tuple(q for q in quick_check.questions if q.id != "cyber.cloud"))
    a = library.create(_firm(), quick_check)
    library.save_answer(a.id, "cyber.cloud", "yes")
    library.save_answer(a.id, "cyber.backups", "tested")
    library._find = lambda i, v: {"1.0": quick_check, "2.0": newer}.get(v)
    copy = library.copy_for_reassessment(a.id, newer)
    assert copy.questionnaire_version == "2.0"
    assert set(copy.answers) == {"cyber.backups"}
    assert library.summary(copy.id).series_id == library.summary(a.id).series_id


def test_short_ids(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    assert library.resolve_id(a.id) == a.id
    assert library.resolve_id(a.id[:6].upper()) == a.id
    with pytest.raises(AssessmentNotFoundError, match="at least 4"):
        library.resolve_id(a.id[:3])
    with pytest.raises(AssessmentNotFoundError):
        library.resolve_id("zzzzzz")
    # b and c share a's first 10 characters; their 11th differs from a's (a's id is random)
    first, second = [x for x in "0123456789abcdef" if x != a.id[10]][:2]
    b = library.add(replace(a, id=a.id[:10] + first * 22)).assessment_id
    c = library.add(replace(a, id=a.id[:10] + second * 22)).assessment_id
    with pytest.raises(AssessmentNotFoundError, match="more than one"):
        library.resolve_id(a.id[:10])
    assert library.resolve_id(b[:11]) == b and library.resolve_id(c[:11]) == c


def test_add_conflicts(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    a = library.save_answer(a.id, "cyber.backups", "none")
    incoming = replace(a, answers={}, firm=_firm("Renamed Café"), status=Status.COMPLETE)
    incoming = incoming.with_answer(quick_check, Answer("cyber.backups", "tested"))
    before = dump(library.path)
    with pytest.raises(ImportConflictError, match="already in the library") as caught:
        library.add(incoming, source="visit.readiness")
    assert caught.value.assessment_id == a.id and "visit.readiness" in str(caught.value)
    assert library.add(incoming, on_conflict=ConflictPolicy.SKIP).action is AddAction.SKIPPED
    assert dump(library.path) == before
    both = library.add(incoming, on_conflict=ConflictPolicy.KEEP_BOTH)
    assert both.action is AddAction.KEPT_BOTH and both.assessment_id != a.id
    assert library.get(both.assessment_id).firm.name == "Renamed Café"
    assert library.get(a.id).firm.name == "Harbour Café Ltd"
    copy = library.copy_for_reassessment(a.id)
    library.trash(a.id)
    replaced = library.add(incoming, on_conflict=ConflictPolicy.REPLACE)
    assert replaced.action is AddAction.REPLACED
    stored = library.get(a.id)
    assert stored.firm.name == "Renamed Café" and stored.status is Status.COMPLETE
    assert stored.answers["cyber.backups"].value == "tested"
    assert not library.summary(a.id).in_trash  # replacing brings it back
    assert library.summary(copy.id).previous_id == a.id  # history kept
    assert_cached_score(library.summary(a.id), quick_check, stored)


def test_add_checks_answers_through_core(library, quick_check) -> None:
    a = Assessment.start(_firm(), quick_check)
    bad = replace(a, answers={"cyber.backups": Answer("cyber.backups", "weekly")})
    with pytest.raises(AnswerError):
        library.add(bad)
    assert library.count() == 0


def test_missing_questionnaire_is_a_clear_error(library, quick_check) -> None:
    a = library.create(_firm(), quick_check)
    library._find = lambda i, v: None
    with pytest.raises(StorageError, match=r"'quick-check' version 1\.2 is not installed"):
        library.save_answer(a.id, "cyber.backups", "tested")
    assert library.get(a.id).answers == {}  # reading still works


def test_two_windows_on_one_library_lose_nothing(data_dir, finder, quick_check) -> None:
    one = Library.open(data_dir, questionnaires=finder)
    two = Library.open(data_dir, questionnaires=finder)
    a = one.create(_firm(), quick_check)
    one.save_answer(a.id, "cyber.backups", "tested")
    two.save_answer(a.id, "cyber.cloud", "yes")  # two has not re-read: still no lost update
    one.save_answer(a.id, "people.staff", 3)
    assert set(two.get(a.id).answers) == {"cyber.backups", "cyber.cloud", "people.staff"}
    one.close()
    two.close()


def test_a_locked_library_is_reported_and_nothing_changes(data_dir, finder,
                                                          quick_check) -> None:
    with Library.open(data_dir, questionnaires=finder) as lib:
        a = lib.create(_firm(), quick_check)
        lib.save_answer(a.id, "cyber.backups", "none")
    other = sqlite3.connect(data_dir / "library.sqlite3", isolation_level=None)
    lib = Library.open(data_dir, questionnaires=finder, timeout=0.2)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE assessment SET sector = 'held'")
        with pytest.raises(DatabaseLockedError, match="another program") as caught:
            lib.save_answer(a.id, "cyber.backups", "tested")
        assert str(data_dir / "library.sqlite3") in str(caught.value)
        assert lib.get(a.id).answers["cyber.backups"].value == "none"  # reads still work
        other.execute("ROLLBACK")
        lib.save_answer(a.id, "cyber.backups", "tested")  # and then writes do
        assert lib.get(a.id).answers["cyber.backups"].value == "tested"
    finally:
        other.close()
        lib.close()


def test_value_encoding_round_trips() -> None:
    for value in ("tested", "", "multi\nline", frozenset(), frozenset({"a", "b"}), 3.0, 0.5,
                  DONT_KNOW):
        assert decode_value(encode_value(value)) == value
    for bad in ("true", "null", '{"x": 1}', "[1, 2]"):
        with pytest.raises(ValueError):
            decode_value(bad)


def test_library_path_follows_data_dir_option_and_environment(tmp_path: Path, finder,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("READINESS_DATA_DIR", str(tmp_path / "from-env"))
    with Library.open(questionnaires=finder) as lib:
        assert lib.path == tmp_path / "from-env" / "library.sqlite3"
    with Library.open(tmp_path / "explicit", questionnaires=finder) as lib:
        assert lib.path == tmp_path / "explicit" / "library.sqlite3"


def test_add_many_is_all_or_nothing(library, quick_check) -> None:
    first = Assessment.start(_firm("One"), quick_check)
    second = Assessment.start(_firm("Two"), quick_check)
    assert library.add_many([first, second]) == 2
    before = dump(library.path)
    third = Assessment.start(_firm("Three"), quick_check)
    with pytest.raises(ImportConflictError, match="'One'"):
        library.add_many([third, first])
    assert dump(library.path) == before and not library.contains(third.id)


def test_area_lists_follow_the_trash(library, quick_check) -> None:
    made = _fill(library, quick_check)
    cafe = made["Harbour Café Ltd"].id
    by_cyber = ListQuery(sort=SortKey.AREA, area_id="cyber")
    top = ListQuery(area_id="cyber", min_score=90)
    assert library.list_assessments(by_cyber).total == 5
    assert _names(library.list_assessments(top)) == ["Harbour Café Ltd"]
    library.trash(cafe)
    assert library.list_assessments(by_cyber).total == 4
    assert "Harbour Café Ltd" not in _names(library.list_assessments(by_cyber))
    assert library.list_assessments(top).total == 0
    in_trash = library.list_assessments(ListQuery(area_id="cyber", in_trash=True))
    assert _names(in_trash) == ["Harbour Café Ltd"] and in_trash.total == 1
    with_search = ListQuery(area_id="cyber", search="harbour")
    assert library.list_assessments(with_search).total == 0
    library.restore(cafe)
    assert _names(library.list_assessments(top)) == ["Harbour Café Ltd"]
    assert library.list_assessments(with_search).total == 1
    library.trash(cafe)
    library.add(library.get(cafe), on_conflict=ConflictPolicy.REPLACE)  # replacing restores
    assert library.list_assessments(top).total == 1


def test_cached_scores_from_another_scoring_version_are_worked_out_again(tmp_path) -> None:
    import sqlite3

    from readiness_app.core.assessment import FirmProfile
    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.storage.library import Library

    catalogue = load_catalogue()
    questionnaire = catalogue.find("quick-check", "1.0")
    with Library.open(tmp_path, questionnaires=catalogue.find) as library:
        made = library.create(FirmProfile("Stale Scores Ltd"), questionnaire)
        library.save_answer(made.id, "cyber.backups", "tested")
        right = library.summary(made.id).overall_score
        path = library.path
    with sqlite3.connect(path) as conn:  # as if written by a version that scored differently
        conn.execute("UPDATE assessment SET overall_score = 3.0")
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'scoring_version'")
    conn.close()
    with Library.open(tmp_path, questionnaires=catalogue.find) as library:
        assert library.summary(made.id).overall_score == right
    with sqlite3.connect(path) as conn:  # the same version: the cache is trusted as it is
        conn.execute("UPDATE assessment SET overall_score = 3.0")
    conn.close()
    with Library.open(tmp_path, questionnaires=catalogue.find) as library:
        assert library.summary(made.id).overall_score == 3.0


def test_a_missing_questionnaire_does_not_stop_the_library_opening(tmp_path) -> None:
    import sqlite3

    from readiness_app.core.assessment import FirmProfile
    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.storage.library import Library

    catalogue = load_catalogue()
    with Library.open(tmp_path, questionnaires=catalogue.find) as library:
        made = library.create(FirmProfile("Variant Ltd"),
                              catalogue.find("quick-check", "1.0"))
        path = library.path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'scoring_version'")
    conn.close()
    with Library.open(tmp_path, questionnaires=lambda i, v: None) as library:
        assert library.contains(made.id)
