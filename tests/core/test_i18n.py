"""The message catalogue: every code text has its Welsh, the compiled file is current,
Welsh dates and plurals, and clear errors for unknown languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest

from readiness_app.core.action_plan import Means
from readiness_app.core.assessment import BudgetBand, SizeBand
from readiness_app.core.i18n import ENGLISH, parse_report_language
from readiness_app.core.questionnaire import SupportTopic, Timeframe
from readiness_app.services.language import messages, report_messages
from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    return load_script("build_catalogues")


def test_every_code_text_has_its_welsh_and_the_files_are_current(capsys) -> None:
    build = _script()
    assert build.main(["--check"]) == 0, capsys.readouterr()
    out = capsys.readouterr().out
    assert "0 missing, 0 fuzzy" in out


def test_the_extractor_finds_enum_labels_and_report_texts() -> None:
    ids = {entry.msgid for entry in _script().extract()}
    assert {"Next 30 days", "Cyber security", "Micro (1 to 9 people)",
            "Page {page} of {total}", "Involving your staff in the changes"} <= ids


def test_a_text_the_welsh_catalogue_lacks_is_reported(tmp_path, monkeypatch, capsys) -> None:
    build = _script()
    locale = tmp_path / "locale"
    (locale / "cy" / "LC_MESSAGES").mkdir(parents=True)
    po = build.po_path("cy").read_text(encoding="utf-8")
    cut = po.replace('msgstr "Tudalen {page} o {total}"', 'msgstr ""')
    assert cut != po
    (locale / "cy" / "LC_MESSAGES" / "readiness.po").write_text(cut, encoding="utf-8")
    monkeypatch.setattr(build, "LOCALE", locale)
    monkeypatch.setattr(build, "POT", locale / "readiness.pot")
    assert build.main(["--check"]) == 1
    assert "missing: Page {page} of {total}" in capsys.readouterr().out


def test_labels_and_dates_in_welsh() -> None:
    cy = messages("cy")
    assert cy(Timeframe.DAYS_30.label) == "Y 30 diwrnod nesaf"
    assert cy(SupportTopic.CYBER.label) == "Seiberddiogelwch"
    assert cy(SizeBand.MICRO.label) == "Micro (1 i 9 o bobl)"
    assert cy.date(dt.date(2027, 1, 5)) == "5 Ionawr 2027"
    assert [cy.month(m) for m in (2, 6, 7, 12)] == ["Chwefror", "Mehefin", "Gorffennaf",
                                                    "Rhagfyr"]
    assert ENGLISH.date(dt.date(2027, 1, 5)) == "5 January 2027"
    assert cy("a text nobody wrote") == "a text nobody wrote"  # English when untranslated


def test_core_sentences_in_welsh() -> None:
    means = Means(8, BudgetBand.UNDER_500, hours_stated=True, budget_stated=True)
    assert means.describe() == ("About 8 hours a month and a budget of under £500 a year "
                                "(as you said).")
    assert means.describe(messages("cy")) == ("Tua 8 awr y mis a chyllideb o llai na £500 y "
                                              "flwyddyn (fel y dywedoch).")


def test_report_languages() -> None:
    assert parse_report_language("cy+en") == ("cy", "en")
    assert [m.language for m in report_messages("en+cy")] == ["en", "cy"]
    for bad in ("fr", "cy+cy", "", "cy+en+cy"):
        with pytest.raises(ValueError, match="unknown language"):
            parse_report_language(bad)
    with pytest.raises(ValueError, match="unknown language 'de'"):
        messages("de")
