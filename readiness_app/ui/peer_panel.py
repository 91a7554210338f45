"""The results page's peer comparison: the firm's area scores beside the median of similar
firms in the library (same sector and size band), from :mod:`readiness_app.services.peers`.

Shown only when at least 5 such firms exist (the service decides); otherwise one line says
why not. The comparison reads the whole library, so it is worked out off the UI thread on
its own connection when the window gives one (``open_library``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from readiness_app.analytics.privacy import DEFAULT_K
from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import ReadinessError
from readiness_app.core.text import score_text
from readiness_app.services.peers import PeerComparison, peer_comparison
from readiness_app.storage.library import Library
from readiness_app.ui import workers
from readiness_app.ui.cohort_chart import shown
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate
from readiness_app.ui.models import SIZE_NAMES
from readiness_app.ui.plain_table import RowsModel, fit_height, rows_view
from readiness_app.ui.widgets import heading, wrapped

log = logging.getLogger(__name__)

# English; shown translated
HEADERS = (QT_TRANSLATE_NOOP("peer_panel", "Area"),
           QT_TRANSLATE_NOOP("peer_panel", "This firm"),
           QT_TRANSLATE_NOOP("peer_panel", "Median of similar firms"),
           QT_TRANSLATE_NOOP("peer_panel", "Similar firms with a score"))
NO_PROFILE = QT_TRANSLATE_NOOP(
    "peer_panel", "Add the firm's sector and size band to compare it with similar firms in the "
                  "library.")
TOO_FEW = QT_TRANSLATE_NOOP(
    "peer_panel", "Fewer than {count} similar firms (same sector and size band) are in the "
                  "library, so no comparison is shown: with so few, one firm's scores could be "
                  "read from it.")
WORKING = QT_TRANSLATE_NOOP("peer_panel", "Looking for similar firms in the library…")


def comparison_rows(comparison: PeerComparison) -> list[tuple[str, str, str, str]]:
    """The comparison's rows as the page shows them (whole points, as the results do)."""
    return [(shown(a.title), score_text(a.score), score_text(a.peer_median), str(a.peers_scored))
            for a in comparison.areas]


def comparison_text(comparison: PeerComparison) -> str:
    """The comparison in words, with the numbers the table shows."""
    parts = [translate("peer_panel", "{title}: this firm {mine}, median of similar firms "
                                     "{median}").format(title=title, mine=mine, median=median)
             for title, mine, median, _ in comparison_rows(comparison)]
    size = translate("models", SIZE_NAMES[comparison.size_band.value]).lower()
    return (translate("peer_panel", "Compared with {count} other {size} firms in "
                                    "{sector}.").format(
                count=comparison.peers, size=size, sector=comparison.sector)
            + " " + "; ".join(parts) + ".")


class PeerPanel(QWidget):
    """The heading, a one-line note and (with enough peers) the table."""

    shown = Signal()  # the panel finished showing a comparison or a note

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.open_library: Callable[[], Library] | None = None  # set by the window
        self._worker: workers.Worker | None = None
        self.comparison: PeerComparison | None = None
        self.title = heading(translate("peer_panel", "How the firm compares with similar firms"), 3)
        self.note = wrapped()
        self.note.setAccessibleName(translate("peer_panel", "Comparison with similar firms"))
        self.model = RowsModel(self)
        self.table = rows_view(self.model, translate("peer_panel",
                                                    "Scores beside similar firms (table)"))
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def show_for(self, assessment_id: str, firm: FirmProfile) -> None:
        """Compare this assessment's firm with similar firms in the library."""
        self.comparison = None
        self.table.hide()
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        if firm.size_band is None or not firm.sector.strip():
            self._note(translate("peer_panel", NO_PROFILE))
            return
        open_library = self.open_library
        if open_library is None:  # no second connection: work it out here
            try:
                self._show(peer_comparison(self._library, assessment_id))
            except ReadinessError as exc:
                self._note(translate("peer_panel", "The comparison could not be made: "
                                                   "{exc}").format(exc=error_text(exc)))
            return

        def compare(_progress: workers.Progress) -> PeerComparison | None:
            with open_library() as library:
                return peer_comparison(library, assessment_id)

        worker = workers.Worker(compare)
        self._worker = worker
        worker.signals.finished.connect(lambda result: self._on_finished(worker, result))
        worker.signals.failed.connect(lambda exc: self._on_failed(worker, exc))
        self.note.setText(translate("peer_panel", WORKING))
        workers.start(worker)

    def _on_finished(self, worker: workers.Worker, result: object) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        self._show(result if isinstance(result, PeerComparison) else None)

    def _on_failed(self, worker: workers.Worker, exc: object) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        if not isinstance(exc, ReadinessError):
            log.error("cannot compare with similar firms: %s", exc,
                      exc_info=exc if isinstance(exc, BaseException) else None)
        self._note(translate("peer_panel", "The comparison could not be made: {exc}").format(
            exc=error_text(exc) if isinstance(exc, BaseException) else exc))

    def _show(self, comparison: PeerComparison | None) -> None:
        if comparison is None:
            self._note(translate("peer_panel", TOO_FEW).format(count=DEFAULT_K))
            return
        self.comparison = comparison
        self.model.set_rows([translate("peer_panel", h) for h in HEADERS],
                            comparison_rows(comparison))
        text = comparison_text(comparison)
        self.note.setText(translate("peer_panel", "Beside the median of {peers} other "
                          "{value} firms in {sector} in "
                          "this library (each firm's latest visit).").format(
                          peers=comparison.peers, value=comparison.size_band.value,
                          sector=comparison.sector))
        self.table.setAccessibleDescription(text)
        self.setAccessibleDescription(text)
        self.table.show()
        fit_height(self.table)
        self.shown.emit()

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.setAccessibleDescription(text)
        self.table.hide()
        self.shown.emit()

    @property
    def busy(self) -> bool:
        """True while the comparison is being worked out."""
        return self._worker is not None

    def wait_for_work(self) -> None:
        """Cancel the comparison running and wait for it (when the window closes)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(30)

