"""The adviser's day on the command line: a firm re-assessed after six months, its actions
marked, the two visits compared (text and JSON), and shared scrubbed or with a password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import CAFE
from tests.helpers import run_cli as run

CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
LATER_ID = "9a8b7c6d5e4f40318293a4b5c6d7e8f9"

pytestmark = pytest.mark.usefixtures("data_dir")  # tests/conftest.py: never the user's folder


def _six_months_later(folder: Path) -> Path:
    """The café's second visit: backups now tested, two-step on for everyone."""
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    visit = data["assessment"]
    visit["id"] = LATER_ID
    visit["created_at"] = "2027-05-03T10:00:00+00:00"
    visit["updated_at"] = "2027-05-03T10:30:00+00:00"
    for answer in visit["answers"]:
        if answer["question"] == "cyber.backups":
            answer["value"] = "tested"
        if answer["question"] == "cyber.two_step":
            answer["value"] = "all"
        answer["answered_at"] = "2027-05-03T10:10:00+00:00"
    path = folder / "later.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_firm_re_assessed_after_six_months(capsys, data_dir: Path, tmp_path: Path) -> None:
    later = _six_months_later(tmp_path)
    assert run(capsys, data_dir, "import", str(CAFE), str(later))[0] == 0
    # between the visits the owner set up backups and started two-step sign-in
    code, out, _ = run(capsys, data_dir, "action", CAFE_ID[:8], "set-up-backups",
                       "--status", "done", "--who", "Owner", "--note", "Weekly, tested",
                       "--date", "2027-01-15")
    assert code == 0 and "set-up-backups is now done" in out
    code, out, _ = run(capsys, data_dir, "action", CAFE_ID[:8], "set-up-backups",
                       "--status", "done", "--who", "Owner", "--note", "Weekly, tested",
                       "--date", "2027-01-15", "--language", "cy")
    assert code == 0 and "mae set-up-backups bellach yn y cyflwr hwn: wedi'i wneud" in out
    code, out, _ = run(capsys, data_dir, "action", CAFE_ID[:8], "switch-on-two-step",
                       "--status", "in_progress", "--json")
    assert code == 0 and json.loads(out)["status"] == "in_progress"
    code, _, err = run(capsys, data_dir, "action", CAFE_ID[:8], "no-such-action",
                       "--status", "done")
    assert code == 1 and "has no action 'no-such-action'" in err and "set-up-backups" in err

    code, out, _ = run(capsys, data_dir, "compare", CAFE_ID[:8], LATER_ID[:8], "--json")
    assert code == 0
    result = json.loads(out)
    assert result["old"]["date"].startswith("2026-11-02")
    assert result["new"]["date"].startswith("2027-05-03")
    overall = result["overall"]
    assert overall["after"] > overall["before"] and overall["change"] > 0
    cyber = next(a for a in result["areas"] if a["area"] == "cyber")
    assert cyber["after"] > cyber["before"]
    investment = next(a for a in result["areas"] if a["area"] == "investment")
    assert investment["change"] == 0
    moved = {m["question"]: m for m in result["moved"]}
    assert set(moved) == {"cyber.backups", "cyber.two_step"}
    assert moved["cyber.backups"]["direction"] == "up"
    assert moved["cyber.backups"]["before"] == "Someone copies files now and then"
    counts = result["actions"]["counts"]
    assert counts["done"] == 1 and counts["in_progress"] == 1 and counts["not_started"] >= 5
    done = next(a for a in result["actions"]["items"] if a["status"] == "done")
    assert (done["action"], done["who"], done["at"][:10]) == ("set-up-backups", "Owner",
                                                              "2027-01-15")

    # the same from files (a file and an id mixed), as text
    code, out, _ = run(capsys, data_dir, "compare", str(CAFE), str(later))
    assert code == 0
    assert "Harbour Café Ltd: 2026-11-02 -> 2027-05-03" in out
    assert "Questions that moved: 2" in out and "Better" in out
    assert "Actions of the earlier plan: 0 done" in out  # the file has no tracking
    code, out, _ = run(capsys, data_dir, "compare", CAFE_ID[:8], str(later))
    assert code == 0 and "1 done, 1 in progress" in out

    # in Welsh: the headings, the directions and the questions themselves
    code, out, _ = run(capsys, data_dir, "compare", CAFE_ID[:8], str(later), "--language", "cy")
    assert code == 0
    assert "Cwestiynau a newidiodd: 2" in out and "Gwell" in out
    assert "Yn gyffredinol:" in out and "ar y gweill: 1" in out
    assert not any(english in out for english in (
        "Questions that moved", "Overall", "Better", "Actions of the earlier plan",
        "in progress", "not answered"))


def test_compare_names_what_it_cannot_find(capsys, data_dir: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    code, _, err = run(capsys, data_dir, "compare", CAFE_ID[:8], "ffffffff")
    assert code == 1 and "no assessment has the id" in err and "Traceback" not in err


def test_shared_copies_from_the_command_line(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    code, out, _ = run(capsys, data_dir, "export", CAFE_ID[:8], str(tmp_path / "s.readiness"),
                       "--scrub")
    assert code == 0 and "(anonymised)" in out
    text = (tmp_path / "s.readiness").read_text(encoding="utf-8")
    assert "Harbour" not in text and '"postcode": "PL1"' in text and CAFE_ID not in text

    password = tmp_path / "password.txt"
    password.write_text("a long passphrase\n", encoding="utf-8")
    code, out, _ = run(capsys, data_dir, "export", CAFE_ID[:8], str(tmp_path),
                       "--password-file", str(password))
    assert code == 0 and "password-protected" in out
    (locked,) = tmp_path.glob("*.readiness-encrypted")
    other = tmp_path / "other-library"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    code, _, err = run(capsys, other, "import", str(locked), "--password-file", str(wrong))
    assert code == 1 and f"{locked}: could not be opened: the password is wrong" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, other, "import", str(locked))
    assert code == 1 and "is password-protected" in err
    code, out, _ = run(capsys, other, "import", str(locked), "--password-file", str(password))
    assert code == 0 and "imported 'Harbour Café Ltd'" in out
    code, _, err = run(capsys, other, "export", CAFE_ID[:8], str(tmp_path / "x.readiness"),
                       "--password-file", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: cannot read the password file" in err


def test_list_one_row_per_firm_with_change_and_exact_districts(capsys, data_dir: Path,
                                                               tmp_path: Path) -> None:
    from readiness_app.services.library import open_library

    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["id"] = "11112222333344445555666677778888"
    data["assessment"]["firm"].update(name="Kirkgate Bakery", postcode="LS11 5AA")
    bakery = tmp_path / "bakery.readiness"
    bakery.write_text(json.dumps(data), encoding="utf-8")
    data["assessment"]["id"] = "99990000aaaabbbbccccddddeeeeffff"
    data["assessment"]["firm"].update(name="Briggate Books", postcode="LS1 4AP")
    books = tmp_path / "books.readiness"
    books.write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, data_dir, "import", str(CAFE), str(bakery), str(books))[0] == 0
    with open_library(data_dir) as library:  # the café's second visit, linked to the first
        second = library.copy_for_reassessment(CAFE_ID)
        library.save_answer(second.id, "cyber.backups", "tested")
    code, out, _ = run(capsys, data_dir, "list", "--json", "--latest-per-firm")
    rows = json.loads(out)["assessments"]
    assert code == 0 and len(rows) == 3  # one row per firm
    cafe = next(r for r in rows if r["firm"]["name"] == "Harbour Café Ltd")
    assert cafe["id"] == second.id and cafe["change_since_previous"] > 0
    assert json.loads(run(capsys, data_dir, "list", "--json")[1])["total"] == 4
    code, out, _ = run(capsys, data_dir, "list", "--latest-per-firm")
    assert "Change" in out and "+" in out

    def firms(search: str) -> list[str]:
        found = json.loads(run(capsys, data_dir, "list", "--json", "--search", search)[1])
        return sorted(r["firm"]["name"] for r in found["assessments"])

    assert firms("LS1") == ["Briggate Books"]  # not LS11
    assert firms("ls11") == ["Kirkgate Bakery"]
    assert firms("ls1 4ap") == ["Briggate Books"]
    code, out, _ = run(capsys, data_dir, "list", "--json", "--changed-from", "2099-01-01")
    assert json.loads(out)["total"] == 0
    code, _, err = run(capsys, data_dir, "list", "--changed-from", "last week")
    assert code == 2 and "YYYY-MM-DD" in err
