"""Flatten a Result into rows of the output tables, keyed by (doc_id, item).

The tables and their columns come from the registry (``extractors.tables``):
nothing here names a fact kind. Every row carries provenance: source, start,
end, page. Lists are stored as JSON text so every backend holds the same values.

>>> from pipeline.run import extract_text
>>> rows = result_rows(extract_text("KẾ HOẠCH\\nXây dựng NTM năm 2024\\n- Xong trước ngày 30/6/2024."), "0")
>>> [r.table for r in rows if r.values]
['documents', 'sections', 'deadlines', 'texts']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.schema import Column, TableSchema
from extractors.tables import failures_schema, table_schemas


@dataclass
class TableRows:
    """The rows one document gives one table, in the table's column order."""

    table: str
    values: list[tuple[Any, ...]] = field(default_factory=list)


def all_schemas() -> list[TableSchema]:
    """Every table the exports write: the document tables, then ``failures``."""
    return [*table_schemas(), failures_schema()]


def texts_schema() -> TableSchema:
    """The NFC text of each document, so review pages and audits work from the store alone (not exported)."""
    return TableSchema("texts", (Column("doc_id", "text"), Column("text", "text")), key=("doc_id",))


def stored_schemas() -> list[TableSchema]:
    """Every table a store holds."""
    return [*all_schemas(), texts_schema()]


def result_rows(result, version: str) -> list[TableRows]:
    """All rows of one processed document, table by table (every table, empty ones too)."""
    doc = result.doc
    out = []
    for schema in table_schemas():
        if schema.name == "documents":
            from .review import pages_to_check

            d = dict(result.document, text_chars=len(doc.text), kehoach_version=version,
                     seconds=round(result.seconds, 4),
                     ocr_pages_to_check=pages_to_check(doc.pages) if doc.ocr else None)
            dicts = [d]
        elif schema.name == "sections":
            dicts = [{"number": s.number, "heading": s.heading, "level": s.level, "kind": s.kind, "parent": s.parent,
                      "start": s.start, "end": s.end, "page": s.page} for s in doc.sections]
        elif schema.name == "findings":
            dicts = [f.to_dict() for f in result.findings]
        else:
            dicts = [r.to_dict() for r in result.tables.get(schema.name, [])]
        out.append(TableRows(schema.name, [_row(schema, d, doc, i) for i, d in enumerate(dicts)]))
    out.append(TableRows("texts", [(doc.doc_id, doc.text)]))
    return out


def _row(schema: TableSchema, d: dict[str, Any], doc, item: int) -> tuple[Any, ...]:
    d.setdefault("doc_id", doc.doc_id)
    d.setdefault("source", doc.source)
    d["item"] = item
    return tuple([c.cell(d.get(c.name)) for c in schema.columns])
