"""Pooling hostile share files (third round): each bad file is named and left out at once."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from readiness_app.core.errors import InputFileError
from readiness_app.services.pooling import pool_files, pooled_report, read_share

from .test_pooling import META, _file, _record

FIRMS = [f"Firm {i}" for i in range(6)]


def _share(path: Path, meta: dict | None = None) -> Path:
    _file(path, [_record(firm, "Leeds") for firm in FIRMS])
    if meta is not None:
        data = json.loads(path.read_text())
        data["meta"] = meta
        path.write_text(json.dumps(data))
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "share.json"
    os.mkfifo(pipe)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_try(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let the stuck reader go before failing
        with pipe.open("wb"):
            pass
        reader.join(timeout=5)
        pytest.fail("reading a named pipe waited for a writer")
    assert isinstance(outcome[0], InputFileError)
    assert str(pipe) in str(outcome[0]) and "not a regular file" in str(outcome[0])


def _try(path: Path) -> object:
    try:
        return read_share(path)
    except InputFileError as exc:
        return exc


def test_a_symlink_loop_is_left_out_by_name_and_the_rest_pooled(tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    good = _share(tmp_path / "good.json")
    pool = pool_files([tmp_path / "a.json", good])
    assert pool.files_used == [str(good)]
    assert [e.source for e in pool.bad_files] == [str(tmp_path / "a.json")]


def test_two_areas_of_one_title_in_two_files_each_keep_their_column(tmp_path: Path) -> None:
    """Another file's area id under a title already used made two table columns of one name,
    and the pooled report failed on them (a TypeError from pandas)."""
    renamed = {**META, "areas": [["invest", "Investing in technology"], *META["areas"][1:]]}
    pool = pool_files([_share(tmp_path / "a.json"), _share(tmp_path / "b.json", renamed)])
    titles = [title for _, title in pool.meta.areas]
    assert len(set(titles)) == len(titles) == 3
    assert "Investing in technology (invest)" in titles
    pooled_report(pool)  # builds every table


def test_a_title_given_twice_in_one_file_is_refused_by_name(tmp_path: Path) -> None:
    twice = {**META, "areas": [["investment", "Same"], ["cyber", "Same"]]}
    with pytest.raises(InputFileError) as info:
        read_share(_share(tmp_path / "twice.json", twice))
    assert "twice.json" in str(info.value) and "given twice" in str(info.value)


def test_a_count_column_with_nothing_hidden_can_take_a_secondary_suppression() -> None:
    """With pandas 3 a column of counts all at least k became int64 again, and hiding one of
    its cells to protect a single small count in the row raised TypeError (pool failed)."""
    import pandas as pd

    from readiness_app.analytics.privacy import mark, suppress_counts

    table = pd.DataFrame({"Area": ["x", "y"], "A": [6, 6], "B": [2, 7],
                          "Assessments": [8, 13]})
    out = suppress_counts(table, ["A", "B"], 5, total="Assessments")
    assert list(out.loc[0, ["A", "B"]]) == [mark(5), mark(5)]  # B alone would be worked out
    assert list(out.loc[1, ["A", "B"]]) == [6, 7]
