"""The plan's own sentences and the branding in Welsh (issue 20): every "why later" reason of
every example firm's plan, and the organisation and tagline of the branding (a hub's Welsh
forms when its file gives them; older branding files keep loading)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import BudgetBand
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.i18n import in_language
from readiness_app.report.branding import BrandingError, load_branding
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.language import messages
from readiness_app.services.plan_pdf import make_plan_pdf, report_content

ROOT = Path(__file__).parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.readiness"))
TODAY = dt.date(2026, 11, 23)
TINY = "-under-500"
ENGLISH_REASONS = ("It waits for", "The year's plan already", "It would take the year",
                   "There is no time left")


@pytest.fixture(scope="module")
def examples():
    catalogue = load_catalogue()
    found = {path.stem: read_assessment_bytes(path.read_bytes(), str(path), catalogue.find)
             for path in EXAMPLES}
    # Each example again as a firm that says it has under GBP 500 a year: its basics are done
    # the free way, and ordinary actions with a cost wait for the budget.
    for name, (assessment, questionnaire) in list(found.items()):
        firm = replace(assessment.firm, budget=BudgetBand.UNDER_500)
        found[f"{name}{TINY}"] = (replace(assessment, firm=firm), questionnaire)
    return found


def test_every_example_has_a_reason_to_check(examples) -> None:
    reasons = {planned.why_later for assessment, questionnaire in examples.values()
               for planned in build_plan(questionnaire, assessment).later}
    # the budget reason and the full-year reason are both among the examples' plans
    assert any(r.startswith("It would take the year's spending beyond your budget (")
               for r in reasons)
    assert any(r.startswith("The year's plan already holds") for r in reasons)


@pytest.mark.parametrize("name", [p.stem + tiny for p in EXAMPLES for tiny in ("", TINY)])
def test_every_why_later_reason_is_welsh_in_a_welsh_plan(examples, name: str) -> None:
    assessment, questionnaire = examples[name]
    content = report_content(questionnaire, assessment, today=TODAY, tr=messages("cy"))
    english = report_content(questionnaire, assessment, today=TODAY)
    for row, row_en in zip(content.later, english.later, strict=True):
        assert row.why_later and row.why_later != row_en.why_later
        assert not row.why_later.startswith(ENGLISH_REASONS), row.why_later
    budget = [r.why_later for r in content.later if "cyllideb" in r.why_later]
    for reason in budget:  # the budget band inside the sentence is Welsh too, in lower case
        assert "y flwyddyn)" in reason and "a year" not in reason


def test_a_reason_keeps_its_english() -> None:
    from readiness_app.core.i18n import T_, FirstLower

    reason = T_("It would take the year's spending beyond your budget ({budget}).",
                budget=FirstLower("£500 to £5,000 a year"))
    assert reason == "It would take the year's spending beyond your budget (£500 to £5,000 a year)."
    assert in_language(reason, messages("cy")) == (
        "Byddai'n mynd â gwariant y flwyddyn y tu hwnt i'ch cyllideb (£500 i £5,000 y "
        "flwyddyn).")
    assert in_language("It waits for an action left for later.", messages("cy")) != (
        "It waits for an action left for later.")


def _branding(folder: Path, **fields: object) -> Path:
    data: dict[str, object] = {"organisation": "Anytown Hub", "tagline": "Help near you",
                               "primary_colour": "#1F4E79", "accent_colour": "#E3A21A",
                               "logo": None}
    data.update(fields)
    path = folder / "branding.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_branding_carries_welsh_forms_and_old_files_still_load(tmp_path: Path) -> None:
    old = load_branding(_branding(tmp_path))
    assert old.in_language("cy").organisation == "Anytown Hub"  # no Welsh form: as it is
    welsh = load_branding(_branding(tmp_path, organisation_cy="Hwb Anytown",
                                    tagline_cy="Help yn agos atoch"))
    assert (welsh.organisation, welsh.tagline) == ("Anytown Hub", "Help near you")
    shown = welsh.in_language("cy")
    assert (shown.organisation, shown.tagline) == ("Hwb Anytown", "Help yn agos atoch")
    assert welsh.in_language("en") == welsh
    shipped = load_branding().in_language("cy")
    assert shipped.tagline == "Cynllun i'ch busnes, gyda chymorth yn agos atoch"


@pytest.mark.parametrize("fields, problem", [
    ({"organisation_cy": "Hwb\u202eAnytown"}, "organisation_cy: contains"),
    ({"tagline_cy": 7}, "tagline_cy: must be text"),
    ({"organisation_cy": "x" * 121}, "organisation_cy: must be at most 120 characters"),
    ({"name_cy": "Hwb"}, "name_cy: unknown field"),
])
def test_welsh_branding_is_checked(tmp_path: Path, fields: dict[str, object],
                                   problem: str) -> None:
    with pytest.raises(BrandingError) as caught:
        load_branding(_branding(tmp_path, **fields))
    assert problem in str(caught.value) and str(tmp_path / "branding.json") in str(caught.value)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_welsh_pdf_shows_the_hub_s_welsh_name(examples, tmp_path: Path) -> None:
    assessment, questionnaire = examples["wales-bakery-carmarthen"]
    branding = load_branding(_branding(tmp_path, organisation_cy="Hwb Anytown",
                                       tagline_cy="Help yn agos atoch"))
    for language, shown, hidden in (("cy", "Hwb Anytown", "Anytown Hub"),
                                    ("en", "Anytown Hub", "Hwb Anytown")):
        path = tmp_path / f"plan-{language}.pdf"
        path.write_bytes(make_plan_pdf(questionnaire, assessment, today=TODAY,
                                       branding=branding, deterministic=True,
                                       language=language))
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert shown in text and hidden not in text
        assert "Pam yn nes ymlaen: It " not in text and "Pam yn nes ymlaen: The " not in text


def test_the_directory_line_is_welsh_and_the_licence_lines_stay_as_licensed(examples) -> None:
    assessment, questionnaire = examples["wales-bakery-carmarthen"]
    content = report_content(questionnaire, assessment, today=TODAY, tr=messages("cy"))
    assert "Cyfeiriadur cymorth: wedi'i gasglu ar gyfer yr ap hwn o ffynonellau cyhoeddus " \
           "(gweler assets/README.md)." in content.attribution
    assert not any(line.startswith("Support directory") for line in content.attribution)
    # the licence statements are quoted in their licensors' words
    assert any(line.startswith("Contains OS data © Crown copyright") for line in
               content.attribution)
