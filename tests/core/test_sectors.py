"""The firm's sector: UK SIC 2007 sections, and free text read as one where unambiguous."""

from __future__ import annotations

import pytest

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import AnswerError
from readiness_app.core.sectors import BY_CODE, SECTIONS, check_section, section_for


def test_the_21_sections_run_from_a_to_u_with_their_official_titles() -> None:
    assert [s.code for s in SECTIONS] == [chr(c) for c in range(ord("A"), ord("U") + 1)]
    assert BY_CODE["G"].title == ("Wholesale and retail trade; repair of motor vehicles and "
                                  "motorcycles")
    assert BY_CODE["I"].title == "Accommodation and food service activities"


@pytest.mark.parametrize(("text", "section"), [
    ("Retail", "G"),
    ("Retail (motor trade)", "G"),
    ("Motor repair garage", "G"),
    ("Joinery", "C"),
    ("Hospitality", "I"),
    ("Café", "I"),
    ("Dental practice", "Q"),
    ("Dental care", "Q"),
    ("Haulage and logistics", "H"),
    ("IT support", "J"),
    ("G", "G"),
    ("g: anything", "G"),
])
def test_free_text_maps_to_a_section_when_its_words_agree(text: str,
                                                          section: str | None) -> None:
    assert section_for(text) == section


@pytest.mark.parametrize("text", ["", "Bakery and café", "Widgets", "Cyber security consultancy"])
def test_ambiguous_or_unknown_text_is_left_without_a_section(text: str) -> None:
    assert section_for(text) is None


def test_the_profile_keeps_the_text_as_detail_and_a_chosen_section_wins() -> None:
    guessed = FirmProfile("Kerb Motors", "Retail (motor trade)")
    assert (guessed.sector, guessed.sector_section) == ("Retail (motor trade)", "G")
    chosen = FirmProfile("Kerb Motors", "Retail (motor trade)", sector_section="s")
    assert chosen.sector_section == "S"
    assert FirmProfile("Odd Co", "Bakery and café").sector_section is None
    with pytest.raises(AnswerError, match="not a UK SIC 2007 section"):
        FirmProfile("Odd Co", sector_section="Z")
    assert check_section("  ") is None
