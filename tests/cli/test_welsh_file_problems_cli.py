"""Problems with a user's file in Welsh (issue 20, the last English): with ``--language cy``
a broken support directory CSV (`validate`, `support --directory`, `report --directory`),
a damaged password-protected file and answers that do not fit their questions are explained
in Welsh, naming the file and the place in it as they are; no English text of the code's
catalogue is left. English by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.storage.sealed import MAGIC, seal

from .test_welsh_cli import english_left

pytestmark = pytest.mark.usefixtures("data_dir")  # tests/conftest.py: never the user's folder

DATA = Path(__file__).parents[1] / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"
HEADER = (
    "id,name,kind,coverage_level,coverage_codes,coverage_names,website,phone,"
    "phone_verified,email,topics,front_door,verified,source,source_date,compiled,replaces"
)
GOOD = (
    "hub-good,Good Hub,growth_hub,lad,W06000010,,https://hub.example,,,,finance,no,"
    "partial,hub,,2026-11-01,"
)
#: One row per kind of problem a row can have (each column's own check).
BAD_ROWS = [
    "Bad Id,Name,growth_hub,lad,W06000010,,https://a.example,,,,finance,no,partial,s,,"
    "2026-11-01,",  # the id's shape
    "hub-a,,growth_hub,lad,W06000010,,https://a.example,,,,finance,no,partial,s,,2026-11-01,",
    "hub-b,B,growth_hubb,lad,W06000010,,https://a.example,,,,finance,no,partial,s,,2026-11-01,",
    "hub-c,C,growth_hub,county,W06000010,,https://a.example,,,,finance,no,partial,s,,2026-11-01,",
    "hub-d,D,growth_hub,lad,X1;W06000010;W06000010,a;b,www.a.example,12ab,yes,nobody,"
    "skills;general_business;cyberr,maybe,perhaps,s,2025-13,26-11-2026,Bad Id",
    "hub-e,E,growth_hub,lad,W06999999,,https://a.example,,yes,,,no,yes,s,,3001-01-01,",
    "hub-f,F\u200b,growth_hub,lad,,,https://a.example,,,,finance,no,partial,s,,2026-11-01,",
    "hub-a,A again,growth_hub,nation,E92000001,,https://a.example,,,,finance,no,partial,s,,"
    "2026-11-01,",
    "hub-g,G,growth_hub,lad,W06000010,,https://a.example,,,,finance,no,partial,s,,2026-11-01",
    "hub-h,H,growth_hub,lad,W06000010,,https://a.example,,,,finance,no,partial,s,,"
    "2026-11-01,gone-row",
]
#: Files broken as a whole, each stopping before its rows are read.
WHOLE_FILE = {
    "not-utf8": b"id,name\n\xff\xfe\n",
    "nul": b"id,name\n\x00\n",
    "empty": b"\n",
    "header-only": (HEADER + "\n").encode(),
    "bad-header": b"id,name,kindd,name,coverage_level\nx,y,z,w,v\n",
    "bad-quote": (HEADER + '\n"unclosed,' + GOOD + "\n").encode(),
}


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _english(text: str, path: Path) -> list[str]:
    """English catalogue texts left, the places in the file ("row 2 [hub-b], column kind",
    "header") and the CSV's own values (yes, no, front_door) taken out first."""
    return english_left(text.replace(str(path), "FILE"))


def _bad_rows(tmp_path: Path) -> Path:
    path = tmp_path / "hub-rows.csv"
    path.write_text("\n".join([HEADER, GOOD, *BAD_ROWS]) + "\n", encoding="utf-8")
    return path


def test_every_row_problem_of_a_directory_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    path = _bad_rows(tmp_path)
    code, out = run(capsys, "validate", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in out
    assert f"{path}: problemau a ganfuwyd: " in out
    welsh = [  # one of each kind, the place in the file in English as it is
        f"{path}:3: row 2, column id: rhaid iddo fod yn 2 i 63 nod",
        f"{path}:4: row 3 [hub-a], column name: mae gwerth gofynnol ar goll",
        "column kind: math anhysbys 'growth_hubb' (ai 'growth_hub' oedd gennych chi?)",
        "column coverage_level: lefel anhysbys 'county'; defnyddiwch un o lad, region",
        "column coverage_codes: X1: nid yw'n god lad (disgwylir codau fel",
        "column coverage_codes: wedi'u rhestru ddwywaith: W06000010",
        "column coverage_names: enwau: 2, codau: 3;",
        "column website: nid yw 'www.a.example' yn gyfeiriad gwe",
        "column phone: nid yw '12ab' yn rhif ffôn",
        "column email: nid yw 'nobody' yn gyfeiriad e-bost",
        "column topics: pwnc anhysbys 'skills' (y pynciau yw finance, cyber, workforce, "
        "digital_adoption); ai workforce oedd gennych chi?",
        "; ar gyfer gwasanaeth cymorth busnes cyffredinol gosodwch front_door i yes",
        "(ai 'cyber' oedd gennych chi?)",
        "column front_door: rhaid iddo fod yn yes neu no, nid 'maybe'",
        "column verified: rhaid iddo fod yn yes, partial neu no, nid 'perhaps'",
        "column source_date: nid yw '2025-13' yn ddyddiad fel 2025, 2025-06 neu 2025-06-30",
        "column compiled: nid yw '26-11-2026' yn ddyddiad fel 2026-11-23",
        "column replaces: nid yw 'Bad Id' yn id dilys",
        "column coverage_codes: cod lad anhysbys: W06999999",
        "column phone_verified: mae'n yes ond nid oes rhif ffôn",
        "column topics: rhowch o leiaf un pwnc (finance, cyber, workforce, digital_adoption) "
        "neu gosodwch front_door i yes",
        "column source_date: mae angen dyddiad ei ffynhonnell ar res sydd wedi'i marcio "
        "verified=yes",
        "column compiled: mae 3001-01-01 y tu allan i'r dyddiadau y mae'r ap hwn yn eu derbyn "
        "(1970 i 2200)",
        "column name: mae'n cynnwys nod anweladwy (U+200B)",
        "column coverage_codes: rhowch o leiaf un cod ardal ONS",
        "column id: id dyblyg 'hub-a' (gyntaf ar linell 4)",
        "row 10: mae ganddi 16 maes ond mae gan y pennawd 17",
        "Ffeiliau a fethodd y gwiriad: 1 o 1.",
    ]
    assert [w for w in welsh if w not in out] == []
    assert _english(out, path) == []
    code, out = run(capsys, "validate", str(path))
    assert (
        code == 1
        and "column kind: unknown kind 'growth_hubb' (did you mean 'growth_hub'?)" in out
        and "1 of 1 file(s) failed validation." in out
    )


@pytest.mark.parametrize("kind", sorted(WHOLE_FILE))
def test_a_directory_broken_as_a_whole_is_explained_in_welsh(
    capsys, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(WHOLE_FILE[kind])
    welsh = {
        "not-utf8": f"{path}: nid yw'n destun UTF-8 (beit gwallus yn safle 8); cadwch hi fel "
        "'CSV UTF-8'",
        "nul": f"{path}: mae'n cynnwys beitiau NUL; nid yw'n ffeil CSV testun",
        "empty": f"{path}:1: mae'r ffeil yn wag; rhaid i'r llinell gyntaf enwi'r colofnau "
        "(gweler docs/support-directory.md)",
        "header-only": f"{path}:1: mae gan y ffeil linell bennawd ond dim sefydliadau",
        "bad-header": "header, column kindd: colofn anhysbys (ai 'kind' oedd gennych chi?)",
        "bad-quote": "line 2: nid yw'n CSV dilys (",
    }[kind]
    for command in (
        ["validate", str(path)],
        ["support", "--authority", "Carmarthenshire", "--directory", str(path)],
        ["report", str(CAFE), "--directory", str(path), "-o", str(tmp_path / "plan.pdf")],
    ):
        code, out = run(capsys, *command, "--language", "cy")
        assert code == 1 and "Traceback" not in out, command
        assert welsh in out and _english(out, path) == [], (command, out)
    if kind == "bad-header":
        assert "header, column name: mae'r golofn yn ymddangos fwy nag unwaith" in out
        assert "header, column topics: mae colofn ofynnol ar goll" in out
    code, out = run(capsys, "validate", str(path))
    assert code == 1 and _english(out, path) != []  # English by default


def test_a_directory_that_leaves_places_without_help_is_explained_in_welsh(
    capsys, tmp_path: Path
) -> None:
    path = tmp_path / "only-wales.csv"
    path.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    code, out = run(
        capsys,
        "support",
        "--authority",
        "Carmarthenshire",
        "--directory",
        str(path),
        "--replace-default",
        "--language",
        "cy",
    )
    assert code == 1 and "Traceback" not in out
    assert f"{path}: coverage: nid oes sefydliad yn cwmpasu'r pwnc 'cyber' mewn " in out
    assert " arall" in out and "nid oes sefydliad yn ddrws ffrynt cymorth busnes mewn " in out
    assert _english(out, path) == []
    code, out = run(
        capsys,
        "support",
        "--authority",
        "Carmarthenshire",
        "--directory",
        str(path),
        "--replace-default",
    )
    assert "no organisation covers topic 'cyber' in " in out and " more" in out


def test_a_damaged_password_protected_file_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    password = tmp_path / "password.txt"
    password.write_text("the right passphrase\n", encoding="utf-8")
    damaged = tmp_path / "damaged.readiness"
    damaged.write_bytes(MAGIC + b'{"kdf": "scrypt"}\n' + b"x" * 40)
    sealed = seal(CAFE.read_bytes(), "the right passphrase")
    cut = tmp_path / "cut.readiness"
    cut.write_bytes(sealed[:-5])
    for path, welsh in ((damaged, "wedi'i ddifrodi"), (cut, "mae'r cyfrinair yn anghywir")):
        code, out = run(
            capsys,
            "--data-dir",
            str(tmp_path / "library"),
            "import",
            str(path),
            "--password-file",
            str(password),
            "--language",
            "cy",
        )
        assert code == 1 and "Traceback" not in out
        assert f"{path}: " in out and welsh in out and _english(out, path) == [], out


def _assessment(tmp_path: Path, answers: list[dict], firm: dict | None = None) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["answers"] = answers
    if firm:
        data["assessment"]["firm"].update(firm)
    path = tmp_path / "answers.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


ANSWERS = [  # (answer, the Welsh of its problem, the English)
    (
        {"question": "people.staff", "value": 0},
        "Rhaid i 'people.staff' fod yn 1 o leiaf.",
        "'people.staff' must be at least 1.",
    ),
    (
        {"question": "people.staff", "value": 1e9},
        "Rhaid i 'people.staff' fod yn 100000 ar y mwyaf.",
        "'people.staff' must be at most 100000.",
    ),
    (
        {"question": "people.staff", "value": "lots"},
        "mae'r cwestiwn hwn yn cymryd rhif",
        "this question takes a number",
    ),
    (
        {"question": "cyber.backups", "value": "maybe"},
        "Nid oes gan 'cyber.backups' opsiwn 'maybe'.",
        "'cyber.backups' has no option 'maybe'.",
    ),
    (
        {"question": "cyber.basics", "value": "antivirus"},
        "mae'r cwestiwn hwn yn cymryd rhestr o opsiynau",
        "this question takes a list of options",
    ),
    (
        {"question": "cyber.basics", "value": ["antivirus", "antivirus"]},
        "mae opsiwn wedi'i restru ddwywaith",
        "an option is listed twice",
    ),
    (
        {"question": "cyber.cloud", "value": ["yes"]},
        "mae'r cwestiwn hwn yn cymryd testun neu id opsiwn",
        "this question takes text or an option id",
    ),
    (
        {"question": "cyber.cloud", "value": "yes", "note": "a\x01b"},
        "Mae'r nodyn yn cynnwys nod rheoli (cod 1).",
        "The note contains a control character",
    ),
    (
        {"question": "no.such", "value": "yes"},
        "nid oes gan holiadur quick-check 1.0 gwestiwn o'r fath",
        "questionnaire quick-check 1.0 has no such question",
    ),
    (
        {"question": "cyber.updates", "value": "some_automatic", "answered_at": "yesterday"},
        "nid yw'n ddyddiad ac amser (cafwyd 'yesterday')",
        "is not a date and time",
    ),
]


@pytest.mark.parametrize("index", range(len(ANSWERS)))
def test_an_answer_that_does_not_fit_its_question_is_explained_in_welsh(
    capsys, tmp_path: Path, index: int
) -> None:
    answer, welsh, english = ANSWERS[index]
    path = _assessment(tmp_path, [answer])
    code, out = run(capsys, "score", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in out
    assert f"{path}: problemau a ganfuwyd: 1" in out and welsh in out, out
    assert english not in out and _english(out, path) == []
    code, out = run(capsys, "validate", str(path), "--language", "cy")
    assert code == 1 and welsh in out and _english(out, path) == []
    code, out = run(capsys, "score", str(path))
    assert code == 1 and english in out


def test_a_repeated_answer_and_action_are_explained_in_welsh(capsys, tmp_path: Path) -> None:
    twice = {"question": "cyber.cloud", "value": "yes"}
    path = _assessment(tmp_path, [twice, twice])
    data = json.loads(path.read_text(encoding="utf-8"))
    action = {"action": "backups-set-up", "status": "done", "at": "2026-11-02T10:30:00+00:00"}
    data["assessment"]["actions"] = [action, action]
    path.write_text(json.dumps(data), encoding="utf-8")  # format 1: actions came in format 4
    code, out = run(capsys, "score", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in out
    assert "assessment.actions: maes anhysbys yn fformat ffeil 1 (daeth yn fformat 4)" in out
    assert _english(out, path) == []
    data["schema_version"] = 4
    data["assessment"]["firm"]["hours_per_month"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out = run(capsys, "score", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in out
    assert "assessment.firm.hours_per_month: rhaid iddo fod yn 1 o leiaf (cafwyd 0)" in out
    assert _english(out, path) == []
    del data["assessment"]["firm"]["hours_per_month"]
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out = run(capsys, "score", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in out
    assert "assessment.answers[1] (cyber.cloud): atebwyd y cwestiwn ddwywaith" in out, out
    assert "mae'r cam gweithredu wedi'i restru ddwywaith" in out, out
    assert _english(out, path) == []


def test_a_broken_anonymised_share_file_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    library = str(tmp_path / "library")
    examples = sorted((Path(__file__).parents[2] / "examples").glob("*.readiness"))
    assert main(["--data-dir", library, "import", *map(str, examples)]) == 0
    good = tmp_path / "share.json"
    assert main(["--data-dir", library, "share-anonymised", "--all", "-o", str(good)]) == 0
    capsys.readouterr()
    share = json.loads(good.read_text(encoding="utf-8"))
    broken: dict[str, dict] = {
        "other": {**share, "format": "something-else"},
        "version": {**share, "version": 99},
        "meta": {**share, "meta": None, "records": "none"},
        "records": {
            **share,
            "records": [
                7,
                {**share["records"][0], "extra": 1},
                {k: v for k, v in share["records"][0].items() if k != "month"},
                {
                    **share["records"][0],
                    "firm_key": "x",
                    "month": "May",
                    "sector": 5,
                    "overall_score": 101,
                    "overall_level": 3,
                    "actions": "all",
                },
            ],
        },
    }
    paths = []
    for name, data in broken.items():
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(data), encoding="utf-8")
    code, out = run(
        capsys,
        "pool",
        str(good),
        *map(str, paths),
        "--xlsx",
        str(tmp_path / "hub.xlsx"),
        "--language",
        "cy",
    )
    assert code == 1 and "Traceback" not in out
    for welsh in (
        "nid yw'n ffeil rannu ddienw a wnaed gan `readiness-app share-anonymised`",
        "mae'n fersiwn 99; mae'r ap hwn yn darllen fersiwn 1. Diweddarwch yr ap.",
        "meta: mae ar goll",
        "records: rhaid iddo fod yn rhestr",
        "records[0]: rhaid iddo fod yn wrthrych",
        "records[1]: mae ganddo feysydd nad yw ffeil rannu byth yn eu dal: extra",
        "records[2]: nid oes ganddo month",
        "records[3]: rhaid i firm_key fod yn 32 nod hecs",
        "records[3]: rhaid i month fod yn BBBB-MM",
        "records[3]: rhaid i sector fod yn destun (200 nod ar y mwyaf)",
        "records[3]: rhaid i'r sgoriau fod yn rhifau o 0 i 100, neu null",
        "records[3]: rhaid i'r lefelau fod yn ids lefel, neu null",
        "records[3]: rhaid i actions fod yn rhestr o ids",
    ):
        assert welsh in out, (welsh, out)
    assert english_left(out) == []
    code, out = run(capsys, "pool", str(paths[2]), "--xlsx", str(tmp_path / "hub.xlsx"))
    assert "meta: is missing" in out and "records: must be a list" in out


def test_validate_says_what_it_checked_in_welsh(capsys, tmp_path: Path) -> None:
    root = Path(__file__).parents[2]
    hub = tmp_path / "hub.csv"
    hub.write_text(HEADER + "\n" + GOOD + "\n", encoding="utf-8")
    files = [
        str(hub),
        str(CAFE),
        str(root / "questionnaires" / "quick_check.yaml"),
        str(root / "examples" / "fellside-growth-hub.readiness-pack"),
    ]
    code, out = run(capsys, "validate", *files, "--language", "cy")
    assert code == 0 and "Traceback" not in out, out
    assert f"OK  {hub}: cyfeiriadur cymorth, sefydliadau: 1" in out
    assert f"OK  {CAFE}: asesiad o 'Harbour Café Ltd' (quick-check 1.0, atebion: " in out
    assert "holiadur quick-check fersiwn 1.2 (meysydd: " in out
    assert ": pecyn hwb " in out and "holiaduron: " in out
    assert english_left(out) == []
    code, out = run(capsys, "validate", *files)
    assert code == 0 and f"OK  {CAFE}: assessment of 'Harbour Café Ltd'" in out
