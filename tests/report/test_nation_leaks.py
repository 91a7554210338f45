"""A firm's plan speaks only of its own nation, in every copy the firm reads: the PDF's text,
the ``plan`` command's text, and the editable XLSX and DOCX copies.

What may not appear is worked out, not listed by hand: every organisation in the shipped
support directory belongs to the nations its coverage reaches, and its name may not appear
in a plan for any other nation (unless an organisation of that nation has it inside its own
name); the scheme and route names of ``test_nation_plans.SCHEMES`` are added. A new
directory row or scheme is covered without changing this test. Firms are placed by postcode
in each nation, by a split border district with the authority the user picked, and by the
nation picked without a postcode.

The bibliography ("Sources the questions rest on") may cite another nation's publisher (a GB
study is still the source of advice a Northern Irish firm reads), but never another nation's
law: a regulation made for one nation only is a rule that does not bind the firm.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from functools import cache
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.assessment import Answer, Assessment, FirmProfile, SizeBand
from readiness_app.core.assessment_file import assessment_to_json
from readiness_app.core.geography import MULTI_NATION_CODES
from readiness_app.core.questionnaire import Nation, Questionnaire
from readiness_app.services.local_support import firm_nation, shipped_geography
from tests.helpers import PLAN_DAY, assessment_of, run_cli
from tests.questionnaires.test_nation_plans import SCHEMES, bottom_answers

E, W, S, NI = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND

#: How each firm is placed, and the nation that must follow from it.
FIRMS: dict[str, tuple[dict[str, object], Nation]] = {
    "England by postcode": ({"postcode": "LS1 1UR"}, E),
    "Wales by postcode": ({"postcode": "SA31 1JP"}, W),
    "Scotland by postcode": ({"postcode": "EH1 1YZ"}, S),
    "Northern Ireland by postcode": ({"postcode": "BT1 5GS"}, NI),
    "SY10 (mostly Shropshire), Powys picked": ({"postcode": "SY10",
                                                "authority_code": "W06000023"}, W),
    "TD15 (mostly Northumberland), Borders picked": ({"postcode": "TD15",
                                                      "authority_code": "S12000026"}, S),
    "Wales picked, no postcode": ({"nation": W}, W),
    "Scotland picked, no postcode": ({"nation": S}, S),
    "Northern Ireland picked, no postcode": ({"nation": NI}, NI),
    "England picked, no postcode": ({"nation": E}, E),
}

#: Words that mark a law made for one nation only, as the bibliography cites it.
LAWS: dict[str, Nation] = {"(Northern Ireland)": NI, "(Scotland)": S, "(Wales)": W,
                           "(NI)": NI, "SR 19": NI, "SR 20": NI}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) reads the PDF's text")


@cache
def nation_names() -> dict[str, frozenset[Nation]]:
    """Every organisation's name (and each scheme's) with the nations allowed to read it."""
    geography = shipped_geography()
    regions = {a.region.code: a.nation.code for a in geography.authorities.values()}
    nations_by_code = {n.ons_code: n for n in Nation}

    def reach(code: str) -> set[Nation]:
        if code in nations_by_code:
            return {nations_by_code[code]}
        if code in MULTI_NATION_CODES:
            return {nations_by_code[c] for c in MULTI_NATION_CODES[code]}
        if code in regions:
            return {nations_by_code[regions[code]]}
        return {nations_by_code[geography.authorities[code].nation.code]}

    path = resources.asset_path("support/organisations.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names: dict[str, set[Nation]] = {}
    for row in rows:
        allowed = set().union(*(reach(c) for c in row["coverage_codes"].split(";")))
        names.setdefault(row["name"], set()).update(allowed)
    for name, allowed in list(names.items()):  # "Business Wales" inside "Business Wales North"
        for other, more in names.items():
            if name != other and name in other:
                allowed.update(more)
    for scheme, allowed in SCHEMES.items():
        names.setdefault(scheme, set()).update(allowed)
    return {name: frozenset(allowed) for name, allowed in names.items()}


def foreign_names(text: str, nation: Nation) -> list[str]:
    """The names in ``text`` that belong only to other nations than ``nation``."""
    flat = " ".join(text.split())
    return sorted(name for name, allowed in nation_names().items()
                  if nation not in allowed and re.search(
                      rf"(?<![\w]){re.escape(name)}(?![\w])", flat))


def firm_assessment(questionnaire: Questionnaire, placed: dict[str, object]) -> Assessment:
    firm = FirmProfile("Leak Test Ltd", size_band=SizeBand.MEDIUM, **placed)  # type: ignore[arg-type]
    answers = bottom_answers(questionnaire)  # every action fires
    for question_id, answer in list(answers.items()):
        if questionnaire.question(question_id).type.value == "multi" and isinstance(
                answer.value, str):  # as a file holds it: a set of options
            answers[question_id] = Answer(question_id, frozenset({answer.value}))
    return assessment_of(firm, questionnaire, answers)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-nopgbrk", str(path), "-"], capture_output=True,
                            text=True, check=True, timeout=120)
    return result.stdout


def zipped_text(path: Path) -> str:
    """The words of an XLSX or DOCX: the text of its XML parts."""
    with zipfile.ZipFile(path) as archive:
        return " ".join(re.sub(r"<[^>]+>", " ", archive.read(n).decode("utf-8"))
                        for n in archive.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize("questionnaire_name", ["uk_default", "quick_check"])
@pytest.mark.parametrize("firm", list(FIRMS))
def test_every_copy_of_a_plan_names_only_its_own_nation_s_organisations_and_schemes(
    request: pytest.FixtureRequest, questionnaire_name: str, firm: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    placed, nation = FIRMS[firm]
    assessment = firm_assessment(request.getfixturevalue(questionnaire_name), placed)
    assert firm_nation(assessment.firm) is nation
    path = tmp_path / "firm.readiness"
    path.write_text(assessment_to_json(assessment), encoding="utf-8")
    data, when = tmp_path / "data", PLAN_DAY.isoformat()
    pdf, xlsx, docx = (tmp_path / f"plan.{ext}" for ext in ("pdf", "xlsx", "docx"))
    made = run_cli(capsys, data, "report", str(path), "-o", str(pdf), "--date", when)
    assert made[0] == 0, made[2]
    code, plan_text, _ = run_cli(capsys, data, "plan", str(path))
    assert code == 0
    assert run_cli(capsys, data, "plan", str(path), "--xlsx", str(xlsx),
                   "--docx", str(docx))[0] == 0
    read = pdf_text(pdf)
    advice, _, bibliography = read.partition("Sources the questions rest on")
    assert bibliography, "the PDF lists its sources"
    copies = {"PDF": advice, "plan text": plan_text, "XLSX": zipped_text(xlsx),
              "DOCX": zipped_text(docx)}
    for copy, text in copies.items():
        assert foreign_names(text, nation) == [], f"{firm}: the {copy} names them"
    laws = [mark for mark, owner in LAWS.items() if owner is not nation and mark in bibliography]
    assert laws == [], f"{firm}: the sources cite another nation's law"
    # the firm's own routes are there, so the scan reads real text
    own = [name for name, allowed in nation_names().items() if allowed == {nation}]
    assert any(name in " ".join(read.split()) for name in own)


def test_the_scan_finds_a_name_of_another_nation() -> None:
    """The check above would catch a leak (it is not vacuous)."""
    assert foreign_names("Ask Business Gateway, or\nSkills Bootcamps.", W) == [
        "Business Gateway", "Skills Bootcamps"]
    assert foreign_names("Call the Labour Relations Agency.", E) == ["Labour Relations Agency"]
    assert foreign_names("Acas helpline", NI) == ["Acas", "Acas helpline"]
    assert foreign_names("Business Wales North Wales", W) == []
    assert foreign_names("Development Bank of Wales", W) == []


def test_a_firm_placed_only_by_the_nation_picked_gets_that_nation_s_support() -> None:
    from readiness_app.services.local_support import load_directory, support_for_firm

    directory = load_directory()
    for nation in Nation:
        support = support_for_firm(FirmProfile("F", nation=nation), directory, PLAN_DAY)
        assert support.nation is nation
        assert support.place == (f"{nation.label} (national support only: no postcode was "
                                 "given; add the firm's postcode for local support)")
        names = " / ".join(m.organisation.name for found in support.support.values()
                           for m in found.matches)
        assert foreign_names(names, nation) == [], nation
        assert len(support.support) == 4  # every topic still has help
    unknown = support_for_firm(FirmProfile("F"), directory, PLAN_DAY)
    assert unknown.place.startswith("UK-wide support only: ")


def test_an_organisation_s_description_names_no_other_nation_s_route() -> None:
    """What the PDF prints under each organisation: its own nations' words only."""
    path = resources.asset_path("support/organisations.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    names = nation_names()
    for row in rows:
        allowed = names[row["name"]]
        for nation in allowed:
            assert foreign_names(row["description"], nation) == [], (row["id"], nation)

