"""The autosave controller: typed edits wait for a pause, flush saves at once (no widgets)."""

from __future__ import annotations

import pytest

from readiness_app.ui.autosave import Autosave, PendingEdit


@pytest.fixture
def saved(qapp) -> list[PendingEdit]:
    return []


def controller(saved: list[PendingEdit], delay_ms: int = 50) -> Autosave:
    return Autosave(saved.append, delay_ms)


def test_typing_waits_for_a_pause_and_saves_the_last_text_once(saved, qtbot) -> None:
    autosave = controller(saved)
    autosave.answer_typed("q1", "1")
    autosave.answer_typed("q1", "12")
    autosave.note_typed("q1", "about twelve")
    assert saved == [] and autosave.waiting
    qtbot.waitUntil(lambda: bool(saved), timeout=2000)
    assert saved == [PendingEdit("q1", answer_text="12", note="about twelve")]
    assert autosave.pending is None and not autosave.waiting
    qtbot.wait(120)
    assert len(saved) == 1  # nothing saved twice


def test_flush_saves_at_once_and_stops_the_timer(saved, qtbot) -> None:
    autosave = controller(saved, delay_ms=10_000)
    autosave.note_typed("q1", "half a no")
    autosave.flush()
    assert saved == [PendingEdit("q1", note="half a no")]
    assert not autosave.waiting
    autosave.flush()  # nothing pending: nothing saved
    assert len(saved) == 1


def test_typing_on_another_question_saves_the_first_question_first(saved) -> None:
    autosave = controller(saved, delay_ms=10_000)
    autosave.answer_typed("q1", "5")
    autosave.note_typed("q2", "n")
    assert saved == [PendingEdit("q1", answer_text="5")]
    assert autosave.pending == PendingEdit("q2", note="n")


def test_a_choice_drops_the_typed_answer_but_keeps_the_note(saved) -> None:
    autosave = controller(saved, delay_ms=10_000)
    autosave.answer_typed("q1", "5")
    autosave.note_typed("q1", "n")
    autosave.drop_answer("q2")  # another question: no effect
    assert autosave.pending == PendingEdit("q1", answer_text="5", note="n")
    autosave.drop_answer("q1")
    assert autosave.pending == PendingEdit("q1", note="n")
    autosave.drop_answer("q1")
    assert autosave.pending == PendingEdit("q1", note="n")


def test_dropping_the_only_edit_leaves_nothing_to_save(saved, qtbot) -> None:
    autosave = controller(saved)
    autosave.answer_typed("q1", "5")
    autosave.drop_answer("q1")
    assert autosave.pending is None and not autosave.waiting
    qtbot.wait(120)
    assert saved == []


def test_discard_forgets_without_saving(saved, qtbot) -> None:
    autosave = controller(saved)
    autosave.note_typed("q1", "n")
    autosave.discard()
    qtbot.wait(120)
    assert saved == [] and autosave.pending is None
