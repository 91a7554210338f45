"""`readiness-app support`, run as a user would: real postcodes, JSON shape, clear errors."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from readiness_app.cli import main
from readiness_app.cli import support as support_cli
from readiness_app.core.support_directory import COLUMNS

ROOT = Path(__file__).parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["support", *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _all_organisations(report: dict[str, Any]) -> list[dict[str, Any]]:
    orgs = list(report["business_support"])
    for listed in report["topics"].values():
        orgs.extend(listed)
    return orgs


@pytest.mark.parametrize(
    ("postcode", "normal", "code", "name", "region", "nation"),
    [
        ("LS1 4AP", "LS1 4AP", "E08000035", "Leeds", "Yorkshire and The Humber", "England"),
        ("cf101ep", "CF10 1EP", "W06000015", "Cardiff", "Wales", "Wales"),
        ("EH1 1YZ", "EH1 1YZ", "S12000036", "City of Edinburgh", "Scotland", "Scotland"),
        ("bt1 5gs", "BT1 5GS", "N09000003", "Belfast", "Northern Ireland", "Northern Ireland"),
    ],
)
def test_json_for_all_four_nations(capsys: pytest.CaptureFixture[str], postcode: str,
                                   normal: str, code: str, name: str, region: str,
                                   nation: str) -> None:
    report = run_json(capsys, postcode)
    assert report["query"] == postcode
    assert report["postcode"] == normal
    assert report["local_authority"] == {"code": code, "name": name}
    assert report["region"]["name"] == region
    assert report["nation"]["name"] == nation
    assert report["match"]["method"] == "postcode" and report["match"]["exact"]
    assert set(report["topics"]) == {"finance", "cyber", "workforce", "digital_adoption"}
    for organisations in report["topics"].values():
        assert organisations
        for org in organisations:
            assert {"id", "name", "kind", "website", "phone"} <= set(org)
    assert report["business_support"]
    assert any("Office for National Statistics" in line for line in report["attribution"])


def test_split_district_lists_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "SY10")
    assert report["postcode"] == "SY10"
    assert report["match"]["method"] == "district"
    assert report["match"]["needs_confirmation"] and report["match"]["straddles"]
    assert [c["name"] for c in report["candidates"]] == ["Shropshire", "Powys", "Wrexham"]
    assert sum(c["share"] for c in report["candidates"]) == pytest.approx(1.0, abs=1e-3)
    code, out, _ = run(capsys, "SY10")
    assert code == 0
    assert "Powys (W06000023)" in out and "--authority" in out


def test_authority_confirms_a_split_district(capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "SY10", "--authority", "Powys")
    assert report["local_authority"]["name"] == "Powys"
    assert report["nation"]["name"] == "Wales"
    assert report["match"]["method"] == "authority_name"
    assert not report["match"]["needs_confirmation"]
    ids = [o["id"] for o in report["business_support"]]
    assert ids[0] == "bw-mid-wales"


def test_authority_without_postcode(capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(capsys, "--authority", "brighton & hove", "--topic", "cyber")
    assert report["postcode"] is None
    assert report["local_authority"]["name"] == "Brighton and Hove"
    assert list(report["topics"]) == ["cyber"]
    assert report["topics"]["cyber"][0]["id"] == "crc-south-east"


def test_unchecked_phones_never_appear_as_phone(capsys: pytest.CaptureFixture[str]) -> None:
    seen_unchecked = False
    for place in ["Lancaster", "Fife", "Belfast", "Cardiff", "Leeds"]:
        report = run_json(capsys, "--authority", place)
        for org in _all_organisations(report):
            if org["phone"] is not None:
                assert org["phone_verified"] is True
                assert org["unverified_phone"] is None
            else:
                assert org["phone_verified"] is False
            seen_unchecked |= org["unverified_phone"] is not None
    assert seen_unchecked  # the data has unchecked numbers, and they stayed out of "phone"
    code, out, _ = run(capsys, "--authority", "Lancaster", "--topic", "finance")
    assert code == 0
    assert "Phone (not checked): 0800 488 0057" in out


def test_report_fraud_not_action_fraud(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "LS1 4AP", "--topic", "cyber")
    assert code == 0
    assert "Report Fraud" in out and "https://www.reportfraud.police.uk" in out
    assert "actionfraud" not in out
    scotland = run_json(capsys, "EH1 1YZ", "--topic", "cyber")
    ids = [o["id"] for o in scotland["topics"]["cyber"]]
    assert "nat-police-scotland" in ids and "nat-report-fraud" not in ids


def test_directory_date_and_staleness(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(support_cli, "_today", lambda: dt.date(2026, 12, 1))
    report = run_json(capsys, "M1")
    assert report["directory"]["date"] == "2026-11-23"
    assert not report["directory"]["stale"] and report["directory"]["warnings"] == []
    monkeypatch.setattr(support_cli, "_today", lambda: dt.date(2028, 1, 1))
    report = run_json(capsys, "M1")
    assert report["directory"]["stale"]
    assert "more than 12 months" in report["directory"]["warnings"][0]
    code, out, _ = run(capsys, "M1")
    assert code == 0 and "WARNING:" in out and "dated 2026-11-23" in out


@pytest.mark.parametrize(("args", "words"), [
    (["XX1 1AA"], "'XX' is not one"),
    (["GY1 1AA"], "Guernsey"),
    (["IM1 1AE"], "Isle of Man"),
    (["BFPO 1234"], "BFPO"),
    (["'; DROP TABLE x;--"], "only letters, digits"),
    (["A" * 100_000], "100,000 characters"),
    (["LS1\x07 4AP"], "control character U+0007"),
    (["LE99 1AA"], "non-geographic"),
    (["--authority", "Atlantis"], "no local authority matches 'Atlantis'"),
    (["SY10", "--authority", "Leeds"], "SY10 is not in Leeds"),
])
def test_bad_input_exits_1_with_a_message(capsys: pytest.CaptureFixture[str], args: list[str],
                                          words: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1
    assert out == ""
    assert err.startswith("readiness-app: ") and words in err
    assert "Traceback" not in err and len(err) < 400


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys)[0] == 2
    assert run(capsys, "M1", "--topic", "marketing")[0] == 2
    assert run(capsys, "M1", "--replace-default")[0] == 2


def test_growth_hub_directory_extends_default(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    row = {c: "" for c in COLUMNS}
    row.update(id="leeds-hub", name="Leeds Business Hub", kind="growth_hub",
               coverage_level="lad", coverage_codes="E08000035", website="https://example.org",
               topics="finance", verified="yes", source="own records", source_date="2026-11",
               compiled="2026-11-20", front_door="yes", phone="0113 111 2222",
               phone_verified="no")
    path = tmp_path / "hub.csv"
    path.write_text(",".join(COLUMNS) + "\n" + ",".join(row[c] for c in COLUMNS) + "\n",
                    encoding="utf-8")
    report = run_json(capsys, "LS1 4AP", "--directory", str(path))
    first = report["topics"]["finance"][0]
    assert first["id"] == "leeds-hub"
    assert first["phone"] is None and first["unverified_phone"] == "0113 111 2222"
    assert report["directory"]["date"] == "2026-11-20"
    assert [f["mode"] for f in report["directory"]["files"]] == ["default", "extend"]


def test_bad_growth_hub_directory_lists_every_problem(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    path = tmp_path / "hub.csv"
    blank = {c: "" for c in COLUMNS}
    bad = {**blank, "id": "Bad Id", "kind": "nowhere", "coverage_level": "lad",
           "coverage_codes": "E08000035"}
    incomplete = {**blank, "id": "ok-id", "name": "Name", "kind": "growth_hub",
                  "coverage_level": "lad", "coverage_codes": "E08000035"}
    path.write_text("\n".join(",".join(r[c] for c in COLUMNS) for r in [
        dict(zip(COLUMNS, COLUMNS, strict=True)), bad, incomplete]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "LS1", "--directory", str(path))
    assert code == 1 and out == ""
    assert f"{path}: " in err and "problems found" in err
    assert f"{path}:2: row 1, column id" in err
    assert f"{path}:3: row 2 [ok-id], column website" in err


def test_installed_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from readiness_app.cli import main; "
                               "sys.exit(main(['support', 'LS1 4AP', '--json']))"],
        capture_output=True, text=True, cwd=tmp_path, check=False, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["local_authority"]["name"] == "Leeds"
    assert str(ROOT) not in result.stderr
