"""Start an assessment: who the firm is, where it is, and which questionnaire.

The postcode is checked as it is typed against the shipped geography: the local authority
found is shown, or, for a postcode district that reaches into several authorities, a list
to pick from. A postcode that places nothing (mistyped, unknown, a PO box) leads to a
searchable list of every local authority instead. What is said about a postcode is the
service's (``services.postcode_check.check_postcode``, which ``readiness-app support``
uses too).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import (
    MAX_HOURS_PER_MONTH,
    MAX_NAME_LENGTH,
    MAX_POSTCODE_LENGTH,
    MAX_SECTOR_LENGTH,
    BudgetBand,
    FirmProfile,
    SizeBand,
)
from readiness_app.core.errors import AnswerError, GeographyDataError
from readiness_app.core.geography import AreaMatch, Geography
from readiness_app.core.progress import question_numbers
from readiness_app.core.questionnaire import Nation, Questionnaire
from readiness_app.core.sectors import SECTIONS, section_for
from readiness_app.core.text import percent
from readiness_app.services.local_support import shipped_geography
from readiness_app.services.postcode_check import PostcodeCheck, PostcodeStatus, check_postcode
from readiness_app.ui.authority_picker import AuthorityPicker
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.widgets import MessageArea, heading, wrapped

DEFAULT_QUESTIONNAIRE = "uk-default"  # the full check is offered first
# shown in the app's language; the English is kept with each item to find its SIC section
SECTORS = (
    QT_TRANSLATE_NOOP("new_assessment_page", "Retail"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Hospitality and food"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Manufacturing"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Construction and trades"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Professional services"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Health and social care"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Creative and digital"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Agriculture and food production"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Transport and logistics"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Charity or social enterprise"),
    QT_TRANSLATE_NOOP("new_assessment_page", "Other"),
)


@dataclass(frozen=True, slots=True)
class NewAssessment:
    """What the page collected (the firm's authority_code is the one the user picked for a
    postcode district that reaches into several)."""

    firm: FirmProfile
    questionnaire: Questionnaire


FORM_MARGIN = 24  # the form's own margins, both sides

class NewAssessmentPage(QWidget):
    """The form that starts an assessment."""

    start_requested = Signal(object)  # NewAssessment
    firm_submitted = Signal(object)  # FirmProfile, when only the firm's fields are used
    cancel_requested = Signal()

    def __init__(self, questionnaires: list[Questionnaire],
                 geography: Geography | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questionnaires = questionnaires
        self._geography = geography
        self._geography_problem = ""
        self._match: AreaMatch | None = None
        self._check: PostcodeCheck | None = None
        self._firm_only = False  # see use_as_firm_form
        # (postcode, authority code) of the firm shown by show_firm: its confirmed authority
        # is kept while the postcode stays the same, also when the form has no choice for it
        self._shown_authority: tuple[str, str] | None = None

        self.title = heading(translate("new_assessment_page", "New assessment"))
        self.intro = intro = wrapped(translate(
                "new_assessment_page", "Tell us about the firm. Only the name is needed; the "
                                       "postcode finds "
                        "the support available in its area."))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.sector = QComboBox()
        self.sector.setEditable(True)
        self.sector.addItem("", "")
        for sector in SECTORS:
            self.sector.addItem(translate("new_assessment_page", sector), sector)
        self.sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.sector.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_SECTOR_LENGTH)
        line.setPlaceholderText(translate("new_assessment_page", "Choose or type"))
        line.setAccessibleName(translate("new_assessment_page", "Sector"))
        tr = messages()  # core labels in the app's language
        # The UK SIC 2007 section groups firms in the library; the words above stay as detail.
        self.section = QComboBox()
        self.section.addItem(translate("new_assessment_page", "Not sure"), None)
        for section in SECTIONS:
            self.section.addItem(f"{section.code}: {tr(section.title)}", section.code)
        self.section.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section.setMinimumContentsLength(20)
        self.section.setToolTip(translate(
                "new_assessment_page", "The UK Standard Industrial Classification (SIC 2007) "
                                "section, from the Office for National Statistics"))
        self._section_chosen = False  # the user picked one: typing no longer changes it
        self.section.activated.connect(self._on_section_activated)
        self.sector.currentTextChanged.connect(self._on_sector_text_changed)
        self.size_band = QComboBox()
        self.size_band.addItem(translate("new_assessment_page", "Not given"), None)
        for band in SizeBand:
            self.size_band.addItem(tr(band.label), band)
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(MAX_POSTCODE_LENGTH)
        self.postcode.setPlaceholderText(translate("new_assessment_page", "For example LS1 4AP"))
        self.postcode.textChanged.connect(self._on_postcode_text_changed)
        self.place = wrapped(translate(
                "new_assessment_page", "No postcode yet: the plan will list UK-wide support."))
        self.place.setAccessibleName(translate("new_assessment_page", "Local authority found"))
        self.nation = QComboBox()
        self.nation.addItem(translate("new_assessment_page", "Not given"), None)
        for nation in Nation:
            self.nation.addItem(tr(nation.label), nation)
        self.nation_label = QLabel(translate("new_assessment_page", "Na&tion:"))
        self.nation_label.setBuddy(self.nation)
        self.nation.setAccessibleName(translate("new_assessment_page", "Nation"))
        self.nation.setAccessibleDescription(translate(
                "new_assessment_page", "Without a postcode, the nation decides which "
                                             "schemes and routes the plan names."))
        self.hours = QSpinBox()
        self.hours.setRange(0, MAX_HOURS_PER_MONTH)
        self.hours.setSpecialValueText(translate("new_assessment_page", "Not given"))
        self.hours.setSuffix(translate("new_assessment_page", " hours a month"))
        self.hours.setAccessibleDescription(translate(
                "new_assessment_page", "The time the owner can give the plan each "
                                            "month; when not given, the firm's size implies "
                                            "it."))
        self.budget = QComboBox()
        self.budget.addItem(translate("new_assessment_page", "Not given"), None)
        for budget in BudgetBand:
            self.budget.addItem(tr(budget.label), budget)
        self.budget.setAccessibleDescription(translate(
                "new_assessment_page", "What the firm can spend on the plan in a year; "
                                             "when not given, the firm's size implies it."))
        self.authority = QComboBox()
        self.authority_label = QLabel(translate("new_assessment_page", "Local &authority:"))
        self.authority_label.setBuddy(self.authority)
        self.authority_picker = AuthorityPicker()
        self.picker_label = QLabel(translate("new_assessment_page", "Local authority b&y name:"))
        self.picker_label.setBuddy(self.authority_picker)
        self.questionnaire = QComboBox()
        # long titles with their time must not widen the window: the combo takes the room
        # the form gives it (the whole text fits at 1024x600) and can shrink below that
        self.questionnaire.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.questionnaire.setMinimumContentsLength(24)
        self.questionnaire_label = QLabel(translate("new_assessment_page", "&Questionnaire:"))
        self.questionnaire_label.setBuddy(self.questionnaire)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((translate("new_assessment_page", "Firm &name:"), self.name),
                            (translate("new_assessment_page", "S&ector:"), self.sector),
                            (translate("new_assessment_page", "Sector &group (SIC):"),
                             self.section),
                            (translate("new_assessment_page", "Si&ze:"), self.size_band),
                            (translate("new_assessment_page", "&Postcode:"), self.postcode)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.place)
        form.addRow(self.authority_label, self.authority)
        form.addRow(self.picker_label, self.authority_picker)
        form.addRow(self.nation_label, self.nation)
        means: tuple[tuple[str, QWidget], ...] = (
            (translate("new_assessment_page", "Ti&me for the plan:"), self.hours),
            (translate("new_assessment_page", "&Budget for the plan:"), self.budget))
        for text, widget in means:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        inner = self.hours.findChild(QLineEdit)  # the spin box's own text field
        if inner is not None:
            inner.setAccessibleName(self.hours.accessibleName())
        form.addRow(self.questionnaire_label, self.questionnaire)
        self._form = form
        self.authority.setAccessibleName(translate("new_assessment_page", "Local authority"))
        self.questionnaire.setAccessibleName(translate("new_assessment_page", "Questionnaire"))
        form.setRowVisible(self.authority, False)
        form.setRowVisible(self.authority_picker, False)

        self.message = MessageArea()
        self.start_button = QPushButton(translate("new_assessment_page", "&Start assessment"))
        self.start_button.setAccessibleName(translate("new_assessment_page", "Start assessment"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(translate("new_assessment_page", "Back to the &library"))
        self.cancel_button.setAccessibleName(translate(
                "new_assessment_page", "Back to the library"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(intro)
        form_box = QWidget()
        form_box.setLayout(form)
        self._form_box = form_box
        layout.addWidget(form_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_questionnaires(questionnaires)  # once in the layout: no row shows on its own
        self.name.returnPressed.connect(self.submit)
        self.postcode.returnPressed.connect(self.submit)
        order: list[QWidget] = [self.name, self.sector, self.section, self.size_band,
                                self.postcode, self.authority, self.authority_picker,
                                self.nation, self.hours, self.budget,
                                self.questionnaire, self.start_button, self.cancel_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    @Slot(int)
    def _on_section_activated(self, _index: int) -> None:
        self._section_chosen = True

    @Slot(str)
    def _on_sector_text_changed(self, text: str) -> None:
        """Suggest the section the words name (until the user picks one)."""
        if not self._section_chosen:
            found = self.sector.findText(text)  # a suggestion: its English names the section
            words = self.sector.itemData(found) if found > 0 else text
            self.section.setCurrentIndex(max(0, self.section.findData(section_for(words))))

    def use_as_firm_form(self) -> None:
        """Show only the firm's fields (the firm details dialog edits a firm with them)."""
        for widget in (self.title, self.intro, self.start_button, self.cancel_button):
            widget.hide()
        self._form.setRowVisible(self.questionnaire, False)
        self._firm_only = True

    def show_firm(self, firm: FirmProfile) -> None:
        """Fill the fields from ``firm`` (its place is checked again as if typed)."""
        self.name.setText(firm.name)
        self.sector.setCurrentText(firm.sector)
        self.section.setCurrentIndex(max(0, self.section.findData(firm.sector_section)))
        self._section_chosen = firm.sector_section != section_for(firm.sector)
        _select(self.size_band, firm.size_band)
        self.postcode.setText(firm.postcode)
        self._on_postcode_text_changed(firm.postcode)  # the same text emits no change
        self._shown_authority = (firm.postcode.strip().upper(), firm.authority_code) \
            if firm.authority_code is not None else None
        if firm.authority_code is not None:
            if self.authority.count():
                self.authority.setCurrentIndex(
                    max(0, self.authority.findData(firm.authority_code)))
            elif self._check is not None and self._check.offer_name_choice:
                self.authority_picker.choose(firm.authority_code)
        _select(self.nation, firm.nation)
        self.hours.setValue(firm.hours_per_month or 0)
        _select(self.budget, firm.budget)
        self.message.clear_message()

    def reset(self) -> None:
        """Empty the form for the next firm."""
        self.name.clear()
        self.sector.setCurrentIndex(0)
        self.section.setCurrentIndex(0)
        self._section_chosen = False
        self._shown_authority = None
        self.size_band.setCurrentIndex(0)
        self.postcode.clear()
        self.authority_picker.clear()
        self.nation.setCurrentIndex(0)
        self.hours.setValue(0)
        self.budget.setCurrentIndex(0)
        self.questionnaire.setCurrentIndex(self._default_index())
        self.message.clear_message()
        self.name.setFocus()

    # -- the postcode

    def _geo(self) -> Geography | None:
        if self._geography is None and not self._geography_problem:
            try:
                self._geography = shipped_geography()
            except GeographyDataError as exc:
                self._geography_problem = error_text(exc)
        return self._geography

    @Slot(str)
    def _on_postcode_text_changed(self, text: str) -> None:
        self._match = None
        self._check = None
        self.authority.clear()
        self._form.setRowVisible(self.authority, False)
        self._form.setRowVisible(self.authority_picker, False)
        self._form.setRowVisible(self.nation, not text.strip())  # a postcode decides it
        if not text.strip():
            self.place.setText(translate(
                    "new_assessment_page", "No postcode yet: the plan will list UK-wide support."))
            return
        geography = self._geo()
        if geography is None:
            self.place.setText(translate(
                    "new_assessment_page", "The postcode cannot be checked (the app's postcode "
                                           "data "
                               "is damaged: {_geography_problem}). UK-wide support "
                               "will be listed.").format(
                               _geography_problem=self._geography_problem))
            return
        check = check_postcode(geography, text, messages())  # in the app's language
        self._check = check
        self._match = check.match
        self.place.setText(check.message)
        self.place.setAccessibleDescription(check.message)
        if check.offer_name_choice:
            self.authority_picker.set_geography(geography)
            self._form.setRowVisible(self.authority_picker, True)
        elif check.status is PostcodeStatus.SPLIT and check.match is not None:
            for candidate in check.match.candidates:
                self.authority.addItem(translate("new_assessment_page", "{name} (about "
                                       "{value} of the district)").format(
                                       name=candidate.authority.name,
                                       value=percent(candidate.share)),
                                       candidate.authority.code)
            self._form.setRowVisible(self.authority, True)

    @property
    def postcode_check(self) -> PostcodeCheck | None:
        """What was found for the postcode typed (None: none typed, or no data)."""
        return self._check

    @property
    def match(self) -> AreaMatch | None:
        """The place found for the postcode typed, if any."""
        return self._match

    # -- submitting

    def collect(self) -> NewAssessment:
        """The form's content; AnswerError with a plain message when something is wrong."""
        firm = self.collect_firm()
        index = max(0, self.questionnaire.currentIndex())
        return NewAssessment(firm, self._questionnaires[index])

    def collect_firm(self) -> FirmProfile:
        """The firm's fields as a profile; AnswerError with a plain message when something
        is wrong."""
        postcode = self.postcode.text().strip()
        check = self._check
        picked = self.authority_picker.authority_code if check is not None \
            and check.offer_name_choice else None
        if check is not None and check.offer_name_choice and picked is None:
            problem = self.authority_picker.problem()
            if problem:
                raise AnswerError(translate("new_assessment_page", "Local authority: {problem}")
                                  .format(problem=f"{problem[0].upper()}{problem[1:]}"))
            if check.match is None:
                lead = messages()("Not recognised: {reason}.").split("{reason}")[0]
                raise AnswerError(translate(
                    "new_assessment_page", "Check the postcode, choose the local authority by "
                                           "name, or leave the postcode empty.") + " "
                                  + check.message.removeprefix(lead))
        band = self.size_band.currentData()
        code = picked or (self.authority.currentData() if self.authority.count() else None)
        kept = self._shown_authority
        if not code and kept is not None and kept[0] == postcode.upper():
            code = kept[1]  # confirmed before, and not offered here: kept as it was
        nation = self.nation.currentData() if not postcode else None
        budget = self.budget.currentData()
        return FirmProfile(self.name.text(), self.sector.currentText(),
                           band if isinstance(band, SizeBand) else None, postcode.upper(),
                           str(code) if code else None,
                           hours_per_month=self.hours.value() or None,
                           budget=budget if isinstance(budget, BudgetBand) else None,
                           nation=nation if isinstance(nation, Nation) else None,
                           sector_section=self.section.currentData())

    def _default_index(self) -> int:
        """The full check (``uk-default``) when it is offered, else the longest."""
        found = [q.id for q in self._questionnaires]
        if DEFAULT_QUESTIONNAIRE in found:
            return found.index(DEFAULT_QUESTIONNAIRE)
        sizes = [len(question_numbers(q)) for q in self._questionnaires]
        return sizes.index(max(sizes)) if sizes else 0

    def set_questionnaires(self, questionnaires: list[Questionnaire]) -> None:
        """The questionnaires to choose from (the choice is shown only when there are two
        or more)."""
        if [(q.id, q.version) for q in questionnaires] == \
                [(q.id, q.version) for q in self._questionnaires] \
                and self.questionnaire.count() == len(questionnaires):
            return
        self._questionnaires = list(questionnaires)
        self.questionnaire.clear()
        for q in questionnaires:  # the same count as "Question N of T" on the question page
            fewest, most = q.estimated_minutes  # core.time_estimate (core.progress.time_text)
            self.questionnaire.addItem(translate("new_assessment_page", "{title} ({count} "
                                       "questions, about {fewest} to {most} minutes)").format(
                                       title=q.title.get(lang()), count=len(question_numbers(q)),
                                       fewest=fewest, most=most),
                                       q.id)
        self.questionnaire.setCurrentIndex(self._default_index())
        self._form.setRowVisible(self.questionnaire, len(questionnaires) > 1)
        self._fit_form()

    def _fit_form(self) -> None:
        """Cap the form's width (fields stay a readable length on a wide screen), but never
        below what the longest questionnaire title with its time needs: a Welsh title is
        longer than the English and was cut off at 1024x600."""
        metrics = self.questionnaire.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.questionnaire.itemText(i))
                      for i in range(self.questionnaire.count())), default=0)
        labels = max((label.sizeHint().width() for row in range(self._form.rowCount())
                      if (item := self._form.itemAt(row, QFormLayout.ItemRole.LabelRole))
                      is not None and (label := item.widget()) is not None), default=0)
        arrow = self.questionnaire.sizeHint().width() - metrics.horizontalAdvance(
            "x" * self.questionnaire.minimumContentsLength())  # frame, arrow and margins
        needed = labels + self._form.horizontalSpacing() + widest + max(arrow, 0) + FORM_MARGIN
        self._form_box.setMaximumWidth(max(metrics.averageCharWidth() * 140, needed))

    @Slot()
    def submit(self) -> None:
        """Check the form and ask for the assessment to be started."""
        if not self._questionnaires and not self._firm_only:
            self.message.show_message(translate(
                    "new_assessment_page", "No questionnaire is installed, so an assessment "
                                      "cannot be started."))
            return
        try:
            new: NewAssessment | FirmProfile = \
                self.collect_firm() if self._firm_only else self.collect()
        except AnswerError as exc:
            self.message.show_message(error_text(exc))
            field: QWidget = self.name if not self.name.text().strip() else self.postcode
            if self.name.text().strip() and self.authority_picker.isVisible():
                field = self.authority_picker
            field.setFocus()
            return
        self.message.clear_message()
        (self.firm_submitted if self._firm_only else self.start_requested).emit(new)


def _select(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is ``value`` (the first, "Not given", when none is)."""
    found = [i for i in range(combo.count()) if combo.itemData(i) == value]
    combo.setCurrentIndex(found[0] if found else 0)
