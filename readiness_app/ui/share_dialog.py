"""Sharing a firm's file: choose a plain or a scrubbed copy, private notes or not, and a
password, with a preview of exactly what the file will hold.

The preview is read from the assessment in the form that will be written
(:func:`readiness_app.storage.portable.shared_form`), so it cannot promise what the file does
not do. Writing and encryption are the storage layer's (the same as ``readiness-app export
--scrub --password-file``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import Assessment
from readiness_app.storage.portable import SCRUBBED_NAME, ShareOptions, shared_form
from readiness_app.ui.i18n import messages, translate
from readiness_app.ui.widgets import heading, role_label, wrapped

MIN_PASSWORD = 8


def password_strength(password: str) -> tuple[bool, str]:
    """Whether ``password`` may be used, and a hint in words (length counts most)."""
    if len(password) < MIN_PASSWORD:
        return False, translate("share_dialog", "Too short: use at least {count} "
                                                "characters.").format(count=MIN_PASSWORD)
    kinds = sum(1 for test in (str.islower, str.isupper, str.isdigit)
                if any(test(c) for c in password))
    kinds += any(not c.isalnum() for c in password)
    if len(password) >= 16 or (len(password) >= 12 and kinds >= 3):
        return True, translate("share_dialog", "Strong.")
    if len(password) >= 10 and kinds >= 2:
        return True, translate("share_dialog", "Fair: a few more words or characters would "
                                               "make it stronger.")
    return True, translate("share_dialog", "Weak: a phrase of four or more words is much "
                                           "harder to guess.")


def preview_lines(original: Assessment, options: ShareOptions,
                  has_links: bool = False) -> list[str]:
    """What a file written with ``options`` holds, line by line (read from the shared form),
    in the app's language (the firm's name and postcode as the file holds them)."""
    shared = shared_form(original, ShareOptions(options.include_private_notes, options.scrub))
    firm = shared.firm
    lines = [translate("share_dialog", "Firm: {name}").format(name=firm.name) + (
        " " + translate("share_dialog", "(the real name is left out)") if options.scrub
        else "")]
    if options.scrub:
        district = translate("share_dialog", "{district} (district only)").format(
            district=firm.postcode) if firm.postcode else translate("share_dialog", "left out")
        lines.append(translate(
            "share_dialog", "Postcode: {district}; no confirmed local authority").format(
                district=district))
    else:
        lines.append(translate("share_dialog", "Postcode: {postcode}").format(
            postcode=firm.postcode or translate("share_dialog", "none")))
    size = messages()(firm.size_band.label).lower() if firm.size_band \
        else translate("share_dialog", "size not given")
    lines.append(translate("share_dialog", "Sector and size: {sector}, {size}").format(
        sector=firm.sector or translate("share_dialog", "not given"), size=size))
    notes = sum(1 for a in shared.answers.values() if a.note)
    lines.append((translate("share_dialog", "Answers: {count}, with 1 note for the firm")
                  if notes == 1 else
                  translate("share_dialog", "Answers: {count}, with {notes} notes for the "
                                            "firm")).format(count=len(shared.answers),
                                                            notes=notes))
    private = sum(1 for a in original.answers.values() if a.private_note)
    kept = sum(1 for a in shared.answers.values() if a.private_note)
    if not private:
        lines.append(translate("share_dialog", "Your private notes: none on this assessment"))
    elif kept:
        lines.append(translate("share_dialog", "Your private notes: {count} included (the "
                                               "recipient can read them)").format(count=kept))
    else:
        lines.append(translate("share_dialog", "Your private notes: {count} left out").format(
            count=private))
    who = " " + translate("share_dialog", "(names of who did them left out)") \
        if options.scrub and any(r.who for r in original.actions.values()) else ""
    lines.append(translate("share_dialog", "Where the plan's actions stand: {count} "
                                           "recorded").format(count=len(shared.actions)) + who)
    if options.scrub:
        lines.append(translate("share_dialog", "Id: a new one, so the copy cannot be matched "
                                               "to this library; no link to earlier visits"))
    elif has_links:
        lines.append(translate("share_dialog", "Id: the library's own; the link to the firm's "
                                               "earlier visits goes with it"))
    else:
        lines.append(translate("share_dialog", "Id: the library's own"))
    lines.append(translate("share_dialog", "Protection: a password (AES-256-GCM); without it "
                                           "the file cannot be read")
                 if options.password is not None else
                 translate("share_dialog", "Protection: none; anyone with the file can read "
                                           "it"))
    return lines


class ShareDialog(QDialog):
    """The export choices and the preview (see the module docstring)."""

    def __init__(self, assessment: Assessment, has_links: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessment = assessment
        self.has_links = has_links
        self.setWindowTitle(translate("share_dialog", "Export the assessment file"))
        self.plain = QRadioButton(translate(
                "share_dialog", "&Everything for this firm (a plain copy)"))
        self.scrub = QRadioButton(translate(
                "share_dialog", "A &scrubbed copy: named '{SCRUBBED_NAME}', postcode "
                                  "cut to its district, a new id").format(
                                  SCRUBBED_NAME=SCRUBBED_NAME))
        self.kind = QButtonGroup(self)
        self.plain.setChecked(True)
        for button in (self.plain, self.scrub):
            self.kind.addButton(button)
            button.toggled.connect(self._update)
        self.private = QCheckBox(translate("share_dialog", "Include my &private notes"))
        self.private.setToolTip(translate(
                "share_dialog", "Private notes are the adviser's own; they stay behind unless "
                                "ticked."))
        self.protect = QCheckBox(translate("share_dialog", "Protect with a pass&word"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("share_dialog", "Password"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(translate("share_dialog", "Password again"))
        self.strength = role_label("", "muted")
        self.strength.setAccessibleName(translate("share_dialog", "Password strength"))
        for widget in (self.private, self.protect):
            widget.toggled.connect(self._update)
        for field in (self.password, self.again):
            field.textChanged.connect(self._update)
        self.preview = wrapped()
        self.preview.setAccessibleName(translate("share_dialog", "What will be shared"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = role_label("", "error")
        self.problem.setAccessibleName(translate("share_dialog", "Problem"))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(translate(
                "share_dialog", "&Choose where to save…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(translate(
                "share_dialog", "Choose where to save the file"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("share_dialog", "Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

        passwords = QFormLayout()
        passwords.addRow(translate("share_dialog", "Passwo&rd:"), self.password)
        passwords.addRow(translate("share_dialog", "&Again:"), self.again)
        passwords.addRow("", self.strength)
        self.password_box = QWidget()
        self.password_box.setLayout(passwords)
        layout = QVBoxLayout(self)
        layout.addWidget(role_label(translate("share_dialog", "Export {name}'s assessment as a "
                                    ".readiness file.").format(
                                    name=assessment.firm.name), "strong"))
        parts: list[QWidget] = [self.plain, self.scrub, self.private, self.protect,
                                self.password_box, heading(translate(
                                        "share_dialog", "What will be shared"), 3),
                                self.preview, self.problem, self.buttons]
        for part in parts:
            layout.addWidget(part)
        self._update()

    def options(self) -> ShareOptions:
        """The choices as they stand (the password only when protection is ticked)."""
        scrub = self.scrub.isChecked()
        return ShareOptions(include_private_notes=self.private.isChecked() and not scrub,
                            scrub=scrub,
                            password=self.password.text() if self.protect.isChecked()
                            else None)

    def check(self) -> str:
        """Why the choices cannot be used yet ('' when they can)."""
        if not self.protect.isChecked():
            return ""
        usable, hint = password_strength(self.password.text())
        if not usable:
            return hint
        if self.password.text() != self.again.text():
            return translate("share_dialog", "The two passwords differ; type the same password "
                                               "twice.")
        return ""

    @Slot()
    def _update(self) -> None:
        scrub = self.scrub.isChecked()
        self.private.setEnabled(not scrub)
        if scrub:
            self.private.setChecked(False)
        self.password_box.setVisible(self.protect.isChecked())
        text = self.password.text()
        self.strength.setText(
            password_strength(text)[1] + " " + translate(
                "share_dialog", "Tell the recipient the password another way (by phone, not in "
                                "the same email).")
            if text else translate("share_dialog", "At least {count} characters; a phrase of "
                                                   "several words is best.").format(
                count=MIN_PASSWORD))
        lines = preview_lines(self.assessment, self.options(), self.has_links)
        self.preview.setText("\n".join(f"• {line}" for line in lines))
        self.preview.setAccessibleDescription(" ".join(lines))
        self.problem.setText("")

    @Slot()
    def try_accept(self) -> None:
        """Close with the choices, or say (inline) what is wrong and stay open."""
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.password.setFocus()
            return
        self.accept()


def ask_share(parent: QWidget, assessment: Assessment, has_links: bool = False
              ) -> ShareOptions | None:
    """Ask how to share ``assessment``; None when cancelled (tests replace this function)."""
    dialog = ShareDialog(assessment, has_links, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()
