"""PDF action plans for many firms at once, into one folder: one file per assessment, named
after the firm, with the hub's branding; a re-assessment gets "Since your last check".

Each assessment is made and written on its own: one that fails is reported with its reason
and the others still get their PDF. The caller reports progress and may stop the batch
between files (the app's worker thread; see :mod:`readiness_app.ui.workers`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from readiness_app.core.errors import ReadinessError
from readiness_app.core.i18n import DEFAULT_LANGUAGE, ENGLISH, T_, Messages
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.core.text import file_name_stem
from readiness_app.services.compare import compare_with_previous, visit_from_library
from readiness_app.storage.atomic import make_folder, write_bytes_atomic
from readiness_app.storage.library import Library

_log = logging.getLogger(__name__)
Report = Callable[[int, int, str], None]  # done, total, what is happening
Stop = Callable[[], bool]  # True once the user asked to stop


def plan_file_name(firm_name: str, today: dt.date) -> str:
    """A safe, readable file name: 'Harbour-Cafe-Ltd_action-plan_2026-11-30.pdf'."""
    return f"{file_name_stem(firm_name, 'firm')}_action-plan_{today.isoformat()}.pdf"


@dataclass(frozen=True, slots=True)
class BatchItem:
    """What happened to one assessment: its PDF, or why there is none."""

    assessment_id: str
    firm_name: str
    path: Path | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        """True when the PDF was written."""
        return self.path is not None

    def describe(self, tr: Messages = ENGLISH) -> str:
        """One line for people, in ``tr``'s language (the error is in the batch's)."""
        if self.path is not None:
            return f"{self.firm_name}: {self.path.name}"
        return tr("{firm} ({short}): not made – {error}").format(
            firm=self.firm_name, short=self.assessment_id[:8], error=self.error)


@dataclass(frozen=True, slots=True)
class BatchReport:
    """Every assessment's outcome, in the order given; ``stopped`` when cancelled part-way."""

    folder: Path
    items: tuple[BatchItem, ...]
    stopped: bool = False

    @property
    def written(self) -> tuple[BatchItem, ...]:
        """The PDFs made."""
        return tuple(i for i in self.items if i.ok)

    @property
    def failed(self) -> tuple[BatchItem, ...]:
        """The assessments that got no PDF, with the reason."""
        return tuple(i for i in self.items if not i.ok)


def batch_plan_pdfs(library: Library, assessment_ids: Sequence[str], folder: Path, *,
                    today: dt.date, directory: SupportDirectory | None = None,
                    branding_path: Path | None = None, include_private_notes: bool = False,
                    report: Report | None = None, stop: Stop | None = None,
                    on_item: Callable[[BatchItem], None] | None = None,
                    language: str = DEFAULT_LANGUAGE) -> BatchReport:
    """Make the plan of each assessment into ``folder`` (created if needed), in ``language``
    (as :func:`~readiness_app.services.plan_pdf.make_plan_pdf`; progress and problems in its
    first language).

    A branding file that cannot be used stops the batch before any PDF (ReadinessError naming
    it); so does a folder that cannot be made. Anything else fails one file only.
    ``on_item`` hears of each outcome as it happens (so a stopped batch can say what it made).
    """
    from readiness_app.report.branding import load_branding
    from readiness_app.services.language import error_message, report_messages
    from readiness_app.services.local_support import load_directory
    from readiness_app.services.plan_pdf import make_plan_pdf

    tr = report_messages(language)[0]  # a ValueError names an unknown language

    branding = load_branding(branding_path)
    directory = directory or load_directory()
    make_folder(folder, T_("the folder for the PDFs cannot be made"))
    items: list[BatchItem] = []
    used: set[str] = set()
    total = len(assessment_ids)
    for number, assessment_id in enumerate(assessment_ids):
        if stop is not None and stop():
            return BatchReport(folder, tuple(items), stopped=True)
        firm = assessment_id[:8]
        try:
            questionnaire, assessment = visit_from_library(library, assessment_id)
            firm = assessment.firm.name
            if report is not None:
                report(number, total, tr("Making the plan of {firm}…").format(firm=firm))
            name = plan_file_name(firm, today)
            if name.casefold() in used:  # two visits or two firms of the same name
                name = name.replace(".pdf", f"_{assessment.id[:8]}.pdf")
            used.add(name.casefold())
            data = make_plan_pdf(questionnaire, assessment, today=today, branding=branding,
                                 directory=directory,
                                 since_last=compare_with_previous(library, assessment.id,
                                                                  tr.language),
                                 include_private_notes=include_private_notes,
                                 language=language)
            target = folder / name
            write_bytes_atomic(target, data)
            item = BatchItem(assessment.id, firm, target)
        except ReadinessError as exc:
            item = BatchItem(assessment_id, firm, error=error_message(exc, tr.language))
        except Exception as exc:  # a bug: reported for this file, the others still made
            _log.error("batch PDF failed for %s", assessment_id, exc_info=exc)
            item = BatchItem(assessment_id, firm, error=tr(
                "the app failed on it ({kind}); this is a bug, please report it").format(
                    kind=type(exc).__name__))
        items.append(item)
        if on_item is not None:
            on_item(item)
    if report is not None:
        report(total, total, tr("Done"))
    return BatchReport(folder, tuple(items))
