"""Every question the app asks in a dialog, as one function returning the answer.

Tests monkeypatch these functions instead of driving a modal event loop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from readiness_app.core.assessment_file import FILE_SUFFIX
from readiness_app.core.i18n import localized
from readiness_app.storage.library import ConflictPolicy
from readiness_app.storage.portable import ImportCandidate, describe_versions, replace_risks
from readiness_app.storage.sealed import SEALED_SUFFIX
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, translate
from readiness_app.ui.models import when

ASSESSMENT_FILTER = (f"Assessment files (*{FILE_SUFFIX} *{SEALED_SUFFIX});;"
                     f"Password-protected files (*{SEALED_SUFFIX});;All files (*)")
SEALED_FILTER = f"Password-protected assessment files (*{SEALED_SUFFIX});;All files (*)"
PDF_FILTER = "PDF files (*.pdf)"
PACK_FILTER = "Hub packs (*.readiness-pack);;All files (*)"
#: the filters' names, shown translated by :func:`shown_filter`
FILTER_NAMES = {name: name for name in (
    QT_TRANSLATE_NOOP("dialogs", "Assessment files"),
    QT_TRANSLATE_NOOP("dialogs", "Password-protected files"),
    QT_TRANSLATE_NOOP("dialogs", "Password-protected assessment files"),
    QT_TRANSLATE_NOOP("dialogs", "PDF files"),
    QT_TRANSLATE_NOOP("dialogs", "Hub packs"),
    QT_TRANSLATE_NOOP("dialogs", "All files"),
)}


def shown_filter(file_filter: str) -> str:
    """A file dialog's filter with its names in the app's language ("Ffeiliau PDF
    (*.pdf)"); the patterns are kept."""
    shown = []
    for entry in file_filter.split(";;"):
        name, bracket, rest = entry.partition(" (")
        if name in FILTER_NAMES:
            name = translate("dialogs", name)
        shown.append(f"{name}{bracket}{rest}")
    return ";;".join(shown)


def ask_pack_path(parent: QWidget) -> Path | None:
    """A hub pack file to install; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, translate(
            "dialogs", "Install hub pack"), "", shown_filter(PACK_FILTER))
    return Path(name) if name else None


def confirm(parent: QWidget, title: str, text: str, details: str, yes: str) -> bool:
    """Ask before a change; True when the user agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("dialogs", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(agree)
    box.exec()
    return box.clickedButton() is agree


def ask_import_paths(parent: QWidget) -> list[Path]:
    """Assessment files to import; empty when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, translate(
            "dialogs", "Import assessment files"), "",
                                            shown_filter(ASSESSMENT_FILTER))
    return [Path(n) for n in names]


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                          shown_filter(file_filter))
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    """A folder to write files into; None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None


def ask_conflict(parent: QWidget, candidate: ImportCandidate) -> ConflictPolicy | None:
    """An imported assessment is already in the library: keep both, replace or skip.

    Both versions are shown (firm, dates, answers), with a warning when replacing could lose
    work (:func:`replace_risks`); choosing Replace after seeing them is the user's decision.
    """
    existing = candidate.existing
    changed = when(existing.updated_at) if existing is not None \
        else translate("dialogs", "unknown")
    words = messages()  # the code's catalogue in the app's language
    stored, in_file = (localized(line, words) for line in describe_versions(candidate))
    risks = tuple(localized(risk, words) for risk in replace_risks(candidate))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if risks else QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Already in the library"))
    box.setText(translate("dialogs", "The assessment of {name} in {name2} "
                "is already in the library (last changed {changed}).").format(
                name=candidate.assessment.firm.name, name2=candidate.path.name, changed=changed))
    warning = (translate("dialogs", "Replacing could lose work: {risks}.").format(
        risks="; ".join(risks)) + "\n\n") if risks else ""
    box.setInformativeText(warning + translate(
        "dialogs", "In the library: {stored}\nIn the file: {in_file}\n\nKeep both copies, "
                   "replace the one in the library with the file's version, or skip this "
                   "file?").format(stored=stored, in_file=in_file))
    keep = box.addButton(translate("dialogs", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(translate(
            "dialogs", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    skip = box.addButton(translate("dialogs", "&Skip"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return ConflictPolicy.KEEP_BOTH
    if clicked is replace:
        return ConflictPolicy.REPLACE
    if clicked is skip:
        return ConflictPolicy.SKIP
    return None


def ask_password(parent: QWidget, names: list[str]) -> str | None:
    """The password of password-protected files being imported; None when cancelled."""
    shown = ", ".join(names[:3]) + (" " + translate("dialogs", "and {count} more").format(
        count=len(names) - 3) if len(names) > 3 else "")
    text, ok = QInputDialog.getText(
        parent, translate("dialogs", "Password-protected file"),
        (translate("dialogs", "{names} is password-protected. Password:") if len(names) == 1
         else translate("dialogs", "{names} are password-protected. Password:")).format(
            names=shown),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_same_firm(parent: QWidget, candidate: ImportCandidate) -> bool | None:
    """A file holds a firm the library already has, under another assessment id: a new visit
    of that firm (True), kept apart under a marked name (False), or skipped (None)."""
    found = candidate.same_firm
    assert found is not None
    incoming = candidate.assessment
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "A firm already in the library"))
    box.setText(translate("dialogs", "{name} holds an assessment of {name2} "
                "({value}), started "
                "{value2}. The library already has this firm: its latest "
                "visit was started {value3}.").format(
                name=candidate.path.name, name2=incoming.firm.name,
                value=incoming.firm.postcode or translate("dialogs", "no postcode"),
                value2=when(incoming.created_at),
                value3=when(found.created_at)))
    box.setInformativeText(translate(
        "dialogs", "Add it as a new visit of that firm? It then appears in the firm's history "
                   "and is compared with the visit before it. Or keep it apart as another firm "
                   "(its name is marked 'imported copy' with the day, so the two can be told "
                   "apart)."))
    visit = box.addButton(translate(
            "dialogs", "Add as a &new visit"), QMessageBox.ButtonRole.AcceptRole)
    apart = box.addButton(translate(
            "dialogs", "&Keep both apart"), QMessageBox.ButtonRole.ActionRole)
    skip = box.addButton(translate("dialogs", "&Skip"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(visit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is visit:
        return True
    if clicked is apart:
        return False
    if clicked is skip:
        return None
    return None


def open_path(path: Path) -> bool:
    """Open a file or folder in the program the computer uses for it; False if it could not."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_upgrade(parent: QWidget, firm_name: str, old_version: str, new_version: str) -> bool:
    """An assessment was made on an earlier questionnaire version: carry it to the current
    one (as a new copy; the original stays as it is)?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "A newer questionnaire"))
    box.setText(translate(
            "dialogs", "The assessment of {firm_name} was made on version {old_version} of the "
                "questionnaire. Version {new_version} is now installed.").format(
                firm_name=firm_name, old_version=old_version, new_version=new_version))
    box.setInformativeText(translate(
        "dialogs", "Carry the answers to the new version? Unchanged questions keep their "
                   "answers and new ones wait for you; this assessment stays as it is, so "
                   "nothing is lost."))
    carry = box.addButton(translate(
            "dialogs", "&Carry to the new version"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("dialogs", "&Keep this version"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(carry)
    box.exec()
    return box.clickedButton() is carry


def show_info(parent: QWidget, title: str, text: str) -> None:
    """Tell the user how something went; a long text scrolls in a dialog that fits the
    screen (a message box grows past it, and re-wraps lines written to be read as lines)."""
    from readiness_app.ui.text_dialog import show_text

    show_text(parent, title, text)
