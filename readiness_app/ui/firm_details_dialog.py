"""Edit firm details: correct who a firm is and where, after its assessment was started.

The fields, the postcode check and the checks on what is typed are the new-assessment page's
(:class:`~readiness_app.ui.pages.new_assessment_page.NewAssessmentPage` showing only the
firm's fields); the change is saved through :mod:`readiness_app.services.firm_details`. When
the firm has other visits, the name and place can go to them too (ticked by the first time):
size, hours and budget stay with each visit.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import ReadinessError
from readiness_app.services.firm_details import FirmCorrection, correct_firm, firm_visits
from readiness_app.storage.library import Library
from readiness_app.ui.i18n import error_text, translate

SHORTCUT = "Ctrl+Shift+E"  # Ctrl+E is "end of line" in a text box


def edit_firm_button() -> QPushButton:
    """The "Edit firm details…" button a page shows beside the firm's name."""
    button = QPushButton(translate("firm_details_dialog", "Edit firm details…"))
    button.setAccessibleName(translate("firm_details_dialog", "Edit firm details"))
    button.setToolTip(translate("firm_details_dialog",
                                "Correct the firm's name, sector, size or postcode ({key})"
                                ).format(key=SHORTCUT))
    return button


def beside(label: QLabel, button: QPushButton) -> QWidget:
    """``label`` with ``button`` after it on one line (a page's firm header)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button)
    return row


class FirmDetailsDialog(QDialog):
    """The firm's fields filled from one visit; Save corrects it (see the module docstring)."""

    def __init__(self, library: Library, assessment_id: str,
                 parent: QWidget | None = None) -> None:
        """AssessmentNotFoundError (a ReadinessError) when the assessment is gone."""
        from readiness_app.ui.pages.new_assessment_page import NewAssessmentPage

        super().__init__(parent)
        self._library = library
        self._assessment_id = assessment_id
        self.correction: FirmCorrection | None = None  # set once saved
        firm = library.get(assessment_id).firm
        visits = firm_visits(library, assessment_id)
        self.setWindowTitle(translate("firm_details_dialog", "Edit firm details"))
        self.form = NewAssessmentPage([])
        self.form.use_as_firm_form()
        self.form.show_firm(firm)
        self.form.firm_submitted.connect(self._on_form_firm_submitted)
        self.all_visits = QCheckBox(translate(
            "firm_details_dialog", "Also correct the name, sector and place on the firm's "
                                   "other visit") if visits == 2 else translate(
            "firm_details_dialog", "Also correct the name, sector and place on the firm's "
                                   "other {count} visits").format(count=visits - 1))
        self.all_visits.setAccessibleDescription(translate(
            "firm_details_dialog", "Size, time and budget stay as they were at each visit."))
        self.all_visits.setChecked(True)
        self._other_visits = visits > 1
        self.all_visits.setVisible(self._other_visits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("firm_details_dialog", "&Save"))
        self.save_button.setAccessibleName(translate("firm_details_dialog", "Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("firm_details_dialog", "Cancel"))
        cancel.setAccessibleName(translate("firm_details_dialog", "Cancel"))
        self.save_button.clicked.connect(self.form.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.all_visits)
        layout.addWidget(buttons)
        self.form.name.setFocus()

    @Slot(object)
    def _on_form_firm_submitted(self, firm: object) -> None:
        """Save the corrected firm; a problem is shown in the dialog, which stays open."""
        assert isinstance(firm, FirmProfile)
        if self.correction is not None:
            return  # Enter in a field presses Save too: saved once is enough
        try:
            self.correction = correct_firm(
                self._library, self._assessment_id, firm,
                all_visits=self._other_visits and self.all_visits.isChecked())
        except ReadinessError as exc:
            self.form.message.show_message(error_text(exc))
            return
        self.accept()


def edit_firm(parent: QWidget, library: Library, assessment_id: str) -> FirmCorrection | None:
    """Show the dialog for one visit; what was saved (None: cancelled)."""
    dialog = FirmDetailsDialog(library, assessment_id, parent)
    dialog.exec()
    return dialog.correction
