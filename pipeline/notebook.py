"""Helpers for notebooks: every table of a store as a DataFrame, lists decoded.

The tables come from the registry, so a new fact kind appears here too.

>>> from pipeline.run import extract_text
>>> from pipeline.store import SQLiteStore
>>> from pipeline.tables import result_rows
>>> import tempfile, pathlib
>>> db = pathlib.Path(tempfile.mkdtemp()) / "k.db"
>>> SQLiteStore(db).write_document("a.txt", 1, 0.0, result_rows(extract_text("KẾ HOẠCH\\nNTM năm 2024\\n- Xong trước ngày 30/6/2024."), "0"))
>>> t = load_tables(db)
>>> sorted(t)[:3], t["deadlines"].loc[0, "date"], t["deadlines"].loc[0, "units"]
(['assignments', 'budgets', 'criteria'], '2024-06-30', [])
"""
from __future__ import annotations

import os
from typing import Any


def load_tables(db: str | os.PathLike[str]) -> dict[str, Any]:
    """``{table: DataFrame}`` for every table the exports write; JSON columns back to lists and objects."""
    from extractors.schema import decode_cell

    from .store import open_store
    from .tables import all_schemas

    store = open_store(str(db))  # a path, sqlite:///path or postgresql://...
    try:
        out = {}
        for schema in all_schemas():
            df = store.read_table(schema.name)
            for c in schema.columns:
                if c.type == "json" and c.name in df:
                    df[c.name] = df[c.name].map(decode_cell)
            out[schema.name] = df
        return out
    finally:
        store.close()
