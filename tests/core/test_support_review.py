"""The directory checked row by row (issue 15 item 4): fixes, coverage, and rows that age."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.errors import SupportDirectoryError
from readiness_app.core.geography import Geography, LocalAuthority
from readiness_app.core.questionnaire import SupportTopic
from readiness_app.core.support_directory import (
    CHECK_FIRST,
    COLUMNS,
    SupportDirectory,
    Verification,
    directory_checked,
    load_support_directory,
    read_directory_text,
)

ROOT = Path(__file__).parents[2]
DEFAULT = resources.asset_path("support/organisations.csv")

#: The front door every authority must have in its own nation, listed for the authority itself
#: (a national helpline does not count: it is not the firm's local growth hub).
LOCAL_FRONT_DOOR = {
    "England": "growth_hub",
    "Scotland": "business_gateway",
    "Wales": "business_wales",
    "Northern Ireland": "invest_ni_or_council",
}


def _la(geo: Geography, name: str) -> LocalAuthority:
    return geo.locate_authority(name).authority


def _local_front_doors(directory: SupportDirectory, authority: LocalAuthority) -> set[str]:
    return {m.organisation.id for m in directory.front_doors(authority)
            if m.organisation.coverage_level.value == "lad"
            and m.organisation.kind == LOCAL_FRONT_DOOR[authority.nation.name]}


def test_every_authority_keeps_its_own_growth_hub_or_nation_service(
        geo: Geography, directory: SupportDirectory) -> None:
    missing = [a.name for a in geo.authorities.values() if not _local_front_doors(directory, a)]
    assert missing == []
    assert len(geo.authorities) == 361


def test_enterprise_m3_and_coast_to_capital_areas_are_reassigned(
        geo: Geography, directory: SupportDirectory) -> None:
    assert directory.get("gh-enterprise-m3") is None
    for surrey in ("Guildford", "Woking", "Reigate and Banstead", "Tandridge", "Mole Valley"):
        assert _local_front_doors(directory, _la(geo, surrey)) == {"gh-surrey"}, surrey
    for hampshire in ("Basingstoke and Deane", "Winchester", "Rushmoor"):
        assert _local_front_doors(directory, _la(geo, hampshire)) == {"gh-hampshire"}
    assert _local_front_doors(directory, _la(geo, "Croydon")) == {"gh-london"}
    assert _local_front_doors(directory, _la(geo, "Lewes")) == {"gh-east-sussex"}
    assert _local_front_doors(directory, _la(geo, "Crawley")) == {"gh-coast-to-capital"}
    c2c = directory.get("gh-coast-to-capital")
    assert c2c is not None and c2c.verified is Verification.NO  # its successor was not found


def test_renamed_and_moved_bodies(directory: SupportDirectory) -> None:
    scotland = directory.get("crc-scotland-sbrc")  # the id stays: hub files may name it
    assert scotland is not None
    assert scotland.name.startswith("Cyber and Fraud Centre – Scotland")
    assert scotland.checked_phone == "0800 1670 623"
    sem = directory.get("gh-south-east-midlands")
    assert sem is not None and "West Northamptonshire Council" in sem.operator
    cumbria = directory.get("gh-cumbria")
    assert cumbria is not None and cumbria.name == "Cumbria Business Growth Hub"
    assert cumbria.phone == ""  # the 2019 third-party 0844 number is gone
    assert directory.get("ms-london") is not None
    assert directory.get("ms-london").website == "https://www.growlondonlocal.london"  # type: ignore[union-attr]
    websites = " ".join(o.website for o in directory.organisations)
    assert "heylep.com" not in websites and "enterprisem3" not in websites
    ncsc = directory.get("nat-ncsc")
    assert ncsc is not None
    assert "Cyber Action Toolkit" in ncsc.description
    assert "report@phishing.gov.uk" in ncsc.description and "7726" in ncsc.description
    fraud = directory.get("nat-report-fraud")
    assert fraud is not None and "Monday to Friday, 8am to 8pm" in fraud.description


def test_numbers_whose_only_source_is_years_old_are_not_shown_as_checked(
        directory: SupportDirectory) -> None:
    for organisation_id in ("nat-acas", "ni-invest-ni", "bw-wales", "gh-greater-manchester",
                            "gh-west-midlands", "nat-business-support-helpline"):
        organisation = directory.get(organisation_id)
        assert organisation is not None
        assert organisation.checked_phone is None, organisation_id
        assert organisation.unchecked_phone, organisation_id  # kept, marked, for the CLI
    for organisation in directory.organisations:
        if organisation.checked_phone:  # every number still shown was seen in a dated source
            assert organisation.source_date >= "2023", organisation.id


def test_every_row_keeps_source_checked_date_and_level(directory: SupportDirectory) -> None:
    for organisation in directory.organisations:
        assert organisation.source and organisation.checked_on, organisation.id
        assert isinstance(organisation.verified, Verification)
        if organisation.verified is Verification.YES:
            assert organisation.source_date, organisation.id
    reviewed = [o for o in directory.organisations if o.checked_on == dt.date(2026, 11, 29)]
    assert len(reviewed) >= 20


def test_the_review_script_is_applied_to_the_shipped_csv() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "support_review_2026_11.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# ----------------------------------------------------------------------------- rows that age


def _one_row(compiled: str, verified: str = "yes") -> str:
    row = {"id": "hub-test", "name": "Test Hub", "kind": "growth_hub", "coverage_level": "lad",
           "coverage_codes": "E08000035", "website": "https://hub.example.org",
           "topics": "finance", "verified": verified, "source": "hub page",
           "source_date": "2025-10", "compiled": compiled}
    return ",".join(COLUMNS) + "\n" + ",".join(row.get(c, "") for c in COLUMNS) + "\n"


@pytest.mark.parametrize(("compiled", "verified", "today", "label"), [
    ("2025-11-29", "yes", dt.date(2026, 11, 29), False),  # exactly twelve months: still fine
    ("2025-11-29", "yes", dt.date(2026, 11, 30), True),
    ("2024-02-29", "partial", dt.date(2025, 2, 28), False),
    ("2024-02-29", "partial", dt.date(2025, 3, 1), True),
    ("2026-11-29", "no", dt.date(2026, 11, 29), True),  # never checked: check it first
])
def test_a_row_is_labelled_when_checked_over_twelve_months_ago_or_never(
        compiled: str, verified: str, today: dt.date, label: bool) -> None:
    (row,) = read_directory_text(_one_row(compiled, verified), "hub.csv")
    assert row.needs_check(today) is label


def test_the_shipped_directory_ages_with_the_calendar(directory: SupportDirectory) -> None:
    today = dt.date(2026, 11, 30)
    labelled = {o.id for o in directory.organisations if o.needs_check(today)}
    assert labelled == {o.id for o in directory.organisations if o.verified is Verification.NO}
    a_year_on = {o.id for o in directory.organisations if o.needs_check(dt.date(2027, 11, 30))}
    assert a_year_on == {o.id for o in directory.organisations}  # all due a check
    assert directory_checked(directory.date) == "Directory checked: November 2026"
    assert CHECK_FIRST == "check before relying on it"


def test_a_hub_file_that_withdraws_a_retired_row_still_loads(geo: Geography,
                                                             tmp_path: Path) -> None:
    row = {"id": "gh-our-hub", "name": "Our Hub", "kind": "growth_hub", "coverage_level": "lad",
           "coverage_codes": "E07000209", "website": "https://hub.example.org",
           "topics": "finance", "verified": "yes", "source": "own page", "source_date": "2025",
           "compiled": "2025-06-01", "front_door": "yes", "replaces": "gh-enterprise-m3"}
    path = tmp_path / "hub.csv"
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(row.get(c, "") for c in COLUMNS) + "\n",
                    encoding="utf-8")
    merged = load_support_directory(DEFAULT, geo, [path])
    found = merged.for_topic(_la(geo, "Guildford"), SupportTopic.FINANCE)
    assert found.matches[0].organisation.id == "gh-our-hub"
    path.write_text(path.read_text(encoding="utf-8").replace("gh-enterprise-m3", "gh-nowhere"),
                    encoding="utf-8")
    with pytest.raises(SupportDirectoryError, match="no earlier row with id 'gh-nowhere'"):
        load_support_directory(DEFAULT, geo, [path])
