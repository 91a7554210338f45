"""Cohort reports as files a funder accepts: XLSX (openpyxl) and CSV (UTF-8 with BOM).

XLSX: a cover sheet with the report's filters and date range, then a sheet per table with its
header row frozen and bold, numbers with formats (scores to one decimal, shares as per cent,
dates as yyyy-mm-dd) and columns wide enough for their contents.

Formula injection: text that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return
(:data:`FORMULA_START`) can never become a formula. In XLSX every text is written as a string
cell (never a formula cell) and such text also gets Excel's "quote prefix", so editing the
cell later keeps it text; the text itself is unchanged. In CSV, where a spreadsheet decides
for itself, such text is written with a leading apostrophe (``'=HYPERLINK(...)``), as OWASP
recommends. Files are written atomically (:mod:`readiness_app.storage.atomic`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import numbers
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.storage.atomic import write_bytes_atomic, write_files_atomic

if TYPE_CHECKING:
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COVER_SHEET = "About this report"
MIN_WIDTH, MAX_WIDTH = 8, 60
SCORE_FORMAT = "0.0"
SHARE_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
Sheets = Mapping[str, "pd.DataFrame"]


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula."""
    return text.startswith(FORMULA_START)


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: a leading apostrophe when it could be read as a formula."""
    return "'" + text if is_formula_like(text) else text


def safe_cell(item: Any, value: Any, number_format: str | None = None) -> Any:
    """Put ``value`` (a plain value: text, number, date or None) into the openpyxl cell
    ``item`` so that text can never become a formula: a string cell, characters XML cannot
    hold removed, and Excel's quote prefix on text that starts like a formula (so it stays
    text when edited). Returns ``item``."""
    if isinstance(value, str):
        item.value = _XML_ILLEGAL.sub("", value)
        item.data_type = "s"  # a string cell, never a formula
        if is_formula_like(item.value):
            item.quotePrefix = True
        return item
    item.value = value
    if number_format:
        item.number_format = number_format
    return item


def _plain(value: Any) -> Any:
    """A cell value as a plain Python value: None for missing, date for timestamps."""
    if value is None:
        return None
    if isinstance(value, str):
        return str(value)  # a kept message (core.i18n.Text) as plain text: see _sheet_rows
    if type(value).__module__ == "numpy" and getattr(value, "ndim", None) == 0 \
            and type(value).__name__.startswith(("bool", "int", "uint", "float")):
        value = value.item()  # numpy scalars as Python ones
    if isinstance(value, bool):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp (NaT has no date)
        try:
            return value.to_pydatetime().date()
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return None if math.isnan(number) else number
    if isinstance(value, tuple | list | frozenset | set):
        return "; ".join(str(v) for v in value)
    if str(value) in ("<NA>", "NaT", "nan"):
        return None
    return str(value)


def _number_format(header: str, value: Any) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, dt.date):
        return DATE_FORMAT
    if isinstance(value, int):
        return COUNT_FORMAT
    return SHARE_FORMAT if header.lower().startswith("share") else SCORE_FORMAT


def _width(header: str, column: Iterable[Any]) -> float:
    longest = len(header)
    for value in column:
        if isinstance(value, float):
            size = 8
        elif isinstance(value, dt.date):
            size = 10
        else:
            size = len(str(value)) if value is not None else 0
        longest = max(longest, size)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_NAME_BAD.sub("-", name).strip("'") or "Sheet"
    base = base[:31]
    candidate, number = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate


def xlsx_bytes(sheets: Sheets, cover: Sequence[tuple[str, str]], *,
               notes: Sequence[str] = ()) -> bytes:
    """The workbook: the cover sheet, then one sheet per table (in order)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    taken: set[str] = set()

    def cell(sheet: Any, value: Any, header: str = "", *, strong: bool = False) -> Any:
        value = _plain(value)
        item = safe_cell(WriteOnlyCell(sheet), value,
                         None if isinstance(value, str) else _number_format(header, value))
        if strong:
            item.font = bold
        return item

    front = book.create_sheet(sheet_name(COVER_SHEET, taken))
    front.column_dimensions["A"].width = 24
    front.column_dimensions["B"].width = 70
    front.append([cell(front, cover[0][1] if cover else "Cohort report", strong=True)])
    front.append([])
    for label, value in cover[1:]:
        front.append([cell(front, label, strong=True), cell(front, value)])
    front.append([])
    front.append([cell(front, "Sheets", strong=True)])
    for name, frame in sheets.items():
        front.append([cell(front, name), cell(front, f"{len(frame):,} rows")])
    if notes:
        front.append([])
        front.append([cell(front, "Notes", strong=True)])
        wrap = Alignment(wrap_text=True, vertical="top")
        for note in notes:
            text = cell(front, note)
            text.alignment = wrap
            front.append([None, text])

    from openpyxl.utils import get_column_letter

    for name, frame in sheets.items():
        sheet = book.create_sheet(sheet_name(name, taken))
        headers = [str(c) for c in frame.columns]
        columns = [plain_column(frame.iloc[:, i]) for i in range(len(headers))]
        for index, header in enumerate(headers, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = \
                _width(header, columns[index - 1])
        sheet.freeze_panes = "A2"
        if headers:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(frame) + 1}"
        sheet.append([cell(sheet, h, strong=True) for h in headers])
        for row in _sheet_rows(sheet, headers, columns, WriteOnlyCell):
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def plain_column(series: pd.Series) -> list[Any]:
    """A column's cells as plain values (see :func:`_plain`), converted by dtype where it can
    be done without looking at each value's type."""
    kind = series.dtype.kind
    values: list[Any] = series.tolist()
    if kind in "iub":
        return values
    if kind == "f":
        return [None if v != v else v for v in values]
    if kind == "M":
        return [None if v is None or v != v else v.date() for v in values]
    return [v if type(v) is str else _plain(v) for v in values]


def _sheet_rows(sheet: Any, headers: Sequence[str], columns: Sequence[list[Any]],
                cell_type: Any) -> Iterator[list[Any]]:
    """The rows to append to a write-only sheet: plain text and unformatted values as they
    are (openpyxl makes them string cells: only text starting with '=' could become a
    formula, and such text, or text that starts like one, goes through :func:`safe_cell`);
    formatted numbers and dates in one reused cell per column and format (openpyxl writes a
    styled cell as soon as it is appended, so reusing it is safe)."""
    formatted: dict[tuple[int, str], Any] = {}
    for row in zip(*columns, strict=True):
        out: list[Any] = []
        for index, value in enumerate(row):
            if value is None:
                out.append(None)
            elif isinstance(value, str):
                if value.startswith(FORMULA_START) or _XML_ILLEGAL.search(value):
                    out.append(safe_cell(cell_type(sheet), value))
                else:
                    out.append(value)
            else:
                number_format = _number_format(headers[index], value)
                if number_format is None:
                    out.append(value)
                    continue
                key = (index, number_format)
                item = formatted.get(key)
                if item is None:
                    item = formatted[key] = safe_cell(cell_type(sheet), None, number_format)
                item.value = value
                out.append(item)
        yield out


def write_xlsx(path: Path, sheets: Sheets, cover: Sequence[tuple[str, str]], *,
               notes: Sequence[str] = ()) -> None:
    """Write the workbook to ``path`` atomically."""
    write_bytes_atomic(path, xlsx_bytes(sheets, cover, notes=notes))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """One table as CSV in UTF-8 with a BOM (so Excel reads the accents), formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_safe(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_value(value: Any) -> str:
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, str):
        return csv_safe(plain)
    if isinstance(plain, dt.date):
        return plain.isoformat()
    if isinstance(plain, float):
        return f"{plain:.4g}" if abs(plain) < 1 and plain != 0 else f"{plain:.2f}"
    return str(plain)


def csv_file_name(name: str) -> str:
    """'Levels by area' -> 'levels-by-area.csv'."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return f"{slug or 'table'}.csv"


def write_csv_folder(folder: Path, sheets: Sheets,
                     cover: Sequence[tuple[str, str]]) -> list[Path]:
    """One CSV per table, and ``about-this-report.csv`` with the cover, in ``folder``
    (created if need be); returns the files written."""
    import pandas as pd

    tables = {COVER_SHEET: pd.DataFrame(list(cover), columns=["Item", "Value"]), **sheets}
    return write_files_atomic(folder, ((csv_file_name(name), csv_bytes(frame))
                                       for name, frame in tables.items()))


def json_tables(sheets: Sheets) -> dict[str, list[dict[str, Any]]]:
    """The tables as JSON-ready lists of rows (dates as yyyy-mm-dd, missing as null)."""
    result: dict[str, list[dict[str, Any]]] = {}
    for name, frame in sheets.items():
        headers = [str(c) for c in frame.columns]
        rows = []
        for row in frame.itertuples(index=False, name=None):
            values = [_plain(v) for v in row]
            rows.append({h: v.isoformat() if isinstance(v, dt.date) else v
                         for h, v in zip(headers, values, strict=True)})
        result[name] = rows
    return result
