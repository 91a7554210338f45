"""Parquet export (optional extra): a clear refusal without pyarrow; with it, typed tables that
DuckDB reads, and the query documented in docs/cohort.md gives the hand-worked figures."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from readiness_app.cli import main

DOC = Path(__file__).parents[2] / "docs" / "cohort.md"


def test_without_pyarrow_the_command_says_how_to_get_it(cohort_library, data_dir, tmp_path,
                                                         monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    out = tmp_path / "pq"
    assert main(["cohort", "--data-dir", str(data_dir), "--parquet", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "pip install 'readiness_app[parquet]'" in err
    assert not out.exists()
    assert main(["pool", str(tmp_path / "none.json"), "--parquet", str(out)]) == 1
    assert "readiness_app[parquet]" in capsys.readouterr().err


def test_pool_needs_somewhere_to_write(tmp_path, capsys) -> None:
    assert main(["pool", str(tmp_path / "a.json")]) == 2
    assert "--xlsx OUT or --parquet DIR" in capsys.readouterr().err


def test_tables_are_typed_with_readable_titles_kept(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from readiness_app.services.parquet_export import write_parquet_folder

    frame = pd.DataFrame({"Nation": ["Wales", "=cmd"], "Firms": ["<5", 12],
                          "Mean overall": [41.5, None],
                          "Assessed on": pd.to_datetime(["2025-03-01", "2025-03-02"]),
                          "Built from (overall)": [5, 7]})
    written = write_parquet_folder(tmp_path / "out", {"By nation": frame, "Empty": frame[:0]},
                                   [("Report", "r"), ("Firms", "12")])
    assert [p.name for p in written] == ["about_this_report.parquet", "by_nation.parquet",
                                         "empty.parquet"]
    table = pq.read_table(tmp_path / "out" / "by_nation.parquet")
    assert table.column_names == ["nation", "firms", "mean_overall", "assessed_on",
                                  "built_from_overall"]
    types = {f.name: str(f.type) for f in table.schema}
    assert types == {"nation": "string", "firms": "string", "mean_overall": "double",
                     "assessed_on": "date32[day]", "built_from_overall": "int64"}
    assert table.column("firms").to_pylist() == ["<5", "12"]
    assert table.schema.field("built_from_overall").metadata == \
        {b"title": b"Built from (overall)"}
    cover = pq.read_table(tmp_path / "out" / "about_this_report.parquet").to_pylist()
    assert cover == [{"item": "Report", "value": "r"}, {"item": "Firms", "value": "12"}]


def _documented_query() -> str:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- duckdb-example[^>]*-->\s*```sql\n(.*?)```", text, re.S)
    assert found, "docs/cohort.md lost its DuckDB example"
    return found.group(1)


def test_the_documented_duckdb_query_over_the_cohort_output(cohort_library, data_dir,
                                                            tmp_path, monkeypatch,
                                                            capsys) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    assert main(["cohort", "--data-dir", str(data_dir), "--parquet", "cohort-parquet"]) == 0
    assert "Wrote 13 Parquet files into cohort-parquet" in capsys.readouterr().out
    rows = duckdb.sql(_documented_query()).fetchall()
    # conftest's library: Leeds twice (41.67 with no backups, then 91.67), Lisburn held at
    # 49 by its missing backups, Glasgow 33.33, Carmarthen 33.33, no postcode 100
    assert rows == [("England", 2, 66.7, 1), ("Northern Ireland", 1, 49.0, 1),
                    ("Scotland", 1, 33.3, 0), ("Unknown", 1, 100.0, 0), ("Wales", 1, 33.3, 0)]
    by_la = duckdb.sql("SELECT local_authority, firms, with_a_critical_gap FROM "
                       "'cohort-parquet/by_local_authority.parquet' "
                       "WHERE local_authority = 'Leeds'").fetchall()
    assert by_la == [("Leeds", 1, 1)]


def test_a_pooled_report_as_parquet_keeps_its_suppression(cohort_library, data_dir, tmp_path,
                                                          capsys) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    share = tmp_path / "share.json"
    assert main(["share-anonymised", "--all", "-o", str(share), "--data-dir",
                 str(data_dir)]) == 0
    out = tmp_path / "hub"
    assert main(["pool", str(share), "--parquet", str(out)]) == 0
    assert "Parquet files into" in capsys.readouterr().out
    firms = duckdb.sql(f"SELECT DISTINCT firms FROM '{out}/by_nation.parquet'").fetchall()
    assert firms == [("<5",)]  # five firms in five nations: every one hidden
