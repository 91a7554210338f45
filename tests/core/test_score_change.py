"""A change between two visits is the difference of the scores people see (whole points)."""

from __future__ import annotations

from readiness_app.core.comparison import ScoreChange
from readiness_app.core.text import score_change, score_text
from readiness_app.ui.compare_chart import change_text


def test_change_is_the_difference_of_the_whole_points_shown() -> None:
    # 29.6 is shown as 29 and 36.2 as 36: the change a reader works out is +7, not +6.6 -> +6/+7
    assert (score_text(29.6), score_text(36.2)) == ("29", "36")
    assert score_change(29.6, 36.2) == 7
    assert score_change(50.9, 50.1) == 0
    assert score_change(None, 40.0) is None


def test_comparison_the_pdf_and_the_chart_use_the_one_rule() -> None:
    change = ScoreChange("", "Overall", 29.6, 36.2, "Starting", "Developing")
    assert change.change == 7
    assert change_text(29.6, 36.2) == "+7"
    assert change_text(50.9, 50.1) == "no change"
