"""Autosave of typed edits: what was typed is saved after a pause, or at once when flushed.

Choices are saved the moment they are made; typing (a number, a free-text answer, a note) is
held here as a :class:`PendingEdit` and saved when typing stops for ``delay_ms``, or when the
page calls :meth:`Autosave.flush` (the user leaves the question or closes the window). The
controller owns no widgets, so its rules are tested without any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Slot

SAVE_DELAY_MS = 600


@dataclass(frozen=True, slots=True)
class PendingEdit:
    """What was typed on one question and not saved yet (None: not touched)."""

    question_id: str
    answer_text: str | None = None  # a typed answer (number or free text), as typed
    note: str | None = None
    private_note: str | None = None  # the adviser's private note


class DraftStore(Protocol):
    """Where typed answers that could not be saved are kept between runs
    (:class:`readiness_app.ui.settings.UiSettings`)."""

    def drafts(self, assessment_id: str) -> dict[str, str]:
        """The drafts of one assessment, by question id."""
        ...

    def set_draft(self, assessment_id: str, question_id: str, text: str | None) -> None:
        """Keep a draft (None: forget it)."""
        ...


class Autosave(QObject):
    """Holds the edit typed on one question and saves it after a pause or on flush."""

    def __init__(self, save: Callable[[PendingEdit], None], delay_ms: int = SAVE_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: PendingEdit | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> PendingEdit | None:
        """The edit waiting to be saved, if any."""
        return self._pending

    @property
    def waiting(self) -> bool:
        """True while the pause before saving is running."""
        return self._timer.isActive()

    def answer_typed(self, question_id: str, text: str) -> None:
        """The typed answer to ``question_id`` is now ``text``: save it after a pause."""
        self._update(question_id, answer_text=text)

    def note_typed(self, question_id: str, text: str) -> None:
        """The note on ``question_id`` is now ``text``: save it after a pause."""
        self._update(question_id, note=text)

    def private_note_typed(self, question_id: str, text: str) -> None:
        """The adviser's private note on ``question_id`` is now ``text``: save it after a
        pause."""
        self._update(question_id, private_note=text)

    def drop_answer(self, question_id: str) -> None:
        """Forget the typed answer to ``question_id`` (a choice replaced it); keep its note."""
        pending = self._pending
        if pending is None or pending.question_id != question_id:
            return
        pending = replace(pending, answer_text=None)
        kept = pending.note is not None or pending.private_note is not None
        self._pending = pending if kept else None
        if self._pending is None:
            self._timer.stop()

    def discard(self) -> None:
        """Forget the pending edit without saving it."""
        self._timer.stop()
        self._pending = None

    @Slot()
    def flush(self) -> None:
        """Save the pending edit now (nothing happens when there is none)."""
        self._timer.stop()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._save(pending)

    def _update(self, question_id: str, **typed: str) -> None:
        if self._pending is not None and self._pending.question_id != question_id:
            self.flush()  # never mix two questions' edits
        current = self._pending or PendingEdit(question_id)
        self._pending = replace(current, **typed)
        self._timer.start()
