"""Report tables as Parquet files, for hubs whose data outgrows one machine (DuckDB, Spark).

pyarrow is an optional extra (``pip install 'readiness_app[parquet]'``), imported only here
and only when a folder is written; without it :func:`require_pyarrow` says how to get it.

Each table becomes ``<name>.parquet`` (``By local authority`` -> ``by_local_authority.parquet``)
and the cover becomes ``about_this_report.parquet`` (``item``, ``value``). Column names are
snake_case (``Mean overall`` -> ``mean_overall``), which Spark and SQL take unquoted; the
header shown in the spreadsheet is kept in each field's metadata (``title``). Dates are
``date32``, scores ``double``, counts ``int64``. A column mixing text and numbers (a pooled
report's ``<5`` beside counts) is written as text. Files are written atomically.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.core.errors import StorageError
from readiness_app.storage.atomic import write_files_atomic

if TYPE_CHECKING:
    import pandas as pd

COVER_NAME = "about_this_report"
INSTALL_HINT = "pip install 'readiness_app[parquet]'"


def require_pyarrow(destination: Path) -> None:
    """Raise StorageError naming ``destination`` when pyarrow is not installed."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise StorageError(str(destination), "cannot be written as Parquet: the optional "
                           f"pyarrow package is not installed; install it with "
                           f"{INSTALL_HINT}") from None


def snake_name(text: str) -> str:
    """'Built from (overall)' -> 'built_from_overall' (letters, digits and '_' only)."""
    name = re.sub(r"[^0-9a-z]+", "_", text.casefold()).strip("_")
    return name if name and not name[0].isdigit() else f"_{name}"


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        count = seen.get(name, 0)
        seen[name] = count + 1
        out.append(name if count == 0 else f"{name}_{count + 1}")
    return out


def _column(series: pd.Series) -> Any:
    """One column as a pyarrow array: dates as date32, mixed text and numbers as text."""
    import pandas as pd
    import pyarrow as pa

    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return pa.Array.from_pandas(series).cast(pa.date32())
    try:
        array = pa.Array.from_pandas(series)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        values = [None if v is None or (isinstance(v, float) and v != v) else str(v)
                  for v in series.tolist()]
        return pa.array(values, type=pa.string())
    if pa.types.is_timestamp(array.type):
        return array.cast(pa.date32())
    if pa.types.is_null(array.type) or pa.types.is_large_string(array.type):
        return array.cast(pa.string())  # plain string: what every reader takes
    return array


def table_bytes(frame: pd.DataFrame) -> bytes:
    """One table as Parquet bytes (snake_case columns, the shown header in field metadata)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    headers = [str(c) for c in frame.columns]
    names = _unique([snake_name(h) for h in headers])
    arrays = [_column(frame.iloc[:, i]) for i in range(len(headers))]
    fields = [pa.field(n, a.type, metadata={"title": h})
              for n, a, h in zip(names, arrays, headers, strict=True)]
    table = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return bytes(sink.getvalue().to_pybytes())


def parquet_file_name(name: str) -> str:
    """'Levels by area' -> 'levels_by_area.parquet'."""
    return f"{snake_name(name)}.parquet"


def write_parquet_folder(folder: Path, sheets: Mapping[str, pd.DataFrame],
                         cover: Sequence[tuple[str, str]]) -> list[Path]:
    """One Parquet file per table and one for the cover, in ``folder`` (created if need be);
    returns the files written."""
    import pandas as pd

    require_pyarrow(folder)
    tables = {COVER_NAME: pd.DataFrame(list(cover), columns=["Item", "Value"]), **sheets}
    return write_files_atomic(folder, ((parquet_file_name(name), table_bytes(frame))
                                       for name, frame in tables.items()), joiner="_")
