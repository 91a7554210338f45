"""Core test setup: the shipped geography and support directory, loaded once for the run
(the geography, directory and support-review tests share them)."""

from __future__ import annotations

import pytest

from readiness_app import resources
from readiness_app.core.geography import Geography
from readiness_app.core.support_directory import SupportDirectory, load_support_directory


@pytest.fixture(scope="session")
def geo() -> Geography:
    """The shipped geography."""
    return Geography.load(resources.asset_path("geography"))


@pytest.fixture(scope="session")
def directory(geo: Geography) -> SupportDirectory:
    """The shipped support directory, placed with the shipped geography."""
    return load_support_directory(resources.asset_path("support/organisations.csv"), geo)
