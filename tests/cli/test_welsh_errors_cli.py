"""Errors in Welsh (issue 20): with ``--language cy`` a damaged or hostile assessment file, a
wrong password and a broken hub pack are explained in Welsh, still naming the file; English
by default."""

from __future__ import annotations

import pickle
import zipfile
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.errors import AssessmentFileError, error_text
from readiness_app.core.i18n import T_
from readiness_app.services.language import messages
from readiness_app.storage.sealed import seal

DATA = Path(__file__).parents[1] / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


DAMAGED = {
    "twice": ('{"format": "readiness-assessment", "a": 1, "a": 2}',
              'mae\'r allwedd "a" ddwywaith mewn un gwrthrych',
              'has the key "a" twice in one object'),
    "cut": ('{"format": "readiness-assessment", "assessment": {',
            "nid yw'n JSON dilys yn llinell 1",
            "is not valid JSON at line 1"),
    "deep": ("[" * 5000 + "]" * 5000,
             "mae wedi'i nythu'n ddyfnach na 32 lefel; nid yw'n ffeil asesu",
             "is nested more than 32 levels deep; it is not an assessment file"),
    "empty": ("   ", "mae'r ffeil yn wag", "the file is empty"),
    "other": ('{"format": "something-else"}', "nid yw'n ffeil asesu parodrwydd",
              "is not a readiness assessment file"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_a_damaged_or_hostile_file_is_explained_in_welsh(capsys, tmp_path: Path,
                                                        kind: str) -> None:
    text, welsh, english = DAMAGED[kind]
    path = tmp_path / f"{kind}.readiness"
    path.write_text(text, encoding="utf-8")
    code, err = run(capsys, "score", str(path), "--language", "cy")
    assert code == 1 and "Traceback" not in err
    assert f"{path}: problemau a ganfuwyd: 1" in err and f"{path}: {welsh}" in err
    assert english not in err
    code, err = run(capsys, "score", str(path))
    assert code == 1 and f"{path}: 1 problem found" in err and f"{path}: {english}" in err


def test_a_folder_given_as_a_file_is_refused_in_welsh(capsys, tmp_path: Path) -> None:
    code, err = run(capsys, "plan", str(tmp_path), "--language", "cy")
    assert code == 1 and f"{tmp_path}: ni ellir ei darllen: ffolder yw hi, nid ffeil" in err


def test_a_wrong_password_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    locked = tmp_path / "cafe.readiness-encrypted"
    locked.write_bytes(seal(CAFE.read_bytes(), "the right passphrase"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    library = str(tmp_path / "library")
    code, err = run(capsys, "--data-dir", library, "import", str(locked), "--password-file",
                    str(wrong), "--language", "cy")
    assert code == 1 and "Traceback" not in err
    assert (f"{locked}: ni ellid ei hagor: mae'r cyfrinair yn anghywir, neu newidiwyd y ffeil "
            "ar ôl ei diogelu") in err
    assert "0 o 1 ffeil wedi'u mewnforio neu eu trin" in err and "the password is" not in err
    code, err = run(capsys, "--data-dir", library, "import", str(locked), "--language", "cy")
    assert code == 1 and f"{locked}: mae wedi'i diogelu â chyfrinair" in err
    code, err = run(capsys, "--data-dir", library, "import", str(locked), "--password-file",
                    str(wrong))
    assert code == 1 and f"{locked}: could not be opened: the password is wrong" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    code, err = run(capsys, "--data-dir", library, "import", str(locked), "--password-file",
                    str(empty), "--language", "cy")
    assert code == 1 and f"{empty}: mae llinell gyntaf y ffeil cyfrinair yn wag" in err


def _pack(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_bad_hub_pack_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    not_zip = tmp_path / "not-zip.readiness-pack"
    not_zip.write_text("not a zip", encoding="utf-8")
    code, err = run(capsys, "--pack", str(not_zip), "score", str(CAFE), "--language", "cy")
    assert code == 1 and f"{not_zip}: nid yw'n ffeil zip y gellir ei darllen" in err
    hostile = _pack(tmp_path / "hostile.readiness-pack",
                    {"pack.json": b"{}", "../../escape.txt": b"x"})
    code, err = run(capsys, "--pack", str(hostile), "score", str(CAFE), "--language", "cy")
    assert code == 1 and "Traceback" not in err
    assert "ni chaniateir '..' a '.' mewn enwau (croesi llwybrau)" in err
    assert str(hostile) in err and "not allowed" not in err
    no_manifest = _pack(tmp_path / "empty.readiness-pack", {"readme.txt": b"hello"})
    code, err = run(capsys, "--pack", str(no_manifest), "score", str(CAFE), "--language", "cy")
    assert code == 1 and f"{no_manifest}: nid oes pack.json (maniffest y pecyn)" in err
    code, err = run(capsys, "--pack", str(no_manifest), "score", str(CAFE))
    assert code == 1 and f"{no_manifest}: has no pack.json (the pack's manifest)" in err


def test_a_message_keeps_its_welsh_across_processes() -> None:
    # reports are made in worker processes: a message may travel pickled
    message = pickle.loads(pickle.dumps(T_("cannot be read: {reason}",
                                           reason=T_("the file is empty"))))
    error = AssessmentFileError.single("a.readiness", message)
    assert str(error) == ("a.readiness: 1 problem found\n"
                          "  a.readiness: cannot be read: the file is empty")
    assert error_text(error, messages("cy")) == (
        "a.readiness: problemau a ganfuwyd: 1\n"
        "  a.readiness: ni ellir ei darllen: mae'r ffeil yn wag")


def test_a_report_of_a_damaged_file_says_so_in_welsh(capsys, tmp_path: Path) -> None:
    path = tmp_path / "damaged.readiness"
    path.write_text("   ", encoding="utf-8")
    code, err = run(capsys, "report", str(path), "-o", str(tmp_path / "out"), "--language",
                    "cy+en")
    assert code == 1 and f"{path}: mae'r ffeil yn wag" in err and "is empty" not in err


def test_a_library_that_cannot_be_made_is_explained_in_welsh(capsys, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    library = blocker / "library"
    code, err = run(capsys, "--data-dir", str(library), "import", str(CAFE), "--language", "cy")
    assert code == 1 and "Traceback" not in err
    assert (f"{library}: ni ellir creu ffolder y llyfrgell: mae rhan o'r llwybr yn ffeil, nid "
            "yn ffolder") in err
    code, err = run(capsys, "--data-dir", str(library), "import", str(CAFE))
    assert f"{library}: the library folder cannot be created: part of the path is a file" in err


def test_disk_errors_are_worded_in_welsh() -> None:
    import errno

    from readiness_app.storage.atomic import storage_io_error

    error = storage_io_error("plan.pdf", OSError(errno.ENOSPC, "No space left on device"))
    assert str(error) == ("plan.pdf: cannot be written: the disk is full; free some space or "
                          "choose another place")
    assert error_text(error, messages("cy")) == (
        "plan.pdf: ni ellir ysgrifennu iddi: mae'r ddisg yn llawn; rhyddhewch rywfaint o le neu "
        "dewiswch le arall")


def test_a_translation_with_wrong_placeholders_shows_the_english() -> None:
    import gettext

    from readiness_app.core.i18n import Messages

    class Broken(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return "ni ellir ei darllen: {rheswm}"  # a typo in the placeholder's name

    message = T_("cannot be read: {reason}", reason="gone")
    assert message.translated(Messages("cy", Broken())) == "cannot be read: gone"


def test_the_catalogue_check_refuses_a_translation_with_other_placeholders() -> None:
    from tests.helpers import load_script

    build = load_script("build_catalogues")
    entry = build.Entry("{path}: cannot read the password file ({reason})",
                        strings=["{llwybr}: ni ellir darllen y ffeil cyfrinair ({reason})"])
    assert build.placeholders_differ(entry)
    entry.strings = ["{path}: ni ellir darllen y ffeil cyfrinair ({reason})"]
    assert not build.placeholders_differ(entry)


def test_installing_a_pack_says_what_it_changes_in_welsh(capsys, tmp_path: Path,
                                                        monkeypatch) -> None:
    from readiness_app.services import hub_pack

    monkeypatch.delenv(hub_pack.ENV_PACK, raising=False)
    pack = Path(__file__).parents[2] / "examples" / "fellside-growth-hub.readiness-pack"
    code = main(["--data-dir", str(tmp_path / "data"), "pack", "install", str(pack),
                 "--language", "cy"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Gosodwyd Fellside Growth Hub" in out
    assert "Teitl y ffenestr: Fellside Business Readiness Check" in out  # the pack's own words
    assert "Mae'r cynlluniau gweithredu'n dangos: Fellside Growth Hub" in out
    assert "Holiadur: " in out and "(y rhagosodiad ar gyfer asesiadau newydd)" in out
    assert "Window title" not in out and "Action plans" not in out
