"""The shared text helpers: suggestions, percentages, scores and file names."""

from __future__ import annotations

import pytest

from readiness_app.core.text import did_you_mean, file_name_stem, percent, score_text, to_ascii


def test_did_you_mean_names_the_closest_choice_or_nothing() -> None:
    assert did_you_mean("cyberr", ["cyber", "people"]) == " (did you mean 'cyber'?)"
    assert did_you_mean("zzz", ["cyber", "people"]) == ""


@pytest.mark.parametrize(("share", "text"), [
    (0.0, "0%"), (0.004, "under 1%"), (0.01, "1%"), (0.225, "22%"), (0.77, "77%"),
    (0.995, "over 99%"), (1.0, "100%"),
])
def test_percent_never_rounds_a_part_to_nothing_or_to_everything(share: float,
                                                                 text: str) -> None:
    assert percent(share) == text


@pytest.mark.parametrize(("score", "text"), [
    (None, "-"), (0.0, "0"), (29.9, "29"), (49.6, "49"), (50.0, "50"), (100.0, "100"),
])
def test_scores_are_whole_points_rounded_down(score: float | None, text: str) -> None:
    assert score_text(score) == text


def test_a_missing_score_can_be_worded() -> None:
    assert score_text(None, "not scored yet") == "not scored yet"


def test_welsh_and_other_accented_letters_become_plain_letters() -> None:
    assert to_ascii("Tŷ Café") == "Ty Cafe"
    assert to_ascii("ŵ ŷ â ê î ô û ë ï Ŵ Ŷ Â") == "w y a e i o u e i W Y A"
    assert to_ascii("Straße Ærø Łódź") == "Strasse AEro Lodz"


def test_file_name_stems_keep_every_letter() -> None:
    assert file_name_stem("Tŷ Café", "firm") == "Ty-Cafe"
    assert file_name_stem("Siop Lyfrau'r Hŵb / Caffi", "firm") == "Siop-Lyfrau-r-Hwb-Caffi"
    assert file_name_stem("店", "firm") == "firm"
    assert file_name_stem("a" * 80, "firm") == "a" * 60
