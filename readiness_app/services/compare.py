"""Progress since the last visit: find the two visits (library ids or files) and compare them.

The comparison itself is core's (:mod:`readiness_app.core.comparison`); this module finds the
assessments and their questionnaires, for the app, ``readiness-app compare`` and the PDF.
"""

from __future__ import annotations

from pathlib import Path

from readiness_app.core.assessment import Assessment
from readiness_app.core.assessment_file import FindQuestionnaire
from readiness_app.core.comparison import Comparison, compare
from readiness_app.core.errors import ReadinessError
from readiness_app.core.questionnaire import DEFAULT_LANGUAGE, Questionnaire
from readiness_app.storage.library import Library
from readiness_app.storage.portable import read_file

Visit = tuple[Questionnaire, Assessment]


def visit_from_library(library: Library, assessment_id: str) -> Visit:
    """An assessment in the library (by id or its start) with its questionnaire."""
    assessment = library.get(library.resolve_id(assessment_id))
    questionnaire = library.questionnaire(assessment.questionnaire_id,
                                          assessment.questionnaire_version)
    return questionnaire, assessment


def visit_from_file(path: Path, find: FindQuestionnaire, password: str | None = None) -> Visit:
    """An assessment file (password-protected or not) with its questionnaire."""
    assessment, questionnaire = read_file(path, find, password)
    return questionnaire, assessment


def previous_visit(library: Library, assessment_id: str) -> Visit | None:
    """The visit before this one (``Copy to re-assess`` links them); None when there is none
    or it can no longer be read (deleted for good, or its questionnaire is missing)."""
    previous_id = library.summary(assessment_id).previous_id
    if previous_id is None or not library.contains(previous_id):
        return None
    try:
        return visit_from_library(library, previous_id)
    except ReadinessError:
        return None


def compare_visits(old: Visit, new: Visit, language: str = DEFAULT_LANGUAGE) -> Comparison:
    """Compare an earlier visit with a later one (titles and answers in ``language``)."""
    return compare(old[0], old[1], new[0], new[1], language=language)


def compare_with_previous(library: Library, assessment_id: str,
                          language: str = DEFAULT_LANGUAGE) -> Comparison | None:
    """This assessment compared with the visit before it (titles and answers in
    ``language``); None when there is none."""
    previous = previous_visit(library, assessment_id)
    if previous is None:
        return None
    return compare_visits(previous, visit_from_library(library, assessment_id), language)
