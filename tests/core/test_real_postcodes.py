"""Real postcodes through the look-up the new-firm form and ``readiness-app support`` use
(:func:`readiness_app.services.postcode_check.check_postcode`): nation, local authority (or
the choice offered for a district that reaches into several) and the sentence shown.

The postcodes are those of well-known public places (councils, hospitals, universities,
stations, stadiums) in every nation and region, with the edge cases: border and split
districts, islands, London, odd typing, non-geographic and out-of-UK postcodes, and ones
that do not exist. Each authority was checked against the shipped ONS Postcode Directory
(November 2025) index and district table (``assets/geography``, the same as
``/work/shared/data/geography``) and against the place's own published address (for example
Belfast City Hall, Donegall Square, BT1 5GS; Scottish Borders Council headquarters,
Newtown St Boswells, TD6 0SA).
"""

from __future__ import annotations

import pytest

from readiness_app.core.geography import Geography
from readiness_app.services.postcode_check import PostcodeStatus, check_postcode

EXACT, DISTRICT, SPLIT = PostcodeStatus.EXACT, PostcodeStatus.DISTRICT, PostcodeStatus.SPLIT
E, W, S, NI = "England", "Wales", "Scotland", "Northern Ireland"

#: (typed, where it is, nation, authority) for full postcodes the data holds.
PLACED = [
    # London
    ("SW1A 2AA", "10 Downing Street", E, "Westminster"),
    ("W1A 1AA", "BBC Broadcasting House (a large-user code)", E, "Westminster"),
    ("EC1A 1BB", "the City fringe (the ONSPD places it in Islington)", E, "Islington"),
    ("E20 2ST", "London Stadium", E, "Newham"),
    ("SE1 7PB", "St Thomas' Hospital", E, "Lambeth"),
    ("HA9 0WS", "Wembley Stadium", E, "Brent"),
    ("SW19 5AE", "All England Club, Wimbledon", E, "Merton"),
    # English regions
    ("M16 0RA", "Old Trafford", E, "Trafford"),
    ("L4 0TH", "Anfield", E, "Liverpool"),
    ("LS1 1UR", "Leeds Civic Hall", E, "Leeds"),
    ("NE1 7RU", "Newcastle University", E, "Newcastle upon Tyne"),
    ("DH1 3LE", "Durham University", E, "County Durham"),
    ("NG1 5FS", "Nottingham", E, "Nottingham"),
    ("CV4 7AL", "University of Warwick", E, "Coventry"),
    ("CB2 1TN", "Cambridge", E, "Cambridge"),
    ("OX1 2JD", "University of Oxford", E, "Oxford"),
    ("BS1 5TR", "Bristol City Hall", E, "City of Bristol"),
    # English islands
    ("TR21 0JY", "St Mary's, Isles of Scilly", E, "Isles of Scilly"),
    ("TR24 0QH", "Tresco", E, "Isles of Scilly"),
    ("PO30 1UD", "County Hall, Newport, Isle of Wight", E, "Isle of Wight"),
    ("PO40 9QA", "Freshwater, Isle of Wight", E, "Isle of Wight"),
    # the England-Wales border, full postcodes on each side
    ("CH1 2HS", "Chester Town Hall", E, "Cheshire West and Chester"),
    ("CH7 6NF", "County Hall, Mold", W, "Flintshire"),
    ("CH4 8RQ", "Broughton (CH4 reaches both nations)", W, "Flintshire"),
    ("SY3 8HQ", "Shirehall, Shrewsbury", E, "Shropshire"),
    ("SY10 9BF", "Oswestry (SY10 reaches both nations)", E, "Shropshire"),
    ("SY16 2AA", "Newtown, Powys", W, "Powys"),
    ("SY23 3UE", "Aberystwyth", W, "Ceredigion"),
    ("LD1 5LG", "County Hall, Llandrindod Wells", W, "Powys"),
    ("HR1 2HX", "Hereford", E, "Herefordshire"),
    ("HR3 5BG", "Hay-on-Wye (HR3 reaches both nations)", W, "Powys"),
    ("NP16 5DB", "Chepstow", W, "Monmouthshire"),
    ("GL16 8HT", "Coleford, Forest of Dean", E, "Forest of Dean"),
    # Wales
    ("CF10 3ND", "Cardiff City Hall", W, "Cardiff"),
    ("CF10 1NS", "Principality Stadium", W, "Cardiff"),
    ("SA31 1JP", "County Hall, Carmarthen", W, "Carmarthenshire"),
    ("LL55 1SH", "Gwynedd Council, Caernarfon", W, "Gwynedd"),
    ("LL77 7TW", "Isle of Anglesey County Council, Llangefni", W, "Isle of Anglesey"),
    ("LL65 1YF", "Holyhead", W, "Isle of Anglesey"),
    # the Scotland-England border
    ("CA1 1RQ", "Carlisle Civic Centre", E, "Cumberland"),
    ("TD1 1AA", "Galashiels", S, "The Scottish Borders"),
    ("TD6 0SA", "Scottish Borders Council, Newtown St Boswells", S, "The Scottish Borders"),
    ("TD12 4AA", "Coldstream (TD12 reaches both nations)", S, "The Scottish Borders"),
    ("DG16 5AA", "Gretna", S, "Dumfries and Galloway"),
    ("NE71 6AA", "Wooler", E, "Northumberland"),
    # Scotland, with its islands
    ("EH1 1YZ", "Edinburgh City Chambers", S, "City of Edinburgh"),
    ("EH99 1SP", "Scottish Parliament", S, "City of Edinburgh"),
    ("G2 1DU", "Glasgow City Chambers", S, "Glasgow City"),
    ("AB24 3FX", "University of Aberdeen", S, "Aberdeen City"),
    ("IV3 5NX", "Highland Council headquarters, Inverness", S, "Highland"),
    ("IV51 9HZ", "Portree, Skye", S, "Highland"),
    ("PA20 9AW", "Rothesay, Bute", S, "Argyll and Bute"),
    ("HS1 2BW", "Comhairle nan Eilean Siar, Stornoway", S, "Eilean Siar"),
    ("ZE1 0HB", "Lerwick", S, "Shetland Islands"),
    ("KW15 1NY", "Orkney Islands Council, Kirkwall", S, "Orkney Islands"),
    # Northern Ireland
    ("BT1 5GS", "Belfast City Hall", NI, "Belfast"),
    ("BT7 1NN", "Queen's University Belfast", NI, "Belfast"),
    ("BT48 7BB", "Derry Guildhall", NI, "Derry City and Strabane"),
    ("BT74 7BA", "Enniskillen", NI, "Fermanagh and Omagh"),
    ("BT93 8AA", "Belleek, on the border", NI, "Fermanagh and Omagh"),
    # typed oddly: the same answer
    ("sw1a2aa", "lower case, no space", E, "Westminster"),
    ("  SW1A   2AA  ", "extra and leading/trailing spaces", E, "Westminster"),
    ("cf10 3nd ", "lower case, trailing space", W, "Cardiff"),
    ("EC1A1BB", "no space", E, "Islington"),
]


@pytest.mark.parametrize(("typed", "where", "nation", "authority"), PLACED)
def test_a_real_postcode_finds_its_authority_and_nation(
    geo: Geography, typed: str, where: str, nation: str, authority: str
) -> None:
    check = check_postcode(geo, typed)
    assert check.status is EXACT, f"{typed} ({where}): {check.message}"
    assert check.match is not None
    assert (check.match.authority.name, check.match.authority.nation.name) == (
        authority, nation), where
    assert check.message.startswith(f"Found: {authority}, "), check.message
    assert check.message.rstrip(".").endswith(nation)


#: Outward codes alone: the authorities offered, main one first (share of the district's
#: postcodes in the ONSPD), and whether the user must choose.
DISTRICTS = [
    ("SY10", SPLIT, ["Shropshire", "Powys", "Wrexham"]),  # split: England 77.5%, Wales
    ("HR3", SPLIT, ["Herefordshire", "Powys"]),  # split across the border
    ("CH4", SPLIT, ["Cheshire West and Chester", "Flintshire"]),
    ("NP16", SPLIT, ["Monmouthshire", "Forest of Dean"]),
    ("LD8", SPLIT, ["Powys", "Herefordshire"]),  # mostly Powys
    ("TD12", SPLIT, ["The Scottish Borders", "Northumberland"]),
    ("TD15", SPLIT, ["Northumberland", "The Scottish Borders"]),  # mostly England
    ("CA6", SPLIT, ["Cumberland", "Dumfries and Galloway", "Northumberland"]),
    ("EC1A", SPLIT, ["City of London", "Islington"]),
    ("BT60", SPLIT, ["Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down"]),
    ("PO30", DISTRICT, ["Isle of Wight"]),
    ("HS1", DISTRICT, ["Eilean Siar"]),
    ("ZE1", DISTRICT, ["Shetland Islands"]),
    ("KW15", DISTRICT, ["Orkney Islands"]),
    ("LL65", DISTRICT, ["Isle of Anglesey"]),
]


@pytest.mark.parametrize(("typed", "status", "authorities"), DISTRICTS)
def test_a_district_offers_every_authority_it_reaches(
    geo: Geography, typed: str, status: PostcodeStatus, authorities: list[str]
) -> None:
    check = check_postcode(geo, typed)
    assert check.status is status, check.message
    assert check.match is not None
    assert [c.authority.name for c in check.match.candidates] == authorities
    if status is SPLIT:
        assert not check.offer_name_choice  # the candidates are offered instead
        assert f"reaches into {len(authorities)} local authorities" in check.message
        assert all(name in check.message for name in authorities)
    else:
        assert check.message.startswith(f"Found: {authorities[0]}, ")
        assert check.message.endswith(f"(from the postcode district {typed}).")


#: Postcodes that place nothing: the status and words the user reads.
UNPLACED = [
    ("JE2 4WE", PostcodeStatus.OUTSIDE_UK, "Outside the UK: JE postcodes are in Jersey"),
    ("GY1 1FH", PostcodeStatus.OUTSIDE_UK, "Outside the UK: GY postcodes are in Guernsey"),
    ("IM1 3PN", PostcodeStatus.OUTSIDE_UK, "Outside the UK: IM postcodes are in the Isle of Man"),
    ("BFPO 801", PostcodeStatus.OUTSIDE_UK, "Outside the UK: BFPO (British Forces Post Office)"),
    ("GIR 0AA", PostcodeStatus.NON_GEOGRAPHIC, "GIR 0AA is a non-geographic postcode"),
    ("BX1 1LT", PostcodeStatus.NON_GEOGRAPHIC, "BX1 1LT is a non-geographic postcode"),
    ("XM4 5HQ", PostcodeStatus.NON_GEOGRAPHIC, "XM4 5HQ is a non-geographic postcode"),
    ("BX5", PostcodeStatus.NON_GEOGRAPHIC, "BX5 holds only non-geographic postcodes"),
    ("CF1O 3ND", PostcodeStatus.NOT_FOUND,
     "did you mean CF10 3ND (the digit 0, not the letter O)?"),
    ("SW1A OAA", PostcodeStatus.INVALID, "did you mean SW1A 0AA (with a zero)?"),
    ("EC1 1AA", PostcodeStatus.NOT_FOUND, "there is no postcode district EC1"),  # retired
    ("ZZ1 1ZZ", PostcodeStatus.INVALID, "'ZZ' is not one"),
    ("CF99 9ZZ", PostcodeStatus.NOT_IN_DATA, "Not found: CF99 9ZZ is not in the postcode data"),
]


@pytest.mark.parametrize(("typed", "status", "words"), UNPLACED)
def test_a_postcode_without_a_uk_authority_says_why(
    geo: Geography, typed: str, status: PostcodeStatus, words: str
) -> None:
    check = check_postcode(geo, typed)
    assert check.status is status, check.message
    assert words in check.message
    assert check.offer_name_choice
    assert "?." not in check.message and ".." not in check.message
    if status is PostcodeStatus.OUTSIDE_UK:  # said plainly, and never placed in England
        assert check.match is None
        assert "Not recognised" not in check.message
        assert "England" not in check.message.split(";")[0]


def test_a_crown_dependency_firm_is_not_given_england_s_plan() -> None:
    from readiness_app.core.assessment import FirmProfile
    from readiness_app.services.local_support import firm_nation

    for postcode in ("JE2 4WE", "GY1 1FH", "IM1 3PN"):
        assert firm_nation(FirmProfile("Firm", postcode=postcode)) is None
