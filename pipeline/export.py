"""Write the stored tables as CSV, Parquet, XLSX (one sheet per table) and JSONL (and the records
as spans of each plan's text in a spaCy DocBin: :mod:`pipeline.export_spacy`).

Cells are made safe for spreadsheets: a text cell starting with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return) is never a live formula, as OWASP's
CSV-injection advice says (a leading apostrophe in CSV; a text cell with Excel's
quote prefix in XLSX, so the text itself is unchanged); control characters,
which Excel refuses, are removed. Every file is written under a temporary name
and renamed into place: an export that fails leaves the previous file, never half
a file.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .store import Store
from .tables import all_schemas

FORMATS = ("csv", "parquet", "xlsx", "jsonl", "spacy")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CELL = 32_000  # Excel refuses cells over 32,767 characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_cell(value):
    """A value as it may go into a CSV that Excel will open.

    >>> csv_cell('=HYPERLINK("http://x","y")'), csv_cell("-5 tỷ"), csv_cell("Xã\\x07 An"), csv_cell(-5)
    ('\\'=HYPERLINK("http://x","y")', "'-5 tỷ", 'Xã An', -5)
    """
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if value.startswith(FORMULA_START) else value


def xlsx_cell(value):
    """A value as openpyxl may write it: no control characters, at most EXCEL_MAX_CELL characters.

    >>> xlsx_cell("Xã\\x07 An"), xlsx_cell(3)
    ('Xã An', 3)
    """
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", value)[:EXCEL_MAX_CELL]


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path``, renamed to it only when the block succeeds."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def export_tables(store: Store, out: Path, formats: list[str]) -> list[Path]:
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}")
    if not formats:
        return []
    out = Path(out)
    written = []
    schemas = {t.name: t for t in all_schemas()}
    # the tables (through pandas) only when a table format is asked for
    frames = {name: store.read_table(name) for name in schemas} if set(formats) - {"spacy"} else {}
    for fmt in formats:
        if fmt == "spacy":  # the records as labelled spans of each plan's text, not a table
            from .export_spacy import write_docbin

            written.append(write_docbin(store, out / "kehoach.spacy"))
            continue
        if fmt == "xlsx":
            written.append(_xlsx(frames, schemas, out / "kehoach.xlsx"))
            continue
        folder = out / fmt
        folder.mkdir(parents=True, exist_ok=True)
        for t, df in frames.items():
            path = folder / f"{t}.{fmt}"
            with atomic_path(path) as tmp:
                if fmt == "csv":
                    _text_columns(df, csv_cell).to_csv(tmp, index=False)
                elif fmt == "parquet":
                    df.to_parquet(tmp, index=False)
                elif fmt == "jsonl":
                    df.to_json(tmp, orient="records", lines=True, force_ascii=False)
            written.append(path)
    return written


def _text_columns(df, fn):
    """A copy of ``df`` with ``fn`` applied to every cell of its text columns."""
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object or str(df[c].dtype).startswith(("string", "str")):
            df[c] = df[c].map(fn).astype(object)
    return df


def _xlsx(frames: dict, schemas: dict, path: Path) -> Path:
    """One sheet per table, Vietnamese headers, the header row frozen; built whole, then saved and renamed."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for t, df in frames.items():
        ws = wb.create_sheet(t[:31])
        headers = [schemas[t].header(c) for c in df.columns]
        ws.append(headers)
        for values in df.itertuples(index=False, name=None):
            ws.append([_xlsx_value(v) for v in values])
        ws.freeze_panes = "A2"
        _no_formulas(ws)
        for i, col in enumerate(df.columns, start=1):
            sample = [len(str(headers[i - 1]))] + [len(str(v)) for v in df[col].head(200).tolist()]
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, max(sample) + 2))
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def _xlsx_value(v):
    """A cell value openpyxl writes as Excel expects: empty for missing, safe text."""
    import pandas as pd

    if v is None or (not isinstance(v, str) and pd.api.types.is_scalar(v) and pd.isna(v)):
        return None
    return xlsx_cell(v)


def _no_formulas(ws) -> None:
    """openpyxl writes a string starting with "=" as a formula: make every such cell text again, and
    give every text cell that Excel would re-read as a formula on editing the quote prefix."""
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
            if cell.data_type == "s" and isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                cell.quotePrefix = True
