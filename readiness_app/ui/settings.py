"""UI-only state kept between runs: window geometry, the last question and typed drafts.

Stored with ``QSettings`` in INI format inside the app's data folder (never the Windows
registry), so tests and portable installs keep it next to their library. The library has no
place for where the user stopped, so it lives here, keyed by assessment id.

Earlier versions also kept here the local authority the user confirmed for a split postcode
district (``authority/<id>``); it is now part of the firm's profile in the library, and the
main window moves any such value there once, when the assessment is opened.

A draft is an answer typed that could not be saved as one (letters in a number question):
the library only holds answers that fit their question, so the text waits here, written to
disk at once, until it is corrected, replaced by a choice or cleared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from readiness_app.storage.paths import settings_file

LEGACY_AUTHORITY = "authority"  # group of the confirmed authorities earlier versions kept
DRAFTS = "draft"  # group of typed answers that could not be saved (see the module docstring)


class UiSettings:
    """Typed access to the few values the window remembers."""

    def __init__(self, data_folder: Path) -> None:
        self._settings = QSettings(str(settings_file(data_folder)), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        """The INI file."""
        return Path(self._settings.fileName())

    def geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the main-window geometry."""
        self._settings.setValue("window/geometry", geometry)

    def last_question(self, assessment_id: str) -> str | None:
        """The question the user was on when they last left this assessment."""
        value = self._settings.value(f"last_question/{assessment_id}")
        return value if isinstance(value, str) and value else None

    def set_last_question(self, assessment_id: str, question_id: str) -> None:
        """Remember where the user is in an assessment."""
        self._settings.setValue(f"last_question/{assessment_id}", question_id)

    def answering(self) -> str | None:
        """The assessment whose questions were open when the app was last closed."""
        value = self._settings.value("ui/answering")
        return value if isinstance(value, str) and value else None

    def set_answering(self, assessment_id: str | None) -> None:
        """Remember the assessment being answered as the app closes (None: none was)."""
        if assessment_id is None:
            self._settings.remove("ui/answering")
        else:
            self._settings.setValue("ui/answering", assessment_id)

    def legacy_authority(self, assessment_id: str) -> str | None:
        """The authority an earlier version kept here for an assessment, if any."""
        value = self._settings.value(f"{LEGACY_AUTHORITY}/{assessment_id}")
        return value if isinstance(value, str) and value else None

    def forget_legacy_authority(self, assessment_id: str) -> None:
        """Drop the earlier version's value once it has moved into the firm's profile."""
        self._settings.remove(f"{LEGACY_AUTHORITY}/{assessment_id}")

    def drafts(self, assessment_id: str) -> dict[str, str]:
        """The answers typed on this assessment that could not be saved, by question id."""
        self._settings.beginGroup(f"{DRAFTS}/{assessment_id}")
        try:
            found = {key: self._settings.value(key) for key in self._settings.childKeys()}
        finally:
            self._settings.endGroup()
        return {key: value for key, value in found.items() if isinstance(value, str)}

    def set_draft(self, assessment_id: str, question_id: str, text: str | None) -> None:
        """Keep (None: forget) the text typed for a question, on disk before returning."""
        key = f"{DRAFTS}/{assessment_id}/{question_id}"
        if text is None:
            if not self._settings.contains(key):
                return
            self._settings.remove(key)
        else:
            self._settings.setValue(key, text)
        self._settings.sync()

    def language(self) -> str | None:
        """The interface language chosen in the app (``en``/``cy``), None to follow the
        system."""
        value = self._settings.value("ui/language")
        return value if isinstance(value, str) and value else None

    def set_language(self, language: str) -> None:
        """Remember the interface language (used from the next start)."""
        self._settings.setValue("ui/language", language)

    def sync(self) -> None:
        """Write pending values to disk."""
        self._settings.sync()
