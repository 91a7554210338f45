"""The command line against hostile input, third round: symlink loops given as files."""

from __future__ import annotations

from pathlib import Path

from readiness_app.cli import main

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "england-joinery-leeds.readiness"


def _loop(folder: Path, name: str) -> Path:
    (folder / name).symlink_to(folder / f"{name}-other")
    (folder / f"{name}-other").symlink_to(folder / name)
    return folder / name


def test_a_questionnaire_that_is_a_symlink_loop_is_named(capsys, tmp_path: Path) -> None:
    """`score --questionnaire LOOP` raised RuntimeError out of Path.resolve."""
    loop = _loop(tmp_path, "loop.yaml")
    code = main(["--data-dir", str(tmp_path / "data"), "score", "--questionnaire", str(loop),
                 str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == 1 and str(loop) in err and "symbolic links" in err


def test_recovering_into_a_symlink_loop_is_refused_by_name(capsys, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(EXAMPLE)]) == 0
    capsys.readouterr()
    loop = _loop(tmp_path, "new")
    code = main(["--data-dir", str(data), "recover", "-o", str(loop)])
    err = capsys.readouterr().err
    assert code == 1 and str(loop) in err and "Traceback" not in err


def test_a_failure_nobody_foresaw_is_worded_in_the_language_asked(
        capsys, tmp_path: Path, monkeypatch) -> None:
    """The import's last-resort message was English whatever --language said."""
    from readiness_app.storage import portable

    def broken(*_: object) -> None:
        raise OverflowError("something nobody expected")

    monkeypatch.setattr(portable, "read_assessment_bytes", broken)
    code = main(["--data-dir", str(tmp_path / "data"), "import", "--language", "cy",
                 str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == 1 and f"{EXAMPLE}:" in err
    assert "methodd yr ap arno (OverflowError: something nobody expected)" in err


def test_wrong_types_and_lengths_are_worded_in_the_language_asked(
        capsys, tmp_path: Path) -> None:
    """pydantic's English ('Input should be a valid integer') reached a Welsh reader."""
    import json

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["schema_version"] = "5"
    data["assessment"]["firm"]["name"] = "A" * 500
    odd = tmp_path / "odd.readiness"
    odd.write_text(json.dumps(data), encoding="utf-8")
    code = main(["score", "--language", "cy", str(odd)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{odd}: schema_version: rhaid iddo fod yn rhif cyfan (cafwyd '5')" in err
    assert f"{odd}: assessment.firm.name: mae'n rhy hir: 400 nod ar y mwyaf" in err
    assert main(["score", str(odd)]) == 1
    assert "schema_version: must be a whole number (got '5')" in capsys.readouterr().err
