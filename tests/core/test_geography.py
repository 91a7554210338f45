"""Postcode and name -> local authority, region and nation, on the shipped data."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.errors import AreaError, GeographyDataError, PostcodeError
from readiness_app.core.geography import CONFIRM_BELOW, Geography, MatchMethod
from readiness_app.core.postcode_index import PostcodeIndex

GEOGRAPHY = resources.asset_path("geography")


# ----------------------------------------------------------------------------- full postcodes


@pytest.mark.parametrize(
    ("postcode", "code", "name", "region", "nation"),
    [
        ("SW1A 1AA", "E09000033", "Westminster", "E12000007", "England"),
        ("ls1 4ap", "E08000035", "Leeds", "E12000003", "England"),
        ("TR1 1AA", "E06000052", "Cornwall", "E12000009", "England"),
        ("CF10 1EP", "W06000015", "Cardiff", "W92000004", "Wales"),
        ("LL11 1AA", "W06000006", "Wrexham", "W92000004", "Wales"),
        ("EH1 1YZ", "S12000036", "City of Edinburgh", "S92000003", "Scotland"),
        ("IV1 1AA", "S12000017", "Highland", "S92000003", "Scotland"),
        ("BT1 5GS", "N09000003", "Belfast", "N92000002", "Northern Ireland"),
        ("bt48 6dq", "N09000005", "Derry City and Strabane", "N92000002", "Northern Ireland"),
    ],
)
def test_full_postcodes_in_all_four_nations(geo: Geography, postcode: str, code: str,
                                            name: str, region: str, nation: str) -> None:
    match = geo.locate(postcode)
    assert match.method is MatchMethod.POSTCODE
    assert match.exact and not match.needs_confirmation
    assert (match.authority.code, match.authority.name) == (code, name)
    assert match.authority.region.code == region
    assert match.authority.nation.name == nation


@pytest.mark.parametrize(
    ("postcode", "code"),
    [
        # SY10 straddles England and Wales: Shropshire 77%, Powys 22%, Wrexham <1%
        ("SY10 0AA", "W06000023"),
        ("SY10 0WA", "E06000051"),
        ("SY10 7NE", "W06000006"),
        # TD15 straddles England and Scotland
        ("TD15 1AA", "E06000057"),
        ("TD15 1BT", "S12000026"),
        # HR3 is split almost evenly between Herefordshire and Powys
        ("HR3 5AA", "W06000023"),
        ("HR3 5AL", "E06000019"),
        # CR0 is mostly Croydon but reaches Sutton and Bromley
        ("CR0 3AQ", "E09000029"),
        ("CR0 5AD", "E09000006"),
    ],
)
def test_full_postcodes_in_split_districts_are_exact(geo: Geography, postcode: str,
                                                     code: str) -> None:
    match = geo.locate(postcode)
    assert match.method is MatchMethod.POSTCODE
    assert match.authority.code == code
    assert not match.straddles


# ----------------------------------------------------------------------------- districts


def test_single_authority_district(geo: Geography) -> None:
    match = geo.locate("BN7")
    assert match.method is MatchMethod.DISTRICT
    assert match.authority.name == "Lewes"
    assert not match.straddles and not match.needs_confirmation


@pytest.mark.parametrize(
    ("district", "names"),
    [
        ("SY10", ["Shropshire", "Powys", "Wrexham"]),
        ("HR3", ["Herefordshire", "Powys"]),
        ("NP16", ["Monmouthshire", "Forest of Dean"]),
        ("SY15", ["Powys", "Shropshire"]),
    ],
)
def test_split_districts_list_candidates_and_ask(geo: Geography, district: str,
                                                 names: list[str]) -> None:
    match = geo.locate(district)
    assert match.method is MatchMethod.DISTRICT
    assert match.straddles and match.needs_confirmation and not match.exact
    assert [c.authority.name for c in match.candidates] == names
    shares = [c.share for c in match.candidates]
    assert shares == sorted(shares, reverse=True)
    assert sum(shares) == pytest.approx(1.0)
    assert match.authority == match.candidates[0].authority
    assert shares[0] < CONFIRM_BELOW
    for name in names:
        assert name in match.note


def test_mostly_single_district_lists_others_without_asking(geo: Geography) -> None:
    match = geo.locate("CR0")
    assert match.straddles
    assert not match.needs_confirmation  # Croydon holds 96% of the postcodes
    assert [c.authority.name for c in match.candidates] == ["Croydon", "Sutton", "Bromley"]


def test_district_counts_match_the_full_postcode_index(geo: Geography) -> None:
    assert geo.index is not None
    for district in ["SY10", "TD15", "CR0", "LS1", "BT7", "EH1", "CF10", "NP16"]:
        from_index = Counter(lad for lad in geo.index.postcodes(district).values() if lad)
        from_table = {c.authority.code: c.postcodes for c in geo.districts[district]}
        assert dict(from_index) == from_table


def test_unknown_full_postcode_falls_back_to_its_district(geo: Geography) -> None:
    match = geo.locate("SW1A 9ZZ")
    assert match.method is MatchMethod.DISTRICT
    assert match.authority.name == "Westminster"
    assert "not in the postcode data" in match.note


def test_without_the_index_full_postcodes_use_districts() -> None:
    geo = Geography.load(GEOGRAPHY, use_postcode_index=False)
    assert not geo.has_postcode_index
    match = geo.locate("SY10 0AA")
    assert match.method is MatchMethod.DISTRICT
    assert match.needs_confirmation
    assert "not installed" in match.note


@pytest.mark.parametrize(("text", "reason"), [
    ("LE99 1AA", "non_geographic"),  # district made only of large-user codes
    ("BT58", "non_geographic"),
    ("NP16 9AA", "non_geographic"),  # a PO box postcode inside a geographic district
    ("ZE9 1AA", "not_found"),
    ("ZE9", "not_found"),
    ("JE2 4WE", "out_of_scope"),
])
def test_postcodes_without_an_authority(geo: Geography, text: str, reason: str) -> None:
    with pytest.raises(PostcodeError) as caught:
        geo.locate(text)
    assert caught.value.reason == reason


def test_every_authority_is_reachable_from_some_district(geo: Geography) -> None:
    assert len(geo.authorities) == 361
    reached = {c.authority.code for cs in geo.districts.values() for c in cs}
    assert reached == set(geo.authorities)
    nations = Counter(a.nation.name for a in geo.authorities.values())
    assert nations == {"England": 296, "Wales": 22, "Scotland": 32, "Northern Ireland": 11}


# ----------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("leeds", "Leeds"),
        ("LEEDS CITY COUNCIL", "Leeds"),
        ("St Helens", "St. Helens"),
        ("Saint Helens", "St. Helens"),
        ("st. albans", "St Albans"),
        ("Telford & Wrekin", "Telford and Wrekin"),
        ("Hammersmith & Fulham", "Hammersmith and Fulham"),
        ("bristol", "City of Bristol"),
        ("Durham", "County Durham"),
        ("E06000001", "Hartlepool"),
        ("e06000001", "Hartlepool"),
        ("westminstr", "Westminster"),
        ("Ynys Mon", "Isle of Anglesey"),
        ("Caerdydd", "Cardiff"),
        ("Na h-Eileanan Siar", "Eilean Siar"),
        ("Rhondda", "Rhondda Cynon Taff"),
        ("Belfast City Council", "Belfast"),
    ],
)
def test_authority_by_name(geo: Geography, text: str, name: str) -> None:
    match = geo.locate_authority(text)
    assert match.method is MatchMethod.NAME
    assert match.authority.name == name
    assert match.exact


def test_ambiguous_name_lists_the_choices(geo: Geography) -> None:
    with pytest.raises(AreaError, match="Kingston upon Hull, Kingston upon Thames"):
        geo.locate_authority("Kingston")


@pytest.mark.parametrize(("text", "words"), [
    ("Narnia", "no local authority matches 'Narnia'"),
    ("", "no local authority given"),
    ("x" * 5000, "5,000 characters"),
    ("Leeds\x00", "control characters"),
    ("'; DROP TABLE authorities;--", "no local authority matches"),
])
def test_bad_names_get_a_clear_message(geo: Geography, text: str, words: str) -> None:
    with pytest.raises(AreaError) as caught:
        geo.locate_authority(text)
    assert words in str(caught.value)
    assert len(str(caught.value)) < 300


def test_confirming_the_authority_of_a_split_district(geo: Geography) -> None:
    match = geo.confirm(geo.locate("SY10"), "powys")
    assert match.authority.name == "Powys"
    assert match.exact and not match.needs_confirmation
    assert str(match.postcode) == "SY10"
    with pytest.raises(AreaError, match="SY10 is not in Leeds"):
        geo.confirm(geo.locate("SY10"), "Leeds")


def test_confirming_a_full_postcode_must_agree(geo: Geography) -> None:
    assert geo.confirm(geo.locate("LS1 4AP"), "Leeds").authority.name == "Leeds"
    with pytest.raises(AreaError, match="LS1 4AP is not in Bradford"):
        geo.confirm(geo.locate("LS1 4AP"), "Bradford")


# ----------------------------------------------------------------------------- damaged files


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "geography"
    shutil.copytree(GEOGRAPHY, folder)
    return folder


def test_damaged_index_block_is_detected(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "postcode_lad.bin"
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF  # inside the last district's block
    path.write_bytes(bytes(data))
    geo = Geography.load(folder)
    last = max(geo.index.districts) if geo.index else ""
    with pytest.raises(GeographyDataError, match="damaged"):
        geo.locate(f"{last} 1AA")


def test_index_with_wrong_signature_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "postcode_lad.bin").write_bytes(b"PK\x03\x04 not an index")
    with pytest.raises(GeographyDataError, match="wrong signature"):
        Geography.load(folder)


def test_truncated_index_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "postcode_lad.bin"
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(GeographyDataError, match="truncated"):
        PostcodeIndex(path)


def test_authority_table_problems_name_file_and_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "local_authorities.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("E06000003", "NOT-A-CODE", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GeographyDataError) as caught:
        Geography.load(folder)
    assert any(p.line == 4 and "NOT-A-CODE" in p.message for p in caught.value.problems)
