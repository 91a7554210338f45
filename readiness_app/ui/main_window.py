"""The main window: the pages, the menus, and the controller that moves between them.

Pages: library (start) → new assessment → questions ⇄ review → results. The window owns the
library connection, the UI settings (geometry, last question) and the session of the
assessment being answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from readiness_app import __version__
from readiness_app.core.errors import AnswerError, ReadinessError
from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.ui import errors, i18n, theme
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.lazy_pages import LazyPage
from readiness_app.ui.settings import UiSettings

# What only later pages, menus and dialogs need is imported where it is used (issue 21: the
# first window appears before the library, the hub pack code and the pages are imported).
if TYPE_CHECKING:
    from readiness_app.core.assessment import Assessment
    from readiness_app.core.questionnaire import Questionnaire
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires
    from readiness_app.services.hub_pack import ActivePack
    from readiness_app.storage.library import AssessmentSummary, Library
    from readiness_app.ui.pages.cohort_page import CohortPage
    from readiness_app.ui.pages.compare_page import ComparePage
    from readiness_app.ui.pages.library_page import LibraryPage
    from readiness_app.ui.pages.new_assessment_page import NewAssessmentPage
    from readiness_app.ui.pages.questionnaire_page import QuestionnairePage
    from readiness_app.ui.pages.results_page import ResultsPage
    from readiness_app.ui.pages.review_page import ReviewPage
    from readiness_app.ui.session import AssessmentSession

APP_TITLE = QT_TRANSLATE_NOOP("main_window", "Technology Readiness")  # shown translated
DEFAULT_SIZE = (1180, 720)
# Qt.AlignmentFlag.AlignCenter as a number: naming any enum of Qt's ``Qt`` namespace makes
# shiboken build all 93 of its Python enum classes (about 40 ms), which the first paint
# does not need (benchmarks/README.md, issue 21)
_ALIGN_CENTER = 0x0084
# the shipped checks the empty library's first step gives the times of
FULL_CHECK, QUICK_CHECK = "uk-default", "quick-check"

HOW_IT_WORKS_TEXT = QT_TRANSLATE_NOOP("main_window", """How this works
  You answer one question at a time about three areas: investing in technology, cyber
  security and involving your staff. Every answer is saved as you go.

  Each answer earns 0 to 4 points. An area's score (0 to 100) is the share of the points
  available on the questions answered; the overall score combines the areas. "Don't know"
  earns nothing and is listed for you to check. Levels: Starting (0-25), Developing (25-50),
  Established (50-75), Advanced (75-100). A critical gap (for example no backups) holds the
  level at Developing whatever the score; the results say what the score would be once fixed.

  The plan puts first what matters most (legal duties, then fixes for critical gaps), with at
  most 5 actions this month, and names the local organisations that can help.

  Privacy: everything stays on this computer. Nothing leaves it unless you export a file or
  save a PDF yourself.""")

SHORTCUTS_TEXT = QT_TRANSLATE_NOOP("main_window", """Everywhere
  Ctrl+N  new assessment
  Ctrl+L  all assessments (the library)
  Ctrl+R  cohort report (all the firms together; export to XLSX, CSV or PNG)
  Ctrl+I  import assessment files
  Ctrl+Shift+E  edit the firm's details (the open assessment's, or the library's selected row)
  Ctrl+Shift+P  PDF action plans for several firms
  Ctrl+Q  quit
  F1      this list
  Tab / Shift+Tab  move between controls; Alt + the underlined letter presses a button

Library
  Ctrl+F  search;  Enter  open the selected assessment;  Delete  delete it;  Ctrl+Z  undo

Questions
  Arrow keys  choose an option;  Space  tick a box
  Alt+N (Save and continue) or Alt+Right  next question;  Alt+B or Alt+Left  previous
  Ctrl+J  jump to any question in the sidebar (Enter goes to it)
  Alt+M  what this means;  Alt+W  why it matters;  Alt+O  notes;  Alt+R  review

Results
  Alt+P  save the PDF action plan;  Alt+X  export the assessment file
  Alt+C  change answers""")


#: where the pack in use comes from (the services' words), shown translated; an option or
#: variable name stays as it is
PACK_ORIGINS = {"installed": QT_TRANSLATE_NOOP("main_window", "installed"),
                "next to the app": QT_TRANSLATE_NOOP("main_window", "next to the app")}


def _origin_text(origin: str) -> str:
    """Where a pack comes from, in the app's language."""
    return translate("main_window", PACK_ORIGINS[origin]) if origin in PACK_ORIGINS else origin


class MainWindow(QMainWindow):
    """The application window (see the module docstring)."""

    # Each page is built on first use (see lazy_pages and "pages built on first use" below).
    library_page: LazyPage[LibraryPage] = LazyPage("_make_library_page")
    new_page: LazyPage[NewAssessmentPage] = LazyPage("_make_new_page")
    questions_page: LazyPage[QuestionnairePage] = LazyPage("_make_questions_page")
    review_page: LazyPage[ReviewPage] = LazyPage("_make_review_page")
    results_page: LazyPage[ResultsPage] = LazyPage("_make_results_page")
    cohort_page: LazyPage[CohortPage] = LazyPage("_make_cohort_page")
    compare_page: LazyPage[ComparePage] = LazyPage("_make_compare_page")
    _library: Library  # set by attach_library
    # emitted once, on the turn of the event loop after the window's first paint (once its
    # menus, stylesheet and icon are there: _finish_window): the app opens the library then
    first_painted = Signal()
    _awaiting_paint = True  # until the first paint event (see event())
    _pending = False  # menu items, stylesheet and icon wait for the first paint (_finish_window)

    def __init__(self, catalogue: LoadedQuestionnaires | LazyCatalogue,
                 library: Library | None, data_folder: Path, *,
                 pack: ActivePack | None = None) -> None:
        """``library`` None: the window can be shown at once, and :meth:`attach_library`
        gives it the library afterwards (the app opens it just after the first paint)."""
        super().__init__()
        self._catalogue = LazyCatalogue.of(catalogue)
        self._data_folder = data_folder
        self.settings = UiSettings(data_folder)
        self.session: AssessmentSession | None = None
        self.pack = pack
        self.read_only = False  # the open assessment was made with a pack the app lacks
        self.batch_dialog: QDialog | None = None  # while "PDF action plans…" is open
        self._resume: str | None = None  # the assessment to reopen once the library is in
        self.accent: str | None = None  # a hub's branding colour; None: the app's own
        self.theme = theme.theme_for(QApplication.palette(), QApplication.font())
        self.setWindowTitle(self.app_title)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._library_actions: list[QAction] = []  # enabled once the library is attached
        self._top_menus: dict[str, QMenu] = {}
        if library is None:  # shown before the library is there: the first paint needs only
            for title in (self.tr("&File"), self.tr("Settings"), self.tr("&Help")):
                self._top_menu(title)  # the menu bar's titles and the palette
            self._pending = True
        else:
            self._build_menus()
        self._apply_pack_theme(later=library is None)

        self.resize(*DEFAULT_SIZE)
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._opening: QLabel | None = None  # shown for the moment until attach_library
        if library is not None:
            self.attach_library(library)
        else:
            self._opening = QLabel(translate("main_window", "Opening your assessments…"))
            self._opening.setProperty("alignment", _ALIGN_CENTER)
            self.pages.addWidget(self._opening)

    def attach_library(self, library: Library) -> None:
        """Use ``library`` and show it (once, from __init__ or just after the first paint);
        the questionnaires load on the next turn of the event loop when not loaded yet."""
        self._library = library
        self._finish_window()
        if self._opening is not None:
            self.pages.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None
        for action in self._library_actions:
            action.setEnabled(True)
        self.show_library()
        self._show_welcome()
        self._resume = self.settings.answering()  # opened once the questionnaires load
        if not self._catalogue.is_loaded:
            QTimer.singleShot(0, self.finish_loading)  # just after the window first appears
        else:
            self.finish_loading()

    @Slot()
    def finish_loading(self) -> None:
        """Load (and validate) the questionnaires, then show what depends on them."""
        catalogue = self._catalogue
        from readiness_app.services.hub_pack import ordered_questionnaires

        new_page = MainWindow.new_page.built(self)
        if new_page is not None:
            new_page.set_questionnaires(ordered_questionnaires(catalogue.current(), self.pack))
        if catalogue.errors:
            self.library_page.message.show_message(
                self.tr("Some questionnaire files could not be used:") + "\n"
                + "\n".join(str(e) for e in catalogue.errors))
        self.library_page.refresh()  # level names come from the questionnaires
        times = {q.id: q.estimated_minutes for q in catalogue.current()}
        self.library_page.set_check_times(times.get(FULL_CHECK), times.get(QUICK_CHECK))
        resume, self._resume = self._resume, None
        if resume is not None:
            self._resume_answering(resume)

    def _resume_answering(self, assessment_id: str) -> None:
        """Reopen the assessment that was being answered when the app closed, at its
        question: an owner who closed the app mid-way lands where they were. One deleted
        or unreadable since then leaves the library on screen, without a message."""
        from readiness_app.core.assessment import Status

        try:
            summary = self._library.summary(assessment_id)
        except ReadinessError:
            return
        if summary.deleted_at is None and summary.status is not Status.COMPLETE:
            self.open_assessment(assessment_id)

    def apply_theme(self, accent: str | None = None, *, later: bool = False) -> None:
        """Draw the window for the system palette and font with ``accent`` (a hub's primary
        colour, e.g. "#00703c"; None: the app's own). ValueError if it is not a colour.
        ``later``: the palette now, the stylesheet and the window icon with the rest of the
        window just after the first paint (a label and the menu bar, not styled by the sheet)."""
        if accent is not None:
            theme.normalise(accent)  # refuse a bad colour before changing anything
        self.accent = accent
        current = theme.theme_for(QApplication.palette(), QApplication.font(), accent)
        self.theme = current
        self.setPalette(theme.palette(current, QApplication.palette()))
        if not later:
            self.setStyleSheet(theme.stylesheet(current))
            self.setWindowIcon(theme.app_icon(current.accent_fill))
        for lazy in (MainWindow.library_page, MainWindow.questions_page,
                     MainWindow.results_page, MainWindow.cohort_page):
            page = lazy.built(self)
            if page is not None:
                page.set_icons(current)

    def event(self, event: QEvent) -> bool:
        """Follow the system: a new font size or light/dark palette redraws the theme. The
        first paint schedules what waits for it (:meth:`_after_first_paint`)."""
        kind = event.type()
        if self._awaiting_paint and kind == QEvent.Type.Paint:
            self._awaiting_paint = False
            QTimer.singleShot(0, self._after_first_paint)
        if kind in (QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange):
            try:
                self.apply_theme(self.accent)
            except (OSError, ValueError) as exc:  # an icon file missing: keep the old look
                errors.log.error("cannot redraw the theme: %s", exc)
        return super().event(event)

    def _after_first_paint(self) -> None:
        """Finish the window and say it has been painted."""
        self._finish_window()
        self.first_painted.emit()

    def _finish_window(self) -> None:
        """What a window made without its library leaves for just after its first paint (and
        before any page): the menus' items, the stylesheet and the window icon (QtSvg)."""
        if not self._pending:
            return
        self._pending = False
        self._build_menus()
        self.setStyleSheet(theme.stylesheet(self.theme))
        try:
            self.setWindowIcon(theme.app_icon(self.theme.accent_fill))
        except OSError as exc:  # the icon file missing: Qt's default icon
            errors.log.error("cannot draw the window icon: %s", exc)

    def _questionnaires_if_loaded(self) -> list[Questionnaire]:
        catalogue = self._catalogue
        if not catalogue.is_loaded:
            return []
        from readiness_app.services.hub_pack import ordered_questionnaires

        return ordered_questionnaires(catalogue.current(), self.pack)

    @property
    def app_title(self) -> str:
        """The window title: the hub pack's, else the app's name."""
        return self.pack.window_title if self.pack is not None \
            else translate("main_window", APP_TITLE)

    def _show_welcome(self) -> None:
        if self.pack is not None and self.pack.welcome_text:
            self.library_page.message.show_message(self.pack.welcome_text)

    # -- helpers for the pages

    def _open_library(self) -> Library:
        """A new connection to the same library (for a worker thread)."""
        from readiness_app.services.library import open_library

        return open_library(self._data_folder, catalogue=self._catalogue)

    def _level_name(self, summary: AssessmentSummary) -> str:
        if not self._catalogue.is_loaded:
            return _default_level_title(summary.level_id)  # until the catalogue has loaded
        questionnaire = self._catalogue.find(summary.questionnaire_id,
                                             summary.questionnaire_version)
        if questionnaire is None or summary.level_id is None:
            return summary.level_id or ""
        try:
            return questionnaire.level(summary.level_id).title.get(lang())
        except KeyError:
            return summary.level_id

    def _top_menu(self, title: str) -> QMenu:
        """The menu bar's menu called ``title`` (added the first time)."""
        if title not in self._top_menus:
            self._top_menus[title] = self.menuBar().addMenu(title)
        return self._top_menus[title]

    def _build_menus(self) -> None:
        file_menu = self._top_menu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&New assessment…"), self.show_new,
                         QKeySequence.StandardKey.New)
        self._add_action(file_menu, self.tr("&All assessments"), self.show_library, "Ctrl+L")
        self._add_action(file_menu, self.tr("&Cohort report"), self.show_cohort, "Ctrl+R")
        self.edit_firm_action = self._add_action(
            file_menu, self.tr("Edit &firm details…"), self.edit_firm_details, "Ctrl+Shift+E")
        self._add_action(file_menu, self.tr("&Import assessment files…"),
                         lambda: self.library_page.import_files(), "Ctrl+I")
        self._add_action(file_menu, self.tr("&PDF action plans for several firms…"),
                         self.show_batch_pdfs, "Ctrl+Shift+P")
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("Install &hub pack…"), self.install_hub_pack)
        self._add_action(file_menu, self.tr("&Remove hub pack…"), self.remove_hub_pack)
        file_menu.addSeparator()
        self._library_actions = [a for a in file_menu.actions() if not a.isSeparator()]
        for action in self._library_actions:
            action.setEnabled(hasattr(self, "_library"))
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self._build_language_menu()
        help_menu = self._top_menu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&How this works and keyboard shortcuts"),
                         self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._add_action(help_menu, self.tr("&Where my data is kept"), self.show_data_folder)
        self._add_action(help_menu, self.tr("A&bout"), self.show_about)

    def _build_language_menu(self) -> None:
        """Settings > Language: English / Cymraeg, saved and used from the next start."""
        # no Alt letter: Alt+S is "See results" and every letter of the word is taken on
        # some page; F10 or Alt then the arrow keys reach it
        menu = self._top_menu(self.tr("Settings")).addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = self.settings.language() or i18n.language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def _choose_language(self, code: str) -> None:
        """Remember the language and say it applies when the app next starts."""
        from readiness_app.ui import dialogs

        self.settings.set_language(code)
        self.settings.sync()
        if code != i18n.language():
            dialogs.show_info(
                self, self.tr("Language"),
                self.tr("The app will be in {language} the next time you start it.").format(
                    language=i18n.LANGUAGES[code]))

    def _add_action(self, menu: QMenu, text: str, slot: Callable[[], object],
                    shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:  # a list: setShortcut's overloads would name Qt.Key, which
            action.setShortcuts([QKeySequence(shortcut)])  # builds the Qt namespace's enums
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _set_page(self, page: QWidget, title: str = "") -> None:
        self.pages.setCurrentWidget(page)
        self.setWindowTitle(f"{title} – {self.app_title}" if title else self.app_title)

    def _firm_title(self) -> str:
        return self.session.assessment.firm.name if self.session is not None else ""

    # -- pages

    @Slot()
    def show_library(self) -> None:
        """The start page."""
        self._flush_answers()
        self.library_page.refresh(
            select_id=self.session.assessment_id if self.session is not None else None)
        self._set_page(self.library_page)
        self.library_page.focus_start()

    @Slot()
    def show_cohort(self) -> None:
        """The cohort report of the whole library (loaded off the UI thread)."""
        self._flush_answers()
        self._set_page(self.cohort_page, translate("main_window", "Cohort report"))
        self.cohort_page.refresh()
        self.cohort_page.focus_start()

    @Slot()
    def show_new(self) -> None:
        """The new-assessment form."""
        self._flush_answers()
        from readiness_app.services.hub_pack import ordered_questionnaires

        self.new_page.set_questionnaires(ordered_questionnaires(self._catalogue.current(),
                                                                self.pack))
        self.new_page.reset()
        self._set_page(self.new_page, translate("main_window", "New assessment"))
        self.new_page.name.setFocus()

    @Slot(str)
    def open_assessment(self, assessment_id: str) -> bool:
        """Open an assessment: results when complete, else the questions where the user left."""
        from readiness_app.core.assessment import Status
        from readiness_app.ui.session import AssessmentSession

        try:
            assessment = self._library.get(assessment_id)
        except ReadinessError as exc:
            errors.report_problem(self, translate("main_window", "Cannot open the assessment"), exc)
            return False
        missing = assessment.pack is not None and not self._has_pack(assessment.pack)
        try:
            questionnaire = self._library.questionnaire(assessment.questionnaire_id,
                                                        assessment.questionnaire_version)
        except ReadinessError as exc:
            if missing and assessment.pack is not None:
                errors.show_problem(
                    self, translate("main_window", "Cannot open the assessment"),
                    translate("main_window", "{exc}\n\nIt was made with the growth hub pack "
                    "{value}, which this app does not have. Install "
                    "that pack (File > Install hub pack…) to open it.").format(
                    exc=error_text(exc), value=assessment.pack.describe()))
            else:
                errors.report_problem(
                    self, translate("main_window", "Cannot open the assessment"), exc)
            return False
        self.read_only = missing
        if missing:
            self._start_session(AssessmentSession(self._library, questionnaire, assessment,
                                                  self))
            self.show_results()
            assert assessment.pack is not None
            self.results_page.message.show_message(
                translate("main_window", "This assessment was made with the growth hub pack "
                "{value}, which this app does not have, so it is shown "
                "read-only. Install that pack (File > Install hub pack…) to change it.").format(
                value=assessment.pack.describe()))
            return True
        assessment = self._adopt_legacy_authority(assessment)
        upgraded = self._offer_upgrade(assessment, questionnaire)
        if upgraded is not None:
            assessment, questionnaire = upgraded
        self._start_session(AssessmentSession(self._library, questionnaire, assessment, self))
        if assessment.status is Status.COMPLETE:
            self.show_results()
        else:
            self.show_questions()
        return True

    def _offer_upgrade(self, assessment: Assessment, questionnaire: Questionnaire
                       ) -> tuple[Assessment, Questionnaire] | None:
        """When a newer version of the questionnaire is installed, offer to carry the
        answers to it as a new assessment in the library (the original is kept)."""
        from readiness_app.core.upgrade import carry_answers, is_newer
        from readiness_app.ui import dialogs

        latest = self._catalogue.find(questionnaire.id)
        if latest is None or not is_newer(latest, questionnaire):
            return None
        if not dialogs.ask_upgrade(self, assessment.firm.name, questionnaire.version,
                                   latest.version):
            return None
        result = carry_answers(questionnaire, latest, assessment)
        try:
            self._library.add(result.assessment)
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("main_window", "Cannot carry the answers over"), exc)
            return None
        dialogs.show_info(self, translate("main_window", "Answers carried over"),
                          result.describe(messages()))
        return result.assessment, latest

    def _start_session(self, session: AssessmentSession) -> None:
        self._flush_answers()
        if self.session is not None:
            self.session.deleteLater()
        self.session = session
        session.problem_raised.connect(self._on_session_problem_raised)
        self.questions_page.set_session(session,
                                        self.settings.last_question(session.assessment_id))

    def _adopt_legacy_authority(self, assessment: Assessment) -> Assessment:
        """Move the authority an earlier version kept in the UI settings into the firm's
        profile in the library, once (a choice already in the profile wins)."""
        code = self.settings.legacy_authority(assessment.id)
        if code is None:
            return assessment
        if assessment.firm.authority_code is None:
            try:
                firm = replace(assessment.firm, authority_code=code)
            except AnswerError:
                pass  # not an authority code: nothing worth keeping
            else:
                try:
                    assessment = self._library.save_profile(assessment.id, firm)
                except ReadinessError:
                    return assessment  # kept in the settings: tried again next time
        self.settings.forget_legacy_authority(assessment.id)
        return assessment

    @Slot(str)
    def copy_assessment(self, assessment_id: str) -> None:
        """Copy an assessment for a re-assessment and open the copy."""
        try:
            self._adopt_legacy_authority(self._library.get(assessment_id))
            fresh = self._library.copy_for_reassessment(assessment_id)  # the firm goes too
        except ReadinessError as exc:
            errors.report_problem(self, translate("main_window", "Cannot copy the assessment"), exc)
            return
        self.library_page.message.show_message(
            translate("main_window", "Made a copy of {name}'s assessment to re-assess; the answers "
            "are carried over for you to check.").format(
            name=fresh.firm.name))
        self.open_assessment(fresh.id)

    @Slot(object)
    def _on_new_page_start_requested(self, new: object) -> None:
        from readiness_app.ui.pages.new_assessment_page import NewAssessment
        from readiness_app.ui.session import AssessmentSession

        assert isinstance(new, NewAssessment)
        self.read_only = False
        try:
            assessment = self._library.create(new.firm, new.questionnaire,
                                              self.pack.ref if self.pack else None)
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("main_window", "Cannot start the assessment"), exc)
            return
        self._start_session(AssessmentSession(self._library, new.questionnaire, assessment,
                                              self))
        self.show_questions()

    @Slot()
    def show_questions(self) -> None:
        """The questions of the open assessment, at the current question."""
        if self.session is None:
            return
        current = self.questions_page.current_question
        if current is not None:
            self.questions_page.go_to(current.id)
        self._set_page(self.questions_page, self._firm_title())
        self.questions_page.focus_answer()

    @Slot(str)
    def show_question(self, question_id: str) -> None:
        """Go to one question."""
        self.questions_page.go_to(question_id)
        self._set_page(self.questions_page, self._firm_title())
        self.questions_page.focus_answer()

    @Slot()
    def show_review(self) -> None:
        """The list of unanswered and "don't know" questions."""
        if self.session is None:
            return
        self._flush_answers()
        self.review_page.show_session(self.session)
        self._set_page(self.review_page, self._firm_title())
        self.review_page.focus_start()

    @Slot()
    def show_results(self) -> None:
        """The results; the assessment is marked complete when every question is answered
        (and, in a re-assessment, every answer carried over is confirmed or changed)."""
        from readiness_app.core.assessment import Status

        session = self.session
        if session is None:
            return
        self._flush_answers()
        if not session.unanswered() and not session.unconfirmed() and not self.read_only:
            session.set_status(Status.COMPLETE)
        self.results_page.show_session(session)
        self.results_page.change_button.setEnabled(not self.read_only)
        self.results_page.edit_firm_button.setEnabled(not self.read_only)
        self._set_page(self.results_page, self._firm_title())
        self.results_page.focus_start()

    @Slot()
    def show_batch_pdfs(self) -> None:
        """Choose firms (the library's search to start with) and make their PDF plans."""
        import datetime as dt

        from readiness_app.ui.batch_dialog import BatchPdfDialog
        from readiness_app.ui.pages.results_page import documents_folder

        self._flush_answers()
        dialog = BatchPdfDialog(
            self._library, self._open_library,
            documents_folder() / translate("main_window", "Action plans {date}").format(
                date=dt.date.today().isoformat()),
            pack=self.pack, search=self.library_page.search.text(),
            filters=self.library_page.query(), parent=self)
        self.batch_dialog = dialog
        dialog.exec()
        self.batch_dialog = None

    @Slot()
    def show_comparison(self) -> None:
        """The open assessment compared with the previous visit (chart, answers, actions)."""
        comparison = self.results_page.comparison
        if self.session is None or comparison is None:
            return
        self.compare_page.show_comparison(comparison)
        self._set_page(self.compare_page, translate("main_window", "Progress – {firm}").format(
            firm=self._firm_title()))
        self.compare_page.focus_start()

    @Slot()
    def edit_firm_details(self) -> None:
        """Correct a firm's details: the open assessment's, or the library's selected row's;
        the page shown follows the change (place, nation, plan, support)."""
        from readiness_app.ui import dialogs
        from readiness_app.ui.firm_details_dialog import edit_firm

        library_page = MainWindow.library_page.built(self)
        current = self.pages.currentWidget()
        on_library = library_page is not None and current is library_page
        on_session = current in [lazy.built(self) for lazy in (
            MainWindow.questions_page, MainWindow.review_page, MainWindow.results_page,
            MainWindow.compare_page)]
        session = self.session if on_session else None
        assessment_id = library_page.selected_id() if on_library and library_page \
            else session.assessment_id if session is not None else None
        if assessment_id is None:
            dialogs.show_info(self, translate("main_window", "Edit firm details"),
                              translate("main_window", "Choose a firm in the library, or "
                                        "open an assessment, first."))
            return
        if session is not None and self.read_only:
            dialogs.show_info(self, translate("main_window", "Edit firm details"),
                              translate("main_window", "This assessment is shown read-only: "
                                        "install its hub pack to change it."))
            return
        self._flush_answers()
        try:
            correction = edit_firm(self, self._library, assessment_id)
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("main_window", "Cannot edit the firm's details"), exc)
            return
        if correction is None:
            return
        if self.session is not None:
            self.session.reload()  # also when another visit of the same firm was corrected
        if on_library and library_page is not None:
            library_page.refresh(select_id=assessment_id)
            library_page.message.show_message(translate(
                "main_window", "Saved the details of {name}.").format(
                name=correction.assessment.firm.name))
        elif current is MainWindow.questions_page.built(self) and self.session is not None:
            question = self.questions_page.current_question
            self.questions_page.set_session(self.session, question.id if question else None)
            self.show_questions()
        elif current is MainWindow.review_page.built(self):
            self.show_review()
        elif current is MainWindow.results_page.built(self):
            self.show_results()
        elif current is MainWindow.compare_page.built(self):
            self._set_page(self.compare_page, translate("main_window", "Progress – {firm}").format(
                firm=self._firm_title()))

    @Slot(str)
    def _on_questions_position_changed(self, question_id: str) -> None:
        if self.session is not None:
            self.settings.set_last_question(self.session.assessment_id, question_id)

    @Slot(str, object)
    def _on_session_problem_raised(self, title: str, exc: object) -> None:
        assert isinstance(exc, ReadinessError)
        errors.report_problem(self, title, exc)

    # -- hub packs

    def _has_pack(self, ref: object) -> bool:
        """True when the pack in use or an installed pack has ``ref``'s id and version."""
        from readiness_app.core.assessment import PackRef

        assert isinstance(ref, PackRef)
        if self.pack is not None and (self.pack.pack.id, self.pack.pack.version) == \
                (ref.id, ref.version):
            return True
        from readiness_app.services.hub_pack import installed_packs

        return any((p.id, p.version) == (ref.id, ref.version)
                   for p in installed_packs(self._data_folder) if not p.problem)

    @Slot()
    def install_hub_pack(self, path: Path | None = None) -> bool:
        """Choose a pack, show what it changes, install it and use it at once."""
        from readiness_app.services.hub_pack import install_pack, open_pack, preview_lines
        from readiness_app.ui import dialogs

        path = path or dialogs.ask_pack_path(self)
        if path is None:
            return False
        try:
            candidate = open_pack(path, self._data_folder)
            lines = preview_lines(candidate, messages())
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("main_window", "Cannot install the hub pack"), exc)
            return False
        if not dialogs.confirm(self, translate("main_window", "Install hub pack"),
                               translate("main_window", "Install {name}?").format(
                                   name=candidate.name),
                               translate("main_window", "This changes:") + "\n• "
                               + "\n• ".join(lines) + "\n\n" + translate(
                                   "main_window", "You can remove it again with File > Remove "
                                                  "hub pack…"),
                               translate("main_window", "&Install")):
            return False
        try:
            installed = install_pack(path, self._data_folder)
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("main_window", "Cannot install the hub pack"), exc)
            return False
        self._use_pack(installed)
        self.library_page.message.show_message(
            translate("main_window", "Installed {pack}.").format(pack=installed.describe())
            + " " + (installed.welcome_text or ""))
        return True

    @Slot()
    def remove_hub_pack(self) -> bool:
        """Remove the installed pack in use (after asking); the app goes back to the next
        pack, or to its own branding."""
        from readiness_app.services.hub_pack import active_pack, installed_packs, remove_pack
        from readiness_app.ui import dialogs

        found = [p for p in installed_packs(self._data_folder) if p.active] or \
            installed_packs(self._data_folder)
        if not found:
            dialogs.show_info(self, translate("main_window", "Remove hub pack"),
                              translate("main_window", "No hub pack is installed.")
                              + (" " + translate("main_window", "{pack} comes from "
                                                                "{origin}.").format(
                                  pack=self.pack.describe(), origin=_origin_text(self.pack.origin))
                                 if self.pack is not None else ""))
            return False
        target = found[0]
        if not dialogs.confirm(self, translate("main_window", "Remove hub pack"),
                               translate("main_window", "Remove {name}?").format(
                                   name=target.name),
                               translate("main_window", "Its branding, local support and "
                                                        "questionnaires are no longer "
                               "used. Assessments made with it stay in the library and open "
                               "read-only."), translate("main_window", "&Remove")):
            return False
        try:
            remove_pack(target.id, self._data_folder)
            pack = active_pack(self._data_folder)
        except ReadinessError as exc:
            errors.report_problem(self, translate("main_window", "Cannot remove the hub pack"), exc)
            return False
        self._use_pack(pack)
        self.library_page.message.show_message(translate("main_window", "Removed {name}.").format(
                                               name=target.name))
        return True

    def _use_pack(self, pack: ActivePack | None) -> None:
        """Use ``pack`` from now on: title, questionnaires, branding and directory."""
        self.pack = pack
        results = MainWindow.results_page.built(self)
        if results is not None:
            results.pack = pack
            results.forget_directory()
        folder = self._data_folder
        from readiness_app.services.hub_pack import pack_questionnaire_paths

        extra = pack_questionnaire_paths(pack, folder)
        self._catalogue.reload(lambda: load_catalogue(extra, cache=default_cache(folder)))
        self.finish_loading()
        self.setWindowTitle(self.app_title)
        self._apply_pack_theme()

    def _apply_pack_theme(self, *, later: bool = False) -> None:
        """The hub's colour as the accent when a pack sets one, else the app's own."""
        try:
            accent = None
            if self.pack is not None:  # the pack code is imported only when a pack is in use
                from readiness_app.services.hub_pack import pack_accent

                accent = pack_accent(self.pack)
            self.apply_theme(accent, later=later)
        except ValueError as exc:  # not a colour the theme can use: keep the app's own
            errors.log.error("cannot use the hub's colour: %s", exc)
            self.apply_theme(later=later)

    # -- help

    @Slot()
    def show_shortcuts(self) -> None:
        """How the app works (scoring, levels, privacy) and the keyboard shortcuts."""
        from readiness_app.ui import dialogs
        from readiness_app.ui.page_keys import page_keys

        # plain calls, not inside f-strings, where pyside6-lupdate would not find them
        heading = translate("main_window", "Keyboard shortcuts")
        text = "\n".join((translate("main_window", HOW_IT_WORKS_TEXT), "", heading,
                           translate("main_window", SHORTCUTS_TEXT), "", ""))
        page = self.pages.currentWidget()
        keys = page_keys(page) if page is not None else []
        if keys:  # read from the page itself, so none is missing or out of date
            text += translate("main_window", "On this page") + "\n"
            text += "".join(f"  {key}\n" for key in keys) + "\n"
        text += translate("main_window", "Enter or Space presses the button that has the "
                                         "focus; Esc closes a dialog or stops the work in "
                                         "progress.")
        dialogs.show_info(self, translate("main_window", "How this works"), text)

    @Slot()
    def show_data_folder(self) -> None:
        """Where the library, settings and logs are."""
        from readiness_app.ui import dialogs

        dialogs.show_info(
            self, translate("main_window", "Where your data is kept"),
            translate("main_window", "Library: {library}\nSettings: {settings}\nLogs: {logs}\n\n"
                                     "Nothing is sent anywhere. To move assessments to another "
                                     "computer, export them as files.").format(
                library=self._library.path, settings=self.settings.path,
                logs=errors.log_folder(self._data_folder)))

    @Slot()
    def show_about(self) -> None:
        """Version and what the app does."""
        pack = ("\n\n" + translate("main_window", "Hub pack: {pack} (SHA-256 {sha}…), "
                                                 "{origin}.").format(
                    pack=self.pack.describe(), sha=self.pack.pack.sha256[:16],
                    origin=_origin_text(self.pack.origin))
                if self.pack is not None else "")
        QMessageBox.about(self, translate("main_window", "About {title}").format(
                              title=self.app_title),
                          f"{translate('main_window', APP_TITLE)} {__version__}{pack}\n\n"
                          + translate("main_window", "Works entirely on this computer; "
                                                     "nothing is sent anywhere."))

    # -- closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save anything typed, finish background work, remember the geometry."""
        try:
            self._flush_answers()
        finally:
            for lazy in (MainWindow.library_page, MainWindow.results_page,
                         MainWindow.cohort_page):
                page = lazy.built(self)
                if page is not None:
                    page.wait_for_work()
            self.settings.set_geometry(self.saveGeometry())
            self.settings.set_answering(self._answering_id())
            self.settings.sync()
        super().closeEvent(event)


    def _answering_id(self) -> str | None:
        """The assessment whose questions or review are on screen, if any."""
        page = self.pages.currentWidget()
        answering = (MainWindow.questions_page.built(self), MainWindow.review_page.built(self))
        if self.session is None or page is None or page not in answering or self.read_only:
            return None
        return self.session.assessment_id

    # -- pages built on first use (issue 21); see lazy_pages

    def page_built(self, page: QWidget) -> None:
        """Put a page just built into the stack, drawn with the current theme."""
        self._finish_window()
        self.pages.addWidget(page)
        for button in page.findChildren(QPushButton):  # Enter presses a focused button, as
            button.setAutoDefault(True)  # Space does: Qt does so by itself only in dialogs
        set_icons = getattr(page, "set_icons", None)
        if set_icons is not None:
            set_icons(self.theme)

    def _flush_answers(self) -> None:
        """Save an answer being typed (nothing to do when the questions were never shown)."""
        page = MainWindow.questions_page.built(self)
        if page is not None:
            page.flush()

    def _make_library_page(self) -> LibraryPage:
        from PySide6.QtCore import Qt  # not at the top: no Qt enum before the first paint

        from readiness_app.ui.pages.library_page import LibraryPage

        page = LibraryPage(self._library, self._open_library, self._level_name)
        page.new_requested.connect(self.show_new)
        page.open_requested.connect(self.open_assessment)
        page.copy_requested.connect(self.copy_assessment)
        page.table.addAction(self.edit_firm_action)  # its context menu, for the row
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return page

    def _make_new_page(self) -> NewAssessmentPage:
        from readiness_app.ui.pages.new_assessment_page import NewAssessmentPage

        page = NewAssessmentPage(self._questionnaires_if_loaded())
        page.start_requested.connect(self._on_new_page_start_requested)
        page.cancel_requested.connect(self.show_library)
        return page

    def _make_questions_page(self) -> QuestionnairePage:
        from readiness_app.ui.pages.questionnaire_page import QuestionnairePage

        page = QuestionnairePage()
        page.draft_store = self.settings  # a number typed wrongly outlives the app
        page.review_requested.connect(self.show_review)
        page.library_requested.connect(self.show_library)
        page.position_changed.connect(self._on_questions_position_changed)
        page.edit_firm_requested.connect(self.edit_firm_details)
        return page

    def _make_review_page(self) -> ReviewPage:
        from readiness_app.ui.pages.review_page import ReviewPage

        page = ReviewPage()
        page.question_requested.connect(self.show_question)
        page.back_requested.connect(self.show_questions)
        page.results_requested.connect(self.show_results)
        return page

    def _make_results_page(self) -> ResultsPage:
        from readiness_app.ui.pages.results_page import ResultsPage

        page = ResultsPage(self._library)
        page.peers.open_library = self._open_library
        page.change_answers_requested.connect(self.show_questions)
        page.library_requested.connect(self.show_library)
        page.compare_requested.connect(self.show_comparison)
        page.edit_firm_requested.connect(self.edit_firm_details)
        page.pack = self.pack
        return page

    def _make_cohort_page(self) -> CohortPage:
        from readiness_app.ui.pages.cohort_page import CohortPage

        page = CohortPage(self._open_library)
        page.library_requested.connect(self.show_library)
        return page

    def _make_compare_page(self) -> ComparePage:
        from readiness_app.ui.pages.compare_page import ComparePage

        page = ComparePage()
        page.back_requested.connect(self.show_results)
        return page


def _default_level_title(level_id: str | None) -> str:
    """The standard name of a level, for the moments before the questionnaires load."""
    from readiness_app.core.questionnaire import DEFAULT_LEVELS

    for level in DEFAULT_LEVELS:
        if level.id == level_id:
            return level.title.get(lang())
    return level_id or ""
