"""A searchable list of the UK's local authorities, by name or ONS code.

Used where the postcode does not place the firm (mistyped, unknown, or a PO box): the user
types part of a name ("cardi", "Caerdydd") or a code (W06000015) and picks from the
suggestions. Matching the text to an authority is core's (``Geography.find_authorities``).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from readiness_app.core.errors import AreaError
from readiness_app.core.geography import Geography, LocalAuthority
from readiness_app.ui.i18n import error_text, translate


def authority_label(authority: LocalAuthority) -> str:
    """'Cardiff (W06000015)', as listed in the picker."""
    return f"{authority.name} ({authority.code})"


class AuthorityPicker(QLineEdit):
    """A text field with suggestions; :attr:`authority_code` is the authority chosen."""

    chosen = Signal(str)  # the ONS code of the authority chosen ("" when none)

    def __init__(self, geography: Geography | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geography: Geography | None = None
        self._by_label: dict[str, str] = {}
        self._code: str | None = None
        self.setPlaceholderText(translate(
                "authority_picker", "Type part of the council's name, e.g. Cardiff"))
        self.setAccessibleName(translate("authority_picker", "Local authority by name"))
        self.setAccessibleDescription(translate(
                "authority_picker", "Type part of the name or the ONS code and pick from "
                                      "the list."))
        self.setMaxLength(100)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(10)
        completer.activated.connect(self._on_activated)  # the text overload
        self.setCompleter(completer)
        self.textChanged.connect(self._on_text_changed)
        if geography is not None:
            self.set_geography(geography)

    def set_geography(self, geography: Geography) -> None:
        """The authorities to choose from."""
        if geography is self._geography:
            return
        self._geography = geography
        authorities = sorted(geography.authorities.values(), key=lambda a: a.name)
        self._by_label = {authority_label(a): a.code for a in authorities}
        self._model.setStringList(list(self._by_label))

    @property
    def authority_code(self) -> str | None:
        """The ONS code of the one authority the text names, or None."""
        return self._code

    def problem(self) -> str:
        """Why the text names no single authority ("" when it does, or is empty)."""
        text = self.text().strip()
        if not text or self._code is not None or self._geography is None:
            return ""
        try:
            self._geography.locate_authority(text)
        except AreaError as exc:
            return f"{error_text(exc)}."
        return ""

    def choose(self, code: str | None) -> None:
        """Show the authority with ``code`` as chosen (None: clear)."""
        authority = self._geography.authorities.get(code or "") if self._geography else None
        self.setText(authority_label(authority) if authority is not None else "")

    @Slot(str)
    def _on_activated(self, label: str) -> None:
        self.setText(label)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        code = self._by_label.get(text.strip())
        if code is None and self._geography is not None and text.strip():
            try:
                code = self._geography.locate_authority(text).authority.code
            except AreaError:
                code = None
        if code != self._code:
            self._code = code
            self.chosen.emit(code or "")
