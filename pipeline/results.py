"""Results back from a store: the Document, its records and findings, without extracting again.

Review pages and audits of an archive read what ``kehoach extract --out`` stored;
records are rebuilt through the registry, so a new fact kind comes back too.

>>> from pipeline.run import extract_text
>>> from pipeline.store import SQLiteStore
>>> from pipeline.tables import result_rows
>>> import tempfile, pathlib
>>> store = SQLiteStore(pathlib.Path(tempfile.mkdtemp()) / "k.db")
>>> r = extract_text("KẾ HOẠCH\\nXây dựng NTM năm 2024\\n- Xong trước ngày 30/6/2024.", source="a.txt")
>>> store.write_document("a.txt", 1, 0.0, result_rows(r, "0"))
>>> back = next(stored_results(store))
>>> back.tables["deadlines"][0].date, back.doc.text == r.doc.text, back.document["plan_year"]
('2024-06-30', True, 2024)
"""
from __future__ import annotations

import typing
from collections import defaultdict
from dataclasses import fields
from typing import Any, Iterator

from extractors import DocInfo, Document, Finding, Page, Section, kinds
from extractors.schema import decode_cell
from extractors.tables import table_schema

from .run import Result
from .store import Store


def stored_results(store: Store, sources: list[str] | None = None) -> Iterator[Result]:
    """Every stored document (or those of ``sources``), one Result each, in source order."""
    docs = _rows(store, "documents")
    texts = {r["doc_id"]: r["text"] for r in _rows(store, "texts")}
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for name in ["sections", "findings", *(k.name for k in kinds())]:
        for r in _rows(store, name):
            by_doc[r["doc_id"]][name].append(r)
    for d in sorted(docs, key=lambda r: r["source"] or ""):
        if sources is not None and d["source"] not in sources:
            continue
        if d["doc_id"] not in texts:
            continue  # stored by a kehoach without the texts table: extract it again to review it
        yield _result(d, texts[d["doc_id"]], by_doc[d["doc_id"]])


def _rows(store: Store, table: str) -> list[dict[str, Any]]:
    cur = store._execute(f"SELECT * FROM {table} ORDER BY 1")
    names = [c[0] for c in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    store.conn.commit()
    if table == "texts":
        return rows
    schema = table_schema(table)
    json_cols = {c.name for c in schema.columns if c.type == "json"}
    for r in rows:
        for c in json_cols & set(r):
            r[c] = decode_cell(r[c])
    return sorted(rows, key=lambda r: r.get("item") or 0)


def _result(d: dict[str, Any], text: str, rows: dict[str, list[dict[str, Any]]]) -> Result:
    values: dict[str, Any] = {k: d.get(k) for k in DocInfo.PUBLIC}
    info = DocInfo(**values)
    doc = Document(text=text, source=d["source"], doc_id=d["doc_id"], format=d["format"] or "txt",
                   ocr=bool(d["ocr"]), encoding=d.get("encoding"), info=info)
    doc.pages = [Page(number=i + 1, start=0) for i in range(d.get("pages") or 0)]  # the count; records keep their page
    doc.sections = [Section(**_fields(Section, r), heading_line="") for r in rows["sections"]]
    tables = {k.name: [k.record(**_fields(k.record, r)) for r in rows[k.name]] for k in kinds()}
    findings = [Finding(**_fields(Finding, r)) for r in rows["findings"]]
    return Result(doc, tables, findings, float(d.get("seconds") or 0.0))


def _fields(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """The row's values of ``cls``'s fields; booleans come back from their 0/1 columns."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in fields(cls) if not f.name.startswith("_") and f.name != "heading_line"}
    return {k: (bool(v) if hints.get(k) is bool and v is not None else v) for k, v in row.items() if k in names}
