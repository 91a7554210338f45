"""The command line in Welsh (issue 20): with ``--language cy`` the library commands (`list`,
`export`, `trash`, `restore`, `recover`), `support`, `cohort`, `share-anonymised`, `pool` and
the library database's errors print no English text of the code's catalogue; English by
default. Names, ids, numbers, file names and command-line options stay as they are."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.services.language import messages

ROOT = Path(__file__).parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.readiness"))
WELSH_FIRM = "Becws Tŷ Melyn Cyf"

pytestmark = pytest.mark.usefixtures("data_dir")  # tests/conftest.py: never the user's folder


def english_sources() -> list[str]:
    """The catalogue's English texts whose Welsh differs, cut at their ``{fields}`` into the
    pieces a printed line would hold word for word (pieces of at least two words)."""
    catalogue = messages("cy")._translations._catalog  # type: ignore[attr-defined]
    pieces: set[str] = set()
    for key, welsh in catalogue.items():
        english = key[0] if isinstance(key, tuple) else key
        if not english or "\x04" in english or english == welsh:
            continue
        for piece in re.split(r"\{[^}]*\}", english):
            piece = piece.strip(" .,:;()'\"-")
            if len(piece) >= 8 and " " in piece:
                pieces.add(piece)
    return sorted(pieces, key=len, reverse=True)


ENGLISH = english_sources()


def english_left(text: str) -> list[str]:
    """The catalogue's English pieces found in ``text``; an organisation's own name (the
    ``  * NAME [`` of `support`) is allowed: many have no Welsh form."""
    text = re.sub(r"(?m)^  \* .*? \[", "  * [", text)
    return [piece for piece in ENGLISH if piece in text]


def run(capsys, *args: str) -> tuple[int, str]:
    """Run a command; its exit code and everything it printed (standard output and error)."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def library(capsys, data_dir: Path) -> Path:
    """A library with the four example firms (one in Wales)."""
    assert main(["--data-dir", str(data_dir), "import", *map(str, EXAMPLES)]) == 0
    capsys.readouterr()
    return data_dir


def first_id(capsys, data_dir: Path, firm: str) -> str:
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["assessments"]
    return next(r["id"] for r in rows if r["firm"]["name"] == firm)[:8]


def test_the_check_finds_english_left_behind() -> None:
    assert "in the library" in " ".join(english_left("1-4 of 4 in the library"))
    assert english_left("1-4 o 4 yn y llyfrgell") == []


def test_list_in_welsh_and_english_by_default(capsys, library: Path) -> None:
    code, text = run(capsys, "--data-dir", str(library), "list", "--language", "cy")
    assert code == 0 and english_left(text) == []
    head = text.splitlines()[0].split()
    assert head[:4] == ["Id", "Busnes", "Sector", "Awdurdod"] and "Statws" in head
    assert "Sir Gaerfyrddin" in text and "Carmarthenshire" not in text
    assert "Ar y gweill" in text and "Wedi'i gwblhau" in text and "Uwch" in text
    assert "1-4 o 4 yn y llyfrgell" in text
    code, text = run(capsys, "--data-dir", str(library), "list", "--search", "nothing-here",
                     "--language", "cy")
    assert code == 0 and "Does dim asesiadau yn y llyfrgell yn cyfateb." in text
    code, text = run(capsys, "--data-dir", str(library), "list", "--page", "9",
                     "--limit", "2", "--language", "cy")
    assert "Mae tudalen 9 y tu hwnt i'r diwedd" in text and english_left(text) == []
    code, text = run(capsys, "--data-dir", str(library), "list", "--limit", "2",
                     "--language", "cy")
    assert "Rhagor: ychwanegwch --page 2" in text and english_left(text) == []
    code, text = run(capsys, "--data-dir", str(library), "list", "--limit", "2")
    assert "Firm" in text and "Carmarthenshire" in text and "More: add --page 2" in text
    assert "In progress" in text and "Advanced" in text


def test_trash_restore_and_export_in_welsh(capsys, library: Path, tmp_path: Path) -> None:
    folder = str(library)
    bakery = first_id(capsys, library, WELSH_FIRM)
    code, text = run(capsys, "--data-dir", folder, "trash", bakery, "--language", "cy")
    assert code == 0 and f"Symudwyd i'r bin sbwriel: {bakery}" in text
    code, text = run(capsys, "--data-dir", folder, "trash", "--language", "cy")
    assert code == 0 and WELSH_FIRM in text and english_left(text) == []
    code, text = run(capsys, "--data-dir", folder, "restore", bakery, "nosuchid",
                     "--language", "cy")
    assert code == 1 and f"Adferwyd: {bakery}" in text
    code, text = run(capsys, "--data-dir", folder, "trash", "--language", "cy")
    assert "Mae'r bin sbwriel yn wag." in text
    code, text = run(capsys, "--data-dir", folder, "export", bakery, str(tmp_path / "b"),
                     "--scrub", "--language", "cy")
    assert code == 0 and "Allforiwyd i" in text and "(yn ddienw)" in text
    assert english_left(text) == []
    code, text = run(capsys, "--data-dir", folder, "export", "--all", str(tmp_path / "all"),
                     "--language", "cy")
    assert code == 0 and "Allforiwyd 4 asesiad i" in text and "heb nodiadau preifat" in text
    code, text = run(capsys, "--data-dir", folder, "export", bakery, str(tmp_path / "c"),
                     "--all", "--language", "cy")
    assert code == 2 and "rhowch naill ai ID asesiad neu --all" in text
    code, text = run(capsys, "--data-dir", folder, "trash", "--empty", "--language", "cy")
    assert code == 0 and "Dilëwyd 0 asesiad o'r bin sbwriel am byth" in text
    code, text = run(capsys, "--data-dir", folder, "trash", bakery)
    assert f"Moved to the trash: {bakery}" in text


def test_recover_in_welsh(capsys, library: Path, tmp_path: Path) -> None:
    code, text = run(capsys, "--data-dir", str(library), "recover", "-o",
                     str(tmp_path / "rescued"), "--language", "cy")
    assert code == 0 and "Adferwyd 4 o 4 asesiad o" in text
    assert "Defnyddiwch hi gyda: readiness-app --data-dir" in text
    assert english_left(text) == []


def test_support_in_welsh_names_places_and_organisations(capsys) -> None:
    code, text = run(capsys, "support", "SA31 1AA", "--language", "cy")
    assert code == 0 and english_left(text) == []
    assert "Awdurdod lleol: Sir Gaerfyrddin (W06000010)" in text
    assert "Wedi'i ganfod: Sir Gaerfyrddin, Cymru." in text
    assert "Busnes Cymru" in text and "Canolfan Seibergadernid Cymru" in text
    assert "Cymorth busnes cyffredinol" in text and "Cyllid a buddsoddi" in text
    assert "Wales Cyber Resilience Centre" not in text
    code, text = run(capsys, "support", "SY10", "--language", "cy")
    assert code == 0 and english_left(text) == []
    assert "Wrecsam (W06000006): llai nag 1% o'i chodau post" in text
    code, text = run(capsys, "support", "CF99 9ZZ", "--language", "cy")
    assert code == 0 and "Heb ei ganfod: nid yw CF99 9ZZ yn y data codau post" in text
    assert english_left(text) == []
    code, text = run(capsys, "support", "SA31 1AA")
    assert "Local authority: Carmarthenshire (W06000010)" in text
    assert "Found: Carmarthenshire, Wales." in text and "Business Wales" in text


def test_support_usage_errors_in_welsh(capsys) -> None:
    code, text = run(capsys, "support", "--language", "cy")
    assert code == 2 and "rhowch GOD POST neu --authority NAME" in text


@pytest.mark.parametrize(("postcode", "welsh", "english"), [
    ("ZZ1 1AA", "nid yw 'ZZ1' yn dechrau gydag ardal cod post yn y DU (nid yw 'ZZ' yn un)",
     "'ZZ1' does not start with a UK postcode area ('ZZ' is not one)"),
    ("GY1 1AA", "mae codau post GY yn Guernsey (Channel Islands), Dibyniaeth y Goron",
     "GY postcodes are in Guernsey (Channel Islands), a Crown Dependency"),
    ("1234", "digidau yn unig yw '1234'", "'1234' is only digits"),
    ("SW1A OAA", "ai SW1A 0AA (gyda sero) oedd gennych chi?", "did you mean SW1A 0AA"),
    ("SW1A 1OA", "mae'r rhan olaf '1OA' yn defnyddio'r llythyren O",
     "the last part '1OA' uses the letter O"),
])
def test_a_postcode_that_places_nothing_is_explained_in_welsh(capsys, postcode: str,
                                                              welsh: str, english: str) -> None:
    outside = postcode.startswith("GY")  # a place, but not in the UK: never "not recognised"
    code, text = run(capsys, "support", postcode, "--language", "cy")
    lead = "Y tu allan i'r DU: " if outside else "Heb ei adnabod: "
    assert code == 1 and f"readiness-app: {lead}" in text and welsh in text
    assert english_left(text) == [] and "Traceback" not in text
    code, text = run(capsys, "support", postcode)
    lead = "Outside the UK: " if outside else "Not recognised: "
    assert code == 1 and f"readiness-app: {lead}" in text and english in text


def test_cohort_share_and_pool_in_welsh(capsys, library: Path, tmp_path: Path) -> None:
    folder = str(library)
    code, text = run(capsys, "--data-dir", folder, "cohort", "--csv", str(tmp_path / "csv"),
                     "--language", "cy")
    assert code == 0 and "ffeil CSV i" in text and "4 asesiad o 4 busnes" in text
    assert english_left(text) == []
    share = tmp_path / "share.json"
    code, text = run(capsys, "--data-dir", folder, "share-anonymised", "--all", "-o",
                     str(share), "--language", "cy")
    assert code == 0 and "Busnesau i'w rhannu: 4." in text and f"Ysgrifennwyd {share}" in text
    assert "bylchau critigol:" in text and english_left(text) == []
    code, text = run(capsys, "--data-dir", folder, "share-anonymised", "--all", "--dry-run",
                     "--language", "cy")
    assert code == 0 and "Ni ysgrifennwyd dim (--dry-run)." in text
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, text = run(capsys, "pool", str(share), str(share), str(bad), "--xlsx",
                     str(tmp_path / "hub.xlsx"), "--language", "cy")
    assert code == 1 and "gadawyd allan" in text and "busnes o 1 ffeil" in text
    assert "rhoddwyd yr un ffeil ddwywaith" in text and english_left(text) == []
    code, text = run(capsys, "--data-dir", folder, "share-anonymised", "--all", "--dry-run")
    assert "4 firms to share" in text and "Nothing written (--dry-run)." in text


def _library_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "library.sqlite3"


def test_library_database_errors_in_welsh(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    _library_file(empty).write_bytes(b"")
    code, text = run(capsys, "--data-dir", str(empty), "list", "--language", "cy")
    assert code == 1 and "Traceback" not in text
    assert "mae ffeil y llyfrgell yn wag (0 beit)" in text and english_left(text) == []
    assert str(empty / "library.sqlite3") in text
    other = tmp_path / "other"
    with sqlite3.connect(_library_file(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, text = run(capsys, "--data-dir", str(other), "trash", "--language", "cy")
    assert code == 1 and "cronfa ddata yw hon, ond nid llyfrgell asesiadau" in text
    assert english_left(text) == []
    code, text = run(capsys, "--data-dir", str(other), "trash")
    assert "this is a database, but not an assessment library" in text


def test_a_library_from_a_newer_app_is_explained_in_welsh(capsys, library: Path) -> None:
    with sqlite3.connect(library / "library.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 999")
    code, text = run(capsys, "--data-dir", str(library), "list", "--language", "cy")
    assert code == 1 and "fformat llyfrgell 999" in text and "Diweddarwch yr ap" in text
    assert english_left(text) == []


def test_import_points_out_the_same_firm_in_welsh(capsys, data_dir: Path,
                                                  tmp_path: Path) -> None:
    bakery = next(p for p in EXAMPLES if "wales" in p.name)
    assert main(["--data-dir", str(data_dir), "import", str(bakery)]) == 0
    data = json.loads(bakery.read_text(encoding="utf-8"))
    data["assessment"]["id"] = "9a8b7c6d5e4f40318293a4b5c6d7e8f9"
    later = tmp_path / "later.readiness"
    later.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    code, text = run(capsys, "--data-dir", str(data_dir), "import", str(later),
                     "--language", "cy")
    assert code == 0 and "mae'r busnes hwn yn y llyfrgell eisoes" in text
    assert f"'{WELSH_FIRM}'" in text and "--same-firm new-visit" in text
    assert english_left(text) == []
