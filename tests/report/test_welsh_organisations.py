"""Support organisations described in Welsh (issue 20): every directory row a firm in Wales
can be shown (its authority's rows and the UK-wide ones) has a Welsh description with its
source, checked date and review note, made from the directory's current English; the Welsh
plan shows it, and falls back to the English when the English has changed since."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.support_directory import CoverageLevel
from readiness_app.services import plan_pdf
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.language import messages
from readiness_app.services.local_support import (
    load_directory,
    organisation_descriptions,
    shipped_geography,
)

ROOT = Path(__file__).parents[2]
WELSH_EXAMPLE = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
TODAY = dt.date(2026, 11, 23)


def rows_a_welsh_firm_can_see() -> dict[str, str]:
    """Id -> English description of every row matched in a Welsh authority, and every row
    that serves more than one nation (shown when the place is not known)."""
    directory = load_directory()
    found = {o.id: o.description for o in directory.organisations
             if o.coverage_level is CoverageLevel.MULTI_NATION}
    for code, authority in shipped_geography().authorities.items():
        if code.startswith("W"):
            found.update({m.organisation.id: m.organisation.description
                          for m in directory.matches(authority)})
    return found


def test_every_row_shown_to_a_welsh_firm_has_a_current_welsh_description() -> None:
    seen = rows_a_welsh_firm_can_see()
    assert {"bw-wales", "crc-wales", "nat-ncsc", "nat-acas"} <= set(seen)
    welsh = organisation_descriptions("cy")
    missing = sorted(set(seen) - set(welsh))
    assert missing == []
    stale = sorted(i for i, english in seen.items() if welsh[i][0] != english)
    assert stale == []  # the English changed: translate the new text (and update description_en)
    for english, translated in welsh.values():
        assert translated != english


def test_every_welsh_row_has_a_source_a_checked_date_and_a_review_note() -> None:
    path = resources.asset_path("support/organisations.cy.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"description_cy", "description_en", "source", "checked", "review"} <= set(rows[0])
    for row in rows:
        assert row["source"] and dt.date.fromisoformat(row["checked"])
        assert row["review"] == "needs review by a Welsh speaker"


@pytest.fixture(scope="module")
def welsh_firm():
    catalogue = load_catalogue()
    return read_assessment_bytes(WELSH_EXAMPLE.read_bytes(), str(WELSH_EXAMPLE),
                                 catalogue.find)


def _descriptions(content) -> set[str]:
    contacts = [c for _, group in content.support for c in group]
    rows = [*content.later, *(r for _, period in content.plan for r in period)]
    contacts += [c for row in rows for c in row.support]
    return {c.description for c in contacts if c.description}


def test_the_welsh_plan_describes_the_organisations_in_welsh(welsh_firm) -> None:
    assessment, questionnaire = welsh_firm
    english = set(rows_a_welsh_firm_can_see().values())
    shown = _descriptions(plan_pdf.report_content(questionnaire, assessment, today=TODAY,
                                                  tr=messages("cy")))
    assert shown and not shown & english
    assert any(d.startswith("Gwasanaeth un stop Llywodraeth Cymru") for d in shown)
    in_english = _descriptions(plan_pdf.report_content(questionnaire, assessment, today=TODAY))
    assert in_english <= english


def test_a_description_whose_english_changed_is_shown_in_english(welsh_firm,
                                                                monkeypatch) -> None:
    assessment, questionnaire = welsh_firm
    stale = {i: ("an older English text", cy)
             for i, (_, cy) in organisation_descriptions("cy").items()}
    monkeypatch.setattr(plan_pdf, "organisation_descriptions", lambda language: stale)
    shown = _descriptions(plan_pdf.report_content(questionnaire, assessment, today=TODAY,
                                                  tr=messages("cy")))
    assert shown and shown <= set(rows_a_welsh_firm_can_see().values())
