"""Writing several files into a folder (CSV and Parquet reports): names never overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness_app.core.errors import StorageIOError
from readiness_app.storage.atomic import write_files_atomic


def test_a_name_met_again_gets_a_number_and_nothing_is_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "report"
    written = write_files_atomic(
        folder, [("a.csv", b"1"), ("a.csv", b"2"), ("b.csv", b"3"), ("a.csv", b"4")]
    )
    assert [p.name for p in written] == ["a.csv", "a-2.csv", "b.csv", "a-3.csv"]
    assert [p.read_bytes() for p in written] == [b"1", b"2", b"3", b"4"]
    parquet = write_files_atomic(
        tmp_path / "pq", [("t.parquet", b"x"), ("t.parquet", b"y")], joiner="_"
    )
    assert [p.name for p in parquet] == ["t.parquet", "t_2.parquet"]


def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(StorageIOError, match="file"):
        write_files_atomic(blocker / "out", [("a.csv", b"1")])
