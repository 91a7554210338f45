"""The support directory: coverage of every authority, fallbacks, phones, growth-hub files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.errors import SupportDirectoryError
from readiness_app.core.geography import Geography, LocalAuthority
from readiness_app.core.questionnaire import SupportTopic
from readiness_app.core.support_directory import (
    COLUMNS,
    DirectoryFile,
    Scope,
    SupportDirectory,
    Verification,
    load_support_directory,
    read_directory_file,
    read_directory_text,
)

DEFAULT = resources.asset_path("support/organisations.csv")
HEADER = ",".join(COLUMNS)


def _la(geo: Geography, name: str) -> LocalAuthority:
    return geo.locate_authority(name).authority


def _row(**values: str) -> str:
    row = {
        "id": "hub-test", "name": "Test Hub", "kind": "growth_hub", "coverage_level": "lad",
        "coverage_codes": "E08000035", "website": "https://hub.example.org",
        "topics": "finance;digital_adoption", "verified": "yes", "source": "hub's own page",
        "source_date": "2026-10", "compiled": "2026-11-01", "front_door": "yes",
    }
    row.update(values)
    return ",".join(_cell(row.get(c, "")) for c in COLUMNS)


def _cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if ("," in value or '"' in value) else value


def _write(tmp_path: Path, *rows: str, name: str = "hub.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- coverage


def test_default_directory_loads(directory: SupportDirectory) -> None:
    assert len(directory.organisations) == 132
    assert directory.date == dt.date(2026, 11, 23)  # the oldest row: not all were re-checked
    assert [f.mode for f in directory.files] == ["default"]


def test_every_authority_has_business_support_and_cyber(geo: Geography,
                                                        directory: SupportDirectory) -> None:
    assert len(geo.authorities) == 361
    for authority in geo.authorities.values():
        front_doors = directory.front_doors(authority)
        assert any(m.scope is Scope.LOCAL for m in front_doors), authority.name
        cyber = directory.for_topic(authority, SupportTopic.CYBER)
        kinds = {m.organisation.kind for m in cyber.matches}
        assert "cyber_resilience_centre" in kinds, authority.name


def test_every_topic_is_covered_everywhere_most_local_first(geo: Geography,
                                                            directory: SupportDirectory) -> None:
    for authority in geo.authorities.values():
        for topic, support in directory.for_authority(authority).items():
            assert support.matches, (authority.name, topic)
            ranks = [m.scope.rank for m in support.matches]
            assert ranks == sorted(ranks)
            assert all(topic in m.organisation.topics for m in support.matches)
            assert support.most_local() == tuple(
                m for m in support.matches if m.scope is support.most_local_scope)
            # the one rule for an action's contacts: at most two, topical first, and the
            # support page's list begins with them
            action = support.for_action()
            assert 1 <= len(action) <= 2
            assert support.listed()[:len(action)] == action
            assert len(support.listed()) == min(3, len(support.matches))


def test_fallback_from_local_to_regional_to_national(geo: Geography,
                                                     directory: SupportDirectory) -> None:
    leeds = directory.for_topic(_la(geo, "Leeds"), SupportTopic.CYBER)
    assert leeds.most_local_scope is Scope.REGIONAL  # no LAD-level cyber service
    assert leeds.matches[0].organisation.id == "crc-north-east-yorkshire"
    fife = directory.for_topic(_la(geo, "Fife"), SupportTopic.CYBER)
    assert fife.most_local_scope is Scope.NATIONAL
    assert "crc-scotland-sbrc" in {m.organisation.id for m in fife.most_local()}
    finance = directory.for_topic(_la(geo, "Leeds"), SupportTopic.FINANCE)
    assert finance.most_local_scope is Scope.LOCAL


def test_overlapping_growth_hubs_are_both_listed(geo: Geography,
                                                 directory: SupportDirectory) -> None:
    ids = {m.organisation.id for m in directory.front_doors(_la(geo, "New Forest"))}
    assert {"gh-hampshire", "gh-solent"} <= ids


def test_report_fraud_replaces_action_fraud(geo: Geography,
                                            directory: SupportDirectory) -> None:
    for organisation in directory.organisations:
        assert "actionfraud" not in organisation.website
        assert "action-fraud" not in organisation.id
        if "Action Fraud" in organisation.name + organisation.description:
            assert organisation.id == "nat-report-fraud"
    report_fraud = directory.get("nat-report-fraud")
    assert report_fraud is not None
    assert report_fraud.website == "https://www.reportfraud.police.uk"
    assert report_fraud.checked_phone == "0300 123 2040"
    for name, expected in [("Leeds", True), ("Cardiff", True), ("Belfast", True),
                           ("Glasgow City", False)]:
        ids = {m.organisation.id
               for m in directory.for_topic(_la(geo, name), SupportTopic.CYBER).matches}
        assert ("nat-report-fraud" in ids) is expected
        assert ("nat-police-scotland" in ids) is (not expected)


def test_unchecked_phones_are_never_offered_as_checked(directory: SupportDirectory) -> None:
    with_phone = [o for o in directory.organisations if o.phone]
    assert any(not o.phone_verified for o in with_phone)  # the data does have some
    for organisation in directory.organisations:
        if organisation.phone_verified:
            assert organisation.checked_phone == organisation.phone
            assert organisation.unchecked_phone is None
        else:
            assert organisation.checked_phone is None
            assert organisation.unchecked_phone == (organisation.phone or None)


def test_every_row_keeps_source_date_and_verification(directory: SupportDirectory) -> None:
    for organisation in directory.organisations:
        assert organisation.source
        assert isinstance(organisation.verified, Verification)
        assert organisation.compiled in {dt.date(2026, 11, 23), dt.date(2026, 11, 29)}
        if organisation.verified is Verification.YES:
            assert organisation.source_date


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("made", "today", "stale"), [
    (dt.date(2025, 11, 23), dt.date(2026, 11, 23), False),  # exactly twelve months
    (dt.date(2025, 11, 23), dt.date(2026, 11, 24), True),
    (dt.date(2024, 2, 29), dt.date(2025, 2, 28), False),
    (dt.date(2024, 2, 29), dt.date(2025, 3, 1), True),
    (dt.date(2026, 11, 23), dt.date(2026, 11, 23), False),
])
def test_staleness_after_twelve_months(made: dt.date, today: dt.date, stale: bool) -> None:
    assert DirectoryFile("x.csv", made, 1, "default").is_stale(today) is stale


def test_stale_files_are_reported(directory: SupportDirectory) -> None:
    assert directory.stale_files(dt.date(2027, 11, 23)) == ()
    assert len(directory.stale_files(dt.date(2027, 11, 24))) == 1


# ----------------------------------------------------------------------------- growth-hub files


def test_growth_hub_file_extends_the_default(tmp_path: Path, geo: Geography) -> None:
    path = _write(tmp_path, _row(), _row(id="gh-west-yorkshire", name="West Yorkshire hub",
                                          phone="0113 000 0000", phone_verified="yes"))
    merged = load_support_directory(DEFAULT, geo, [path])
    assert len(merged.organisations) == 133  # one new, one replaced in place
    assert [f.mode for f in merged.files] == ["default", "extend"]
    leeds = _la(geo, "Leeds")
    finance = merged.for_topic(leeds, SupportTopic.FINANCE).matches
    assert finance[0].organisation.id == "gh-west-yorkshire"  # the hub's own rows first
    assert finance[1].organisation.id == "hub-test"
    replaced = merged.get("gh-west-yorkshire")
    assert replaced is not None and replaced.name == "West Yorkshire hub"
    assert replaced.checked_phone == "0113 000 0000"


def test_replaces_column_withdraws_default_rows(tmp_path: Path, geo: Geography) -> None:
    path = _write(tmp_path, _row(replaces="gh-west-yorkshire"))
    merged = load_support_directory(DEFAULT, geo, [path])
    assert merged.get("gh-west-yorkshire") is None
    ids = [m.organisation.id for m in merged.front_doors(_la(geo, "Leeds"))]
    assert ids[0] == "hub-test"


def test_replacing_the_default_needs_full_coverage(tmp_path: Path, geo: Geography) -> None:
    path = _write(tmp_path, _row())
    with pytest.raises(SupportDirectoryError) as caught:
        load_support_directory(DEFAULT, geo, [path], replace=True)
    messages = [p.message for p in caught.value.problems]
    assert any("topic 'cyber' in 361 local authorities" in m for m in messages)
    assert any("topic 'finance' in 360 local authorities" in m for m in messages)
    assert all(p.source == str(path) for p in caught.value.problems)


def test_replacement_with_national_rows_is_accepted(tmp_path: Path, geo: Geography) -> None:
    path = _write(tmp_path, _row(
        id="uk-everything", coverage_level="multi_nation", coverage_codes="K02000001",
        topics="finance;cyber;workforce;digital_adoption"))
    merged = load_support_directory(DEFAULT, geo, [path], replace=True)
    assert [o.id for o in merged.organisations] == ["uk-everything"]
    support = merged.for_topic(_la(geo, "Fife"), SupportTopic.CYBER)
    assert support.most_local_scope is Scope.NATIONAL


def test_every_problem_is_reported_with_file_and_row(tmp_path: Path, geo: Geography) -> None:
    path = _write(
        tmp_path,
        _row(id="ok-row"),
        _row(id="Bad Id!", website="hub.example.org"),
        _row(id="wrong-topic", topics="skills;marketing"),
        _row(id="ok-row", coverage_codes="E08000035;X99"),
        _row(id="bad-level", coverage_level="county", verified="maybe"),
        _row(id="phone-flag", phone="", phone_verified="yes", compiled="23/11/2026"),
        _row(id="bad-area", coverage_codes="E08999999"),
    )
    with pytest.raises(SupportDirectoryError) as caught:
        read_directory_file(path, geo)
    error = caught.value
    text = str(error)
    assert text.startswith(f"{path}: 11 problems found")
    by_line: dict[tuple[int | None, str], str] = {}
    for problem in error.problems:
        key = (problem.line, problem.location.split(", column ")[-1])
        by_line[key] = by_line.get(key, "") + problem.message + " | "
    assert all(p.source == str(path) for p in error.problems)
    assert "lower-case letters" in by_line[(3, "id")]
    assert "https://" in by_line[(3, "website")]
    assert "did you mean workforce?" in by_line[(4, "topics")]
    assert "marketing" in by_line[(4, "topics")]
    assert "duplicate id 'ok-row' (first on line 2)" in by_line[(5, "id")]
    assert "X99" in by_line[(5, "coverage_codes")]
    assert "county" in by_line[(6, "coverage_level")]
    assert "maybe" in by_line[(6, "verified")]
    assert "no phone number" in by_line[(7, "phone_verified")]
    assert "23/11/2026" in by_line[(7, "compiled")]
    assert "unknown lad code: E08999999" in by_line[(8, "coverage_codes")]
    assert f"{path}:5: row 4 [ok-row], column id" in text


def test_header_problems_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "hub.csv"
    path.write_text("id,name,kind,websit,topics,topics\n", encoding="utf-8")
    with pytest.raises(SupportDirectoryError) as caught:
        read_directory_file(path)
    text = str(caught.value)
    assert "column websit: unknown column (did you mean 'website'?" in text
    assert "column topics: the column appears more than once" in text
    assert "column coverage_level: required column is missing" in text


@pytest.mark.parametrize(("content", "words"), [
    (b"", "the file is empty"),
    (HEADER.encode() + b"\n", "header but no organisations"),
    (b"\xff\xfe\x00i\x00d", "not UTF-8"),
    (HEADER.encode() + b"\nhub,\x00,x\n", "NUL bytes"),
    (HEADER.encode() + b"\nonly,three,fields\n", "has 3 fields but the header has"),
    (HEADER.encode() + b'\n"unclosed,quote\n', "not valid CSV"),
])
def test_broken_files_get_a_clear_message(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "hub.csv"
    path.write_bytes(content)
    with pytest.raises(SupportDirectoryError) as caught:
        read_directory_file(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_oversized_and_hostile_cells(tmp_path: Path) -> None:
    rows = [_row(id="long-name", name="x" * 5000), _row(id="ctl", name="Hub\x1b[2J"),
            _row(id="formula", website="=HYPERLINK(\"http://evil\")")]
    with pytest.raises(SupportDirectoryError) as caught:
        read_directory_file(_write(tmp_path, *rows))
    messages = " | ".join(p.message for p in caught.value.problems)
    assert "5,000 characters long" in messages
    assert "control characters" in messages
    assert "not a web address" in messages


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    with pytest.raises(SupportDirectoryError, match="the limit is"):
        read_directory_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SupportDirectoryError, match="cannot be read"):
        read_directory_file(tmp_path / "nope.csv")


def test_replaces_must_name_an_existing_row(tmp_path: Path, geo: Geography) -> None:
    path = _write(tmp_path, _row(replaces="gh-no-such-hub"))
    with pytest.raises(SupportDirectoryError, match="no earlier row with id 'gh-no-such-hub'"):
        load_support_directory(DEFAULT, geo, [path])


def test_text_without_geography_checks_code_shapes_only() -> None:
    rows = read_directory_text(f"{HEADER}\n{_row(coverage_codes='E08999999')}\n", "mem.csv")
    assert rows[0].coverage_codes == ("E08999999",)


def _action_ids(directory: SupportDirectory, authority, topic: SupportTopic,
                kinds: tuple[str, ...] = ()) -> list[str]:
    return [m.organisation.id for m in directory.for_topic(authority, topic).for_action(kinds)]


def test_each_action_goes_to_topical_help_before_a_general_line(
        geo: Geography, directory: SupportDirectory) -> None:
    """Issue 14 item 7: the Welsh café's cyber help was Business Wales's general line."""
    carmarthen, leeds = _la(geo, "Carmarthenshire"), _la(geo, "Leeds")
    lisburn, glasgow = _la(geo, "Lisburn and Castlereagh"), _la(geo, "Glasgow City")
    cyber = SupportTopic.CYBER
    assert _action_ids(directory, carmarthen, cyber)[0] == "crc-wales"
    assert "bw-wales" not in _action_ids(directory, carmarthen, cyber)
    assert _action_ids(directory, leeds, cyber)[0] == "crc-north-east-yorkshire"
    assert _action_ids(directory, glasgow, cyber)[0] == "crc-scotland-sbrc"
    assert _action_ids(directory, lisburn, cyber)[0] == "crc-northern-ireland"
    # consulting staff: Acas in Great Britain, the Labour Relations Agency in NI
    staff = SupportTopic.WORKFORCE, ("employment_relations",)
    assert _action_ids(directory, leeds, *staff)[0] == "nat-acas"
    assert _action_ids(directory, carmarthen, *staff)[0] == "nat-acas"
    assert _action_ids(directory, lisburn, *staff)[0] == "nat-lra-ni"
    assert "nat-acas" not in _action_ids(directory, lisburn, *staff)
    # finance: the growth hub or the nation's equivalent, most local first
    finance = SupportTopic.FINANCE
    assert _action_ids(directory, leeds, finance)[0] == "gh-west-yorkshire"
    assert _action_ids(directory, carmarthen, finance)[0] == "bw-south-west-wales"
    assert _action_ids(directory, glasgow, finance)[0] == "bg-glasgow-city"
    assert _action_ids(directory, lisburn, finance)[0] == \
        "ni-council-lisburn-and-castlereagh"
    assert "nat-business-support-helpline" not in _action_ids(directory, leeds, finance)


def test_a_general_helpline_only_when_nothing_topical_exists() -> None:
    from readiness_app.core.support_directory import (
        CoverageLevel,
        Organisation,
        SupportMatch,
        TopicSupport,
        Verification,
    )

    def org(ident: str, kind: str, front_door: bool) -> Organisation:
        return Organisation(ident, ident, kind, CoverageLevel.NATION, ("W92000004",),
                            "https://example.org", frozenset({SupportTopic.CYBER}),
                            Verification.YES, "s", dt.date(2026, 1, 1), front_door=front_door)

    line = SupportMatch(org("general-line", "business_wales", True), Scope.LOCAL)
    police = SupportMatch(org("police", "national", False), Scope.NATIONAL)
    crc = SupportMatch(org("crc", "cyber_resilience_centre", False), Scope.NATIONAL)
    support = TopicSupport(SupportTopic.CYBER, (line, police, crc))
    assert [m.organisation.id for m in support.for_action()] == ["crc", "police"]
    alone = TopicSupport(SupportTopic.CYBER, (line,))
    assert [m.organisation.id for m in alone.for_action()] == ["general-line"]
