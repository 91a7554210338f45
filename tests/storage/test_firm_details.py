"""Correcting a firm's details after the assessment was started: the visit edited, or the
firm's whole series; the place is found again, no date moves, and it survives reopening."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.core.assessment import BudgetBand, FirmProfile, Nation, SizeBand
from readiness_app.core.errors import AssessmentTrashedError
from readiness_app.services.firm_details import correct_firm, firm_visits
from readiness_app.services.library import FirmPlacer
from readiness_app.storage.library import Library

LEEDS = FirmProfile("Harbour Cafe", "Cafe", SizeBand.MICRO, "LS1 4AP", hours_per_month=4,
                    budget=BudgetBand.UNDER_500)
MOVED = FirmProfile("Harbour Café Ltd", "Retail bakery", SizeBand.SMALL, "SA31 1DL",
                    hours_per_month=10)


@pytest.fixture
def placed(data_dir: Path, finder):
    """A library that places firms from their postcode, as the app's does."""
    with Library.open(data_dir, questionnaires=finder, place=FirmPlacer()) as lib:
        yield lib


def two_visits(library: Library, quick_check) -> tuple[str, str]:
    first = library.create(LEEDS, quick_check)
    library.save_answer(first.id, "investment.plan", "written")
    second = library.copy_for_reassessment(first.id)
    return first.id, second.id


def test_the_whole_series_takes_the_name_and_place_but_keeps_each_visits_means(
        placed, quick_check, data_dir, finder) -> None:
    first, second = two_visits(placed, quick_check)
    before = {i: placed.summary(i) for i in (first, second)}
    assert before[first].authority == "Leeds"
    assert firm_visits(placed, second) == 2

    done = correct_firm(placed, second, MOVED, all_visits=True)

    assert done.visits_changed == 2
    assert done.assessment.firm == MOVED
    placed.close()
    with Library.open(data_dir, questionnaires=finder, place=FirmPlacer()) as again:
        latest, earlier = again.get(second).firm, again.get(first).firm
        assert latest == MOVED
        # who and where the firm is: corrected on the earlier visit too
        assert (earlier.name, earlier.sector, earlier.postcode) == \
            ("Harbour Café Ltd", "Retail bakery", "SA31 1DL")
        # its size and means at that time: as they were
        assert (earlier.size_band, earlier.hours_per_month, earlier.budget) == \
            (SizeBand.MICRO, 4, BudgetBand.UNDER_500)
        for assessment_id in (first, second):
            summary = again.summary(assessment_id)
            assert summary.authority == "Carmarthenshire"  # placed again from the postcode
            assert summary.firm_name == "Harbour Café Ltd"
            assert summary.updated_at == before[assessment_id].updated_at  # no date moves
        assert again.get(first).answer("investment.plan").value == "written"
        assert [s.id for s in again.history(first)] == [first, second]  # one firm still


def test_only_this_visit(placed, quick_check) -> None:
    first, second = two_visits(placed, quick_check)
    done = correct_firm(placed, second, MOVED, all_visits=False)
    assert done.visits_changed == 1
    assert placed.get(first).firm == LEEDS
    assert placed.summary(first).authority == "Leeds"
    assert placed.summary(second).authority == "Carmarthenshire"


def test_a_visit_in_the_trash_is_left_alone_and_cannot_be_corrected(placed, quick_check) -> None:
    first, second = two_visits(placed, quick_check)
    placed.trash(first)
    assert correct_firm(placed, second, MOVED, all_visits=True).visits_changed == 1
    assert placed.get(first).firm == LEEDS
    with pytest.raises(AssessmentTrashedError, match="restore it to change it"):
        correct_firm(placed, first, MOVED, all_visits=False)


def test_a_nation_picked_without_a_postcode_goes_to_the_series(placed, quick_check) -> None:
    first, second = two_visits(placed, quick_check)
    no_postcode = replace(LEEDS, postcode="", nation=Nation.SCOTLAND)
    correct_firm(placed, first, no_postcode, all_visits=True)
    assert placed.get(second).firm.nation is Nation.SCOTLAND
    assert placed.get(second).firm.postcode == ""
    assert placed.summary(second).authority == ""

