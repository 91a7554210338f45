"""Welsh place and organisation names, folded search, and Welsh letters in file names and
XLSX exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.text import file_name_stem
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.language import messages
from readiness_app.services.local_support import (
    load_directory,
    organisation_names,
    place_name,
    shipped_geography,
    support_for_firm,
)
from readiness_app.services.plan_export import copy_from_content, xlsx_bytes
from readiness_app.services.plan_pdf import report_content

ROOT = Path(__file__).parents[2]
WELSH_EXAMPLE = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
CARMARTHENSHIRE = "W06000010"


@pytest.mark.parametrize("typed", [
    "Sir Gaerfyrddin", "sir gaerfyrddin", "SIR GAERFYRDDIN", "Sir Gâr", "sir gar",
    "Carmarthenshire",
])
def test_welsh_authority_names_are_accepted_folded(typed) -> None:
    assert [a.code for a in shipped_geography().find_authorities(typed)] == [CARMARTHENSHIRE]


@pytest.mark.parametrize(("typed", "code"), [
    ("Caerdydd", "W06000015"), ("abertawe", "W06000011"), ("Ynys Mon", "W06000001"),
    ("ynys môn", "W06000001"), ("Bro Morgannwg", "W06000014"), ("Merthyr Tudful", "W06000024"),
])
def test_other_welsh_names(typed, code) -> None:
    assert [a.code for a in shipped_geography().find_authorities(typed)] == [code]


def test_welsh_names_are_shown_in_welsh() -> None:
    geography = shipped_geography()
    welsh = [a for a in geography.authorities.values() if a.nation.code == "W92000004"]
    assert len(welsh) == 22 and all(a.name_cy for a in welsh)
    carmarthenshire = geography.authorities[CARMARTHENSHIRE]
    assert place_name(carmarthenshire, messages("cy")) == "Sir Gaerfyrddin, Cymru"
    assert place_name(carmarthenshire) == "Carmarthenshire, Wales"
    leeds = geography.authorities["E08000035"]
    assert leeds.name_in("cy") == "Leeds"  # no Welsh name: the English one
    assert place_name(leeds, messages("cy")).endswith(", Lloegr")


def test_welsh_organisation_names_are_keyed_by_known_ids_with_sources() -> None:
    path = resources.asset_path("support/organisations.cy.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    known = {o.id for o in load_directory().organisations}
    assert {r["id"] for r in rows} <= known
    for row in rows:
        assert row["source"] and dt.date.fromisoformat(row["checked"])
        assert row["review"] == "needs review by a Welsh speaker"
    names = organisation_names("cy")
    assert names["bw-wales"] == "Busnes Cymru"
    assert names["crc-wales"].startswith("Canolfan Seibergadernid Cymru")
    assert organisation_names("en") == {}


@pytest.fixture(scope="module")
def welsh_firm():
    catalogue = load_catalogue()
    return read_assessment_bytes(WELSH_EXAMPLE.read_bytes(), str(WELSH_EXAMPLE),
                                 catalogue.find)


def test_the_welsh_plan_names_welsh_support(welsh_firm) -> None:
    assessment, questionnaire = welsh_firm
    content = report_content(questionnaire, assessment, today=dt.date(2026, 11, 23),
                             tr=messages("cy"))
    assert content.place == "Sir Gaerfyrddin, Cymru"
    names = {c.name for _, contacts in content.support for c in contacts}
    assert "Busnes Cymru" in names
    english = support_for_firm(assessment.firm, load_directory(), dt.date(2026, 11, 23))
    assert english.place == "Carmarthenshire, Wales"


def test_welsh_letters_survive_in_file_names() -> None:
    # Portable file names keep each Welsh letter as its base letter, never dropping it.
    assert file_name_stem("Becws Tŷ Melyn", "plan") == "Becws-Ty-Melyn"
    assert file_name_stem("ŵ ŷ â ê î ô û ï Ŵ Ŷ", "plan") == "w-y-a-e-i-o-u-i-W-Y"


def test_welsh_letters_survive_an_xlsx_round_trip(welsh_firm) -> None:
    from openpyxl import load_workbook

    assessment, questionnaire = welsh_firm
    content = report_content(questionnaire, assessment, today=dt.date(2026, 11, 23),
                             tr=messages("cy"))
    book = load_workbook(io.BytesIO(xlsx_bytes(copy_from_content(content))))
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row
             if c.value is not None}
    assert "Becws Tŷ Melyn Cyf" in cells
    assert "Sir Gaerfyrddin, Cymru" in cells
    assert any("Busnes Cymru" in value for value in cells)
    assert any("ŵ" in value or "ŷ" in value for value in cells)
