"""`readiness-app cohort`: filters, outputs, errors; heavy libraries only when it runs."""

from __future__ import annotations

import json
import subprocess
import sys

from openpyxl import load_workbook

from readiness_app.cli import main

from .conftest import FORMULA_NAME


def test_json_output_with_filters(cohort_library, data_dir, capsys) -> None:
    code = main(["--data-dir", str(data_dir), "cohort", "--json", "--from", "2025-02-01",
                 "--to", "2025-03-31", "--latest"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["cover"]["Assessed from"] == "2025-02-01"
    firms = {row["Firm"] for row in out["tables"]["Assessments"]}
    assert firms == {"Bryn Bakery", "Clyde Dental", "Alpha Joinery", "Down Logistics"}
    nations = {row["Nation"]: row["Assessments"] for row in out["tables"]["By nation"]}
    assert nations == {"England": 1, "Wales": 1, "Scotland": 1, "Northern Ireland": 1}


def test_xlsx_and_csv(cohort_library, data_dir, tmp_path, capsys) -> None:
    target = tmp_path / "out.xlsx"
    assert main(["cohort", "--data-dir", str(data_dir), "--xlsx", str(target)]) == 0
    assert "6 assessments of 5 firms" in capsys.readouterr().out
    book = load_workbook(target)
    assert FORMULA_NAME in [c.value for c in book["Assessments"]["B"]]
    assert main(["cohort", "--data-dir", str(data_dir), "--size", "small",
                 "--csv", str(tmp_path / "csv")]) == 0
    text = (tmp_path / "csv" / "assessments.csv").read_text("utf-8-sig")
    assert "Bryn Bakery" in text and "Alpha" not in text


def test_bad_dates_and_missing_output_are_usage_errors(data_dir, capsys) -> None:
    assert main(["cohort", "--json", "--from", "March"]) == 2
    assert "'March' is not a date" in capsys.readouterr().err
    assert main(["cohort"]) == 2
    assert main(["cohort", "--json", "--from", "2025-03-01", "--to", "2025-02-01"]) == 2
    assert "starts (2025-03-01) after it ends" in capsys.readouterr().err


def test_an_unwritable_target_is_reported_by_name(cohort_library, data_dir, tmp_path,
                                                  capsys) -> None:
    (tmp_path / "afile").write_text("x")
    target = tmp_path / "afile" / "sub"
    assert main(["cohort", "--data-dir", str(data_dir), "--csv", str(target)]) == 1
    assert str(target) in capsys.readouterr().err


def test_help_does_not_import_pandas_or_openpyxl() -> None:
    code = ("import sys; from readiness_app.cli import main; "
            "[main(a) for a in (['--help'], ['cohort', '--help'], "
            "['share-anonymised', '--help'], ['pool', '--help'], ['plan', '--help'])]; "
            "print(sorted(m for m in ('pandas', 'openpyxl', 'docx', 'pyarrow', 'duckdb') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_without_pandas_the_command_says_what_is_missing(cohort_library, data_dir, capsys,
                                                         monkeypatch) -> None:
    """The build for firms leaves pandas out: the cohort command explains, never a traceback."""
    for name in [m for m in sys.modules if m == "pandas" or m.startswith("pandas.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now fails
    code = main(["cohort", "--json"])
    err = capsys.readouterr().err
    assert code == 1
    assert "cohort reports need the Python library 'pandas'" in err
    assert "Traceback" not in err
