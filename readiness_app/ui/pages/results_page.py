"""The results, leading to action: the headline score and level with what holds it, the
areas as cards, "Do these first" (this month's actions, each with its first step and who can
help), the rest of the year's plan, the later list, strengths, local support, the areas in
detail (chart and table), and saving the PDF plan (then Open / Show in folder) or the file.

Every list is cards of wrapping labels inside the one scrolling page: no scroll box inside a
scroll box, so no line is cut at any window size.

Every number comes from core (``score_assessment``, ``build_plan``); the PDF comes from the
report code and is made off the UI thread with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.action_plan import PlannedAction
from readiness_app.core.assessment import ActionStatus, Status
from readiness_app.core.comparison import Comparison
from readiness_app.core.errors import GeographyDataError, ReadinessError
from readiness_app.core.i18n import in_language
from readiness_app.core.progress import Progress
from readiness_app.core.questionnaire import SupportTopic
from readiness_app.core.scoring import Score, critical_gap_summary
from readiness_app.core.support_directory import (
    CHECK_FIRST,
    Organisation,
    SupportDirectory,
    directory_checked,
    help_label,
)
from readiness_app.core.text import file_name_stem, score_text
from readiness_app.services.compare import compare_with_previous
from readiness_app.services.hub_pack import ActivePack, pack_directory
from readiness_app.services.local_support import (
    FirmSupport,
    organisation_descriptions,
    organisation_names,
)
from readiness_app.storage.atomic import write_bytes_atomic
from readiness_app.storage.library import Library
from readiness_app.ui import dialogs, errors, theme, workers
from readiness_app.ui.chart import AreaChart
from readiness_app.ui.firm_details_dialog import beside, edit_firm_button
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.local_area import firm_support, plan_pdf_bytes
from readiness_app.ui.models import AreaScoreModel
from readiness_app.ui.pages.library_page import export_with_dialog
from readiness_app.ui.peer_panel import PeerPanel
from readiness_app.ui.progress_text import answered_text
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.tracking import ActionTracker, SinceLastCheck
from readiness_app.ui.widgets import (
    CardItem,
    CardList,
    MessageArea,
    ProgressPanel,
    card,
    heading,
    make_primary,
    role_label,
    scroll_area,
    set_heading,
    wrapped,
)

TOP_PRIORITIES = 5
MAX_STRENGTHS = 8

#: how local an organisation is (core's ``Scope`` values), shown translated
SCOPE_WORDS = {"local": QT_TRANSLATE_NOOP("results_page", "local"),
               "regional": QT_TRANSLATE_NOOP("results_page", "regional"),
               "national": QT_TRANSLATE_NOOP("results_page", "national")}


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _description(organisation: Organisation,
                 translations: dict[str, tuple[str, str]]) -> str:
    """An organisation's description in the app's language: the translation while it is of
    the directory's current English (as in the PDF), else the English."""
    english, translated = translations.get(organisation.id, ("", ""))
    return translated if translated and english == organisation.description \
        else organisation.description


def _means_text(planned: PlannedAction) -> str:
    """Time and money in words ("about 2 hours of your time · under £500")."""
    hours = planned.hours
    cost = messages()(planned.action.cost.label).lower()
    if hours == 1:
        return translate("results_page", "about 1 hour of your time · {cost}").format(cost=cost)
    return translate("results_page", "about {hours} hours of your time · {cost}").format(
        hours=hours, cost=cost)


def pdf_file_name(firm_name: str, today: dt.date) -> str:
    """A safe default file name for the plan."""
    return f"{file_name_stem(firm_name, 'firm')}_action-plan_{today.isoformat()}.pdf"


class ResultsPage(QWidget):
    """The results of one assessment (see the module docstring)."""

    change_answers_requested = Signal()
    library_requested = Signal()
    compare_requested = Signal()  # the comparison view of :attr:`comparison`
    edit_firm_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session: AssessmentSession | None = None
        self._directory: SupportDirectory | None = None
        self.pack: ActivePack | None = None  # the hub pack: its directory and branding
        self._worker: workers.Worker | None = None
        self.support: FirmSupport | None = None
        self.saved_pdf: Path | None = None
        self.today = dt.date.today()

        self.title = heading("")
        self.subtitle = role_label("", "muted")
        self.edit_firm_button = edit_firm_button()
        self.edit_firm_button.clicked.connect(self.edit_firm_requested)
        # the headline: the number, the level and what holds it
        self.score_number = role_label("", "display")
        self.score_number.setWordWrap(False)
        self.score_number.setAccessibleName(translate("results_page", "Overall score"))
        self.overall = heading("", 2)
        self.level_text = wrapped()
        self.level_text.setAccessibleName(translate("results_page", "What the level means"))
        headline = card("accent")
        headline_layout = QHBoxLayout(headline)
        headline_layout.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L,
                                           theme.SPACE_M)
        headline_layout.setSpacing(theme.SPACE_L)
        headline_layout.addWidget(self.score_number, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.overall)
        words.addWidget(self.level_text)
        headline_layout.addLayout(words, 1)
        self.area_cards = QWidget()
        self.area_cards_layout = QHBoxLayout(self.area_cards)
        self.area_cards_layout.setContentsMargins(0, 0, 0, 0)
        self.area_cards_layout.setSpacing(theme.SPACE_S)

        self.priorities = CardList(translate("results_page",
                                             "Do these first: this month's actions"))
        self.plan_note = role_label("", "muted")
        self.plan_note.setAccessibleName(translate("results_page", "How the plan fits the firm"))
        self.rest = CardList(translate("results_page", "The rest of this year's plan"))
        self.later = CardList(translate("results_page", "Later, once the year's plan is done"))
        self.strengths = CardList(translate("results_page", "What you already do well"))
        self.since_last = SinceLastCheck()
        self.since_last.compare_requested.connect(self.compare_requested)
        self.comparison: Comparison | None = None  # with the previous visit, when there is one
        self.tracker = ActionTracker()
        self.tracker.status_chosen.connect(self._on_action_status)
        self.include_private = QCheckBox(translate(
                "results_page", "Include my private &notes in the PDF"))
        self.include_private.setToolTip(translate(
                "results_page", "Private notes are the adviser's own; left unticked, "
                                        "the PDF has only the notes for the business."))
        self.place = role_label("", "muted")
        self.place.setAccessibleName(translate("results_page", "Area"))
        self.local_support = CardList(translate("results_page", "Local support"))
        self.chart = AreaChart()
        self.area_model = AreaScoreModel(self)
        self.area_table = QTableView()
        self.area_table.setModel(self.area_model)
        self.area_table.setAccessibleName(translate("results_page", "Scores by area (table)"))
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.setTabKeyNavigation(False)
        self.area_table.verticalHeader().setVisible(False)
        self.area_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.area_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.area_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.not_applicable = wrapped()
        self.not_applicable.setAccessibleName(translate("results_page", "Areas that do not apply"))
        self.peers = PeerPanel(library)

        self.pdf_button = make_primary(QPushButton(translate(
                "results_page", "Save the &PDF action plan…")))
        self.pdf_button.setAccessibleName(translate("results_page", "Save the PDF action plan"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.open_pdf_button = QPushButton(translate("results_page", "&Open the plan"))
        self.open_pdf_button.setAccessibleName(translate(
                "results_page", "Open the saved action plan"))
        self.open_pdf_button.clicked.connect(self.open_saved_pdf)
        self.show_folder_button = QPushButton(translate("results_page", "Show in fol&der"))
        self.show_folder_button.setAccessibleName(translate(
                "results_page", "Show the saved plan in its folder"))
        self.show_folder_button.clicked.connect(self.show_saved_pdf_folder)
        for button in (self.open_pdf_button, self.show_folder_button):
            button.hide()
        self.export_button = QPushButton(translate("results_page", "E&xport the assessment file…"))
        self.export_button.setAccessibleName(translate(
                "results_page", "Export the assessment file"))
        self.export_button.clicked.connect(self.export_file)
        self.change_button = QPushButton(translate("results_page", "&Change answers"))
        self.change_button.setAccessibleName(translate("results_page", "Change answers"))
        self.change_button.clicked.connect(self.change_answers_requested)
        self.library_button = QPushButton(translate("results_page", "&All assessments"))
        self.library_button.setAccessibleName(translate("results_page", "All assessments"))
        self.library_button.clicked.connect(self.library_requested)
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_pdf)
        self.message = MessageArea()

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        body.setSpacing(theme.SPACE_S)
        sections: list[QWidget] = [
            self.title, beside(self.subtitle, self.edit_firm_button), headline,
            self.area_cards, self.not_applicable, self.since_last,
            heading(translate("results_page", "Do these first"), 2),
            role_label(translate(
                    "results_page", "This month's actions, in the order to do them, each with its "
                                    "first "
                       "step and who can help."), "muted"),
            self.priorities, self.plan_note,
            heading(translate("results_page", "The rest of this year's plan"), 3),
            self.rest,
            heading(translate("results_page", "Later, once the year's plan is done"), 3),
            self.later,
            heading(translate("results_page", "Where each action stands"), 3),
            role_label(translate(
                    "results_page", "Mark each action as it is planned, started or done: this is "
                                    "saved "
                       "with the assessment, shows in the PDF and counts at the next check."),
                       "muted"),
            self.tracker,
            heading(translate("results_page", "What you already do well"), 3),
            self.strengths,
            heading(translate("results_page", "Support near the firm"), 3),
            self.place, self.local_support,
            heading(translate("results_page", "Scores by area in detail"), 3),
            self.chart, self.area_table, self.peers]
        for widget in sections:
            body.addWidget(widget)
        body.addStretch(1)
        self.scroll_area = scroll_area(content)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.open_pdf_button, self.show_folder_button,
                       self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.library_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.include_private)
        layout.addLayout(buttons)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab in reading order, the action boxes in their place: boxes made for a new plan
        otherwise go to the end, after the buttons at the bottom."""
        order: list[QWidget] = [self.edit_firm_button, self.since_last.compare_button,
                                self.priorities, self.rest, self.later,
                                *self.tracker.boxes.values(), self.strengths,
                                self.local_support, self.chart, self.area_table,
                                self.peers.table, self.progress.cancel_button,
                                self.include_private, self.pdf_button,
                                self.open_pdf_button, self.show_folder_button,
                                self.export_button, self.change_button, self.library_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def set_icons(self, current: theme.Theme) -> None:
        """Draw the buttons' icons in the theme's colours."""
        self.pdf_button.setIcon(theme.icon("save", current.on_accent))
        self.open_pdf_button.setIcon(theme.icon("open", current.text))
        self.show_folder_button.setIcon(theme.icon("folder", current.text))

    # -- showing

    def show_session(self, session: AssessmentSession) -> None:
        """Show the results of the assessment as saved (scored and planned by core)."""
        self._session = session
        self.message.clear_message()
        self.saved_pdf = None
        self.open_pdf_button.hide()
        self.show_folder_button.hide()
        assessment = session.assessment
        plan = session.plan()
        score = plan.score
        counts = session.counts()
        provisional = assessment.status is not Status.COMPLETE
        set_heading(self.title, translate("results_page", "Results for {name}").format(
                                name=assessment.firm.name))
        self.subtitle.setText(f"{session.questionnaire.title.get(lang())} · "
                              f"{messages()(assessment.status.label)} · "
                              f"{answered_text(counts.answered, counts.shown)}")
        if score.overall is None or score.level is None:
            self.score_number.setText("–")
            set_heading(self.overall, translate(
                    "results_page", "No score yet: answer some questions first."), 2)
            self.level_text.setText("")
        else:
            held = translate("results_page", " (held down by a critical gap)") \
                if score.is_capped else ""
            self.score_number.setText(score_text(score.overall))
            headline = translate("results_page", "Overall score {score} out of 100: {level}"
                                 ).format(score=score_text(score.overall),
                                          level=score.level.title.get(lang())) + held
            if provisional:  # never headlined as if final
                headline = translate(
                    "results_page", "Provisional: {answered} of {shown} answered. Score so far "
                    "{score} out of 100: {level}").format(
                        answered=counts.answered, shown=counts.shown,
                        score=score_text(score.overall),
                        level=score.level.title.get(lang())) + held
            set_heading(self.overall, headline, 2)
            description = score.level.description.get(lang()) if score.level.description else ""
            note = (translate("results_page", "Answer the rest for the full picture: "
                              "unanswered questions are left out of the score.")
                    if provisional else "")
            held_note = critical_gap_summary(score, lang(), messages())
            self.level_text.setText(" ".join(x for x in (description, held_note, note) if x))
        self._show_area_cards(score, counts)
        self.chart.set_score(score)
        self.area_model.set_score(score, counts)
        self.area_table.resizeRowsToContents()
        header_height = self.area_table.horizontalHeader().sizeHint().height()
        rows = sum(self.area_table.rowHeight(r) for r in range(self.area_model.rowCount()))
        self.area_table.setFixedHeight(header_height + rows + 2 * self.area_table.frameWidth())
        self.not_applicable.setText("\n".join(
            " ".join(x for x in (translate("results_page", "{area}: not applicable.").format(
                                     area=a.area.title.get(lang())),
                                 a.not_applicable_reason.get(lang()) if a.not_applicable_reason
                                 else "", a.note.get(lang()) if a.note else "") if x)
            for a in score.not_applicable))
        self.not_applicable.setVisible(bool(score.not_applicable))
        self._show_support()
        self.peers.show_for(session.assessment_id, assessment.firm)
        first = plan.do_first(TOP_PRIORITIES)  # the PDF lists the same, numbered the same
        numbers = plan.numbers
        self.priorities.set_items(
            [CardItem(f"{numbers.get(p.id, '')}. {p.text_title().get(lang())}",
                      translate("results_page", "First step: {step}").format(
                          step=p.text_first_step().get(lang())),
                      " · ".join(x for x in (self._who_can_help(p), _means_text(p)) if x))
             for p in first],
            translate("results_page", "No actions needed from the answers so far."), "accent")
        tr = messages()
        notes = [load.note(tr) for load in plan.loads if load.note(tr)]
        means = plan.means.describe(tr)
        means = means[:1].lower() + means[1:]  # it follows "fitted to"
        if len(plan.scheduled) == 1:  # "1 actions ... them all" read wrongly
            head = translate("results_page", "This year's plan has 1 action, fitted to "
                             "{means}").format(means=means)
            tail = translate("results_page", " The PDF plan has it, with a table to fill in "
                             "who does what by when.")
        else:
            head = translate("results_page", "This year's plan has {count} actions, fitted to "
                             "{means}").format(count=len(plan.scheduled), means=means)
            tail = translate("results_page", " The PDF plan has them all, with a table to fill "
                             "in who does what by when.")
        self.plan_note.setText(" ".join((head, *notes)) + tail)  # no double space
        shown = {p.id for p in first}
        self.rest.set_items(
            [CardItem(f"{numbers.get(p.id, '')}. {p.text_title().get(lang())}", "",
                      f"{messages()(p.timeframe.label)} · {_means_text(p)}")
             for p in plan.scheduled if p.id not in shown],
            translate("results_page", "Nothing else this year."))
        self.later.set_items(
            [CardItem(f"{numbers.get(p.id, '')}. {p.text_title().get(lang())}",
                      in_language(p.why_later, tr))
             for p in plan.later],
            translate("results_page", "Nothing left for later."))
        self.tracker.set_actions(plan.actions, dict(assessment.actions), plan.numbers)
        self._set_tab_order()
        self.comparison = self._comparison()
        self.since_last.set_comparison(self.comparison)
        self.strengths.set_items(
            [CardItem(r.question_text.get(lang()), r.answer_text.get(lang()))
             for r in score.strengths[:MAX_STRENGTHS]]
            + ([CardItem(translate("results_page", "…and {value} more").format(
                         value=len(score.strengths) - MAX_STRENGTHS))]
               if len(score.strengths) > MAX_STRENGTHS else []),
            translate("results_page", "No full-marks answers yet."))
        self.scroll_area.verticalScrollBar().setValue(0)

    def _comparison(self) -> Comparison | None:
        """This assessment against the previous visit (None when there is none)."""
        session = self._session
        if session is None:
            return None
        try:
            return compare_with_previous(self._library, session.assessment_id, lang())
        except ReadinessError:
            return None  # the page still shows the results; the comparison is extra

    def _on_action_status(self, action_id: str, status: object) -> None:
        session = self._session
        if session is None:
            return
        chosen = status if isinstance(status, ActionStatus) else None
        try:
            session.track_action(action_id, chosen)
        except ReadinessError as exc:
            self.message.show_message(translate(
                    "results_page", "The action's status could not be saved: {exc}").format(
                                      exc=error_text(exc)))
            return
        label = (messages()(chosen.label).lower() if chosen
                 else translate("results_page", "not started"))
        self.message.show_message(translate("results_page", "Saved: the action is {label}.").format(
                                  label=label))

    def _show_area_cards(self, score: Score, counts: Progress) -> None:
        while self.area_cards_layout.count():
            item = self.area_cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for area in score.areas:
            frame = card()
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M,
                                      theme.SPACE_S)
            layout.addWidget(role_label(area.area.title.get(lang()), "strong"))
            number = score_text(area.score) if area.score is not None else "–"
            level = area.level.title.get(lang()) if area.level is not None \
                else translate("results_page", "not scored yet")
            layout.addWidget(role_label(f"{number} · {level}", "h2"))
            layout.addWidget(role_label(
                answered_text(counts.area(area.area.id).answered,
                              counts.area(area.area.id).shown), "small"))
            frame.setAccessibleName(f"{area.area.title.get(lang())}: {number}, {level}")
            self.area_cards_layout.addWidget(frame, 1)

    def _who_can_help(self, planned: PlannedAction) -> str:
        """The organisations to call for one action (the one rule in core)."""
        support = self.support
        if support is None:
            return ""
        found = support.support.get(planned.action.topic)
        if found is None:
            return ""
        welsh = organisation_names(lang())  # names in the app's language, where they have one
        names = [welsh.get(m.organisation.id, m.organisation.name)
                 for m in found.for_action(planned.action.support_kinds)]
        return translate("results_page", "Who can help: {names}").format(
            names=", ".join(names)) if names else ""

    def _show_support(self) -> None:
        session = self._session
        if session is None:
            return
        try:
            if self._directory is None:
                self._directory = pack_directory(self.pack)
            support = firm_support(session.assessment.firm, self._directory, self.today)
        except (GeographyDataError, ReadinessError) as exc:
            self.support = None
            self.place.setText(translate(
                    "results_page", "The support directory cannot be read: {exc}").format(
                               exc=error_text(exc)))
            self.local_support.set_items([], translate("results_page", "No support listed."))
            return
        self.support = support
        stale = (" " + translate("results_page", "The directory is more than a year old; check "
                                                 "the details before you call.")
                 if support.directory_stale else "")
        checked = directory_checked(support.directory_date, messages())
        self.place.setText(f"{support.place}. {checked}.{stale}")
        lines = []
        # The topics, then any narrower help the plan's actions ask for (e.g. Acas for
        # consulting staff), each by the one rule in core (TopicSupport.for_action).
        wanted: list[tuple[SupportTopic, tuple[str, ...]]] = [(t, ()) for t in support.support]
        wanted += list(dict.fromkeys((p.action.topic, p.action.support_kinds)
                                     for p in session.plan().actions if p.action.support_kinds))
        tr = messages()
        names = organisation_names(lang())
        descriptions = organisation_descriptions(lang())
        for topic, kinds in wanted:
            found = support.support.get(topic)
            if found is None:
                continue
            for match in found.for_action(kinds):
                org = match.organisation
                phone = f", {org.checked_phone}" if org.checked_phone else ""
                check = f" – {tr(CHECK_FIRST)}" if org.id in support.check_first else ""
                scope = translate("results_page", SCOPE_WORDS[match.scope.value])
                lines.append((f"{tr(help_label(topic, kinds))}: {names.get(org.id, org.name)} "
                              f"({scope}) – {org.website}{phone}{check}",
                              _description(org, descriptions)))
        self.local_support.set_items([CardItem(line, about) for line, about in lines],
                                     translate("results_page", "No support listed for this area."))

    def forget_directory(self) -> None:
        """Read the support directory again next time (the hub pack changed)."""
        self._directory = None

    def focus_start(self) -> None:
        """Focus the first thing to do."""
        self.priorities.setFocus()

    # -- files

    def export_file(self) -> Path | None:
        """Save the assessment as a ``.readiness`` file."""
        if self._session is None:
            return None
        return export_with_dialog(self, self._library, self._session.assessment_id,
                                  self.message)

    @Slot()
    def save_pdf(self) -> None:
        """Ask where to save the action plan, then make it off the UI thread."""
        session = self._session
        if session is None or self._worker is not None:
            return
        target = dialogs.ask_save_path(
            self, translate("results_page", "Save the PDF action plan"),
            documents_folder() / pdf_file_name(session.assessment.firm.name, self.today),
            dialogs.PDF_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.start_pdf(target)

    def start_pdf(self, target: Path) -> workers.Worker | None:
        """Make the PDF for the assessment as saved and write it to ``target``."""
        session = self._session
        if session is None or self._worker is not None:
            return None
        questionnaire, assessment = session.questionnaire, session.assessment
        today = self.today
        directory = self._directory  # the one the page already shows (read-only)
        branding = self.pack.branding_path if self.pack is not None else None
        since_last = self._comparison()
        private = self.include_private.isChecked()

        making = translate("results_page", "Making the action plan…")  # said on this thread
        writing = translate("results_page", "Writing {name}…").format(name=target.name)
        saved = translate("results_page", "Saved")

        def make(progress: workers.Progress) -> Path:
            progress.report(0, 2, making)
            data = plan_pdf_bytes(questionnaire, assessment, today, directory, branding,
                                  since_last=since_last, include_private_notes=private)
            progress.check()
            progress.report(1, 2, writing)
            write_bytes_atomic(target, data)
            progress.report(2, 2, saved)
            return target

        worker = workers.Worker(make)
        self._worker = worker
        worker.signals.progress.connect(self.progress.update_progress)
        worker.signals.finished.connect(self._on_pdf_saved)
        worker.signals.failed.connect(self._on_pdf_failed)
        worker.signals.cancelled.connect(
            lambda: self.message.show_message(translate(
                    "results_page", "Cancelled: no PDF was saved.")))
        worker.signals.done.connect(self._on_pdf_done)
        self.message.clear_message()
        self.progress.begin(making)
        self.pdf_button.setEnabled(False)
        workers.start(worker)
        return worker

    @Slot()
    def cancel_pdf(self) -> None:
        """Stop making the PDF; nothing is written."""
        if self._worker is not None:
            self._worker.cancel()
            self.progress.cancel_button.setEnabled(False)

    def _on_pdf_saved(self, path: object) -> None:
        self.message.show_message(translate(
                "results_page", "Saved the action plan to {path}.").format(
                                  path=path))
        if isinstance(path, Path):
            self.saved_pdf = path
            self.open_pdf_button.show()
            self.show_folder_button.show()

    @Slot()
    def open_saved_pdf(self) -> None:
        """Open the plan just saved in the computer's PDF reader."""
        if self.saved_pdf is not None and not dialogs.open_path(self.saved_pdf):
            self.message.show_message(translate(
                    "results_page", "Could not open {saved_pdf}; open it from its "
                                      "folder instead.").format(
                                      saved_pdf=self.saved_pdf))

    @Slot()
    def show_saved_pdf_folder(self) -> None:
        """Open the folder the plan was saved in."""
        if self.saved_pdf is not None and not dialogs.open_path(self.saved_pdf.parent):
            self.message.show_message(translate(
                    "results_page", "Could not open the folder {parent}.").format(
                                      parent=self.saved_pdf.parent))

    def _on_pdf_failed(self, exc: object) -> None:
        if isinstance(exc, ReadinessError):
            errors.report_problem(
                self, translate("results_page", "Cannot save the action plan"), exc)
            self.message.show_message(translate("results_page", "The action plan was not saved."))
        elif isinstance(exc, BaseException):
            raise exc

    def _on_pdf_done(self) -> None:
        self._worker = None
        self.progress.end()
        self.pdf_button.setEnabled(True)

    def wait_for_work(self) -> None:
        """Cancel a PDF being made and wait for it (when the window closes)."""
        self.peers.wait_for_work()
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(30)
